import { describe, expect, it } from 'vitest';
import { clip, escapeMarkdown, truncateAtLine } from '../../../../src/action/report/markdown.js';

const ZW = '\u200b';

describe('escapeMarkdown', () => {
  it.each([
    ['a|b', 'a\\|b'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['**bold** _it_ ~~s~~', '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~'],
    ['`code`', '\\`code\\`'],
    ['[x](https://evil.example)', `\\[x\\](https:${ZW}//evil.example)`],
    ['ping @octocat', `ping @${ZW}octocat`],
    ['fixes #12', `fixes #${ZW}12`],
    ['a\\b', 'a\\\\b'],
    ['&amp; stays text', '&amp;amp; stays text'],
    ['"q"', '&quot;q&quot;'],
    ['line1\nline2\r\n| x |', 'line1 line2 \\| x \\|'],
    ['see www.evil.example', `see www${ZW}.evil.example`],
    ['RAW_MDS (MDS) → s3://bucket/a_b', 'RAW\\_MDS (MDS) → s3://bucket/a\\_b'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('leaves nothing that could open a mention, link, HTML tag or table cell', () => {
    const hostile = '<!-- x --> @team [a](b) ![i](j) | `c` <script>';
    const out = escapeMarkdown(hostile);
    expect(out).not.toMatch(/<|>|(?<!\\)\||(?<!\\)\[|@(?!\u200b)/);
    expect(out).not.toContain('<!--');
  });
});

describe('clip', () => {
  it('keeps short text and marks a cut with an ellipsis', () => {
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcdef', 4)).toBe('abc…');
  });
  it('counts code points, not UTF-16 units', () => {
    expect(clip('😀😀😀', 2)).toBe('😀…');
  });
});

describe('truncateAtLine', () => {
  const notice = 'NOTICE';
  it('returns a body within the limit unchanged', () => {
    expect(truncateAtLine('a\nb\n', 100, notice)).toBe('a\nb\n');
  });
  it('cuts at a line boundary and stays within the byte limit', () => {
    const body = Array.from({ length: 100 }, (_, i) => `| row ${i} | ✅ |`).join('\n');
    const out = truncateAtLine(body, 300, notice);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(300);
    expect(out.endsWith(`\n\n${notice}`)).toBe(true);
    const kept = out.slice(0, -`\n\n${notice}`.length).split('\n');
    expect(kept.length).toBeGreaterThan(1);
    for (const [i, line] of kept.entries()) expect(line).toBe(`| row ${i} | ✅ |`);
  });
  it('measures bytes, not characters', () => {
    const body = `${'é'.repeat(40)}\n${'é'.repeat(40)}`; // 80 bytes per line
    expect(truncateAtLine(body, 100, notice)).toBe(`${'é'.repeat(40)}\n\n${notice}`);
  });
});
