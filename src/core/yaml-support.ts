import type * as YamlModule from 'yaml';

/**
 * The `yaml` package costs more start-up time than the rest of the CLI together, and most runs read
 * only JSON. It is therefore loaded on demand: adapters call `loadYaml()` before they hand YAML to
 * the core (the bundler puts it in a lazy chunk).
 */
let impl: typeof YamlModule | undefined;

export async function loadYaml(): Promise<void> {
  impl ??= await import('yaml');
}

export function yamlLoaded(): boolean {
  return impl !== undefined;
}

export function yamlModule(): typeof YamlModule {
  if (!impl) throw new Error('YAML support is not loaded: call loadYaml() before parsing or writing YAML');
  return impl;
}

/** True when any of these file names or formats means YAML will be read or written. */
export function needsYaml(...namesOrFormats: (string | undefined)[]): boolean {
  return namesOrFormats.some((n) => n !== undefined && (n === 'yaml' || /\.ya?ml$/i.test(n)));
}
