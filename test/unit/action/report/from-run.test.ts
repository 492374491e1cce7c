/** The CLI command the "Reproduce locally" block defines: one a reader can run from the root of their repository. */
import { describe, expect, it } from 'vitest';
import { cliCommand } from '../../../../src/action/report/from-run.js';

describe('cliCommand', () => {
  it("runs the action's own repository at the workflow's ref through npx", () => {
    expect(cliCommand({ GITHUB_ACTION_REPOSITORY: 'acme/exec-doc', GITHUB_ACTION_REF: 'v1' })).toBe(
      'npx --yes github:acme/exec-doc#v1',
    );
    expect(cliCommand({ GITHUB_ACTION_REPOSITORY: 'acme/exec-doc' })).toBe('npx --yes github:acme/exec-doc');
    // A ref that is no plain ref is left out rather than pasted into a shell.
    expect(cliCommand({ GITHUB_ACTION_REPOSITORY: 'acme/exec-doc', GITHUB_ACTION_REF: 'v1;rm -rf ~' })).toBe(
      'npx --yes github:acme/exec-doc',
    );
  });

  it('an action of the repository itself (uses: ./path): its bundled CLI under the repository root', () => {
    const env = { GITHUB_WORKSPACE: '/home/runner/work/p/p', GITHUB_ACTION_REPOSITORY: '' };
    expect(cliCommand({ ...env, GITHUB_ACTION_PATH: '/home/runner/work/p/p/./' })).toBe(
      'node "$ROOT/dist/cli/index.js"',
    );
    expect(cliCommand({ ...env, GITHUB_ACTION_PATH: '/home/runner/work/p/p/.github/actions/exec-doc' })).toBe(
      'node "$ROOT/.github/actions/exec-doc/dist/cli/index.js"',
    );
    // Outside the repository, or a path a shell would read: the installed CLI.
    expect(cliCommand({ ...env, GITHUB_ACTION_PATH: '/home/runner/work/_actions/acme/exec-doc/v1' })).toBe(
      'exec-doc',
    );
    expect(cliCommand({ ...env, GITHUB_ACTION_PATH: '/home/runner/work/p/p/$(x)' })).toBe('exec-doc');
    expect(cliCommand({})).toBe('exec-doc');
  });
});
