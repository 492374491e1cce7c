/**
 * The escapers for outside text, judged on what GitHub's renderer (cmark-gfm) makes of them. GitHub's own filters
 * (mentions, issue references, emoji, math, commit ids) run on the rendered HTML and skip `<code>`; so the test is
 * that whatever they would act on is inside `<code>`, and that code shows the value exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  codeSpan,
  fence,
  htmlCode,
  inlineText,
  truncateAtLine,
} from '../../../../src/action/report/markdown.js';
import { codeTexts, links, render, tags, textOf } from '../../../helpers/markdown.js';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<!-- exec-doc:report key=other -->',
  '**bold** _it_ ~~s~~ `code`',
  '[x](https://evil.example) ![i](https://evil.example/i.png)',
  'ping @octocat and @org/team',
  'fixes #12, GH-1 and octo/repo#3',
  ':smile: :+1:',
  '$x^2$ and $$y$$',
  'see www.evil.example and https://evil.example',
  'commit deadbeefcafe1234',
  'a\u202eb\u200bc',
  'line1\nline2\r\n| x |',
  '&amp; &#64; \\ a\\|b',
  '[^1] footnote',
  '```\nfence\n```',
  // A quoted value right next to other code (`[`, `]`): two code spans side by side would merge their backticks.
  'got array ["a`@octocat <img src=x onerror=alert(1)> </details> #123"]',
  '["x"]("`y`")[*z*]',
];

/** The text of the HTML outside every `<code>` element. */
function outsideCode(html: string): string {
  return textOf(html.replace(/<code>[\s\S]*?<\/code>/g, ' '));
}

/** What GitHub's post-filters link in text: mentions, references, emoji, math, commit ids, URLs. */
const FILTERED =
  /@\w|#\d|\bGH-\d|:[+\w-]+:|\$[^$\s]|\b[0-9a-f]{7,}\b|www\.|https?:|[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/i;

describe('inlineText (prose)', () => {
  it.each(HOSTILE)('%j renders as inert text: no tag, link or filtered token outside code', (s) => {
    const html = render(`- message: ${inlineText(s)}`);
    expect([...tags(html)].sort()).toEqual(expect.arrayContaining(['li', 'ul']));
    for (const t of tags(html)) expect(['ul', 'li', 'code']).toContain(t);
    expect(links(html)).toEqual([]);
    expect(outsideCode(html)).not.toMatch(FILTERED);
    expect(html).not.toContain('\u200b');
  });

  it('keeps plain words plain and quoted values as exact code', () => {
    const md = inlineText('DAG node "CradleDataLoading_training" matches no config key in config.json');
    expect(md).toBe('DAG node `CradleDataLoading_training` matches no config key in config.json');
    expect(inlineText('got "a`b", expected 1.')).toBe('got ``a`b``, expected 1.');
  });

  it('a JSON value in a message, whatever its strings hold, renders inert', () => {
    const hostile = fc.constantFrom(
      '`',
      '``',
      '"',
      '\\',
      '[',
      ']',
      '<img src=x>',
      '</details>',
      '@octocat',
      '#12',
      ' ',
      '*',
      '|',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(hostile, { maxLength: 6 }).map((a) => a.join('')),
          { maxLength: 3 },
        ),
        (values) => {
          const json = JSON.stringify(values);
          const html = render(`- got array ${inlineText(json)}, expected a string`);
          for (const t of tags(html)) expect(['ul', 'li', 'code']).toContain(t);
          // The whole value is one code element, as written.
          expect(codeTexts(html)).toEqual([json]);
          expect(outsideCode(html)).not.toMatch(FILTERED);
          expect(outsideCode(html)).not.toMatch(/[<>`]/);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('an object value is one code element too', () => {
    const json = JSON.stringify({ k: 'v`w', j: ['z', 1] });
    expect(codeTexts(render(`x got object ${inlineText(json)}, expected a string`))).toEqual([json]);
  });

  it('shows the words between quotes and outside them, in order, as the message says', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const flat = s.replace(/[\r\n\u2028\u2029]+/g, ' ');
        // Invisible characters are spelled out; nothing else is lost or added (quotes become code delimiters).

        if (/[\p{Cc}\p{Cf}"]/u.test(flat) || flat.trim() !== flat || flat === '') return;
        const html = render(`x ${inlineText(flat)}`);
        expect(textOf(html).replace(/\s+/g, ' ').trim()).toBe(`x ${flat}`.replace(/\s+/g, ' ').trim());
      }),
    );
  });
});

describe('codeSpan', () => {
  it.each(HOSTILE.filter((s) => !/[\n\u202e\u200b]/.test(s)))('%j is shown byte for byte in <code>', (s) => {
    const html = render(`x ${codeSpan(s)} y`);
    expect(codeTexts(html)).toEqual([s]);
    expect(links(html)).toEqual([]);
  });

  it('a table cell keeps its pipes inside the code, and the row its columns', () => {
    const html = render(
      `| a | b |\n| --- | --- |\n| ${codeSpan('x|y||z', { table: true })} | ${codeSpan('a\\|b', { table: true })} |`,
    );
    expect(codeTexts(html)).toEqual(['x|y||z', 'a\\|b']);
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it('spells out invisible characters (a bidi override would reorder what is shown)', () => {
    expect(codeSpan('a\u202eb\u200bc\nd')).toBe('`a\\u{202e}b\\u{200b}c\\u{a}d`');
    expect(codeSpan('')).toBe('`""`');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeTexts(render(codeSpan(' x')))).toEqual([' x']);
  });

  it('any string: exactly one <code> with the (visible) text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const expected = s.replace(
          /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu,
          (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
        );
        const shown = expected === '' || /^ +$/.test(expected) ? JSON.stringify(expected) : expected;
        const html = render(`x ${codeSpan(s)} y`);
        expect(codeTexts(html)).toEqual([shown]);
      }),
    );
  });
});

describe('htmlCode (inside <summary>)', () => {
  it.each(HOSTILE.filter((s) => !/[\n\u202e\u200b]/.test(s)))('%j stays text inside the summary', (s) => {
    const html = render(`<details><summary>${htmlCode(s)}</summary>\n\nbody\n\n</details>`);
    expect(codeTexts(html)).toEqual([s]);
    for (const t of tags(html)) expect(['details', 'summary', 'code', 'p']).toContain(t);
  });
});

describe('fence', () => {
  it('cannot be closed by the lines it holds, indented or not', () => {
    const lines = ['+ ```', '  ````', '``````x', '~~~'];
    const html = render(`${fence(lines, 'diff').join('\n')}\n\nafter`);
    expect(html).toMatch(/^<pre><code class="language-diff">/);
    expect(codeTexts(html)).toEqual([`${lines.join('\n')}\n`]);
    expect(html).toContain('<p>after</p>');
  });
});

describe('truncateAtLine', () => {
  const notice = 'NOTICE';
  it('returns a body within the limit unchanged, else cuts at a line and measures bytes', () => {
    expect(truncateAtLine('a\nb\n', 100, notice)).toBe('a\nb\n');
    const body = `${'é'.repeat(40)}\n${'é'.repeat(40)}`; // 80 bytes per line
    expect(truncateAtLine(body, 100, notice)).toBe(`${'é'.repeat(40)}\n\n${notice}`);
  });
});
