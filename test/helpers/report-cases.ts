/**
 * Report inputs for the renderer tests, built with the real core from the demo pipeline (test/fixtures/action/demo):
 * the base and head documents generated, diffed and compared as the action does.
 */
import { generate, type Report } from '../../src/core/index.js';
import { diffDocuments } from '../../src/core/diff/diff.js';
import { diffDag } from '../../src/core/graph/dag-diff.js';
import type { BaseComparison } from '../../src/action/compare.js';
import type { PipelineInput, ReportInput } from '../../src/action/report/model.js';
import { readFixture, source } from './fixtures.js';

export const BASE_SHA = 'b45e000000000000000000000000000000000aa1';
export const HEAD_SHA = 'feed000000000000000000000000000000000bb2';
export const RUN_URL = 'https://github.com/octo/pipelines/actions/runs/42';
export const ARTIFACT_URL = `${RUN_URL}/artifacts/7`;
export const FILES = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };

export interface DemoTexts {
  dag: string;
  config: string;
  template: string;
}

export function demoTexts(): DemoTexts {
  return {
    dag: readFixture('action', 'demo', 'dag.json'),
    config: readFixture('action', 'demo', 'config.json'),
    template: readFixture('action', 'demo', 'template.json'),
  };
}

export function run(t: DemoTexts): ReturnType<typeof generate> {
  return generate({
    dag: source(FILES.dag, t.dag),
    config: source(FILES.config, t.config),
    template: source(FILES.template, t.template),
  });
}

/** The comparison the action makes of a head with a base. */
export function compare(base: DemoTexts, head: DemoTexts): { report: Report; comparison: BaseComparison } {
  const b = run(base);
  const h = run(head);
  if (!h.document) {
    return { report: h.report, comparison: { status: 'failing', base: b.document ? 'generates' : 'fails' } };
  }
  if (!b.document) throw new Error('the base does not generate');
  return {
    report: h.report,
    comparison: {
      status: 'compared',
      diff: diffDocuments(b.document, h.document),
      dag: diffDag(b.report, h.report),
    },
  };
}

export function pipeline(name: string, report: Report, comparison?: BaseComparison): PipelineInput {
  return { name, files: FILES, report, ...(comparison ? { comparison } : {}) };
}

export function input(pipelines: PipelineInput[], extra: Partial<ReportInput> = {}): ReportInput {
  return {
    key: pipelines.length === 1 ? FILES.dag : 'ci/pipelines.yaml',
    many: pipelines.length > 1,
    pullRequest: true,
    lenient: false,
    cli: 'npx --yes github:acme/exec-doc#v1',
    provenance: {
      server: 'https://github.com',
      repository: 'octo/pipelines',
      base: BASE_SHA,
      head: HEAD_SHA,
      via: 'api',
      run: RUN_URL,
      artifact: ARTIFACT_URL,
    },
    pipelines,
    ...extra,
  };
}

/** Case (b): the training Cradle SQL gains a condition, the framework version goes 1.7-1 → 1.5-1. */
export function sqlAndFramework(t: DemoTexts): DemoTexts {
  let config = t.config.replace('"framework_version": "1.7-1"', '"framework_version": "1.5-1"');
  const training = config.indexOf('"CradleDataLoading_training": {');
  const sql = config.indexOf('WHERE row_num = 1', training);
  config = `${config.slice(0, sql)}WHERE row_num = 1 AND is_abuse IS NOT NULL${config.slice(sql + 'WHERE row_num = 1'.length)}`;
  return { ...t, config };
}

/** Case (c): the DAG loses a node (TabularPreprocessing_calibration) and its edges. */
export function removeNode(t: DemoTexts, node = 'TabularPreprocessing_calibration'): DemoTexts {
  const dag = JSON.parse(t.dag) as { nodes: string[]; edges: [string, string][] };
  dag.nodes = dag.nodes.filter((n) => n !== node);
  dag.edges = dag.edges.filter(([a, b]) => a !== node && b !== node);
  return { ...t, dag: JSON.stringify(dag, null, 2) };
}

/** A config error: the shared region `XX` (two schema errors at one line, three elsewhere, one knock-on). */
export function badRegion(t: DemoTexts): DemoTexts {
  return { ...t, config: t.config.replace(/"region": "NA",/g, '"region": "XX",') };
}

/** Both Cradle SQLs rewritten line by line, `lines` lines each (the JSON text edited in place). */
export function rewriteSql(t: DemoTexts, lines: number, seed: string): DemoTexts {
  const sql = (tag: string): string =>
    Array.from(
      { length: lines },
      (_, i) => `SELECT col_${i}_${tag} AS alias_${i}, '${seed}-${tag}-${i}' FROM table_${i} WHERE id = ${i}`,
    ).join('\\n');
  let config = t.config;
  for (const key of ['CradleDataLoading_training', 'CradleDataLoading_calibration']) {
    const opening = '"transform_sql": "';
    const start = config.indexOf(opening, config.indexOf(`"${key}": {`)) + opening.length;
    let end = start;
    while (end < config.length && !(config[end] === '"' && config[end - 1] !== '\\')) end++;
    config = `${config.slice(0, start)}${sql(key)}${config.slice(end)}`;
  }
  return { ...t, config };
}

type Json = Record<string, unknown>;

function setJobType(v: unknown, jobType: string): unknown {
  if (Array.isArray(v)) return v.map((x) => setJobType(x, jobType));
  if (v !== null && typeof v === 'object') {
    const out: Json = {};
    for (const [k, x] of Object.entries(v)) out[k] = k === 'job_type' ? jobType : setJobType(x, jobType);
    return out;
  }
  return v;
}

/**
 * Case (h): a 60-node DAG without a template: the demo's 10 nodes, plus 12 branches of Cradle → tabular
 * preprocessing → model evaluation → calibration (each Cradle config with its own job type and `clusterType`), plus
 * two more preprocessing nodes.
 */
export function wideDag(t: DemoTexts, clusterType: string): { dag: string; config: string } {
  const c = JSON.parse(t.config) as { configuration: { specific: Json }; metadata: { config_types: Json } };
  const dag = JSON.parse(t.dag) as { nodes: string[]; edges: [string, string][] };
  const specific = c.configuration.specific;
  const types = c.metadata.config_types;
  const clone = (from: string, key: string, jobType: string): void => {
    specific[key] = setJobType(JSON.parse(JSON.stringify(specific[from])), jobType);
    types[key] = types[from];
    dag.nodes.push(key);
  };
  for (let i = 1; i <= 12; i++) {
    const part = `part${String(i).padStart(2, '0')}`;
    clone('CradleDataLoading_training', `CradleDataLoading_${part}`, part);
    ((specific[`CradleDataLoading_${part}`] as Json)['cradle_job_spec'] as Json)['cluster_type'] =
      clusterType;
    clone('TabularPreprocessing_training', `TabularPreprocessing_${part}`, part);
    clone('XGBoostModelEval_calibration', `XGBoostModelEval_${part}`, part);
    clone('ModelCalibration_calibration', `ModelCalibration_${part}`, part);
    dag.edges.push(
      [`CradleDataLoading_${part}`, `TabularPreprocessing_${part}`],
      [`TabularPreprocessing_${part}`, `XGBoostModelEval_${part}`],
      ['XGBoostTraining', `XGBoostModelEval_${part}`],
      [`XGBoostModelEval_${part}`, `ModelCalibration_${part}`],
    );
  }
  for (const extra of ['extra01', 'extra02']) {
    clone('TabularPreprocessing_training', `TabularPreprocessing_${extra}`, extra);
    dag.edges.push([`TabularPreprocessing_${extra}`, 'XGBoostTraining']);
  }
  return { dag: JSON.stringify(dag, null, 2), config: JSON.stringify(c, null, 2) };
}

/** Generation without a template (the template is built from the DAG). */
export function runWithoutTemplate(t: { dag: string; config: string }): ReturnType<typeof generate> {
  return generate({ dag: source(FILES.dag, t.dag), config: source(FILES.config, t.config) });
}

/** The shared `region` (configuration.shared) set to `region`, every config-specific value left as it is. */
export function sharedRegion(t: DemoTexts, region: string): DemoTexts {
  const config = t.config.replace(
    /("shared": \{[^}]*?"region": )"NA"/,
    (_, head: string) => `${head}${JSON.stringify(region)}`,
  );
  if (config === t.config) throw new Error('the demo config has no shared region');
  return { ...t, config };
}
