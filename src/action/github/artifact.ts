/**
 * Uploads the document as a single-file artifact (`skipArchive`, so it opens in the browser), or the documents of many
 * pipelines as one zip artifact with a file per pipeline at its root. @actions/artifact is loaded only here. Every
 * failure is a warning: the artifact never decides the gate.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as log from '../log.js';
import { artifactUrl, isGhes, type ActionContext } from '../inputs/context.js';
import type { OutputFormat } from '../../core/index.js';
import { formatFromPath } from '../inputs/inputs.js';

export interface ArtifactRequest {
  /** The written document. */
  file: string;
  format: OutputFormat;
  /** The `artifact-name` input; the extension is added when missing. */
  name: string;
  retentionDays?: number;
}

/** Several documents in one artifact: a zip whose entries are the files' paths relative to `rootDirectory`. */
export interface ArtifactSetRequest {
  /** Absolute paths of the documents, all below `rootDirectory`. */
  files: string[];
  rootDirectory: string;
  /** The `artifact-name` input, used as it is (the service adds `.zip` for the download). */
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

/** Why there can be no upload here (GitHub Enterprise Server, no Actions runtime), as a warning; undefined if there can. */
function unavailable(ctx: ActionContext, where: string): ArtifactOutcome | undefined {
  if (isGhes(ctx.serverUrl)) {
    log.warning(
      `Artifact upload skipped: GitHub Enterprise Server (${ctx.serverUrl}) does not support the artifact service ` +
        `this action uses. ${where} (output 'path'); upload it with actions/upload-artifact@v3 ` +
        `or set 'upload-artifact: false'.`,
    );
    return { note: 'Not uploaded as an artifact (GitHub Enterprise Server).' };
  }
  if (!ctx.hasArtifactRuntime) {
    log.warning(
      `Artifact upload skipped: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set (not running in an Actions job?). ` +
        `${where}.`,
    );
    return { note: 'Not uploaded as an artifact (no Actions runtime).' };
  }
  return undefined;
}

/** Uploads under `name`, resolving a name conflict (see resolveConflict); failures become a warning. */
async function uploadNamed(
  name: string,
  upload: (client: ArtifactClient, name: string) => Promise<number>,
  ctx: ActionContext,
  where: string,
): Promise<ArtifactOutcome> {
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const id = await upload(client, name).catch(async (e: unknown) => {
      if (!isAlreadyExists(e)) throw e;
      return resolveConflict(
        name,
        (n) => upload(client, n),
        (n) => client.deleteArtifact(n),
        ctx,
      );
    });
    return { id, url: artifactUrl(ctx, id) };
  } catch (e) {
    log.warning(`Could not upload the artifact '${name}': ${message(e)}. ${where}.`);
    return { note: 'The artifact upload failed; see the warnings in the job log.' };
  }
}

type ArtifactClient = InstanceType<typeof import('@actions/artifact').DefaultArtifactClient>;

function artifactId(id: number | undefined): number {
  if (id === undefined) throw new Error('the artifact service returned no artifact id');
  return id;
}

export async function uploadDocument(req: ArtifactRequest, ctx: ActionContext): Promise<ArtifactOutcome> {
  const where = `The document is at ${req.file}`;
  const skip = unavailable(ctx, where);
  if (skip) return skip;
  const fileName = artifactFileName(req.name, req.format);
  const stage = await fs.mkdtemp(path.join(ctx.runnerTemp, 'exec-doc-artifact-'));
  try {
    return await uploadNamed(
      fileName,
      async (client, name) => {
        const staged = path.join(stage, name);
        await fs.copyFile(req.file, staged);
        const { id } = await client.uploadArtifact(name, [staged], stage, {
          skipArchive: true,
          retentionDays: req.retentionDays,
        });
        return artifactId(id);
      },
      ctx,
      `The document is still at ${req.file}`,
    );
  } finally {
    await fs.rm(stage, { recursive: true, force: true });
  }
}

/** The documents of many pipelines as one zip artifact, each file at the zip's root under its own name. */
export async function uploadDocumentSet(
  req: ArtifactSetRequest,
  ctx: ActionContext,
): Promise<ArtifactOutcome> {
  const where = `The documents are in ${req.rootDirectory}`;
  const skip = unavailable(ctx, where);
  if (skip) return skip;
  return uploadNamed(
    req.name,
    async (client, name) => {
      const { id } = await client.uploadArtifact(name, req.files, req.rootDirectory, {
        retentionDays: req.retentionDays,
      });
      return artifactId(id);
    },
    ctx,
    `The documents are still in ${req.rootDirectory}`,
  );
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
    log.info(
      `An artifact named '${fileName}' already exists in this run (attempt ${ctx.runAttempt} is a re-run): replacing it.`,
    );
    await remove(fileName);
    const id = await upload(fileName);
    log.info(`Replaced the artifact '${fileName}' left by an earlier attempt.`);
    return id;
  }
  for (let n = 2; n <= MAX_ALTERNATIVE_NAMES + 1; n++) {
    const name = alternativeName(fileName, n);
    try {
      const id = await upload(name);
      log.warning(
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
