/**
 * On pull requests: compares every generated pipeline with the base commit. The base reader, the comparison and the
 * core's diff are loaded only here. Never fails the run: what goes wrong is a note in the report (and a warning when
 * the base files cannot be read, e.g. a token without `contents: read`).
 */
import { readFile } from 'node:fs/promises';
import * as log from './log.js';
import type { BaseSource } from './github/base.js';
import type { ActionContext } from './inputs/context.js';
import { createGitHubClient } from './github/client.js';
import type { ActionInputs } from './inputs/inputs.js';
import type { PipelineRun } from './outputs.js';
import type { NetworkBudget } from './github/budget.js';

/** The base a pull request is compared with: its commit id (full and short) and how its files were read. */
export interface BaseInfo {
  sha: string;
  ref: string;
  via: 'git' | 'api';
}

/** What the pull request is compared with: the base, or why there is no base at all. */
export interface DiffContext {
  base?: BaseInfo;
  note?: string;
  /** Pipelines the base's manifest file lists and the head's does not (a manifest file only). */
  removed?: string[];
}

/**
 * The names of the pipelines in the base's version of a manifest file that the head's no longer has. Best effort: a
 * base without the file, or one that cannot be read or parsed, removes nothing.
 */
async function removedPipelines(
  source: BaseSource,
  manifest: { display: string; absolute: string },
  head: readonly string[],
): Promise<string[]> {
  // Read only when the base has the file and it differs from the head's (an unchanged manifest removes nothing).
  const id = (await source.blobIds([manifest.display])).get(manifest.display);
  if (id === null) return [];
  const { gitBlobId } = await import('./document.js');
  if (id !== undefined && id === gitBlobId(await readFile(manifest.absolute))) return [];
  const text = (await source.read([manifest.display])).get(manifest.display);
  if (typeof text !== 'string') return [];
  const { parseSource, loadYaml } = await import('../core/index.js');
  const format = /\.json$/i.test(manifest.display) ? 'json' : 'yaml';
  if (format === 'yaml') await loadYaml();
  const parsed = parseSource({ name: manifest.display, text, format });
  const list = parsed.source?.value;
  if (!Array.isArray(list)) return [];
  const names = list.flatMap((e: unknown) => {
    const name = (e as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? [name] : [];
  });
  const now = new Set(head);
  return [...new Set(names)].filter((n) => !now.has(n));
}

/** Where the base's files come from: the local checkout when it has the commit, else the GitHub API. */
async function openBase(
  inputs: ActionInputs,
  ctx: ActionContext,
  payload: unknown,
  budget: NetworkBudget,
): Promise<{ source?: BaseSource; context: DiffContext }> {
  const { apiBase, BASE_ATTEMPTS, baseSha, openGitBase } = await import('./github/base.js');
  const sha = baseSha(payload);
  if (!sha) return { context: { note: 'the event payload has no pull_request.base.sha' } };
  const ref = sha.slice(0, 7);
  const local = await openGitBase(ctx.workspace, sha);
  if (local) return { source: local, context: { base: { sha, ref, via: 'git' } } };
  if (!ctx.repository) return { context: { note: 'GITHUB_REPOSITORY is not set' } };
  if (!inputs.githubToken)
    return {
      context: {
        note: `the base commit ${ref} is not in the checkout and the 'github-token' input is empty`,
      },
    };
  try {
    // A client of its own: fewer attempts than the comment's (see BASE_ATTEMPTS).
    const client = await createGitHubClient(inputs.githubToken, ctx.apiUrl, {
      budget,
      maxAttempts: BASE_ATTEMPTS,
    });
    return {
      source: apiBase(client, { ...ctx.repository, sha }),
      context: { base: { sha, ref, via: 'api' } },
    };
  } catch (e) {
    return {
      context: { note: `cannot create the GitHub client: ${e instanceof Error ? e.message : String(e)}` },
    };
  }
}

/**
 * Compares every pipeline with the base, failed ones too (to tell a failure the pull request introduces from one the
 * base already had); never fails the run.
 */
export async function diffStep(
  inputs: ActionInputs,
  ctx: ActionContext,
  payload: unknown,
  runs: PipelineRun[],
  budget: NetworkBudget,
): Promise<DiffContext> {
  const started = performance.now();
  const { source, context } = await openBase(inputs, ctx, payload, budget);
  if (!source || !context.base) {
    log.info(`No diff against the base: ${context.note ?? 'no base'}.`);
    return context;
  }
  try {
    const { compareWithBase } = await import('./compare.js');
    const comparisons = await compareWithBase(
      runs.map((r) => ({
        outcome: r.outcome,
        files: {
          dag: { path: r.spec.dag.display, absolute: r.spec.dag.absolute },
          config: { path: r.spec.config.display, absolute: r.spec.config.absolute },
          ...(r.spec.template
            ? { template: { path: r.spec.template.display, absolute: r.spec.template.absolute } }
            : {}),
        },
      })),
      source,
      { lenient: inputs.lenient, ref: context.base.ref },
    );
    runs.forEach((r, i) => (r.comparison = comparisons[i]));
    if (inputs.manifest?.kind === 'file') {
      const removed = await removedPipelines(
        source,
        inputs.manifest.file,
        runs.map((r) => r.spec.name),
      ).catch((e: unknown) => {
        log.debug(`the base manifest was not compared: ${e instanceof Error ? e.message : String(e)}`);
        return [];
      });
      if (removed.length > 0) {
        context.removed = removed;
        log.info(`Removed from the manifest by this pull request: ${removed.join(', ')}.`);
      }
    }
  } catch (e) {
    // A bug in the comparison must not cost the user the head's report.
    if (e instanceof Error && e.stack) log.debug(e.stack);
    const note = `the comparison failed: ${e instanceof Error ? e.message : String(e)}`;
    log.warning(`No diff against the base: ${note}.`);
    return { note };
  }
  const reasons = (cause: 'read' | 'generate'): string[] =>
    runs.flatMap((r) =>
      r.comparison?.status === 'unavailable' && r.comparison.cause === cause
        ? [`${r.spec.name}: ${r.comparison.reason}`]
        : [],
    );
  const unread = reasons('read');
  // Reading is the workflow's business (a permission, an outage); a base that does not generate is not.
  if (unread.length > 0)
    log.warning(
      `No diff against the base for ${unread.length} of ${runs.length} pipeline(s); the check is not affected. ` +
        `${unread[0]}${unread.length > 1 ? ` (and ${unread.length - 1} more)` : ''}`,
    );
  const ungenerated = reasons('generate');
  if (ungenerated.length > 0) log.info(`No diff: ${ungenerated.join('; ')}`);
  const compared = runs.filter((r) => r.comparison?.status === 'compared').length;
  const via = context.base.via === 'git' ? 'local git' : 'GitHub API';
  if (compared > 0)
    log.info(
      `Compared ${compared} of ${runs.length} pipeline(s) with the base commit ${context.base.ref} (${via}) ` +
        `in ${Math.round(performance.now() - started)} ms.`,
    );
  return context;
}
