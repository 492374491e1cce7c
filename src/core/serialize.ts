import { yamlModule } from './yaml-support.js';

export type OutputFormat = 'json' | 'yaml';

/**
 * JSON: two-space indent and a trailing newline — the layout of the reference's `json.dumps(indent=2)`
 * output, so documents diff cleanly against it. YAML: block style, keys in document order (call
 * `loadYaml()` first).
 */
export function serializeDocument(doc: unknown, format: OutputFormat = 'json'): string {
  if (format === 'yaml') return yamlModule().stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false });
  return `${JSON.stringify(doc, null, 2)}\n`;
}
