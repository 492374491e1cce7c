/**
 * "Did you mean" for every name the tools suggest — DAG steps against a deployed pipeline, config classes, CLI
 * options and commands: the candidates nearest a name by case-insensitive Damerau-Levenshtein distance
 * (the damerau-levenshtein package: a swapped pair of letters, `Pakcage`, is one edit), within a distance the
 * caller allows.
 */
import damerauLevenshtein from 'damerau-levenshtein';

/** Damerau-Levenshtein distance of `a` and `b`, ignoring case (far-apart names may come out as their length). */
export function editDistance(a: string, b: string): number {
  return damerauLevenshtein(a.toLowerCase(), b.toLowerCase()).steps;
}

export interface ClosestOptions {
  /** How many to return at most (default 3). */
  limit?: number;
  /** The largest distance at which `candidate` still counts as what `name` meant. */
  within: (name: string, candidate: string) => number;
}

/**
 * Up to `limit` candidates nearest `name`, nearest first and ties by name; `name` itself is not a suggestion.
 * Names longer than 200 characters get none (they are not typos, and distance is quadratic in length).
 */
export function closest(name: string, candidates: Iterable<string>, options: ClosestOptions): string[] {
  if (name.length > 200) return [];
  const scored: { candidate: string; d: number }[] = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === name || candidate.length > 200) continue;
    const d = editDistance(name, candidate);
    if (d <= options.within(name, candidate)) scored.push({ candidate, d });
  }
  scored.sort((a, b) => a.d - b.d || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  return scored.slice(0, options.limit ?? 3).map((s) => s.candidate);
}

/**
 * Up to `limit` candidates closest to `name`, nearest first (ties by name), by case-insensitive Damerau-Levenshtein
 * distance. A candidate qualifies when its distance is at most a third of the longer name's length (at least 1) —
 * so `Registration-NA` finds `Registration-EU` (2 edits of 15) while `XGBoostTraining` finds nothing among
 * `CradleDataLoading-*` and `AB` does not "find" `XY`. An exact match is not a suggestion.
 */
export function closestNames(name: string, candidates: readonly string[], limit = 3): string[] {
  return closest(name, candidates, {
    limit,
    within: (a, b) => Math.max(1, Math.floor(Math.max(a.length, b.length) / 3)),
  });
}
