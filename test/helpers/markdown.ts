/**
 * GitHub's renderer for the report tests: cmark-gfm (the library GitHub's Markdown pipeline is built on) with the
 * GFM extensions GitHub enables and raw HTML kept (GitHub keeps `<details>`, `<summary>`, `<code>`, `<sub>`,
 * `<br>` after sanitizing), plus small readers of the HTML a reviewer gets.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const cmark = require('cmark-gfm') as {
  renderHtmlSync(md: string, options: Record<string, unknown>): string;
};

export const GFM = {
  unsafe: true,
  footnotes: true,
  extensions: { table: true, strikethrough: true, autolink: true, tagfilter: true, tasklist: true },
};

/** The HTML GitHub's renderer makes of `markdown`. */
export function render(markdown: string): string {
  return cmark.renderHtmlSync(markdown, GFM);
}

/** The HTML without comments (the hidden marker) and leading space. */
export function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '').trimStart();
}

/** The first block element of the HTML (comments skipped): its tag and its text. */
export function firstBlock(html: string): { tag: string; text: string } {
  const m = /^<(\w+)[^>]*>([\s\S]*?)<\/\1>/.exec(withoutComments(html));
  return { tag: m?.[1] ?? '', text: textOf(m?.[2] ?? '') };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** Text content of an HTML fragment: tags removed, entities decoded. */
export function textOf(html: string): string {
  // One pass, so an entity's decoded text is never decoded again (`&amp;#64;` is `&#64;`, not `@`).
  return html
    .replace(/<[^>]+>/g, '')
    .replace(
      /&(?:(amp|lt|gt|quot|#39)|#(\d+)|#x([0-9a-f]+));/gi,
      (m, named?: string, dec?: string, hex?: string) => {
        if (named) return ENTITIES[named] ?? m;
        return String.fromCodePoint(dec ? Number(dec) : parseInt(hex ?? '0', 16));
      },
    );
}

/** Whether every `<details>`, `<summary>`, `<pre>`, `<code>`, `<table>`, `<ul>` opened in the HTML is closed in order. */
export function balanced(html: string): boolean {
  const stack: string[] = [];
  const tracked = /<(\/?)(details|summary|pre|code|table|ul|ol|li|sub|p|h\d)\b[^>]*>/g;
  for (const m of html.matchAll(tracked)) {
    if (m[1] === '') stack.push(m[2]!);
    else if (stack.pop() !== m[2]) return false;
  }
  return stack.length === 0;
}

/** Every tag name in the HTML. */
export function tags(html: string): Set<string> {
  return new Set(Array.from(html.matchAll(/<([a-z][a-z0-9]*)\b/gi), (m) => m[1]!.toLowerCase()));
}

/** Every link target (`href`) and image source in the HTML. */
export function links(html: string): string[] {
  return Array.from(html.matchAll(/<(?:a\b[^>]*\bhref|img\b[^>]*\bsrc)="([^"]*)"/g), (m) => m[1]!);
}

/** Text of every `<code>` element, entities decoded (what a reader copies). */
export function codeTexts(html: string): string[] {
  return Array.from(html.matchAll(/<code(?: [^>]*)?>([\s\S]*?)<\/code>/g), (m) => textOf(m[1]!));
}

/** The visible text outside every `<details>` (what a reader sees without opening a fold), marker excluded. */
export function visibleOutsideDetails(html: string): string {
  let out = withoutComments(html);
  // Keep the <summary> of each fold (it is visible), drop the rest of the fold; innermost first.
  for (;;) {
    const next = out.replace(
      /<details>\s*<summary>([\s\S]*?)<\/summary>(?:(?!<details>)[\s\S])*?<\/details>/,
      ' $1 ',
    );
    if (next === out) break;
    out = next;
  }
  return textOf(out).replace(/\s+/g, ' ').trim();
}
