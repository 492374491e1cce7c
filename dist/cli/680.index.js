export const id = 680;
export const ids = [680];
export const modules = {

/***/ 3129:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ commonSubsequence)
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


/***/ }),

/***/ 7680:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  me: () => (/* reexport */ diffDocuments),
  tM: () => (/* reexport */ diffToJson),
  mS: () => (/* reexport */ renderDiffJson),
  rw: () => (/* reexport */ renderDiffMarkdown),
  pQ: () => (/* reexport */ renderDiffText)
});

// UNUSED EXPORTS: changedSteps, escapeHtmlText, escapeMarkdownText, summaryLine

// EXTERNAL MODULE: ./build/core/json.js
var json = __webpack_require__(8314);
// EXTERNAL MODULE: ./build/core/diff/align.js
var align = __webpack_require__(3129);
;// CONCATENATED MODULE: ./build/core/diff/diff.js


/** Fields that name a record in a list, tried in this order (FORMAT: Cradle `outputSchema`, `dataSources`). */
const ID_FIELDS = ['fieldName', 'dataSourceName', 'name', 'id', 'key'];
const STEPS = 'PIPELINE_STEP_CONFIGS';
function isScalar(v) {
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
/** JSON text with object keys sorted: equal for values that are equal as JSON data. */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if ((0,json/* isObject */.Gv)(v)) {
        const keys = Object.keys(v).sort();
        return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
    }
    return JSON.stringify(v) ?? 'null';
}
function sameJson(a, b) {
    if (a === b)
        return true;
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
            out += `[${s.field}=${JSON.stringify(s.value)}]`;
        else
            out += `[=${JSON.stringify(s.value)}]`;
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
        if ((0,json/* isObject */.Gv)(a) && (0,json/* isObject */.Gv)(b))
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
    const text = typeof v === 'string' ? v : isScalar(v) ? JSON.stringify(v) : undefined;
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
            out.old = (0,json/* cloneJson */.Y7)(c.old);
        if ('new' in c)
            out.new = (0,json/* cloneJson */.Y7)(c.new);
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

;// CONCATENATED MODULE: ./build/core/diff/render-markdown.js

/** Longest value shown in a table cell; a longer one (or any multi-line string) also gets a `<details>` block. */
const CELL = 100;
const ZWSP = '\u200b';
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/**
 * Shared part of both escapers: control characters (a newline would end a table row) become spaces, `@` and
 * `#` get a zero-width space so GitHub links no mention or issue reference, bare URLs are broken so they do
 * not autolink, and `& < > " '` become entities so no HTML gets through.
 */
function neutral(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
        .replace(/[&<>"']/g, (c) => HTML[c] ?? c)
        .replace(/[@#]/g, `$&${ZWSP}`)
        .replace(/\b(https?|ftp):\/\//gi, `$1:${ZWSP}//`)
        .replace(/\bwww\./gi, `www${ZWSP}.`));
}
/** Text from user files for a markdown paragraph or table cell: also backslash-escapes markdown punctuation. */
function escapeMarkdownText(text) {
    return neutral(text).replace(/[\\`*_[\]|~]/g, '\\$&');
}
/** Text from user files inside raw HTML (`<summary>`), where markdown escapes would show as backslashes. */
function escapeHtmlText(text) {
    return neutral(text);
}
/** A code fence longer than any backtick run in `text`, so the text cannot close it. */
function fence(text, info) {
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return [`${ticks}${info}`, text, ticks];
}
const code = (text) => `<code>${escapeMarkdownText(text)}</code>`;
function isLong(v) {
    return (typeof v === 'string' && v.includes('\n')) || (0,values/* oneLine */.TN)(v).length > CELL;
}
function cell(c, side) {
    if (c.kind === 'moved')
        return `index ${side === 'old' ? c.from : c.to}`;
    if (!(side in c))
        return '';
    return code((0,values/* clip */.$Q)((0,values/* oneLine */.TN)(c[side]), CELL));
}
function fullValues(c) {
    const sides = ['old', 'new'].filter((s) => s in c);
    if (!sides.some((s) => isLong(c[s])))
        return [];
    const where = c.path === '' ? 'the whole step' : c.path;
    const out = [
        '<details>',
        `<summary>Full ${sides.length === 2 ? 'old and new values' : 'value'} of ${escapeHtmlText(where)}</summary>`,
        '',
    ];
    if ((0,values/* isTextChange */.QE)(c, CELL)) {
        const lines = (0,values/* lineDiff */.gf)(c.old, c.new).map((l) => (l.op === '…' ? '@@ … @@' : `${l.op} ${l.text}`));
        out.push('Changed lines:', '', ...fence(lines.join('\n'), 'diff'), '');
    }
    for (const s of sides) {
        const text = (0,values/* fullText */.DU)(c[s]);
        out.push(`${s === 'old' ? 'Old' : 'New'}:`, '', ...fence(text, typeof c[s] === 'string' ? 'text' : 'json'), '');
    }
    out.push('</details>', '');
    return out;
}
function summaryCell(items, status) {
    if (status === 'added' || status === 'removed')
        return `step ${status}`;
    return items
        .map((i) => {
        const field = code(i.field);
        if (i.old !== undefined && i.new !== undefined)
            return `${field} ${code(i.old)} → ${code(i.new)}`;
        return /^\d/.test(i.what) ? `${field} (${i.what})` : `${field} ${i.what}`;
    })
        .join(', ');
}
function changeTable(set, max) {
    const shown = set.changes.slice(0, max);
    const rows = shown.map((c) => `| ${c.kind} | ${c.path === '' ? '(whole step)' : code(c.path)} | ${cell(c, 'old')} | ${cell(c, 'new')} |`);
    const out = ['| Change | Path | Old | New |', '| --- | --- | --- | --- |', ...rows, ''];
    if (set.changes.length > shown.length) {
        out.push(`…and ${set.changes.length - shown.length} more change(s); \`exec-doc diff --format json\` lists them all.`, '');
    }
    for (const c of shown)
        out.push(...fullValues(c));
    return out;
}
/**
 * The diff for a pull-request comment: a headline, a table of steps with what changed, then per step a table of
 * changes. Every user value is escaped (no HTML, links, mentions or formatting get through); long values are
 * cut in the tables and given in full in `<details>` blocks, inside code fences that they cannot close.
 */
function renderDiffMarkdown(diff, opts = {}) {
    if (diff.equal)
        return `${values/* NO_CHANGE */.XG}\n`;
    const max = Math.max(1, opts.maxChangesPerStep ?? 100);
    const out = [`**Execution document:** ${(0,values/* headline */.Pl)(diff)}.`, '', '| Step | What changed |', '| --- | --- |'];
    for (const s of diff.steps)
        out.push(`| ${code(s.step)} | ${summaryCell(s.summary, s.status)} |`);
    if (diff.other.changes.length > 0)
        out.push(`| (outside the steps) | ${summaryCell(diff.other.summary)} |`);
    out.push('');
    for (const s of diff.steps)
        out.push(`**${s.status === 'changed' ? 'Changed' : s.status === 'added' ? 'Added' : 'Removed'} step ${code(s.step)}**`, '', ...changeTable(s, max));
    if (diff.other.changes.length > 0)
        out.push('**Outside the steps**', '', ...changeTable(diff.other, max));
    return `${out.join('\n').trimEnd()}\n`;
}

;// CONCATENATED MODULE: ./build/core/diff/index.js
/** What changed between two execution documents, and three ways to show it. Pure. */






/***/ }),

/***/ 7840:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   DU: () => (/* binding */ fullText),
/* harmony export */   Pl: () => (/* binding */ headline),
/* harmony export */   QE: () => (/* binding */ isTextChange),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XG: () => (/* binding */ NO_CHANGE),
/* harmony export */   gf: () => (/* binding */ lineDiff)
/* harmony export */ });
/* harmony import */ var _align_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3129);
/** Value formatting shared by the diff renderers. */

/** A value as one line of JSON (strings quoted, newlines escaped). */
function oneLine(v) {
    return JSON.stringify(v) ?? 'null';
}
/** Shortens text to `max` code points, marking the cut. */
function clip(text, max) {
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** The full value for a block: strings as they are, anything else as indented JSON. */
function fullText(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v, null, 2) ?? 'null');
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
    const a = oldText.split('\n');
    const b = newText.split('\n');
    const ops = [];
    let i = 0;
    let j = 0;
    for (const [ki, kj] of [...(0,_align_js__WEBPACK_IMPORTED_MODULE_0__/* .commonSubsequence */ .D)(a, b), [a.length, b.length]]) {
        while (i < ki)
            ops.push({ op: '-', text: a[i++] });
        while (j < kj)
            ops.push({ op: '+', text: b[j++] });
        if (ki < a.length)
            ops.push({ op: ' ', text: a[ki] });
        i = ki + 1;
        j = kj + 1;
    }
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
