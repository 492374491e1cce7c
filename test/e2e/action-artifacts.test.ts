/**
 * End to end: artifact names are unique per workflow run, and no invocation ever deletes or overwrites another's
 * artifact. Two invocations sharing `artifact-name`, run in attempt 1 and again in attempt 2, both keep their
 * documents downloadable; a re-run replaces only what this invocation uploaded in an earlier attempt, and says so.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  HAS_ACTION,
  RUN_BACKEND_ID,
  runAction,
  SKIP_REASON,
  type Job,
  type RunResult,
} from './helpers/action-runner.js';
import { runtimeToken } from './helpers/runner-files.js';
import { readZip } from './helpers/zip.js';
import { startServices, type Services } from './servers/index.js';
import type { StoredArtifact } from './servers/artifact.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789';
const e2e = it.skipIf(!HAS_ACTION);
const NAME = 'execution-document.json';
/** An earlier attempt of a job runs under another job backend id. */
const JOB_IN_ATTEMPT = (n: number): string => `c0ffee00-0000-4000-8000-0000000000${n}f`;

describe(HAS_ACTION ? 'action e2e: artifacts' : `action e2e: artifacts (skipped: ${SKIP_REASON})`, () => {
  let services: Services;
  let job: Job;

  beforeEach(async () => {
    services = await startServices();
    job = await createJob({ fixtures: ['demo'] });
    // A second pipeline whose document differs (another service name).
    await fs.cp(path.join(job.workspace, 'demo'), path.join(job.workspace, 'other'), { recursive: true });
    await setClusterType('other', 'LARGE');
  });
  afterEach(async () => {
    await services.close();
    await job.cleanup();
  });

  /**
   * Gives a pipeline a document of its own: the training data load's cluster type, a value the document copies
   * as it is (a derived value such as the service name would leave the config's saved paths stale, which strict
   * mode refuses, as cursus would write them unconverted).
   */
  async function setClusterType(dir: string, type: string): Promise<void> {
    const file = path.join(job.workspace, dir, 'config.json');
    const text = await fs.readFile(file, 'utf8');
    const changed = text.replace(/"cluster_type": "[^"]*"/, `"cluster_type": "${type}"`);
    expect(changed).not.toBe(text);
    await fs.writeFile(file, changed);
  }

  /** One invocation of the action: `step` is its GITHUB_ACTION, `dir` its pipeline, in run attempt `attempt`. */
  const invoke = (step: string, dir: string, attempt: number, inputs: Record<string, string> = {}) =>
    runAction(job, {
      inputs: {
        dag: `${dir}/dag.json`,
        config: `${dir}/config.json`,
        output: `out/${dir}.json`,
        comment: 'false',
        'github-token': TOKEN,
        ...inputs,
      },
      githubUrl: services.github.url,
      artifactUrl: services.artifacts.url,
      runAttempt: attempt,
      env: {
        GITHUB_ACTION: step,
        ACTIONS_RUNTIME_TOKEN: runtimeToken(RUN_BACKEND_ID, JOB_IN_ATTEMPT(attempt)),
      },
    });

  /** Downloads an artifact as a user would: the REST API's zip link, redirected to the blob. */
  async function download(id: string): Promise<Buffer> {
    const res = await fetch(`${services.github.url}/repos/octo/pipelines/actions/artifacts/${id}/zip`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  const byId = (r: RunResult): StoredArtifact | undefined =>
    services.artifacts.artifacts.find((a) => String(a.id) === r.outputs['artifact-id']);

  async function expectDownloadable(r: RunResult): Promise<void> {
    expect(r.code, r.stdout).toBe(0);
    const artifact = byId(r);
    expect(artifact, 'artifact-id names an artifact of the run').toBeDefined();
    expect(r.outputs['artifact-url']).toBe(
      `https://github.com/octo/pipelines/actions/runs/123456789/artifacts/${artifact!.id}`,
    );
    expect((await download(r.outputs['artifact-id']!)).equals(await fs.readFile(r.outputs.path!))).toBe(true);
  }

  e2e(
    'two invocations sharing artifact-name, in attempts 1 and 2: both documents stay downloadable, nothing is deleted',
    async () => {
      const a1 = await invoke('__acme_exec-doc', 'demo', 1);
      const b1 = await invoke('__acme_exec-doc_2', 'other', 1);
      await expectDownloadable(a1);
      await expectDownloadable(b1);
      expect(byId(a1)!.name).toBe(NAME);
      const own = byId(b1)!.name;
      expect(own).toMatch(/^execution-document-[0-9a-f]{8}\.json$/);
      expect(b1.find('warning').map((w) => w.message)).toEqual([
        `An artifact named '${NAME}' already exists in this run with other content (another job, step or matrix leg ` +
          `uses the same 'artifact-name'); uploaded this document as '${own}'. Give each invocation its own 'artifact-name'.`,
      ]);

      // The job is re-run: both steps again, in the other order.
      const b2 = await invoke('__acme_exec-doc_2', 'other', 2);
      const a2 = await invoke('__acme_exec-doc', 'demo', 2);
      await expectDownloadable(a2);
      await expectDownloadable(b2);
      expect(a2.outputs['artifact-id']).toBe(a1.outputs['artifact-id']);
      expect(b2.outputs['artifact-id']).toBe(b1.outputs['artifact-id']);
      for (const r of [a2, b2]) expect(r.find('warning')).toEqual([]);
      expect(a2.stdout).toContain(
        `The artifact '${NAME}' of this run already holds exactly this document; kept it instead of uploading a copy.`,
      );
      expect(b2.stdout).toContain(
        `The artifact '${own}' of this run already holds exactly this document; kept it instead of uploading a copy.`,
      );
      expect(services.artifacts.calls()).not.toContain('DeleteArtifact');
      expect(services.artifacts.artifacts.map((a) => a.name).sort()).toEqual([NAME, own].sort());
    },
  );

  e2e('a re-run whose document changed replaces its own artifact only, and says so', async () => {
    const sibling = services.artifacts.seed({
      runBackendId: RUN_BACKEND_ID,
      jobBackendId: 'another-job',
      name: NAME,
      content: '{"another": "invocation"}\n',
    });
    const first = await invoke('__acme_exec-doc', 'demo', 1);
    await expectDownloadable(first);
    const own = byId(first)!.name;
    expect(own).toMatch(/^execution-document-[0-9a-f]{8}\.json$/);

    // Between the attempts the document changes (inputs that do not come from the commit).
    await setClusterType('demo', 'SMALL');
    const second = await invoke('__acme_exec-doc', 'demo', 2);
    await expectDownloadable(second);
    expect(second.outputs['artifact-id']).not.toBe(first.outputs['artifact-id']);
    expect(byId(second)!.name).toBe(own);
    expect(second.stdout).toContain(
      `The artifact '${own}' was uploaded by an earlier attempt of this step (attempt 2 is a re-run): replacing it.`,
    );
    expect(second.stdout).toContain(`Replaced the artifact '${own}' left by an earlier attempt.`);
    // The other invocation's artifact is untouched; the only deletion was our own earlier upload.
    expect(services.artifacts.bytes(sibling)?.toString()).toBe('{"another": "invocation"}\n');
    const deletions = services.artifacts.requests.filter((q) => q.url.endsWith('/DeleteArtifact'));
    expect(deletions.map((q) => (JSON.parse(q.body.toString()) as { name: string }).name)).toEqual([own]);
  });

  e2e('the same documents of many pipelines in a re-run: the earlier zip is compared and kept', async () => {
    const manifest =
      '- name: one\n  dag: demo/dag.json\n  config: demo/config.json\n- name: two\n  dag: other/dag.json\n  config: other/config.json\n';
    const inputs = { pipelines: manifest, output: 'out/docs', comment: 'false', 'github-token': TOKEN };
    const run = (attempt: number) =>
      runAction(job, {
        inputs,
        githubUrl: services.github.url,
        artifactUrl: services.artifacts.url,
        runAttempt: attempt,
        env: { ACTIONS_RUNTIME_TOKEN: runtimeToken(RUN_BACKEND_ID, JOB_IN_ATTEMPT(attempt)) },
      });
    const first = await run(1);
    expect(first.code, first.stdout).toBe(0);
    const second = await run(2);
    expect(second.code, second.stdout).toBe(0);
    expect(second.find('warning')).toEqual([]);
    expect(second.outputs['artifact-id']).toBe(first.outputs['artifact-id']);
    expect(second.stdout).toContain(
      "The artifact 'execution-document' of this run already holds exactly these documents; kept it",
    );
    // Compared through the run's own artifact service: ListArtifacts, GetSignedArtifactURL, the blob.
    expect(services.artifacts.calls()).toContain('GetSignedArtifactURL');
    expect(services.artifacts.calls()).not.toContain('DeleteArtifact');
    const zip = readZip(await download(second.outputs['artifact-id']!));
    expect(zip.map((e) => e.name).sort()).toEqual(['one.json', 'two.json']);
    for (const e of zip)
      expect(e.data.equals(await fs.readFile(path.join(job.workspace, 'out', 'docs', e.name)))).toBe(true);
  });
});
