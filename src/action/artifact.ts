/**
 * Uploads the document as a single-file artifact (`skipArchive`, so it opens in the browser). @actions/artifact is
 * loaded only here. Every failure is a warning: the artifact never decides the gate.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as core from './runner.js';
import { artifactUrl, isGhes, type ActionContext } from './context.js';
import type { OutputFormat } from '../core/index.js';
import { formatFromPath } from './inputs.js';

export interface ArtifactRequest {
  /** The written document. */
  file: string;
  format: OutputFormat;
  /** The `artifact-name` input; the extension is added when missing. */
  name: string;
  retentionDays?: number;
}

export interface ArtifactOutcome {
  id?: number;
  url?: string;
  /** Shown in the report instead of a link when there is no artifact. */
  note?: string;
}

/**
 * With `skipArchive` the artifact is named after the file, so the file is staged under the requested name
 * (`execution-document` → `execution-document.json`).
 */
export function artifactFileName(name: string, format: OutputFormat): string {
  return formatFromPath(name) === format ? name : `${name}.${format}`;
}

/** The artifact service answers 409 `already_exists` when a re-run of the job uploads the same name again. */
export function isAlreadyExists(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /\(409\)|already[_ ]exists/i.test(message);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export async function uploadDocument(req: ArtifactRequest, ctx: ActionContext): Promise<ArtifactOutcome> {
  if (isGhes(ctx.serverUrl)) {
    core.warning(
      `Artifact upload skipped: GitHub Enterprise Server (${ctx.serverUrl}) does not support the artifact service ` +
        `this action uses. The document is at ${req.file} (output 'path'); upload it with actions/upload-artifact@v3 ` +
        `or set 'upload-artifact: false'.`,
    );
    return { note: 'Not uploaded as an artifact (GitHub Enterprise Server).' };
  }
  if (!ctx.hasArtifactRuntime) {
    core.warning(
      `Artifact upload skipped: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (not running in an Actions job?). ` +
        `The document is at ${req.file}.`,
    );
    return { note: 'Not uploaded as an artifact (no Actions runtime).' };
  }

  const fileName = artifactFileName(req.name, req.format);
  const stage = await fs.mkdtemp(path.join(ctx.runnerTemp, 'exec-doc-artifact-'));
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const upload = async (name: string): Promise<number> => {
      const staged = path.join(stage, name);
      await fs.copyFile(req.file, staged);
      const { id } = await client.uploadArtifact(name, [staged], stage, {
        skipArchive: true,
        retentionDays: req.retentionDays,
      });
      if (id === undefined) throw new Error('the artifact service returned no artifact id');
      return id;
    };
    const id = await upload(fileName).catch(async (e: unknown) => {
      if (!isAlreadyExists(e)) throw e;
      return resolveConflict(fileName, upload, (name) => client.deleteArtifact(name), ctx);
    });
    return { id, url: artifactUrl(ctx, id) };
  } catch (e) {
    core.warning(
      `Could not upload the artifact '${fileName}': ${message(e)}. The document is still at ${req.file}.`,
    );
    return { note: 'The artifact upload failed; see the warnings in the job log.' };
  } finally {
    await fs.rm(stage, { recursive: true, force: true });
  }
}

/** Names tried after a conflict in a first attempt: `name-2.json`, `name-3.json`, ... */
export function alternativeName(fileName: string, n: number): string {
  const ext = path.extname(fileName);
  return `${fileName.slice(0, fileName.length - ext.length)}-${n}${ext}`;
}

const MAX_ALTERNATIVE_NAMES = 9;

/**
 * Artifact names are unique per workflow run. In a re-run (attempt > 1) the artifact is the earlier attempt's: it is
 * replaced. In a first attempt it belongs to another job or step of this run and is kept: ours gets a free name.
 */
async function resolveConflict(
  fileName: string,
  upload: (name: string) => Promise<number>,
  remove: (name: string) => Promise<unknown>,
  ctx: ActionContext,
): Promise<number> {
  if (Number(ctx.runAttempt ?? '1') > 1) {
    core.info(
      `An artifact named '${fileName}' already exists in this run (attempt ${ctx.runAttempt} is a re-run): replacing it.`,
    );
    await remove(fileName);
    const id = await upload(fileName);
    core.info(`Replaced the artifact '${fileName}' left by an earlier attempt.`);
    return id;
  }
  for (let n = 2; n <= MAX_ALTERNATIVE_NAMES + 1; n++) {
    const name = alternativeName(fileName, n);
    try {
      const id = await upload(name);
      core.warning(
        `An artifact named '${fileName}' already exists in this run (another job or step uses the same 'artifact-name'); ` +
          `uploaded this document as '${name}'. Give each invocation its own 'artifact-name'.`,
      );
      return id;
    } catch (e) {
      if (!isAlreadyExists(e)) throw e;
    }
  }
  throw new Error(`'${fileName}' and ${MAX_ALTERNATIVE_NAMES} alternative names are taken in this run`);
}
