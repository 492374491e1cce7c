#!/usr/bin/env node
// Builds src/generated/image-uris.ts, the compact offline table behind src/core/image-uri, from the
// SageMaker Python SDK image_uri_config JSON files and botocore's partitions.json kept (verbatim) in
// scripts/data/sagemaker-image-uris/. Plain Node ESM, no dependencies, deterministic output.
//
//   node scripts/gen-image-uris.mjs                 writes src/generated/image-uris.ts
//   node scripts/gen-image-uris.mjs --out <file>    writes <file> instead (used by the up-to-date test)
//   node scripts/gen-image-uris.mjs --data <dir>    reads another copy of the data folder
//
// What is kept: the `inference` and `inference_graviton` scopes of the six main files, and the whole of
// the two neuron files (each has a single scope, which the SDK uses whatever scope was asked for). Each
// distinct region->account map is stored once (REGISTRIES) and entries refer to it by index. The default
// version of every scope is worked out here, so the runtime needs no PEP 440 parser.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_DATA_DIR = join(HERE, 'data', 'sagemaker-image-uris');
export const DEFAULT_OUT_FILE = join(HERE, '..', 'src', 'generated', 'image-uris.ts');

/** Files read from <data>/image_uri_config, in output order. */
const FRAMEWORK_FILES = [
  'huggingface',
  'huggingface-neuron',
  'mxnet',
  'pytorch',
  'pytorch-neuron',
  'sklearn',
  'tensorflow',
  'xgboost',
];
/** Scopes kept from files that have more than one. */
const KEPT_SCOPES = ['inference', 'inference_graviton'];
/** Files whose version entries hold one entry per base framework (pytorchX / tensorflowX). */
const BASE_FRAMEWORK_FILES = new Set(['huggingface', 'huggingface-neuron']);
/** Files whose version strings the runtime compares numerically (P2 deprecation check). */
const NUMERIC_VERSION_FILES = new Set(['pytorch', 'pytorch-neuron', 'tensorflow']);
/** Repositories whose tag carries the newest `sdk_versions` value in front of the container suffix. */
const SDK_PREFIX_REPOSITORIES = new Set([
  'pytorch-training-neuron',
  'huggingface-pytorch-inference-neuron',
  'huggingface-pytorch-inference-neuronx',
]);
const LEAF_FIELDS = new Set([
  'repository',
  'registries',
  'py_versions',
  'processors',
  'container_version',
  'tag_prefix',
  'sdk_versions',
]);

// ---------------------------------------------------------------------------------------------------
// Order-preserving JSON parser. JSON.parse moves integer-like keys (xgboost's version "1") to the front
// of an object; the SDK (Python dicts) keeps file order, and that order shows in error messages and in
// the default-version choice. Objects become Maps (a repeated key keeps its first position and its last
// value, as a Python dict does).

function parseOrderedJson(text, source) {
  let i = 0;
  const fail = (what) => {
    throw new Error(`${source}: ${what} at offset ${i}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const str = () => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail('unterminated string');
    i++;
    return JSON.parse(text.slice(start, i));
  };
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      const map = new Map();
      ws();
      if (text[i] === '}') {
        i++;
        return map;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail('expected a key');
        const key = str();
        ws();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        map.set(key, value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return map;
        } else fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      i++;
      const list = [];
      ws();
      if (text[i] === ']') {
        i++;
        return list;
      }
      for (;;) {
        list.push(value());
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return list;
        } else fail('expected "," or "]"');
      }
    }
    if (c === '"') return str();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (!m) fail('unexpected character');
    i += m[0].length;
    return JSON.parse(m[0]);
  };
  const result = value();
  ws();
  if (i !== text.length) fail('trailing characters');
  return result;
}

// ---------------------------------------------------------------------------------------------------
// PEP 440 (subset): enough to compare the first and last version keys of a scope, as the SDK does when
// no version is given. Pre/dev/local/epoch parts never occur in these files; meeting one fails loudly.

const PEP440 =
  /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)([-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?((?:-\d+)|(?:[-_.]?(?:post|rev|r)[-_.]?\d*))?([-_.]?dev[-_.]?\d*)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;

/** Returns a comparable key, or null when the string is not a valid PEP 440 version. */
function pep440Key(version) {
  const m = PEP440.exec(version);
  if (!m) return null;
  const [, epoch, release, pre, post, dev, local] = m;
  if (epoch || pre || dev || local) {
    throw new Error(`PEP 440 form not supported by the generator: ${version}`);
  }
  const nums = release.split('.').map(Number);
  while (nums.length > 1 && nums[nums.length - 1] === 0) nums.pop();
  const postNum = post === undefined ? -1 : Number(/(\d*)$/.exec(post)[1] || '0');
  return { nums, postNum };
}

function comparePep440(a, b) {
  const n = Math.max(a.nums.length, b.nums.length);
  for (let k = 0; k < n; k++) {
    const d = (a.nums[k] ?? 0) - (b.nums[k] ?? 0);
    if (d !== 0) return d;
  }
  return a.postNum - b.postNum;
}

// ---------------------------------------------------------------------------------------------------
// Conversion of the SDK layout into the compact table.

const isMap = (v) => v instanceof Map;
const isStringList = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');

function stringMap(value, where) {
  if (!isMap(value)) throw new Error(`${where}: expected an object`);
  for (const [k, v] of value) {
    if (typeof v !== 'string') throw new Error(`${where}.${k}: expected a string`);
  }
  return value;
}

class Builder {
  constructor() {
    /** @type {Map<string, number>} serialized registries map -> index */
    this.registryIndex = new Map();
    /** @type {Map<string, string>[]} */
    this.registries = [];
  }

  registry(map, where) {
    stringMap(map, where);
    for (const [region, account] of map) {
      if (!/^\d{12}$/.test(account)) throw new Error(`${where}.${region}: not a 12-digit account`);
    }
    const key = JSON.stringify([...map]);
    let index = this.registryIndex.get(key);
    if (index === undefined) {
      index = this.registries.length;
      this.registries.push(map);
      this.registryIndex.set(key, index);
    }
    return index;
  }

  /** A leaf entry (one image). */
  leaf(raw, where) {
    for (const k of raw.keys()) {
      if (!LEAF_FIELDS.has(k)) throw new Error(`${where}: unknown field ${k}`);
    }
    const repository = raw.get('repository');
    if (typeof repository !== 'string' || repository === '') throw new Error(`${where}: bad repository`);
    const entry = { repository, registry: this.registry(raw.get('registries'), `${where}.registries`) };
    const py = raw.get('py_versions');
    if (py !== undefined) {
      if (!isStringList(py)) throw new Error(`${where}.py_versions: expected a string list`);
      if (py.length > 0) entry.pyVersions = py;
    }
    const processors = raw.get('processors');
    if (processors !== undefined) {
      if (!isStringList(processors)) throw new Error(`${where}.processors: expected a string list`);
      if (processors.length > 0) entry.processors = processors;
    }
    const cv = raw.get('container_version');
    if (cv !== undefined && (!isMap(cv) || cv.size > 0)) {
      entry.containerVersion = stringMap(cv, `${where}.container_version`);
    }
    if (raw.has('tag_prefix')) {
      const tp = raw.get('tag_prefix');
      if (typeof tp !== 'string') throw new Error(`${where}.tag_prefix: expected a string`);
      entry.tagPrefix = tp;
    }
    if (repository.endsWith('-inference-graviton') && !entry.containerVersion) {
      throw new Error(`${where}: a Graviton image needs container_version`);
    }
    if (SDK_PREFIX_REPOSITORIES.has(repository)) {
      const sdk = raw.get('sdk_versions');
      if (!isStringList(sdk) || sdk.length === 0) throw new Error(`${where}: needs sdk_versions`);
      if (!entry.containerVersion) throw new Error(`${where}: needs container_version`);
      // The SDK takes the first item of the list sorted in reverse (plain string order).
      entry.sdkVersion = [...sdk].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))[0];
    }
    return entry;
  }

  /** A leaf, or a Python-keyed entry (no repository; keys are Python versions). */
  entry(raw, where) {
    if (!isMap(raw)) throw new Error(`${where}: expected an object`);
    if (raw.has('repository')) return this.leaf(raw, where);
    if (raw.size === 0) throw new Error(`${where}: empty entry`);
    const byPy = new Map();
    for (const [py, sub] of raw) {
      if (!isMap(sub) || !sub.has('repository')) throw new Error(`${where}.${py}: expected a full entry`);
      byPy.set(py, this.leaf(sub, `${where}.${py}`));
    }
    return { byPy };
  }

  /** A huggingface version: version_aliases plus one entry per base framework. */
  baseFrameworkEntry(raw, where) {
    if (!isMap(raw)) throw new Error(`${where}: expected an object`);
    const bases = new Map();
    let baseAliases = new Map();
    for (const [key, sub] of raw) {
      if (key === 'version_aliases') {
        baseAliases = stringMap(sub, `${where}.version_aliases`);
        continue;
      }
      bases.set(key, this.entry(sub, `${where}.${key}`));
    }
    for (const key of [...bases.keys(), ...baseAliases.keys()]) {
      if (!/^(pytorch|tensorflow)/.test(key)) throw new Error(`${where}: base framework ${key}`);
    }
    for (const [alias, target] of baseAliases) {
      if (!bases.has(target)) throw new Error(`${where}: alias ${alias} -> missing ${target}`);
    }
    return { baseAliases, bases };
  }

  scope(name, raw, where) {
    if (!isMap(raw) || !isMap(raw.get('versions'))) throw new Error(`${where}: expected versions`);
    for (const k of raw.keys()) {
      if (!['versions', 'version_aliases', 'processors'].includes(k)) {
        throw new Error(`${where}: unknown scope field ${k}`);
      }
    }
    const versions = [];
    for (const [v, e] of raw.get('versions')) {
      const w = `${where}.versions.${v}`;
      versions.push([v, BASE_FRAMEWORK_FILES.has(name) ? this.baseFrameworkEntry(e, w) : this.entry(e, w)]);
    }
    const scope = { versions };
    const aliases = raw.get('version_aliases');
    if (aliases !== undefined) {
      scope.aliases = stringMap(aliases, `${where}.version_aliases`);
      for (const [a, t] of scope.aliases) {
        if (!versions.some(([v]) => v === t)) throw new Error(`${where}: alias ${a} -> missing ${t}`);
      }
    }
    const processors = raw.get('processors');
    if (processors !== undefined) {
      if (!isStringList(processors)) throw new Error(`${where}.processors: expected a string list`);
      if (processors.length > 0) scope.processors = processors;
    }
    // Every image with a container suffix must have one for each processor it can be asked for.
    for (const [v, node] of versions) {
      const leaves = [];
      const collect = (e) => {
        if ('byPy' in e) leaves.push(...e.byPy.values());
        else leaves.push(e);
      };
      if ('bases' in node) [...node.bases.values()].forEach(collect);
      else collect(node);
      for (const leaf of leaves) {
        if (!leaf.containerVersion) continue;
        const procs = scope.processors ?? leaf.processors ?? [];
        if (procs.length === 0 || procs.some((p) => !leaf.containerVersion.has(p))) {
          throw new Error(`${where}.versions.${v}: container_version does not cover processors`);
        }
      }
    }
    // Default when no version is given: the target of a `latest` alias, else the larger (PEP 440) of the
    // first and last version keys. Absent when the SDK cannot choose (an invalid PEP 440 key).
    if (versions.length > 1) {
      const latest = scope.aliases?.get('latest');
      if (latest !== undefined) {
        scope.defaultVersion = latest;
      } else {
        const first = versions[0][0];
        const last = versions[versions.length - 1][0];
        const a = pep440Key(first);
        const b = pep440Key(last);
        if (a && b) scope.defaultVersion = comparePep440(b, a) > 0 ? last : first;
      }
    }
    if (NUMERIC_VERSION_FILES.has(name)) {
      for (const v of [...versions.map(([k]) => k), ...(scope.aliases?.keys() ?? [])]) {
        if (!/^\d+(\.\d+)*$/.test(v)) throw new Error(`${where}: version ${v} is not purely numeric`);
      }
    }
    return scope;
  }
}

// ---------------------------------------------------------------------------------------------------
// Emission.

const q = (s) => JSON.stringify(s);

function checkObjectKey(key) {
  // Integer-like keys would be reordered in a JS object literal; __proto__ would set the prototype.
  if (/^(?:0|[1-9]\d*)$/.test(key) || key === '__proto__') {
    throw new Error(`key ${q(key)} cannot be emitted as an object property`);
  }
  return q(key);
}

const emitList = (list) => `[${list.map(q).join(', ')}]`;

function emitStringMap(map) {
  return `{${[...map].map(([k, v]) => `${checkObjectKey(k)}: ${q(v)}`).join(', ')}}`;
}

function emitLeaf(e) {
  const parts = [`repository: ${q(e.repository)}`, `registry: ${e.registry}`];
  if (e.pyVersions) parts.push(`pyVersions: ${emitList(e.pyVersions)}`);
  if (e.processors) parts.push(`processors: ${emitList(e.processors)}`);
  if (e.containerVersion) parts.push(`containerVersion: ${emitStringMap(e.containerVersion)}`);
  if (e.tagPrefix !== undefined) parts.push(`tagPrefix: ${q(e.tagPrefix)}`);
  if (e.sdkVersion !== undefined) parts.push(`sdkVersion: ${q(e.sdkVersion)}`);
  return `{ ${parts.join(', ')} }`;
}

function emitEntry(e) {
  if ('byPy' in e) {
    return `{ byPy: {${[...e.byPy].map(([k, v]) => `${checkObjectKey(k)}: ${emitLeaf(v)}`).join(', ')}} }`;
  }
  return emitLeaf(e);
}

function emitVersion(node, indent) {
  if ('bases' in node) {
    const inner = [...node.bases].map(([k, v]) => `${indent}    ${checkObjectKey(k)}: ${emitEntry(v)},`);
    return [
      '{',
      `${indent}  baseAliases: ${emitStringMap(node.baseAliases)},`,
      `${indent}  bases: {`,
      ...inner,
      `${indent}  },`,
      `${indent}}`,
    ].join('\n');
  }
  return emitEntry(node);
}

function emitScope(scope, indent) {
  const lines = ['{'];
  if (scope.processors) lines.push(`${indent}  processors: ${emitList(scope.processors)},`);
  if (scope.aliases) lines.push(`${indent}  aliases: ${emitStringMap(scope.aliases)},`);
  if (scope.defaultVersion !== undefined)
    lines.push(`${indent}  defaultVersion: ${q(scope.defaultVersion)},`);
  lines.push(`${indent}  versions: [`);
  for (const [v, node] of scope.versions) {
    lines.push(`${indent}    [${q(v)}, ${emitVersion(node, `${indent}    `)}],`);
  }
  lines.push(`${indent}  ],`, `${indent}}`);
  return lines.join('\n');
}

const TYPES = `/** One image: repository, account map (index into REGISTRIES) and the parts of its tag. */
export interface ImageEntry {
  readonly repository: string;
  /** Index into REGISTRIES. */
  readonly registry: number;
  /** Allowed Python versions; absent when the tag has no Python part. */
  readonly pyVersions?: readonly string[];
  /** Allowed processors, used only when the scope lists none. */
  readonly processors?: readonly string[];
  /** Processor -> container suffix of the tag. */
  readonly containerVersion?: Readonly<Record<string, string>>;
  readonly tagPrefix?: string;
  /** Newest neuron SDK version, put in front of the container suffix. */
  readonly sdkVersion?: string;
}

/** A version whose images differ by Python version (keys in source order). */
export interface PyKeyedEntry {
  readonly byPy: Readonly<Record<string, ImageEntry>>;
}

/** A huggingface version: one entry per base framework (pytorchX.Y.Z / tensorflowX.Y.Z), plus aliases. */
export interface BaseFrameworkEntry {
  readonly baseAliases: Readonly<Record<string, string>>;
  readonly bases: Readonly<Record<string, ImageEntry | PyKeyedEntry>>;
}

export type VersionEntry = ImageEntry | PyKeyedEntry | BaseFrameworkEntry;

export interface ScopeTable {
  /** Scope-wide processors; when absent, the entry's own list applies. */
  readonly processors?: readonly string[];
  /** Alias -> version key. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Version used when none is given (absent: the scope has one version, or no default can be chosen). */
  readonly defaultVersion?: string;
  /** Version key -> entry, in source order. */
  readonly versions: readonly (readonly [string, VersionEntry])[];
}

export interface FrameworkTable {
  /** Every scope of the source file, in source order (only some are kept below). */
  readonly scopeNames: readonly string[];
  readonly scopes: Readonly<Record<string, ScopeTable>>;
}

export interface PartitionInfo {
  readonly id: string;
  readonly dnsSuffix: string;
  /** botocore's regionRegex (also valid as a JavaScript RegExp source). */
  readonly regionRegex: string;
  /** Regions listed by the partition that its regex does not match. */
  readonly extraRegions: readonly string[];
}
`;

function header(notice) {
  const noticeLines = notice
    .replace(/\r\n/g, '\n')
    .replace(/\n+$/, '')
    .split('\n')
    .map((l) => (l === '' ? '//' : `//   ${l}`));
  return [
    '// GENERATED FILE - DO NOT EDIT.',
    '// Generated by scripts/gen-image-uris.mjs from scripts/data/sagemaker-image-uris/ (run: npm run generate).',
    '//',
    '// Derived from the SageMaker Python SDK (github.com/aws/sagemaker-python-sdk, image_uri_config/*.json)',
    '// and botocore (github.com/boto/botocore, botocore/data/partitions.json), both licensed under the',
    '// Apache License, Version 2.0 (http://www.apache.org/licenses/LICENSE-2.0). Only the inference scopes',
    '// are kept, and each distinct region->account map is stored once.',
    '//',
    '// NOTICE of the source data (copied verbatim):',
    '//',
    ...noticeLines,
    '',
  ].join('\n');
}

/** Builds the module text. Pure apart from reading the data folder. */
export function generateImageUriModule(dataDir = DEFAULT_DATA_DIR) {
  const read = (rel) => readFileSync(join(dataDir, rel), 'utf8');
  const builder = new Builder();
  const frameworks = [];
  for (const name of FRAMEWORK_FILES) {
    const rel = `image_uri_config/${name}.json`;
    const root = parseOrderedJson(read(rel), rel);
    if (!isMap(root) || root.size === 0) throw new Error(`${rel}: expected scopes`);
    if (root.has('scope')) throw new Error(`${rel}: flat "scope" layout is not supported`);
    const scopeNames = [...root.keys()];
    const kept = scopeNames.length === 1 ? scopeNames : scopeNames.filter((s) => KEPT_SCOPES.includes(s));
    const scopes = kept.map((s) => [s, builder.scope(name, root.get(s), `${rel}:${s}`)]);
    frameworks.push({ name, scopeNames, scopes });
  }

  const partitionsRoot = parseOrderedJson(read('botocore-data/partitions.json'), 'partitions.json');
  const partitions = partitionsRoot.get('partitions').map((p) => {
    const id = p.get('id');
    const dnsSuffix = p.get('outputs').get('dnsSuffix');
    const regionRegex = p.get('regionRegex');
    if (![id, dnsSuffix, regionRegex].every((s) => typeof s === 'string')) {
      throw new Error(`partitions.json: incomplete partition ${id}`);
    }
    const re = new RegExp(regionRegex);
    const extraRegions = [...p.get('regions').keys()].filter((r) => !re.test(r));
    return { id, dnsSuffix, regionRegex, extraRegions };
  });

  const out = [header(read('NOTICE')), TYPES];
  out.push(
    '/** Distinct region -> account maps (keys in source order, which the region error message shows). */',
    'export const REGISTRIES: readonly Readonly<Record<string, string>>[] = [',
    ...builder.registries.map((m) => `  ${emitStringMap(m)},`),
    '];',
    '',
    '/** Framework file name (without .json) -> kept scopes. */',
    'export const FRAMEWORKS: Readonly<Record<string, FrameworkTable>> = {',
  );
  for (const fw of frameworks) {
    out.push(
      `  ${checkObjectKey(fw.name)}: {`,
      `    scopeNames: ${emitList(fw.scopeNames)},`,
      '    scopes: {',
    );
    for (const [s, scope] of fw.scopes)
      out.push(`      ${checkObjectKey(s)}: ${emitScope(scope, '      ')},`);
    out.push('    },', '  },');
  }
  out.push(
    '};',
    '',
    '/** botocore partitions: a region belongs to the partition that lists it or whose regex matches it. */',
    'export const PARTITIONS: readonly PartitionInfo[] = [',
    ...partitions.map(
      (p) =>
        `  { id: ${q(p.id)}, dnsSuffix: ${q(p.dnsSuffix)}, regionRegex: ${q(p.regionRegex)}, extraRegions: ${emitList(p.extraRegions)} },`,
    ),
    '];',
    '',
  );
  return out.join('\n');
}

function main(argv) {
  let outFile = DEFAULT_OUT_FILE;
  let dataDir = DEFAULT_DATA_DIR;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if ((arg === '--out' || arg === '--data') && argv[k + 1] !== undefined) {
      if (arg === '--out') outFile = resolve(argv[++k]);
      else dataDir = resolve(argv[++k]);
    } else {
      throw new Error(`usage: node scripts/gen-image-uris.mjs [--out <file>] [--data <dir>] (got ${arg})`);
    }
  }
  const text = generateImageUriModule(dataDir);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
