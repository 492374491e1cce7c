/**
 * The README's fork recipe: the two workflow files that follow its `<!-- fork-recipe` marker, as text and parsed,
 * and the exec-doc step of each. The unit test checks them against action.yml and GitHub's workflow parser; the e2e
 * test runs exactly those steps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './fixtures.js';

export const ACTION_REF = 'acme/exec-doc@v1';

export interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string | number | boolean>;
}

export interface Workflow {
  name?: string;
  on: Record<string, unknown> | string;
  permissions?: Record<string, string>;
  jobs: Record<string, { if?: string; 'runs-on'?: string; steps: Step[] }>;
}

export interface RecipeFile {
  text: string;
  workflow: Workflow;
  /** The step that uses the action. */
  step: Step;
}

export function forkRecipe(): { pullRequest: RecipeFile; comment: RecipeFile } {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('<!-- fork-recipe');
  if (start < 0) throw new Error('README.md has no <!-- fork-recipe marker');
  const blocks = [...readme.slice(start).matchAll(/```yaml\n([\s\S]*?)```/g)].slice(0, 2).map((m) => m[1]!);
  if (blocks.length !== 2) throw new Error('the fork recipe needs two yaml blocks');
  const file = (text: string): RecipeFile => {
    const workflow = parse(text) as Workflow;
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const step = steps.find((s) => s.uses === ACTION_REF);
    if (!step) throw new Error(`no step uses ${ACTION_REF}`);
    return { text, workflow, step };
  };
  return { pullRequest: file(blocks[0]!), comment: file(blocks[1]!) };
}

/** A step's `with:` as the runner hands it to the action: every value a string. */
export function stepInputs(step: Step): Record<string, string> {
  return Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, String(v)]));
}
