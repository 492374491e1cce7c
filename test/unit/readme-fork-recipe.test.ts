import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { ROOT } from '../helpers/fixtures.js';
import { forkRecipe } from '../helpers/fork-recipe.js';

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};

describe("the README's fork recipe", () => {
  const { pullRequest, comment } = forkRecipe();

  it("is two workflows GitHub's parser accepts", () => {
    for (const f of [pullRequest, comment]) {
      const result = parseWorkflow({ name: 'recipe.yml', content: f.text }, new NoOperationTraceWriter());
      expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    }
  });

  it('passes the action only inputs action.yml declares', () => {
    for (const f of [pullRequest, comment])
      for (const name of Object.keys(f.step.with ?? {})) expect(Object.keys(action.inputs)).toContain(name);
  });

  it('comments from a workflow_run of the first workflow, with just the permissions it needs and no checkout', () => {
    expect(pullRequest.workflow.on).toBe('pull_request');
    const on = comment.workflow.on as { workflow_run?: { workflows?: string[]; types?: string[] } };
    expect(on.workflow_run?.workflows).toEqual([pullRequest.workflow.name]);
    expect(on.workflow_run?.types).toEqual(['completed']);
    expect(comment.workflow.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });
    expect(comment.step.with).toEqual({ mode: 'comment' });
    const [job] = Object.values(comment.workflow.jobs);
    expect(job!.if).toBe("github.event.workflow_run.event == 'pull_request'");
    // The job runs with a write token: it must never run the pull request's code.
    expect(job!.steps.map((s) => s.uses ?? s.run)).toEqual(['acme/exec-doc@v1']);
  });

  it('does not hide failures or post raw documents', () => {
    for (const f of [pullRequest, comment]) {
      expect(f.text).not.toContain('|| true');
      expect(f.text).not.toContain('gh pr comment');
    }
  });
});
