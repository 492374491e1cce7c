import { cradleHelper } from './cradle.js';
import { registrationHelper } from './registration.js';
import { dataUploadingHelper } from './data-uploading.js';
import { redshiftHelper } from './redshift.js';
import { editDistance } from '../nearest.js';
import { escapeSegment } from '../config/unwrap.js';
import type { ProblemDraft } from '../config/load.js';
import type { ResolvedNode, StepHelper } from './types.js';

/**
 * Every step family, in the fixed fill order of FORMAT §0.5: Cradle → registration → DataUploading →
 * Redshift. Adding a family means adding one file and one line here.
 */
export const HELPERS: readonly StepHelper[] = [
  cradleHelper,
  registrationHelper,
  dataUploadingHelper,
  redshiftHelper,
];

/** The class each family is named after. */
const FAMILY_CLASSES: readonly (readonly [string, StepHelper])[] = [
  ['CradleDataLoadingConfig', cradleHelper],
  ['RegistrationConfig', registrationHelper],
  ['DataUploadingConfig', dataUploadingHelper],
  ['RedshiftDataLoadingConfig', redshiftHelper],
];

/**
 * FORMAT §0.4 (`_is_execution_doc_relevant`): a config is relevant if a helper handles its class (asked with an
 * empty step name, so a node's name never counts), or its class name mentions "cradle" or "registration" (such
 * configs are relevant but may match no helper).
 */
export function isRelevant(className: string): boolean {
  const c = className.toLowerCase();
  return HELPERS.some((h) => h.matches(className, '')) || c.includes('cradle') || c.includes('registration');
}

/**
 * DAG nodes whose config class looks like a step family but is not one (its name mentions the family, or is a
 * few letters away from the family's class): the reference silently leaves such steps unfilled. A warning, and an
 * error in strict mode.
 */
export function lookalikeProblems(resolved: readonly ResolvedNode[], configFile: string): ProblemDraft[] {
  const out: ProblemDraft[] = [];
  const seen = new Set<string>();
  // The family a class looks like, by class: a DAG of many nodes has few classes.
  const likeOf = new Map<string, (typeof FAMILY_CLASSES)[number] | undefined>();
  for (const r of resolved) {
    const cls = r.entry.className;
    if (seen.has(r.entry.key) || HELPERS.some((h) => h.matches(cls, ''))) continue;
    const lower = cls.toLowerCase();
    if (!likeOf.has(cls))
      likeOf.set(
        cls,
        FAMILY_CLASSES.find(
          ([family, h]) =>
            // The length test first: most classes are nowhere near a family's name, and the distance is not cheap.
            (Math.abs(cls.length - family.length) <= 3 && editDistance(cls, family) <= 3) ||
            (h === cradleHelper && lower.includes('cradle')) ||
            (h === registrationHelper && lower.includes('registration')),
        ),
      );
    const like = likeOf.get(cls);
    if (!like) continue;
    seen.add(r.entry.key);
    out.push({
      severity: 'error',
      strictOnly: true,
      code: 'config/lookalike-class',
      message: `DAG node "${r.node}" has config "${r.entry.key}" of class "${cls}", which looks like ${like[1].title} but is not ${like[0]}: its step is not filled; use ${like[0]} if the step needs a payload`,
      file: configFile,
      jsonPath: `/metadata/config_types/${escapeSegment(r.entry.key)}`,
      node: r.node,
    });
  }
  return out;
}
