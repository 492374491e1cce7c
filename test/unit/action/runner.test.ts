import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { error, setOutput, setSecret, warning } from '../../../src/action/runner.js';
import { parseCommands, parseOutputFile } from '../../e2e/helpers/runner-files.js';

describe('runner protocol', () => {
  let written: string[];
  beforeEach(() => {
    written = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it('writes annotations with escaped properties and data', () => {
    error('bad: 100%\nsecond line', {
      title: 'config/schema',
      file: 'a,b:c.json',
      startLine: 4,
      startColumn: 9,
    });
    warning('w');
    expect(written).toEqual([
      '::error title=config/schema,file=a%2Cb%3Ac.json,line=4,col=9::bad: 100%25%0Asecond line\n',
      '::warning::w\n',
    ]);
    expect(parseCommands(written.join(''))[0]).toEqual({
      command: 'error',
      properties: { title: 'config/schema', file: 'a,b:c.json', line: '4', col: '9' },
      message: 'bad: 100%\nsecond line',
    });
  });

  it('masks secrets', () => {
    setSecret('s3cr3t');
    expect(written).toEqual(['::add-mask::s3cr3t\n']);
  });

  it('appends outputs to GITHUB_OUTPUT in heredoc form, multi-line values included', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'exec-doc-runner-')), 'out');
    writeFileSync(file, '');
    vi.stubEnv('GITHUB_OUTPUT', file);
    setOutput('result', 'success');
    setOutput('names', '["a",\n"b"]');
    expect(readFileSync(file, 'utf8')).toMatch(/^result<<ghadelimiter_[0-9a-f-]{36}\nsuccess\nghadelimiter_/);
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ result: 'success', names: '["a",\n"b"]' });
    expect(written).toEqual([]);
  });
});
