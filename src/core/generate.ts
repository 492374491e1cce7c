import { isDict } from './config/lax.js';
import { parseSource, locateProblem, type ParsedSource, type SourceText } from './source.js';
import { loadDag, type Dag } from './dag/load.js';
import { loadConfig, type ConfigEntry, type ProblemDraft } from './config/load.js';
import { createValidator } from './config/validate.js';
import { ConfigResolver } from './resolve.js';
import { closestNames } from './nearest.js';
import { isRelevant, lookalikeProblems } from './helpers/registry.js';
import type { ResolvedNode } from './helpers/types.js';
import { buildTemplate } from './template.js';
import { fill } from './fill.js';
import { checkDocument } from './document.js';
import { getOwn, hasOwn, type JsonObject } from './json.js';
import type { Problem } from './report/problem.js';
import type { Report, ResolutionRule, StepReport } from './report/report.js';

export interface GenerateInput {
  dag: SourceText;
  config: SourceText;
  /** Without a template, one is built from the DAG with the execution step names (template.ts). */
  template?: SourceText;
  /** Reproduce the reference's behaviour: strict-only errors become warnings. */
  lenient?: boolean;
}

export interface GenerateResult {
  /** Present only when the report has no error. */
  document?: JsonObject;
  report: Report;
}

function finish(
  sources: ParsedSource[],
  drafts: ProblemDraft[],
  lenient: boolean,
  partial: Partial<Report> & { steps?: StepReport[] },
  document: JsonObject | undefined,
): GenerateResult {
  const byName = new Map(sources.map((s) => [s.name, s]));
  const problems: Problem[] = drafts.map(({ strictOnly, ...p }) => {
    const severity = strictOnly && lenient ? 'warning' : p.severity;
    const src = byName.get(p.file);
    const located = src ? locateProblem(src, p) : p;
    return { ...located, severity };
  });
  const ok = !problems.some((p) => p.severity === 'error');
  const steps = partial.steps ?? [];
  const report: Report = {
    ok,
    steps,
    problems,
    totalSteps: partial.totalSteps ?? 0,
    filledSteps: steps.filter((s) => s.status === 'filled').length,
    nodes: partial.nodes ?? [],
    edges: partial.edges ?? [],
  };
  return ok && document ? { document, report } : { report };
}

interface Prepared {
  lenient: boolean;
  drafts: ProblemDraft[];
  sources: ParsedSource[];
  configSrc?: ParsedSource;
  templateSrc?: ParsedSource;
  dag?: Dag;
  entries: ConfigEntry[];
  resolved: ResolvedNode[];
  relevant: ResolvedNode[];
}

/** Parse the inputs, load the configs, resolve every DAG node (FORMAT §a, §e, §f). */
function prepare(input: GenerateInput): Prepared {
  const lenient = input.lenient ?? false;
  const drafts: ProblemDraft[] = [];
  const sources: ParsedSource[] = [];
  const out: Prepared = { lenient, drafts, sources, entries: [], resolved: [], relevant: [] };
  const parse = (s: SourceText): ParsedSource | undefined => {
    const r = parseSource(s);
    drafts.push(...r.problems);
    if (r.source) sources.push(r.source);
    return r.source;
  };
  const dagSrc = parse(input.dag);
  const configSrc = parse(input.config);
  const templateSrc = input.template ? parse(input.template) : undefined;
  if (!dagSrc || !configSrc || (input.template && !templateSrc)) return out;
  out.configSrc = configSrc;
  out.templateSrc = templateSrc;

  const dagResult = loadDag(dagSrc.value, dagSrc.name);
  drafts.push(...dagResult.problems);
  const loaded = loadConfig(configSrc.value, configSrc.name);
  drafts.push(...loaded.problems);
  out.entries = loaded.entries;
  const dag = dagResult.dag;
  if (!dag) return out;
  out.dag = dag;

  // A config file that yields no config at all has its own error: "matches no config key" for every node would only
  // repeat it.
  const configUnusable = loaded.entries.length === 0 && loaded.problems.some((p) => p.severity === 'error');
  if (configUnusable) return out;
  const resolver = new ConfigResolver(loaded.entries);
  const unresolved: ProblemDraft[] = [];
  const unloadedBlocks = blocksWithoutClass(configSrc.value);
  dag.nodes.forEach((node, i) => {
    const r = resolver.resolve(node);
    if (r) {
      out.resolved.push({ node, entry: r.entry, rule: r.rule });
      if (r.rule !== 'exact' && r.rule !== 'case-insensitive')
        drafts.push({
          severity: 'warning',
          code: 'resolve/fuzzy',
          message: `DAG node "${node}" has no config key of its own; like the reference, it takes config "${r.entry.key}" (${r.entry.className}) by the ${RULE_TEXT[r.rule]}${r.confidence === undefined ? '' : ` (confidence ${r.confidence.toFixed(2)})`}: add a config key "${node}" if that is not the one meant`,
          file: dagSrc.name,
          jsonPath: `${dag.nodesPointer}/${i}`,
          node,
        });
      return;
    }
    // The reference's document generator only warns and leaves the node out; cursus' compiler
    // (StepConfigResolver.resolve_config_map) refuses a DAG with such a node, so the pipeline it documents cannot
    // be built: an error in strict mode, whatever the node's name.
    // Suggestions for the first few only: a DAG of thousands of unknown nodes is not a typo, and stays linear.
    const meant =
      unresolved.length < SUGGESTED_NODES
        ? closestNames(
            node,
            loaded.entries.map((e) => e.key),
          )
        : [];
    // A block saved without its class in metadata.config_types is never loaded: say so, it is the likely cause.
    const untyped = unloadedBlocks.has(node)
      ? ` ("configuration.specific" has "${node}", but "metadata.config_types" does not name its class, so cursus does not load it)`
      : '';
    unresolved.push({
      severity: 'error',
      strictOnly: true,
      code: 'resolve/no-config',
      message: `DAG node "${node}" matches no config key in ${configSrc.name}${untyped}${meant.length > 0 && !untyped ? ` (did you mean ${meant.map((m) => `"${m}"`).join(' or ')}?)` : ''}: cursus cannot compile a DAG node without a config, and the reference leaves it out of the document`,
      file: dagSrc.name,
      jsonPath: `${dag.nodesPointer}/${i}`,
      node,
    });
  });
  if (dag.nodes.length === 0)
    drafts.push({
      severity: 'error',
      strictOnly: true,
      code: 'dag/empty',
      message:
        'the DAG has no nodes: nothing can be filled (the reference returns the template unchanged); is this the right DAG file?',
      file: dagSrc.name,
      jsonPath: dag.nodesPointer,
    });
  // FORMAT §0.4 / Errata 5: relevance is decided by the config's class, never by the node's name.
  if (out.resolved.length === 0 && dag.nodes.length > 0 && loaded.entries.length > 0) {
    // One error says it all; each node's own is then a knock-on, kept as a warning.
    for (const u of unresolved) drafts.push({ ...u, severity: 'warning', strictOnly: false });
    // Nothing of the DAG is in the config: most likely the wrong config for this DAG. The reference writes the
    // template unchanged; a gate that passes on that would pass on anything.
    drafts.push({
      severity: 'error',
      strictOnly: true,
      code: 'resolve/nothing',
      message: `no node of the DAG matches a config of ${configSrc.name} (${dag.nodes.length} node(s), ${loaded.entries.length} config(s)): is this the config of this DAG?`,
      file: dagSrc.name,
      jsonPath: dag.nodesPointer,
    });
  } else drafts.push(...unresolved);
  out.relevant = out.resolved.filter((r) => isRelevant(r.entry.className));
  drafts.push(...lookalikeProblems(out.resolved, configSrc.name));
  return out;
}

/** How many nodes without a config get a "did you mean". */
const SUGGESTED_NODES = 20;

const RULE_TEXT: Record<ResolutionRule, string> = {
  exact: 'exact key',
  'case-insensitive': 'key ignoring case',
  'base-name': 'base-name rule (the only config of the step type the node names)',
  'job-type': 'job-type rule (the node names a job type this config has)',
  semantic: 'semantic rule (node and config key share a keyword, same step type)',
  pattern: 'pattern rule (a name pattern of the node maps to the step type of this config)',
};

/** The template generate() uses when none is given (FORMAT §d, beyond the reference). */
export function buildAutoTemplate(input: Omit<GenerateInput, 'template'>): {
  document?: JsonObject;
  problems: Problem[];
} {
  const p = prepare(input);
  const document = p.dag
    ? buildTemplate(
        p.dag,
        { entries: p.entries, resolved: p.resolved, dagNodes: p.dag.nodes, lenient: p.lenient },
        p.relevant,
      )
    : undefined;
  const { report } = finish(p.sources, p.drafts, p.lenient, {}, document);
  return report.ok && document ? { document, problems: report.problems } : { problems: report.problems };
}

/**
 * The whole generator: parse the three inputs, load configs, resolve DAG nodes, fill the template.
 * Pure: the same inputs always give the same document and report. Never throws for bad input.
 */
export function generate(input: GenerateInput): GenerateResult {
  const p = prepare(input);
  const { lenient, drafts, sources, dag, configSrc, templateSrc, resolved, relevant } = p;
  if (!dag || !configSrc) return finish(sources, drafts, lenient, {}, undefined);
  const planCtx = { entries: p.entries, resolved, dagNodes: dag.nodes, lenient };

  let document: JsonObject;
  let templateFile: string;
  if (templateSrc) {
    templateFile = templateSrc.name;
    if (!isDict(templateSrc.value)) {
      drafts.push({
        severity: 'error',
        code: 'template/shape',
        message: 'an execution document template must be a JSON object',
        file: templateFile,
        jsonPath: '',
      });
      return finish(sources, drafts, lenient, {}, undefined);
    }
    document = templateSrc.value;
    if (!hasOwn(document, 'PIPELINE_STEP_CONFIGS')) {
      drafts.push({
        severity: 'error',
        strictOnly: true,
        code: 'template/no-step-configs',
        message:
          'the template has no "PIPELINE_STEP_CONFIGS": nothing can be filled (the reference returns it unchanged)',
        file: templateFile,
        jsonPath: '',
      });
      return finish(sources, drafts, lenient, {}, document);
    }
    if (!isDict(getOwn(document, 'PIPELINE_STEP_CONFIGS'))) {
      drafts.push({
        severity: 'error',
        code: 'template/shape',
        message: '"PIPELINE_STEP_CONFIGS" must be an object keyed by step name',
        file: templateFile,
        jsonPath: '/PIPELINE_STEP_CONFIGS',
      });
      return finish(sources, drafts, lenient, {}, undefined);
    }
  } else {
    templateFile = '(auto-template)';
    document = buildTemplate(dag, planCtx, relevant);
  }

  const validate = createValidator(configSrc.name);
  const filled = fill({
    document,
    templateFile,
    relevant,
    plan: planCtx,
    build: { entries: p.entries, validate, configFile: configSrc.name },
    lenient,
  });
  for (const d of filled.problems) drafts.push(d.file === '' ? { ...d, file: configSrc.name } : d);
  if (templateSrc) drafts.push(...templateShapeProblems(document, templateFile, filled.problems));

  const stepOf = new Map<string, string>();
  for (const s of filled.steps) if (s.node && s.status !== 'skipped') stepOf.set(s.node, s.step);
  const resolvedBy = new Map(resolved.map((r) => [r.node, r]));
  const stepsObj = getOwn(document, 'PIPELINE_STEP_CONFIGS') as JsonObject;
  const nodes = dag.nodes.map((name) => {
    const r = resolvedBy.get(name);
    return {
      name,
      configKey: r?.entry.key,
      configClass: r?.entry.className,
      resolution: r?.rule,
      step: stepOf.get(name) ?? (hasOwn(stepsObj, name) ? name : undefined),
    };
  });
  return finish(
    sources,
    drafts,
    lenient,
    { steps: filled.steps, nodes, edges: dag.edges, totalSteps: Object.keys(stepsObj).length },
    document,
  );
}

/**
 * What `exec-doc validate` would refuse in the document the template makes (a step that is not an object, a
 * `PIPELINE_ADDITIONAL_PARAMS` that is not one), at its place in the template. The reference passes such steps
 * through untouched; a gate that passes them would let a document through that its own check refuses. Steps whose
 * shape fill() already reported are left to that problem.
 */
function templateShapeProblems(
  document: JsonObject,
  templateFile: string,
  fillProblems: readonly ProblemDraft[],
): ProblemDraft[] {
  const reported = fillProblems
    .filter((p) => p.code === 'template/step-shape' && p.jsonPath !== undefined)
    .map((p) => p.jsonPath!);
  return checkDocument(document, templateFile)
    .filter((p) => p.code === 'document/shape')
    .filter((p) => !reported.some((r) => p.jsonPath === r || p.jsonPath?.startsWith(`${r}/`)))
    .map((p) => ({
      ...p,
      strictOnly: true,
      code: 'template/shape',
      message: `the template makes an invalid execution document: ${p.message} (exec-doc validate refuses it; the reference passes it through)`,
    }));
}

/** Keys of `configuration.specific` that `metadata.config_types` does not name: cursus never loads them. */
function blocksWithoutClass(config: unknown): Set<string> {
  const configuration = isDict(config) ? getOwn(config, 'configuration') : undefined;
  const specific = isDict(configuration) ? getOwn(configuration, 'specific') : undefined;
  const metadata = isDict(config) ? getOwn(config, 'metadata') : undefined;
  const types = isDict(metadata) ? getOwn(metadata, 'config_types') : undefined;
  if (!isDict(specific) || !isDict(types)) return new Set();
  return new Set(Object.keys(specific).filter((k) => !hasOwn(types, k)));
}
