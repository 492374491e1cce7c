import { keyOrderTracked, keysOf } from './json.js';
import { ExactNumber, withPlaceholders } from './number.js';
import { yamlModule } from './yaml-support.js';

export type OutputFormat = 'json' | 'yaml';

const NON_ASCII = /[\u007f-\uffff]/g;

/** Writes the JSON text of `v` at indent level `depth` (two spaces each), as `json.dumps(v, indent=2)` writes it. */
function write(v: unknown, depth: number, out: string[]): void {
  if (v instanceof ExactNumber) {
    out.push(v.text);
    return;
  }
  if (typeof v === 'string') {
    out.push(JSON.stringify(v));
    return;
  }
  if (v === null || typeof v !== 'object') {
    // Numbers, booleans; JSON.stringify's own rules (a non-finite number is null).
    out.push(JSON.stringify(v) ?? 'null');
    return;
  }
  const inner = `\n${'  '.repeat(depth + 1)}`;
  if (Array.isArray(v)) {
    if (v.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[');
    v.forEach((item: unknown, i) => {
      out.push(i === 0 ? inner : `,${inner}`);
      write(item === undefined || typeof item === 'function' ? null : item, depth + 1, out);
    });
    out.push(`\n${'  '.repeat(depth)}]`);
    return;
  }
  const entries = keysOf(v)
    .map((k): [string, unknown] => [k, (v as Record<string, unknown>)[k]])
    .filter(([, x]) => x !== undefined && typeof x !== 'function');
  if (entries.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{');
  entries.forEach(([k, x], i) => {
    out.push(i === 0 ? inner : `,${inner}`, JSON.stringify(k), ': ');
    write(x, depth + 1, out);
  });
  out.push(`\n${'  '.repeat(depth)}}`);
}

/**
 * JSON text with two-space indent (not yet ASCII-escaped). JSON.stringify does the work: it is several times faster
 * than any writer in JS. Exact numbers travel through it as placeholder strings (`"\u0000<i>"`, see
 * withPlaceholders), swapped for their text after. A string of the document could only look like a placeholder by
 * holding a NUL: then there are more placeholder-like strings than exact numbers, or they are out of order, and the
 * slower writer runs instead.
 */
function indentedJson(doc: unknown): string {
  // JSON.stringify lists array-index keys first; Python keeps insertion order (json.ts keysOf).
  if (keyOrderTracked()) {
    const parts: string[] = [];
    write(doc, 0, parts);
    return parts.join('');
  }
  const { json, texts } = withPlaceholders(() => JSON.stringify(doc, null, 2));
  if (texts.length === 0) return json;
  let next = 0;
  let faked = false;
  const out = json.replace(/"\\u0000(\d+)"/g, (m, i: string) => {
    if (Number(i) !== next) faked = true;
    next++;
    return texts[Number(i)] ?? m;
  });
  if (!faked && next === texts.length) return out;
  const parts: string[] = [];
  write(doc, 0, parts);
  return parts.join('');
}

/** Compact JSON text with exact numbers (`1.0` stays `1.0`): for one-line displays of values. */
export function compactJson(v: unknown): string {
  if (v instanceof ExactNumber) return v.text;
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v))
    return `[${v.map((x: unknown) => compactJson(x === undefined ? null : x)).join(',')}]`;
  const parts = keysOf(v)
    .map((k): [string, unknown] => [k, (v as Record<string, unknown>)[k]])
    .filter(([, x]) => x !== undefined && typeof x !== 'function')
    .map(([k, x]) => `${JSON.stringify(k)}:${compactJson(x)}`);
  return `{${parts.join(',')}}`;
}

/**
 * {@link compactJson} of `v`, shortened to about `max` characters for a message: a string is cut inside its quotes
 * (`"s3://bucket/AAAA…"`), other values get a closing quote where the cut lands inside a string, so the quotes of
 * a message stay paired (the report shows quoted parts as code).
 */
export function clippedJson(v: unknown, max: number): string {
  const text = compactJson(v);
  if (text.length <= max) return text;
  if (typeof v === 'string')
    return JSON.stringify(
      `${Array.from(v)
        .slice(0, Math.max(1, max - 3))
        .join('')}…`,
    );
  let cut = text.slice(0, Math.max(1, max - 2));
  const trailingBackslashes = /\\*$/.exec(cut)?.[0].length ?? 0;
  if (trailingBackslashes % 2 === 1) cut = cut.slice(0, -1);
  const quotes = cut.match(/(?<!\\)(?:\\\\)*"/g)?.length ?? 0;
  return `${cut}${quotes % 2 === 1 ? '"' : ''}…`;
}

/**
 * JSON: the layout of the reference's `json.dumps(doc, indent=2)` — two-space indent, `": "`, every
 * character outside printable ASCII written as a `\uXXXX` escape (Python's `ensure_ascii`), numbers as Python
 * prints them (ExactNumber, see number.ts) — plus a trailing newline, so documents compare byte for byte with the
 * reference's. YAML: see yamlDocument.
 */
export function serializeDocument(doc: unknown, format: OutputFormat = 'json'): string {
  if (format === 'yaml') return yamlDocument(doc);
  return `${indentedJson(doc).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/**
 * Characters a YAML 1.1 reader (PyYAML) takes for line breaks (NEL, LS, PS), refuses as non-printable (DEL, the C1
 * controls, BOM, U+FFFE/F) or refuses in a plain scalar (a tab), which the YAML library would write as they are.
 */
const YAML_UNSAFE = /[\t\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/u;

/**
 * Plain scalars the YAML 1.2 core schema reads as null, a boolean or a number (`0o17`, `.5`, `1e3`...). The writer
 * works with YAML 1.1's rules, which cover most of these but not all (YAML 1.1 has no `0o` octal).
 */
const YAML12_NOT_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** A YAML double-quoted scalar of `text`, every character outside printable ASCII escaped (valid YAML 1.1 and 1.2). */
function yamlDoubleQuoted(text: string): string {
  let out = '"';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (c > 0xffff) out += `\\U${c.toString(16).padStart(8, '0')}`;
    else out += `\\u${c.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

/**
 * A number's YAML text that YAML 1.1 and 1.2 readers both read as the number it is: Python's text, with a `.0` in an
 * exponent form's mantissa (`1e-07` → `1.0e-07`), without which PyYAML reads a string (its floats need a dot).
 */
function yamlNumberText(text: string): string {
  return /^-?\d+[eE]/.test(text) ? text.replace(/[eE]/, '.0e') : text;
}

/**
 * YAML: block style, keys in document order (call `loadYaml()` first), written so that YAML 1.2 readers and YAML 1.1
 * readers such as PyYAML, the common one next to SageMaker, read the same document: strings that YAML 1.1 would
 * read as something else (`yes`, `on`, `1_000`, `12:30`, `2025-01-01`, `0b101`, `=`, `<<`) are quoted, and so are
 * strings with characters either version treats specially; exact numbers keep Python's text.
 */
function yamlDocument(doc: unknown): string {
  const yaml = yamlModule();
  // Exact numbers, and the floats JS prints in exponent form (`1e-10`, `1e+21`), which need their dot for PyYAML.
  const pythonNumber = {
    identify: (v: unknown) =>
      v instanceof ExactNumber || (typeof v === 'number' && /e/.test(JSON.stringify(v))),
    tag: 'tag:yaml.org,2002:float',
    default: true,
    // Never matches: present so that this tag is preferred over the built-in number tags (which have one).
    test: /(?!)/,
    resolve: (s: string) => s,
    stringify: (item: { value?: unknown }) =>
      yamlNumberText(item.value instanceof ExactNumber ? item.value.text : JSON.stringify(item.value)),
  };
  const quotedString = {
    identify: (v: unknown) =>
      typeof v === 'string' && (YAML_UNSAFE.test(v) || v === '=' || v === '<<' || YAML12_NOT_STRING.test(v)),
    tag: 'tag:yaml.org,2002:str',
    default: true,
    // Never matches: only present so that this tag is preferred over YAML 1.1's merge tag (`<<`) when writing.
    test: /(?!)/,
    resolve: (s: string) => s,
    stringify: (item: { value?: unknown }) => yamlDoubleQuoted(item.value as string),
  };
  return new yaml.Document(doc, {
    version: '1.1',
    customTags: (tags) => [quotedString, pythonNumber, ...tags],
    aliasDuplicateObjects: false,
  }).toString({ lineWidth: 0 });
}
