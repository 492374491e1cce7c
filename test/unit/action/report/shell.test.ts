/** The words of the "Reproduce locally" commands name the reader's files exactly, whatever their names hold. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shellQuote } from '../../../../src/action/report/shell.js';
import { visible } from '../../../../src/action/report/markdown.js';

/** What bash makes of the word: the argument a command gets. */
function bashArg(word: string): string {
  const r = spawnSync('bash', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('shellQuote', () => {
  it.each([
    'demo/dag.json',
    'my dag.json',
    "it's.json",
    'line\n::warning::NEWLINE.json',
    "tab\there\\ and 'quote'",
    'bidi\u202etxt.json',
    '$HOME `id` $(id) *.json',
  ])('%j reaches the command as itself, and a code block shows the word as written', (name) => {
    const word = shellQuote(name);
    expect(bashArg(word)).toBe(name);
    // No invisible character is left for the code block to spell out (which would change the word).
    expect(visible(word)).toBe(word);
  });

  it('any name', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 20, unit: 'binary' })
          .filter((s) => !s.includes('\0') && !/\p{Cs}/u.test(s)),
        (name) => {
          const word = shellQuote(name);
          expect(visible(word)).toBe(word);
          expect(bashArg(word)).toBe(name);
        },
      ),
      { numRuns: 60 },
    );
  });
});
