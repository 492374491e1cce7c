/** Sequence alignment for list diffs: which elements of two lists stay in the same relative order. */

/** Above this many DP cells (after trimming the common prefix and suffix) a greedy match is used instead. */
const MAX_CELLS = 4_000_000;

/**
 * Index pairs `[i, j]` (ascending in both) of a longest common subsequence of `a` and `b`, elements compared
 * with `===`. Lists too large for the quadratic table get a greedy common subsequence: still in order, maybe
 * not the longest, so a huge reordered list shows a few more moves rather than taking seconds.
 */
export function commonSubsequence(a: readonly string[], b: readonly string[]): [number, number][] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs: [number, number][] = [];
  for (let i = 0; i < start; i++) pairs.push([i, i]);
  const n = endA - start;
  const m = endB - start;
  const middle = n * m <= MAX_CELLS ? lcsTable(a, b, start, n, m) : greedy(a, b, start, n, m);
  pairs.push(...middle);
  for (let k = 0; endA + k < a.length; k++) pairs.push([endA + k, endB + k]);
  return pairs;
}

function lcsTable(
  a: readonly string[],
  b: readonly string[],
  off: number,
  n: number,
  m: number,
): [number, number][] {
  if (n === 0 || m === 0) return [];
  // len[i][j] = LCS length of a[off+i..] and b[off+j..], stored row-major in (n+1)*(m+1) cells.
  const w = m + 1;
  const len = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * w + j] =
        a[off + i] === b[off + j]
          ? (len[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(len[(i + 1) * w + j] ?? 0, len[i * w + j + 1] ?? 0);
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[off + i] === b[off + j]) {
      out.push([off + i, off + j]);
      i++;
      j++;
    } else if ((len[(i + 1) * w + j] ?? 0) >= (len[i * w + j + 1] ?? 0)) i++;
    else j++;
  }
  return out;
}

function greedy(
  a: readonly string[],
  b: readonly string[],
  off: number,
  n: number,
  m: number,
): [number, number][] {
  const positions = new Map<string, number[]>();
  for (let i = n - 1; i >= 0; i--) {
    const key = a[off + i]!;
    const list = positions.get(key);
    if (list) list.push(off + i);
    else positions.set(key, [off + i]);
  }
  const out: [number, number][] = [];
  let last = -1;
  for (let j = 0; j < m; j++) {
    const list = positions.get(b[off + j]!);
    if (!list) continue;
    // Lists are stored in descending index order: drop the ones already passed.
    while (list.length > 0 && list[list.length - 1]! <= last) list.pop();
    const i = list.pop();
    if (i === undefined) continue;
    out.push([i, off + j]);
    last = i;
  }
  return out;
}

/** One step of an edit script: an element kept (` `), removed (`-`) or added (`+`). */
export interface EditOp {
  op: ' ' | '-' | '+';
  text: string;
}

/** The edit script that turns `a` into `b`, around a longest common subsequence (see {@link commonSubsequence}). */
export function editScript(a: readonly string[], b: readonly string[]): EditOp[] {
  const ops: EditOp[] = [];
  let i = 0;
  let j = 0;
  for (const [ki, kj] of [...commonSubsequence(a, b), [a.length, b.length] as [number, number]]) {
    while (i < ki) ops.push({ op: '-', text: a[i++]! });
    while (j < kj) ops.push({ op: '+', text: b[j++]! });
    if (ki < a.length) ops.push({ op: ' ', text: a[ki]! });
    i = ki + 1;
    j = kj + 1;
  }
  return ops;
}
