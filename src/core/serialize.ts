import { yamlModule } from './yaml-support.js';

export type OutputFormat = 'json' | 'yaml';

const NON_ASCII = /[\u007f-\uffff]/g;

/**
 * JSON: the layout of the reference's `json.dumps(doc, indent=2)` — two-space indent, `": "`, every
 * character outside printable ASCII written as a `\uXXXX` escape (Python's `ensure_ascii`) — plus a
 * trailing newline, so documents compare byte for byte with the reference's. YAML: block style, keys
 * in document order (call `loadYaml()` first).
 */
export function serializeDocument(doc: unknown, format: OutputFormat = 'json'): string {
  if (format === 'yaml') return yamlModule().stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
  const json = JSON.stringify(doc, null, 2).replace(
    NON_ASCII,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n`;
}
