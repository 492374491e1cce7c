import type { ConfigEntry } from './config/load.js';
import type { ResolutionRule } from './report/report.js';

export interface Resolution {
  entry: ConfigEntry;
  rule: ResolutionRule;
}

/**
 * DAG node → config (FORMAT §e): exact `config_types` key first, then the first key equal ignoring
 * case, in file order. The reference's fuzzy fallbacks are not reproduced: a node that matches no key
 * is reported instead of being guessed at.
 */
export class ConfigResolver {
  private readonly exact = new Map<string, ConfigEntry>();
  private readonly folded = new Map<string, ConfigEntry>();

  constructor(entries: readonly ConfigEntry[]) {
    for (const e of entries) {
      if (!this.exact.has(e.key)) this.exact.set(e.key, e);
      const k = e.key.toLowerCase();
      if (!this.folded.has(k)) this.folded.set(k, e);
    }
  }

  resolve(node: string): Resolution | undefined {
    const exact = this.exact.get(node);
    if (exact) return { entry: exact, rule: 'exact' };
    const folded = this.folded.get(node.toLowerCase());
    if (folded) return { entry: folded, rule: 'case-insensitive' };
    return undefined;
  }
}
