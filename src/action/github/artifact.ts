/**
 * Uploads the document as a single-file artifact (`skipArchive`, so it opens in the browser), or the documents of many
 * pipelines as one zip artifact with a file per pipeline at its root. @actions/artifact is loaded only here. Every
 * failure — staging in RUNNER_TEMP included — is a warning: the artifact never decides the gate. Every call to the
 * artifact service is raced against the network budget (the library retries for minutes on its own).
 *
 * Names are unique per workflow run, and an artifact is never deleted or replaced unless it is provably this
 * invocation's own (see {@link placeArtifact}).
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as log from '../log.js';
import { artifactUrl, isGhes, runAttempt, type ActionContext } from '../inputs/context.js';
import type { OutputFormat } from '../../core/index.js';
import { formatFromPath } from '../inputs/inputs.js';
import type { NetworkBudget } from './budget.js';

export interface ArtifactRequest {
  /** The written document. */
  file: string;
  format: OutputFormat;
  /** The `artifact-name` input; the extension is added when missing. */
  name: string;
  retentionDays?: number;
  /** This invocation's id (inputs/context.ts invocationId). */
  invocation: string;
}

/** Several documents in one artifact: a zip whose entries are the files' paths relative to `rootDirectory`. */
export interface ArtifactSetRequest {
  /** Absolute paths of the documents, all below `rootDirectory`. */
  files: string[];
  rootDirectory: string;
  /** The `artifact-name` input, used as it is (the service adds `.zip` for the download). */
  name: string;
  retentionDays?: number;
  invocation: string;
}

export interface ArtifactOutcome {
  id?: number;
  url?: string;
  /** The artifact's name, when it is not the one asked for. */
  name?: string;
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

/** The artifact service answers 409 `already_exists` when the run already has an artifact of that name. */
export function isAlreadyExists(e: unknown): boolean {
  const message = e instanceof Error ? e.message : String(e);
  return /\(409\)|already[_ ]exists/i.test(message);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** `name` with `suffix` before its extension (`doc.json` → `doc-<suffix>.json`), or at the end for a zip's name. */
export function suffixedName(name: string, suffix: string, keepExtension: boolean): string {
  const ext = keepExtension ? path.extname(name) : '';
  return `${name.slice(0, name.length - ext.length)}-${suffix}${ext}`;
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

export type ArtifactClient = InstanceType<typeof import('@actions/artifact').DefaultArtifactClient>;

/** An artifact already in the run, as the service lists it. */
export interface ExistingArtifact {
  id: number;
  digest?: string;
}

/** What is uploaded, and how to tell whether an artifact already in the run holds exactly that. */
export interface Payload {
  /** Describes the content in messages ("this document", "these documents"). */
  what: string;
  /** Uploads under `name`; returns the artifact id. */
  put(client: ArtifactClient, name: string): Promise<number>;
  /** Whether `existing` holds exactly this content (then it is kept instead of uploading a copy). */
  same(client: ArtifactClient, existing: ExistingArtifact): Promise<boolean>;
}

export interface Placement {
  id: number;
  name: string;
}

export interface PlaceOptions {
  /** The name asked for. */
  name: string;
  /** This invocation's own name for it (derived from the invocation id); may equal `name`. */
  own: string;
  /** For numbered fallbacks of `own`. */
  keepExtension: boolean;
  ctx: ActionContext;
  budget: NetworkBudget;
}

const MAX_NUMBERED_NAMES = 9;

/**
 * Uploads `payload` without ever deleting or overwriting an artifact of another invocation:
 * 1. under `name` when it is free;
 * 2. when `name` is taken: kept as it is if it holds exactly this content (an earlier attempt of this job, or an
 *    invocation that made the same document), else uploaded under `own` with a warning;
 * 3. when `own` is taken too: kept if it holds this content; in a re-run (attempt > 1) it is this invocation's own
 *    from an earlier attempt, so it is replaced, and the log says so; in a first attempt another invocation with the
 *    same identity has it, so a numbered name is used (with a warning).
 */
export async function placeArtifact(
  client: ArtifactClient,
  payload: Payload,
  o: PlaceOptions,
): Promise<Placement> {
  const { budget } = o;
  const attempt = runAttempt(o.ctx);
  const create = async (name: string): Promise<number | 'taken'> => {
    try {
      return await budget.race(`the upload of the artifact '${name}'`, payload.put(client, name));
    } catch (e) {
      if (isAlreadyExists(e)) return 'taken';
      throw e;
    }
  };
  const existing = async (name: string): Promise<ExistingArtifact | undefined> => {
    try {
      const { artifact } = await budget.race(
        `the lookup of the artifact '${name}'`,
        client.getArtifact(name),
      );
      return { id: artifact.id, ...(artifact.digest ? { digest: artifact.digest } : {}) };
    } catch (e) {
      // Not listed (yet): another invocation is still uploading it.
      if (/not ?found/i.test(message(e))) return undefined;
      throw e;
    }
  };
  const kept = async (name: string): Promise<Placement | undefined> => {
    const found = await existing(name);
    if (!found || !(await payload.same(client, found))) return undefined;
    log.info(
      `The artifact '${name}' of this run already holds exactly ${payload.what}; kept it instead of uploading a copy.`,
    );
    return { id: found.id, name };
  };

  const first = await create(o.name);
  if (first !== 'taken') return { id: first, name: o.name };
  if (o.own !== o.name) {
    const same = await kept(o.name);
    if (same) return same;
    const id = await create(o.own);
    if (id !== 'taken') {
      log.warning(
        `An artifact named '${o.name}' already exists in this run with other content (another job, step or matrix leg ` +
          `uses the same 'artifact-name'); uploaded ${payload.what} as '${o.own}'. Give each invocation its own 'artifact-name'.`,
      );
      return { id, name: o.own };
    }
  }
  const same = await kept(o.own);
  if (same) return same;
  if (attempt > 1) {
    log.info(
      `The artifact '${o.own}' was uploaded by an earlier attempt of this step (attempt ${attempt} is a re-run): replacing it.`,
    );
    await budget.race(`the deletion of the artifact '${o.own}'`, client.deleteArtifact(o.own));
    const id = await create(o.own);
    if (id === 'taken') throw new Error(`'${o.own}' was taken again right after it was deleted`);
    log.info(`Replaced the artifact '${o.own}' left by an earlier attempt.`);
    return { id, name: o.own };
  }
  for (let n = 2; n <= MAX_NUMBERED_NAMES + 1; n++) {
    const name = suffixedName(o.own, String(n), o.keepExtension);
    const id = await create(name);
    if (id === 'taken') continue;
    log.warning(
      `The artifact '${o.own}' already exists in this run (another invocation with the same job, step and ` +
        `comment key); uploaded ${payload.what} as '${name}'. Give each invocation its own 'comment-key'.`,
    );
    return { id, name };
  }
  throw new Error(`'${o.own}' and ${MAX_NUMBERED_NAMES} numbered names are taken in this run`);
}

/** `sha256:<hex>` of a file, as the artifact service reports a digest. */
async function fileDigest(file: string): Promise<string> {
  return `sha256:${createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex')}`;
}

function sameDigest(a: string | undefined, b: string): boolean {
  const norm = (d: string): string => d.toLowerCase().replace(/^sha256:/, '');
  return a !== undefined && norm(a) === norm(b);
}

/** The files below `dir`, by path relative to it (forward slashes). */
async function filesBelow(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full).split(path.sep).join('/'), await fs.readFile(full));
  }
  return out;
}

async function guarded(
  name: string,
  where: string,
  ctx: ActionContext,
  work: (client: ArtifactClient, stage: string) => Promise<Placement>,
): Promise<ArtifactOutcome> {
  let stage: string | undefined;
  try {
    stage = await fs.mkdtemp(path.join(ctx.runnerTemp, 'exec-doc-artifact-'));
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const placed = await work(new DefaultArtifactClient(), stage);
    return {
      id: placed.id,
      url: artifactUrl(ctx, placed.id),
      ...(placed.name === name ? {} : { name: placed.name }),
    };
  } catch (e) {
    const cause =
      stage === undefined ? `cannot stage it in RUNNER_TEMP (${ctx.runnerTemp}): ${message(e)}` : message(e);
    log.warning(`Could not upload the artifact '${name}': ${cause}. ${where}.`);
    return { note: 'The artifact upload failed; see the warnings in the job log.' };
  } finally {
    if (stage) await fs.rm(stage, { recursive: true, force: true }).catch(() => undefined);
  }
}

export async function uploadDocument(
  req: ArtifactRequest,
  ctx: ActionContext,
  budget: NetworkBudget,
): Promise<ArtifactOutcome> {
  const skip = unavailable(ctx, `The document is at ${req.file}`);
  if (skip) return skip;
  const fileName = artifactFileName(req.name, req.format);
  return guarded(fileName, `The document is still at ${req.file}`, ctx, async (client, stage) => {
    const digest = await fileDigest(req.file);
    const payload: Payload = {
      what: 'this document',
      async put(c, name) {
        // A directory per name: the artifact is named after the file it holds.
        const dir = await fs.mkdtemp(path.join(stage, 'file-'));
        const staged = path.join(dir, name);
        await fs.copyFile(req.file, staged);
        const { id } = await c.uploadArtifact(name, [staged], dir, {
          skipArchive: true,
          retentionDays: req.retentionDays,
        });
        return artifactId(id);
      },
      same: async (_c, existing) => sameDigest(existing.digest, digest),
    };
    const own = suffixedName(fileName, req.invocation, true);
    return placeArtifact(client, payload, { name: fileName, own, keepExtension: true, ctx, budget });
  });
}

/** The documents of many pipelines as one zip artifact, each file at the zip's root under its own name. */
export async function uploadDocumentSet(
  req: ArtifactSetRequest,
  ctx: ActionContext,
  budget: NetworkBudget,
): Promise<ArtifactOutcome> {
  const skip = unavailable(ctx, `The documents are in ${req.rootDirectory}`);
  if (skip) return skip;
  return guarded(req.name, `The documents are still in ${req.rootDirectory}`, ctx, async (client, stage) => {
    const payload: Payload = {
      what: 'these documents',
      async put(c, name) {
        const { id } = await c.uploadArtifact(name, req.files, req.rootDirectory, {
          retentionDays: req.retentionDays,
        });
        return artifactId(id);
      },
      // A zip's bytes differ between uploads of the same files (entry dates): compare the files themselves. Only a
      // re-run can have uploaded these documents before.
      async same(c, existing) {
        if (runAttempt(ctx) === 1) return false;
        const dir = await fs.mkdtemp(path.join(stage, 'existing-'));
        await budget.race(
          `the download of the artifact ${existing.id}`,
          c.downloadArtifact(existing.id, { path: dir }),
        );
        const theirs = await filesBelow(dir);
        if (theirs.size !== req.files.length) return false;
        for (const f of req.files) {
          const rel = path.relative(req.rootDirectory, f).split(path.sep).join('/');
          const bytes = theirs.get(rel);
          if (!bytes || !bytes.equals(await fs.readFile(f))) return false;
        }
        return true;
      },
    };
    const own = suffixedName(req.name, req.invocation, false);
    return placeArtifact(client, payload, { name: req.name, own, keepExtension: false, ctx, budget });
  });
}

function artifactId(id: number | undefined): number {
  if (id === undefined) throw new Error('the artifact service returned no artifact id');
  return id;
}
