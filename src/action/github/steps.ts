/**
 * The action's best-effort steps as main.ts runs them: each one's failure, whatever it is, is a warning with its
 * cause and never the gate; the report files for a `workflow_run` comment on pull requests.
 */
import * as log from '../log.js';
import {
  invocationId,
  isGhes,
  pullRequestHeadSha,
  pullRequestNumber,
  type ActionContext,
} from '../inputs/context.js';
import type { ActionInputs } from '../inputs/inputs.js';
import type { NetworkBudget } from './budget.js';
import { publishReport, REPORT_SCHEMA } from './report-artifact.js';

/** Of the network budget, what the artifact and the base leave for the comment: a quarter, at most 30 s. */
export function commentReserveMs(budget: NetworkBudget): number {
  return Math.min(30_000, Math.round(budget.totalMs / 4));
}

/** `work`'s result, or `fallback` with a warning naming `what` and the cause when it fails in any way. */
export async function bestEffort<T>(what: string, work: Promise<T>, fallback: T): Promise<T> {
  try {
    return await work;
  } catch (e) {
    if (e instanceof Error && e.stack) log.debug(e.stack);
    log.warning(
      `${what[0]!.toUpperCase()}${what.slice(1)} failed: ${e instanceof Error ? e.message : String(e)}. ` +
        `The check is not affected.`,
    );
    return fallback;
  }
}

/**
 * On pull requests: the comment's Markdown and report.json as files (the `report-path` output), uploaded as the
 * invocation's report artifact when artifacts are uploaded. Undefined when the payload names no PR and head commit.
 */
export async function reportStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  payload: unknown,
  markdown: string,
  budget: NetworkBudget,
): Promise<string | undefined> {
  const pr = pullRequestNumber(ctx.eventName, payload);
  const head = pullRequestHeadSha(payload);
  if (!pr || !head || !ctx.repository) {
    log.debug('No report file: the event payload has no pull request number and head commit.');
    return undefined;
  }
  return bestEffort(
    'writing the report file',
    publishReport({
      ctx,
      invocation: invocationId(ctx, inputs.commentKey),
      info: {
        schema: REPORT_SCHEMA,
        repository: `${ctx.repository.owner}/${ctx.repository.repo}`,
        pull_request: pr,
        head_sha: head,
        comment_key: inputs.commentKey,
        ...(ctx.runId && /^\d+$/.test(ctx.runId) ? { run_id: Number(ctx.runId) } : {}),
        ...(ctx.runAttempt && /^\d+$/.test(ctx.runAttempt) ? { run_attempt: Number(ctx.runAttempt) } : {}),
      },
      markdown,
      upload: inputs.uploadArtifact && ctx.hasArtifactRuntime && !isGhes(ctx.serverUrl),
      retentionDays: inputs.retentionDays,
      budget,
    }),
    undefined,
  );
}
