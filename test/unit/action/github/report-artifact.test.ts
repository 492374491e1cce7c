import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportInfo, readReport, REPORT_SCHEMA } from '../../../../src/action/github/report-artifact.js';
import { restLogin } from '../../../../src/action/github/identity.js';

const SHA = 'f'.repeat(40);
const info = { schema: REPORT_SCHEMA, repository: 'o/r', pull_request: 7, head_sha: SHA, comment_key: 'k' };

describe('parseReportInfo', () => {
  it('takes a report written by the action', () => {
    expect(parseReportInfo(JSON.stringify({ ...info, run_id: 1, run_attempt: 2 }))).toEqual({
      ...info,
      run_id: 1,
      run_attempt: 2,
    });
  });

  it('refuses anything else, saying which field is wrong', () => {
    expect(parseReportInfo('{')).toBe('report.json is not JSON');
    expect(parseReportInfo('[]')).toBe('report.json is not an exec-doc report (schema exec-doc-report/1)');
    expect(parseReportInfo(JSON.stringify({ ...info, pull_request: '7' }))).toBe(
      'report.json: pull_request is not a PR number',
    );
    expect(parseReportInfo(JSON.stringify({ ...info, pull_request: 0 }))).toBe(
      'report.json: pull_request is not a PR number',
    );
    expect(parseReportInfo(JSON.stringify({ ...info, head_sha: 'main' }))).toBe(
      'report.json: head_sha is not a commit id',
    );
    expect(parseReportInfo(JSON.stringify({ ...info, comment_key: 'k'.repeat(1001) }))).toBe(
      'report.json: comment_key is not a string of at most 1000 characters',
    );
  });

  it('keeps keys like __proto__ as data', () => {
    const parsed = parseReportInfo(`{"__proto__": {"polluted": true}, ${JSON.stringify(info).slice(1)}`);
    expect(parsed).toEqual(info);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('readReport', () => {
  const dir = (): string => mkdtempSync(path.join(os.tmpdir(), 'exec-doc-report-'));

  it('reads report.json and comment.md', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'report.json'), JSON.stringify(info));
    writeFileSync(path.join(d, 'comment.md'), '### report\n');
    expect(await readReport(d)).toEqual({ info, markdown: '### report\n' });
  });

  it('refuses a link, a directory, an oversized or non-UTF-8 file', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'report.json'), JSON.stringify(info));
    writeFileSync(path.join(os.tmpdir(), 'exec-doc-elsewhere.md'), 'secret');
    symlinkSync(path.join(os.tmpdir(), 'exec-doc-elsewhere.md'), path.join(d, 'comment.md'));
    expect(await readReport(d)).toEqual({ error: 'no readable comment.md of at most 262144 bytes' });

    const big = dir();
    writeFileSync(path.join(big, 'report.json'), JSON.stringify(info));
    writeFileSync(path.join(big, 'comment.md'), 'x'.repeat(262_145));
    expect(await readReport(big)).toEqual({ error: 'no readable comment.md of at most 262144 bytes' });

    const bytes = dir();
    writeFileSync(path.join(bytes, 'report.json'), JSON.stringify(info));
    writeFileSync(path.join(bytes, 'comment.md'), Buffer.from([0xff, 0xfe]));
    expect('error' in (await readReport(bytes))).toBe(true);

    const nested = dir();
    mkdirSync(path.join(nested, 'report.json'));
    expect(await readReport(nested)).toEqual({ error: 'no readable report.json of at most 262144 bytes' });
  });
});

describe('restLogin', () => {
  it("adds the [bot] suffix REST gives a GraphQL Bot, and keeps users' logins", () => {
    expect(restLogin({ login: 'my-app', __typename: 'Bot' })).toBe('my-app[bot]');
    expect(restLogin({ login: 'github-actions', __typename: 'Bot' })).toBe('github-actions[bot]');
    expect(restLogin({ login: 'my-app[bot]', __typename: 'Bot' })).toBe('my-app[bot]');
    expect(restLogin({ login: 'octocat', __typename: 'User' })).toBe('octocat');
    expect(restLogin({ login: 'octocat' })).toBe('octocat');
  });
});
