/**
 * A parsed YAML document as JSON data, with the same guarantees as the JSON parser: numbers kept exactly
 * (ExactNumber where a JS number would print differently), keys as plain own data, bounded nesting, and aliases
 * expanded as copies within a budget (an "alias bomb" is refused at its alias instead of eating memory). Anything
 * that is not JSON data (`.inf`, `.nan`, `!!binary`, a mapping as a key) is an error at its position.
 */
import type { Document, Node, Scalar } from 'yaml';
import { yamlModule } from './yaml-support.js';
import { ExactNumber, numberFromLiteral, numberText, pyInt } from './number.js';
import type { RoundedNumber } from './json-parse.js';
import { MAX_NESTING_DEPTH } from './json-parse.js';
import { setOwn } from './json.js';

/** Values copied through aliases, at most: far above any real use of anchors, far below exhausting memory. */
export const MAX_ALIAS_EXPANSION = 1_000_000;

export class YamlValueError extends Error {
  override readonly name = 'YamlValueError';
  constructor(
    message: string,
    readonly offset: number,
    readonly code: string,
  ) {
    super(message);
  }
}

const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^([-+]?)(\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE]([-+]?[0-9]+))?$/;
const FLOAT_TAG = 'tag:yaml.org,2002:float';

/** The JSON literal of a YAML core-schema number (`+1` → `1`, `.5` → `0.5`, `1.` → `1.0`); undefined for others. */
function jsonLiteral(source: string, isFloatTag: boolean): string | bigint | undefined {
  if (OCT.test(source) || HEX.test(source)) return BigInt(source);
  if (INT.test(source) && !isFloatTag) return BigInt(source);
  const m = FLOAT.exec(source) ?? (INT.test(source) ? FLOAT.exec(`${source}.0`) : null);
  if (!m) return undefined;
  const [, sign = '', body = '', exp] = m;
  let mantissa = body.startsWith('.') ? `0${body}` : body;
  if (mantissa.endsWith('.')) mantissa += '0';
  if (!mantissa.includes('.') && (isFloatTag || exp === undefined)) mantissa += '.0';
  const digits = mantissa.replace(/^0+(?=\d)/, '');
  return `${sign === '-' ? '-' : ''}${digits}${exp === undefined ? '' : `e${exp}`}`;
}

class Converter {
  private readonly anchors = new Map<string, Node>();
  private readonly open = new Set<Node>();
  /** Values produced inside alias expansions so far, and the outermost alias being expanded. */
  private expanded = 0;
  private alias: Node | undefined;
  /** Float literals no double holds, in document order. */
  readonly rounded: RoundedNumber[] = [];

  constructor(
    private readonly maxDepth: number,
    private readonly maxExpansion: number,
  ) {}

  private fail(node: Node | null | undefined, message: string, code: string): never {
    throw new YamlValueError(message, node?.range?.[0] ?? 0, code);
  }

  convert(node: Node | null | undefined, depth: number): unknown {
    const Y = yamlModule();
    if (node === null || node === undefined) return null;
    if (this.alias !== undefined && ++this.expanded > this.maxExpansion) {
      this.fail(
        this.alias,
        `YAML aliases expand to more than ${this.maxExpansion} values (a "billion laughs" document?); ` +
          `write the data out or use fewer nested aliases`,
        'input/yaml-alias',
      );
    }
    if (Y.isAlias(node)) return this.expandAlias(node, depth);
    if (this.alias === undefined && node.anchor !== undefined && node.anchor !== null)
      this.anchors.set(node.anchor, node);
    if (Y.isScalar(node)) return this.scalar(node);
    if (depth >= this.maxDepth) {
      this.fail(
        node,
        `nesting is deeper than ${this.maxDepth} levels: split or flatten this data`,
        'input/too-deep',
      );
    }
    this.open.add(node);
    try {
      if (Y.isMap(node)) {
        const out: Record<string, unknown> = {};
        for (const pair of node.items) {
          const keyNode = pair.key as Node | null;
          const key = this.key(keyNode, pair.value as Node | null);
          if (Object.prototype.hasOwnProperty.call(out, key)) {
            this.fail(
              keyNode,
              `duplicate key "${key}" (the same key as an earlier one, as JSON)`,
              'input/syntax',
            );
          }
          setOwn(out, key, this.convert(pair.value as Node | null, depth + 1));
        }
        return out;
      }
      if (Y.isSeq(node)) return node.items.map((item) => this.convert(item as Node | null, depth + 1));
    } finally {
      this.open.delete(node);
    }
    return this.fail(node, 'this YAML node is not JSON data', 'input/yaml-type');
  }

  private expandAlias(node: Node & { source: string }, depth: number): unknown {
    const target = this.anchors.get(node.source);
    if (!target)
      this.fail(node, `YAML alias *${node.source} names no anchor defined before it`, 'input/syntax');
    if (this.open.has(target))
      this.fail(node, `YAML alias *${node.source} is inside the node it names (a cycle)`, 'input/yaml-alias');
    const outer = this.alias === undefined;
    if (outer) this.alias = node;
    try {
      return this.convert(target, depth);
    } finally {
      if (outer) this.alias = undefined;
    }
  }

  private key(keyNode: Node | null, valueNode: Node | null): string {
    const Y = yamlModule();
    if (keyNode === null) return '';
    if (!Y.isScalar(keyNode)) {
      this.fail(
        keyNode ?? valueNode,
        'a mapping key must be a plain value (a string), not a list or mapping',
        'input/yaml-type',
      );
    }
    const v = this.scalar(keyNode);
    if (typeof v === 'string') return v;
    if (v === null) return 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    return numberText(v as number | ExactNumber);
  }

  private scalar(node: Scalar): unknown {
    const v: unknown = node.value;
    if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
    if (typeof v === 'number' || typeof v === 'bigint') {
      const source = typeof node.source === 'string' ? node.source.trim() : String(v);
      const literal = jsonLiteral(source, node.tag === FLOAT_TAG);
      if (literal === undefined) {
        this.fail(
          node,
          Number.isNaN(Number(v))
            ? `${source} (not a number) has no JSON form; quote it if it is meant as text`
            : `${source} has no JSON number form (only finite numbers are JSON); quote it if it is meant as text`,
          'input/number',
        );
      }
      if (typeof literal === 'bigint') return pyInt(literal);
      const n = numberFromLiteral(literal, (shown) =>
        this.rounded.push({ literal: source, shown, at: node.range?.[0] ?? 0 }),
      );
      if (n === undefined)
        this.fail(
          node,
          `the number ${source} is out of range: no finite double has that value`,
          'input/number',
        );
      return n;
    }
    const what = v instanceof Uint8Array ? 'binary data' : v instanceof Date ? 'a timestamp' : typeof v;
    return this.fail(node, `${what} (${node.tag ?? 'tagged'}) is not JSON data`, 'input/yaml-type');
  }
}

/**
 * The document's contents as JSON data, and the float literals Python would round. Throws a YamlValueError with the
 * offset of the offending node.
 */
export function yamlToJson(
  doc: Document.Parsed,
  maxDepth = MAX_NESTING_DEPTH,
  maxExpansion = MAX_ALIAS_EXPANSION,
): { value: unknown; rounded: RoundedNumber[] } {
  const converter = new Converter(maxDepth, maxExpansion);
  const value = converter.convert(doc.contents, 0);
  return { value, rounded: converter.rounded };
}
