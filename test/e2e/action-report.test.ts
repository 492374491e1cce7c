/**
 * End to end, the PR report a reviewer reads (issue #8, cases a–i): the built action on a pull request whose base and
 * head are real commits made with git in the workspace, against the loopback GitHub API. Every comment and summary is
 * rendered with cmark-gfm and judged on its HTML.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createJob,
  HAS_ACTION,
  NODE,
  ROOT,
  runAction,
  SKIP_REASON,
  type Job,
  type RunOptions,
} from './helpers/action-runner.js';
import { startServices, type Services } from './servers/index.js';
import { ACTIONS_BOT } from './servers/github.js';
import {
  balanced,
  codeTexts,
  firstBlock,
  links,
  render,
  textOf,
  visibleOutsideDetails,
} from '../helpers/markdown.js';
import { readMarker } from '../../src/action/report/marker.js';
import * as cases from '../helpers/report-cases.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789';
const DEMO = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };
const RUN_URL = 'https://github.com/octo/pipelines/actions/runs/123456789';
const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost';
const e2e = it.skipIf(!HAS_ACTION);
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe(
  HAS_ACTION ? 'action e2e: the PR report' : `action e2e: the PR report (skipped: ${SKIP_REASON})`,
  () => {
    let services: Services;
    let job: Job;

    beforeEach(async () => {
      services = await startServices();
      job = await createJob({ fixtures: ['demo'] });
    });
    afterEach(async () => {
      await services.close();
      await job.cleanup();
    });

    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: job.workspace,
        encoding: 'utf8',
      }).trim();

    const file = (p: string): string => path.join(job.workspace, p);
    const read = (p: string): Promise<string> => fs.readFile(file(p), 'utf8');
    const write = (p: string, text: string): Promise<void> => fs.writeFile(file(p), text);

    /** Commits the workspace as it is (the base), applies `change`, commits again (the head); the PR points at both. */
    async function pullRequest(
      change: () => Promise<void>,
      base?: string,
    ): Promise<{ base: string; head: string }> {
      if (!base) {
        git('init', '-q');
        git('add', '-A');
        git('commit', '-q', '-m', 'base');
      }
      const baseSha = base ?? git('rev-parse', 'HEAD');
      await change();
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', 'head');
      const head = git('rev-parse', 'HEAD');
      await setPayload(baseSha, head);
      services.github.pulls.set(7, { headSha: head });
      return { base: baseSha, head };
    }

    async function setPayload(base: string, head: string): Promise<void> {
      await fs.writeFile(
        job.eventPath,
        JSON.stringify({
          action: 'synchronize',
          number: 7,
          pull_request: { number: 7, head: { ref: 'feature', sha: head }, base: { ref: 'main', sha: base } },
        }),
      );
    }

    const run = (inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}) =>
      runAction(job, {
        inputs: { ...DEMO, 'github-token': TOKEN, ...inputs },
        githubUrl: services.github.url,
        artifactUrl: services.artifacts.url,
        env: { GITHUB_ACTION_REPOSITORY: 'acme/exec-doc', GITHUB_ACTION_REF: 'v1' },
        ...extra,
      });

    const ours = () => services.github.comments.filter((c) => c.login === ACTIONS_BOT);

    /** Checks every body must pass; returns the comment and its HTML. */
    function check(summary: string): { body: string; html: string } {
      const [comment] = ours();
      expect(comment, 'a comment was written').toBeDefined();
      const body = comment!.body;
      expect(bytes(body)).toBeLessThanOrEqual(60_000);
      expect(bytes(summary)).toBeLessThan(1_048_576);
      for (const md of [body, summary]) {
        const html = render(md);
        expect(balanced(html)).toBe(true);
        expect(html.split('<details>').length).toBe(html.split('</details>').length);
        expect(html).not.toContain('<img');
        for (const href of links(html)) expect(href).toMatch(/^https:\/\/github\.com\/octo\/pipelines\//);
      }
      return { body, html: render(body) };
    }

    /**
     * Runs the summary's "Reproduce locally" commands as a reader pastes them into bash, from the root of their own
     * clone of the repository — on a branch of their own at the base, a file half edited — with the built CLI
     * standing in for the `npx` line. Returns what they print, the temporary directory they used, and the clone.
     */
    async function reproduce(summary: string): Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
      dir: string;
      clone: string;
      cloneGit: (...args: string[]) => string;
    }> {
      const block = codeTexts(render(summary)).find((c) => c.startsWith('exec_doc() {'));
      expect(block, 'the summary has the commands').toBeDefined();
      const lines = block!.trimEnd().split('\n');
      // What the run says: the action's own repository at the ref the workflow uses.
      expect(lines[0]).toBe('exec_doc() { npx --yes github:acme/exec-doc#v1 "$@"; }');
      const cli = path.join(ROOT, 'dist', 'cli', 'index.js');
      lines[0] = `exec_doc() { '${NODE}' '${cli}' "$@"; }`;
      const clone = path.join(job.root, 'my clone');
      git('clone', '-q', job.workspace, clone);
      const cloneGit = (...args: string[]): string =>
        execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
          cwd: clone,
          encoding: 'utf8',
        }).trim();
      const base = JSON.parse(await fs.readFile(job.eventPath, 'utf8')).pull_request.base.sha as string;
      cloneGit('checkout', '-q', '-b', 'mine', base);
      // Work in progress: if the commands read the checkout's files, they would fail on this one.
      await fs.writeFile(path.join(clone, DEMO.config), 'my work in progress\n');
      const r = spawnSync('bash', ['-c', `${lines.join('\n')}\necho "$T"`], {
        cwd: clone,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', HOME: job.root },
      });
      const out = r.stdout.trimEnd().split('\n');
      return {
        code: r.status,
        stdout: out.slice(0, -1).join('\n'),
        stderr: r.stderr,
        dir: out.at(-1)!,
        clone,
        cloneGit,
      };
    }

    /** The reader's clone as they left it: their branch, their edit, no worktree left behind. */
    function untouched(c: { clone: string; cloneGit: (...args: string[]) => string }): void {
      expect(c.cloneGit('rev-parse', '--abbrev-ref', 'HEAD')).toBe('mine');
      expect(c.cloneGit('status', '--porcelain')).toBe(`M ${DEMO.config}`);
      expect(c.cloneGit('worktree', 'list').split('\n')).toHaveLength(1);
    }

    const changeSqlAndFramework = async (): Promise<void> => {
      const t = cases.sqlAndFramework({ ...cases.demoTexts(), config: await read(DEMO.config) });
      await write(DEMO.config, t.config);
    };

    e2e('(a) no change: the verdict first, a few hundred visible characters, changed=false', async () => {
      const { head } = await pullRequest(async () => {
        // Reformatting the DAG changes its bytes, not the pipeline.
        await write(DEMO.dag, JSON.stringify(JSON.parse(await read(DEMO.dag))));
      });
      const r = await run();
      expect(r.code).toBe(0);
      expect(r.outputs.changed).toBe('false');
      const { body, html } = check(r.summary);
      expect(readMarker(body)).toEqual({ key: 'demo/dag.json', head });
      expect(firstBlock(html)).toEqual({
        tag: 'h3',
        text: '✅ No change to the execution document or the DAG',
      });
      expect(visibleOutsideDetails(html).length).toBeLessThan(400);
    });

    e2e(
      '(b) a SQL line and framework 1.7-1 → 1.5-1: diff blocks, no SQL copies, the downgrade flagged',
      async () => {
        const { base, head } = await pullRequest(changeSqlAndFramework);
        const r = await run();
        expect(r.code).toBe(0);
        expect(r.outputs.changed).toBe('true');
        const { body, html } = check(r.summary);
        expect(firstBlock(html).text).toBe(
          '✏️ Changes 2 steps: CradleDataLoading-Training and Registration-NA',
        );
        const code = codeTexts(html);
        expect(code.find((c) => c.includes('@@') && c.includes('transformSQL'))).toContain(
          '- WHERE row_num = 1\n+ WHERE row_num = 1 AND is_abuse IS NOT NULL\n',
        );
        expect(code).toContain(
          `@@ source_model_inference_image_arn @@\n- ${IMAGE}:1.7-1\n+ ${IMAGE}:1.5-1\n`,
        );
        // The SQL appears only as its changed line and two lines of context, in the comment and in the summary.
        for (const md of [body, r.summary])
          expect(md.split('JOIN TAGS ON RAW_MDS_NA.objectId')).toHaveLength(2);
        expect(textOf(html)).toContain('Framework version downgrade in Registration-NA: 1.7-1 → 1.5-1');
        // Provenance: both commits linked, the run and artifact, and the commands that reproduce it.
        expect(links(html)).toEqual(
          expect.arrayContaining([
            `https://github.com/octo/pipelines/commit/${base}`,
            `https://github.com/octo/pipelines/commit/${head}`,
            RUN_URL,
            expect.stringMatching(new RegExp(`^${RUN_URL}/artifacts/\\d+$`)),
          ]),
        );
        // The commands reproduce the run from a clone, and leave the clone as it was.
        const again = await reproduce(r.summary);
        expect(again.stderr).not.toMatch(/fatal|error/i);
        expect(again.code).toBe(0);
        expect(again.stdout).toContain('Execution document: 2 steps changed.\n');
        expect(again.stdout).toContain('~ CradleDataLoading-Training: transformSQL changed\n');
        expect(await fs.readFile(path.join(again.dir, 'head.json'), 'utf8')).toBe(
          await fs.readFile(r.outputs.path ?? '', 'utf8'),
        );
        untouched(again);
      },
    );

    e2e('(c) a DAG node and its edges removed: a DAG change, changed=true, drawn dashed', async () => {
      await pullRequest(async () =>
        write(DEMO.dag, cases.removeNode({ ...cases.demoTexts(), dag: await read(DEMO.dag) }).dag),
      );
      const r = await run();
      expect(r.code).toBe(0);
      expect(r.outputs.changed).toBe('true');
      expect(r.outputs['changed-steps']).toBe('[]');
      const { body, html } = check(r.summary);
      expect(firstBlock(html).text).toBe(
        '✏️ Changes the DAG (1 node removed, 2 edges removed); no change to the document',
      );
      expect(textOf(html)).toContain('DAG node removed: TabularPreprocessing_calibration');
      expect(body).toMatch(/^ {2}class r0 removed$/m);
    });

    e2e(
      '(d) a config error: "introduced by this PR"; on a base that already failed, "already failing"',
      async () => {
        const bad = async (): Promise<void> =>
          write(
            DEMO.config,
            cases.badRegion({ ...cases.demoTexts(), config: await read(DEMO.config) }).config,
          );
        const { head } = await pullRequest(bad);
        const r = await run();
        expect(r.code).toBe(1);
        const { body, html } = check(r.summary);
        expect(firstBlock(html).text).toBe(
          '❌ Generation fails — introduced by this PR (3 errors, 1 knock-on)',
        );
        expect(body).toContain(
          `[\`demo/config.json:16\`](https://github.com/octo/pipelines/blob/${head}/demo/config.json#L16)`,
        );
        expect(body).toMatch(/\n {2}- ↳ knock-on: \[`demo\/template\.json:2`\]/);
        // Reproduced: the same errors, at the same file names; nothing to compare, so no diff.
        const local = await reproduce(r.summary);
        expect(local.stderr).toMatch(/^demo\/config\.json:16:\d+: error \[config\/schema\]/m);
        expect(local.stderr).toContain('exec-doc: generation failed');
        expect(local.stdout).not.toContain('Execution document:');
        untouched(local);

        // A later PR on top of that broken base, changing something else: the failure is not its doing.
        const next = await pullRequest(async () => write('README.md', 'notes\n'), head);
        const again = await run();
        expect(again.code).toBe(1);
        expect(readMarker(ours()[0]!.body)?.head).toBe(next.head);
        expect(firstBlock(render(ours()[0]!.body)).text).toBe(
          '❌ Generation fails — already failing on the base (3 errors, 1 knock-on)',
        );
      },
    );

    e2e(
      '(e) two SQLs rewritten line by line (> 200 KB of diff): ≤ 60,000 bytes, valid markup, all links',
      async () => {
        const texts = { ...cases.demoTexts(), config: await read(DEMO.config) };
        await write(DEMO.config, cases.rewriteSql(texts, 1500, 'old').config);
        await pullRequest(async () => write(DEMO.config, cases.rewriteSql(texts, 1500, 'new').config));
        const r = await run();
        expect(r.code).toBe(0);
        const { body, html } = check(r.summary);
        expect(bytes(body)).toBeGreaterThan(40_000);
        expect(firstBlock(html).text).toBe(
          '✏️ Changes 2 steps: CradleDataLoading-Training and CradleDataLoading-Calibration',
        );
        expect(textOf(html)).toContain("✂️ This comment was shortened to fit GitHub's size limit");
        expect(html).toContain(`<a href="${RUN_URL}">job summary</a>`);
        expect(links(html)).toEqual(
          expect.arrayContaining([RUN_URL, expect.stringMatching(/\/artifacts\/\d+$/)]),
        );
        expect(bytes(r.summary)).toBeGreaterThan(5 * bytes(body));
      },
    );

    e2e(
      '(f) comment: on-change posts nothing for no change, and updates its comment when a change is reverted',
      async () => {
        const original = await read(DEMO.config);
        await pullRequest(async () => write(DEMO.dag, JSON.stringify(JSON.parse(await read(DEMO.dag)))));
        const quiet = await run({ comment: 'on-change' });
        expect(quiet.code).toBe(0);
        expect(services.github.commentCalls().filter((c) => !c.startsWith('GET '))).toEqual([]);
        expect(quiet.outputs['comment-url']).toBe('');
        expect(quiet.stdout).toContain(
          'No PR comment: nothing changed and there is no earlier comment to update.',
        );

        const base = git('rev-list', '--max-parents=0', 'HEAD');
        await pullRequest(changeSqlAndFramework, git('rev-parse', 'HEAD'));
        await setPayload(base, git('rev-parse', 'HEAD'));
        const changed = await run({ comment: 'on-change' });
        expect(changed.outputs.changed).toBe('true');
        expect(ours()).toHaveLength(1);
        expect(firstBlock(render(ours()[0]!.body)).text).toMatch(/^✏️ Changes 2 steps/);

        // The PR reverts its change: the comment says so instead of keeping the stale diff.
        await pullRequest(async () => write(DEMO.config, original), git('rev-parse', 'HEAD'));
        await setPayload(base, git('rev-parse', 'HEAD'));
        const reverted = await run({ comment: 'on-change' });
        expect(reverted.outputs.changed).toBe('false');
        expect(ours()).toHaveLength(1);
        expect(firstBlock(render(ours()[0]!.body)).text).toBe(
          '✅ No change to the execution document or the DAG',
        );
        expect(services.github.commentCalls().filter((c) => c.startsWith('PATCH '))).toHaveLength(1);

        const never = await run({ comment: 'never' });
        expect(never.outputs['comment-url']).toBe('');
      },
    );

    e2e('(g) a run for an older head leaves the newer report alone and says so', async () => {
      const first = await pullRequest(changeSqlAndFramework);
      const second = await pullRequest(async () => write('README.md', 'newer\n'), first.base);
      // The newer head's run reports first.
      await setPayload(first.base, second.head);
      expect((await run()).code).toBe(0);
      const newer = ours()[0]!.body;
      expect(readMarker(newer)?.head).toBe(second.head);

      // Then the slow run for the older head finishes.
      await setPayload(first.base, first.head);
      const calls = services.github.commentCalls().length;
      const slow = await run();
      expect(slow.code).toBe(0);
      expect(
        services.github
          .commentCalls()
          .slice(calls)
          .filter((c) => !c.startsWith('GET ')),
      ).toEqual([]);
      expect(ours()[0]!.body).toBe(newer);
      expect(slow.stdout).toContain(
        `PR comment left alone: this run reports on ${first.head.slice(0, 7)}, but the pull request's head is now ${second.head.slice(0, 7)}`,
      );
      expect(slow.outputs['comment-url']).toBe('');
    });

    e2e(
      '(h) 60 nodes and 12 steps with the same change: grouped once, a readable focused picture',
      async () => {
        const texts = { ...cases.demoTexts(), dag: await read(DEMO.dag), config: await read(DEMO.config) };
        const wide = (cluster: string) => cases.wideDag(texts, cluster);
        await write(DEMO.dag, wide('MEDIUM').dag);
        await write(DEMO.config, wide('MEDIUM').config);
        await pullRequest(async () => write(DEMO.config, wide('LARGE').config));
        const r = await run({ template: '' });
        expect(r.code).toBe(0);
        expect(JSON.parse(r.outputs['changed-steps'] ?? '')).toHaveLength(12);
        const { body, html } = check(r.summary);
        expect(textOf(html)).toContain(
          '12 steps: cradleJobSpecification.clusterType MEDIUM → LARGE, the same change in each: CradleDataLoading-Part01',
        );
        expect(body.match(/\+ cradleJobSpecification\.clusterType: LARGE/g)).toHaveLength(1);
        const chart = /```mermaid\n([\s\S]*?)```/.exec(body)![1]!;
        expect(chart.match(/^ {2}n\d+\[/gm)).toHaveLength(24);
        expect(textOf(html)).toContain(
          'Showing 24 of 60 nodes: the changed and failed ones and their neighbours.',
        );
        expect(textOf(html)).toContain('🟨 payload changes');
        expect(r.summary).toContain('<summary>The whole DAG (60 nodes)</summary>');
      },
    );

    e2e('(i) 3,000 steps in one pipeline: the job summary stays under 1 MiB', async () => {
      const template = JSON.parse(await read(DEMO.template)) as {
        PIPELINE_STEP_CONFIGS: Record<string, unknown>;
      };
      for (let i = 0; i < 3000; i++)
        template.PIPELINE_STEP_CONFIGS[
          `KeptFromTheTemplate-${String(i).padStart(4, '0')}-${'x'.repeat(200)}`
        ] = {
          STEP_TYPE: ['PROCESSING_STEP', 'SomeStep'],
        };
      await write(DEMO.template, JSON.stringify(template));
      // A new pipeline: every step is the pull request's.
      await pullRequest(async () => {
        await fs.rename(file('demo'), file('pipeline'));
      });
      const r = await run({
        dag: 'pipeline/dag.json',
        config: 'pipeline/config.json',
        template: 'pipeline/template.json',
      });
      expect(r.code).toBe(0);
      expect(r.outputs['total-steps']).toBe('3004');
      const { html } = check(r.summary);
      expect(firstBlock(html).text).toBe('🆕 New pipeline: 3 of 3,004 steps filled');
      expect(bytes(r.summary)).toBeGreaterThan(200_000);
      expect(firstBlock(render(r.summary)).text).toBe('🆕 New pipeline: 3 of 3,004 steps filled');
    });
  },
);
