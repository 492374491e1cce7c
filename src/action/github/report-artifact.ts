/**
 * The report of a pull request run as files, for a second workflow to post: `comment.md` (the comment's Markdown) and
 * `report.json` (which PR, which head commit, which comment key). A `pull_request` run writes them, sets the
 * `report-path` output and uploads them as the artifact `exec-doc-report-<invocation>`; a `workflow_run` run in
 * `mode: comment` downloads them (comment-mode.ts). Everything read back is checked: the artifact may have been made
 * by a fork's own workflow.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as log from '../log.js';
import { writeOutputFile } from '../../io/output-file.js';
import type { ActionContext } from '../inputs/context.js';
import type { NetworkBudget } from './budget.js';
import { placeArtifact, type ArtifactClient, type Payload } from './artifact.js';

/** Every report artifact's name starts so; the rest is the invocation id. */
export const REPORT_ARTIFACT_PREFIX = 'exec-doc-report-';
export const REPORT_SCHEMA = 'exec-doc-report/1';
export const REPORT_JSON = 'report.json';
export const REPORT_MARKDOWN = 'comment.md';
/** Larger files are not a report of ours (a comment is at most 65,536 characters). */
export const MAX_REPORT_BYTES = 256 * 1024;

export interface ReportInfo {
  schema: typeof REPORT_SCHEMA;
  /** `owner/repo` of the run that wrote it. */
  repository: string;
  pull_request: number;
  /** The PR's head commit the report is for. */
  head_sha: string;
  comment_key: string;
  run_id?: number;
  run_attempt?: number;
}

export interface WrittenReport {
  /** Absolute path of report.json (the `report-path` output). */
  jsonPath: string;
  dir: string;
  name: string;
}

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The artifact (and directory) name of an invocation's report. */
export function reportArtifactName(invocation: string): string {
  return `${REPORT_ARTIFACT_PREFIX}${invocation}`;
}

/** Writes report.json and comment.md into `$RUNNER_TEMP/exec-doc-report-<invocation>/`. */
export async function writeReport(
  ctx: ActionContext,
  invocation: string,
  info: ReportInfo,
  markdown: string,
): Promise<WrittenReport> {
  const name = reportArtifactName(invocation);
  const dir = path.join(ctx.runnerTemp, name);
  await fs.mkdir(dir, { recursive: true });
  const jsonPath = path.join(dir, REPORT_JSON);
  const guard = { roots: [ctx.runnerTemp], label: 'the report file' };
  await writeOutputFile(path.join(dir, REPORT_MARKDOWN), log.redact(markdown), guard);
  await writeOutputFile(jsonPath, log.redact(`${JSON.stringify(info, null, 2)}\n`), guard);
  return { jsonPath, dir, name };
}

/** Uploads a written report as its artifact; an earlier attempt's report of this invocation is replaced. */
export async function uploadReport(
  report: WrittenReport,
  ctx: ActionContext,
  budget: NetworkBudget,
  retentionDays?: number,
): Promise<number> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client: ArtifactClient = new DefaultArtifactClient();
  const files = [path.join(report.dir, REPORT_JSON), path.join(report.dir, REPORT_MARKDOWN)];
  const payload: Payload = {
    what: 'the report',
    async put(c, name) {
      const { id } = await c.uploadArtifact(name, files, report.dir, { retentionDays });
      if (id === undefined) throw new Error('the artifact service returned no artifact id');
      return id;
    },
    // A report is rewritten each run; an earlier attempt's is replaced.
    same: async () => false,
  };
  const placed = await placeArtifact(client, payload, {
    name: report.name,
    own: report.name,
    keepExtension: false,
    ctx,
    budget,
  });
  return placed.id;
}

/** A report read back, or why it is not one. */
export type ReadReport = { info: ReportInfo; markdown: string } | { error: string };

/** Checks the fields of a report.json; every field is outside data. */
export function parseReportInfo(text: string): ReportInfo | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return `${REPORT_JSON} is not JSON`;
  }
  const o = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<
    string,
    unknown
  >;
  if (o.schema !== REPORT_SCHEMA) return `${REPORT_JSON} is not an exec-doc report (schema ${REPORT_SCHEMA})`;
  const pr = o.pull_request;
  if (typeof pr !== 'number' || !Number.isSafeInteger(pr) || pr <= 0)
    return `${REPORT_JSON}: pull_request is not a PR number`;
  if (typeof o.head_sha !== 'string' || !COMMIT.test(o.head_sha))
    return `${REPORT_JSON}: head_sha is not a commit id`;
  if (typeof o.comment_key !== 'string' || o.comment_key.length > 1000)
    return `${REPORT_JSON}: comment_key is not a string of at most 1000 characters`;
  if (typeof o.repository !== 'string') return `${REPORT_JSON}: repository is missing`;
  return {
    schema: REPORT_SCHEMA,
    repository: o.repository,
    pull_request: pr,
    head_sha: o.head_sha,
    comment_key: o.comment_key,
    ...(typeof o.run_id === 'number' ? { run_id: o.run_id } : {}),
    ...(typeof o.run_attempt === 'number' ? { run_attempt: o.run_attempt } : {}),
  };
}

/** A regular file (not a link, not a directory) of at most MAX_REPORT_BYTES, as UTF-8 text. */
async function readSmallFile(file: string): Promise<string | undefined> {
  try {
    const st = await fs.lstat(file);
    if (!st.isFile() || st.size > MAX_REPORT_BYTES) return undefined;
    return new TextDecoder('utf-8', { fatal: true }).decode(await fs.readFile(file));
  } catch {
    return undefined;
  }
}

/** Reads and checks the report in a downloaded artifact's directory. */
export async function readReport(dir: string): Promise<ReadReport> {
  const json = await readSmallFile(path.join(dir, REPORT_JSON));
  if (json === undefined) return { error: `no readable ${REPORT_JSON} of at most ${MAX_REPORT_BYTES} bytes` };
  const info = parseReportInfo(json);
  if (typeof info === 'string') return { error: info };
  const markdown = await readSmallFile(path.join(dir, REPORT_MARKDOWN));
  if (markdown === undefined)
    return { error: `no readable ${REPORT_MARKDOWN} of at most ${MAX_REPORT_BYTES} bytes` };
  return { info, markdown };
}

export interface PublishOptions {
  ctx: ActionContext;
  invocation: string;
  info: ReportInfo;
  markdown: string;
  /** Upload it as an artifact (`upload-artifact`, and an artifact service to upload to). */
  upload: boolean;
  retentionDays?: number;
  budget: NetworkBudget;
}

/**
 * Writes the report files and uploads them; never throws (a failure is a warning naming what a `workflow_run`
 * comment will miss). Returns the path of report.json when it was written.
 */
export async function publishReport(o: PublishOptions): Promise<string | undefined> {
  let report: WrittenReport;
  try {
    report = await writeReport(o.ctx, o.invocation, o.info, o.markdown);
  } catch (e) {
    log.warning(
      `Could not write the report file for a workflow_run comment in RUNNER_TEMP (${o.ctx.runnerTemp}): ` +
        `${e instanceof Error ? e.message : String(e)}.`,
    );
    return undefined;
  }
  if (!o.upload) return report.jsonPath;
  try {
    const id = await uploadReport(report, o.ctx, o.budget, o.retentionDays);
    log.info(`Report for a workflow_run comment uploaded as the artifact '${report.name}' (id ${id}).`);
  } catch (e) {
    log.warning(
      `Could not upload the report artifact '${report.name}': ${e instanceof Error ? e.message : String(e)}. ` +
        `A workflow_run workflow with 'mode: comment' will find no report of this run; the file is at ${report.jsonPath}.`,
    );
  }
  return report.jsonPath;
}
