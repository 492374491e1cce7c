/**
 * Problems as a reviewer should read them: every error once, and the errors that only follow from another one (a
 * knock-on) under their cause. Pure.
 *
 * One mistake in a config often yields several problems:
 * - the same position reported for each config that inherits the value (a shared `region` read by two Cradle
 *   configs): one problem, "also for" the others;
 * - a second problem at the same position (a misspelled `framework` fails the schema, then the image lookup): a
 *   knock-on of the first;
 * - a problem elsewhere that names the bad value (`region` `XX` fails the schema, then the registration step
 *   `Registration-XX` is not in the template): a knock-on of the schema problem.
 */
import type { Problem } from '../../core/index.js';

export interface ProblemGroup {
  cause: Problem;
  /** The same problem for other configs or steps (same position, same code). */
  also: Problem[];
  /** Problems that follow from the cause. */
  knockOns: Problem[];
}

export interface GroupedProblems {
  errors: ProblemGroup[];
  warnings: ProblemGroup[];
}

/** Problems whose first report is the root cause when they share a position with others. */
const ROOT_CODES = ['input/syntax', 'input/read', 'config/schema', 'config/unusable', 'dag/cycle'];
/** Problems that can follow from a bad config value reported elsewhere. */
const DERIVED_CODES = new Set([
  'template/missing-step',
  'registration/image-uri',
  'registration/no-config',
  'resolve/no-config',
  'document/placeholder',
  'sagemaker/step-not-in-pipeline',
  'sagemaker/step-not-filled',
]);

function position(p: Problem): string {
  return p.line !== undefined
    ? `${p.file}\u0000${p.line}\u0000${p.column ?? 0}`
    : `${p.file}\u0000${p.jsonPath ?? ''}`;
}

/** The value a schema problem says was found (`got "XX"`), when it is a string worth looking for. */
function badValue(p: Problem): string | undefined {
  const m = /got "((?:[^"\\]|\\.){2,})"/.exec(p.message);
  if (!m) return undefined;
  try {
    return JSON.parse(`"${m[1]}"`) as string;
  } catch {
    return m[1];
  }
}

function rank(p: Problem): number {
  const i = ROOT_CODES.indexOf(p.code);
  return i < 0 ? ROOT_CODES.length : i;
}

function group(problems: readonly Problem[], crossLink: boolean): ProblemGroup[] {
  // Same position: one group, its cause the most basic problem there.
  const byPosition = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = position(p);
    const list = byPosition.get(key);
    if (list) list.push(p);
    else byPosition.set(key, [p]);
  }
  const groups: ProblemGroup[] = [];
  for (const list of byPosition.values()) {
    const sorted = [...list].sort((a, b) => rank(a) - rank(b));
    const cause = sorted[0]!;
    const rest = sorted.slice(1);
    groups.push({
      cause,
      also: rest.filter((p) => p.code === cause.code),
      knockOns: rest.filter((p) => p.code !== cause.code),
    });
  }
  if (!crossLink) return groups;
  // A derived problem that names a bad value found by a schema check elsewhere follows from it.
  const values = groups.flatMap((g) => {
    const v = g.cause.code === 'config/schema' ? badValue(g.cause) : undefined;
    return v ? [{ g, v }] : [];
  });
  const kept: ProblemGroup[] = [];
  for (const g of groups) {
    const origin =
      DERIVED_CODES.has(g.cause.code) && g.also.length === 0
        ? values.find(({ g: o, v }) => o !== g && g.cause.message.includes(v))
        : undefined;
    if (origin) origin.g.knockOns.push(g.cause, ...g.knockOns);
    else kept.push(g);
  }
  return kept;
}

/** Errors and warnings, each grouped (see the module comment); order as reported. */
export function groupProblems(problems: readonly Problem[]): GroupedProblems {
  return {
    errors: group(
      problems.filter((p) => p.severity === 'error'),
      true,
    ),
    warnings: group(
      problems.filter((p) => p.severity === 'warning'),
      false,
    ),
  };
}
