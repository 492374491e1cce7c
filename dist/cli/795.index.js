export const id = 795;
export const ids = [795];
export const modules = {

/***/ 3129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ commonSubsequence),
/* harmony export */   e: () => (/* binding */ editScript)
/* harmony export */ });
/** Sequence alignment for list diffs: which elements of two lists stay in the same relative order. */
/** Above this many DP cells (after trimming the common prefix and suffix) a greedy match is used instead. */
const MAX_CELLS = 4_000_000;
/**
 * Index pairs `[i, j]` (ascending in both) of a longest common subsequence of `a` and `b`, elements compared
 * with `===`. Lists too large for the quadratic table get a greedy common subsequence: still in order, maybe
 * not the longest, so a huge reordered list shows a few more moves rather than taking seconds.
 */
function commonSubsequence(a, b) {
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const pairs = [];
    for (let i = 0; i < start; i++)
        pairs.push([i, i]);
    const n = endA - start;
    const m = endB - start;
    const middle = n * m <= MAX_CELLS ? lcsTable(a, b, start, n, m) : greedy(a, b, start, n, m);
    pairs.push(...middle);
    for (let k = 0; endA + k < a.length; k++)
        pairs.push([endA + k, endB + k]);
    return pairs;
}
function lcsTable(a, b, off, n, m) {
    if (n === 0 || m === 0)
        return [];
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
    const out = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[off + i] === b[off + j]) {
            out.push([off + i, off + j]);
            i++;
            j++;
        }
        else if ((len[(i + 1) * w + j] ?? 0) >= (len[i * w + j + 1] ?? 0))
            i++;
        else
            j++;
    }
    return out;
}
function greedy(a, b, off, n, m) {
    const positions = new Map();
    for (let i = n - 1; i >= 0; i--) {
        const key = a[off + i];
        const list = positions.get(key);
        if (list)
            list.push(off + i);
        else
            positions.set(key, [off + i]);
    }
    const out = [];
    let last = -1;
    for (let j = 0; j < m; j++) {
        const list = positions.get(b[off + j]);
        if (!list)
            continue;
        // Lists are stored in descending index order: drop the ones already passed.
        while (list.length > 0 && list[list.length - 1] <= last)
            list.pop();
        const i = list.pop();
        if (i === undefined)
            continue;
        out.push([i, off + j]);
        last = i;
    }
    return out;
}
/** The edit script that turns `a` into `b`, around a longest common subsequence (see {@link commonSubsequence}). */
function editScript(a, b) {
    const ops = [];
    let i = 0;
    let j = 0;
    for (const [ki, kj] of [...commonSubsequence(a, b), [a.length, b.length]]) {
        while (i < ki)
            ops.push({ op: '-', text: a[i++] });
        while (j < kj)
            ops.push({ op: '+', text: b[j++] });
        if (ki < a.length)
            ops.push({ op: ' ', text: a[ki] });
        i = ki + 1;
        j = kj + 1;
    }
    return ops;
}


/***/ }),

/***/ 5795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  me: () => (/* reexport */ diffDocuments),
  tM: () => (/* reexport */ diffToJson),
  mS: () => (/* reexport */ renderDiffJson),
  rw: () => (/* reexport */ renderDiffMarkdown),
  pQ: () => (/* reexport */ renderDiffText)
});

// UNUSED EXPORTS: changeLines, changedSteps, codeSpan, fence, htmlCode, htmlText, inlineText, notableChanges, reviewDiff, summaryLine, visible

// EXTERNAL MODULE: ./build/core/json.js
var json = __webpack_require__(8314);
// EXTERNAL MODULE: ./build/core/number.js
var number = __webpack_require__(6421);
// EXTERNAL MODULE: ./build/core/diff/align.js
var align = __webpack_require__(3129);
// EXTERNAL MODULE: ./build/core/serialize.js
var serialize = __webpack_require__(4412);
;// CONCATENATED MODULE: ./build/core/diff/diff.js




/** Fields that name a record in a list, tried in this order (FORMAT: Cradle `outputSchema`, `dataSources`). */
const ID_FIELDS = ['fieldName', 'dataSourceName', 'name', 'id', 'key'];
const STEPS = 'PIPELINE_STEP_CONFIGS';
function isScalar(v) {
    return v === null || typeof v === 'string' || (0,number/* isNumeric */.kf)(v) || typeof v === 'boolean';
}
/** JSON text with object keys sorted: equal for values that are equal as JSON data (`1` and `1.0` differ). */
function canonical(v) {
    if ((0,number/* isNumeric */.kf)(v))
        return (0,number/* numberText */.$4)(v);
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if ((0,json/* isObject */.Gv)(v)) {
        const keys = Object.keys(v).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
    }
    // compactJson: an exact number as written (`1.0` and `1` differ, as in the reference's documents).
    return (0,serialize/* compactJson */.Ar)(v);
}
function sameJson(a, b) {
    if (a === b)
        return true;
    if ((0,number/* isNumeric */.kf)(a) && (0,number/* isNumeric */.kf)(b))
        return (0,number/* numberText */.$4)(a) === (0,number/* numberText */.$4)(b);
    if (isScalar(a) || isScalar(b))
        return false;
    return canonical(a) === canonical(b);
}
const IDENT = /^[A-Za-z_$][\w$]*$/;
function formatPath(path) {
    let out = '';
    for (const s of path) {
        if (s.t === 'key')
            out += IDENT.test(s.key) ? `${out === '' ? '' : '.'}${s.key}` : `[${JSON.stringify(s.key)}]`;
        else if (s.t === 'index')
            out += `[${s.index}]`;
        else if (s.t === 'match')
            out += `[${s.field}=${canonical(s.value)}]`;
        else
            out += `[=${canonical(s.value)}]`;
    }
    return out;
}
function uniqueScalars(values) {
    return (values.every((v) => typeof v === 'string' || typeof v === 'number') &&
        new Set(values).size === values.length);
}
function listIdentity(a, b) {
    const all = [...a, ...b];
    if (all.every(isScalar))
        return { by: 'value' };
    if (all.every(json/* isObject */.Gv)) {
        const field = ID_FIELDS.find((f) => [a, b].every((list) => uniqueScalars(list.map((e) => (0,json/* getOwn */.Ng)(e, f)))));
        if (field)
            return { by: 'field', field };
    }
    if (all.every((e) => Array.isArray(e) && e.length > 0) &&
        [a, b].every((list) => uniqueScalars(list.map((e) => e[0])))) {
        return { by: 'pair' };
    }
    return { by: 'content' };
}
/** Collects the differences between two JSON values. */
class Differ {
    changes = [];
    value(a, b, path) {
        if (sameJson(a, b))
            return;
        if ((0,json/* isObject */.Gv)(a) && (0,json/* isObject */.Gv)(b) && !(0,number/* isNumeric */.kf)(a) && !(0,number/* isNumeric */.kf)(b))
            this.object(a, b, path);
        else if (Array.isArray(a) && Array.isArray(b))
            this.list(a, b, path);
        else
            this.changes.push({ kind: 'changed', path, old: a, new: b });
    }
    object(a, b, path) {
        for (const k of Object.keys(a)) {
            const p = [...path, { t: 'key', key: k }];
            if (!(0,json/* hasOwn */.$3)(b, k))
                this.changes.push({ kind: 'removed', path: p, old: a[k] });
            else
                this.value(a[k], b[k], p);
        }
        for (const k of Object.keys(b)) {
            if (!(0,json/* hasOwn */.$3)(a, k))
                this.changes.push({ kind: 'added', path: [...path, { t: 'key', key: k }], new: b[k] });
        }
    }
    list(a, b, path) {
        const id = listIdentity(a, b);
        if (id.by === 'content' || id.by === 'value')
            this.byContent(a, b, path, id.by === 'value');
        else
            this.byKey(a, b, path, id);
    }
    /** Lists whose elements carry a name: match by name, then report moves among the common names. */
    byKey(a, b, path, id) {
        const keyOf = (e) => (id.by === 'field' ? (0,json/* getOwn */.Ng)(e, id.field) : e[0]);
        const seg = (k) => ({ t: 'match', field: id.by === 'field' ? id.field : '0', value: k });
        const aKeys = a.map(keyOf);
        const bKeys = b.map(keyOf);
        const aIndex = new Map(aKeys.map((k, i) => [k, i]));
        const bSet = new Set(bKeys);
        a.forEach((e, i) => {
            if (!bSet.has(aKeys[i]))
                this.changes.push({ kind: 'removed', path: [...path, seg(aKeys[i])], old: e });
        });
        const common = bKeys.filter((k) => aIndex.has(k));
        const aCommon = aKeys.filter((k) => bSet.has(k));
        const tag = (k) => JSON.stringify(k);
        const staying = new Set((0,align/* commonSubsequence */.D)(aCommon.map(tag), common.map(tag)).map(([, j]) => common[j]));
        b.forEach((e, j) => {
            const k = bKeys[j];
            const p = [...path, seg(k)];
            const i = aIndex.get(k);
            if (i === undefined) {
                this.changes.push({ kind: 'added', path: p, new: e });
                return;
            }
            if (!staying.has(k))
                this.changes.push({ kind: 'moved', path: p, from: i, to: j });
            if (id.by === 'pair') {
                if (!sameJson(a[i], e))
                    this.changes.push({ kind: 'changed', path: p, old: a[i], new: e });
            }
            else
                this.value(a[i], e, p);
        });
    }
    /**
     * Lists without names: keep the longest run of equal elements in order, report equal elements found
     * elsewhere as moves, and (unless the elements are scalars, where a different value is another element)
     * compare what is left pairwise, by position within the same gap between kept elements.
     */
    byContent(a, b, path, scalars) {
        const aTags = a.map(canonical);
        const bTags = b.map(canonical);
        const kept = (0,align/* commonSubsequence */.D)(aTags, bTags);
        const aKept = new Set(kept.map(([i]) => i));
        const bKept = new Set(kept.map(([, j]) => j));
        const gapOfA = new Map();
        const gapOfB = new Map();
        let g = 0;
        for (let i = 0; i < a.length; i++) {
            if (aKept.has(i))
                g++;
            else
                gapOfA.set(i, g);
        }
        g = 0;
        for (let j = 0; j < b.length; j++) {
            if (bKept.has(j))
                g++;
            else
                gapOfB.set(j, g);
        }
        const elementSeg = (v, index) => scalars ? { t: 'value', value: v } : { t: 'index', index };
        // Elements equal to one elsewhere in the other list moved.
        const freeA = new Map();
        for (const i of gapOfA.keys()) {
            const list = freeA.get(aTags[i]);
            if (list)
                list.push(i);
            else
                freeA.set(aTags[i], [i]);
        }
        const movedA = new Set();
        const movedB = new Set();
        const moves = [];
        for (const j of gapOfB.keys()) {
            const i = freeA.get(bTags[j])?.shift();
            if (i === undefined)
                continue;
            movedA.add(i);
            movedB.add(j);
            moves.push({ kind: 'moved', path: [...path, elementSeg(b[j], j)], from: i, to: j });
        }
        const restA = [...gapOfA.keys()].filter((i) => !movedA.has(i));
        const restB = [...gapOfB.keys()].filter((j) => !movedB.has(j));
        if (scalars) {
            for (const i of restA)
                this.changes.push({ kind: 'removed', path: [...path, elementSeg(a[i], i)], old: a[i] });
            for (const c of moves)
                this.changes.push(c);
            for (const j of restB)
                this.changes.push({ kind: 'added', path: [...path, elementSeg(b[j], j)], new: b[j] });
            return;
        }
        const paired = new Map();
        const pairedA = new Set();
        const byGap = (rest, gapOf) => {
            const out = new Map();
            for (const x of rest) {
                const list = out.get(gapOf.get(x));
                if (list)
                    list.push(x);
                else
                    out.set(gapOf.get(x), [x]);
            }
            return out;
        };
        const gapsA = byGap(restA, gapOfA);
        for (const [gap, bs] of byGap(restB, gapOfB)) {
            const as = gapsA.get(gap) ?? [];
            for (let k = 0; k < Math.min(as.length, bs.length); k++) {
                paired.set(bs[k], as[k]);
                pairedA.add(as[k]);
            }
        }
        for (const i of restA)
            if (!pairedA.has(i))
                this.changes.push({ kind: 'removed', path: [...path, elementSeg(a[i], i)], old: a[i] });
        const moveAt = new Map(moves.map((c) => [c.to, c]));
        for (let j = 0; j < b.length; j++) {
            const move = moveAt.get(j);
            if (move)
                this.changes.push(move);
            if (!gapOfB.has(j) || movedB.has(j))
                continue;
            const i = paired.get(j);
            const p = [...path, elementSeg(b[j], j)];
            if (i === undefined)
                this.changes.push({ kind: 'added', path: p, new: b[j] });
            else
                this.value(a[i], b[j], p);
        }
    }
}
/** The field a change is grouped under: the key holding the innermost list on the path, else the last key. */
function fieldPath(path) {
    let lastElement = -1;
    path.forEach((s, i) => {
        if (s.t !== 'key')
            lastElement = i;
    });
    const end = lastElement >= 0 ? lastElement : path.length;
    return path.slice(0, end);
}
function lastKey(path) {
    for (let i = path.length - 1; i >= 0; i--) {
        const s = path[i];
        if (s.t === 'key')
            return s.key;
    }
    return '';
}
/**
 * Names fields by their last key; fields of a step that share it get the shortest run of trailing keys that
 * tells them apart (`outputSpecification.outputSchema`), else their path without `STEP_CONFIG.`.
 */
function shortLabels(groups) {
    const distinct = new Map();
    for (const g of groups)
        distinct.set(formatPath(g), g);
    const keysOf = (g) => g.flatMap((s) => (s.t === 'key' ? [s.key] : []));
    const labels = new Map();
    const all = [...distinct.values()];
    for (const [path, g] of distinct) {
        const keys = keysOf(g);
        const rivals = all.filter((o) => o !== g && lastKey(o) === lastKey(g)).map(keysOf);
        let found;
        for (let k = 1; k <= keys.length && found === undefined; k++) {
            const tail = keys.slice(-k).join('.');
            if (!rivals.some((r) => r.slice(-k).join('.') === tail))
                found = tail;
        }
        const first = g[0];
        labels.set(path, found ?? formatPath(first?.t === 'key' && first.key === 'STEP_CONFIG' && g.length > 1 ? g.slice(1) : g));
    }
    return (g) => labels.get(formatPath(g)) ?? formatPath(g);
}
/** A value short enough to quote in a summary line: strings as they are, other scalars as JSON. */
function shortText(v) {
    const text = typeof v === 'string' ? v : isScalar(v) ? canonical(v) : undefined;
    // eslint-disable-next-line no-control-regex
    return text !== undefined && text.length <= 100 && !/[\u0000-\u001f\u007f-\u009f]/.test(text)
        ? text
        : undefined;
}
const KIND_ORDER = ['added', 'removed', 'moved', 'changed'];
function summarize(field, raw, fieldLength) {
    const only = raw[0];
    if (raw.length === 1 && only && only.path.length === fieldLength[0]) {
        if (only.kind !== 'changed')
            return { field, what: only.kind };
        const o = shortText(only.old);
        const n = shortText(only.new);
        return o !== undefined && n !== undefined
            ? { field, what: 'changed', old: o, new: n }
            : { field, what: 'changed' };
    }
    const counts = KIND_ORDER.map((k) => [k, raw.filter((c) => c.kind === k).length]).filter(([, n]) => n > 0);
    return { field, what: counts.map(([k, n]) => `${n} ${k}`).join(', ') };
}
/** A deep copy of JSON data that keeps exact numbers as they are (they are immutable). */
function copy(v) {
    if ((0,number/* isNumeric */.kf)(v))
        return v;
    if (Array.isArray(v))
        return v.map(copy);
    if ((0,json/* isObject */.Gv)(v)) {
        const out = {};
        for (const k of Object.keys(v))
            (0,json/* setOwn */.P5)(out, k, copy(v[k]));
        return out;
    }
    return v;
}
/**
 * Turns raw changes into output changes grouped by field; `short` names fields by their last key
 * (by path when two share a name), otherwise by their whole path.
 */
function finish(raw, short) {
    const groups = raw.map((c) => fieldPath(c.path));
    const label = short ? shortLabels(groups) : (g) => formatPath(g);
    const byField = new Map();
    const changes = raw.map((c, n) => {
        const group = groups[n];
        const field = label(group);
        if (field !== '') {
            const entry = byField.get(field) ?? { raw: [], lengths: [] };
            entry.raw.push(c);
            entry.lengths.push(group.length);
            byField.set(field, entry);
        }
        const out = { kind: c.kind, path: formatPath(c.path), field };
        // Copies, so the diff never shares objects with the caller's documents.
        if ('old' in c)
            out.old = copy(c.old);
        if ('new' in c)
            out.new = copy(c.new);
        if (c.from !== undefined)
            out.from = c.from;
        if (c.to !== undefined)
            out.to = c.to;
        return out;
    });
    const fields = [...byField.keys()];
    const summary = fields.map((f) => summarize(f, byField.get(f).raw, byField.get(f).lengths));
    return { fields, summary, changes };
}
function stepsOf(doc) {
    if (!(0,json/* isObject */.Gv)(doc))
        return undefined;
    const steps = (0,json/* getOwn */.Ng)(doc, STEPS);
    return (0,json/* isObject */.Gv)(steps) ? steps : undefined;
}
/** The document without `PIPELINE_STEP_CONFIGS` when that is an object (it is compared step by step). */
function outside(doc) {
    if (!(0,json/* isObject */.Gv)(doc) || !stepsOf(doc))
        return doc;
    const rest = {};
    for (const k of Object.keys(doc))
        if (k !== STEPS)
            (0,json/* setOwn */.P5)(rest, k, doc[k]);
    return rest;
}
/**
 * What changed from `base` to `head`, two execution documents (FORMAT: `PIPELINE_STEP_CONFIGS` keyed by step
 * name). Steps are compared by name; lists of records by their id field, lists of scalars by value, so an
 * inserted or moved element is one change. Never throws: inputs that are not documents are compared as JSON.
 */
function diffDocuments(base, head) {
    const a = stepsOf(base);
    const b = stepsOf(head);
    const steps = [];
    if (a && b) {
        for (const name of Object.keys(b)) {
            if (!(0,json/* hasOwn */.$3)(a, name)) {
                steps.push({
                    step: name,
                    status: 'added',
                    ...finish([{ kind: 'added', path: [], new: b[name] }], true),
                });
                continue;
            }
            const d = new Differ();
            d.value(a[name], b[name], []);
            if (d.changes.length === 0)
                continue;
            steps.push({ step: name, status: 'changed', ...finish(d.changes, true) });
        }
        for (const name of Object.keys(a)) {
            if ((0,json/* hasOwn */.$3)(b, name))
                continue;
            steps.push({
                step: name,
                status: 'removed',
                ...finish([{ kind: 'removed', path: [], old: a[name] }], true),
            });
        }
    }
    const rest = new Differ();
    if (a && b)
        rest.value(outside(base), outside(head), []);
    else
        rest.value(base, head, []);
    const other = finish(rest.changes, false);
    return { equal: steps.length === 0 && other.changes.length === 0, steps, other };
}
/** One line for a step or the rest of the document: `outputPath changed, outputSchema (1 added)`. */
function summaryLine(set) {
    if (set.status === 'added' || set.status === 'removed')
        return set.status;
    return set.summary
        .map((s) => s.old !== undefined && s.new !== undefined
        ? `${s.field} ${s.old} → ${s.new}`
        : /^\d/.test(s.what)
            ? `${s.field} (${s.what})`
            : `${s.field} ${s.what}`)
        .join(', ');
}
/** Names of the steps that were added, removed or changed. */
function changedSteps(diff) {
    return diff.steps.map((s) => s.step);
}

// EXTERNAL MODULE: ./build/core/diff/values.js
var values = __webpack_require__(7840);
;// CONCATENATED MODULE: ./build/core/diff/render-text.js


/** Longest value shown on one line; longer strings get a line diff, other values are cut. */
const INLINE = 200;
/**
 * Control characters (other than a tab inside a line of text) written as `\u{…}`, so a value cannot move the
 * cursor, recolour the terminal or break a line of the listing. Bidi overrides too: they reorder what is shown.
 */
function printable(s, keepTabs = false) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => keepTabs && c === '\t' ? c : `\\u{${c.codePointAt(0).toString(16)}}`);
}
const MARK = { added: '+', removed: '-', changed: '~', moved: '>' };
function changeLines(c) {
    const where = c.path === '' ? '(whole step)' : printable(c.path);
    const head = `  ${MARK[c.kind]} ${where}`;
    if (c.kind === 'moved')
        return [`${head}: moved from index ${c.from} to ${c.to}`];
    if (c.kind === 'added')
        return [`${head}: ${printable((0,values/* clip */.$Q)((0,values/* oneLine */.TN)(c.new), INLINE))}`];
    if (c.kind === 'removed')
        return [`${head}: was ${printable((0,values/* clip */.$Q)((0,values/* oneLine */.TN)(c.old), INLINE))}`];
    if ((0,values/* isTextChange */.QE)(c, INLINE)) {
        return [
            `${head}:`,
            ...(0,values/* lineDiff */.gf)(c.old, c.new).map((l) => l.op === '…' ? '      …' : `      ${l.op} ${printable(l.text, true)}`),
        ];
    }
    return [`${head}: ${printable((0,values/* clip */.$Q)((0,values/* oneLine */.TN)(c.old), INLINE))} → ${printable((0,values/* clip */.$Q)((0,values/* oneLine */.TN)(c.new), INLINE))}`];
}
function block(title, set) {
    return [title, ...set.changes.flatMap(changeLines)];
}
/**
 * The diff for a terminal: a headline, one summary line per step, then every change (`+` added, `-` removed,
 * `~` changed, `>` moved), long text values as a line diff. Values are JSON; control characters are escaped.
 */
function renderDiffText(diff) {
    if (diff.equal)
        return `${values/* NO_CHANGE */.XG}\n`;
    const lines = [`Execution document: ${(0,values/* headline */.Pl)(diff)}.`, ''];
    for (const s of diff.steps)
        lines.push(`${MARK[s.status]} ${printable(s.step)}: ${printable(summaryLine(s))}`);
    if (diff.other.changes.length > 0)
        lines.push(`~ (outside the steps): ${printable(summaryLine(diff.other))}`);
    for (const s of diff.steps)
        lines.push('', ...block(`${printable(s.step)} (${s.status})`, s));
    if (diff.other.changes.length > 0)
        lines.push('', ...block('(outside the steps)', diff.other));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./build/core/diff/render-json.js

function change(c) {
    const out = { kind: c.kind, path: c.path, field: c.field };
    if ('old' in c)
        out.old = c.old;
    if ('new' in c)
        out.new = c.new;
    if (c.from !== undefined)
        out.from = c.from;
    if (c.to !== undefined)
        out.to = c.to;
    return out;
}
function set(s) {
    return {
        fields: [...s.fields],
        summary: s.summary.map((f) => ({ ...f })),
        changes: s.changes.map(change),
    };
}
/** The diff as a {@link DiffJson} object: keys in a fixed order, whatever order the diff was built in. */
function diffToJson(diff) {
    const count = (status) => diff.steps.filter((s) => s.status === status).length;
    return {
        version: 1,
        equal: diff.equal,
        counts: {
            added: count('added'),
            removed: count('removed'),
            changed: count('changed'),
            other: diff.other.changes.length,
        },
        steps: diff.steps.map((s) => ({ step: s.step, status: s.status, line: summaryLine(s), ...set(s) })),
        other: { line: summaryLine(diff.other), ...set(diff.other) },
    };
}
/** `exec-doc diff --format json`: {@link DiffJson}, indented, with a final newline. */
function renderDiffJson(diff) {
    return `${JSON.stringify(diffToJson(diff), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./build/core/diff/markdown.js
/**
 * Markdown for text that comes from outside (config values, step and node names, paths, messages), for GitHub's
 * renderer (cmark-gfm plus GitHub's filters for mentions, issue references, emoji, math and commit ids). Such text
 * must render as itself: no formatting, HTML, link, image, mention or reference. Two ways to get there:
 * - as code (a code span, a fence, a `<code>` element): shown exactly, byte for byte — GitHub links nothing inside
 *   code — except the invisible characters of {@link visible}, which are spelled out;
 * - as prose ({@link inlineText}): plain words stay words; anything else (a quoted value, a word with markdown or
 *   HTML punctuation, `@`, `#`, `:`, `$`, a URL, `GH-1`, a commit-like hex word) becomes a code span.
 * No zero-width characters are ever inserted. Pure.
 */
/**
 * Characters that would act unseen: control characters (a line break ends a table row or a list item), format
 * characters (bidi overrides such as U+202E reorder what is shown, zero-width spaces hide differences) and line or
 * paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
const HAS_INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** Whether `text` holds a character {@link visible} spells out. */
function hasInvisible(text) {
    return HAS_INVISIBLE.test(text);
}
/** `text` with every invisible character written as `\u{202e}` (a tab kept when `keepTabs`). */
function visible(text, keepTabs = false) {
    return text.replace(INVISIBLE, (c) => keepTabs && c === '\t' ? c : `\\u{${c.codePointAt(0).toString(16)}}`);
}
/** Shortens text to `max` code points, marking the cut with an ellipsis. */
function clip(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
/**
 * A code span showing `text` exactly: delimited by a backtick run longer than any inside it, padded with a space
 * when the text starts or ends with a backtick or a space (CommonMark strips one space from each end). Empty text is
 * shown as `""`, text of spaces only as its JSON string.
 */
function codeSpan(text, opts = {}) {
    let t = visible(text);
    if (t === '' || /^ +$/.test(t))
        t = JSON.stringify(t);
    const longest = Math.max(0, ...Array.from(t.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = /^[` ]|[` ]$/.test(t) ? ' ' : '';
    if (opts.table)
        t = t.replace(/\|/g, '\\|');
    return `${ticks}${pad}${t}${pad}${ticks}`;
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text for raw HTML (a `<summary>` line): entities for `& < > " '`, invisible characters spelled out. */
function htmlText(text) {
    return visible(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}
/** A `<code>` element for raw HTML: shows `text` exactly once the browser decodes the entities. */
function htmlCode(text) {
    return `<code>${htmlText(text)}</code>`;
}
/**
 * A word of prose is left as it is only when it is made of letters, digits and punctuation that mean nothing to
 * cmark-gfm or to GitHub in the middle of a line; `-`, `+`, `=` and digits followed by `.` or `)` are also
 * harmless there (they only matter at the start of a line, which {@link inlineText} never writes).
 */
const PLAIN_WORD = /^[\p{L}\p{M}\p{N}.,;()'\-/=+?%{}→←…·–—]+$/u;
/** Words GitHub links although they are plain: `GH-12` issue references, commit ids (7+ hex digits). */
const LINKED_WORD = /^(?:GH-\d+|[0-9a-f]{7,40})$/i;
/** Leading and trailing punctuation left outside a code span (it reads better: `(`value`)`, `value`,). */
const EDGE = /^([(]*)(.*?)([),.;:]*)$/su;
function wordPieces(w, out) {
    if (PLAIN_WORD.test(w) && !LINKED_WORD.test(w.replace(/[(),.;:]/g, '')) && !/www\./i.test(w)) {
        out.push({ code: false, md: w });
        return;
    }
    const [, lead = '', core = '', trail = ''] = EDGE.exec(w) ?? [];
    if (core === '') {
        out.push({ code: true, show: w, raw: w });
        return;
    }
    const inner = PLAIN_WORD.test(core) && !LINKED_WORD.test(core) && !/www\./i.test(core);
    out.push({ code: false, md: lead });
    out.push(inner ? { code: false, md: core } : { code: true, show: core, raw: core });
    out.push({ code: false, md: trail });
}
function prosePieces(text, out) {
    text.split(/(\s+)/).forEach((part, i) => {
        if (i % 2 === 0) {
            if (part !== '')
                wordPieces(part, out);
            return;
        }
        if (part.includes('\t')) {
            out.push({ code: false, md: ' ' });
            return;
        }
        // Whitespace can hold invisible characters (U+FEFF is `\s`): each is shown spelled out, as code.
        for (const c of part)
            out.push(hasInvisible(c) ? { code: true, show: c, raw: c } : { code: false, md: c });
    });
}
/**
 * The pieces as markdown. Code pieces that touch (`[` and a quoted `"x"` in `["x"]`) become one code span of their
 * text as written: two spans side by side would merge their backtick runs, and a span could then end early and let
 * what follows render as markdown.
 */
function renderPieces(pieces, opts) {
    const parts = pieces.filter((p) => p.code || p.md !== '');
    const out = [];
    let run = [];
    const flush = () => {
        if (run.length === 0)
            return;
        out.push(codeSpan(run.length === 1 ? run[0].show : run.map((p) => p.raw).join(''), opts));
        run = [];
    };
    parts.forEach((p, i) => {
        if (p.code)
            run.push(p);
        // Punctuation between two code pieces (the commas of `["a","b"]`), and braces touching one, belong to the value
        // they show.
        else if (!/\s/.test(p.md) &&
            ((run.length > 0 && parts[i + 1]?.code === true) ||
                (/^[{}]+$/.test(p.md) && (run.length > 0 || parts[i + 1]?.code === true))))
            run.push({ code: true, show: p.md, raw: p.md });
        else {
            flush();
            out.push(p.md);
        }
    });
    flush();
    return out.join('');
}
/**
 * Outside text as one line of markdown prose (a list item, a paragraph, a table cell): double-quoted parts
 * (`"CradleDataLoading_training"`, as messages quote values) become code spans of what they quote, and so does every
 * other word that is not plain (see PLAIN_WORD); code that touches other code is one span of the text as written.
 * Line breaks become spaces. The text is never at the start of a line: callers put it after their own words.
 */
function inlineText(text, opts = {}) {
    const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
    const pieces = [];
    let last = 0;
    for (const m of flat.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
        prosePieces(flat.slice(last, m.index), pieces);
        let inner = m[1] ?? '';
        try {
            inner = JSON.parse(`"${inner}"`);
        }
        catch {
            // Not a JSON string literal: show what is between the quotes as it is.
        }
        pieces.push({ code: true, show: inner, raw: m[0] });
        last = m.index + m[0].length;
    }
    prosePieces(flat.slice(last), pieces);
    return renderPieces(pieces, opts);
}
/**
 * A fenced code block around `lines`: a backtick fence longer than any backtick run in them, so no line can close
 * it (a closing fence may be indented), invisible characters spelled out (tabs kept).
 */
function fence(lines, info = '') {
    const body = lines.map((l) => visible(l, true));
    const longest = Math.max(0, ...body.flatMap((l) => Array.from(l.matchAll(/`+/g), (m) => m[0].length)));
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return [`${ticks}${info}`, ...body, ticks];
}

;// CONCATENATED MODULE: ./build/core/diff/review.js
/**
 * The diff as a reviewer reads it: per changed step its leaf changes with paths below `STEP_CONFIG`, identical
 * changes of several steps once, and each change as the lines of a ```` ```diff ```` block (`- path: old`,
 * `+ path: new`; a long or multi-line string as its changed lines with a little context, never two full copies).
 * Pure.
 */



/** `STEP_CONFIG.a.b` → `a.b`, `STEP_CONFIG["x y"]` → `["x y"]`; `STEP_TYPE` and the whole step (`""`) unchanged. */
function relativePath(path) {
    if (path.startsWith('STEP_CONFIG.'))
        return path.slice('STEP_CONFIG.'.length);
    if (path.startsWith('STEP_CONFIG['))
        return path.slice('STEP_CONFIG'.length);
    return path;
}
/** JSON text with exact numbers, for comparing values (key order kept: one generator writes one order). */
function review_canonical(v) {
    if ((0,number/* isNumeric */.kf)(v))
        return (0,number/* numberText */.$4)(v);
    if (Array.isArray(v))
        return `[${v.map(review_canonical).join(',')}]`;
    if ((0,json/* isObject */.Gv)(v))
        return `{${Object.keys(v)
            .map((k) => `${JSON.stringify(k)}:${review_canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v) ?? 'null';
}
function changeKey(c) {
    return [
        c.kind,
        c.path,
        'old' in c ? review_canonical(c.old) : '',
        'new' in c ? review_canonical(c.new) : '',
        c.from,
        c.to,
    ].join('\u0000');
}
/** Builds the review view of a diff; identical changes of two or more changed steps are grouped. */
function reviewDiff(diff) {
    const steps = diff.steps.map((s) => ({
        step: s.step,
        status: s.status,
        all: s.changes.map((c) => ({ ...c, path: relativePath(c.path) })),
    }));
    // Which changed steps carry each change.
    const carriers = new Map();
    for (const s of steps) {
        if (s.status !== 'changed')
            continue;
        for (const c of s.all) {
            const key = changeKey(c);
            const entry = carriers.get(key) ?? { change: c, steps: [] };
            if (entry.steps[entry.steps.length - 1] !== s.step)
                entry.steps.push(s.step);
            carriers.set(key, entry);
        }
    }
    const sharedKeys = new Set([...carriers].filter(([, e]) => e.steps.length > 1).map(([k]) => k));
    const groups = new Map();
    for (const key of sharedKeys) {
        const e = carriers.get(key);
        const id = JSON.stringify(e.steps);
        const g = groups.get(id) ?? { steps: e.steps, changes: [] };
        g.changes.push(e.change);
        groups.set(id, g);
    }
    return {
        equal: diff.equal,
        steps: steps.map((s) => ({
            ...s,
            changes: s.status === 'changed' ? s.all.filter((c) => !sharedKeys.has(changeKey(c))) : s.all,
        })),
        shared: [...groups.values()],
        other: diff.other.changes,
    };
}
const WIDTH = 100;
const VALUE_LINES = 40;
const CONTEXT_LINES = 2;
const CONTEXT_TOKENS = 6;
/** A string shown as it is (not as JSON) when it cannot be mistaken for another value or hide its edges. */
function isPlain(s) {
    return (s !== '' &&
        s.trim() === s &&
        !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(s) &&
        !/^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)$/.test(s) &&
        !/^["[{]/.test(s));
}
/** A scalar as text: plain strings as they are, other strings as JSON, numbers as the document prints them. */
function review_valueText(v) {
    if (typeof v === 'string')
        return isPlain(v) ? v : JSON.stringify(v);
    if ((0,number/* isNumeric */.kf)(v))
        return (0,number/* numberText */.$4)(v);
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    return review_canonical(v);
}
/** An object or a list as indented JSON lines (exact numbers, Unicode kept). */
function jsonLines(v, indent = '') {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
        if (v.length === 0)
            return [`${indent}[]`];
        const items = v.map((x, i) => {
            const lines = jsonLines(x, inner);
            if (i < v.length - 1)
                lines[lines.length - 1] += ',';
            return lines;
        });
        return ['[', ...items.flat(), `${indent}]`].map((l, i) => (i === 0 ? `${indent}${l}` : l));
    }
    if ((0,json/* isObject */.Gv)(v) && !(0,number/* isNumeric */.kf)(v)) {
        const keys = Object.keys(v);
        if (keys.length === 0)
            return [`${indent}{}`];
        const items = keys.map((k, i) => {
            const lines = jsonLines(v[k], inner);
            lines[0] = `${inner}${JSON.stringify(k)}: ${lines[0].slice(inner.length)}`;
            if (i < keys.length - 1)
                lines[lines.length - 1] += ',';
            return lines;
        });
        return [`${indent}{`, ...items.flat(), `${indent}}`];
    }
    return [`${indent}${(0,number/* isNumeric */.kf)(v) ? (0,number/* numberText */.$4)(v) : (JSON.stringify(v) ?? 'null')}`];
}
const review_length = (s) => Array.from(s).length;
/**
 * Splits a line longer than `width` at spaces (or anywhere, when a word is longer): the pieces, in order, each after
 * the first marked as a continuation (`↪ `).
 */
function wrap(line, width) {
    if (review_length(line) <= width)
        return [line];
    const out = [];
    let rest = Array.from(line);
    while (rest.length > width) {
        let cut = rest.lastIndexOf(' ', width);
        // A cut inside the indentation would leave a piece of spaces only: cut the word instead.
        if (cut <= 0 || rest.slice(0, cut).every((c) => c === ' '))
            cut = width;
        else
            cut += 1;
        out.push(rest.slice(0, cut).join(''));
        rest = rest.slice(cut);
    }
    if (rest.length > 0)
        out.push(rest.join(''));
    // Continuations say so: the text has no line break there.
    return out.map((piece, i) => (i === 0 ? piece : `${CONTINUED}${piece}`));
}
/** The mark that starts the continuation of a wrapped line. */
const CONTINUED = '↪ ';
/** Runs of changes with `context` kept tokens around them; indexes into `ops`. */
function hunks(ops, context) {
    const out = [];
    ops.forEach((o, n) => {
        if (o.op === ' ')
            return;
        const start = Math.max(0, n - context);
        const end = Math.min(ops.length, n + context + 1);
        const last = out[out.length - 1];
        if (last && start <= last[1])
            last[1] = Math.max(last[1], end);
        else
            out.push([start, end]);
    });
    return out;
}
/** A multi-line text change: git-style hunks (`@@ -12,3 +12,4 @@ path`), long lines wrapped. */
function textLines(path, oldText, newText, width) {
    const a = oldText.split('\n');
    const b = newText.split('\n');
    const ops = (0,align/* editScript */.e)(a, b);
    const out = [];
    // Line numbers before each op.
    const at = [];
    let x = 1;
    let y = 1;
    for (const o of ops) {
        at.push([x, y]);
        if (o.op !== '+')
            x++;
        if (o.op !== '-')
            y++;
    }
    for (const [from, to] of hunks(ops, CONTEXT_LINES)) {
        // Blank context at either end (after the `\n` that ends an SQL) shows nothing: a hunk starts and ends with text.
        let start = from;
        let end = to;
        while (start < end && ops[start].op === ' ' && ops[start].text.trim() === '')
            start++;
        while (end > start && ops[end - 1].op === ' ' && ops[end - 1].text.trim() === '')
            end--;
        const slice = ops.slice(start, end);
        const olds = slice.filter((o) => o.op !== '+').length;
        const news = slice.filter((o) => o.op !== '-').length;
        const [l, r] = at[start];
        out.push(`@@ -${l},${olds} +${r},${news} @@ ${path}`);
        for (const o of slice)
            for (const piece of wrap(o.text, width))
                out.push(`${o.op} ${piece}`);
    }
    return out;
}
/** Tokens of a one-line text: words with the separator after them, so a long JSON or SQL line diffs by parts. */
function tokens(text) {
    return text.match(/[^\s,;{}()[\]]*(?:[\s,;{}()[\]]+|$)/g)?.filter((t) => t !== '') ?? [text];
}
/** A long one-line text change: each run of changed tokens, with a few around it, as `-`/`+` lines. */
function longLineLines(path, oldText, newText, width) {
    const ops = (0,align/* editScript */.e)(tokens(oldText), tokens(newText));
    const out = [`@@ ${path} (one line) @@`];
    const spans = hunks(ops, CONTEXT_TOKENS);
    spans.forEach(([start, end], n) => {
        const slice = ops.slice(start, end);
        const side = (skip) => {
            const text = slice
                .filter((o) => o.op !== skip)
                .map((o) => o.text)
                .join('');
            return `${start > 0 ? '…' : ''}${text}${end < ops.length ? '…' : ''}`;
        };
        if (n > 0)
            out.push('  …');
        const before = side('+');
        const after = side('-');
        if (slice.some((o) => o.op === '-'))
            for (const p of wrap(before, width))
                out.push(`- ${p}`);
        if (slice.some((o) => o.op === '+'))
            for (const p of wrap(after, width))
                out.push(`+ ${p}`);
    });
    return out;
}
/** A value on `-`/`+` lines: a scalar on one line (wrapped), an object or list as indented JSON. */
function valueLines(sign, v, width) {
    const lines = typeof v === 'string' && v.includes('\n') ? v.split('\n') : isBulky(v) ? jsonLines(v) : [review_valueText(v)];
    return lines.flatMap((l) => wrap(l, width).map((p) => `${sign} ${p}`));
}
function isBulky(v) {
    return Array.isArray(v) || ((0,json/* isObject */.Gv)(v) && !(0,number/* isNumeric */.kf)(v));
}
/** How many lines a text change adds and removes. */
function textStats(oldText, newText) {
    const ops = (0,align/* editScript */.e)(oldText.split('\n'), newText.split('\n'));
    return {
        added: ops.filter((o) => o.op === '+').length,
        removed: ops.filter((o) => o.op === '-').length,
    };
}
/** Whether a change is of a text value better read as changed lines than as two values. */
function isTextChange(c, width = WIDTH) {
    if (c.kind !== 'changed' || typeof c.old !== 'string' || typeof c.new !== 'string')
        return false;
    return c.old.includes('\n') || c.new.includes('\n') || review_length(c.old) > width || review_length(c.new) > width;
}
function where(c) {
    return c.path === '' ? '(the whole step)' : c.path;
}
function cap(lines, max) {
    if (max === undefined || lines.length <= max)
        return lines;
    const keep = Math.max(1, max - 1);
    return [...lines.slice(0, keep), `  … ${lines.length - keep} more lines`];
}
/** The lines of one change in a ```` ```diff ```` block (see {@link DiffLinesOptions}). */
function review_changeLines(c, opts = {}) {
    const width = opts.width ?? WIDTH;
    const path = where(c);
    if (c.kind === 'moved')
        return [`! ${path}: moved from position ${c.from} to ${c.to}`];
    if (opts.brief)
        return [briefLine(c, width)];
    const inline = (sign, v) => {
        if (isBulky(v) || (typeof v === 'string' && v.includes('\n')))
            return undefined;
        const line = `${sign} ${path}: ${review_valueText(v)}`;
        return review_length(line) <= width + 2 ? line : undefined;
    };
    if (c.kind === 'added' || c.kind === 'removed') {
        const sign = c.kind === 'added' ? '+' : '-';
        const v = c.kind === 'added' ? c.new : c.old;
        const one = inline(sign, v);
        if (one)
            return [one];
        return cap([`@@ ${path} (${c.kind}) @@`, ...valueLines(sign, v, width)], opts.maxValueLines ?? VALUE_LINES);
    }
    const a = inline('-', c.old);
    const b = inline('+', c.new);
    if (a && b)
        return [a, b];
    if (isTextChange(c, width)) {
        const multi = c.old.includes('\n') || c.new.includes('\n');
        return cap(multi ? textLines(path, c.old, c.new, width) : longLineLines(path, c.old, c.new, width), opts.maxLines);
    }
    return cap([`@@ ${path} @@`, ...valueLines('-', c.old, width), ...valueLines('+', c.new, width)], opts.maxValueLines ?? VALUE_LINES);
}
/** The one-line form of a change. */
function briefLine(c, width) {
    const path = where(c);
    if (isTextChange(c, width)) {
        const { added, removed } = textStats(c.old, c.new);
        const multi = c.old.includes('\n') || c.new.includes('\n');
        return multi
            ? `! ${path}: ${added + removed} lines changed (+${added} −${removed})`
            : `! ${path}: the long value changed`;
    }
    const short = (v) => {
        if (isBulky(v))
            return undefined;
        const t = review_valueText(v);
        return review_length(t) <= 40 ? t : undefined;
    };
    if (c.kind === 'added')
        return `+ ${path}${short(c.new) !== undefined ? `: ${short(c.new)}` : ''}`;
    if (c.kind === 'removed')
        return `- ${path}${short(c.old) !== undefined ? `: ${short(c.old)}` : ''}`;
    const o = short(c.old);
    const n = short(c.new);
    return o !== undefined && n !== undefined ? `! ${path}: ${o} → ${n}` : `! ${path}: changed`;
}
/** The fields a set of changes touches, in order, each once (`outputSchema`, `transformSQL`). */
function changedFields(changes) {
    return [...new Set(changes.map((c) => (c.field === '' ? '(the whole step)' : c.field)))];
}

;// CONCATENATED MODULE: ./build/core/diff/render-markdown.js
/**
 * `exec-doc diff --format markdown`: the diff as a reviewer reads it on GitHub — a headline, then per changed step
 * (identical changes of several steps once) a ```` ```diff ```` block of its leaf changes, long text as its changed
 * lines. Every value is in code (exact, inert), names in code spans. Pure.
 */



function render_markdown_block(title, changes, max) {
    const shown = changes.slice(0, max);
    const lines = shown.flatMap((c) => review_changeLines(c));
    if (changes.length > shown.length)
        lines.push(`  … ${changes.length - shown.length} more changes (exec-doc diff --format json lists them all)`);
    return lines.length > 0 ? [title, '', ...fence(lines, 'diff'), ''] : [title, ''];
}
const names = (items) => items.map((s) => codeSpan(s)).join(', ');
/** The diff as GitHub markdown (see the module comment); "No change" when the documents are equal. */
function renderDiffMarkdown(diff, opts = {}) {
    if (diff.equal)
        return `${values/* NO_CHANGE */.XG}\n`;
    const max = Math.max(1, opts.maxChangesPerStep ?? 100);
    const review = reviewDiff(diff);
    const out = [`**Execution document:** ${(0,values/* headline */.Pl)(diff)}.`, ''];
    const shared = new Set(review.shared.flatMap((g) => g.steps));
    for (const g of review.shared)
        out.push(...render_markdown_block(`**${g.steps.length} steps**, the same change in each: ${names(g.steps)}`, g.changes, max));
    for (const s of review.steps) {
        if (s.status === 'changed' && s.changes.length === 0)
            continue;
        const what = s.status === 'changed'
            ? ` — ${names(changedFields(s.changes))}${shared.has(s.step) ? ', and the shared change above' : ''}`
            : ` (${s.status})`;
        out.push(...render_markdown_block(`**${codeSpan(s.step)}**${what}`, s.changes, max));
    }
    if (review.other.length > 0)
        out.push(...render_markdown_block('**Outside the steps**', review.other, max));
    return `${out.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./build/core/diff/notable.js
/**
 * The changes a reviewer must not miss, found in what the payload families carry (FORMAT §b–§c):
 * - registration (MIMS): the inference image (`source_model_inference_image_arn`, with a framework version downgrade
 *   read from its tag), the model objective and domain, the regions, the model's input and output variables;
 * - Cradle data loading: a data source added or removed, a data source pointed elsewhere (MDS service or region, EDX
 *   manifest, Andes table), the output path, fields dropped from the output schema;
 * - data uploading: the Andes table written to; Redshift: the cluster, database, role and the EDX output;
 * - any step: removed from the document, or its `STEP_TYPE` changed.
 * Pure.
 */




/** The version at the start of an image tag: `1.7-1` → [1, 7, 1]; `2.1.0-cpu-py310` → [2, 1, 0]. */
function tagVersion(imageUri) {
    const m = /^(.*):(\d+(?:\.\d+)*)(?:-(\d+))?(?:[-.][^/]*)?$/.exec(imageUri);
    if (!m)
        return undefined;
    const version = [...m[2].split('.').map(Number), ...(m[3] ? [Number(m[3])] : [])];
    return { repo: m[1], version, text: `${m[2]}${m[3] ? `-${m[3]}` : ''}` };
}
function compareVersions(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
const last = (path) => /(?:^|\.)([A-Za-z_$][\w$]*)$/.exec(path)?.[1] ?? path;
const REGION_KEYS = new Set(['source_model_region', 'model_registration_region']);
const OBJECTIVE_KEYS = new Set(['model_objective', 'model_domain']);
const MODEL_VARIABLES = /^(source_model_inference_(?:input|output)_variable_list)/;
const DATA_SOURCES = /^dataSources\.dataSources\[dataSourceName=("(?:[^"\\]|\\.)*")\]/;
/** Fields that point a data source elsewhere (Cradle MDS/EDX/Andes, Redshift's cluster). */
const SOURCE_FIELDS = new Set([
    'serviceName',
    'orgId',
    'region',
    'edxArn',
    'provider',
    'tableName',
    'clusterId',
    'dbName',
    'roleArn',
    'clusterEndpoint',
]);
/** Where a step writes: Cradle's output path, data uploading's Andes table, Redshift's EDX output. */
const OUTPUT_PATHS = (/* unused pure expression or super */ null && ([
    /^outputSpecification\.outputPath$/,
    /^dataSink\.andesDataSinkProperties\.(?:providerName|tableName|tableVersion)$/,
    /^outputSpecification\.edxArn$/,
]));
/** An element of an output schema: Cradle's MDS fields (records) or the output specification's (names). */
const SCHEMA_FIELD = /outputSchema\[(?:fieldName=|=)"(?:[^"\\]|\\.)*"\]$/;
/** A value as a review item shows it: a scalar as the diff shows it, a list or object as short compact JSON. */
function shownValue(v) {
    if (v === undefined)
        return undefined;
    if (Array.isArray(v) || (isObject(v) && !isNumeric(v)))
        return clippedJson(v, 60);
    return valueText(v);
}
function notablesOf(step, changes) {
    const out = [];
    const add = (n) => {
        if (!out.some((o) => o.kind === n.kind && o.path === n.path))
            out.push({ ...n, steps: [step] });
    };
    const variables = new Map();
    let schemaRemoved = 0;
    // A STEP_TYPE list (`["PROCESSING_STEP", "MimsModelRegistrationProcessingStep"]`) changes element by element.
    const typeRemoved = [];
    const typeAdded = [];
    for (const c of changes) {
        if (!c.path.startsWith('STEP_TYPE[') || c.kind === 'moved')
            continue;
        if (c.old !== undefined)
            typeRemoved.push(shownValue(c.old) ?? '');
        if (c.new !== undefined)
            typeAdded.push(shownValue(c.new) ?? '');
    }
    if (typeRemoved.length + typeAdded.length > 0)
        add({
            kind: 'step-type',
            path: 'STEP_TYPE',
            ...(typeRemoved.length > 0 ? { old: typeRemoved.join(', ') } : {}),
            ...(typeAdded.length > 0 ? { new: typeAdded.join(', ') } : {}),
        });
    for (const c of changes) {
        const key = last(c.path);
        const old = shownValue(c.old);
        const now = shownValue(c.new);
        const values = c.kind === 'changed' ? { ...(old ? { old } : {}), ...(now ? { new: now } : {}) } : {};
        if (c.path === 'STEP_TYPE')
            add({ kind: 'step-type', path: c.path, ...values });
        if (c.path === 'source_model_inference_image_arn' && c.kind === 'changed') {
            add({ kind: 'image', path: c.path, ...values });
            const a = typeof c.old === 'string' ? tagVersion(c.old) : undefined;
            const b = typeof c.new === 'string' ? tagVersion(c.new) : undefined;
            if (a && b && a.repo === b.repo && compareVersions(b.version, a.version) < 0)
                add({ kind: 'framework-downgrade', path: c.path, old: a.text, new: b.text });
        }
        if (OBJECTIVE_KEYS.has(c.path) && c.kind !== 'moved')
            add({ kind: 'objective', path: c.path, ...values });
        if (REGION_KEYS.has(c.path) && c.kind !== 'moved')
            add({ kind: 'region', path: c.path, ...values });
        const variable = MODEL_VARIABLES.exec(c.path)?.[1];
        if (variable && c.kind !== 'moved') {
            const counts = variables.get(variable) ?? { added: 0, removed: 0 };
            if (c.kind === 'added' || c.kind === 'changed')
                counts.added++;
            if (c.kind === 'removed' || c.kind === 'changed')
                counts.removed++;
            variables.set(variable, counts);
        }
        const source = DATA_SOURCES.exec(c.path);
        if (source) {
            const name = JSON.parse(source[1]);
            const whole = c.path === source[0];
            if (whole && c.kind === 'added')
                add({ kind: 'data-source-added', path: c.path, detail: name });
            else if (whole && c.kind === 'removed')
                add({ kind: 'data-source-removed', path: c.path, detail: name });
            else if (SOURCE_FIELDS.has(key) && c.kind === 'changed')
                add({ kind: 'data-source', path: c.path, detail: name, ...values });
        }
        else if (/^dataSources\.dataSources$/.test(c.path) && c.kind !== 'moved') {
            add({ kind: 'data-source', path: c.path });
        }
        if (/^clusterSpecification\.(?:clusterId|dbName|roleArn|clusterEndpoint)$/.test(c.path) &&
            c.kind === 'changed')
            add({ kind: 'data-source', path: c.path, ...values });
        if (OUTPUT_PATHS.some((r) => r.test(c.path)) && c.kind !== 'moved')
            add({ kind: 'output', path: c.path, ...values });
        if (SCHEMA_FIELD.test(c.path) && c.kind === 'removed')
            schemaRemoved++;
    }
    for (const [path, { added, removed }] of variables) {
        const parts = [added > 0 ? `${added} added` : '', removed > 0 ? `${removed} removed` : ''].filter(Boolean);
        add({ kind: 'model-variables', path, detail: parts.join(', ') });
    }
    if (schemaRemoved > 0)
        add({
            kind: 'schema-fields-removed',
            path: 'outputSpecification.outputSchema',
            detail: `${schemaRemoved} field${schemaRemoved === 1 ? '' : 's'}`,
        });
    return out;
}
/**
 * What must not be missed in a diff, each finding once: identical findings of several steps (a grouped change) are
 * one entry naming every step.
 */
function notableChanges(review) {
    const found = [];
    for (const s of review.steps) {
        if (s.status === 'removed') {
            found.push({ kind: 'step-removed', steps: [s.step], path: '' });
            continue;
        }
        if (s.status === 'added')
            continue;
        for (const n of notablesOf(s.step, s.all)) {
            const same = found.find((f) => f.kind === n.kind &&
                f.path === n.path &&
                f.old === n.old &&
                f.new === n.new &&
                f.detail === n.detail);
            if (same)
                same.steps.push(s.step);
            else
                found.push(n);
        }
    }
    const rank = [
        'step-removed',
        'framework-downgrade',
        'image',
        'objective',
        'region',
        'data-source-removed',
        'data-source-added',
        'data-source',
        'output',
        'model-variables',
        'schema-fields-removed',
        'step-type',
    ];
    return found.sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind));
}

;// CONCATENATED MODULE: ./build/core/diff/index.js
/** What changed between two execution documents, and three ways to show it. Pure. */









/***/ }),

/***/ 7840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   QE: () => (/* binding */ isTextChange),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XG: () => (/* binding */ NO_CHANGE),
/* harmony export */   gf: () => (/* binding */ lineDiff)
/* harmony export */ });
/* harmony import */ var _align_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3129);
/* harmony import */ var _serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4412);
/** Value formatting shared by the diff renderers. */


/** A value as one line of JSON (strings quoted, newlines escaped; exact numbers as written: `1.0`, not `1`). */
function oneLine(v) {
    return (0,_serialize_js__WEBPACK_IMPORTED_MODULE_0__/* .compactJson */ .Ar)(v);
}
/** Shortens text to `max` code points, marking the cut. */
function clip(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** A multi-line or long string change is better read as a line diff than as two quoted strings. */
function isTextChange(c, limit) {
    if (c.kind !== 'changed' || typeof c.old !== 'string' || typeof c.new !== 'string')
        return false;
    return (c.old.includes('\n') ||
        c.new.includes('\n') ||
        oneLine(c.old).length > limit ||
        oneLine(c.new).length > limit);
}
/** Line diff of two texts with `context` unchanged lines around each change; `…` marks skipped lines. */
function lineDiff(oldText, newText, context = 2) {
    const ops = (0,_align_js__WEBPACK_IMPORTED_MODULE_1__/* .editScript */ .e)(oldText.split('\n'), newText.split('\n'));
    const near = ops.map(() => false);
    ops.forEach((o, n) => {
        if (o.op === ' ')
            return;
        for (let k = Math.max(0, n - context); k <= Math.min(ops.length - 1, n + context); k++)
            near[k] = true;
    });
    const out = [];
    ops.forEach((o, n) => {
        if (near[n])
            out.push(o);
        else if (out[out.length - 1]?.op !== '…')
            out.push({ op: '…', text: '' });
    });
    return out;
}
/** `2 steps changed, 1 added, 1 removed; 1 change outside the steps` */
function headline(diff) {
    const count = (s) => diff.steps.filter((d) => d.status === s).length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [];
    const changed = count('changed');
    const added = count('added');
    const removed = count('removed');
    if (changed > 0)
        parts.push(`${plural(changed, 'step')} changed`);
    if (added > 0)
        parts.push(`${parts.length === 0 ? plural(added, 'step') : added} added`);
    if (removed > 0)
        parts.push(`${parts.length === 0 ? plural(removed, 'step') : removed} removed`);
    const other = diff.other.changes.length;
    const steps = parts.join(', ');
    const outside = other > 0 ? `${plural(other, 'change')} outside the steps` : '';
    return [steps, outside].filter((s) => s !== '').join('; ');
}
const NO_CHANGE = 'No change to the execution document.';


/***/ })

};
