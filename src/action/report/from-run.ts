/**
 * The report's input gathered from a run of the action: the pipelines and their comparisons, the inputs, the event
 * (compared commits), the runner's environment (server, repository, run, the action's own repository for the
 * reproduce command) and the artifact.
 */
import path from 'node:path';
import type { ArtifactOutcome } from '../github/artifact.js';
import type { DiffContext } from '../diff-step.js';
import type { ActionContext } from '../inputs/context.js';
import type { ActionInputs } from '../inputs/inputs.js';
import type { PipelineRun } from '../outputs.js';
import type { ReportInput } from './model.js';

type Env = Readonly<Record<string, string | undefined>>;

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/** The head commit of a pull request event (`pull_request.head.sha`), when it is a commit id. */
export function headSha(payload: unknown): string | undefined {
  const sha = (payload as { pull_request?: { head?: { sha?: unknown } } } | null | undefined)?.pull_request
    ?.head?.sha;
  return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}

/**
 * How a reader runs this action's CLI, as shell words, from the root of their repository: from the action's own
 * repository at the ref the workflow uses (`GITHUB_ACTION_REPOSITORY`, `GITHUB_ACTION_REF`: `npx --yes
 * github:acme/exec-doc#v1`); for an action of the repository itself (`uses: ./path`), its bundled CLI under `$ROOT`,
 * the repository root; else the `exec-doc` command of an installed CLI.
 */
export function cliCommand(env: Env): string {
  const repo = env['GITHUB_ACTION_REPOSITORY']?.trim();
  const ref = env['GITHUB_ACTION_REF']?.trim();
  if (repo && /^[\w.-]+\/[\w.-]+$/.test(repo))
    return `npx --yes github:${repo}${ref && /^[\w./-]+$/.test(ref) ? `#${ref}` : ''}`;
  const workspace = env['GITHUB_WORKSPACE']?.trim();
  const action = env['GITHUB_ACTION_PATH']?.trim();
  if (workspace && action) {
    const rel = path.relative(path.resolve(workspace), path.resolve(action)).split(path.sep).join('/');
    if (rel === '') return 'node "$ROOT/dist/cli/index.js"';
    if (/^[\w.][\w./-]*$/.test(rel) && !rel.split('/').includes('..'))
      return `node "$ROOT/${rel}/dist/cli/index.js"`;
  }
  return 'exec-doc';
}

export interface RunFacts {
  inputs: ActionInputs;
  ctx: ActionContext;
  payload: unknown;
  env: Env;
  many: boolean;
  pullRequest: boolean;
  artifact: ArtifactOutcome;
  diff?: DiffContext;
  runUrl?: string;
}

/** The report's input for a run (see {@link ReportInput}). */
export function reportInput(runs: readonly PipelineRun[], facts: RunFacts): ReportInput {
  const { inputs, ctx, payload, env, many, pullRequest, artifact, diff } = facts;
  const head = pullRequest ? headSha(payload) : env['GITHUB_SHA']?.trim();
  return {
    key: inputs.commentKey,
    many,
    pullRequest,
    lenient: inputs.lenient,
    cli: cliCommand(env),
    ...(pullRequest && diff?.note ? { baseNote: diff.note } : {}),
    ...(pullRequest && diff?.removed?.length ? { removed: diff.removed } : {}),
    provenance: {
      server: ctx.serverUrl,
      ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
      ...(pullRequest && diff?.base ? { base: diff.base.sha, via: diff.base.via } : {}),
      ...(head && SHA.test(head) ? { head } : {}),
      ...(facts.runUrl ? { run: facts.runUrl } : {}),
      ...(artifact.url ? { artifact: artifact.url } : {}),
      ...(artifact.note ? { artifactNote: artifact.note } : {}),
    },
    pipelines: runs.map((r) => ({
      name: r.spec.name,
      files: {
        dag: r.spec.dag.display,
        config: r.spec.config.display,
        ...(r.spec.template ? { template: r.spec.template.display } : {}),
      },
      report: r.outcome.report,
      ...(r.comparison ? { comparison: r.comparison } : {}),
    })),
  };
}
