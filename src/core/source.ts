import type { LineCounter, Node } from 'yaml';
import { yamlModule } from './yaml-support.js';
import {
  findJsonSyntaxError,
  locateJsonPointer,
  positionAt,
  decodePointer,
  type TextPosition,
} from './json-scan.js';
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

function problemAt(name: string, text: string, offset: number, message: string, code: string): Problem {
  const { line, column } = positionAt(text, offset);
  return { severity: 'error', code, message, file: name, line, column };
}

class JsonSource implements ParsedSource {
  readonly format = 'json' as const;
  constructor(
    readonly name: string,
    readonly text: string,
    readonly value: unknown,
  ) {}
  locate(pointer: string): TextPosition {
    return positionAt(this.text, locateJsonPointer(this.text, pointer));
  }
}

class YamlSource implements ParsedSource {
  readonly format = 'yaml' as const;
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
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
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

/**
 * Parses a JSON or YAML file. Problems (BOM, empty file, syntax errors) carry file, line and column;
 * on any problem no source is returned.
 */
export function parseSource(input: SourceText): { source?: ParsedSource; problems: Problem[] } {
  const { name, text } = input;
  const format = input.format ?? inferFormat(name);
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      problems: [
        problemAt(
          name,
          text,
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
        problemAt(name, text, 0, `file is empty: expected a ${format.toUpperCase()} document`, 'input/empty'),
      ],
    };
  }
  if (format === 'json') {
    try {
      return { source: new JsonSource(name, text, JSON.parse(text)), problems: [] };
    } catch {
      const err = findJsonSyntaxError(text);
      const offset = err?.offset ?? text.length;
      const message = `invalid JSON: ${err?.message ?? 'could not parse'}`;
      return { problems: [problemAt(name, text, offset, message, 'input/syntax')] };
    }
  }
  const { LineCounter, parseDocument } = yamlModule();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return {
          severity: 'error' as const,
          code: 'input/syntax',
          message: `invalid YAML: ${e.message.split('\n')[0] ?? e.message}`,
          file: name,
          line,
          column: col,
        };
      }),
    };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  return { source: new YamlSource(name, text, value, doc.contents, lines), problems: [] };
}

/** Adds line/column to a problem that names a JSON pointer in `source`. */
export function locateProblem(source: ParsedSource, p: Problem): Problem {
  if (p.line !== undefined || p.jsonPath === undefined) return p;
  const { line, column } = source.locate(p.jsonPath);
  return { ...p, line, column };
}
