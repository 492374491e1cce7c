import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addSecret, inert, info, redact, warning } from '../../../src/action/log.js';
import { parseCommands } from '../../e2e/helpers/runner-files.js';

describe('log lines with outside text', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('cannot start a workflow command, on the same line or a new one', () => {
    for (const forged of [
      '::error title=forged::x',
      '  ::stop-commands::tok',
      '##[error]x',
      'a\n::error::x',
      'a\r::warning::y',
    ]) {
      info(`${forged}`);
    }
    const out = written.join('');
    expect(parseCommands(out)).toEqual([]);
    expect(
      out.split('\n').filter((l) => l.trimStart().startsWith('::') || l.trimStart().startsWith('##[')),
    ).toEqual([]);
    expect(inert('a\nb')).toBe('a\\nb');
  });

  it('redacts registered secrets everywhere, annotations included, and masks them for the runner', () => {
    addSecret('ghp_abcdefghijklmnop');
    warning('token ghp_abcdefghijklmnop in a config', { file: 'ghp_abcdefghijklmnop.json' });
    const commands = parseCommands(written.join(''));
    expect(commands[0]).toEqual({ command: 'add-mask', properties: {}, message: 'ghp_abcdefghijklmnop' });
    expect(commands[1]?.message).toBe('token *** in a config');
    expect(commands[1]?.properties['file']).toBe('***.json');
    expect(redact('x ghp_abcdefghijklmnop y')).toBe('x *** y');
  });
});
