/**
 * The report bodies as a reviewer gets them: every body rendered with cmark-gfm and judged on its HTML — the verdict
 * in the first block, folds and fences closed, nothing linked or tagged from a config value, a short no-change
 * report, and a cut report that keeps its verdict, errors and links.
 */
import { count } from '../../../../src/action/report/render.js';
import { describe, expect, it } from 'vitest';
import { buildReport, type PipelineInput, type ReportData } from '../../../../src/action/report/model.js';
import {
  COMMENT_BUDGET_BYTES,
  commentDocument,
  SUMMARY_BUDGET_BYTES,
  summaryDocument,
} from '../../../../src/action/report/bodies.js';
import { readMarker } from '../../../../src/action/report/marker.js';
import { diffDocuments } from '../../../../src/core/diff/diff.js';
import { diffDag } from '../../../../src/core/graph/dag-diff.js';
import type { Report } from '../../../../src/core/index.js';
import {
  balanced,
  codeTexts,
  firstBlock,
  links,
  render,
  tags,
  textOf,
  visibleOutsideDetails,
} from '../../../helpers/markdown.js';
import * as cases from '../../../helpers/report-cases.js';

const base = cases.demoTexts();
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function one(head: cases.DemoTexts, from = base, extra: Partial<PipelineInput> = {}): ReportData {
  const { report, comparison } = cases.compare(from, head);
  return buildReport(cases.input([{ ...cases.pipeline(cases.FILES.dag, report, comparison), ...extra }]));
}

/** Checks every body must pass; returns the comment's HTML. */
function check(data: ReportData): { comment: string; summary: string; html: string } {
  const comment = commentDocument(data, [], cases.HEAD_SHA);
  const summary = summaryDocument(data);
  expect(bytes(comment)).toBeLessThanOrEqual(COMMENT_BUDGET_BYTES);
  expect(bytes(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES);
  expect(readMarker(comment)).toEqual({ key: data.key, head: cases.HEAD_SHA });
  for (const body of [comment, summary]) {
    const html = render(body);
    expect(balanced(html), 'every element closed in order').toBe(true);
    // Fences and folds balanced in the markdown too: an even number of fence lines, as many </details> as <details>.
    expect(body.split('<details>').length).toBe(body.split('</details>').length);
    for (const t of tags(html)) expect(ALLOWED_TAGS).toContain(t);
    for (const href of links(html)) expect(href).toMatch(/^https:\/\/github\.com\/octo\/pipelines\//);
  }
  return { comment, summary, html: render(comment) };
}

/** The steps table as {step: status text}, read from the rendered HTML. */
function stepStatuses(html: string): Record<string, string> {
  const table = /<table>[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const rows = Array.from(table.matchAll(/<tr>([\s\S]*?)<\/tr>/g), (m) =>
    Array.from(m[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g), (c) => textOf(c[1]!)),
  ).filter((r) => r.length > 0);
  return Object.fromEntries(rows.map((r) => [r[0]!, r[2]!]));
}

const ALLOWED_TAGS = [
  'h3',
  'h4',
  'p',
  'sub',
  'a',
  'code',
  'pre',
  'ul',
  'li',
  'strong',
  'details',
  'summary',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'br',
];

describe('one pipeline', () => {
  it('(a) no change: the verdict first, a few hundred visible characters, the rest folded', () => {
    const { html, comment } = check(one(base));
    expect(firstBlock(html)).toEqual({
      tag: 'h3',
      text: '✅ No change to the execution document or the DAG',
    });
    const visible = visibleOutsideDetails(html);
    expect(visible.length).toBeLessThan(400);
    expect(visible).toContain('b45e000');
    expect(visible).toContain('feed000');
    expect(comment).toContain(
      '[Workflow run and job summary](https://github.com/octo/pipelines/actions/runs/42)',
    );
  });

  it('(b) SQL line and framework version: diff blocks, no full SQL copies, the downgrade flagged', () => {
    const { html, comment, summary } = check(one(cases.sqlAndFramework(base)));
    expect(firstBlock(html).text).toBe('✏️ Changes 2 steps: CradleDataLoading-Training and Registration-NA');
    const code = codeTexts(html);
    const sql = code.find((c) => c.startsWith('@@') && c.includes('transformSQL'))!;
    // The SQL ends with a line break: no empty context line after the change, and the header counts what is shown.
    expect(sql).toMatch(/^@@ -\d+,3 \+\d+,3 @@ transformSpecification\.transformSQL\n/);
    expect(sql).toMatch(/- WHERE row_num = 1\n\+ WHERE row_num = 1 AND is_abuse IS NOT NULL\n$/);
    expect(sql.split('\n').length).toBeLessThan(10);
    // The steps the PR changes say so in the table, the others are filled; the fold's title counts the same.
    expect(stepStatuses(render(summary))).toEqual({
      'CradleDataLoading-Training': '✏️ changed',
      'CradleDataLoading-Calibration': '✅ filled',
      XGBoostTraining: '➖ kept from the template: no payload needed for this step',
      'Registration-NA': '✏️ changed',
    });
    expect(textOf(render(summary))).toContain(
      '4 steps (2 changed, 1 filled, 1 kept from the template) and the DAG (10 nodes)',
    );
    const image = code.find((c) => c.startsWith('@@ source_model'))!;
    expect(image).toBe(
      '@@ source_model_inference_image_arn @@\n' +
        '- 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\n' +
        '+ 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1\n',
    );
    // No line of either block runs past 102 characters (an 880-pixel comment).
    for (const block of [sql, image])
      for (const l of block.split('\n')) expect(l.length).toBeLessThanOrEqual(102);
    expect(textOf(html)).toContain('Framework version downgrade in Registration-NA: 1.7-1 → 1.5-1');
    // The SQL's first line is never shown (it is far from the change), in the comment or the summary.
    expect(comment).not.toContain(
      'Abuse__DOT__abuse_fap_action_by_customer_inline_transform_na__DOT__n_claims_solicit',
    );
    expect(summary).not.toContain(
      'Abuse__DOT__abuse_fap_action_by_customer_inline_transform_na__DOT__n_claims_solicit',
    );
    expect(comment).not.toContain('✂️');
  });

  it('(c) a removed DAG node and edges: a DAG change, drawn dashed, with a legend', () => {
    const data = one(cases.removeNode(base));
    expect(data.pipelines[0]!.verdict).toMatchObject({ kind: 'changed', steps: [] });
    const { html, comment } = check(data);
    expect(firstBlock(html).text).toBe(
      '✏️ Changes the DAG (1 node removed, 2 edges removed); no change to the document',
    );
    expect(textOf(html)).toContain('DAG node removed: TabularPreprocessing_calibration');
    expect(comment).toMatch(/^ {2}r0\["TabularPreprocessing_calibration"\]$/m);
    expect(comment).toMatch(/^ {2}class r0 removed$/m);
    expect(comment).toMatch(/^ {2}n7 -\.-> r0$/m);
    expect(textOf(html)).toContain('⬛ removed (dashed)');
  });

  it('(d) a config error: introduced by this PR, every error once, knock-ons under their cause, linked', () => {
    const data = one(cases.badRegion(base));
    const { html, comment } = check(data);
    expect(firstBlock(html).text).toBe('❌ Generation fails — introduced by this PR (3 errors, 1 knock-on)');
    expect(comment).toContain(
      `[\`demo/config.json:16\`](https://github.com/octo/pipelines/blob/${cases.HEAD_SHA}/demo/config.json#L16)`,
    );
    // Two configs report line 16: one item. The missing registration step follows from region XX: a knock-on.
    expect(comment.match(/^- ❌ \[`demo\/config\.json:16`/gm)).toHaveLength(1);
    expect(comment).toMatch(/\n {2}- ↳ knock-on: \[`demo\/template\.json:2`\]/);
    // The headline counts what the errors block lists: each cause once, and the knock-ons under them.
    expect(textOf(html)).toContain('Errors (3 errors, 1 knock-on)');

    // The same error on the base: already failing there.
    const before = one(cases.badRegion(base), cases.badRegion(base));
    expect(firstBlock(render(commentDocument(before))).text).toBe(
      '❌ Generation fails — already failing on the base (3 errors, 1 knock-on)',
    );
  });

  it('(e) two SQLs rewritten line by line: within 60,000 bytes, cut cleanly, verdict and links kept', () => {
    const data = one(cases.rewriteSql(base, 1500, 'new'), cases.rewriteSql(base, 1500, 'old'));
    const full = data.pipelines[0]!.review!;
    const diffBytes = full.steps.reduce(
      (n, s) => n + s.all.reduce((m, c) => m + bytes(String(c.old)) + bytes(String(c.new)), 0),
      0,
    );
    expect(diffBytes).toBeGreaterThan(200_000);
    const { html, comment, summary } = check(data);
    expect(bytes(comment)).toBeGreaterThan(40_000);
    expect(firstBlock(html).text).toBe(
      '✏️ Changes 2 steps: CradleDataLoading-Training and CradleDataLoading-Calibration',
    );
    expect(textOf(html)).toContain("✂️ This comment was shortened to fit GitHub's size limit");
    expect(html).toContain('<a href="https://github.com/octo/pipelines/actions/runs/42">job summary</a>');
    expect(html).toContain('Execution document</a>');
    expect(html.match(/<pre>/g)!.length).toBeGreaterThanOrEqual(2);
    // The summary has room for much more of the diff.
    expect(bytes(summary)).toBeGreaterThan(bytes(comment) * 5);
  });

  it('(h) 60 nodes, 12 steps with the same change: grouped once, a focused picture with a legend', () => {
    const b = cases.runWithoutTemplate(cases.wideDag(base, 'MEDIUM'));
    const h = cases.runWithoutTemplate(cases.wideDag(base, 'LARGE'));
    const p: PipelineInput = {
      name: cases.FILES.dag,
      files: { dag: cases.FILES.dag, config: cases.FILES.config },
      report: h.report,
      comparison: {
        status: 'compared',
        diff: diffDocuments(b.document, h.document),
        dag: diffDag(b.report, h.report),
      },
    };
    const { html, comment, summary } = check(buildReport(cases.input([p])));
    expect(textOf(html)).toContain(
      '12 steps: cradleJobSpecification.clusterType MEDIUM → LARGE, the same change in each: CradleDataLoading-Part01',
    );
    expect(comment.match(/\+ cradleJobSpecification\.clusterType: LARGE/g)).toHaveLength(1);
    const chart = /```mermaid\n([\s\S]*?)```/.exec(comment)![1]!;
    const nodes = chart.match(/^ {2}n\d+\[/gm)!;
    expect(nodes.length).toBeLessThanOrEqual(40);
    expect(nodes.length).toBe(24); // 12 changed Cradle nodes and their 12 neighbours
    expect(textOf(html)).toContain('Showing 24 of 60 nodes');
    expect(textOf(html)).toContain('🟨 payload changes');
    // The summary keeps the whole DAG too.
    expect(summary).toContain('<summary>The whole DAG (60 nodes)</summary>');
    expect(summary.split('```mermaid')).toHaveLength(3);
  });

  it('(i) 3,000 steps: the job summary stays under 1 MiB, the comment under 60,000 bytes', () => {
    const report = bigReport(3000);
    const d = (v: string): Record<string, unknown> => ({
      PIPELINE_STEP_CONFIGS: Object.fromEntries(
        report.steps.map((s) => [
          s.step,
          { STEP_CONFIG: { outputPath: `s3://bucket/${s.step}/${v}`, sql: `SELECT ${v}\nFROM t` } },
        ]),
      ),
    });
    const comparison = {
      status: 'compared' as const,
      diff: diffDocuments(d('old'), d('new')),
      dag: diffDag(report, report),
    };
    const data = buildReport(cases.input([cases.pipeline(cases.FILES.dag, report, comparison)]));
    const { html, summary } = check(data);
    expect(bytes(summary)).toBeGreaterThan(500_000);
    expect(firstBlock(html).text).toMatch(/^✏️ Changes 3,000 steps: `?Step-0000/);
    expect(textOf(html)).toContain('more changed steps');
  });
});

describe('a report too big for its body says where the rest is, and the summary never points at itself', () => {
  const errors = 3000;
  const report: Report = {
    ...bigReport(40),
    ok: false,
    filledSteps: 0,
    problems: Array.from({ length: errors }, (_, i) => ({
      severity: 'error' as const,
      code: 'resolve/no-config',
      message: `DAG node "Node_${i}_${'x'.repeat(200)}" matches no config key in demo/config.json`,
      file: cases.FILES.dag,
      line: i + 2,
    })),
  };
  const data = buildReport(
    cases.input([cases.pipeline(cases.FILES.dag, report, { status: 'failing', base: 'generates' })]),
  );
  const { comment, summary } = check(data);

  it('the comment lists some errors and points at the job summary and the log for the rest', () => {
    const listed = comment.match(/^- ❌ /gm)?.length ?? 0;
    expect(listed).toBeGreaterThan(0);
    expect(comment).toContain(`- …and ${errors - listed} more (every error is in the job log)`);
    expect(comment).toContain('The full report is in the [job summary]');
  });

  it('the job summary uses its budget for errors, and names the log, never "the job summary"', () => {
    const listed = summary.match(/^- ❌ /gm)?.length ?? 0;
    expect(listed).toBeGreaterThanOrEqual(500);
    expect(bytes(summary)).toBeGreaterThan(100_000);
    expect(summary).not.toMatch(/in the job summary/);
    expect(summary).toContain('(every error is in the job log)');
  });
});

/** A report of `n` filled Cradle steps in a chain of `n` nodes. */
function bigReport(n: number): Report {
  const names = Array.from({ length: n }, (_, i) => `Step-${String(i).padStart(4, '0')}`);
  return {
    ok: true,
    totalSteps: n,
    filledSteps: n,
    problems: [],
    nodes: names.map((name) => ({ name, step: name })),
    edges: names.slice(1).map((b, i): [string, string] => [names[i]!, b]),
    steps: names.map((step) => ({
      step,
      node: step,
      family: 'cradle' as const,
      status: 'filled' as const,
      highlights: { 'output path': `s3://bucket/${step}/data`, cluster: 'MEDIUM on account' },
    })),
  };
}

describe('outside text', () => {
  const HOSTILE_STEP = '<img src=x onerror=alert(1)> @octocat #1 GH-2 :smile: $x$ [a](https://evil.example)';
  const MARKER = '<!-- exec-doc:report key=another-key -->';

  function hostile(): ReportData {
    const doc = (v: string): Record<string, unknown> => ({
      PIPELINE_STEP_CONFIGS: {
        [HOSTILE_STEP]: { STEP_CONFIG: { value: v, sql: `SELECT 1\n${MARKER}\n${v}` } },
      },
    });
    const report: Report = {
      ok: true,
      totalSteps: 1,
      filledSteps: 1,
      nodes: [{ name: HOSTILE_STEP, step: HOSTILE_STEP }],
      edges: [],
      steps: [
        {
          step: HOSTILE_STEP,
          status: 'filled',
          family: 'cradle',
          highlights: { 'output path': HOSTILE_STEP },
        },
      ],
      problems: [
        {
          severity: 'warning',
          code: 'resolve/no-config',
          message: `DAG node "${HOSTILE_STEP}" matches no config key; see @octocat and https://evil.example`,
          file: 'demo/dag.json',
          line: 3,
        },
      ],
    };
    const comparison = {
      status: 'compared' as const,
      diff: diffDocuments(doc('old @a'), doc(`new ${MARKER} ![i](https://evil.example/x.png)`)),
      dag: diffDag(report, report),
    };
    return buildReport(cases.input([cases.pipeline(cases.FILES.dag, report, comparison)]));
  }

  it('makes no element, link, image or mention of a config value; code shows it exactly', () => {
    const { html } = check(hostile());
    expect(html).not.toContain('<img');
    expect(codeTexts(html)).toContain(HOSTILE_STEP);
    // Outside code, nothing GitHub would link.
    const outside = textOf(
      html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<pre>[\s\S]*?<\/pre>/g, ' '),
    );
    expect(outside).not.toMatch(/@\w|#\d|GH-\d|:smile:|\$x\$|https?:\/\/evil/);
    expect(html).not.toContain('\u200b');
  });

  it('a marker copied into a changed value is never a marker: only the first line is', () => {
    const { comment, summary } = check(hostile());
    expect(comment).toContain('+ new <!-- exec-doc:report key=another-key -->');
    const lines = comment.split('\n');
    expect(readMarker(comment)).toEqual({ key: cases.FILES.dag, head: cases.HEAD_SHA });
    for (const line of lines.slice(1)) expect(readMarker(line), line).toBeUndefined();
    for (const line of summary.split('\n')) expect(readMarker(line), line).toBeUndefined();
    // Not even when the rendered text starts a line with it (defence in depth in the last check).
    expect(summary.startsWith('### ')).toBe(true);
  });

  it('redacts a token in the data before escaping: neither it nor an escaped spelling reaches a body', () => {
    const token = 'ghp_SuperSecretToken0123456789abcdef';
    const doc = (v: string): Record<string, unknown> => ({
      PIPELINE_STEP_CONFIGS: { S: { STEP_CONFIG: { auth: v } } },
    });
    const report: Report = {
      ...bigReport(1),
      problems: [{ severity: 'warning', code: 'x/y', message: `token ${token}`, file: 'f' }],
    };
    const comparison = {
      status: 'compared' as const,
      diff: diffDocuments(doc('none'), doc(`Bearer ${token}`)),
      dag: diffDag(report, report),
    };
    const data = buildReport(
      cases.input([cases.pipeline(`p-${token}`, report, comparison)], { key: `key-${token}` }),
      [token],
    );
    const comment = commentDocument(data, [token], cases.HEAD_SHA);
    const summary = summaryDocument(data, [token]);
    for (const body of [comment, summary]) {
      expect(body).not.toContain(token);
      expect(body).not.toContain('ghp\\_');
      expect(body).not.toContain('SuperSecret');
      expect(body).toContain('***');
    }
    expect(readMarker(comment)?.key).toBe('key-***');
  });
});

describe('the provenance line', () => {
  it('names where the base was read from only when it was read', () => {
    const { report, comparison } = cases.compare(base, cases.sqlAndFramework(base));
    const read = check(buildReport(cases.input([cases.pipeline(cases.FILES.dag, report, comparison)])));
    expect(textOf(read.html)).toContain('base read from the GitHub API');
    const unread = check(
      buildReport(
        cases.input([
          cases.pipeline(cases.FILES.dag, report, {
            status: 'unavailable',
            cause: 'read',
            reason: 'HTTP 403',
          }),
        ]),
      ),
    );
    expect(textOf(unread.html)).not.toContain('base read from');
  });
});

describe('a step kept from the template that the pull request changes', () => {
  it('is counted as changed, as the headline counts it', () => {
    const head = {
      ...base,
      template: base.template.replace('"STEP_TYPE": "TRAINING_STEP"', '"STEP_TYPE": "TRAINING_STEP_V2"'),
    };
    const { html, summary } = check(one(head));
    expect(firstBlock(html).text).toMatch(/^✏️ Changes 1 step: XGBoostTraining/);
    expect(textOf(render(summary))).toContain('4 steps (1 changed, 3 filled) and the DAG (10 nodes)');
    expect(stepStatuses(render(summary))['XGBoostTraining']).toBe(
      '➖ kept from the template: no payload needed for this step (changed by this PR)',
    );
  });
});

describe('a failing head whose base fails with other errors', () => {
  it('is introduced by this PR, and says what the base fails with', () => {
    const broken = cases.compare(base, cases.badRegion(base));
    const reason = 'the document of the base commit abc1234 cannot be generated (1 error, the first: x)';
    const data = buildReport(
      cases.input([
        cases.pipeline(cases.FILES.dag, broken.report, {
          status: 'failing',
          base: 'fails',
          reason,
          newErrors: 3,
        }),
      ]),
    );
    const { html } = check(data);
    expect(firstBlock(html).text).toMatch(/^❌ Generation fails — introduced by this PR/);
    expect(textOf(html)).toContain(
      `3 errors of the head are not in the base, which fails with others: ${reason}.`,
    );
  });
});

describe('warnings', () => {
  it('the headline counts the warnings that sit in a fold below (with --lenient: what strict mode refuses)', () => {
    const { report, comparison } = cases.compare(base, cases.sqlAndFramework(base));
    const warning = {
      severity: 'warning' as const,
      code: 'config/schema',
      message: 'config "Registration" (RegistrationConfig): "model_domain" must be string, got array ["x"]',
      file: cases.FILES.config,
      line: 3,
    };
    const data = buildReport(
      cases.input([
        cases.pipeline(cases.FILES.dag, { ...report, problems: [...report.problems, warning] }, comparison),
      ]),
    );
    const { html } = check(data);
    expect(firstBlock(html).text).toMatch(/^✏️ Changes 2 steps: .* · ⚠️ 1 warning$/);
    expect(firstBlock(render(summaryDocument(one(cases.sqlAndFramework(base))))).text).not.toContain(
      'warning',
    );
  });
});

describe('many pipelines', () => {
  it('one verdict for all first, failing ones in full, unchanged ones on one line', () => {
    const changed = cases.compare(base, cases.sqlAndFramework(base));
    const same = cases.compare(base, base);
    const broken = cases.compare(base, cases.badRegion(base));
    const data = buildReport(
      cases.input([
        cases.pipeline('atoz', changed.report, changed.comparison),
        cases.pipeline('fine', same.report, same.comparison),
        cases.pipeline('broken', broken.report, broken.comparison),
      ]),
    );
    const { html, comment } = check(data);
    expect(firstBlock(html).text).toBe('❌ 1 of 3 pipelines fails — introduced by this PR');
    expect(textOf(html)).toContain('✅ No change (1): fine');
    expect(comment).toContain('#### ✏️ `atoz`: changes 2 steps');
    expect(comment).toContain(
      '#### ❌ `broken`: generation fails — introduced by this PR (3 errors, 1 knock-on)',
    );
    expect(comment).not.toContain('#### ✅ `fine`');
  });

  it('a cut report keeps the verdict, the errors and the links: failures come first, changes are shortened', () => {
    const changed = cases.compare(base, cases.sqlAndFramework(base));
    const broken = cases.compare(base, cases.badRegion(base));
    const data = buildReport(
      cases.input([
        ...Array.from({ length: 150 }, (_, i) => cases.pipeline(`p${i}`, changed.report, changed.comparison)),
        cases.pipeline('broken', broken.report, broken.comparison),
      ]),
    );
    const { html, comment } = check(data);
    expect(firstBlock(html).text).toBe('❌ 1 of 151 pipelines fails — introduced by this PR');
    expect(textOf(html)).toContain('✂️ This comment was shortened');
    expect(comment).toContain(
      '#### ❌ `broken`: generation fails — introduced by this PR (3 errors, 1 knock-on)',
    );
    expect(comment).toContain(
      `[\`demo/config.json:16\`](https://github.com/octo/pipelines/blob/${cases.HEAD_SHA}/demo/config.json#L16)`,
    );
    expect(comment.indexOf('#### ❌ `broken`')).toBeLessThan(comment.indexOf('#### ✏️'));
    expect(links(html)).toEqual(expect.arrayContaining([cases.RUN_URL, cases.ARTIFACT_URL]));
  });

  it('sections left out to fit are listed with their first error and what to review, never dropped silently', () => {
    const changed = cases.compare(base, cases.sqlAndFramework(base));
    const broken = cases.compare(base, cases.badRegion(base));
    const data = buildReport(
      cases.input([
        ...Array.from({ length: 60 }, (_, i) => cases.pipeline(`bad${i}`, broken.report, broken.comparison)),
        ...Array.from({ length: 60 }, (_, i) =>
          cases.pipeline(`chg${i}`, changed.report, changed.comparison),
        ),
      ]),
    );
    const { html, comment } = check(data);
    const sections = comment.match(/^#### /gm)?.length ?? 0;
    const listed = /\*\*(\d+) more pipelines to look at\*\*/.exec(comment);
    expect(listed, 'the left-out sections are announced').not.toBeNull();
    expect(sections + Number(listed![1])).toBe(120);
    // Failures come first, so the changed pipelines are the ones left out: their downgrade is still shown.
    const list = html.slice(html.indexOf('more pipelines to look at'));
    expect(textOf(list)).toMatch(
      /chg\d+: changes 2 steps[\s\S]*Framework version downgrade in Registration-NA: 1\.7-1 → 1\.5-1/,
    );
  });

  it('150 changed pipelines: sections shortened or left out whole, never half, within the budget', () => {
    const changed = cases.compare(base, cases.sqlAndFramework(base));
    const data = buildReport(
      cases.input(
        Array.from({ length: 150 }, (_, i) => cases.pipeline(`p${i}`, changed.report, changed.comparison)),
      ),
    );
    const { html, comment, summary } = check(data);
    expect(firstBlock(html).text).toBe('✏️ Changes 150 of 150 pipelines');
    expect(textOf(html)).toContain('✂️ This comment was shortened');
    expect(summary.length).toBeGreaterThan(comment.length);
  });
});

describe('a failure summary agrees with what happened (shared region "XX", the demo DAG)', () => {
  const data = one(cases.sharedRegion(base, 'XX'));
  const { summary } = check(data);
  const html = render(summary);
  const link = `https://github.com/octo/pipelines/blob/${cases.HEAD_SHA}/demo/config.json#L16`;

  it('the headline counts the errors as the errors block lists them: 1 cause, 1 knock-on', () => {
    expect(firstBlock(html).text).toBe('❌ Generation fails — introduced by this PR (1 error, 1 knock-on)');
    expect(textOf(html)).toContain('Errors (1 error, 1 knock-on)');
    expect(html.match(/↳ knock-on/g)).toHaveLength(1);
  });

  it('lists the registration names the resolver tried, each once and each as code, and says what they are', () => {
    const knockOn = Array.from(html.matchAll(/<li>([\s\S]*?)<\/li>/g), (m) => m[1]!).find((li) =>
      li.includes('↳ knock-on'),
    )!;
    const tried = /\(tried ([\s\S]*?)\); add it/.exec(knockOn)![1]!;
    expect(textOf(tried)).toMatch(
      /^the names the reference tries for region XX, each of its search patterns with -XX appended: /,
    );
    const list = tried.slice(tried.indexOf('appended: ') + 'appended: '.length);
    // Every name is a code element, and nothing else is between them but a comma.
    expect(list).toMatch(/^<code>[^<]+<\/code>(?:, <code>[^<]+<\/code>)*$/);
    const names = codeTexts(list);
    expect(names).toEqual([
      'ModelRegistration-XX-XX',
      'Registration_XX-XX',
      'Registration-XX',
      'model_registration-XX',
      'register_model-XX',
      'Registration-NA-XX',
    ]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('the table has a row per document step, as many as its title says, and each says why it is not filled', () => {
    expect(textOf(html)).toContain('4 steps (1 kept from the template, 3 not filled) and the DAG (10 nodes)');
    const rows = stepStatuses(html);
    expect(Object.keys(rows)).toEqual([
      'CradleDataLoading-Training',
      'CradleDataLoading-Calibration',
      'XGBoostTraining',
      'Registration-NA',
    ]);
    expect(Object.keys(rows)).toHaveLength(data.pipelines[0]!.report.totalSteps);
    expect(rows['CradleDataLoading-Training']).toMatch(
      /^⏭️ not filled: its config has an error: config CradleDataLoading_training .* got XX — see demo\/config\.json:16$/,
    );
    expect(rows['Registration-NA']).toBe(
      '⏭️ not filled: DAG node Registration looked for Registration-XX instead, which the template does not have — a knock-on of demo/config.json:16',
    );
    expect(rows['XGBoostTraining']).toBe('➖ kept from the template: no payload needed for this step');
    // The pointers are links to the line of the error.
    const table = /<table>[\s\S]*?<\/table>/.exec(html)![0];
    expect(links(table).filter((l) => l === link)).toHaveLength(3);
  });

  it('the DAG picture labels nodes with their step names, the node name below; the node without one by its name', () => {
    const chart = /```mermaid\n([\s\S]*?)```/.exec(summary)![1]!;
    expect(chart).toContain('  n0["`CradleDataLoading-Training\n*CradleDataLoading_training*`"]\n');
    expect(chart).toContain('  n7["`CradleDataLoading-Calibration\n*CradleDataLoading_calibration*`"]\n');
    expect(chart).toContain('  n2["XGBoostTraining"]\n');
    expect(chart).toContain('  n5["Registration"]\n');
    expect(chart).toMatch(/^ {2}class n0,n5,n7 error$/m);
  });
});

describe('count', () => {
  it('groups digits by thousands, as en-US does', () => {
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 1000000000])
      expect(count(n)).toBe(n.toLocaleString('en-US'));
  });
});
