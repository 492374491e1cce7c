/**
 * The action's two typed errors (STYLE §2.7). A UserError is a mistake in the workflow (inputs, environment): it is
 * shown as annotations without a stack. Anything else reaching run()'s catch is a bug or an I/O failure.
 */

/** Where a mistake lies when it is in a file of the repository (e.g. an entry of a `pipelines` manifest). */
export interface MessageLocation {
  file: string;
  line?: number;
  column?: number;
}

/** One mistake: a message, or a message with the file position it is annotated at. */
export type UserMessage = string | ({ message: string } & MessageLocation);

export class UserError extends Error {
  override readonly name: string = 'UserError';
  /** One line per mistake, so the user can fix all of them in one go. */
  readonly messages: readonly string[];
  /** Parallel to `messages`: the file position of each, when it has one. */
  readonly locations: readonly (MessageLocation | undefined)[];
  constructor(
    messages: UserMessage | readonly UserMessage[],
    /** The annotation title. */
    readonly title = 'exec-doc: invalid input',
  ) {
    const list: readonly UserMessage[] =
      typeof messages === 'string' || !Array.isArray(messages) ? [messages as UserMessage] : messages;
    super(list.map((m) => (typeof m === 'string' ? m : m.message)).join('\n'));
    this.messages = list.map((m) => (typeof m === 'string' ? m : m.message));
    this.locations = list.map((m) =>
      typeof m === 'string' ? undefined : { file: m.file, line: m.line, column: m.column },
    );
  }
}
