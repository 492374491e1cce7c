/**
 * Offline SageMaker framework image URIs: the same result as the SageMaker Python SDK's
 * `image_uris.retrieve(framework, region, version, py_version, instance_type, image_scope="inference")`,
 * from a generated table (src/generated/image-uris.ts, built by scripts/gen-image-uris.mjs).
 *
 * The checks run in the SDK's order, so the first problem reported is the one the SDK would report:
 * Trainium/Graviton framework -> framework -> scope -> version -> base framework -> Python version ->
 * region -> instance type/processor -> P2 -> Graviton instance.
 *
 * Deliberate differences from the SDK: messages have no "pip install -U sagemaker" hint; an unknown
 * framework is an ordinary error (not FileNotFoundError); where the SDK would crash or build a tag with
 * "None" in it (huggingface or sklearn without a version), a version error is returned instead.
 *
 * Pure: no I/O, no environment. Never throws for bad input.
 */
import {
  FRAMEWORKS,
  REGISTRIES,
  type BaseFrameworkEntry,
  type ImageEntry,
  type PyKeyedEntry,
  type ScopeTable,
  type VersionEntry,
} from '../../generated/image-uris.js';
import {
  GRAVITON_FRAMEWORKS,
  GRAVITON_INSTANCE_FAMILIES,
  instanceFamily,
  isGravitonFamily,
  processorForInstanceType,
} from './instance.js';
import { ecrHostname } from './partition.js';
import { compareReleaseVersions } from './version.js';

export interface ImageUriRequest {
  /** xgboost | sklearn | pytorch | tensorflow | huggingface | mxnet */
  framework: string;
  /** e.g. us-east-1 */
  region: string;
  version?: string | null;
  pyVersion?: string | null;
  instanceType?: string | null;
  /** huggingface only, e.g. pytorch2.6 */
  baseFrameworkVersion?: string | null;
}

export type ImageUriField =
  'framework' | 'version' | 'pyVersion' | 'region' | 'instanceType' | 'baseFrameworkVersion' | 'scope';

export type ImageUriResult =
  { ok: true; uri: string } | { ok: false; field: ImageUriField; message: string; supported: string[] };

/** Frameworks this lookup knows, sorted. */
export const SUPPORTED_FRAMEWORKS: readonly string[] = Object.freeze([
  'huggingface',
  'mxnet',
  'pytorch',
  'sklearn',
  'tensorflow',
  'xgboost',
]);

/** The only framework allowed on Trainium (any instance type containing `trn`). */
const TRAINIUM_FRAMEWORK = 'pytorch';
/** Frameworks that switch to their `<framework>-neuron` table on inf* / trn* families. */
const NEURON_FRAMEWORKS: readonly string[] = ['huggingface', 'pytorch'];
const NEURON_TOOL = 'neuron';
const INFERENCE = 'inference';
const INFERENCE_GRAVITON = 'inference_graviton';
const HUGGINGFACE = 'huggingface';
/** Huggingface neuron repositories, whose tag uses the resolved (not the caller's) version strings. */
const HUGGINGFACE_NEURON_REPOSITORIES: readonly string[] = [
  'huggingface-pytorch-inference-neuron',
  'huggingface-pytorch-inference-neuronx',
];
const INSTANCE_TYPES_URL = 'https://aws.amazon.com/sagemaker/pricing/instance-types';

/** xgboost and sklearn on Graviton use fixed arm64 tags (hard-coded in the SDK, not in its JSON). */
const ARM64_TAGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  xgboost: { '1.5-1': '1.5-1-arm64', '1.3-1': '1.3-1-arm64' },
  sklearn: { '1.0-1': '1.0-1-arm64-cpu-py3' },
};

/**
 * CUDA suffixes appended on family p4d to some old GPU tags (hard-coded in the SDK). Key:
 * `<framework>-<tag so far>`.
 */
const P4D_CUDA_SUFFIXES: Readonly<Record<string, string>> = {
  'pytorch-1.6-gpu-py3': 'cu110-ubuntu18.04-v3',
  'pytorch-1.6-gpu-py36': 'cu110-ubuntu18.04-v3',
  'pytorch-1.6.0-gpu-py3': 'cu110-ubuntu18.04',
  'pytorch-1.6.0-gpu-py36': 'cu110-ubuntu18.04',
  'tensorflow-2.3-gpu-py37': 'cu110-ubuntu18.04-v3',
  'tensorflow-2.3.1-gpu-py37': 'cu110-ubuntu18.04',
  'tensorflow-2.3.2-gpu-py37': 'cu110-ubuntu18.04',
  'tensorflow-1.15-gpu-py37': 'cu110-ubuntu18.04-v8',
  'tensorflow-1.15.4-gpu-py37': 'cu110-ubuntu18.04',
  'tensorflow-1.15.5-gpu-py37': 'cu110-ubuntu18.04',
  'mxnet-1.8-gpu-py37': 'cu110-ubuntu16.04-v1',
  'mxnet-1.8.0-gpu-py37': 'cu110-ubuntu16.04',
};

/** P2 instances are refused from these versions on. */
const P2_DEPRECATED_FROM: Readonly<Record<string, string>> = { pytorch: '1.13', tensorflow: '2.12' };

type Failure = Extract<ImageUriResult, { ok: false }>;

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function fail(field: ImageUriField, message: string, supported: readonly string[] = []): Failure {
  return { ok: false, field, message, supported: [...supported] };
}

/** The SDK's message shape, without its pip hint. A missing value shows as `None`, as in the SDK. */
function unsupported(
  field: ImageUriField,
  what: string,
  value: string | null,
  supported: readonly string[],
): Failure {
  return fail(
    field,
    `Unsupported ${what}: ${value ?? 'None'}. Supported ${what}(s): ${supported.join(', ')}.`,
    supported,
  );
}

const FIELD_NAMES: Readonly<Record<ImageUriField, string>> = {
  framework: 'framework',
  region: 'region',
  version: 'version',
  pyVersion: 'Python version',
  instanceType: 'instance type',
  baseFrameworkVersion: 'base framework version',
  scope: 'image scope',
};

/** A string, or null for null/undefined; anything else is a caller error (numbers would lose digits). */
function readOptional(value: unknown, field: ImageUriField): string | null | Failure {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  return fail(field, `Invalid ${FIELD_NAMES[field]}: expected a string, got ${typeof value}.`);
}

function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

function isBaseFrameworkEntry(entry: VersionEntry): entry is BaseFrameworkEntry {
  return 'bases' in entry;
}

function isPyKeyed(entry: ImageEntry | PyKeyedEntry): entry is PyKeyedEntry {
  return 'byPy' in entry;
}

function versionEntry(scope: ScopeTable, key: string): VersionEntry | undefined {
  return scope.versions.find(([v]) => v === key)?.[1];
}

export function retrieveImageUri(req: ImageUriRequest): ImageUriResult {
  const input: Partial<Record<keyof ImageUriRequest, unknown>> =
    typeof req === 'object' && req !== null ? req : {};
  const fields: [keyof ImageUriRequest, ImageUriField][] = [
    ['framework', 'framework'],
    ['region', 'region'],
    ['version', 'version'],
    ['pyVersion', 'pyVersion'],
    ['instanceType', 'instanceType'],
    ['baseFrameworkVersion', 'baseFrameworkVersion'],
  ];
  const values: Partial<Record<keyof ImageUriRequest, string | null>> = {};
  for (const [key, field] of fields) {
    const v = readOptional(input[key], field);
    if (isFailure(v)) return v;
    values[key] = v;
  }
  return lookup(
    values.framework ?? null,
    values.region ?? null,
    values.version ?? null,
    values.pyVersion ?? null,
    values.instanceType ?? null,
    values.baseFrameworkVersion ?? null,
  );
}

function lookup(
  framework: string | null,
  region: string | null,
  requestedVersion: string | null,
  requestedPy: string | null,
  instanceType: string | null,
  baseFrameworkVersion: string | null,
): ImageUriResult {
  const family = instanceFamily(instanceType);

  // Neuron redirect: pytorch / huggingface on inf* or trn* read <framework>-neuron.
  let tableName = framework;
  let inferenceTool: string | null = null;
  if (framework !== null && NEURON_FRAMEWORKS.includes(framework)) {
    if (family.startsWith('inf') || family.startsWith('trn')) {
      inferenceTool = NEURON_TOOL;
      tableName = `${framework}-${NEURON_TOOL}`;
    }
  }

  // Scope: a Graviton family forces inference_graviton for the Graviton frameworks.
  const gravitonFamily = isGravitonFamily(family);
  let scopeName =
    framework !== null && GRAVITON_FRAMEWORKS.includes(framework) && gravitonFamily
      ? INFERENCE_GRAVITON
      : INFERENCE;

  // Hardware/framework checks (before the framework's table is read).
  if (instanceType !== null && instanceType.includes('trn') && framework !== TRAINIUM_FRAMEWORK) {
    return fail(
      'framework',
      `Unsupported framework: ${framework ?? 'None'}. Supported framework(s) for Trainium instances: ${TRAINIUM_FRAMEWORK}.`,
      [TRAINIUM_FRAMEWORK],
    );
  }
  if (
    instanceType !== null &&
    gravitonFamily &&
    (framework === null || !GRAVITON_FRAMEWORKS.includes(framework))
  ) {
    return fail(
      'framework',
      `Unsupported framework: ${framework ?? 'None'}. Supported framework(s) for Graviton instances: ${GRAVITON_FRAMEWORKS.join(', ')}.`,
      GRAVITON_FRAMEWORKS,
    );
  }

  // Framework table.
  const table =
    framework !== null && tableName !== null && SUPPORTED_FRAMEWORKS.includes(framework)
      ? own(FRAMEWORKS, tableName)
      : undefined;
  if (framework === null || table === undefined) {
    return unsupported('framework', 'framework', framework, SUPPORTED_FRAMEWORKS);
  }

  // Scope: a table with a single scope is used whatever was asked.
  if (table.scopeNames.length === 1 && table.scopeNames[0] !== undefined) scopeName = table.scopeNames[0];
  const scope = table.scopeNames.includes(scopeName) ? own(table.scopes, scopeName) : undefined;
  if (scope === undefined) return unsupported('scope', 'image scope', scopeName, table.scopeNames);

  // Version.
  const versionKeys = scope.versions.map(([v]) => v);
  const aliases = scope.aliases ?? {};
  const allowedVersions = [...versionKeys, ...Object.keys(aliases)];
  const versionWhat = `${framework} version`;
  let version: string;
  const isAlias = requestedVersion !== null && own(aliases, requestedVersion) !== undefined;
  if (framework === HUGGINGFACE && requestedVersion === null) {
    // The SDK would put "transformersNone" in the tag.
    return unsupported('version', versionWhat, null, allowedVersions);
  } else if (versionKeys.length === 1 && versionKeys[0] !== undefined && !isAlias) {
    version = versionKeys[0]; // a single-version scope ignores the requested version
  } else if (requestedVersion === null) {
    if (scope.defaultVersion === undefined) {
      // e.g. sklearn: the SDK crashes comparing "1.4-2-py312" as a PEP 440 version.
      return unsupported('version', versionWhat, null, allowedVersions);
    }
    version = scope.defaultVersion;
  } else {
    if (!allowedVersions.includes(requestedVersion)) {
      return unsupported('version', versionWhat, requestedVersion, allowedVersions);
    }
    version = requestedVersion; // kept as written: the tag echoes it
  }
  const versionKey = own(aliases, version) ?? version;
  const node = versionEntry(scope, versionKey);
  if (node === undefined) return unsupported('version', versionWhat, version, allowedVersions);

  // Huggingface base framework.
  let entry: ImageEntry | PyKeyedEntry;
  if (isBaseFrameworkEntry(node)) {
    const full =
      baseFrameworkVersion !== null
        ? (own(node.baseAliases, baseFrameworkVersion) ?? baseFrameworkVersion)
        : null;
    const baseEntry = full !== null ? own(node.bases, full) : undefined;
    if (baseEntry === undefined) {
      return unsupported(
        'baseFrameworkVersion',
        'base framework',
        baseFrameworkVersion,
        Object.keys(node.bases),
      );
    }
    entry = baseEntry;
  } else {
    entry = node;
  }

  // Python version.
  const allowedPy = isPyKeyed(entry) ? Object.keys(entry.byPy) : (entry.pyVersions ?? []);
  let pyVersion: string | null;
  if (allowedPy.length === 0) {
    pyVersion = null; // no Python part: a given value is ignored
  } else if (requestedPy === null && allowedPy.length === 1 && allowedPy[0] !== undefined) {
    pyVersion = allowedPy[0];
  } else if (requestedPy === null || !allowedPy.includes(requestedPy)) {
    return unsupported('pyVersion', 'Python version', requestedPy, allowedPy);
  } else {
    pyVersion = requestedPy;
  }
  let image: ImageEntry;
  if (isPyKeyed(entry)) {
    const sub = pyVersion !== null ? own(entry.byPy, pyVersion) : undefined;
    if (sub === undefined) return unsupported('pyVersion', 'Python version', pyVersion, allowedPy);
    image = sub;
  } else {
    image = entry;
  }

  // Region -> account, and ECR host.
  const registries = REGISTRIES[image.registry] ?? {};
  const account = region !== null ? own(registries, region) : undefined;
  if (region === null || account === undefined) {
    return unsupported('region', 'region', region, Object.keys(registries));
  }
  const hostname = ecrHostname(region);

  // Processor.
  const allowedProcessors =
    scope.processors !== undefined && scope.processors.length > 0
      ? scope.processors
      : (image.processors ?? []);
  let processor: string | null = null;
  if (allowedProcessors.length > 0) {
    if (allowedProcessors.length === 1 && !instanceType && allowedProcessors[0] !== undefined) {
      processor = allowedProcessors[0];
    } else if (!instanceType) {
      return fail('instanceType', `Empty SageMaker instance type. For options, see: ${INSTANCE_TYPES_URL}`);
    } else {
      const guessed = processorForInstanceType(instanceType, allowedProcessors);
      if (guessed === null) {
        return fail(
          'instanceType',
          `Invalid SageMaker instance type: ${instanceType}. For options, see: ${INSTANCE_TYPES_URL}`,
        );
      }
      if (!allowedProcessors.includes(guessed)) {
        return unsupported('instanceType', 'processor', guessed, allowedProcessors);
      }
      processor = guessed;
    }
  }

  // Container suffix.
  let containerVersion: string | null = null;
  if (image.containerVersion !== undefined) {
    const suffix = processor !== null ? own(image.containerVersion, processor) : undefined;
    if (suffix === undefined) {
      return unsupported('instanceType', 'processor', processor, Object.keys(image.containerVersion));
    }
    containerVersion = suffix;
  }
  if (image.sdkVersion !== undefined) containerVersion = `${image.sdkVersion}-${containerVersion ?? ''}`;

  // Tag prefix.
  let tagPrefix: string;
  if (framework === HUGGINGFACE) {
    let baseVersion = /^(pytorch|tensorflow)(.*)$/.exec(baseFrameworkVersion ?? '')?.[2] ?? '';
    let transformersVersion = requestedVersion ?? version;
    if (HUGGINGFACE_NEURON_REPOSITORIES.includes(image.repository)) {
      // Neuron tags use the alias targets instead of the caller's strings.
      transformersVersion = own(aliases, transformersVersion) ?? transformersVersion;
      const resolvedNode = versionEntry(scope, transformersVersion);
      const resolvedBase =
        resolvedNode !== undefined && isBaseFrameworkEntry(resolvedNode) && baseFrameworkVersion !== null
          ? own(resolvedNode.baseAliases, baseFrameworkVersion)
          : undefined;
      if (resolvedBase) baseVersion = /^(pytorch|tensorflow)(.*)$/.exec(resolvedBase)?.[2] ?? baseVersion;
    }
    tagPrefix = `${baseVersion}-transformers${transformersVersion}`;
  } else {
    tagPrefix = image.tagPrefix ?? version;
  }

  if (image.repository === `${framework}-inference-graviton`) {
    containerVersion = containerVersion !== null ? `${containerVersion}-sagemaker` : 'sagemaker';
  }

  // P2 deprecation.
  const p2From = own(P2_DEPRECATED_FROM, framework);
  if (family === 'p2' && p2From !== undefined && compareReleaseVersions(version, p2From) >= 0) {
    return fail(
      'instanceType',
      'P2 instances have been deprecated for sagemaker jobs starting PyTorch 1.13 and TensorFlow 2.12. ' +
        'For information about supported instance types please refer to https://aws.amazon.com/sagemaker/pricing/',
    );
  }

  // Tag.
  let tag: string;
  const arm64Tags = own(ARM64_TAGS, framework);
  if (arm64Tags !== undefined) {
    if (family !== '' && scopeName === INFERENCE_GRAVITON && !gravitonFamily) {
      return unsupported('instanceType', 'instance type', family, GRAVITON_INSTANCE_FAMILIES);
    }
    if (gravitonFamily || scopeName === INFERENCE_GRAVITON) {
      const fixed = own(arm64Tags, version);
      if (fixed === undefined) return unsupported('version', versionWhat, version, Object.keys(arm64Tags));
      tag = fixed;
    } else {
      tag = formatTag(tagPrefix, processor, pyVersion, containerVersion, inferenceTool);
    }
  } else {
    tag = formatTag(tagPrefix, processor, pyVersion, containerVersion, inferenceTool);
    if (instanceType !== null && family === 'p4d') {
      const cuda = own(P4D_CUDA_SUFFIXES, `${framework}-${tag}`);
      if (cuda !== undefined) tag = `${tag}-${cuda}`;
    }
  }

  const repository = tag ? `${image.repository}:${tag}` : image.repository;
  return { ok: true, uri: `${account}.dkr.${hostname}/${repository}` };
}

/** Non-empty parts joined with `-`: prefix, processor (or the inference tool), Python version, suffix. */
function formatTag(
  prefix: string,
  processor: string | null,
  pyVersion: string | null,
  containerVersion: string | null,
  inferenceTool: string | null,
): string {
  const parts = [prefix, inferenceTool ?? processor, pyVersion, containerVersion];
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('-');
}
