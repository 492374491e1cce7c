import { cradleHelper } from './cradle.js';
import { registrationHelper } from './registration.js';
import { dataUploadingHelper } from './data-uploading.js';
import { redshiftHelper } from './redshift.js';
import type { StepHelper } from './types.js';

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

/**
 * FORMAT §0.4: a node is relevant if a helper handles its config, or its class name mentions "cradle"
 * or "registration" (such nodes are relevant but may match no helper).
 */
export function isRelevant(className: string, node: string): boolean {
  const c = className.toLowerCase();
  return (
    HELPERS.some((h) => h.matches(className, node)) || c.includes('cradle') || c.includes('registration')
  );
}
