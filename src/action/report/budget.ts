/**
 * Fits a report into a byte budget without ever cutting markup (STYLE §5). A body is a list of blocks, each a
 * self-contained piece of markdown (every fence and `<details>` it opens, it closes) with a richest form and
 * cheaper ones; each cheaper form belongs to a category ("the steps table", "long text diffs"...). While the body is
 * over budget, the categories are worked through in a fixed order, and within one the largest blocks (or the last
 * ones, for categories that drop whole blocks) step down first. Blocks are joined with blank lines, so no block can
 * continue another's paragraph, list or table. Pure.
 */

export interface Form {
  /** The category whose pass may move a block to this form (unused for a block's first form). */
  category: string;
  /** The form's markdown; `''` leaves the block out. Called at most once per form. */
  render: () => string;
}

export interface Block {
  forms: Form[];
  /**
   * Blocks of one group step down together in a grouped pass (a section whose `<details>` opening and closing are
   * separate blocks is left out whole, never half).
   */
  group?: object;
  /**
   * A block whose text depends on the other blocks' forms (a "…and 12 more" line, the notice of a cut): rendered
   * anew at every measure. Its `forms` are ignored.
   */
  dynamic?: (state: FitState) => string;
}

/** What a dynamic block may ask about the other blocks. */
export interface FitState {
  /** The form index a block is at (0: its richest). */
  level(block: Block): number;
  /** Whether the form a block is at is `''` (left out). */
  dropped(block: Block): boolean;
  /** Whether any block is in a cheaper form than its first. */
  degraded: boolean;
}

export interface FittedBlock {
  block: Block;
  /** Index into `block.forms` of the form in use. */
  level: number;
}

export interface Pass {
  category: string;
  /** `largest` (default): the biggest blocks step down first; `last`: the blocks nearest the end. */
  order?: 'largest' | 'last';
  /** With `last`: the last block's whole group steps down at once. */
  grouped?: boolean;
}

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const SEPARATOR = 2;

/** The chosen forms' markdown, blank-line separated, empty forms left out, with a final newline. */
function join(parts: readonly string[]): string {
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

export interface FitResult {
  body: string;
  /** Whether any block is in a cheaper form than its first. */
  degraded: boolean;
  fitted: FittedBlock[];
}

/**
 * The richest body within `budget` bytes (UTF-8) that the passes can reach. When even the cheapest forms do not fit,
 * the cheapest body is returned: callers make the cheapest forms small enough (a count, a capped list).
 */
export function fit(blocks: readonly Block[], passes: readonly Pass[], budget: number): FitResult {
  const fitted: FittedBlock[] = blocks.map((block) => ({ block, level: 0 }));
  const byBlock = new Map(fitted.map((f) => [f.block, f]));
  let steps = 0;
  const cache = new Map<Form, { text: string; size: number }>();
  const text = (f: FittedBlock): { text: string; size: number } => {
    const form = f.block.forms[f.level]!;
    let hit = cache.get(form);
    if (!hit) {
      const t = form.render();
      hit = { text: t, size: bytes(t) };
      cache.set(form, hit);
    }
    return hit;
  };
  // Static blocks' total; dynamic ones are measured on each check (they are a line or two).
  let staticSize = 0;
  let staticCount = 0;
  for (const f of fitted) {
    if (f.block.dynamic) continue;
    const { size } = text(f);
    if (size > 0) {
      staticSize += size;
      staticCount++;
    }
  }
  const state: FitState = {
    level: (b) => byBlock.get(b)?.level ?? 0,
    dropped: (b) => {
      const f = byBlock.get(b);
      return f !== undefined && !f.block.dynamic && text(f).size === 0;
    },
    get degraded() {
      return steps > 0;
    },
  };
  const dynamics = fitted.filter((f) => f.block.dynamic);
  const total = (): number => {
    let size = staticSize;
    let count = staticCount;
    for (const f of dynamics) {
      const s = bytes(f.block.dynamic!(state));
      if (s > 0) {
        size += s;
        count++;
      }
    }
    return size + Math.max(0, count - 1) * SEPARATOR + 1;
  };
  const step = (f: FittedBlock): void => {
    const before = text(f).size;
    f.level++;
    steps++;
    const after = text(f).size;
    staticSize += after - before;
    staticCount += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
  };
  const unstep = (f: FittedBlock): void => {
    const before = text(f).size;
    f.level--;
    steps--;
    const after = text(f).size;
    staticSize += after - before;
    staticCount += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
  };
  const canStep = (f: FittedBlock, category: string): boolean =>
    !f.block.dynamic &&
    f.level + 1 < f.block.forms.length &&
    f.block.forms[f.level + 1]!.category === category;

  outer: for (const pass of passes) {
    for (;;) {
      if (total() <= budget) break outer;
      const candidates = fitted.filter((f) => canStep(f, pass.category));
      if (candidates.length === 0) break;
      if (pass.order === 'last') {
        // Units from the end (a block, or the whole group of a grouped pass). Stepping more units only shrinks the
        // body, so the fewest units that make it fit are found by bisection: a few measures, not one per block.
        const units: FittedBlock[][] = [];
        const seen = new Set<object>();
        for (let i = candidates.length - 1; i >= 0; i--) {
          const f = candidates[i]!;
          const group = pass.grouped ? f.block.group : undefined;
          if (group && seen.has(group)) continue;
          if (group) seen.add(group);
          units.push(group ? candidates.filter((c) => c.block.group === group) : [f]);
        }
        let applied = 0;
        const apply = (k: number): void => {
          for (; applied < k; applied++) for (const f of units[applied]!) step(f);
          for (; applied > k; applied--) for (const f of units[applied - 1]!) unstep(f);
        };
        let lo = 1;
        let hi = units.length;
        apply(hi);
        if (total() <= budget) {
          while (lo < hi) {
            const mid = Math.floor((lo + hi) / 2);
            apply(mid);
            if (total() <= budget) hi = mid;
            else lo = mid + 1;
          }
          apply(hi);
          break outer;
        }
        continue;
      }
      // One level for every candidate, biggest first, checking after each.
      candidates.sort((a, b) => text(b).size - text(a).size);
      for (const f of candidates) {
        if (total() <= budget) break outer;
        step(f);
      }
    }
  }
  const parts = fitted.map((f) => (f.block.dynamic ? f.block.dynamic(state) : text(f).text));
  return { body: join(parts), degraded: steps > 0, fitted };
}

/** A block with one form. */
export function fixed(markdown: string): Block {
  return { forms: [{ category: '', render: () => markdown }] };
}

/** A block with a first form and cheaper ones, each reached in its category's pass. */
export function forms(first: () => string, ...cheaper: [category: string, render: () => string][]): Block {
  return {
    forms: [{ category: '', render: first }, ...cheaper.map(([category, render]) => ({ category, render }))],
  };
}
