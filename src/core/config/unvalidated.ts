/**
 * When pydantic rejects a config, cursus reads it unvalidated (model.ts): values as saved, no conversion, no
 * normalisation. Strict mode builds the payload both ways and reports where the reference's document would differ
 * from what the config means (`--lenient` keeps the reference's and warns).
 */
import { isDict } from './lax.js';
import { clippedJson } from '../serialize.js';
import { sameJson } from '../json.js';
import { filePointer, type ConfigEntry, type ProblemDraft } from './load.js';

/** The first place two payloads differ: a dotted path and both values (undefined = absent). */
export function firstDifference(
  a: unknown,
  b: unknown,
  path = '',
): { path: string; a: unknown; b: unknown } | undefined {
  if (sameJson(a, b)) return undefined;
  if (isDict(a) && isDict(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], path === '' ? k : `${path}.${k}`);
      if (d) return d;
    }
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  return { path: path === '' ? 'STEP_CONFIG' : path, a, b };
}

const shown = (v: unknown): string => (v === undefined ? '(absent)' : clippedJson(v, 80));

/**
 * The problem for a step whose payload, built from what cursus reads, differs from the payload of the validated
 * config (`reference` undefined: cursus fails to build it). Strict-only: with --lenient it is a warning and the
 * reference's payload is written.
 */
export function unvalidatedProblem(
  entries: readonly ConfigEntry[],
  reference: unknown,
  validated: unknown,
  step: string,
  configFile: string,
  buildFailure?: string,
): ProblemDraft | undefined {
  const blamed = entries.map((e) => [e, e.referenceIssues] as const).find(([, issues]) => issues.length > 0);
  if (!blamed) return undefined;
  const [entry, issues] = blamed;
  const issue = issues[0]!;
  const why = `cursus cannot validate config "${entry.key}" (${entry.className}) — ${issue.path.join('.') || 'config'}: ${issue.message} — so it reads the config as saved, unconverted`;
  let effect: string;
  if (buildFailure !== undefined)
    effect = `, and then cannot build this step (${buildFailure}); it leaves the step as in the template`;
  else {
    const d = firstDifference(reference, validated);
    if (!d) return undefined;
    effect = `, and writes ${d.path} = ${shown(d.a)} where the validated config gives ${shown(d.b)}`;
  }
  return {
    severity: 'error',
    strictOnly: true,
    code: 'config/unvalidated',
    message: `${why}${effect}; fix the config so cursus validates it (--lenient writes what cursus writes)`,
    file: configFile,
    jsonPath: filePointer(entry, issue.path),
    step,
  };
}
