/**
 * The report as GitHub markdown, fitted to a byte budget (budget.ts): one renderer for the PR comment and the job
 * summary, for one pipeline or many. The order a reviewer reads it in: the verdict (the first block), the compared
 * commits, what must not be missed, the errors (each once, linked to its line, knock-ons under their cause), the
 * changes as ```` ```diff ```` blocks (identical changes of several steps once), then folded: the steps table and
 * the DAG picture; the command that reproduces the result; the run and artifact links. Outside text only ever goes
 * through the escapers of core/diff/markdown.ts. Pure.
 */
import { isNumeric, type Problem, type Report, type StepReport } from '../../core/index.js';
import type { Notable } from '../../core/diff/notable.js';
import {
  changedFields,
  changeLines,
  isTextChange,
  textStats,
  valueText,
  type DiffLinesOptions,
  type ReviewChange,
} from '../../core/diff/review.js';
import type { DagDiff } from '../../core/graph/dag-diff.js';
import { LEGEND, mermaidPicture, type MermaidOptions } from '../../core/graph/mermaid.js';
import { codeSpan, fence, htmlCode, htmlText, inlineText } from '../../core/diff/markdown.js';
import { fit, fixed, forms, type Block, type FitState, type Pass } from './budget.js';
import { shellQuote } from './shell.js';
import { isFailure, needsAttention, type PipelineData, type ReportData, type Verdict } from './model.js';
import type { ProblemGroup } from './problems.js';

export type Target = 'comment' | 'summary';

/**
 * Where the rest of a shortened part can be read: the comment points at the job summary; the job summary, when even
 * it must shorten, at the job log (every problem and outcome is logged), the artifact and the CLI.
 */
const REST_IN: Record<Target, Record<'verdicts' | 'items' | 'changes' | 'table' | 'picture', string>> = {
  comment: {
    verdicts: 'in the job summary',
    items: 'in the job summary',
    changes: 'every change is in the job summary and the artifact',
    table: 'the table is in the job summary',
    picture: 'the picture is in the job summary',
  },
  summary: {
    verdicts: "each pipeline's outcome is in the job log",
    items: '`exec-doc diff` of the documents in the artifact shows every change',
    changes: 'every change is in the artifact: `exec-doc diff` of the documents shows it',
    table: 'every step is in the document, in the artifact',
    picture: '`exec-doc graph` draws it from the DAG file',
  },
};

export interface RenderOptions {
  target: Target;
  /** Bytes (UTF-8) the body may take. */
  budget: number;
}

/** DAGs with more nodes than this are drawn focused: the nodes that need a look and their neighbours. */
export const FOCUS_ABOVE_NODES = 30;
/** GitHub does not draw a Mermaid diagram longer than this (Mermaid's default `maxTextSize`). */
const MERMAID_MAX_TEXT = 50_000;

/**
 * The order cheaper forms are tried in: first the bulky parts get their compact form (steps table, DAG, long text
 * diffs), then counts, then the per-change detail; the verdict, the errors, the links and the list of changed steps
 * come last, and only ever as capped lists.
 */
const PASSES: readonly Pass[] = [
  { category: 'table-compact' },
  { category: 'dag-compact' },
  { category: 'text' },
  { category: 'table-count' },
  { category: 'dag-count' },
  { category: 'warnings' },
  { category: 'diff' },
  { category: 'notable' },
  { category: 'list' },
  { category: 'drop', order: 'last' },
  { category: 'errors' },
  { category: 'pipeline', order: 'last', grouped: true },
  { category: 'verdicts' },
];

const code = (s: string): string => codeSpan(s);
const text = (s: string): string => inlineText(s);

/**
 * `12,345`: digits grouped by thousands. Not `toLocaleString`: its first call loads ICU's number formatting, about
 * 18 ms of every run's start-up.
 */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${count(n)} ${n === 1 ? word : many}`;
}

/** `a, b, c and 4 more`, each item already markdown. */
function someOf(items: readonly string[], max: number): string {
  if (items.length <= max) {
    return items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  }
  return `${items.slice(0, max).join(', ')} and ${count(items.length - max)} more`;
}

function filled(r: Report): string {
  return `${r.filledSteps} of ${plural(r.totalSteps, 'step')} filled`;
}

// ---------------------------------------------------------------------------------------------------------------
// Links

/** A path for a URL: each segment percent-encoded, parentheses too (they would end a markdown link). */
function urlPath(p: string): string {
  return p
    .split('/')
    .map((s) =>
      encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

function repoUrl(data: ReportData): string | undefined {
  const { server, repository } = data.provenance;
  return repository ? `${server}/${urlPath(repository)}` : undefined;
}

function commitLink(data: ReportData, sha: string): string {
  const repo = repoUrl(data);
  const short = code(sha.slice(0, 7));
  return repo ? `[${short}](${repo}/commit/${sha})` : short;
}

/** `file:line`, linked to that line at the head commit when the file is one of the pipeline's inputs. */
function locationLink(data: ReportData, pipeline: PipelineData, p: Problem, table = false): string {
  const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}`;
  const repo = repoUrl(data);
  const sha = data.provenance.head;
  const inputs = Object.values(pipeline.files).filter((f): f is string => typeof f === 'string');
  const shown = codeSpan(where, { table });
  if (!repo || !sha || !inputs.includes(p.file)) return shown;
  const anchor = p.line !== undefined ? `#L${p.line}` : '';
  return `[${shown}](${repo}/blob/${sha}/${urlPath(p.file)}${anchor})`;
}

function linksLine(data: ReportData): string {
  const parts: string[] = [];
  const { artifact, artifactNote, run } = data.provenance;
  if (artifact) parts.push(`📄 [Execution document${data.many ? 's' : ''}](${artifact})`);
  else if (artifactNote) parts.push(`📄 ${text(artifactNote)}`);
  if (run) parts.push(`🔗 [Workflow run and job summary](${run})`);
  return parts.join(' · ');
}

function provenanceLine(data: ReportData): string {
  const { base, head, via } = data.provenance;
  const parts = [`exec-doc · ${code(data.key)}`];
  if (data.pullRequest && base && head) {
    const repo = repoUrl(data);
    const compare = repo ? ` ([diff](${repo}/compare/${base}...${head}))` : '';
    parts.push(`base ${commitLink(data, base)} → head ${commitLink(data, head)}${compare}`);
    // Only when the base was read: a base that could not be read is no source of anything.
    const read = data.pipelines.some(
      (p) => p.comparison && (p.comparison.status !== 'unavailable' || p.comparison.cause === 'generate'),
    );
    if (via && read)
      parts.push(`base read from ${via === 'git' ? 'the local git checkout' : 'the GitHub API'}`);
  } else if (head) parts.push(`commit ${commitLink(data, head)}`);
  if (data.lenient) parts.push('lenient');
  return `<sub>${parts.join(' · ')}</sub>`;
}

// ---------------------------------------------------------------------------------------------------------------
// Verdicts

function dagPhrase(d: DagDiff): string {
  const parts = [
    d.addedNodes.length ? `${plural(d.addedNodes.length, 'node')} added` : '',
    d.removedNodes.length ? `${plural(d.removedNodes.length, 'node')} removed` : '',
    d.addedEdges.length ? `${plural(d.addedEdges.length, 'edge')} added` : '',
    d.removedEdges.length ? `${plural(d.removedEdges.length, 'edge')} removed` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

const HEADING_NAMES = 5;

/** The verdict as words (markdown), without an icon; `names` caps the step names shown. */
function verdictWords(v: Verdict, r: Report, names = HEADING_NAMES): string {
  switch (v.kind) {
    case 'generated':
      return `execution document generated: ${filled(r)}`;
    case 'unchanged':
      return 'no change to the execution document or the DAG';
    case 'changed': {
      const parts: string[] = [];
      if (v.steps.length > 0)
        parts.push(`changes ${plural(v.steps.length, 'step')}: ${someOf(v.steps.map(code), names)}`);
      if (v.outside > 0) parts.push(`changes ${plural(v.outside, 'value')} outside the steps`);
      if (v.dag) parts.push(`changes the DAG (${dagPhrase(v.dag)})`);
      if (v.steps.length === 0 && v.outside === 0) parts.push('no change to the document');
      return parts.join('; ');
    }
    case 'new':
      return `new pipeline: ${filled(r)}`;
    case 'not-comparable':
      return `generated (${filled(r)}), not compared with the base`;
    case 'fails-introduced':
      return `generation fails — introduced by this PR (${errorCount(v)})`;
    case 'fails-preexisting':
      return `generation fails — already failing on the base (${errorCount(v)})`;
    case 'fails':
      return `generation fails (${errorCount(v)})`;
  }
}

/** `3 errors, 1 knock-on`: the errors as the errors block lists them, each cause once and its knock-ons under it. */
function errorCount(v: { errors: number; knockOns: number }): string {
  return `${plural(v.errors, 'error')}${v.knockOns > 0 ? `, ${plural(v.knockOns, 'knock-on')}` : ''}`;
}

const ICON: Record<Verdict['kind'], string> = {
  generated: '✅',
  unchanged: '✅',
  changed: '✏️',
  new: '🆕',
  'not-comparable': '⚠️',
  'fails-introduced': '❌',
  'fails-preexisting': '❌',
  fails: '❌',
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function reasonLine(v: Verdict): string {
  if (!v.reason) return '';
  if (v.kind === 'not-comparable')
    return `⚠️ No diff against the base: ${text(v.reason)}. The document was still generated and checked.`;
  if (v.kind === 'fails') return `The base was not compared: ${text(v.reason)}.`;
  if (v.kind === 'fails-preexisting') return `On the base: ${text(v.reason)}.`;
  if (v.kind === 'fails-introduced' && v.baseFailsOtherwise) return `${capitalize(text(v.reason))}.`;
  return '';
}

function manyHeading(data: ReportData): string {
  const ps = data.pipelines;
  const n = ps.length;
  const count = (f: (p: PipelineData) => boolean): number => ps.filter(f).length;
  const failed = count((p) => isFailure(p.verdict));
  if (failed > 0) {
    const introduced = count((p) => p.verdict.kind === 'fails-introduced');
    const before = count((p) => p.verdict.kind === 'fails-preexisting');
    const how =
      introduced === failed
        ? ' — introduced by this PR'
        : before === failed
          ? ' — already failing on the base'
          : introduced + before > 0
            ? ` — ${introduced} introduced by this PR, ${before} already failing on the base`
            : '';
    return `### ❌ ${failed} of ${plural(n, 'pipeline')} ${failed === 1 ? 'fails' : 'fail'}${data.pullRequest ? how : ''}`;
  }
  const changed = count((p) => p.verdict.kind === 'changed' || p.verdict.kind === 'new');
  const removed = data.removed?.length ?? 0;
  if (changed > 0 || removed > 0) {
    const fresh = count((p) => p.verdict.kind === 'new');
    const gone = removed > 0 ? `; removes ${plural(removed, 'pipeline')}` : '';
    return changed > 0
      ? `### ✏️ Changes ${changed} of ${plural(n, 'pipeline')}${fresh > 0 ? ` (${fresh} new)` : ''}${gone}`
      : `### ✏️ Removes ${plural(removed, 'pipeline')}; no change to the other ${plural(n, 'pipeline')}`;
  }
  const unknown = count((p) => p.verdict.kind === 'not-comparable');
  if (unknown > 0) return `### ⚠️ ${unknown} of ${plural(n, 'pipeline')} not compared with the base`;
  if (data.pullRequest)
    return `### ✅ No change to the execution documents or DAGs of ${plural(n, 'pipeline')}`;
  const steps = ps.reduce((s, p) => s + p.report.filledSteps, 0);
  const total = ps.reduce((s, p) => s + p.report.totalSteps, 0);
  return `### ✅ Execution documents generated: ${plural(n, 'pipeline')}, ${steps} of ${plural(total, 'step')} filled`;
}

function heading(data: ReportData): string {
  if (data.many) return manyHeading(data);
  const p = data.pipelines[0]!;
  // Warnings sit in a fold further down; with --lenient they are what strict mode would refuse.
  const warnings = p.problems.warnings.length;
  const warned = warnings > 0 && !isFailure(p.verdict) ? ` · ⚠️ ${plural(warnings, 'warning')}` : '';
  return `### ${ICON[p.verdict.kind]} ${capitalize(verdictWords(p.verdict, p.report))}${warned}`;
}

const ATTENTION_ORDER: readonly Verdict['kind'][] = [
  'fails-introduced',
  'fails',
  'fails-preexisting',
  'changed',
  'new',
  'not-comparable',
];

/** The pipelines that need a look, failures first, then changes, then those not compared; stable within a kind. */
function byAttention(pipelines: readonly PipelineData[]): PipelineData[] {
  return pipelines
    .filter((p) => needsAttention(p.verdict))
    .map((p, i) => ({ p, i, rank: ATTENTION_ORDER.indexOf(p.verdict.kind) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.p);
}

/** The list of pipelines and their verdicts (many pipelines): attention first, unchanged ones on one line. */
function verdictList(data: ReportData, cap: number, target: Target): string {
  const attention = byAttention(data.pipelines);
  const quiet = data.pipelines.filter((p) => !needsAttention(p.verdict));
  const lines = attention
    .slice(0, cap)
    .map((p) => `- ${ICON[p.verdict.kind]} ${code(p.name)}: ${verdictWords(p.verdict, p.report, 3)}`);
  if (attention.length > cap)
    lines.push(`- …and ${attention.length - cap} more (${REST_IN[target].verdicts})`);
  const removed = data.removed ?? [];
  if (removed.length > 0)
    lines.push(
      `- 🗑️ Removed from the manifest (${removed.length}): ${someOf(
        removed.map((n) => code(n)),
        cap,
      )} — their documents are no longer generated`,
    );
  if (quiet.length > 0) {
    const label = data.pullRequest ? 'No change' : 'Generated';
    lines.push(
      `- ✅ ${label} (${quiet.length}): ${someOf(
        quiet.map((p) => code(p.name)),
        cap,
      )}`,
    );
  }
  const note = data.baseNote ? `\n\n⚠️ No diff against the base: ${text(data.baseNote)}.` : '';
  return `${lines.join('\n')}${note}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Notable changes

function stepsPhrase(steps: readonly string[]): string {
  return steps.length === 1
    ? code(steps[0]!)
    : `${plural(steps.length, 'step')} (${someOf(steps.map(code), 5)})`;
}

function fromTo(n: Notable): string {
  return n.old !== undefined && n.new !== undefined ? `: ${code(n.old)} → ${code(n.new)}` : '';
}

function notableLine(n: Notable): string {
  const where = stepsPhrase(n.steps);
  switch (n.kind) {
    case 'step-removed':
      return `🗑️ **Step removed** from the document: ${where}`;
    case 'framework-downgrade':
      return `⬇️ **Framework version downgrade** in ${where}${fromTo(n)} (the inference image changes)`;
    case 'image':
      return `🖼️ **Inference image** changes in ${where}`;
    case 'objective':
      return `🎯 **Model ${n.path === 'model_domain' ? 'domain' : 'objective'}** changes in ${where}${fromTo(n)}`;
    case 'region':
      return `🌍 **Region** (${code(n.path)}) changes in ${where}${fromTo(n)}`;
    case 'model-variables':
      return `🔢 **Model ${n.path.includes('input') ? 'input' : 'output'} variables** change in ${where}${n.detail ? `: ${n.detail}` : ''}`;
    case 'data-source-added':
      return `➕ **Data source added** in ${where}: ${code(n.detail ?? '')}`;
    case 'data-source-removed':
      return `➖ **Data source removed** in ${where}: ${code(n.detail ?? '')}`;
    case 'data-source':
      return `🔀 **Data source changes** in ${where}: ${code(n.path)}${fromTo(n)}`;
    case 'output':
      return `📤 **Output location** changes in ${where}: ${code(n.path)}${fromTo(n)}`;
    case 'schema-fields-removed':
      return `✂️ **Output schema**: ${n.detail ?? 'fields'} removed in ${where}`;
    case 'step-type': {
      const one =
        n.old !== undefined && n.new === undefined
          ? `: ${code(n.old)} removed`
          : n.new !== undefined && n.old === undefined
            ? `: ${code(n.new)} added`
            : fromTo(n);
      return `🔧 **STEP_TYPE** changes in ${where}${one}`;
    }
  }
}

function notableLines(p: PipelineData): string[] {
  // A downgrade says that the image changes; the image line would say it twice.
  const downgraded = new Set(
    p.notable.filter((n) => n.kind === 'framework-downgrade').flatMap((n) => n.steps),
  );
  const shown = p.notable.filter((n) => n.kind !== 'image' || !n.steps.every((s) => downgraded.has(s)));
  const lines = shown.map(notableLine);
  for (const node of p.verdict.dag?.removedNodes ?? []) lines.push(`🗑️ **DAG node removed**: ${code(node)}`);
  return lines;
}

function notableBlock(p: PipelineData, target: Target, prefix = ''): Block | undefined {
  const lines = notableLines(p);
  if (lines.length === 0) return undefined;
  const title = `**${prefix}Review these** (${lines.length})`;
  const list = (max: number): string =>
    `${title}\n\n${lines
      .slice(0, max)
      .map((l) => `- ${l}`)
      .join(
        '\n',
      )}${lines.length > max ? `\n- …and ${lines.length - max} more (${REST_IN[target].items})` : ''}`;
  return forms(() => list(lines.length), ['notable', () => list(10)], ['notable', () => list(3)]);
}

// ---------------------------------------------------------------------------------------------------------------
// Problems

function problemText(data: ReportData, pipeline: PipelineData, p: Problem): string {
  const at = p.jsonPath ? ` (at ${code(p.jsonPath)})` : '';
  return `${locationLink(data, pipeline, p)} ${code(p.code)}: ${text(p.message)}${at}`;
}

function groupLines(data: ReportData, pipeline: PipelineData, g: ProblemGroup, knockOns: boolean): string[] {
  const also =
    g.also.length > 0 ? ` (reported ${g.also.length + 1} times, once per config that reads it)` : '';
  const icon = g.cause.severity === 'error' ? '❌' : '⚠️';
  const lines = [`- ${icon} ${problemText(data, pipeline, g.cause)}${also}`];
  if (g.knockOns.length === 0) return lines;
  if (!knockOns) {
    lines[0] += ` — and ${plural(g.knockOns.length, 'knock-on error')}`;
    return lines;
  }
  for (const k of g.knockOns) lines.push(`  - ↳ knock-on: ${problemText(data, pipeline, k)}`);
  return lines;
}

function errorsBlock(data: ReportData, p: PipelineData): Block | undefined {
  const groups = p.problems.errors;
  if (groups.length === 0) return undefined;
  const title = `**Errors** (${errorCount(p.verdict)})`;
  const list = (max: number, knockOns: boolean): string => {
    const lines = groups.slice(0, max).flatMap((g) => groupLines(data, p, g, knockOns));
    if (groups.length > max) lines.push(`- …and ${groups.length - max} more (every error is in the job log)`);
    return `${title}\n\n${lines.join('\n')}`;
  };
  return forms(
    () => list(groups.length, true),
    ['errors', () => list(groups.length, false)],
    ['errors', () => list(500, false)],
    ['errors', () => list(100, false)],
    ['errors', () => list(20, false)],
    ['errors', () => list(3, false)],
    ['errors', () => list(1, false)],
  );
}

function warningsBlock(data: ReportData, p: PipelineData): Block | undefined {
  const groups = p.problems.warnings;
  if (groups.length === 0) return undefined;
  const summary = `⚠️ ${plural(groups.length, 'warning')}`;
  const list = (max: number): string => {
    const lines = groups.slice(0, max).flatMap((g) => groupLines(data, p, g, true));
    if (groups.length > max)
      lines.push(`- …and ${groups.length - max} more (every warning is in the job log)`);
    return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
  };
  return forms(
    () => list(groups.length),
    ['warnings', () => list(10)],
    ['warnings', () => `${summary} (every warning is in the job log)`],
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Changes

/** The diff block of some changes at a level of detail; '' when there is nothing to show. */
function diffFence(changes: readonly ReviewChange[], opts: DiffLinesOptions, maxChanges = Infinity): string {
  const shown = changes.slice(0, maxChanges);
  const lines = shown.flatMap((c) => changeLines(c, opts));
  if (changes.length > shown.length) lines.push(`  … ${changes.length - shown.length} more changes`);
  return lines.length === 0 ? '' : fence(lines, 'diff').join('\n');
}

/** `transformSQL` (+1 −1 lines), `clusterType`: the fields a set of changes touches, with text line counts. */
function fieldsPhrase(changes: readonly ReviewChange[], max = 6): string {
  const texts = new Map<string, { added: number; removed: number }>();
  for (const c of changes) {
    if (!isTextChange(c) || !(c.old.includes('\n') || c.new.includes('\n'))) continue;
    const s = textStats(c.old, c.new);
    const t = texts.get(c.field) ?? { added: 0, removed: 0 };
    texts.set(c.field, { added: t.added + s.added, removed: t.removed + s.removed });
  }
  const items = changedFields(changes).map((f) => {
    const t = texts.get(f);
    return t ? `${code(f)} (+${t.added} −${t.removed} lines)` : code(f);
  });
  return someOf(items, max);
}

const FULL: DiffLinesOptions = {};
const SHORTER: DiffLinesOptions = { maxLines: 400, maxValueLines: 20 };
const SHORT: DiffLinesOptions = { maxLines: 120, maxValueLines: 12 };
const CAPPED: DiffLinesOptions = { maxLines: 12, maxValueLines: 8 };
const BRIEF: DiffLinesOptions = { brief: true };
const BRIEF_CHANGES = 30;

/** A block of changes: title, then the diff; cheaper forms cap the text, then go brief, then keep the title. */
function changeBlock(
  title: (names: number) => string,
  changes: readonly ReviewChange[],
  droppable: boolean,
): Block {
  const withDiff = (names: number, opts: DiffLinesOptions, max?: number): string => {
    const d = diffFence(changes, opts, max);
    return d === '' ? title(names) : `${title(names)}\n\n${d}`;
  };
  const cheaper: [string, () => string][] = [
    ['text', () => withDiff(50, SHORTER)],
    ['text', () => withDiff(50, SHORT)],
    ['text', () => withDiff(50, CAPPED)],
    ['diff', () => withDiff(20, BRIEF, BRIEF_CHANGES)],
    ['list', () => title(10)],
  ];
  if (droppable) cheaper.push(['drop', () => '']);
  return forms(() => withDiff(Infinity, FULL), ...cheaper);
}

function stepTitle(step: string, status: string, changes: readonly ReviewChange[], shared: boolean): string {
  const what =
    status === 'added'
      ? ' (added)'
      : status === 'removed'
        ? ' (removed)'
        : changes.length > 0
          ? ` — ${fieldsPhrase(changes)}`
          : '';
  return `**${code(step)}**${what}${shared ? (changes.length > 0 ? ', and the shared change above' : ' — the shared change above') : ''}`;
}

function dagChangeBlock(d: DagDiff): Block {
  const edge = ([a, b]: [string, string]): string => `${code(a)} → ${code(b)}`;
  const items = [
    ...d.addedNodes.map((n) => `- 🟦 node added: ${code(n)}`),
    ...d.removedNodes.map((n) => `- ⬛ node removed: ${code(n)}`),
    ...d.addedEdges.map((e) => `- ➕ edge added: ${edge(e)}`),
    ...d.removedEdges.map((e) => `- ➖ edge removed: ${edge(e)}`),
  ];
  const title = `**DAG structure** — ${dagPhrase(d)}`;
  return forms(
    () => `${title}\n\n${items.join('\n')}`,
    [
      'list',
      () =>
        `${title}\n\n${items.slice(0, 10).join('\n')}${items.length > 10 ? `\n- …and ${items.length - 10} more` : ''}`,
    ],
    ['drop', () => title],
  );
}

/** `: `clusterType` `MEDIUM` → `LARGE`` for one short value change, else ` — ` and the fields. */
function sharedPhrase(changes: readonly ReviewChange[]): string {
  const only = changes.length === 1 ? changes[0]! : undefined;
  const short = (v: unknown): string | undefined => {
    if (v === undefined || (typeof v === 'object' && v !== null && !isNumeric(v))) return undefined;
    const t = valueText(v);
    return Array.from(t).length <= 60 ? t : undefined;
  };
  if (only?.kind === 'changed') {
    const [o, n] = [short(only.old), short(only.new)];
    if (o !== undefined && n !== undefined) return `: ${code(only.path)} ${code(o)} → ${code(n)}`;
  }
  return ` — ${fieldsPhrase(changes)}`;
}

/** The changes of a pipeline: shared groups, steps, outside the steps, the DAG; then a line for dropped steps. */
function changeBlocks(p: PipelineData, heading: string, target: Target): Block[] {
  const r = p.review;
  const dag = p.verdict.dag;
  if (!r && !dag) return [];
  const blocks: Block[] = [fixed(heading)];
  const stepBlocks: { block: Block; step: string }[] = [];
  const sharedSteps = new Set(r?.shared.flatMap((g) => g.steps) ?? []);
  for (const g of r?.shared ?? []) {
    const what = sharedPhrase(g.changes);
    blocks.push(
      changeBlock(
        (names) =>
          `**${plural(g.steps.length, 'step')}**${what}, the same change in each: ${someOf(g.steps.map(code), names)}`,
        g.changes,
        false,
      ),
    );
  }
  for (const s of r?.steps ?? []) {
    if (s.status === 'changed' && s.changes.length === 0 && sharedSteps.has(s.step)) continue;
    const block = changeBlock(
      () => stepTitle(s.step, s.status, s.status === 'changed' ? s.changes : [], sharedSteps.has(s.step)),
      s.changes,
      true,
    );
    blocks.push(block);
    stepBlocks.push({ block, step: s.step });
  }
  if (r && r.other.length > 0)
    blocks.push(changeBlock(() => `**Outside the steps** — ${fieldsPhrase(r.other)}`, r.other, false));
  if (stepBlocks.length > 0)
    blocks.push({
      forms: [],
      dynamic: (state: FitState) => {
        // Steps are left out from the last one on: read the dropped ones from the end.
        const dropped: string[] = [];
        for (let i = stepBlocks.length - 1; i >= 0 && state.dropped(stepBlocks[i]!.block); i--)
          dropped.unshift(code(stepBlocks[i]!.step));
        if (dropped.length === 0) return '';
        return `…and ${plural(dropped.length, 'more changed step', 'more changed steps')}: ${someOf(dropped, 20)} (${REST_IN[target].changes}).`;
      },
    });
  if (dag) blocks.push(dagChangeBlock(dag));
  return blocks;
}

// ---------------------------------------------------------------------------------------------------------------
// Steps table and DAG picture

/** Each outcome of a step in words; the table shows it after its icon. */
const OUTCOME: Record<StepReport['status'], string> = {
  filled: 'filled',
  unchanged: 'kept from the template',
  skipped: 'not filled',
};
const STATUS: Record<StepReport['status'], string> = {
  filled: `✅ ${OUTCOME.filled}`,
  unchanged: `➖ ${OUTCOME.unchanged}`,
  skipped: `⏭️ ${OUTCOME.skipped}`,
};

/** What the pull request does to a step of the head document: added to it, or changed. */
type StepChange = 'added' | 'changed';

/** The steps this pull request adds to the document or changes (none for a new pipeline: the verdict says it). */
function stepChanges(p: PipelineData): Map<string, StepChange> {
  const c = p.comparison;
  if (p.verdict.kind !== 'changed' || c?.status !== 'compared') return new Map();
  return new Map(
    c.diff.steps
      .filter((d) => d.status !== 'removed')
      .map((d): [string, StepChange] => [d.step, d.status === 'added' ? 'added' : 'changed']),
  );
}

const CHANGE_STATUS: Record<StepChange, string> = { added: '🆕 added', changed: '✏️ changed' };

/**
 * Where the report lists why a step is not filled: the group of its first problem (its own, or the missing step its
 * node looked for), and whether that problem is a knock-on of the group's cause.
 */
function stepProblem(p: PipelineData, s: StepReport): { cause: Problem; knockOn: boolean } | undefined {
  const lookedFor = new Set(s.lookedFor ?? []);
  const concerns = (x: Problem): boolean =>
    x.step === s.step ||
    (x.code === 'template/missing-step' && x.step !== undefined && lookedFor.has(x.step));
  for (const g of [...p.problems.errors, ...p.problems.warnings]) {
    if ([g.cause, ...g.also].some(concerns)) return { cause: g.cause, knockOn: false };
    if (g.knockOns.some(concerns)) return { cause: g.cause, knockOn: true };
  }
  return undefined;
}

function stepRow(
  data: ReportData,
  p: PipelineData,
  s: StepReport,
  change: StepChange | undefined,
  values: boolean,
): string {
  const cell = (t: string): string => codeSpan(t, { table: true });
  const label = change && s.status === 'filled' ? CHANGE_STATUS[change] : STATUS[s.status];
  const reason = s.reason ? `: ${inlineText(s.reason, { table: true })}` : '';
  const cause = s.status === 'skipped' ? stepProblem(p, s) : undefined;
  const see = cause
    ? ` — ${cause.knockOn ? 'a knock-on of' : 'see'} ${locationLink(data, p, cause.cause, true)}`
    : '';
  const changed = change && s.status !== 'filled' ? ` (${change} by this PR)` : '';
  const row = [cell(s.step), s.family ?? '—', `${label}${reason}${see}${changed}`];
  if (values)
    row.push(
      Object.entries(s.highlights)
        .map(([k, v]) => `${inlineText(k, { table: true })}: ${cell(v)}`)
        .join('<br>'),
    );
  return `| ${row.join(' | ')} |`;
}

/**
 * `2 changed, 1 filled, 1 kept from the template`: the rows of the table, each counted once, a step the pull request
 * changes as changed whatever its status (as the verdict counts it).
 */
function stepCounts(p: PipelineData): string {
  const changes = stepChanges(p);
  const counts = new Map<string, number>();
  for (const s of p.report.steps) {
    const change = changes.get(s.step);
    const what = change ?? OUTCOME[s.status];
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  const order = ['changed', 'added', OUTCOME.filled, OUTCOME.unchanged, OUTCOME.skipped];
  return order
    .filter((w) => counts.has(w))
    .map((w) => `${count(counts.get(w)!)} ${w}`)
    .join(', ');
}

function stepsCount(p: PipelineData, target: Target): string {
  return `${plural(p.report.steps.length, 'step')}: ${stepCounts(p)} (${REST_IN[target].table}).`;
}

function tableBlock(data: ReportData, p: PipelineData, target: Target): Block | undefined {
  const r = p.report;
  if (r.steps.length === 0) return undefined;
  const changes = stepChanges(p);
  const table = (values: boolean): string =>
    [
      values ? '| Step | Family | Status | Key values |' : '| Step | Family | Status |',
      values ? '| --- | --- | --- | --- |' : '| --- | --- | --- |',
      ...r.steps.map((s) => stepRow(data, p, s, changes.get(s.step), values)),
    ].join('\n');
  return forms(
    () => table(true),
    ['table-compact', () => table(false)],
    ['table-count', () => stepsCount(p, target)],
  );
}

function legend(outcomes: readonly string[]): string {
  const used = LEGEND.filter((l) => outcomes.includes(l.outcome));
  return `<sub>${used.map((l) => `${l.swatch} ${l.meaning}`).join(' · ')}</sub>`;
}

function mermaidFence(chart: string): string {
  if (chart.length > MERMAID_MAX_TEXT)
    return `${fence(chart.trimEnd().split('\n'), 'text').join('\n')}\n\n<sub>Too large for GitHub to draw (${count(chart.length)} characters); paste it into a Mermaid editor.</sub>`;
  return fence(chart.trimEnd().split('\n'), 'mermaid').join('\n');
}

function dagBlock(p: PipelineData, target: Target): Block | undefined {
  const r = p.report;
  if (r.nodes.length === 0 && !p.verdict.dag) return undefined;
  const opts: MermaidOptions = {
    changedSteps: p.verdict.kind === 'new' ? [] : p.verdict.steps,
    ...(p.verdict.dag ? { dag: p.verdict.dag } : {}),
  };
  const large = r.nodes.length + (p.verdict.dag?.removedNodes.length ?? 0) > FOCUS_ABOVE_NODES;
  const picture = (focusAbove?: number): string => {
    const pic = mermaidPicture(r, { ...opts, focusAbove });
    if (!pic) return `The DAG (${plural(r.nodes.length, 'node')}) has no changed or failed node.`;
    const note = pic.focused
      ? `<sub>Showing ${pic.shown} of ${pic.total} nodes: the changed and failed ones and their neighbours.</sub>\n\n`
      : '';
    return `${note}${mermaidFence(pic.chart)}\n\n${legend(pic.outcomes)}`;
  };
  const full = (): string => {
    const focused = large ? picture(FOCUS_ABOVE_NODES) : picture();
    if (!large || target === 'comment') return focused;
    const whole = mermaidPicture(r, opts)!;
    return `${focused}\n\n<details><summary>The whole DAG (${plural(whole.total, 'node')})</summary>\n\n${mermaidFence(whole.chart)}\n\n${legend(whole.outcomes)}\n\n</details>`;
  };
  const count = (): string => {
    const extra = p.verdict.dag ? `; ${dagPhrase(p.verdict.dag)}` : '';
    return `DAG: ${plural(r.nodes.length, 'node')}, ${plural(r.edges.length, 'edge')}${extra} (${REST_IN[target].picture}).`;
  };
  // Compact: only the nodes that need a look (and their neighbours); when none does, the count.
  const compact = (): string => (mermaidPicture(r, { ...opts, focusAbove: 0 }) ? picture(0) : count());
  return forms(full, ['dag-compact', compact], ['dag-count', count]);
}

/**
 * The steps table and the DAG picture, folded. With `group`, the blocks can be left out by the `pipeline` pass, all
 * together (the `<details>` opening and closing are blocks of their own).
 */
function detailsBlocks(
  data: ReportData,
  p: PipelineData,
  target: Target,
  group?: object,
  name?: string,
): Block[] {
  const table = tableBlock(data, p, target);
  const dag = dagBlock(p, target);
  if (!table && !dag) return [];
  const what = [
    table ? `${plural(p.report.steps.length, 'step')} (${stepCounts(p)})` : '',
    dag ? `the DAG (${plural(p.report.nodes.length, 'node')})` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const open = `<details><summary>${name !== undefined ? `${htmlCode(name)}: ` : ''}${htmlText(what)}</summary>`;
  const blocks = [
    fixed(open),
    ...[table, dag].filter((b): b is Block => b !== undefined),
    fixed('</details>'),
  ];
  return group ? blocks.map((b) => withDrop(b, group)) : blocks;
}

/** A block that a `pipeline` pass leaves out, with the rest of its group. */
function withDrop(b: Block, group: object): Block {
  return { forms: [...b.forms, { category: 'pipeline', render: () => '' }], group };
}

// ---------------------------------------------------------------------------------------------------------------
// Reproduce

/** `exec_doc generate --dag … -o "$T/head.json"`: the pipeline's inputs by their repository paths. */
function generateCommand(data: ReportData, p: PipelineData, out: string): string {
  const f = p.files;
  const args = [
    'exec_doc generate',
    `--dag ${shellQuote(f.dag)}`,
    `--config ${shellQuote(f.config)}`,
    ...(f.template ? [`--template ${shellQuote(f.template)}`] : []),
    ...(data.lenient ? ['--lenient'] : []),
    `-o ${out}`,
  ];
  return args.join(' ');
}

/**
 * The commands that reproduce the result, pasted from the root of the repository: the CLI as a shell function, each
 * compared commit checked out in a worktree of its own under a temporary directory (the reader's checkout, branch
 * and files are left as they are), the documents generated there with the paths the run used, then compared; the
 * worktrees removed at the end, the documents kept in the temporary directory.
 */
function reproduceBlock(data: ReportData): Block {
  const { base, head } = data.provenance;
  const chosen = byAttention(data.pipelines);
  const ps = (chosen.length > 0 ? chosen : data.pipelines).slice(0, 5);
  const file = (p: PipelineData, side: string): string =>
    `"$T/${data.many ? `${side}-${p.name.replace(/[^\w.-]/g, '_')}` : side}.json"`;
  // The base is generated for the pipelines compared with it, or whose failure it was asked about.
  const withBase =
    data.pullRequest && base
      ? ps.filter((p) => p.comparison?.status === 'compared' || p.comparison?.status === 'failing')
      : [];
  const lines = [
    ...(data.cli.includes('$ROOT') ? ['ROOT=$(git rev-parse --show-toplevel)'] : []),
    `exec_doc() { ${data.cli} "$@"; }`,
    'T=$(mktemp -d)',
  ];
  const commits = [head, withBase.length > 0 ? base : undefined].filter((c): c is string => c !== undefined);
  if (commits.length > 0) lines.push(`git fetch origin ${commits.join(' ')}`);
  const side = (name: string, sha: string | undefined, pipelines: readonly PipelineData[]): void => {
    if (!sha) {
      for (const p of pipelines) lines.push(generateCommand(data, p, file(p, name)));
      return;
    }
    lines.push(`git worktree add --detach "$T/${name}" ${sha}`);
    for (const p of pipelines) lines.push(`(cd "$T/${name}" && ${generateCommand(data, p, file(p, name))})`);
  };
  side('head', head, ps);
  if (base && withBase.length > 0) side('base', base, withBase);
  for (const p of withBase)
    if (p.report.ok) lines.push(`exec_doc diff ${file(p, 'base')} ${file(p, 'head')}`);
  if (head) lines.push('git worktree remove --force "$T/head"');
  if (base && withBase.length > 0) lines.push('git worktree remove --force "$T/base"');
  const more =
    data.pipelines.length > ps.length && chosen.length > ps.length
      ? `\n\n<sub>The first ${ps.length} of the ${chosen.length} pipelines to look at; the others the same way.</sub>`
      : '';
  return fixed(
    `<details><summary>Reproduce locally (from the root of the repository)</summary>\n\n${fence(lines, 'sh').join('\n')}${more}\n\n</details>`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The body

/**
 * With many pipelines, the sections a body leaves out (the `pipeline` pass) are not left out silently: one list names
 * them, each with its verdict, its first error and what it has to review, so that what must not be missed is still
 * in the comment. At most LEFT_OUT_DETAILED pipelines get their lines; the rest are named.
 */
const LEFT_OUT_DETAILED = 30;

function leftOutBlock(data: ReportData, sections: readonly [PipelineData, Block][], target: Target): Block {
  return {
    forms: [],
    dynamic: (state) => {
      const left = sections.filter(([, first]) => state.dropped(first)).map(([p]) => p);
      if (left.length === 0) return '';
      const lines = left.slice(0, LEFT_OUT_DETAILED).map((p) => {
        const parts = [`- ${ICON[p.verdict.kind]} ${code(p.name)}: ${verdictWords(p.verdict, p.report, 3)}`];
        const firstError = p.problems.errors[0];
        if (firstError) parts.push(`  - ❌ ${problemText(data, p, firstError.cause)}`);
        const review = notableLines(p);
        for (const l of review.slice(0, 2)) parts.push(`  - ${l}`);
        if (review.length > 2) parts.push(`  - …and ${review.length - 2} more to review`);
        return parts.join('\n');
      });
      const rest = left.slice(LEFT_OUT_DETAILED).map((p) => code(p.name));
      if (rest.length > 0) lines.push(`- …and ${rest.length} more: ${someOf(rest, 20)}`);
      const summary = data.provenance.run ? `the [job summary](${data.provenance.run})` : 'the job summary';
      const where = target === 'comment' ? `each in full in ${summary}` : 'every problem is in the job log';
      return `**${plural(left.length, 'more pipeline')} to look at**, shortened here to fit (${where}):\n\n${lines.join('\n')}`;
    },
  };
}

/** One pipeline's section; with many pipelines a group the `pipeline` pass leaves out whole. */
function pipelineBlocks(data: ReportData, p: PipelineData, target: Target): Block[] {
  const blocks: Block[] = [];
  const group = data.many ? {} : undefined;
  const add = (b: Block | undefined): void => {
    if (b) blocks.push(group && !b.dynamic ? withDrop(b, group) : b);
  };
  if (data.many)
    add(fixed(`#### ${ICON[p.verdict.kind]} ${code(p.name)}: ${verdictWords(p.verdict, p.report)}`));
  const reason = reasonLine(p.verdict);
  if (reason) add(fixed(reason));
  add(notableBlock(p, target));
  add(errorsBlock(data, p));
  for (const b of changeBlocks(p, data.many ? '**Changes**' : '#### Changes', target)) add(b);
  add(warningsBlock(data, p));
  blocks.push(...detailsBlocks(data, p, target, group));
  return blocks;
}

function notice(data: ReportData, target: Target): string {
  if (target === 'summary')
    return '✂️ This summary was shortened to fit the job summary limit (1 MiB): some parts are compact or counted. The documents are in the artifact, and `exec-doc diff BASE HEAD` shows every change.';
  const run = data.provenance.run;
  const where = run ? `the [job summary](${run})` : 'the job summary of this run';
  return `✂️ This comment was shortened to fit GitHub's size limit: some parts are compact or counted. The full report is in ${where}.`;
}

/** The report body (without the comment marker), within `opts.budget` bytes. */
export function renderReport(data: ReportData, opts: RenderOptions): string {
  const blocks: Block[] = [fixed(heading(data)), fixed(provenanceLine(data))];
  blocks.push({ forms: [], dynamic: (state) => (state.degraded ? notice(data, opts.target) : '') });
  if (data.many) {
    const all = data.pipelines.length;
    blocks.push(
      forms(
        () => verdictList(data, all, opts.target),
        ['verdicts', () => verdictList(data, 30, opts.target)],
        ['verdicts', () => verdictList(data, 5, opts.target)],
      ),
    );
  }
  // Failures first, then changes: a body that must leave sections out leaves out the last ones, and lists them.
  const sections: [PipelineData, Block][] = [];
  for (const p of data.many ? byAttention(data.pipelines) : data.pipelines) {
    const section = pipelineBlocks(data, p, opts.target);
    if (data.many && section[0]) sections.push([p, section[0]]);
    blocks.push(...section);
  }
  if (data.many) blocks.push(leftOutBlock(data, sections, opts.target));
  // The summary also keeps the steps and DAG of the pipelines that need no look, one fold each.
  if (data.many && opts.target === 'summary')
    for (const p of data.pipelines)
      if (!needsAttention(p.verdict)) blocks.push(...detailsBlocks(data, p, opts.target, {}, p.name));
  blocks.push(reproduceBlock(data));
  const links = linksLine(data);
  if (links) blocks.push(fixed(links));
  return fit(blocks, PASSES, opts.budget).body;
}
