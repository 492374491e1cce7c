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
import { commentBody, COMMENT_LIMIT_BYTES, postComment } from './action/github/comment.js';
import { commentMarker } from './action/report/marker.js';
import {
  PULL_REQUEST_EVENTS,
  pullRequestNumber,
  readContext,
  readEventPayload,
  runUrl,
  type ActionContext,
} from './action/inputs/context.js';
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
import { checkInputFiles, checkOutputs, parseInputs, type ActionInputs } from './action/inputs/inputs.js';
import type { PipelineSpec } from './action/inputs/manifest.js';
import { mapLimit } from './action/map-limit.js';
import { renderReport } from './action/report/render.js';
import { setChangeOutputs, setGenerationOutputs, type PipelineRun } from './action/outputs.js';
import { writeJobSummary } from './action/report/summary.js';

// Loaded only when a run needs them (STYLE §2.10): the manifest code for `pipelines`, the base reader, the comparison
// and the diff renderers on pull requests, the report of many pipelines for `pipelines`.

/**
 * Pipelines generated at once. Generation is synchronous CPU work, so this only overlaps one pipeline's file reads
 * and writes with another's generation (bench/pipelines.mjs measures it).
 */
const GENERATE_CONCURRENCY = 4;
/** GitHub's limit for one step's job summary is 1 MiB; stay below it. */
const SUMMARY_LIMIT_BYTES = 1_000_000;

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
  const getInput = (name: string): string => core.getInput(name);
  // Before anything can print it.
  const token = getInput('github-token');
  if (token) log.addSecret(token);

  const ctx = readContext(env);
  const { inputs, files, errors } = parseInputs(getInput, ctx);
  const fileErrors = await checkInputFiles(files, ctx.workspace);
  if (!inputs || fileErrors.length > 0) throw new UserError([...errors, ...fileErrors]);
  const many = inputs.manifest !== undefined;
  const specs = await pipelineSpecs(inputs, ctx);
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

  const github = lazyGitHubClient(inputs.githubToken, ctx.apiUrl);
  const [artifact, diff] = await Promise.all([
    artifactStep(inputs, ctx, runs, many),
    pullRequest ? diffStep(inputs, ctx, payload, runs) : undefined,
  ]);
  core.setOutput('artifact-id', artifact.id === undefined ? '' : String(artifact.id));
  core.setOutput('artifact-url', artifact.url ?? '');
  setChangeOutputs(runs, many, pullRequest);

  const link = runUrl(ctx);
  const { summary, comment } = await renderBodies(inputs, runs, many, { artifact, diff, link, pullRequest });
  await writeJobSummary(summary);
  const commentUrl = await commentStep(
    inputs,
    ctx,
    payload,
    github,
    commentBody(inputs.commentKey, comment, link),
  );
  core.setOutput('comment-url', commentUrl ?? '');

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
  };
  const guard = outputGuard(inputs, specs);
  const outcomes = await mapLimit(specs, GENERATE_CONCURRENCY, async (spec): Promise<DocumentOutcome> => {
    const output = many ? documentPath(inputs.output, spec.name, inputs.format) : inputs.output;
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
async function pipelineSpecs(inputs: ActionInputs, ctx: ActionContext): Promise<PipelineSpec[]> {
  if (!inputs.manifest) {
    const { dag, config, template } = inputs;
    if (!dag || !config) throw new Error('parseInputs returned neither a manifest nor dag and config');
    return [{ name: dag.display, dag, config, ...(template ? { template } : {}) }];
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
): Promise<ArtifactOutcome> {
  const files = runs.flatMap((r) => (r.outcome.written ? [r.outcome.written] : []));
  if (files.length === 0) return {};
  if (!inputs.uploadArtifact) return { note: `Not uploaded as an artifact ('upload-artifact: false').` };
  const { artifactName: name, format, retentionDays } = inputs;
  if (many) return uploadDocumentSet({ files, rootDirectory: inputs.output, name, retentionDays }, ctx);
  return uploadDocument({ file: files[0]!, format, name, retentionDays }, ctx);
}

/** The job summary and the comment body: the same report, each within its size limit. */
async function renderBodies(
  inputs: ActionInputs,
  runs: readonly PipelineRun[],
  many: boolean,
  extra: { artifact: ArtifactOutcome; diff?: DiffContext; link?: string; pullRequest: boolean },
): Promise<{ summary: string; comment: string }> {
  const { artifact, diff, link, pullRequest } = extra;
  const common = {
    commentKey: inputs.commentKey,
    artifactUrl: artifact.url,
    artifactNote: artifact.note,
    runUrl: link,
  };
  const diffs = pullRequest ? await import('./action/report/render-diff.js') : undefined;
  // The DAG picture marks what the diff says changed (all of a new pipeline; nothing when there is no diff).
  const pictured = (r: PipelineRun): string[] =>
    diffs?.comparisonSteps(r.comparison, r.outcome.document) ?? [];
  if (!many) {
    const r = runs[0]!;
    const markdown = renderReport({
      ...common,
      report: r.outcome.report,
      diff: diffs?.diffSection({
        base: diff?.base,
        comparison: r.comparison,
        note: r.comparison ? undefined : diff?.note,
      }),
      changedSteps: pictured(r),
    });
    return { summary: markdown, comment: markdown };
  }
  const { renderMany } = await import('./action/report/render-many.js');
  const view = {
    ...common,
    pipelines: runs.map((r) => ({
      name: r.spec.name,
      report: r.outcome.report,
      comparison: r.comparison,
      changedSteps: pictured(r),
    })),
    base: diff?.base,
    baseNote: diff?.note,
    comparing: pullRequest && diff?.base !== undefined,
  };
  const where = link ? `the [job summary](${link})` : 'the job summary';
  const commentBudget =
    COMMENT_LIMIT_BYTES - Buffer.byteLength(`${commentMarker({ key: inputs.commentKey })}\n`, 'utf8');
  return {
    summary: renderMany(
      view,
      SUMMARY_LIMIT_BYTES,
      'the documents are in the artifact; `exec-doc diff BASE HEAD` shows a complete diff.',
    ),
    comment: renderMany(view, commentBudget, `the full report is in ${where}.`),
  };
}

async function commentStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  payload: unknown,
  github: () => Promise<GitHubClient>,
  body: string,
): Promise<string | undefined> {
  if (!inputs.comment || !PULL_REQUEST_EVENTS.includes(ctx.eventName)) return undefined;
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
  return postComment(github, { ...ctx.repository, issueNumber }, inputs.commentKey, body);
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
