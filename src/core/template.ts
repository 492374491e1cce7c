import { topologicalOrder } from './dag/load.js';
import { setOwn, type JsonObject } from './json.js';
import { HELPERS } from './helpers/registry.js';
import type { FillTarget, PlanContext, ResolvedNode } from './helpers/types.js';

/**
 * A template that works when none is given (beyond the reference, whose auto-template can never fill
 * Cradle or registration steps, FORMAT §d): keyed by the execution step names, with the STEP_TYPE
 * values of real MODS templates, in the DAG's topological order (the order MODS lists steps in), plus
 * training steps and an empty `PIPELINE_ADDITIONAL_PARAMS`, like the MODS default document.
 */
export function buildTemplate(
  dag: { nodes: readonly string[]; edges: readonly (readonly [string, string])[] },
  ctx: Omit<PlanContext, 'templateKeys'>,
  relevant: readonly ResolvedNode[],
): JsonObject {
  const byNode = new Map<string, FillTarget[]>();
  for (const helper of HELPERS) {
    const handled = relevant.filter((r) => helper.matches(r.entry.className, r.node));
    if (handled.length === 0) continue;
    const { targets } = helper.plan(handled, { ...ctx, templateKeys: [] });
    for (const t of targets) {
      const key = t.node ?? '';
      byNode.set(key, [...(byNode.get(key) ?? []), t]);
    }
  }
  const resolved = new Map(ctx.resolved.map((r) => [r.node, r]));
  const steps: JsonObject = {};
  const add = (name: string, stepType: unknown): void => {
    if (Object.prototype.hasOwnProperty.call(steps, name)) return;
    setOwn(steps, name, { STEP_CONFIG: {}, STEP_TYPE: stepType });
  };
  for (const node of topologicalOrder(dag.nodes, dag.edges)) {
    for (const t of byNode.get(node) ?? []) add(t.preferred, t.templateStepType);
    const r = resolved.get(node);
    if (!byNode.has(node) && r && /Training(Step)?Config$/.test(r.entry.className))
      add(node, 'TRAINING_STEP');
  }
  for (const t of byNode.get('') ?? []) add(t.preferred, t.templateStepType);
  const doc: JsonObject = {};
  setOwn(doc, 'PIPELINE_STEP_CONFIGS', steps);
  setOwn(doc, 'PIPELINE_ADDITIONAL_PARAMS', {});
  return doc;
}
