/**
 * The action's two typed errors (STYLE §2.7). A UserError is a mistake in the workflow (inputs, environment): it is
 * shown as annotations without a stack. Anything else reaching run()'s catch is a bug or an I/O failure.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  /** One line per mistake, so the user can fix all of them in one go. */
  readonly messages: readonly string[];
  constructor(
    messages: string | readonly string[],
    /** The annotation title. */
    readonly title = 'exec-doc: invalid input',
  ) {
    const list = typeof messages === 'string' ? [messages] : messages;
    super(list.join('\n'));
    this.messages = list;
  }
}
