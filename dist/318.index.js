export const id = 318;
export const ids = [318];
export const modules = {

/***/ 79318:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildReport: () => (/* binding */ buildReport),
  isFailure: () => (/* binding */ isFailure),
  needsAttention: () => (/* binding */ needsAttention),
  verdictOf: () => (/* binding */ verdictOf)
});

// EXTERNAL MODULE: ./build/core/json.js
var json = __webpack_require__(28314);
// EXTERNAL MODULE: ./build/core/number.js
var number = __webpack_require__(96421);
// EXTERNAL MODULE: ./build/core/serialize.js
var serialize = __webpack_require__(24412);
// EXTERNAL MODULE: ./build/core/diff/review.js
var diff_review = __webpack_require__(11098);
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
const OUTPUT_PATHS = [
    /^outputSpecification\.outputPath$/,
    /^dataSink\.andesDataSinkProperties\.(?:providerName|tableName|tableVersion)$/,
    /^outputSpecification\.edxArn$/,
];
/** An element of an output schema: Cradle's MDS fields (records) or the output specification's (names). */
const SCHEMA_FIELD = /outputSchema\[(?:fieldName=|=)"(?:[^"\\]|\\.)*"\]$/;
/** A value as a review item shows it: a scalar as the diff shows it, a list or object as short compact JSON. */
function shownValue(v) {
    if (v === undefined)
        return undefined;
    if (Array.isArray(v) || ((0,json/* isObject */.Gv)(v) && !(0,number/* isNumeric */.kf)(v)))
        return (0,serialize/* clippedJson */.UG)(v, 60);
    return (0,diff_review/* valueText */.Ru)(v);
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

;// CONCATENATED MODULE: ./build/action/report/problems.js
/** Problems whose first report is the root cause when they share a position with others. */
const ROOT_CODES = ['input/syntax', 'input/read', 'config/schema', 'config/unusable', 'dag/cycle'];
/** Problems that can follow from a bad config value reported elsewhere. */
const DERIVED_CODES = new Set([
    'template/missing-step',
    'registration/image-uri',
    'registration/no-config',
    'resolve/no-config',
    'document/placeholder',
    'sagemaker/step-not-in-pipeline',
    'sagemaker/step-not-filled',
]);
function position(p) {
    return p.line !== undefined
        ? `${p.file}\u0000${p.line}\u0000${p.column ?? 0}`
        : `${p.file}\u0000${p.jsonPath ?? ''}`;
}
/** The value a schema problem says was found (`got "XX"`), when it is a string worth looking for. */
function badValue(p) {
    const m = /got "((?:[^"\\]|\\.){2,})"/.exec(p.message);
    if (!m)
        return undefined;
    try {
        return JSON.parse(`"${m[1]}"`);
    }
    catch {
        return m[1];
    }
}
function rank(p) {
    const i = ROOT_CODES.indexOf(p.code);
    return i < 0 ? ROOT_CODES.length : i;
}
function group(problems, crossLink) {
    // Same position: one group, its cause the most basic problem there.
    const byPosition = new Map();
    for (const p of problems) {
        const key = position(p);
        const list = byPosition.get(key);
        if (list)
            list.push(p);
        else
            byPosition.set(key, [p]);
    }
    const groups = [];
    for (const list of byPosition.values()) {
        const sorted = [...list].sort((a, b) => rank(a) - rank(b));
        const cause = sorted[0];
        const rest = sorted.slice(1);
        groups.push({
            cause,
            also: rest.filter((p) => p.code === cause.code),
            knockOns: rest.filter((p) => p.code !== cause.code),
        });
    }
    if (!crossLink)
        return groups;
    // A derived problem that names a bad value found by a schema check elsewhere follows from it.
    const values = groups.flatMap((g) => {
        const v = g.cause.code === 'config/schema' ? badValue(g.cause) : undefined;
        return v ? [{ g, v }] : [];
    });
    const kept = [];
    for (const g of groups) {
        const origin = DERIVED_CODES.has(g.cause.code) && g.also.length === 0
            ? values.find(({ g: o, v }) => o !== g && g.cause.message.includes(v))
            : undefined;
        if (origin)
            origin.g.knockOns.push(g.cause, ...g.knockOns);
        else
            kept.push(g);
    }
    return kept;
}
/** Errors and warnings, each grouped (see the module comment); order as reported. */
function groupProblems(problems) {
    return {
        errors: group(problems.filter((p) => p.severity === 'error'), true),
        warnings: group(problems.filter((p) => p.severity === 'warning'), false),
    };
}

// EXTERNAL MODULE: ./build/action/report/redact.js
var redact = __webpack_require__(73149);
;// CONCATENATED MODULE: ./build/action/report/model.js




function documentSteps(report) {
    return report.steps.map((s) => s.step);
}
/** The verdict of one pipeline (see {@link VerdictKind}). */
function verdictOf(p, pullRequest, baseNote, problems = groupProblems(p.report.problems)) {
    const errors = problems.errors.length;
    const knockOns = problems.errors.reduce((n, g) => n + g.knockOns.length, 0);
    const base = { steps: [], outside: 0, errors, knockOns };
    const c = p.comparison;
    if (!p.report.ok) {
        if (c?.status === 'failing' && c.base === 'fails' && c.newErrors)
            // The base fails too, but with other errors: these are the pull request's.
            return {
                ...base,
                kind: 'fails-introduced',
                baseFailsOtherwise: true,
                reason: `${c.newErrors} error${c.newErrors === 1 ? '' : 's'} of the head ${c.newErrors === 1 ? 'is' : 'are'} not in the base, which fails with others: ${c.reason ?? 'its own errors'}`,
            };
        if (c?.status === 'failing')
            return {
                ...base,
                kind: c.base === 'generates' ? 'fails-introduced' : 'fails-preexisting',
                ...(c.reason ? { reason: c.reason } : {}),
            };
        if (c?.status === 'new')
            return { ...base, kind: 'fails-introduced', reason: 'the pipeline is new' };
        const reason = c?.status === 'unavailable' ? c.reason : baseNote;
        return { ...base, kind: 'fails', ...(pullRequest && reason ? { reason } : {}) };
    }
    if (!pullRequest)
        return { ...base, kind: 'generated' };
    if (!c)
        return { ...base, kind: 'not-comparable', reason: baseNote ?? 'there is no base to compare with' };
    switch (c.status) {
        case 'compared': {
            const steps = c.diff.steps.map((s) => s.step);
            const outside = c.diff.other.changes.length;
            const changed = !c.diff.equal || !c.dag.equal;
            return {
                ...base,
                kind: changed ? 'changed' : 'unchanged',
                steps,
                outside,
                ...(c.dag.equal ? {} : { dag: c.dag }),
            };
        }
        case 'new':
            return { ...base, kind: 'new', steps: documentSteps(p.report) };
        case 'unavailable':
            return { ...base, kind: 'not-comparable', reason: c.reason };
        case 'failing':
            // Only for failed heads; a generated head is never 'failing'.
            return { ...base, kind: 'not-comparable', reason: 'the comparison is inconsistent' };
    }
}
/** Whether a verdict asks for a reviewer's attention (anything but "no change" and a plain generation). */
function needsAttention(v) {
    return v.kind !== 'unchanged' && v.kind !== 'generated';
}
/** Whether a verdict is a failure. */
function isFailure(v) {
    return v.kind === 'fails' || v.kind === 'fails-introduced' || v.kind === 'fails-preexisting';
}
/**
 * The report's data: each pipeline with its verdict, review diff, notable changes and grouped problems. Every string
 * of the input (values, names, paths, messages) has the secrets redacted before anything is derived from it.
 */
function buildReport(input, secrets = []) {
    const clean = (0,redact/* redactData */.E)(input, secrets);
    return {
        ...clean,
        pipelines: clean.pipelines.map((p) => {
            const c = p.comparison;
            const review = c?.status === 'compared' && !c.diff.equal ? (0,diff_review/* reviewDiff */.aV)(c.diff) : undefined;
            const problems = groupProblems(p.report.problems);
            return {
                ...p,
                verdict: verdictOf(p, clean.pullRequest, clean.baseNote, problems),
                ...(review ? { review } : {}),
                notable: review ? notableChanges(review) : [],
                problems,
            };
        }),
    };
}


/***/ }),

/***/ 73149:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ redactData),
/* harmony export */   R: () => (/* binding */ redactText)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14173);
/**
 * Secrets out of the report's data before it is rendered: the runner masks a secret only where it appears exactly,
 * so it must be replaced before escaping can change its spelling (`ghp_x` → `ghp\_x`). Pure: the secrets are passed
 * in (log.ts's knownSecrets()).
 */

/** `text` with every secret replaced by `***`, longest first (one secret may contain another). */
function redactText(text, secrets) {
    let out = text;
    for (const s of [...secrets].sort((a, b) => b.length - a.length))
        if (s !== '')
            out = out.split(s).join(_log_js__WEBPACK_IMPORTED_MODULE_0__/* .REDACTED */ .XF);
    return out;
}
/**
 * A copy of `value` with the secrets redacted from every string in it, object keys included. Only plain objects and
 * arrays are walked; anything else (an ExactNumber, a number) is kept as it is.
 */
function redactData(value, secrets) {
    const list = secrets.filter((s) => s !== '');
    if (list.length === 0)
        return value;
    const walk = (v) => {
        if (typeof v === 'string')
            return redactText(v, list);
        if (Array.isArray(v))
            return v.map(walk);
        if (v !== null && typeof v === 'object') {
            const proto = Object.getPrototypeOf(v);
            if (proto !== Object.prototype && proto !== null)
                return v;
            const out = {};
            for (const [k, x] of Object.entries(v)) {
                Object.defineProperty(out, redactText(k, list), {
                    value: walk(x),
                    enumerable: true,
                    writable: true,
                    configurable: true,
                });
            }
            return out;
        }
        return v;
    };
    return walk(value);
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


/***/ }),

/***/ 11098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ changedFields),
/* harmony export */   Lp: () => (/* binding */ textStats),
/* harmony export */   Ow: () => (/* binding */ changeLines),
/* harmony export */   QE: () => (/* binding */ isTextChange),
/* harmony export */   Ru: () => (/* binding */ valueText),
/* harmony export */   aV: () => (/* binding */ reviewDiff)
/* harmony export */ });
/* unused harmony exports relativePath, jsonLines, wrap, CONTINUED */
/* harmony import */ var _number_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96421);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28314);
/* harmony import */ var _align_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63129);
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
function canonical(v) {
    if ((0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumeric */ .kf)(v))
        return (0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .numberText */ .$4)(v);
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v))
        return `{${Object.keys(v)
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v) ?? 'null';
}
function changeKey(c) {
    return [
        c.kind,
        c.path,
        'old' in c ? canonical(c.old) : '',
        'new' in c ? canonical(c.new) : '',
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
function valueText(v) {
    if (typeof v === 'string')
        return isPlain(v) ? v : JSON.stringify(v);
    if ((0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumeric */ .kf)(v))
        return (0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .numberText */ .$4)(v);
    if (v === null || typeof v !== 'object')
        return JSON.stringify(v) ?? 'null';
    return canonical(v);
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
    if ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) && !(0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumeric */ .kf)(v)) {
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
    return [`${indent}${(0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumeric */ .kf)(v) ? (0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .numberText */ .$4)(v) : (JSON.stringify(v) ?? 'null')}`];
}
const length = (s) => Array.from(s).length;
/**
 * Splits a line longer than `width` at spaces (or anywhere, when a word is longer): the pieces, in order, each after
 * the first marked as a continuation (`↪ `).
 */
function wrap(line, width) {
    if (length(line) <= width)
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
    const ops = (0,_align_js__WEBPACK_IMPORTED_MODULE_2__/* .editScript */ .e)(a, b);
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
    const ops = (0,_align_js__WEBPACK_IMPORTED_MODULE_2__/* .editScript */ .e)(tokens(oldText), tokens(newText));
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
    const lines = typeof v === 'string' && v.includes('\n') ? v.split('\n') : isBulky(v) ? jsonLines(v) : [valueText(v)];
    return lines.flatMap((l) => wrap(l, width).map((p) => `${sign} ${p}`));
}
function isBulky(v) {
    return Array.isArray(v) || ((0,_json_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(v) && !(0,_number_js__WEBPACK_IMPORTED_MODULE_1__/* .isNumeric */ .kf)(v));
}
/** How many lines a text change adds and removes. */
function textStats(oldText, newText) {
    const ops = (0,_align_js__WEBPACK_IMPORTED_MODULE_2__/* .editScript */ .e)(oldText.split('\n'), newText.split('\n'));
    return {
        added: ops.filter((o) => o.op === '+').length,
        removed: ops.filter((o) => o.op === '-').length,
    };
}
/** Whether a change is of a text value better read as changed lines than as two values. */
function isTextChange(c, width = WIDTH) {
    if (c.kind !== 'changed' || typeof c.old !== 'string' || typeof c.new !== 'string')
        return false;
    return c.old.includes('\n') || c.new.includes('\n') || length(c.old) > width || length(c.new) > width;
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
function changeLines(c, opts = {}) {
    const width = opts.width ?? WIDTH;
    const path = where(c);
    if (c.kind === 'moved')
        return [`! ${path}: moved from position ${c.from} to ${c.to}`];
    if (opts.brief)
        return [briefLine(c, width)];
    const inline = (sign, v) => {
        if (isBulky(v) || (typeof v === 'string' && v.includes('\n')))
            return undefined;
        const line = `${sign} ${path}: ${valueText(v)}`;
        return length(line) <= width + 2 ? line : undefined;
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
        const t = valueText(v);
        return length(t) <= 40 ? t : undefined;
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


/***/ })

};
