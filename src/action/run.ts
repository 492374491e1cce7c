/**
 * The action: inputs → core → document, annotations, outputs, artifact, job summary, PR comment. The gate (exit code 1)
 * is set exactly when generation fails or the inputs are wrong; the artifact and the comment only ever warn.
 */
import * as core from './runner.js';
import type { Report } from '../core/index.js';
import { annotate } from './annotate.js';
import { uploadDocument, type ArtifactOutcome } from './artifact.js';
import { commentBody, postComment } from './comment.js';
import {
  PULL_REQUEST_EVENTS,
  pullRequestNumber,
  readContext,
  readEventPayload,
  runUrl,
  type ActionContext,
} from './context.js';
import { produceDocument } from './document.js';
import { UserError } from './errors.js';
import { checkInputFiles, inputsFromEnv, parseInputs, type ActionInputs } from './inputs.js';
import { renderReport } from './render.js';
import { writeJobSummary } from './summary.js';

/** Runs the action; never throws. Failures set `process.exitCode` so the summary and uploads still finish. */
export async function run(): Promise<void> {
  try {
    await main();
  } catch (e) {
    fail(e);
  }
}

async function main(): Promise<void> {
  const env = process.env;
  const getInput = inputsFromEnv(env);
  // Before anything can print it.
  const token = getInput('github-token');
  if (token) core.setSecret(token);

  const ctx = readContext(env);
  const { inputs, files, errors } = parseInputs(getInput, ctx);
  const fileErrors = await checkInputFiles(files, ctx.workspace);
  if (!inputs || fileErrors.length > 0) throw new UserError([...errors, ...fileErrors]);

  const { report, written } = await produceDocument(inputs);
  annotate(report.problems);
  setReportOutputs(report, written);
  if (written)
    core.info(
      `Execution document written to ${written} (${report.filledSteps} of ${report.totalSteps} steps filled).`,
    );

  const artifact = await artifactStep(inputs, ctx, written);
  core.setOutput('artifact-id', artifact.id === undefined ? '' : String(artifact.id));
  core.setOutput('artifact-url', artifact.url ?? '');

  const link = runUrl(ctx);
  const markdown = renderReport({
    report,
    commentKey: inputs.commentKey,
    artifactUrl: artifact.url,
    artifactNote: artifact.note,
    runUrl: link,
  });
  await writeJobSummary(markdown, ctx.stepSummaryPath);

  const commentUrl = await commentStep(inputs, ctx, commentBody(inputs.commentKey, markdown, link));
  core.setOutput('comment-url', commentUrl ?? '');

  if (!report.ok) {
    const count = report.problems.filter((p) => p.severity === 'error').length;
    core.setFailed(`Execution document generation failed with ${count} error(s); see the annotations above.`);
  }
}

function setReportOutputs(report: Report, written: string | undefined): void {
  core.setOutput('path', written ?? '');
  core.setOutput('result', report.ok ? 'success' : 'failure');
  core.setOutput('filled-steps', String(report.filledSteps));
  core.setOutput('total-steps', String(report.totalSteps));
  core.setOutput(
    'filled-step-names',
    JSON.stringify(report.steps.filter((s) => s.status === 'filled').map((s) => s.step)),
  );
}

async function artifactStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  written: string | undefined,
): Promise<ArtifactOutcome> {
  if (!written) return {};
  if (!inputs.uploadArtifact) return { note: `Not uploaded as an artifact ('upload-artifact: false').` };
  const { artifactName: name, format, retentionDays } = inputs;
  return uploadDocument({ file: written, format, name, retentionDays }, ctx);
}

async function commentStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  body: string,
): Promise<string | undefined> {
  if (!inputs.comment || !PULL_REQUEST_EVENTS.includes(ctx.eventName)) return undefined;
  const issueNumber = pullRequestNumber(ctx.eventName, await readEventPayload(ctx));
  if (!issueNumber || !ctx.repository) {
    core.warning(
      'No PR comment: the event payload has no pull request number or GITHUB_REPOSITORY is not set.',
    );
    return undefined;
  }
  if (!inputs.githubToken) {
    core.warning("No PR comment: the 'github-token' input is empty.");
    return undefined;
  }
  return postComment(
    inputs.githubToken,
    ctx.apiUrl,
    { ...ctx.repository, issueNumber },
    inputs.commentKey,
    body,
  );
}

/** The one top-level catch: user mistakes become annotations without a stack; anything else is reported as a bug. */
function fail(e: unknown): void {
  if (e instanceof UserError) {
    for (const m of e.messages) core.error(m, { title: e.title });
    process.exitCode = 1;
    return;
  }
  if (e instanceof Error && e.stack) core.debug(e.stack);
  core.setFailed(`exec-doc failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
}
