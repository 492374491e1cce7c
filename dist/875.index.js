export const id = 875;
export const ids = [875];
export const modules = {

/***/ 37875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithBase: () => (/* binding */ compareWithBase)
});

// UNUSED EXPORTS: NO_DIFF

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/core/index.js + 31 modules
var core = __webpack_require__(88079);
// EXTERNAL MODULE: ./build/core/json.js
var json = __webpack_require__(28314);
// EXTERNAL MODULE: ./build/core/number.js
var number = __webpack_require__(96421);
// EXTERNAL MODULE: ./build/core/diff/align.js
var align = __webpack_require__(63129);
// EXTERNAL MODULE: ./build/core/serialize.js
var serialize = __webpack_require__(24412);
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

;// CONCATENATED MODULE: ./build/core/graph/dag-diff.js
/** What a change does to a pipeline's DAG structure: nodes and edges added and removed. Pure. */
const edgeKey = ([a, b]) => JSON.stringify([a, b]);
/** The nodes and edges of `head` that `base` lacks, and those of `base` that `head` lacks, in DAG order. */
function diffDag(base, head) {
    const baseNodes = new Set(base.nodes.map((n) => n.name));
    const headNodes = new Set(head.nodes.map((n) => n.name));
    const baseEdges = new Set(base.edges.map(edgeKey));
    const headEdges = new Set(head.edges.map(edgeKey));
    const addedNodes = [...headNodes].filter((n) => !baseNodes.has(n));
    const removedNodes = [...baseNodes].filter((n) => !headNodes.has(n));
    const addedEdges = head.edges
        .filter((e) => !baseEdges.has(edgeKey(e)))
        .map(([a, b]) => [a, b]);
    const removedEdges = base.edges
        .filter((e) => !headEdges.has(edgeKey(e)))
        .map(([a, b]) => [a, b]);
    return {
        equal: addedNodes.length + removedNodes.length + addedEdges.length + removedEdges.length === 0,
        addedNodes,
        removedNodes,
        addedEdges,
        removedEdges,
    };
}
/** The diff of a DAG with itself. */
const SAME_DAG = {
    equal: true,
    addedNodes: [],
    removedNodes: [],
    addedEdges: [],
    removedEdges: [],
};

// EXTERNAL MODULE: ./build/io/files.js + 1 modules
var io_files = __webpack_require__(28959);
// EXTERNAL MODULE: ./build/action/document.js
var action_document = __webpack_require__(49986);
;// CONCATENATED MODULE: ./build/action/compare.js
/**
 * What a pull request changes in each pipeline: the document generated from the base commit's files (same core, same
 * `lenient` setting) against the head's, and the base's DAG against the head's. A pipeline whose input files all have
 * the base's blob ids is unchanged without generating anything; a pipeline whose DAG or config is not in the base is
 * new. When the head fails, the base is generated too, to tell a failure this pull request introduces from one that
 * was already there. The base is best effort: when it cannot be read, the pipeline says why and the gate is not
 * affected.
 */






/** The diff of two equal documents, without computing it. */
const NO_DIFF = {
    equal: true,
    steps: [],
    other: { fields: [], summary: [], changes: [] },
};
/** `2 errors, the first: config.json:6: invalid JSON ...` */
/**
 * The head's errors the base does not have, compared by code, file, place in the file and message (not by line:
 * an edit above moves a line without changing the error).
 */
function newErrors(base, head) {
    const key = (p) => JSON.stringify([p.code, p.file, p.jsonPath ?? '', p.step ?? '', p.node ?? '', p.message]);
    const before = new Set(base.problems.filter((p) => p.severity === 'error').map(key));
    return head.problems.filter((p) => p.severity === 'error' && !before.has(key(p))).length;
}
function firstError(report) {
    const errors = report.problems.filter((p) => p.severity === 'error');
    const p = errors[0];
    if (!p)
        return 'no document';
    const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}`;
    return `${errors.length} error${errors.length === 1 ? '' : 's'}, the first: ${where}: ${p.message}`;
}
/**
 * The fingerprints of a pipeline's inputs: those the head's generation recorded, else (a failed head) the blob ids
 * of the workspace files as they are now; an unreadable file gets no id, so it is read from the base.
 */
async function fingerprints(p) {
    if (p.outcome.inputs)
        return p.outcome.inputs;
    const out = [];
    for (const role of ['dag', 'config', 'template']) {
        const f = p.files[role];
        if (!f)
            continue;
        let blobId = '';
        try {
            blobId = (0,action_document.gitBlobId)(await external_node_fs_.promises.readFile(f.absolute));
        }
        catch {
            // Read from the base instead.
        }
        out.push({ role, path: f.path, blobId });
    }
    return out;
}
/**
 * Compares every pipeline with the base. Generation runs one pipeline at a time: it is CPU work, which concurrency
 * would not speed up; file reads are batched.
 */
async function compareWithBase(pipelines, source, settings) {
    const results = pipelines.map(() => undefined);
    const candidates = await Promise.all(pipelines.map(async (p, i) => ({ ...p, i, inputs: await fingerprints(p) })));
    const usable = candidates.filter((p) => p.inputs.some((f) => f.role === 'dag') && p.inputs.some((f) => f.role === 'config'));
    if (usable.length === 0)
        return results;
    const ok = (p) => p.outcome.report.ok && p.outcome.document !== undefined;
    const allPaths = [...new Set(usable.flatMap((p) => p.inputs.map((f) => f.path)))];
    let ids;
    try {
        ids = await source.blobIds(allPaths);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        for (const p of usable)
            results[p.i] = { status: 'unavailable', cause: 'read', reason };
        return results;
    }
    // Decide per pipeline from the ids alone; collect the files to read.
    const toRead = new Set();
    const pending = [];
    for (const p of usable) {
        if (p.inputs.every((f) => f.blobId !== '' && ids.get(f.path) === f.blobId)) {
            results[p.i] = ok(p)
                ? { status: 'compared', diff: NO_DIFF, dag: SAME_DAG }
                : { status: 'failing', base: 'fails', sameInputs: true };
            continue;
        }
        const missing = p.inputs
            .filter((f) => f.role !== 'template' && ids.get(f.path) === null)
            .map((f) => f.path);
        if (missing.length > 0) {
            results[p.i] = { status: 'new', missing };
            continue;
        }
        for (const f of p.inputs) {
            const id = ids.get(f.path);
            if (id !== null && (f.blobId === '' || id !== f.blobId))
                toRead.add(f.path);
        }
        pending.push(p);
    }
    const files = toRead.size > 0 ? await source.read([...toRead]) : new Map();
    for (const p of pending) {
        const texts = {};
        let failure;
        const missing = [];
        for (const f of p.inputs) {
            const id = ids.get(f.path);
            let text;
            if (f.blobId !== '' && id === f.blobId) {
                // Unchanged: the workspace file is the base's.
                const read = await (0,io_files/* readSourceFile */.uj)(p.files[f.role].absolute, f.path);
                text = read.source ? read.source.text : new Error(read.problem?.message ?? `cannot read ${f.path}`);
            }
            else if (id === null) {
                text = null;
            }
            else {
                // (`null` is an answer: the base has no such file.)
                text = files.has(f.path) ? files.get(f.path) : new Error(`${f.path} was not read`);
            }
            if (text instanceof Error) {
                failure ??= text.message;
            }
            else if (text === null) {
                // A template added by the pull request: the base document is the one built without a template.
                if (f.role !== 'template')
                    missing.push(f.path);
            }
            else {
                texts[f.role] = { name: f.path, text };
            }
        }
        if (failure !== undefined) {
            results[p.i] = { status: 'unavailable', cause: 'read', reason: failure };
            continue;
        }
        if (missing.length > 0 || !texts.dag || !texts.config) {
            results[p.i] = { status: 'new', missing };
            continue;
        }
        const base = (0,core/* generate */.cM)({
            dag: texts.dag,
            config: texts.config,
            ...(texts.template ? { template: texts.template } : {}),
            lenient: settings.lenient,
        });
        const baseFails = `the document of the base commit ${settings.ref} cannot be generated (${firstError(base.report)})`;
        if (!ok(p)) {
            const fresh = base.document ? 0 : newErrors(base.report, p.outcome.report);
            results[p.i] = base.document
                ? { status: 'failing', base: 'generates' }
                : { status: 'failing', base: 'fails', reason: baseFails, ...(fresh > 0 ? { newErrors: fresh } : {}) };
            continue;
        }
        results[p.i] = base.document
            ? {
                status: 'compared',
                diff: diffDocuments(base.document, p.outcome.document),
                dag: diffDag(base.report, p.outcome.report),
            }
            : { status: 'unavailable', cause: 'generate', reason: baseFails };
    }
    return results;
}


/***/ }),

/***/ 63129:
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


/***/ })

};
