export const id = 109;
export const ids = [109];
export const modules = {

/***/ 109:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runGraph: () => (/* binding */ runGraph)
/* harmony export */ });
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2462);
/* harmony import */ var _core_graph_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(198);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9376);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(971);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8288);






const NOT_FOR_GRAPH = ['output', 'format', 'report', 'sagemaker-pipeline', 'aws-region'];
/**
 * `exec-doc graph --dag D --config C [--template T] [--lenient]`: the DAG as a Mermaid flowchart on stdout,
 * nodes styled by outcome. The chart is printed even when generation fails (the failing nodes show as errors);
 * the exit code is then 1.
 */
async function runGraph(args, io) {
    for (const name of NOT_FOR_GRAPH) {
        if (args.values[name] !== undefined)
            throw new _args_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`graph: --${name} cannot be used here`);
    }
    (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .positionals */ .g9)(args, 0, 'no positional arguments');
    const paths = [(0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .requireString */ .VW)(args, 'dag'), (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .requireString */ .VW)(args, 'config'), (0,_args_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(args, 'template')];
    const reads = await Promise.all(paths.map((p) => (p === undefined ? undefined : (0,_io_files_js__WEBPACK_IMPORTED_MODULE_2__/* .readSourceFile */ .u)(p))));
    const missing = reads.flatMap((r) => (r?.problem ? [r.problem] : []));
    if (missing.length > 0) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .printProblems */ .M)(io, missing);
        return 1;
    }
    const [dag, config, template] = reads.map((r) => r?.source);
    await (0,_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .loadYamlFor */ .pE)(dag, config, template);
    const { report } = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__/* .generate */ .cM)({
        dag,
        config,
        ...(template ? { template } : {}),
        lenient: args.values['lenient'] === true,
    });
    (0,_output_js__WEBPACK_IMPORTED_MODULE_5__/* .printProblems */ .M)(io, report.problems);
    io.stdout.write((0,_core_graph_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderMermaid */ .m6)(report));
    return report.ok ? 0 : 1;
}


/***/ }),

/***/ 17:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  op: () => (/* reexport */ nodeOutcomes),
  m6: () => (/* reexport */ renderMermaid)
});

// UNUSED EXPORTS: FOLD_ABOVE_NODES, mermaidLabel, renderMermaidBlock

;// CONCATENATED MODULE: ./build/core/graph/mermaid.js
/** DAGs with more nodes than this are folded into a `<details>` block by {@link renderMermaidBlock}. */
const FOLD_ABOVE_NODES = 30;
/** Longest label kept, in code points: a label is for reading, and Mermaid limits the diagram's total size. */
const MAX_LABEL = 120;
/** Fill, border and text colours readable on GitHub's light and dark themes. */
const CLASS_DEFS = {
    error: 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,color:#82071e',
    changed: 'fill:#fff8c5,stroke:#bf8700,stroke-width:2px,color:#4d2d00',
    filled: 'fill:#dafbe1,stroke:#1a7f37,color:#044f1e',
    unchanged: 'fill:#f6f8fa,stroke:#8c959f,color:#24292f',
};
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
    const flat = name.replace(/\p{C}+/gu, ' ');
    // Mermaid rejects an empty label.
    const chars = Array.from(flat.trim() === '' ? `(name: ${JSON.stringify(name)})` : flat);
    const text = chars.length > MAX_LABEL ? [...chars.slice(0, MAX_LABEL - 1), '…'] : chars;
    return text
        .map((c) => {
        if (/^[\p{L}\p{N} _.,:/+-]$/u.test(c) || c === '…')
            return c;
        const named = NAMED[c];
        return named ? `#${named};` : `#${c.codePointAt(0)};`;
    })
        .join('')
        .replace(/style|classDef/g, (w) => `#${w.charCodeAt(0)};${w.slice(1)}`);
}
/**
 * How each DAG node came out: `error` when its step was skipped or a problem (error severity) concerns it,
 * else `changed` when its step is in `changedSteps`, else `filled` when its step was filled, else `unchanged`
 * (steps kept from the template, and nodes with no step of their own).
 */
function nodeOutcomes(report, opts = {}) {
    const changed = new Set(opts.changedSteps ?? []);
    const errorSteps = new Set(report.problems.filter((p) => p.severity === 'error' && p.step !== undefined).map((p) => p.step));
    return report.nodes.map((node) => {
        const steps = report.steps.filter((s) => s.node === node.name || (node.step !== undefined && s.step === node.step));
        const names = new Set([...(node.step === undefined ? [] : [node.step]), ...steps.map((s) => s.step)]);
        const unresolved = report.problems.some((p) => p.severity === 'error' && p.node === node.name);
        if (unresolved || steps.some((s) => s.status === 'skipped') || [...names].some((n) => errorSteps.has(n)))
            return 'error';
        if (node.step !== undefined && changed.has(node.step))
            return 'changed';
        if (steps.some((s) => s.status === 'filled'))
            return 'filled';
        return 'unchanged';
    });
}
/**
 * The DAG of a report as a Mermaid `flowchart TD`: nodes `n0`, `n1`... in DAG order, labelled with their
 * escaped names, one `classDef` per outcome (see {@link nodeOutcomes}) and a `class` line for each outcome used,
 * then the edges. Nothing from the inputs reaches the diagram other than through {@link mermaidLabel}.
 */
function renderMermaid(report, opts = {}) {
    const ids = new Map();
    const lines = ['flowchart TD'];
    report.nodes.forEach((node, i) => {
        if (ids.has(node.name))
            return;
        const id = `n${i}`;
        ids.set(node.name, id);
        lines.push(`  ${id}["${mermaidLabel(node.name)}"]`);
    });
    for (const [from, to] of report.edges) {
        const a = ids.get(from);
        const b = ids.get(to);
        if (a !== undefined && b !== undefined)
            lines.push(`  ${a} --> ${b}`);
    }
    const outcomes = nodeOutcomes(report, opts);
    const members = new Map();
    report.nodes.forEach((node, i) => {
        const id = ids.get(node.name);
        if (id !== `n${i}`)
            return;
        const outcome = outcomes[i];
        members.set(outcome, [...(members.get(outcome) ?? []), id]);
    });
    for (const outcome of Object.keys(CLASS_DEFS)) {
        lines.push(`  classDef ${outcome} ${CLASS_DEFS[outcome]}`);
    }
    for (const outcome of Object.keys(CLASS_DEFS)) {
        const list = members.get(outcome);
        if (list)
            lines.push(`  class ${list.join(',')} ${outcome}`);
    }
    return `${lines.join('\n')}\n`;
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

;// CONCATENATED MODULE: ./build/core/graph/index.js
/** The pipeline DAG as a Mermaid picture, nodes styled by outcome. Pure. */



/***/ })

};
