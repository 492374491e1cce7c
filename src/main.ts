/**
 * The action: inputs → core → documents, annotations, outputs, artifact, job summary, PR comment; on pull requests
 * also the diff against the base commit. One pipeline (`dag`/`config`) or many (`pipelines`), handled alike. The gate
 * (exit code 1) is set exactly when a document cannot be generated or the inputs are wrong; the base, the artifact
 * and the comment only ever warn.
 */
import * as core from '@actions/core';
import * as log from './action/log.js';
import { annotate } from './action/report/annotate.js';
import { uploadDocument, uploadDocumentSet, type ArtifactOutcome } from './action/github/artifact.js';
import { postComment } from './action/github/comment.js';
import {
  invocationId,
  isForkPullRequest,
  PULL_REQUEST_EVENTS,
  pullRequestNumber,
  readContext,
  readEventPayload,
  runUrl,
  type ActionContext,
} from './action/inputs/context.js';
import { registerSecrets } from './action/inputs/secrets.js';
import { parseMode } from './action/inputs/network.js';
import { NetworkBudget, releaseAbandonedWork } from './action/github/budget.js';
import { bestEffort, commentReserveMs, reportStep } from './action/github/steps.js';
import {
  documentPath,
  failedReport,
  outputGuard,
  produceDocument,
  type DocumentOutcome,
  type GenerationSettings,
} from './action/document.js';
import { UserError } from './action/errors.js';
import { diffStep, type DiffContext } from './action/diff-step.js';
import { lazyGitHubClient, type GitHubClient } from './action/github/client.js';
import {
  checkInputFiles,
  checkOutputs,
  parseInputs,
  type ActionInputs,
  type FileInputProblem,
} from './action/inputs/inputs.js';
import type { PipelineSpec } from './action/inputs/manifest.js';
import type { Problem } from './core/index.js';
import { mapLimit } from './action/map-limit.js';
import { setChangeOutputs, setGenerationOutputs, type PipelineRun } from './action/outputs.js';
import { writeJobSummary } from './action/report/summary.js';

// Loaded only when a run needs them (STYLE §2.10): the manifest code for `pipelines`, the base reader, the comparison
// and the diff renderers on pull requests, the report of many pipelines for `pipelines`.

/**
 * Pipelines generated at once. Generation is synchronous CPU work, so this only overlaps one pipeline's file reads
 * and writes with another's generation (bench/pipelines.mjs measures it).
 */
const GENERATE_CONCURRENCY = 4;

/** Runs the action; never throws. Failures set `process.exitCode` so the summary and uploads still finish. */
export async function run(): Promise<void> {
  try {
    await main();
  } catch (e) {
    fail(e);
    await failedRunOutputs(e).catch((x: unknown) =>
      log.debug(`Could not write the outputs of a failed run: ${x instanceof Error ? x.message : String(x)}`),
    );
  } finally {
    releaseAbandonedWork();
  }
}

async function main(): Promise<void> {
  const env = process.env;
  const getInput = (name: string): string => core.getInput(name);
  // Before anything can print them: the token, secret-looking input values, the runner's credentials.
  registerSecrets(env);
  if (parseMode(getInput('mode')).mode === 'comment') {
    const { runCommentMode } = await import('./action/github/comment-mode.js');
    return runCommentMode(getInput, env);
  }

  const ctx = readContext(env);
  const { inputs, files, errors } = parseInputs(getInput, ctx);
  const fileProblems = await checkInputFiles(files, ctx.workspace);
  // With one pipeline and every other input right, a file that cannot be read fails that pipeline, as it does an
  // entry of `pipelines`: the outputs, the summary and the PR comment then say so like any failed generation.
  const unreadable = inputs && !inputs.manifest ? fileProblems : [];
  if (!inputs || fileProblems.length > unreadable.length)
    throw new UserError([...errors, ...fileProblems.map((p) => p.message)]);
  const many = inputs.manifest !== undefined;
  const specs = await pipelineSpecs(inputs, ctx, unreadable);
  const outputErrors = await checkOutputs(inputs, specs);
  if (outputErrors.length > 0) throw new UserError(outputErrors);

  const pullRequest = PULL_REQUEST_EVENTS.includes(ctx.eventName);
  const payload = pullRequest ? await readEventPayload(ctx) : undefined;

  const runs = await generateAll(specs, inputs, many, pullRequest);
  for (const r of runs) {
    annotate(r.outcome.report.problems, many ? r.spec.name : undefined);
    logOutcome(r, many);
  }
  setGenerationOutputs(runs, many, inputs.output);

  // One budget for the best-effort network work; the artifact and the base leave time for the comment.
  const budget = new NetworkBudget(inputs.networkBudgetMs);
  const early = budget.leaving(commentReserveMs(budget));
  const github = lazyGitHubClient(inputs.githubToken, ctx.apiUrl, { budget });
  const [artifact, diff] = await Promise.all([
    bestEffort('the artifact upload', artifactStep(inputs, ctx, runs, many, early), {
      note: 'The artifact upload failed; see the warnings in the job log.',
    }),
    pullRequest
      ? bestEffort('the diff against the base', diffStep(inputs, ctx, payload, runs, early), {
          note: 'the comparison with the base failed',
        })
      : undefined,
  ]);
  core.setOutput('artifact-id', artifact.id === undefined ? '' : String(artifact.id));
  core.setOutput('artifact-url', artifact.url ?? '');
  setChangeOutputs(runs, many, pullRequest, diff?.removed);

  const link = runUrl(ctx);
  const bodies = await renderBodies(inputs, runs, many, { artifact, diff, link, pullRequest, ctx, payload });
  await writeJobSummary(bodies.summary);
  const [commentUrl, reportPath] = await Promise.all([
    bestEffort('the PR comment', commentStep(inputs, ctx, payload, github, bodies), undefined),
    pullRequest ? reportStep(inputs, ctx, payload, bodies.comment, budget) : undefined,
  ]);
  core.setOutput('comment-url', commentUrl ?? '');
  core.setOutput('report-path', reportPath ?? '');

  gate(runs, many);
}

/**
 * Generates and writes every pipeline's document, a few at a time. A pipeline that throws (an unwritable output, a
 * bug) becomes a failed pipeline: it never takes the others' results with it.
 */
async function generateAll(
  specs: readonly PipelineSpec[],
  inputs: ActionInputs,
  many: boolean,
  pullRequest: boolean,
): Promise<PipelineRun[]> {
  const settings: GenerationSettings = {
    format: inputs.format,
    lenient: inputs.lenient,
    sagemakerPipeline: inputs.sagemakerPipeline,
    awsRegion: inputs.awsRegion,
    sagemakerTimeoutMs: inputs.sagemakerTimeoutMs,
  };
  const guard = outputGuard(inputs, specs);
  const outcomes = await mapLimit(specs, GENERATE_CONCURRENCY, async (spec): Promise<DocumentOutcome> => {
    const output = many ? documentPath(inputs.output, spec.name, inputs.format) : inputs.output;
    if (spec.unreadable) return { report: failedReport(spec.unreadable) };
    try {
      return await produceDocument(spec, settings, {
        output,
        keepDocument: pullRequest,
        guard,
        reportStale: many,
      });
    } catch (e) {
      if (e instanceof Error && e.stack) log.debug(e.stack);
      const message = `could not produce the document ${output}: ${e instanceof Error ? e.message : String(e)}`;
      return {
        report: failedReport([{ severity: 'error', code: 'action/io', message, file: spec.dag.display }]),
      };
    }
  });
  return specs.map((spec, i) => ({ spec, outcome: outcomes[i]! }));
}

/** The check fails exactly when a document could not be generated. */
function gate(runs: readonly PipelineRun[], many: boolean): void {
  const failed = runs.filter((r) => !r.outcome.report.ok);
  if (failed.length === 0) return;
  if (!many) {
    const count = failed[0]!.outcome.report.problems.filter((p) => p.severity === 'error').length;
    log.setFailed(`Execution document generation failed with ${count} error(s); see the annotations above.`);
    return;
  }
  log.setFailed(
    `${failed.length} of ${runs.length} pipelines failed (${failed.map((r) => r.spec.name).join(', ')}); ` +
      `see the annotations above.`,
  );
}

/** The pipelines of this run: the manifest's, or the one of the `dag`/`config` inputs (named after its DAG path). */
async function pipelineSpecs(
  inputs: ActionInputs,
  ctx: ActionContext,
  unreadable: readonly FileInputProblem[],
): Promise<PipelineSpec[]> {
  if (!inputs.manifest) {
    const { dag, config, template } = inputs;
    if (!dag || !config) throw new Error('parseInputs returned neither a manifest nor dag and config');
    const problems: Problem[] = unreadable.map((p) => ({
      severity: 'error',
      code: 'input/read',
      message: p.message,
      file: p.file.display,
    }));
    return [
      {
        name: dag.display,
        dag,
        config,
        ...(template ? { template } : {}),
        ...(problems.length > 0 ? { unreadable: problems } : {}),
      },
    ];
  }
  const { loadManifest } = await import('./action/inputs/manifest.js');
  const { pipelines, errors } = await loadManifest(inputs.manifest, {
    workspace: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    outputDir: inputs.output,
    format: inputs.format,
  });
  if (!pipelines) throw new UserError(errors);
  return pipelines;
}

function logOutcome({ spec, outcome }: PipelineRun, many: boolean): void {
  const { report, written } = outcome;
  const prefix = many ? `${spec.name}: ` : '';
  if (written)
    log.info(
      `${prefix}Execution document written to ${written} (${report.filledSteps} of ${report.totalSteps} steps filled).`,
    );
  else if (many) log.info(`${prefix}generation failed; see the annotations.`);
}

async function artifactStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  runs: readonly PipelineRun[],
  many: boolean,
  budget: NetworkBudget,
): Promise<ArtifactOutcome> {
  const files = runs.flatMap((r) => (r.outcome.written ? [r.outcome.written] : []));
  if (files.length === 0) return {};
  if (!inputs.uploadArtifact) return { note: `Not uploaded as an artifact ('upload-artifact: false').` };
  const { artifactName: name, format, retentionDays } = inputs;
  const invocation = invocationId(ctx, inputs.commentKey);
  if (many)
    return uploadDocumentSet(
      { files, rootDirectory: inputs.output, name, retentionDays, invocation },
      ctx,
      budget,
    );
  return uploadDocument({ file: files[0]!, format, name, retentionDays, invocation }, ctx, budget);
}

/**
 * The job summary and the comment body: one report (data built and redacted once, report/model.ts), rendered for
 * each within its size limit; and whether any pipeline needs a look (for `comment: on-change`).
 */
async function renderBodies(
  inputs: ActionInputs,
  runs: readonly PipelineRun[],
  many: boolean,
  extra: {
    artifact: ArtifactOutcome;
    diff?: DiffContext;
    link?: string;
    pullRequest: boolean;
    ctx: ActionContext;
    payload: unknown;
  },
): Promise<ReportBodies> {
  const [{ buildReport, needsAttention }, { headSha, reportInput }, { commentDocument, summaryDocument }] =
    await Promise.all([
      import('./action/report/model.js'),
      import('./action/report/from-run.js'),
      import('./action/report/bodies.js'),
    ]);
  const { pullRequest, payload } = extra;
  const secrets = log.knownSecrets();
  const data = buildReport(
    reportInput(runs, { ...extra, inputs, many, env: process.env, runUrl: extra.link }),
    secrets,
  );
  const head = pullRequest ? headSha(payload) : undefined;
  return {
    summary: summaryDocument(data, secrets),
    // Only a pull request's run has a comment or a report file to fill.
    comment: pullRequest ? commentDocument(data, secrets, head) : '',
    needsALook: data.pipelines.some((p) => needsAttention(p.verdict)) || (data.removed?.length ?? 0) > 0,
    key: data.key,
    ...(head ? { head } : {}),
  };
}

interface ReportBodies {
  summary: string;
  /** The PR comment body; empty outside pull-request events, which neither comment nor write the report file. */
  comment: string;
  needsALook: boolean;
  /** The comment key as the marker has it (redacted). */
  key: string;
  head?: string;
}

async function commentStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  payload: unknown,
  github: () => Promise<GitHubClient>,
  bodies: ReportBodies,
): Promise<string | undefined> {
  if (inputs.comment === 'never' || !PULL_REQUEST_EVENTS.includes(ctx.eventName)) return undefined;
  const issueNumber = pullRequestNumber(ctx.eventName, payload);
  if (!issueNumber || !ctx.repository) {
    log.warning(
      'No PR comment: the event payload has no pull request number or GITHUB_REPOSITORY is not set.',
    );
    return undefined;
  }
  if (!inputs.githubToken) {
    log.warning("No PR comment: the 'github-token' input is empty.");
    return undefined;
  }
  const target = { ...ctx.repository, issueNumber };
  const { decideComment } = await import('./action/github/comment-policy.js');
  const decision = await decideComment(inputs.comment, bodies.needsALook, github, target, bodies.head);
  if (decision.skip) {
    log.info(`PR comment left alone: ${decision.skip}.`);
    return undefined;
  }
  return postComment(github, target, bodies.key, bodies.comment, {
    create: decision.create,
    fork: isForkPullRequest(payload),
  });
}

/** The one top-level catch: user mistakes become annotations without a stack; anything else is reported as a bug. */
function fail(e: unknown): void {
  if (e instanceof UserError) {
    e.messages.forEach((m, i) => {
      const at = e.locations[i];
      log.error(m, {
        title: e.title,
        ...(at ? { file: at.file, startLine: at.line, startColumn: at.column } : {}),
      });
    });
    process.exitCode = 1;
    return;
  }
  if (e instanceof Error && e.stack) log.debug(e.stack);
  log.setFailed(`exec-doc failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
}

/**
 * When the run stops before generating (wrong inputs, a bug), the outputs still say so (`result: failure`, empty
 * lists) and the job summary lists what is wrong, so a workflow reading the outputs and a person reading the
 * summary both see the failure.
 */
async function failedRunOutputs(e: unknown): Promise<void> {
  const empty: Record<string, string> = {
    path: '',
    result: 'failure',
    'filled-steps': '0',
    'filled-step-names': '[]',
    'total-steps': '0',
    'changed-steps': '[]',
    changed: 'false',
    'failed-pipelines': '[]',
    'artifact-id': '',
    'artifact-url': '',
    'comment-url': '',
    'report-path': '',
  };
  // A bug may come after some outputs were set: then only the result changes.
  if (e instanceof UserError) for (const [name, value] of Object.entries(empty)) core.setOutput(name, value);
  else core.setOutput('result', 'failure');
  const { inlineText } = await import('./core/diff/markdown.js');
  const messages = e instanceof UserError ? e.messages : [e instanceof Error ? e.message : String(e)];
  const where = (i: number): string => {
    const at = e instanceof UserError ? e.locations[i] : undefined;
    return at ? `${inlineText(`"${at.file}${at.line ? `:${at.line}` : ''}"`)}: ` : '';
  };
  const heading =
    e instanceof UserError
      ? `### ❌ No execution document: ${messages.length === 1 ? 'an input is' : `${messages.length} inputs are`} wrong`
      : '### ❌ No execution document: exec-doc failed unexpectedly (a bug; the log has details)';
  const lines = [heading, '', ...messages.map((m, i) => `- ${where(i)}${inlineText(log.redact(m))}`)];
  await writeJobSummary(`${lines.join('\n')}\n`);
}
