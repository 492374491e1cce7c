/**
 * End to end: the built action (`node dist/index.js`) in a runner-like environment, against loopback GitHub,
 * artifact and blob services. Assertions are on what a user sees: exit code, outputs, files, annotations, summary,
 * the PR comment and the uploaded bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  createJob,
  FIXTURES,
  HAS_ACTION,
  ROOT,
  runAction,
  SKIP_REASON,
  type Job,
  type RunOptions,
} from './helpers/action-runner.js';
import { ACTIONS_BOT } from './servers/github.js';
import { codeTexts, links, render, textOf } from '../helpers/markdown.js';
import { startServices, type Services } from './servers/index.js';

const TOKEN = 'ghs_e2eInstallationToken0123456789';
const RUN_URL = 'https://github.com/octo/pipelines/actions/runs/123456789';
const DEMO = { dag: 'demo/dag.json', config: 'demo/config.json', template: 'demo/template.json' };
const BROKEN = { dag: 'broken/dag.json', config: 'broken/config.json', template: 'broken/template.json' };
const e2e = it.skipIf(!HAS_ACTION);

describe(HAS_ACTION ? 'action e2e' : `action e2e (skipped: ${SKIP_REASON})`, () => {
  let services: Services;
  let job: Job;

  beforeEach(async () => {
    services = await startServices();
    job = await createJob({ fixtures: ['demo', 'broken'] });
  });
  afterEach(async () => {
    await services.close();
    await job.cleanup();
  });

  const run = (inputs: Record<string, string>, extra: Partial<RunOptions> = {}) =>
    runAction(job, {
      inputs: { 'github-token': TOKEN, ...inputs },
      githubUrl: services.github.url,
      artifactUrl: services.artifacts.url,
      ...extra,
    });

  e2e('success: writes the document, uploads it, comments once, fills outputs and the summary', async () => {
    const r = await run(DEMO);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.find('error')).toEqual([]);

    // Outputs, read back from GITHUB_OUTPUT: every output action.yml declares, and no other.
    const declared = parse(await fs.readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { outputs: object };
    expect(Object.keys(r.outputs).sort()).toEqual(Object.keys(declared.outputs).sort());
    expect(r.outputs.result).toBe('success');
    expect(r.outputs['filled-steps']).toBe('3');
    expect(r.outputs['total-steps']).toBe('4');
    expect(JSON.parse(r.outputs['filled-step-names'] ?? '')).toEqual([
      'CradleDataLoading-Training',
      'CradleDataLoading-Calibration',
      'Registration-NA',
    ]);
    const written = r.outputs.path ?? '';
    expect(written).toBe(path.join(job.runnerTemp, 'execution-document.json'));
    const document = await fs.readFile(written);
    expect(document.equals(await fs.readFile(path.join(FIXTURES, 'demo', 'expected.json')))).toBe(true);

    // The artifact: one single-file upload whose bytes are the written document.
    expect(services.artifacts.calls()).toEqual(['CreateArtifact', 'FinalizeArtifact']);
    const [artifact] = services.artifacts.artifacts;
    expect(artifact).toMatchObject({
      name: 'execution-document.json',
      finalized: true,
      mimeType: 'application/json',
    });
    expect(services.artifacts.bytes(artifact!)?.equals(document)).toBe(true);
    expect(artifact!.hash).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
    expect(r.outputs['artifact-id']).toBe(String(artifact!.id));
    expect(r.outputs['artifact-url']).toBe(`${RUN_URL}/artifacts/${artifact!.id}`);

    // One comment, written as the Actions bot, with the marker, the table and both links.
    const comments = services.github.comments;
    expect(comments).toHaveLength(1);
    const [comment] = comments;
    expect(comment!.login).toBe(ACTIONS_BOT);
    expect(comment!.issue).toBe(7);
    expect(comment!.body).toContain('<!-- exec-doc:report key=demo%2Fdag.json -->');
    // Verdict first: this payload names no base commit, so there is nothing to compare with.
    expect(comment!.body).toContain('\n### ⚠️ Generated (3 of 4 steps filled), not compared with the base\n');
    expect(comment!.body).toContain(
      'No diff against the base: the event payload has no `pull_request.base.sha`.',
    );
    expect(comment!.body).toContain('| `Registration-NA` | registration | ✅ filled |');
    expect(comment!.body).toContain(`[Execution document](${RUN_URL}/artifacts/${artifact!.id})`);
    expect(comment!.body).toContain(`[Workflow run and job summary](${RUN_URL})`);
    expect(r.outputs['comment-url']).toBe(comment!.html_url);

    // The job summary has the same report, without the marker.
    expect(r.summary).toContain('### ⚠️ Generated (3 of 4 steps filled), not compared with the base');
    expect(r.summary).toContain('| `CradleDataLoading-Training` | cradle | ✅ filled |');
    expect(r.summary).not.toContain('exec-doc:report');

    // The token is masked first and never printed otherwise.
    expect(r.find('add-mask').map((c) => c.message)).toContain(TOKEN);
    expect(r.stdout.split(TOKEN)).toHaveLength(2);
  });

  e2e(
    'failed generation: exit 1, an error annotation with file and line, a failure comment, no upload',
    async () => {
      const r = await run(BROKEN);
      expect(r.code).toBe(1);
      const errors = r.find('error');
      expect(errors[0]).toMatchObject({
        properties: { title: 'input/syntax', file: 'broken/config.json', line: '6', col: '33' },
      });
      expect(errors[0]!.message).toMatch(/^invalid JSON/);
      expect(r.stdout).toContain(
        '::error title=input/syntax,file=broken/config.json,line=6,col=33::invalid JSON',
      );
      expect(errors.at(-1)!.message).toBe(
        'Execution document generation failed with 1 error(s); see the annotations above.',
      );

      expect(r.outputs.result).toBe('failure');
      expect(r.outputs.path).toBe('');
      expect(r.outputs['artifact-id']).toBe('');
      expect(existsSync(path.join(job.runnerTemp, 'execution-document.json'))).toBe(false);
      expect(services.artifacts.requests).toEqual([]);

      const [comment] = services.github.comments;
      expect(comment!.body).toContain('### ❌ Generation fails (1 error)');
      expect(comment!.body).toMatch(/\n- ❌ `broken\/config\.json:6` `input\/syntax`: invalid JSON/);
      expect(r.summary).toContain('### ❌ Generation fails (1 error)');
    },
  );

  e2e(
    'a missing DAG file fails its pipeline like any failed generation: the outputs name it, the PR gets the comment',
    async () => {
      const r = await run({ ...DEMO, dag: 'demo/dga.json' });
      expect(r.code).toBe(1);
      const missing = `Input 'dag': file not found: 'demo/dga.json' (looked for ${path.join(job.workspace, 'demo', 'dga.json')}).`;
      expect(r.find('error').map((e) => e.message)).toEqual([
        missing,
        'Execution document generation failed with 1 error(s); see the annotations above.',
      ]);
      expect(r.outputs).toMatchObject({
        result: 'failure',
        path: '',
        'failed-pipelines': '["demo/dga.json"]',
      });
      expect(existsSync(path.join(job.runnerTemp, 'execution-document.json'))).toBe(false);
      expect(services.artifacts.requests).toEqual([]);
      const [comment] = services.github.comments;
      expect(comment!.body).toContain('### ❌ Generation fails (1 error)');
      expect(textOf(render(comment!.body))).toContain("file not found: 'demo/dga.json'");
      expect(r.summary).toContain('### ❌ Generation fails (1 error)');
    },
  );

  e2e(
    'one comment per key across runs: the second run edits it, an identical third run does not',
    async () => {
      // 150 comments by someone else fill page 1; one of them carries our marker (anyone can paste it).
      const marker = '<!-- exec-doc:report key=pipeline -->';
      for (let i = 0; i < 150; i++) {
        services.github.comments.push({
          id: 1 + i,
          issue: 7,
          login: 'alice',
          body: i === 3 ? `${marker}\nforged` : `comment ${i}`,
          html_url: `https://github.com/octo/pipelines/pull/7#issuecomment-${1 + i}`,
        });
      }
      const key = { 'comment-key': 'pipeline' };

      const first = await run({ ...DEMO, ...key, 'upload-artifact': 'false' });
      expect(first.code).toBe(0);
      const ours = () => services.github.comments.filter((c) => c.login === ACTIONS_BOT);
      expect(ours()).toHaveLength(1);
      const id = ours()[0]!.id;
      expect(ours()[0]!.body).toContain('### ⚠️ Generated (3 of 4 steps filled)');

      const callsBefore = services.github.commentCalls().length;
      const second = await run({ ...BROKEN, ...key });
      expect(second.code).toBe(1);
      const secondCalls = services.github.commentCalls().slice(callsBefore);
      // Both pages were read (ours is on page 2), then the comment was edited in place.
      expect(secondCalls).toEqual([
        'GET /repos/octo/pipelines/issues/7/comments',
        'GET /repos/octo/pipelines/issues/7/comments',
        `PATCH /repos/octo/pipelines/issues/comments/${id}`,
      ]);
      expect(ours()).toHaveLength(1);
      expect(ours()[0]!.body).toContain('### ❌ Generation fails');
      expect(second.outputs['comment-url']).toBe(ours()[0]!.html_url);

      const callsBeforeThird = services.github.commentCalls().length;
      const third = await run({ ...BROKEN, ...key });
      expect(third.code).toBe(1);
      expect(
        services.github
          .commentCalls()
          .slice(callsBeforeThird)
          .filter((c) => !c.startsWith('GET ')),
      ).toEqual([]);
      expect(third.outputs['comment-url']).toBe(ours()[0]!.html_url);

      // The forged comment was never touched; another key gets its own comment.
      expect(services.github.comments.find((c) => c.id === 4)!.body).toBe(`${marker}\nforged`);
      await run({ ...DEMO, 'comment-key': 'second pipeline', 'upload-artifact': 'false' });
      expect(ours()).toHaveLength(2);
    },
  );

  e2e(
    'a hostile step name in the template renders as plain text: no HTML, link, mention or extra cell',
    async () => {
      const hostile = 'Evil|<img src=x onerror=alert(1)> @alice [x](https://evil.example) #1';
      const template = JSON.parse(await fs.readFile(path.join(job.workspace, DEMO.template), 'utf8')) as {
        PIPELINE_STEP_CONFIGS: Record<string, unknown>;
      };
      template.PIPELINE_STEP_CONFIGS[hostile] = { STEP_TYPE: ['PROCESSING_STEP'] };
      await fs.writeFile(path.join(job.workspace, 'demo', 'hostile.json'), JSON.stringify(template));

      const r = await run({ ...DEMO, template: 'demo/hostile.json', 'upload-artifact': 'false' });
      expect(r.code).toBe(0);
      const body = services.github.comments[0]!.body;
      for (const md of [body, r.summary]) {
        const html = render(md);
        expect(html).not.toContain('<img');
        expect(links(html).filter((l) => l.includes('evil'))).toEqual([]);
        // The name is shown exactly, in code, in a row that still has its four cells.
        expect(codeTexts(html)).toContain(hostile);
        const row = Array.from(html.matchAll(/<tr>([\s\S]*?)<\/tr>/g), (m) => m[1]!).find((r) =>
          r.includes('Evil'),
        );
        expect(row!.match(/<td>/g)).toHaveLength(4);
        expect(textOf(html.replace(/<code>[\s\S]*?<\/code>/g, ''))).not.toMatch(/@alice|#1\b/);
      }
    },
  );

  e2e('a PAT comments as its own user (GET /user)', async () => {
    await services.close();
    services = await startServices({ users: { [TOKEN]: 'release-bot' } });
    const r = await run({ ...DEMO, 'upload-artifact': 'false' });
    expect(r.code).toBe(0);
    expect(services.github.comments.map((c) => c.login)).toEqual(['release-bot']);
  });

  e2e('no comment outside pull requests', async () => {
    const r = await run({ ...DEMO, 'upload-artifact': 'false' }, { eventName: 'push' });
    expect(r.code).toBe(0);
    expect(services.github.requests).toEqual([]);
    expect(r.outputs['comment-url']).toBe('');
  });

  e2e('a path that escapes the workspace is an error, and nothing runs', async () => {
    await fs.mkdir(path.join(job.root, 'outside'));
    await fs.copyFile(path.join(FIXTURES, 'demo', 'dag.json'), path.join(job.root, 'outside', 'dag.json'));
    const r = await run({ ...DEMO, dag: '../outside/dag.json' });
    expect(r.code).toBe(1);
    expect(r.find('error').map((c) => c.message)).toEqual([
      `Input 'dag': '../outside/dag.json' is outside the workspace (${job.workspace}); paths are relative to GITHUB_WORKSPACE.`,
    ]);
    expect(r.stdout).not.toMatch(/\n\s+at /); // no stack trace
    // The outputs and the summary still say what happened.
    expect(r.outputs).toMatchObject({ result: 'failure', path: '', 'filled-steps': '0', changed: 'false' });
    expect(r.summary).toMatch(/^### ❌ No execution document: an input is wrong\n\n- Input 'dag': /);
    expect(r.summary).toContain('../outside/dag.json');
    expect(services.github.requests).toEqual([]);
    expect(services.artifacts.requests).toEqual([]);
  });

  e2e('bad inputs: every mistake is named at once', async () => {
    const r = await run({
      ...DEMO,
      format: 'xml',
      'retention-days': 'soon',
      lenient: 'yes',
      template: 'demo/missing.json',
    });
    expect(r.code).toBe(1);
    const messages = r.find('error').map((c) => c.message);
    expect(messages).toEqual([
      "Input 'format' must be one of json, yaml; got 'xml'.",
      "Input 'lenient' must be true or false; got 'yes'.",
      "Input 'retention-days' must be a whole number of days from 1 to 90; got 'soon'.",
      `Input 'template': file not found: 'demo/missing.json' (looked for ${path.join(job.workspace, 'demo', 'missing.json')}).`,
    ]);
    expect(r.find('error')[0]!.properties.title).toBe('exec-doc: invalid input');
    expect(r.stdout).not.toMatch(/\n\s+at /);
    expect(services.github.requests).toEqual([]);
  });

  e2e(
    'YAML in, YAML out: a .yaml DAG is read, format yaml writes YAML and uploads it under a .yaml name',
    async () => {
      await fs.copyFile(
        path.join(job.workspace, 'demo', 'dag.json'),
        path.join(job.workspace, 'demo', 'dag.yaml'),
      );
      const r = await run({
        ...DEMO,
        dag: 'demo/dag.yaml',
        format: 'yaml',
        comment: 'false',
        'retention-days': '5',
      });
      expect(r.code).toBe(0);
      expect(r.outputs.path).toBe(path.join(job.runnerTemp, 'execution-document.yaml'));
      const text = await fs.readFile(r.outputs.path ?? '', 'utf8');
      expect(text).toMatch(/^PIPELINE_STEP_CONFIGS:\n/);
      const [artifact] = services.artifacts.artifacts;
      expect(artifact).toMatchObject({ name: 'execution-document.yaml', mimeType: 'application/x-yaml' });
      const days = (Date.parse(artifact!.expiresAt ?? '') - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(4.9);
      expect(days).toBeLessThan(5.1);
      expect(services.artifacts.bytes(artifact!)?.toString('utf8')).toBe(text);
      expect(services.github.requests).toEqual([]);
    },
  );
});
