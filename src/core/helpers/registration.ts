import { compactJson } from '../serialize.js';
import { awsRegion, bucketProblem, pyStr } from '../config/derived.js';
import { pyTruthy, isDict } from '../config/lax.js';
import { filePointer, type ConfigEntry, type ProblemDraft } from '../config/load.js';
import { retrieveImageUri, type ImageUriField } from '../image-uri/index.js';
import { getOwn, hasOwn, type JsonObject } from '../json.js';
import { BuildError, configOf, record, str } from './fields.js';
import type {
  BuildContext,
  BuildResult,
  FillTarget,
  PlanContext,
  ResolvedNode,
  StepHelper,
} from './types.js';

/** What the reference writes when the image lookup fails; only ever produced with --lenient. */
export const IMAGE_URI_PLACEHOLDER = 'image-uri-placeholder';

const lower = (s: string): string => s.toLowerCase();
/** FORMAT §c.1: class names with "registration" but not "payload". */
export const isRegistrationClass = (c: string): boolean =>
  lower(c).includes('registration') && !lower(c).includes('payload');
const isPayloadClass = (c: string): boolean => !isRegistrationClass(c) && lower(c).includes('payload');
const isPackageClass = (c: string): boolean =>
  !isRegistrationClass(c) && !isPayloadClass(c) && lower(c).includes('package');
const nameSaysRegistration = (n: string): boolean =>
  lower(n).includes('registration') || lower(n).includes('register');

function matches(className: string, node: string): boolean {
  return isRegistrationClass(className) || (node !== '' && nameSaysRegistration(node));
}

const STEP_TYPE = ['PROCESSING_STEP', 'MimsModelRegistrationProcessingStep'];
/** The reference adds this (not the MODS value) to a template entry that has no STEP_TYPE (FORMAT §d). */
const MISSING_STEP_TYPE = {
  value: ['PROCESSING_STEP', 'ModelRegistration'],
  when: 'with-empty-config',
} as const;

function lastOf(entries: readonly ConfigEntry[], pred: (c: string) => boolean): ConfigEntry | undefined {
  let found: ConfigEntry | undefined;
  for (const e of entries) if (pred(e.className)) found = e;
  return found;
}

/** `getattr(registration_cfg, "region", "")` on the object the reference reads. */
function regionOf(entry: ConfigEntry): unknown {
  const ref = entry.reference;
  return hasOwn(ref, 'region') ? ref['region'] : '';
}

/** `get_execution_step_name`: `{name}-{region}` when the region is set, else the name itself. */
function execName(name: string, region: unknown): string {
  return pyTruthy(region) ? `${name}-${pyStr(region)}` : name;
}

/**
 * FORMAT §c.1 search patterns (`_fill_registration_configurations`): `ModelRegistration-{r}` and `Registration_{r}`
 * when the region is set, the registration DAG nodes, `model_registration`, `Registration`, `register_model`, then
 * the template keys containing "registration"; each as its execution step name.
 */
function referenceCandidates(
  region: unknown,
  regNodes: readonly string[],
  templateKeys: readonly string[],
): string[] {
  const list = new Set<string>();
  if (pyTruthy(region)) list.add(`ModelRegistration-${pyStr(region)}`).add(`Registration_${pyStr(region)}`);
  for (const n of [...regNodes, 'model_registration', 'Registration', 'register_model']) list.add(n);
  for (const k of templateKeys) if (lower(k).includes('registration')) list.add(k);
  return [...new Set([...list].map((p) => execName(p, region)))];
}

/** What {@link referenceCandidates} gives, in words: why a name can end in the region twice. */
function candidatesAre(region: unknown): string {
  return pyTruthy(region)
    ? `the names the reference tries for region "${pyStr(region)}", each of its search patterns with ` +
        `"-${pyStr(region)}" appended`
    : 'the names the reference tries when no region is set';
}

function target(
  entry: ConfigEntry,
  node: ResolvedNode | undefined,
  candidates: string[],
  preferred: string,
  related: readonly ConfigEntry[],
): FillTarget {
  return {
    node: node?.node,
    rule: node?.rule,
    entry,
    candidates,
    candidatesAre: candidatesAre(regionOf(entry)),
    preferred,
    templateStepType: STEP_TYPE,
    missingStepType: MISSING_STEP_TYPE,
    related,
  };
}

function plan(
  nodes: readonly ResolvedNode[],
  ctx: PlanContext,
): { targets: FillTarget[]; problems: ProblemDraft[] } {
  const regEntries = ctx.entries.filter((e) => isRegistrationClass(e.className));
  if (regEntries.length === 0) {
    const first = nodes[0]!;
    return {
      targets: [],
      problems: [
        {
          severity: 'error',
          strictOnly: true,
          code: 'registration/no-config',
          message: `DAG node "${first.node}" is a registration step, but the config file has no registration config (a class named *Registration*Config), so no registration payload can be built`,
          file: '',
          jsonPath: first.entry.pointer,
        },
      ],
    };
  }
  const byName = ctx.resolved.filter(
    (r) => isRegistrationClass(r.entry.className) || nameSaysRegistration(r.node),
  );
  const names = byName.length > 0 ? byName.map((r) => r.node) : ctx.dagNodes.filter(nameSaysRegistration);
  const ownNodes = byName.filter((r) => isRegistrationClass(r.entry.className));
  const related = [scan(ctx.entries).payload].filter((e): e is ConfigEntry => e !== undefined);

  // The reference: one payload, from the LAST registration config of the file (not the node's config).
  const last = regEntries[regEntries.length - 1]!;
  const region = regionOf(last);
  const refCandidates = referenceCandidates(region, names, ctx.templateKeys);
  const refTarget = target(
    last,
    ownNodes.find((n) => n.entry === last) ?? ownNodes[0] ?? nodes[0],
    refCandidates,
    execName(names[0] ?? 'Registration', region),
    related,
  );
  if (new Set(ownNodes.map((r) => r.entry)).size < 2) return { targets: [refTarget], problems: [] };

  // Beyond the reference: each registration node filled from its own config. In --lenient the step the reference
  // fills keeps the reference's payload; in strict mode the node's own config wins and a warning says so.
  const problems: ProblemDraft[] = [];
  const present = new Set(ctx.templateKeys);
  const registrationKeys = ctx.templateKeys.filter((k) => lower(k).includes('registration'));
  // The template keys containing "registration", as step names for a region; shared by the nodes of a region.
  const tails = new Map<string, string[]>();
  const tailFor = (r: unknown): string[] => {
    const key = pyTruthy(r) ? pyStr(r) : '';
    let t = tails.get(key);
    if (!t) tails.set(key, (t = registrationKeys.map((k) => execName(k, r))));
    return t;
  };
  const used = new Set<string>();
  const nodeTargets = ownNodes.map((n) => {
    const r = regionOf(n.entry);
    const generic = execName('Registration', r);
    const preferred = used.has(generic) ? execName(n.node, r) : generic;
    used.add(preferred);
    // The node's own step name first, then the reference's patterns for its config.
    const names = [...new Set([execName(n.node, r), ...referenceCandidates(r, [n.node], [])])];
    return { target: target(n.entry, n, names, preferred, related), tail: tailFor(r) };
  });
  if (present.size === 0) return { targets: nodeTargets.map((t) => t.target), problems };

  const claims = new Map<string, ConfigEntry>();
  const out: FillTarget[] = [];
  /** Gives the target the first template step of its names that no other config took, or reports why none. */
  const place = (t: FillTarget, names: Iterable<string>, isReference: boolean): void => {
    for (const c of names) {
      if (!present.has(c)) continue;
      const owner = claims.get(c);
      if (owner === t.entry) return; // the same payload is already going there
      if (owner) {
        if (!isReference) continue;
        problems.push({
          severity: 'warning',
          code: 'registration/not-reference',
          message: `the reference fills "${c}" from the last registration config "${t.entry.key}"; exec-doc fills it from the config of its own DAG node ("${owner.key}")`,
          file: '',
          jsonPath: t.entry.pointer,
          step: c,
        });
        return;
      }
      claims.set(c, t.entry);
      out.push({ ...t, candidates: [c] });
      return;
    }
    if (isReference) return;
    const taken = t.candidates.filter((c) => present.has(c));
    if (taken.length === 0) {
      out.push(t); // reported as a missing step
      return;
    }
    problems.push({
      severity: 'error',
      strictOnly: true,
      code: 'registration/step-taken',
      message: `registration node "${t.node ?? ''}" (config "${t.entry.key}") has no template step of its own: ${taken.map((c) => `"${c}" is filled from config "${claims.get(c)?.key ?? ''}"`).join(', ')}; add a step "${t.candidates[0]!}" to the template`,
      file: '',
      jsonPath: t.entry.pointer,
      node: t.node,
    });
  };
  function* both(head: readonly string[], tail: readonly string[]): Generator<string> {
    yield* head;
    yield* tail;
  }
  const placeNodes = (): void => {
    for (const { target: t, tail } of nodeTargets) place(t, both(t.candidates, tail), false);
  };
  if (ctx.lenient) {
    place(refTarget, refCandidates, true);
    placeNodes();
  } else {
    placeNodes();
    place(refTarget, refCandidates, true);
  }
  return { targets: out, problems };
}

const IMAGE_FIELD: Record<ImageUriField, string> = {
  framework: 'framework',
  version: 'framework_version',
  pyVersion: 'py_version',
  region: 'region',
  instanceType: 'inference_instance_type',
  baseFrameworkVersion: 'framework_version',
  scope: 'inference_instance_type',
};

const scans = new WeakMap<readonly ConfigEntry[], { payload?: ConfigEntry; pkg?: ConfigEntry }>();

/** FORMAT §c.1 step 1, done once per file: the last payload and the last package config. */
function scan(entries: readonly ConfigEntry[]): { payload?: ConfigEntry; pkg?: ConfigEntry } {
  let found = scans.get(entries);
  if (!found) {
    found = { payload: lastOf(entries, isPayloadClass), pkg: lastOf(entries, isPackageClass) };
    scans.set(entries, found);
  }
  return found;
}

/**
 * FORMAT §c.5: present only when the file has both a payload and a package config; each key only when the object
 * has the attribute (`hasattr`).
 */
function loadTestingInfo(
  reg: JsonObject,
  ctx: BuildContext,
  problems: ProblemDraft[],
): JsonObject | undefined {
  const { payload, pkg } = scan(ctx.entries);
  if (!payload || !pkg) return undefined;
  problems.push(...ctx.validate(payload, 'payload'), ...ctx.validate(pkg, 'package'));
  const p = configOf(payload, ctx);
  const pick = (o: JsonObject, k: string): unknown => (hasOwn(o, k) ? o[k] : undefined);
  return record([
    ['sample_payload_s3_bucket', pick(reg, 'bucket')],
    ['expected_tps', pick(p, 'expected_tps')],
    ['max_latency_in_millisecond', pick(p, 'max_latency_in_millisecond')],
    ['max_acceptable_error_rate', pick(p, 'max_acceptable_error_rate')],
    ['instance_type_list', pick(p, 'load_test_instance_type_list')],
  ]);
}

/** The inference image, from the validated view of the config (a deliberate improvement, README). */
function imageUri(entry: ConfigEntry, ctx: BuildContext, step: string, problems: ProblemDraft[]): string {
  const v = entry.validated;
  const framework = getOwn(v, 'framework');
  const image = retrieveImageUri({
    framework: typeof framework === 'string' ? framework.toLowerCase() : str(framework),
    region: awsRegion(getOwn(v, 'region')),
    version: strOrNull(getOwn(v, 'framework_version')),
    pyVersion: strOrNull(getOwn(v, 'py_version')),
    instanceType: strOrNull(getOwn(v, 'inference_instance_type')),
  });
  if (image.ok) return image.uri;
  problems.push({
    severity: 'error',
    strictOnly: true,
    code: 'registration/image-uri',
    message: `cannot resolve the inference image URI of "${entry.key}": ${image.message}`,
    file: ctx.configFile,
    jsonPath: filePointer(entry, [IMAGE_FIELD[image.field]]),
    step,
  });
  return IMAGE_URI_PLACEHOLDER;
}

/**
 * The payload of `RegistrationHelper._create_execution_doc_config` (FORMAT §c.2–c.5): each field only when the
 * object has it; no `source_model_environment_variable_map` without `inference_entry_point`.
 */
function build(t: FillTarget, ctx: BuildContext): BuildResult {
  const entry = t.entry;
  const v = configOf(entry, ctx);
  const problems: ProblemDraft[] = [];
  const has = (k: string): boolean => hasOwn(v, k);
  const region = has('region') ? v['region'] : undefined;
  if (Array.isArray(region) || isDict(region))
    throw new BuildError(`"region" must be text, got ${compactJson(region)}`, ['region']);
  const aws = has('region') ? awsRegion(region) : undefined;
  const image = imageUri(entry, ctx, t.preferred, problems);
  const load = loadTestingInfo(v, ctx, problems);
  const bucket = load ? getOwn(load, 'sample_payload_s3_bucket') : undefined;
  const why = bucket === undefined ? undefined : bucketProblem(bucket);
  if (why !== undefined)
    problems.push({
      severity: 'error',
      strictOnly: true,
      code: 'config/bad-uri',
      message: `the load-testing sample bucket of config "${entry.key}" is ${compactJson(bucket)}, which ${why}: set "bucket" to an S3 bucket name`,
      file: ctx.configFile,
      jsonPath: filePointer(entry, ['bucket']),
      step: t.preferred,
    });
  const config = record([
    ['source_model_inference_image_arn', image],
    ['model_domain', getOwn(v, 'model_domain')],
    ['model_objective', getOwn(v, 'model_objective')],
    ['source_model_inference_content_types', getOwn(v, 'source_model_inference_content_types')],
    ['source_model_inference_response_types', getOwn(v, 'source_model_inference_response_types')],
    ['source_model_inference_input_variable_list', getOwn(v, 'source_model_inference_input_variable_list')],
    ['source_model_inference_output_variable_list', getOwn(v, 'source_model_inference_output_variable_list')],
    ['source_model_region', aws],
    ['model_owner', getOwn(v, 'model_owner')],
    ['model_registration_region', region],
    [
      'source_model_environment_variable_map',
      has('inference_entry_point')
        ? record([
            ['SAGEMAKER_CONTAINER_LOG_LEVEL', '20'],
            ['SAGEMAKER_PROGRAM', v['inference_entry_point']],
            ['SAGEMAKER_REGION', aws ?? 'us-east-1'],
            ['SAGEMAKER_SUBMIT_DIRECTORY', '/opt/ml/model/code'],
          ])
        : undefined,
    ],
    ['load_testing_info_map', load],
  ]);
  const highlights: Record<string, string> = {
    image,
    'model objective': str(getOwn(v, 'model_objective')),
    'model domain': str(getOwn(v, 'model_domain')),
    region: `${str(region)} (${aws ?? 'us-east-1'})`,
  };
  if (load)
    highlights['load test'] =
      `${str(getOwn(load, 'expected_tps'))} TPS, ${str(getOwn(load, 'max_latency_in_millisecond'))} ms`;
  return { config, highlights, problems };
}

function strOrNull(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return typeof v === 'string' ? v : String(v);
}

export const registrationHelper: StepHelper = {
  family: 'registration',
  title: 'Model registration',
  configKind: 'registration',
  matches,
  plan,
  build,
};
