import type { LineCounter, Node, Pair } from 'yaml';
import { yamlModule } from './yaml-support.js';
import {
  LineIndex,
  PointerIndex,
  decodePointer,
  JsonSyntaxError,
  type Children,
  type TextPosition,
} from './json-scan.js';
import { parseJson, type DuplicateKey, type RoundedNumber } from './json-parse.js';
import { roundingReason } from './number.js';
import { yamlToJson, YamlValueError } from './yaml-value.js';
import type { Problem } from './report/problem.js';

export type SourceFormat = 'json' | 'yaml';

/** A file's name (as the user should see it) and its text. The core never reads files itself. */
export interface SourceText {
  name: string;
  text: string;
  /** Inferred from the name's extension when absent (`.yaml`/`.yml` → yaml, otherwise json). */
  format?: SourceFormat;
}

/** A parsed input file that can say where a JSON pointer lies in its text. */
export interface ParsedSource {
  readonly name: string;
  readonly text: string;
  readonly format: SourceFormat;
  readonly value: unknown;
  locate(pointer: string): TextPosition;
}

export function inferFormat(name: string): SourceFormat {
  return /\.ya?ml$/i.test(name) ? 'yaml' : 'json';
}

function problemAt(name: string, lines: LineIndex, offset: number, message: string, code: string): Problem {
  const { line, column } = lines.position(offset);
  return { severity: 'error', code, message, file: name, line, column };
}

/** Duplicate-key warnings shown per file, at most; the rest are counted in one more warning. */
const MAX_DUPLICATE_WARNINGS = 100;

function duplicateWarnings(name: string, lines: LineIndex, duplicates: readonly DuplicateKey[]): Problem[] {
  const out: Problem[] = duplicates.slice(0, MAX_DUPLICATE_WARNINGS).map((d) => {
    const first = lines.position(d.first);
    return {
      ...problemAt(
        name,
        lines,
        d.second,
        `duplicate key ${JSON.stringify(d.key)}: first at line ${first.line}, column ${first.column}; the later value is used`,
        'input/duplicate-key',
      ),
      severity: 'warning',
    };
  });
  const more = duplicates.length - MAX_DUPLICATE_WARNINGS;
  if (more > 0) {
    out.push({
      ...problemAt(
        name,
        lines,
        duplicates[MAX_DUPLICATE_WARNINGS]!.second,
        `${more} more duplicate key(s)`,
        'input/duplicate-key',
      ),
      severity: 'warning',
    });
  }
  return out;
}

/** One warning per rounded float literal, at most MAX_DUPLICATE_WARNINGS; the rest counted in one more. */
function roundedWarnings(
  rounded: readonly RoundedNumber[],
  at: (offset: number, message: string) => Problem,
): Problem[] {
  const out = rounded
    .slice(0, MAX_DUPLICATE_WARNINGS)
    .map((r) => at(r.at, roundingReason(r.literal, r.shown)));
  const more = rounded.length - MAX_DUPLICATE_WARNINGS;
  if (more > 0)
    out.push(at(rounded[MAX_DUPLICATE_WARNINGS]!.at, `${more} more number(s) read as the nearest float`));
  return out.map((p) => ({ ...p, severity: 'warning' }));
}

class JsonSource implements ParsedSource {
  readonly format = 'json' as const;
  private pointers?: PointerIndex;
  constructor(
    readonly name: string,
    readonly text: string,
    readonly value: unknown,
    private readonly lines: LineIndex,
    private readonly shallow?: Map<number, Children>,
  ) {}
  locate(pointer: string): TextPosition {
    this.pointers ??= new PointerIndex(this.text, this.shallow);
    return this.lines.position(this.pointers.offset(pointer));
  }
}

/** The key of a YAML pair as the converted data has it (a string). */
function yamlKey(key: unknown): string {
  const { isScalar } = yamlModule();
  if (!isScalar(key)) return String(key);
  if (typeof key.value === 'string') return key.value;
  return typeof key.source === 'string' ? key.source : String(key.value);
}

class YamlSource implements ParsedSource {
  readonly format = 'yaml' as const;
  /** Pairs of each mapping by key, built when a pointer first goes through it (many pointers, one pass). */
  private readonly pairs = new WeakMap<object, Map<string, Pair>>();
  constructor(
    readonly name: string,
    readonly text: string,
    readonly value: unknown,
    private readonly root: Node | null,
    private readonly lines: LineCounter,
  ) {}
  locate(pointer: string): TextPosition {
    const { isMap, isSeq, isScalar, isCollection } = yamlModule();
    let node: Node | null = this.root;
    let offset = node?.range?.[0] ?? 0;
    for (const seg of decodePointer(pointer)) {
      let next: Node | null = null;
      if (isMap(node)) {
        let byKey = this.pairs.get(node);
        if (!byKey) {
          byKey = new Map();
          for (const p of node.items) if (!byKey.has(yamlKey(p.key))) byKey.set(yamlKey(p.key), p);
          this.pairs.set(node, byKey);
        }
        const pair = byKey.get(seg);
        next = (pair?.value as Node | null | undefined) ?? null;
        if (!next && pair && isScalar(pair.key)) offset = pair.key.range?.[0] ?? offset;
      } else if (isSeq(node) && /^\d+$/.test(seg)) {
        next = (node.items[Number(seg)] as Node | undefined) ?? null;
      }
      if (!next) break;
      node = next;
      offset = node.range?.[0] ?? offset;
      if (!isCollection(node) && !isScalar(node)) break;
    }
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

/** The message of a stack overflow inside the YAML library, which reports it as a parse error. */
const STACK_OVERFLOW = /call stack/i;

function parseJsonSource(
  name: string,
  text: string,
  lines: LineIndex,
): { source?: ParsedSource; problems: Problem[] } {
  try {
    const { value, duplicates, rounded, shallow } = parseJson(text);
    return {
      source: new JsonSource(name, text, value, lines, shallow),
      problems: [
        ...duplicateWarnings(name, lines, duplicates),
        ...roundedWarnings(rounded, (offset, message) =>
          problemAt(name, lines, offset, message, 'input/number-rounded'),
        ),
      ],
    };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const message = e.code === 'input/syntax' ? `invalid JSON: ${e.message}` : e.message;
    return { problems: [problemAt(name, lines, e.offset, message, e.code)] };
  }
}

function parseYamlSource(name: string, text: string): { source?: ParsedSource; problems: Problem[] } {
  const { LineCounter, parseDocument } = yamlModule();
  const lines = new LineCounter();
  const at = (offset: number, message: string, code: string): Problem => {
    const { line, col } = lines.linePos(offset);
    return { severity: 'error', code, message, file: name, line, column: col };
  };
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) =>
        STACK_OVERFLOW.test(e.message)
          ? at(
              e.pos[0],
              'nesting is too deep for a YAML document: split or flatten this data',
              'input/too-deep',
            )
          : e.code === 'MULTIPLE_DOCS'
            ? at(
                e.pos[0],
                'the file holds more than one YAML document (a "---" line starts another); expected one',
                'input/syntax',
              )
            : at(e.pos[0], `invalid YAML: ${e.message.split('\n')[0] ?? e.message}`, 'input/syntax'),
      ),
    };
  }
  try {
    const { value, rounded } = yamlToJson(doc);
    return {
      source: new YamlSource(name, text, value, doc.contents, lines),
      problems: roundedWarnings(rounded, (offset, message) => at(offset, message, 'input/number-rounded')),
    };
  } catch (e) {
    if (!(e instanceof YamlValueError)) throw e;
    return { problems: [at(e.offset, e.message, e.code)] };
  }
}

/**
 * Parses a JSON or YAML file. Problems (BOM, empty file, syntax errors, numbers with no JSON form, nesting too deep,
 * alias bombs) carry file, line and column; on any error no source is returned. Duplicate JSON keys are warnings
 * naming both positions (YAML refuses them).
 */
export function parseSource(input: SourceText): { source?: ParsedSource; problems: Problem[] } {
  const { name, text } = input;
  const format = input.format ?? inferFormat(name);
  const lines = new LineIndex(text);
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      problems: [
        problemAt(
          name,
          lines,
          0,
          'file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM',
          'input/bom',
        ),
      ],
    };
  }
  if (text.trim() === '') {
    return {
      problems: [
        problemAt(
          name,
          lines,
          0,
          `file is empty: expected a ${format.toUpperCase()} document`,
          'input/empty',
        ),
      ],
    };
  }
  return format === 'json' ? parseJsonSource(name, text, lines) : parseYamlSource(name, text);
}

/** Adds line/column to a problem that names a JSON pointer in `source`. */
export function locateProblem(source: ParsedSource, p: Problem): Problem {
  if (p.line !== undefined || p.jsonPath === undefined) return p;
  const { line, column } = source.locate(p.jsonPath);
  return { ...p, line, column };
}
