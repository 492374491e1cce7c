/**
 * The inputs of the action's network work: `mode` (generate, or comment from a `workflow_run` workflow),
 * `network-timeout-seconds` (the budget of the best-effort work) and `sagemaker-timeout-seconds` (the cross-check's
 * own deadline). Pure: a getter in, values or messages out.
 */
import { DEFAULT_NETWORK_BUDGET_SECONDS } from '../github/budget.js';

export type ActionMode = 'generate' | 'comment';

const MODES: readonly ActionMode[] = ['generate', 'comment'];
/** The SageMaker cross-check's default deadline: four attempts of a slow endpoint, not an hour. */
export const DEFAULT_SAGEMAKER_TIMEOUT_SECONDS = 60;
/** One hour: a longer budget would no longer protect the job. */
const MAX_SECONDS = 3600;

export interface NetworkInputs {
  mode: ActionMode;
  /** Budget of the comment, base files and artifacts, in milliseconds. */
  networkBudgetMs: number;
  /** Deadline of the SageMaker cross-check, in milliseconds. */
  sagemakerTimeoutMs: number;
}

/** The `mode` input; empty is `generate`. */
export function parseMode(value: string): { mode?: ActionMode; error?: string } {
  if (value === '') return { mode: 'generate' };
  const mode = MODES.find((m) => m === value.trim().toLowerCase());
  return mode ? { mode } : { error: `Input 'mode' must be ${MODES.join(' or ')}; got '${value}'.` };
}

function seconds(get: (name: string) => string, name: string, fallback: number, errors: string[]): number {
  const v = get(name).trim();
  if (v === '') return fallback * 1000;
  const n = /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n) || n < 1 || n > MAX_SECONDS) {
    errors.push(`Input '${name}' must be a number of seconds from 1 to ${MAX_SECONDS}; got '${v}'.`);
    return fallback * 1000;
  }
  return Math.round(n * 1000);
}

/** Reads the three inputs, adding one message per bad input to `errors`. */
export function parseNetworkInputs(get: (name: string) => string, errors: string[]): NetworkInputs {
  const { mode, error } = parseMode(get('mode'));
  if (error) errors.push(error);
  return {
    mode: mode ?? 'generate',
    networkBudgetMs: seconds(get, 'network-timeout-seconds', DEFAULT_NETWORK_BUDGET_SECONDS, errors),
    sagemakerTimeoutMs: seconds(get, 'sagemaker-timeout-seconds', DEFAULT_SAGEMAKER_TIMEOUT_SECONDS, errors),
  };
}
