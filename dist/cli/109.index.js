export const id = 109;
export const ids = [109];
export const modules = {

/***/ 109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGraph: () => (/* binding */ runGraph)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3734);
/* harmony import */ var _core_dag_load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5845);
/* harmony import */ var _core_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(846);
/* harmony import */ var _core_graph_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8679);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9376);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(971);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2164);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8288);








/** The DAG alone as a Mermaid flowchart: nodes and edges, no outcome styling (nothing was generated). */
function plainMermaid(nodes, edges) {
    const ids = new Map(nodes.map((n, i) => [n, `n${i}`]));
    const lines = ['flowchart TD', ...nodes.map((n, i) => `  n${i}["${(0,_core_graph_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mermaidLabel */ ._b)(n)}"]`)];
    for (const [from, to] of edges)
        lines.push(`  ${ids.get(from)} --> ${ids.get(to)}`);
    return `${lines.join('\n')}\n`;
}
function errorCount(problems) {
    return problems.filter((p) => p.severity === 'error').length;
}
/** Prints the problems and `exec-doc: N error(s) in the inputs; no chart drawn`; returns the exit code 1. */
function noChart(io, problems) {
    (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printProblems */ .Mr)(io, problems);
    io.stderr.write(`exec-doc: ${errorCount(problems)} error(s) in the inputs; no chart drawn\n`);
    return 1;
}
/** Mermaid's defaults (`maxEdges`, `maxTextSize`): a chart past either is refused by every renderer using them. */
const MERMAID_MAX_EDGES = 500;
const MERMAID_MAX_TEXT = 50_000;
/** Writes the chart; says so on stderr when Mermaid's default limits will refuse to draw it. */
function writeChart(io, chart, edges) {
    io.stdout.write(chart);
    const over = [
        ...(edges >= MERMAID_MAX_EDGES ? [`${edges} edges (Mermaid draws fewer than ${MERMAID_MAX_EDGES})`] : []),
        ...(chart.length > MERMAID_MAX_TEXT
            ? [`${chart.length} characters (Mermaid reads at most ${MERMAID_MAX_TEXT})`]
            : []),
    ];
    if (over.length > 0)
        io.stderr.write(`exec-doc: warning: the chart has ${over.join(' and ')}: a renderer with Mermaid's default settings refuses to draw it (raise maxEdges/maxTextSize where you render it)\n`);
}
async function graphDagOnly(dagPath, io, stdin) {
    const read = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInput */ .R5)(dagPath, stdin);
    if (!read.source)
        return noChart(io, read.problem ? [read.problem] : []);
    await (0,_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .loadYamlFor */ .pE)(read.source);
    const parsed = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSource */ .PJ)(read.source);
    if (!parsed.source)
        return noChart(io, parsed.problems);
    const source = parsed.source;
    const { dag, problems } = (0,_core_dag_load_js__WEBPACK_IMPORTED_MODULE_1__/* .loadDag */ .zg)(source.value, source.name);
    const located = [...parsed.problems, ...problems].map((p) => (0,_core_source_js__WEBPACK_IMPORTED_MODULE_2__/* .locateProblem */ .KD)(source, p));
    if (!dag)
        return noChart(io, located);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printProblems */ .Mr)(io, located);
    writeChart(io, plainMermaid(dag.nodes, dag.edges), dag.edges.length);
    return 0;
}
/**
 * `exec-doc graph --dag D [--config C [--template T]] [--lenient]`: the DAG as a Mermaid flowchart on stdout. With a
 * config, the document is generated and nodes are styled by outcome; when generation fails the chart is still
 * printed, the failing nodes marked as errors, with the problems on stderr as generate prints them and exit code 1.
 * When an input cannot be read or the DAG cannot be drawn (no node came out), nothing is printed on stdout. With
 * the DAG alone, it is drawn as it is.
 */
async function runGraph(args, io) {
    const dagPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .requireString */ .VW)(args, 'dag');
    const configPath = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(args, 'config');
    const templatePath = (0,_args_js__WEBPACK_IMPORTED_MODULE_4__/* .optionalString */ .sx)(args, 'template');
    if ((0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .needsYaml */ .Tf)(dagPath, configPath, templatePath))
        await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadYaml */ .yv)();
    if (configPath === undefined) {
        if (templatePath !== undefined)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('graph: --template needs --config');
        if (args.values['lenient'] !== undefined)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('graph: --lenient needs --config');
        return graphDagOnly(dagPath, io, io.stdin);
    }
    const paths = [dagPath, configPath, templatePath];
    const reads = await Promise.all(paths.map((p) => (p === undefined ? undefined : (0,_inputs_js__WEBPACK_IMPORTED_MODULE_6__/* .readInput */ .R5)(p, io.stdin))));
    const missing = reads.flatMap((r) => (r?.problem ? [r.problem] : []));
    if (missing.length > 0)
        return noChart(io, missing);
    const [dag, config, template] = reads.map((r) => r?.source);
    await (0,_documents_js__WEBPACK_IMPORTED_MODULE_5__/* .loadYamlFor */ .pE)(dag, config, template);
    const { report } = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .generate */ .cM)({
        dag,
        config,
        ...(template ? { template } : {}),
        lenient: args.values['lenient'] === true,
    });
    // No node: generation stopped before the DAG met the config (an input unreadable, a template not an object).
    if (!report.ok && report.nodes.length === 0)
        return noChart(io, report.problems);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .printProblems */ .Mr)(io, report.problems);
    writeChart(io, (0,_core_graph_index_js__WEBPACK_IMPORTED_MODULE_3__/* .renderMermaid */ .m6)(report), report.edges.length);
    if (report.ok)
        return 0;
    io.stderr.write(`exec-doc: generation failed with ${errorCount(report.problems)} error(s); the failing nodes are marked in the chart\n`);
    return 1;
}


/***/ }),

/***/ 8679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _b: () => (/* reexport */ mermaidLabel),
  op: () => (/* reexport */ nodeOutcomes),
  m6: () => (/* reexport */ renderMermaid)
});

// UNUSED EXPORTS: FOCUS_MAX_NODES, FOLD_ABOVE_NODES, LEGEND, SAME_DAG, diffDag, mermaidMarkdownText, mermaidPicture, nodeLabel, renderMermaidBlock

;// CONCATENATED MODULE: ./build/core/graph/mermaid.js
/** DAGs with more nodes than this are folded into a `<details>` block by {@link renderMermaidBlock}. */
const FOLD_ABOVE_NODES = 30;
/** The most nodes a focused picture draws (the nodes that need a look first, then their neighbours). */
const FOCUS_MAX_NODES = 40;
/** Longest label kept, in code points: a label is for reading, and Mermaid limits the diagram's total size. */
const MAX_LABEL = 120;
/** Fill, border and text colours readable on GitHub's light and dark themes. */
const CLASS_DEFS = {
    error: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,color:#82071e',
    changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,color:#4d2d00',
    added: 'fill:#ddf4ff,stroke:#0969da,stroke-width:2px,color:#0a3069',
    removed: 'fill:#f6f8fa,stroke:#6e7781,stroke-width:2px,stroke-dasharray:5 3,color:#57606a',
    filled: 'fill:#dafbe1,stroke:#1a7f37,color:#044f1e',
    unchanged: 'fill:#f6f8fa,stroke:#8c959f,color:#24292f',
};
/** The legend of the colours: a swatch and what it means, in the order they are listed. */
const LEGEND = [
    { outcome: 'error', swatch: '🟥', meaning: 'error' },
    { outcome: 'changed', swatch: '🟨', meaning: 'payload changes' },
    { outcome: 'added', swatch: '🟦', meaning: 'node added' },
    { outcome: 'removed', swatch: '⬛', meaning: 'removed (dashed)' },
    { outcome: 'filled', swatch: '🟩', meaning: 'payload filled, unchanged' },
    { outcome: 'unchanged', swatch: '⬜', meaning: 'no payload' },
];
const NAMED = { '"': 'quot', '<': 'lt', '>': 'gt', '&': 'amp' };
/**
 * A node name as the text of a Mermaid `["..."]` label. Everything but letters, digits and a few harmless
 * punctuation marks becomes a Mermaid entity (`#quot;`, `#lt;`, `#91;`...), which Mermaid shows as the character and
 * never reads as syntax, markdown (backticks), HTML (`<`) or another entity (`#`). Control characters become
 * spaces; long names are cut; a blank name is shown as JSON. The words `style` and `classDef` get their first
 * letter as an entity too: before parsing, Mermaid drops the last `;` of any line matching `style.*:\S*#.*;`,
 * which would break the entity that ends such a label (mermaid.core encodeEntities).
 */
function mermaidLabel(name) {
    return escapeLabel(name, (c) => /^[\p{L}\p{N} _.,:/+-]$/u.test(c));
}
/**
 * A name as text of a Mermaid markdown string (`` ["`...`"] ``), where Mermaid reads `*`, `_`, list and heading
 * marks as markdown: everything but letters, digits, single spaces between words and punctuation that cannot start
 * markdown where it stands becomes an entity, as in {@link mermaidLabel}.
 */
function mermaidMarkdownText(name) {
    const word = (x) => x !== undefined && /^[\p{L}\p{N}]$/u.test(x);
    return escapeLabel(name, (c, i, all) => {
        if (word(c))
            return true;
        // An underscore inside a word is never emphasis; a space between words is only a space.
        if (c === '_')
            return word(all[i - 1]) && word(all[i + 1]);
        if (c === ' ')
            return /\S/u.test(all[i - 1] ?? '') && /\S/u.test(all[i + 1] ?? '');
        // `1.` opens a list, `-` and `+` too, but only at the start of the line.
        if (c === '.')
            return all.slice(0, i).some((x) => !/^\p{N}$/u.test(x));
        return i > 0 && '-,:/+'.includes(c);
    });
}
function escapeLabel(name, keep) {
    const flat = name.replace(/\p{C}+/gu, ' ');
    // Mermaid rejects an empty label.
    const chars = Array.from(flat.trim() === '' ? `(name: ${JSON.stringify(name)})` : flat);
    const text = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), '…'] : chars;
    return text
        .map((c, i) => {
        if (keep(c, i, text) || c === '…')
            return c;
        const named = NAMED[c];
        return named ? `#${named};` : `#${c.codePointAt(0)};`;
    })
        .join('')
        .replace(/style|classDef/g, (w) => `#${w.charCodeAt(0)};${w.slice(1)}`);
}
/**
 * The label of a DAG node (the text between the brackets of `n0[...]`): its execution step's name when it has a
 * step of another name, on a line of its own with the node name in italics below (a Mermaid markdown string, whose
 * line break Mermaid draws); else the node name.
 */
function nodeLabel(name, step) {
    if (step === undefined || step === name)
        return `"${mermaidLabel(name)}"`;
    return `"\`${mermaidMarkdownText(step)}\n*${mermaidMarkdownText(name)}*\`"`;
}
/** Each DAG node's execution step: the one the report gives the node, else the first step that names the node. */
function nodeSteps(report) {
    const steps = new Map();
    for (const s of report.steps)
        if (s.node !== undefined && !steps.has(s.node))
            steps.set(s.node, s.step);
    for (const n of report.nodes)
        if (n.step !== undefined)
            steps.set(n.name, n.step);
    return steps;
}
/**
 * How each DAG node came out: `error` when its step was skipped, is not in the template, or a problem (error
 * severity) concerns it, else `added` when the DAG diff adds it, else `changed` when its step is in `changedSteps`,
 * else `filled` when its step was filled, else `unchanged` (steps kept from the template, and nodes with no step of
 * their own).
 */
function nodeOutcomes(report, opts = {}) {
    const changed = new Set(opts.changedSteps ?? []);
    const added = new Set(opts.dag?.addedNodes ?? []);
    const errorSteps = new Set(report.problems.filter((p) => p.severity === 'error' && p.step !== undefined).map((p) => p.step));
    // Steps by node and by name, so this stays linear in the size of the DAG.
    const byNode = new Map();
    const byName = new Map();
    for (const s of report.steps) {
        if (s.node !== undefined)
            byNode.set(s.node, [...(byNode.get(s.node) ?? []), s]);
        byName.set(s.step, [...(byName.get(s.step) ?? []), s]);
    }
    // Nodes an error names, and nodes whose step the template lacks (not filled, even where that is only a warning).
    const unresolved = new Set(report.problems
        .filter((p) => p.node !== undefined && (p.severity === 'error' || p.code === 'template/missing-step'))
        .map((p) => p.node));
    return report.nodes.map((node) => {
        const steps = [
            ...new Set([
                ...(byNode.get(node.name) ?? []),
                ...(node.step !== undefined ? (byName.get(node.step) ?? []) : []),
            ]),
        ];
        const names = new Set([...(node.step === undefined ? [] : [node.step]), ...steps.map((s) => s.step)]);
        if (unresolved.has(node.name) ||
            steps.some((s) => s.status === 'skipped') ||
            [...names].some((n) => errorSteps.has(n)))
            return 'error';
        if (added.has(node.name))
            return 'added';
        if (node.step !== undefined && changed.has(node.step))
            return 'changed';
        if (steps.some((s) => s.status === 'filled'))
            return 'filled';
        return 'unchanged';
    });
}
const NEEDS_A_LOOK = new Set(['error', 'changed', 'added', 'removed']);
/**
 * The DAG of a report as a Mermaid `flowchart TD`: nodes `n0`, `n1`... in DAG order (removed nodes `r0`...), labelled
 * with their escaped step and node names ({@link nodeLabel}), one `classDef` per outcome (see {@link nodeOutcomes})
 * and a `class` line for each outcome used, then the edges (`==>` added, `-.->` removed). Nothing from the inputs
 * reaches the diagram other than through {@link nodeLabel}. With `focusAbove` and a larger DAG, only the nodes that
 * need a look and their neighbours are drawn; undefined when none needs a look.
 */
function mermaidPicture(report, opts = {}) {
    const ids = new Map();
    const outcomeOf = new Map();
    const outcomes = nodeOutcomes(report, opts);
    report.nodes.forEach((node, i) => {
        if (ids.has(node.name))
            return;
        ids.set(node.name, `n${i}`);
        outcomeOf.set(node.name, outcomes[i]);
    });
    const removed = (opts.dag?.removedNodes ?? []).filter((n) => !ids.has(n));
    removed.forEach((name, i) => {
        ids.set(name, `r${i}`);
        outcomeOf.set(name, 'removed');
    });
    const names = [...ids.keys()];
    const addedEdges = new Set((opts.dag?.addedEdges ?? []).map((e) => JSON.stringify(e)));
    const edges = [
        ...report.edges.map(([from, to]) => ({
            from,
            to,
            arrow: addedEdges.has(JSON.stringify([from, to])) ? '==>' : '-->',
        })),
        ...(opts.dag?.removedEdges ?? []).map(([from, to]) => ({ from, to, arrow: '-.->' })),
    ].filter((e) => ids.has(e.from) && ids.has(e.to));
    let drawn = new Set(names);
    const focused = opts.focusAbove !== undefined && names.length > opts.focusAbove;
    if (focused) {
        const look = names.filter((n) => NEEDS_A_LOOK.has(outcomeOf.get(n)));
        if (look.length === 0)
            return undefined;
        const lookSet = new Set(look.slice(0, FOCUS_MAX_NODES));
        const neighbours = new Set();
        for (const e of edges) {
            if (lookSet.has(e.from) && !lookSet.has(e.to))
                neighbours.add(e.to);
            if (lookSet.has(e.to) && !lookSet.has(e.from))
                neighbours.add(e.from);
        }
        drawn =
            lookSet.size + neighbours.size <= FOCUS_MAX_NODES ? new Set([...lookSet, ...neighbours]) : lookSet;
    }
    const lines = ['flowchart TD'];
    const steps = nodeSteps(report);
    for (const name of names)
        if (drawn.has(name))
            lines.push(`  ${ids.get(name)}[${nodeLabel(name, steps.get(name))}]`);
    for (const e of edges)
        if (drawn.has(e.from) && drawn.has(e.to))
            lines.push(`  ${ids.get(e.from)} ${e.arrow} ${ids.get(e.to)}`);
    const members = new Map();
    for (const name of names) {
        if (!drawn.has(name))
            continue;
        const outcome = outcomeOf.get(name);
        members.set(outcome, [...(members.get(outcome) ?? []), ids.get(name)]);
    }
    for (const outcome of Object.keys(CLASS_DEFS)) {
        lines.push(`  classDef ${outcome} ${CLASS_DEFS[outcome]}`);
    }
    for (const outcome of Object.keys(CLASS_DEFS)) {
        const list = members.get(outcome);
        if (list)
            lines.push(`  class ${list.join(',')} ${outcome}`);
    }
    return {
        chart: `${lines.join('\n')}\n`,
        shown: drawn.size,
        total: names.length,
        focused,
        outcomes: LEGEND.map((l) => l.outcome).filter((o) => members.has(o)),
    };
}
/** The whole DAG as a Mermaid `flowchart TD` (see {@link mermaidPicture}; `focusAbove` is ignored). */
function renderMermaid(report, opts = {}) {
    return mermaidPicture(report, { ...opts, focusAbove: undefined }).chart;
}
/**
 * {@link renderMermaid} as a ```` ```mermaid ```` block for GitHub markdown, folded into
 * `<details><summary>Pipeline DAG (N nodes)</summary>` when the DAG has more than 30 nodes.
 */
function renderMermaidBlock(report, opts = {}) {
    const block = `\`\`\`mermaid\n${renderMermaid(report, opts)}\`\`\`\n`;
    const n = report.nodes.length;
    if (n <= FOLD_ABOVE_NODES)
        return block;
    return `<details><summary>Pipeline DAG (${n} nodes)</summary>\n\n${block}\n</details>\n`;
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

;// CONCATENATED MODULE: ./build/core/graph/index.js
/** The pipeline DAG as a Mermaid picture, nodes styled by outcome; what a change does to the DAG. Pure. */




/***/ })

};
