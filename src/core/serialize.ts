import { stringify as toYaml } from 'yaml';

export type OutputFormat = 'json' | 'yaml';

/**
 * JSON: two-space indent and a trailing newline — the layout of the reference's `json.dumps(indent=2)`
 * output, so documents diff cleanly against it. YAML: block style, keys in document order.
 */
export function serializeDocument(doc: unknown, format: OutputFormat = 'json'): string {
  if (format === 'yaml') return toYaml(doc, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${JSON.stringify(doc, null, 2)}\n`;
}
