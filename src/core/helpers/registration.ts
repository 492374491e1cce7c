import { awsRegion } from '../config/derived.js';
import { filePointer, type ConfigEntry, type ProblemDraft } from '../config/load.js';
import { retrieveImageUri, type ImageUriField } from '../image-uri/index.js';
import { getOwn, hasOwn, type JsonObject } from '../json.js';
import { record, str } from './fields.js';
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
const MISSING_STEP_TYPE = ['PROCESSING_STEP', 'ModelRegistration'];

function lastOf(entries: readonly ConfigEntry[], pred: (c: string) => boolean): ConfigEntry | undefined {
  let found: ConfigEntry | undefined;
  for (const e of entries) if (pred(e.className)) found = e;
  return found;
}

function regionOf(entry: ConfigEntry): string {
  const r = getOwn(entry.value, 'region');
  return typeof r === 'string' ? r : str(r);
}

/**
 * FORMAT §c.1 candidate list: `ModelRegistration-{r}`, `Registration_{r}`, the registration DAG nodes,
 * `model_registration`, `Registration`, `register_model`, then template keys containing "registration";
 * each tried as `{candidate}-{r}`.
 */
function referenceCandidates(
  region: string,
  regNodes: readonly string[],
  templateKeys: readonly string[],
): string[] {
  const list: string[] = [`ModelRegistration-${region}`];
  if (region !== '') list.push(`Registration_${region}`);
  list.push(...regNodes, 'model_registration', 'Registration', 'register_model');
  for (const k of templateKeys) if (lower(k).includes('registration') && !list.includes(k)) list.push(k);
  return [...new Set(list)].map((c) => `${c}-${region}`);
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
  let regNodes = ctx.resolved.filter(
    (r) => isRegistrationClass(r.entry.className) || nameSaysRegistration(r.node),
  );
  const names = regNodes.length > 0 ? regNodes.map((r) => r.node) : ctx.dagNodes.filter(nameSaysRegistration);
  regNodes = regNodes.filter((r) => isRegistrationClass(r.entry.className));
  const distinct = new Set(regNodes.map((r) => r.entry));
  if (distinct.size >= 2) {
    // Beyond the reference: one registration node per region, each filled from its own config.
    return {
      targets: regNodes.map((r) => {
        const name = `${r.node}-${regionOf(r.entry)}`;
        return {
          node: r.node,
          rule: r.rule,
          entry: r.entry,
          candidates: [name],
          preferred: name,
          templateStepType: STEP_TYPE,
          missingStepType: { value: MISSING_STEP_TYPE, when: 'with-empty-config' },
        };
      }),
      problems: [],
    };
  }
  // The reference: one payload, from the LAST registration config of the file (not the node's config).
  const entry = regEntries[regEntries.length - 1]!;
  const region = regionOf(entry);
  const firstNode = regNodes[0] ?? nodes[0];
  const preferredNode = names[0] ?? 'Registration';
  return {
    targets: [
      {
        node: firstNode?.node,
        rule: firstNode?.rule,
        entry,
        candidates: referenceCandidates(region, names, ctx.templateKeys),
        preferred: `${preferredNode}-${region}`,
        templateStepType: STEP_TYPE,
        missingStepType: { value: MISSING_STEP_TYPE, when: 'with-empty-config' },
      },
    ],
    problems: [],
  };
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

/** FORMAT §c.5: present only when the file has both a payload and a package config. */
function loadTestingInfo(
  reg: ConfigEntry,
  ctx: BuildContext,
  problems: ProblemDraft[],
): JsonObject | undefined {
  const { payload, pkg } = scan(ctx.entries);
  if (!payload || !pkg) return undefined;
  problems.push(...ctx.validate(payload, 'payload'), ...ctx.validate(pkg, 'package'));
  const p = payload.value;
  const pick = (k: string): unknown => (hasOwn(p, k) ? p[k] : undefined);
  return record([
    ['sample_payload_s3_bucket', getOwn(reg.value, 'bucket')],
    ['expected_tps', pick('expected_tps')],
    ['max_latency_in_millisecond', pick('max_latency_in_millisecond')],
    ['max_acceptable_error_rate', pick('max_acceptable_error_rate')],
    ['instance_type_list', pick('load_test_instance_type_list')],
  ]);
}

function build(target: FillTarget, ctx: BuildContext): BuildResult {
  const entry = target.entry;
  const v = entry.value;
  const problems: ProblemDraft[] = [];
  const region = getOwn(v, 'region');
  const aws = awsRegion(region);
  const framework = getOwn(v, 'framework');
  const image = retrieveImageUri({
    framework: typeof framework === 'string' ? framework.toLowerCase() : str(framework),
    region: aws,
    version: strOrNull(getOwn(v, 'framework_version')),
    pyVersion: strOrNull(getOwn(v, 'py_version')),
    instanceType: strOrNull(getOwn(v, 'inference_instance_type')),
  });
  let imageUri: string;
  if (image.ok) imageUri = image.uri;
  else {
    imageUri = IMAGE_URI_PLACEHOLDER;
    problems.push({
      severity: 'error',
      strictOnly: true,
      code: 'registration/image-uri',
      message: `cannot resolve the inference image URI of "${entry.key}": ${image.message}`,
      file: ctx.configFile,
      jsonPath: filePointer(entry, [IMAGE_FIELD[image.field]]),
      step: target.preferred,
    });
  }
  const load = loadTestingInfo(entry, ctx, problems);
  const config = record([
    ['source_model_inference_image_arn', imageUri],
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
      record([
        ['SAGEMAKER_CONTAINER_LOG_LEVEL', '20'],
        ['SAGEMAKER_PROGRAM', getOwn(v, 'inference_entry_point')],
        ['SAGEMAKER_REGION', aws],
        ['SAGEMAKER_SUBMIT_DIRECTORY', '/opt/ml/model/code'],
      ]),
    ],
    ['load_testing_info_map', load],
  ]);
  const highlights: Record<string, string> = {
    image: imageUri,
    'model objective': str(getOwn(v, 'model_objective')),
    'model domain': str(getOwn(v, 'model_domain')),
    region: `${str(region)} (${aws})`,
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
