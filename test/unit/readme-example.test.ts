/**
 * The README's example report is the renderer's own output for case (b) (a PR that changes a Cradle SQL line and
 * framework_version 1.7-1 → 1.5-1), not a hand-written imitation. `UPDATE_README=1 npx vitest run
 * test/unit/readme-example.test.ts` rewrites it after a change to the renderer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentDocument } from '../../src/action/report/bodies.js';
import { buildReport } from '../../src/action/report/model.js';
import { ROOT } from '../helpers/fixtures.js';
import { balanced, render } from '../helpers/markdown.js';
import * as cases from '../helpers/report-cases.js';

const README = path.join(ROOT, 'README.md');
const START = /<!-- report-example:[^\n]*-->\n/;
const END = '<!-- /report-example -->';

function exampleComment(): string {
  const base = cases.demoTexts();
  const { report, comparison } = cases.compare(base, cases.sqlAndFramework(base));
  return commentDocument(
    buildReport(cases.input([cases.pipeline(cases.FILES.dag, report, comparison)])),
    [],
    cases.HEAD_SHA,
  );
}

/** The README block: the comment as GitHub shows it, then its Markdown, each folded. */
function block(comment: string): string {
  const longest = Math.max(...Array.from(comment.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  const size = Buffer.byteLength(comment, 'utf8').toLocaleString('en-US');
  return [
    '<details><summary>Example: the comment, as a reviewer sees it</summary>',
    '',
    comment.trimEnd(),
    '',
    '</details>',
    '',
    `<details><summary>The same comment as Markdown (${size} bytes)</summary>`,
    '',
    `${ticks}markdown`,
    comment.trimEnd(),
    ticks,
    '',
    '</details>',
    '',
  ].join('\n');
}

describe('the README example', () => {
  it('is the comment the renderer writes for case (b)', () => {
    const readme = readFileSync(README, 'utf8');
    const start = START.exec(readme);
    expect(start, 'README has a report-example marker').not.toBeNull();
    const from = start!.index + start![0].length;
    const to = readme.indexOf(END, from);
    expect(to).toBeGreaterThanOrEqual(from);
    const expected = block(exampleComment());
    if (process.env['UPDATE_README'] === '1') {
      writeFileSync(README, `${readme.slice(0, from)}${expected}${readme.slice(to)}`);
      return;
    }
    expect(readme.slice(from, to)).toBe(expected);
    // It renders as a reviewer gets it: balanced, the verdict first.
    expect(balanced(render(readme.slice(from, to)))).toBe(true);
  });
});
