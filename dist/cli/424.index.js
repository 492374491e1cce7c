export const id = 424;
export const ids = [424];
export const modules = {

/***/ 1424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOOLS: () => (/* binding */ TOOLS),
  createServer: () => (/* binding */ createServer),
  runMcp: () => (/* binding */ runMcp)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/mcp.js + 57 modules
var mcp = __webpack_require__(2371);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/stdio.js + 1 modules
var stdio = __webpack_require__(9424);
// EXTERNAL MODULE: ./build/core/index.js + 14 modules
var core = __webpack_require__(3734);
// EXTERNAL MODULE: ./build/cli/args.js
var cli_args = __webpack_require__(9376);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 4 modules
var schemas = __webpack_require__(1514);
// EXTERNAL MODULE: ./build/core/diff/index.js + 7 modules
var core_diff = __webpack_require__(5795);
// EXTERNAL MODULE: ./build/core/diff/values.js
var values = __webpack_require__(7840);
// EXTERNAL MODULE: ./build/cli/documents.js
var documents = __webpack_require__(971);
;// CONCATENATED MODULE: ./build/cli/mcp/inputs.js

/**
 * How a tool is given a file: `<name>_file`, a path under the server's root, or `<name>`, the file's
 * text inline (JSON or YAML). Text, not a JSON object: numbers must reach the generator as written
 * (`1.0` stays `1.0`), and a JSON-RPC argument object would already have lost that.
 */
/** Largest inline text, in characters (the demo config is 148 KB); larger inputs go by path. */
const MAX_INLINE_CHARS = 1_000_000;
/** A mistake in the arguments themselves (not in a file): a tool error with this message. */
class ArgumentError extends Error {
    name = 'ArgumentError';
}
function fileArg(what) {
    return schemas/* string */.YjP()
        .min(1)
        .describe(`Path to ${what} (JSON or YAML), relative to the server's root folder. Or give it inline.`);
}
function textArg(what, name) {
    return schemas/* string */.YjP()
        .max(MAX_INLINE_CHARS, `inline text is limited to ${MAX_INLINE_CHARS} characters; give ${name}_file instead`)
        .describe(`${what} as inline JSON or YAML text (JSON when it starts with { or [). Use instead of ${name}_file.`);
}
const formatArg = schemas/* enum */.k5n(['json', 'yaml'])
    .default('json')
    .describe('Format of the document returned (or written): json (default, the reference layout) or yaml.');
const outputArg = schemas/* string */.YjP()
    .min(1)
    .describe('Write the document to this path (relative to the root; written atomically) instead of returning its text. Never overwrites an input.');
/** Inline text is JSON when it looks like a JSON object or array, YAML otherwise. */
function inlineFormat(text) {
    return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}
async function readGiven(root, name, given, required) {
    if (given.file !== undefined && given.text !== undefined)
        throw new ArgumentError(`give either ${name}_file (a path) or ${name} (inline text), not both`);
    if (given.text !== undefined)
        return { source: { name: `<${name}>`, text: given.text, format: inlineFormat(given.text) } };
    if (given.file !== undefined)
        return root.read(given.file);
    if (required)
        throw new ArgumentError(`${name}_file (a path) or ${name} (inline text) is required`);
    return undefined;
}
/** Reads several inputs at once; every unreadable one is reported, as the CLI does. */
async function readAllGiven(root, inputs) {
    const results = await Promise.all(inputs.map((i) => i.required ? readGiven(root, i.name, i.given, true) : readGiven(root, i.name, i.given, false)));
    const problems = results.flatMap((r) => (r?.problem ? [r.problem] : []));
    return { sources: results.map((r) => r?.source), problems };
}

;// CONCATENATED MODULE: ./build/cli/mcp/result.js


/**
 * What every tool returns: structured content (checked against the tool's output schema by the SDK on
 * both ends) plus text for the model — a short summary first, then the payload (document, diff,
 * chart) as a second block, because most clients show the model only `content`. User mistakes are
 * tool errors (`isError`) whose text is the CLI's own `file:line:column: severity [code] message` lines.
 */
const problemSchema = schemas/* looseObject */._H3({
    severity: schemas/* enum */.k5n(['error', 'warning']),
    code: schemas/* string */.YjP().describe('Stable code, e.g. config/schema, dag/cycle, template/missing-step.'),
    message: schemas/* string */.YjP(),
    file: schemas/* string */.YjP().describe('The file as given (inline inputs are named <dag>, <config>...).'),
    jsonPath: schemas/* string */.YjP().optional().describe('RFC 6901 pointer into the file.'),
    line: schemas/* number */.aig().int().optional(),
    column: schemas/* number */.aig().int().optional(),
    step: schemas/* string */.YjP().optional(),
    node: schemas/* string */.YjP().optional(),
})
    .describe('A problem found in the inputs.');
/** Fields every tool's structured content has. */
const common = {
    ok: schemas/* boolean */.zMY()
        .describe('False when errors in the inputs stopped the tool; the result is then a tool error.'),
    messages: schemas/* array */.YOg(schemas/* string */.YjP())
        .describe('The problems as the CLI prints them: file:line:column: severity [code] message.'),
    problems: schemas/* array */.YOg(problemSchema),
};
const formatSchema = schemas/* enum */.k5n(['json', 'yaml']);
function messages(problems) {
    return problems.map(core/* formatProblem */.Vw);
}
/** A result: `summary` (short) and optionally `payload` as text blocks, `structured` as structured content. */
function toolResult(ok, summary, structured, payload) {
    return {
        content: [
            { type: 'text', text: summary },
            ...(payload === undefined ? [] : [{ type: 'text', text: payload }]),
        ],
        structuredContent: structured,
        ...(ok ? {} : { isError: true }),
    };
}
/** A tool error without structured content: a mistake in the arguments, or a bug. */
function argumentError(message) {
    return { content: [{ type: 'text', text: message }], isError: true };
}
/**
 * A result for problems that stopped the tool before it produced anything: the CLI's lines, then
 * `last` when given. `extra` fills the tool's other required structured fields.
 */
function problemsResult(problems, extra = {}, last) {
    const lines = messages(problems);
    const text = [...lines, ...(last ? [last] : [])].join('\n');
    return toolResult(false, text, { ...extra, ok: false, messages: lines, problems: [...problems] });
}

;// CONCATENATED MODULE: ./build/cli/mcp/tool.js
/** Identity with type inference for a tool's arguments. */
function defineTool(tool) {
    return tool;
}
/** Writes files only when asked to (`output_file`), never outside the root; reads nothing else. */
const WRITES_ON_REQUEST = {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: true,
    openWorldHint: false,
};
const READ_ONLY = { readOnlyHint: true, openWorldHint: false };

;// CONCATENATED MODULE: ./build/cli/mcp/diff.js







const RENDER = { text: core_diff/* renderDiffText */.pQ, json: core_diff/* renderDiffJson */.mS, markdown: core_diff/* renderDiffMarkdown */.rw };
const diffTool = defineTool({
    name: 'diff',
    title: 'Diff two execution documents',
    description: 'What changed between two execution documents, step by step: steps added, removed and changed, and for ' +
        'each changed field its old and new value (records in lists matched by their name fields, not position). ' +
        'Use it to answer "what does my branch change in the document" (generate both sides first). Returns the ' +
        'diff rendered as `exec-doc diff --format FORMAT` prints it, and as JSON (the --format json object).',
    input: schemas/* strictObject */.rej({
        base_file: fileArg('the execution document before').optional(),
        base: textArg('The execution document before', 'base').optional(),
        head_file: fileArg('the execution document after').optional(),
        head: textArg('The execution document after', 'head').optional(),
        format: schemas/* enum */.k5n(['text', 'json', 'markdown'])
            .default('text')
            .describe('How the rendered diff is written: text (default), json, or markdown (as in the PR comment).'),
    }),
    output: schemas/* object */.Ikc({
        ...common,
        equal: schemas/* boolean */.zMY().optional().describe('True when the documents hold the same JSON (key order ignored).'),
        format: schemas/* enum */.k5n(['text', 'json', 'markdown']),
        rendered: schemas/* string */.YjP().optional().describe('The diff as exec-doc diff prints it in this format.'),
        diff: schemas/* looseObject */._H3({
            version: schemas/* literal */.euz(1),
            equal: schemas/* boolean */.zMY(),
            counts: schemas/* object */.Ikc({
                added: schemas/* number */.aig().int(),
                removed: schemas/* number */.aig().int(),
                changed: schemas/* number */.aig().int(),
                other: schemas/* number */.aig().int(),
            }),
            steps: schemas/* array */.YOg(schemas/* looseObject */._H3({ step: schemas/* string */.YjP(), status: schemas/* enum */.k5n(['added', 'removed', 'changed']) })),
            other: schemas/* looseObject */._H3({}),
        })
            .optional()
            .describe('The diff as exec-doc diff --format json prints it.'),
    }),
    annotations: READ_ONLY,
    async run(args, ctx) {
        const base = { format: args.format };
        const read = await readAllGiven(ctx.root, [
            { name: 'base', given: { file: args.base_file, text: args.base }, required: true },
            { name: 'head', given: { file: args.head_file, text: args.head }, required: true },
        ]);
        const [a, b] = read.sources;
        if (read.problems.length > 0 || !a || !b)
            return problemsResult(read.problems, base);
        const [ra, rb] = await Promise.all([
            (0,documents/* checkedDocument */.Tw)(a, { placeholder: 'warning' }),
            (0,documents/* checkedDocument */.Tw)(b, { placeholder: 'warning' }),
        ]);
        const problems = [...ra.problems, ...rb.problems];
        if (!ra.doc || !rb.doc)
            return problemsResult(problems, base);
        const diff = (0,core_diff/* diffDocuments */.me)(ra.doc, rb.doc);
        const rendered = RENDER[args.format](diff);
        const lines = messages(problems);
        const summary = [
            diff.equal ? values/* NO_CHANGE */.XG : `Execution document: ${(0,values/* headline */.Pl)(diff)}.`,
            ...(lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
        ];
        return toolResult(true, summary.join('\n'), {
            ok: true,
            equal: diff.equal,
            format: args.format,
            rendered,
            diff: (0,core_diff/* diffToJson */.tM)(diff),
            messages: lines,
            problems,
        }, rendered);
    },
});

// EXTERNAL MODULE: ./build/io/output-file.js + 1 modules
var output_file = __webpack_require__(627);
;// CONCATENATED MODULE: ./build/cli/mcp/output.js


/**
 * `output_file`: checked before any work (inside the root, not over an input or a non-file), then
 * written through a temporary file and a rename, so it is complete or untouched.
 */
async function checkOutput(root, given, inputFiles) {
    if (given === undefined)
        return {};
    const reals = await Promise.all(inputFiles.map((f) => (f === undefined ? undefined : root.realInput(f))));
    return root.writable(given, reals.filter((r) => r !== undefined));
}
/** Writes `text`; a failure is a problem on `given` (as the CLI reports it), never an exception. */
async function writeOutput(realPath, given, text) {
    try {
        await (0,output_file/* writeOutputFile */.BF)(realPath, text);
        return undefined;
    }
    catch (e) {
        const why = e instanceof output_file/* OutputError */.u7
            ? e.message
            : `cannot write: ${e.code ?? String(e)}`;
        return {
            severity: 'error',
            code: e instanceof output_file/* OutputError */.u7 ? e.code : 'output/write',
            message: why,
            file: given,
            line: 1,
            column: 1,
        };
    }
}
/**
 * The end of generate/template/merge: writes `text` to `output_file` when one was given (the summary
 * then says so and no text is returned), else returns it as the `document` field and a second text
 * block. `structured` holds the tool's other fields; a write failure is a tool error.
 */
async function deliver(opts) {
    const { path, given, text, what, format, summary, structured } = opts;
    const size = `${Buffer.byteLength(text)} bytes, ${format}`;
    if (path !== undefined && given !== undefined) {
        const failed = await writeOutput(path, given, text);
        if (failed) {
            return problemsResult([...structured.problems, failed], structured);
        }
        return toolResult(true, [...summary, `wrote ${given} (${size})`].join('\n'), {
            ...structured,
            written: given,
        });
    }
    const text2 = [...summary, `The ${what} (${size}) follows.`].join('\n');
    return toolResult(true, text2, { ...structured, document: text }, text);
}

;// CONCATENATED MODULE: ./build/cli/mcp/report.js


/**
 * The generator's report as a tool returns it — the same JSON `exec-doc generate --report FILE` writes —
 * and as the lines an assistant reads to answer "why is Registration-EU empty": every step with its
 * outcome, the DAG node and config it came from (and which resolution rule matched), or why it was
 * skipped or left unchanged.
 */
const stepSchema = schemas/* looseObject */._H3({
    step: schemas/* string */.YjP().describe('Execution-document step name, e.g. CradleDataLoading-Training.'),
    node: schemas/* string */.YjP().optional().describe('The DAG node it comes from.'),
    family: schemas/* enum */.k5n(['cradle', 'registration', 'data-uploading', 'redshift']).optional(),
    status: schemas/* enum */.k5n(['filled', 'unchanged', 'skipped']),
    reason: schemas/* string */.YjP().optional().describe('Why the step was skipped or left unchanged.'),
    configKey: schemas/* string */.YjP().optional(),
    configClass: schemas/* string */.YjP().optional(),
    resolution: schemas/* enum */.k5n(['exact', 'case-insensitive']).optional().describe('How the node found its config.'),
    highlights: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* string */.YjP()),
});
const nodeSchema = schemas/* looseObject */._H3({
    name: schemas/* string */.YjP(),
    configKey: schemas/* string */.YjP().optional(),
    configClass: schemas/* string */.YjP().optional(),
    resolution: schemas/* enum */.k5n(['exact', 'case-insensitive']).optional(),
    step: schemas/* string */.YjP().optional(),
});
const reportSchema = schemas/* looseObject */._H3({
    ok: schemas/* boolean */.zMY(),
    steps: schemas/* array */.YOg(stepSchema),
    problems: schemas/* array */.YOg(problemSchema),
    totalSteps: schemas/* number */.aig().int(),
    filledSteps: schemas/* number */.aig().int(),
    nodes: schemas/* array */.YOg(nodeSchema).describe('DAG nodes in order, with the config each resolved to.'),
    edges: schemas/* array */.YOg(schemas/* tuple */.PVZ([schemas/* string */.YjP(), schemas/* string */.YjP()])),
})
    .describe('The per-step report, as exec-doc generate --report writes it.');
const countsSchema = schemas/* object */.Ikc({
    nodes: schemas/* number */.aig().int(),
    steps: schemas/* number */.aig().int(),
    filled: schemas/* number */.aig().int(),
    unchanged: schemas/* number */.aig().int(),
    skipped: schemas/* number */.aig().int(),
    errors: schemas/* number */.aig().int(),
    warnings: schemas/* number */.aig().int(),
});
function counts(report) {
    const status = (s) => report.steps.filter((x) => x.status === s).length;
    const severity = (s) => report.problems.filter((p) => p.severity === s).length;
    return {
        nodes: report.nodes.length,
        steps: report.totalSteps,
        filled: status('filled'),
        unchanged: status('unchanged'),
        skipped: status('skipped'),
        errors: severity('error'),
        warnings: severity('warning'),
    };
}
function origin(s) {
    if (s.node === undefined)
        return '';
    const config = s.configKey === undefined
        ? ''
        : `, config ${s.configKey}${s.configClass ? ` (${s.configClass})` : ''}${s.resolution ? `, ${s.resolution} match` : ''}`;
    return `from node ${s.node}${config}`;
}
/** `Registration` for `Registration-EU`: execution step names are `<kind>-<job type or region>`. */
function stepKind(step) {
    const i = step.lastIndexOf('-');
    return i > 0 ? step.slice(0, i) : undefined;
}
/**
 * For a step left unchanged because no DAG node produced it: the filled steps of the same kind and their
 * nodes (`Registration-NA` from node `Registration` when `Registration-EU` stays empty), which is
 * usually the answer to "why is it empty".
 */
function sameKindFilled(report, s) {
    const kind = stepKind(s.step);
    if (s.status !== 'unchanged' || s.node !== undefined || kind === undefined)
        return '';
    const filled = report.steps.filter((f) => f.status === 'filled' && f.node && stepKind(f.step) === kind);
    if (filled.length === 0)
        return '';
    return `filled instead: ${filled.map((f) => `${f.step} (from node ${f.node})`).join(', ')}`;
}
/** One line per step (outcome, name, origin or reason) and its highlights indented below. */
function stepLines(report) {
    const width = Math.max(0, ...report.steps.map((s) => s.step.length));
    const lines = [];
    for (const s of report.steps) {
        const why = [origin(s), s.status === 'filled' ? '' : (s.reason ?? ''), sameKindFilled(report, s)]
            .filter((x) => x !== '')
            .join('; ');
        lines.push(`  ${s.status.padEnd(9)} ${s.step.padEnd(width)}  ${why}`.trimEnd());
        const hl = Object.entries(s.highlights);
        if (s.status === 'filled' && hl.length > 0)
            lines.push(`  ${' '.repeat(9)} ${' '.repeat(width)}  ${hl.map(([k, v]) => `${k}: ${v}`).join('; ')}`);
    }
    return lines;
}
/** DAG nodes that resolved to no config (they are also problems) and nodes matched ignoring case. */
function nodeLines(report) {
    const loose = report.nodes.filter((n) => n.resolution === 'case-insensitive');
    const none = report.nodes.filter((n) => n.configKey === undefined);
    return [
        ...(none.length > 0 ? [`  DAG nodes with no config: ${none.map((n) => n.name).join(', ')}`] : []),
        ...loose.map((n) => `  DAG node ${n.name} matched config ${n.configKey} ignoring case`),
    ];
}

;// CONCATENATED MODULE: ./build/cli/mcp/generate.js








/** The inputs of `generate` and `graph`: a DAG, a saved config and an optional template. */
const generateInputs = {
    dag_file: fileArg('the pipeline DAG').optional(),
    dag: textArg('The pipeline DAG', 'dag').optional(),
    config_file: fileArg('the saved cursus configuration').optional(),
    config: textArg('The saved cursus configuration', 'config').optional(),
    template_file: fileArg('the execution-document template').optional(),
    template: textArg('The execution-document template', 'template').optional(),
    lenient: schemas/* boolean */.zMY()
        .default(false)
        .describe('Reproduce the reference: strict-only errors (e.g. a payload step missing from the template) become warnings.'),
};
/** Reads the three inputs of generate/graph; YAML support is loaded when any is YAML. */
async function readGenerateInputs(ctx, args) {
    const { sources, problems } = await readAllGiven(ctx.root, [
        { name: 'dag', given: { file: args.dag_file, text: args.dag }, required: true },
        { name: 'config', given: { file: args.config_file, text: args.config }, required: true },
        { name: 'template', given: { file: args.template_file, text: args.template }, required: false },
    ]);
    const [dag, config, template] = sources;
    if (problems.length > 0 || !dag || !config)
        return { problems };
    await (0,documents/* loadYamlFor */.pE)(dag, config, template);
    return { input: { dag, config, ...(template ? { template } : {}), lenient: args.lenient }, problems };
}
/** The lines shared by success and failure: the step table, then nodes worth knowing about. */
function reportText(report) {
    const steps = stepLines(report);
    const nodes = nodeLines(report);
    return [...(steps.length > 0 ? ['steps:', ...steps] : []), ...(nodes.length > 0 ? ['DAG:', ...nodes] : [])];
}
const generateTool = defineTool({
    name: 'generate',
    title: 'Generate an execution document',
    description: 'Fill the execution document (PIPELINE_STEP_CONFIGS) of a SageMaker/MODS pipeline from its DAG and saved ' +
        'cursus config, exactly as the reference generator does; without a template, one with the execution step ' +
        'names is built from the DAG. Returns the document text (byte for byte what `exec-doc generate` prints) and ' +
        'a per-step report: filled / unchanged / skipped with the reason, the DAG node and config key each step came ' +
        'from and how the node matched its config, and every problem with file, line and column. Use it to answer ' +
        '"why is step X empty". Errors in the inputs are tool errors listing the problems.',
    input: schemas/* strictObject */.rej({ ...generateInputs, format: formatArg, output_file: outputArg.optional() }),
    output: schemas/* object */.Ikc({
        ...common,
        format: formatSchema,
        document: schemas/* string */.YjP().optional().describe('The document text, when it was not written to output_file.'),
        written: schemas/* string */.YjP().optional().describe('output_file, when the document was written there.'),
        autoTemplate: schemas/* boolean */.zMY().describe('True when no template was given and one was built from the DAG.'),
        counts: countsSchema.optional(),
        report: reportSchema.optional(),
    }),
    annotations: WRITES_ON_REQUEST,
    async run(args, ctx) {
        const autoTemplate = args.template_file === undefined && args.template === undefined;
        const base = { format: args.format, autoTemplate };
        const [read, out] = await Promise.all([
            readGenerateInputs(ctx, args),
            checkOutput(ctx.root, args.output_file, [args.dag_file, args.config_file, args.template_file]),
        ]);
        const early = [...read.problems, ...(out.problem ? [out.problem] : [])];
        if (!read.input || early.length > 0)
            return problemsResult(early, base);
        if (args.format === 'yaml')
            await (0,core/* loadYaml */.yv)();
        const { document, report } = (0,core/* generate */.cM)(read.input);
        const lines = messages(report.problems);
        const structured = { ok: report.ok, ...base, counts: counts(report), report, messages: lines };
        if (!document) {
            const text = [...lines, (0,documents/* failedLine */.E2)(report), ...reportText(report)].join('\n');
            return toolResult(false, text, { ...structured, problems: report.problems });
        }
        const text = (0,core/* serializeDocument */.wt)(document, args.format);
        const warnings = lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : [];
        return deliver({
            path: out.path,
            given: args.output_file,
            text,
            what: 'document',
            format: args.format,
            summary: [(0,documents/* filledLine */.Dk)(report), ...reportText(report), ...warnings],
            structured: { ...structured, problems: report.problems },
        });
    },
});

// EXTERNAL MODULE: ./build/core/graph/index.js + 2 modules
var graph = __webpack_require__(8679);
;// CONCATENATED MODULE: ./build/cli/mcp/graph.js







const graphTool = defineTool({
    name: 'graph',
    title: 'Draw the pipeline DAG',
    description: 'The pipeline DAG as a Mermaid flowchart (what `exec-doc graph` prints), each node styled by how its step ' +
        'came out of generation: filled, unchanged or error. The chart is returned even when generation fails (the ' +
        'failing nodes show as errors; the result is then a tool error listing the problems).',
    input: schemas/* strictObject */.rej(generateInputs),
    output: schemas/* object */.Ikc({
        ...common,
        mermaid: schemas/* string */.YjP().optional().describe('The flowchart, Mermaid source.'),
        nodes: schemas/* array */.YOg(schemas/* object */.Ikc({
            name: schemas/* string */.YjP(),
            outcome: schemas/* enum */.k5n(['filled', 'changed', 'unchanged', 'error']),
            step: schemas/* string */.YjP().optional().describe('The execution-document step of the node, if any.'),
        }))
            .describe('Each DAG node in order with its outcome.'),
    }),
    annotations: READ_ONLY,
    async run(args, ctx) {
        const read = await readGenerateInputs(ctx, args);
        if (!read.input)
            return problemsResult(read.problems, { nodes: [] });
        const { report } = (0,core/* generate */.cM)(read.input);
        const mermaid = (0,graph/* renderMermaid */.m6)(report);
        const outcomes = (0,graph/* nodeOutcomes */.op)(report);
        const nodes = report.nodes.map((n, i) => ({
            name: n.name,
            outcome: outcomes[i],
            ...(n.step !== undefined ? { step: n.step } : {}),
        }));
        const lines = messages(report.problems);
        const tally = ['filled', 'unchanged', 'error']
            .map((o) => `${outcomes.filter((x) => x === o).length} ${o}`)
            .join(', ');
        const summary = [
            ...(report.ok
                ? []
                : [
                    ...lines,
                    `exec-doc: ${counts(report).errors} error(s) in the inputs; their nodes are drawn as errors`,
                ]),
            `DAG: ${report.nodes.length} node(s), ${report.edges.length} edge(s): ${tally}`,
            ...reportText(report),
            ...(report.ok && lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
            'The Mermaid flowchart follows.',
        ];
        return toolResult(report.ok, summary.join('\n'), { ok: report.ok, mermaid, nodes, messages: lines, problems: report.problems }, mermaid);
    },
});

// EXTERNAL MODULE: ./build/core/json.js
var json = __webpack_require__(8314);
;// CONCATENATED MODULE: ./build/cli/mcp/merge.js








function stepNames(doc) {
    return Object.keys(doc['PIPELINE_STEP_CONFIGS']);
}
const mergeTool = defineTool({
    name: 'merge',
    title: 'Merge two execution documents',
    description: "Merge two execution documents like the reference's merge_execution_documents (its execdoc.merge tool): " +
        'additional wins; for a step in both, STEP_CONFIG is merged key by key and other keys are replaced; new ' +
        'steps are appended. Returns the merged document text (what `exec-doc merge BASE NEXT` prints). ' +
        'Inputs that are not valid execution documents are tool errors naming file, line and column.',
    input: schemas/* strictObject */.rej({
        base_file: fileArg('the base execution document').optional(),
        base: textArg('The base execution document', 'base').optional(),
        additional_file: fileArg('the execution document whose values win').optional(),
        additional: textArg('The execution document whose values win', 'additional').optional(),
        format: formatArg,
        output_file: outputArg.optional(),
    }),
    output: schemas/* object */.Ikc({
        ...common,
        format: formatSchema,
        document: schemas/* string */.YjP()
            .optional()
            .describe('The merged document text, when it was not written to output_file.'),
        written: schemas/* string */.YjP().optional(),
        steps: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Step names of the merged document, in order.'),
        updated: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Steps of additional that were already in base.'),
        added: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Steps of additional appended to base.'),
    }),
    annotations: WRITES_ON_REQUEST,
    async run(args, ctx) {
        const base = { format: args.format, steps: [], updated: [], added: [] };
        const [read, out] = await Promise.all([
            readAllGiven(ctx.root, [
                { name: 'base', given: { file: args.base_file, text: args.base }, required: true },
                { name: 'additional', given: { file: args.additional_file, text: args.additional }, required: true },
            ]),
            checkOutput(ctx.root, args.output_file, [args.base_file, args.additional_file]),
        ]);
        const early = [...read.problems, ...(out.problem ? [out.problem] : [])];
        const [a, b] = read.sources;
        if (early.length > 0 || !a || !b)
            return problemsResult(early, base);
        const { merged, first, second, problems } = await (0,documents/* checkedMerge */.uT)(a, b);
        if (!merged || !first || !second)
            return problemsResult(problems, base);
        if (args.format === 'yaml')
            await (0,core/* loadYaml */.yv)();
        const baseSteps = first['PIPELINE_STEP_CONFIGS'];
        const incoming = stepNames(second);
        const updated = incoming.filter((s) => (0,json/* hasOwn */.$3)(baseSteps, s));
        const added = incoming.filter((s) => !(0,json/* hasOwn */.$3)(baseSteps, s));
        const steps = stepNames(merged);
        const lines = messages(problems);
        const summary = [
            `merged ${a.name} and ${b.name}: ${steps.length} step(s), ${updated.length} updated, ${added.length} added` +
                (added.length > 0 ? ` (${added.join(', ')})` : ''),
            ...(lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
        ];
        return deliver({
            path: out.path,
            given: args.output_file,
            text: (0,core/* serializeDocument */.wt)(merged, args.format),
            what: 'merged document',
            format: args.format,
            summary,
            structured: { ok: true, format: args.format, steps, updated, added, messages: lines, problems },
        });
    },
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/io/files.js
var files = __webpack_require__(198);
;// CONCATENATED MODULE: ./build/cli/mcp/root.js



/** Largest file a tool reads (the CLI has no limit; a server shared with an assistant should). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
function problem(file, code, message) {
    return { severity: 'error', code, message, file, line: 1, column: 1 };
}
function within(root, p) {
    const rel = external_node_path_.relative(root, p);
    return rel === '' || (rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !external_node_path_.isAbsolute(rel));
}
/**
 * The folder `exec-doc mcp --root DIR` may read and write: every path a tool is given is resolved
 * against it, then through its symlinks (realpath), and refused unless it stays inside. Paths are shown
 * in problems as the caller wrote them, like the CLI does.
 */
class Root {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    /** The root as a real path; a missing folder or a file is a usage mistake, reported by the caller. */
    static async open(dir) {
        try {
            const real = await external_node_fs_.promises.realpath(dir);
            if (!(await external_node_fs_.promises.stat(real)).isDirectory())
                return `${dir}: not a directory`;
            return new Root(real);
        }
        catch (e) {
            return `${dir}: ${e.code === 'ENOENT' ? 'no such directory' : String(e.message)}`;
        }
    }
    outside(given, code, how = '') {
        return problem(given, code, `path is outside the folder this server may use (${this.dir})${how}; give a path inside it (exec-doc mcp --root DIR)`);
    }
    /** Reads a UTF-8 file inside the root: missing, unreadable, too large or outside files become problems. */
    async read(given, code = 'input/outside-root') {
        const lexical = external_node_path_.resolve(this.dir, given);
        if (!within(this.dir, lexical))
            return { problem: this.outside(given, code) };
        let real;
        try {
            real = await external_node_fs_.promises.realpath(lexical);
        }
        catch {
            // Missing (or unreadable) files get the CLI's own messages.
            return (0,files/* readSourceFile */.uj)(lexical, given);
        }
        if (!within(this.dir, real))
            return { problem: this.outside(given, code, ' (through a symbolic link)') };
        const stat = await external_node_fs_.promises.stat(real).catch(() => undefined);
        if (stat && stat.isFile() && stat.size > MAX_FILE_BYTES) {
            return {
                problem: problem(given, 'input/too-large', `file is ${stat.size} bytes; exec-doc mcp reads files up to ${MAX_FILE_BYTES} bytes`),
            };
        }
        return (0,files/* readSourceFile */.uj)(real, given);
    }
    /**
     * Where a tool may write `given`: inside the root (its nearest existing folder resolved through
     * symlinks), not over anything but a regular file, and never over one of `inputs` (real paths).
     */
    async writable(given, inputs) {
        const lexical = external_node_path_.resolve(this.dir, given);
        if (!within(this.dir, lexical))
            return { problem: this.outside(given, 'output/outside-root') };
        const existing = await external_node_fs_.promises.lstat(lexical).catch(() => undefined);
        if (existing) {
            const target = await external_node_fs_.promises.realpath(lexical).catch(() => lexical);
            if (!within(this.dir, target))
                return { problem: this.outside(given, 'output/outside-root', ' (through a symbolic link)') };
            const stat = await external_node_fs_.promises.stat(target).catch(() => undefined);
            if (!stat?.isFile())
                return {
                    problem: problem(given, 'output/not-a-file', 'exists and is not a regular file; not replaced'),
                };
            if (inputs.includes(target))
                return {
                    problem: problem(given, 'output/is-input', 'is one of the inputs; inputs are never overwritten'),
                };
            return { path: target };
        }
        let dir = external_node_path_.dirname(lexical);
        while (!(await external_node_fs_.promises.lstat(dir).catch(() => undefined)))
            dir = external_node_path_.dirname(dir);
        const realDir = await external_node_fs_.promises.realpath(dir).catch(() => dir);
        if (!within(this.dir, realDir))
            return { problem: this.outside(given, 'output/outside-root', ' (through a symbolic link)') };
        return { path: external_node_path_.join(realDir, external_node_path_.relative(dir, lexical)) };
    }
    /** The real path of an input file named by `given`, for {@link writable}'s check; undefined when missing. */
    async realInput(given) {
        return external_node_fs_.promises.realpath(external_node_path_.resolve(this.dir, given)).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./build/cli/mcp/template.js








/**
 * The reference's `create_execution_document_template(step_names)` (its `execdoc.template` tool): each
 * name gets `{"STEP_TYPE": ["PROCESSING_STEP"], "STEP_CONFIG": {}}` (FORMAT §d).
 */
function templateForNames(names) {
    const steps = {};
    for (const name of names)
        (0,json/* setOwn */.P5)(steps, name, { STEP_TYPE: ['PROCESSING_STEP'], STEP_CONFIG: {} });
    return { PIPELINE_STEP_CONFIGS: steps };
}
const templateTool = defineTool({
    name: 'template',
    title: 'Build an execution-document template',
    description: 'Build an execution-document template. From a DAG and a saved config: the template `generate` uses when ' +
        'none is given (execution step names such as CradleDataLoading-Training and Registration-NA, MODS STEP_TYPE ' +
        'values, in topological order) — what `exec-doc template` prints. From step_names: the reference ' +
        "execdoc.template result, each step {STEP_TYPE: ['PROCESSING_STEP'], STEP_CONFIG: {}}.",
    input: schemas/* strictObject */.rej({
        dag_file: fileArg('the pipeline DAG').optional(),
        dag: textArg('The pipeline DAG', 'dag').optional(),
        config_file: fileArg('the saved cursus configuration').optional(),
        config: textArg('The saved cursus configuration', 'config').optional(),
        step_names: schemas/* array */.YOg(schemas/* string */.YjP())
            .optional()
            .describe('Step names, instead of a DAG and config (the reference execdoc.template).'),
        format: formatArg,
        output_file: outputArg.optional(),
    }),
    output: schemas/* object */.Ikc({
        ...common,
        format: formatSchema,
        document: schemas/* string */.YjP().optional().describe('The template text, when it was not written to output_file.'),
        written: schemas/* string */.YjP().optional(),
        steps: schemas/* array */.YOg(schemas/* string */.YjP()).describe('The template step names, in order.'),
    }),
    annotations: WRITES_ON_REQUEST,
    async run(args, ctx) {
        const base = { format: args.format, steps: [] };
        const fromDag = [args.dag_file, args.dag, args.config_file, args.config].some((a) => a !== undefined);
        if (args.step_names !== undefined && fromDag)
            throw new ArgumentError('give either step_names or a DAG and config, not both');
        const out = await checkOutput(ctx.root, args.output_file, [args.dag_file, args.config_file]);
        let document;
        let problems = [];
        if (args.step_names !== undefined) {
            if (out.problem)
                return problemsResult([out.problem], base);
            document = templateForNames(args.step_names);
        }
        else {
            const read = await readAllGiven(ctx.root, [
                { name: 'dag', given: { file: args.dag_file, text: args.dag }, required: true },
                { name: 'config', given: { file: args.config_file, text: args.config }, required: true },
            ]);
            const [dag, config] = read.sources;
            const early = [...read.problems, ...(out.problem ? [out.problem] : [])];
            if (early.length > 0 || !dag || !config)
                return problemsResult(early, base);
            await (0,documents/* loadYamlFor */.pE)(dag, config);
            const built = (0,core/* buildAutoTemplate */.Sp)({ dag, config });
            problems = built.problems;
            if (!built.document)
                return problemsResult(problems, base);
            document = built.document;
        }
        if (args.format === 'yaml')
            await (0,core/* loadYaml */.yv)();
        const text = (0,core/* serializeDocument */.wt)(document, args.format);
        const steps = Object.keys(document['PIPELINE_STEP_CONFIGS']);
        const lines = messages(problems);
        const summary = [
            `template with ${steps.length} step(s)${steps.length > 0 ? `: ${steps.join(', ')}` : ''}`,
            ...(lines.length > 0 ? ['warnings:', ...lines.map((l) => `  ${l}`)] : []),
        ];
        return deliver({
            path: out.path,
            given: args.output_file,
            text,
            what: 'template',
            format: args.format,
            summary,
            structured: { ok: true, format: args.format, steps, messages: lines, problems },
        });
    },
});

;// CONCATENATED MODULE: ./build/cli/mcp/validate.js





const validateTool = defineTool({
    name: 'validate',
    title: 'Validate an execution document',
    description: 'Check the structure of an execution document: an object whose PIPELINE_STEP_CONFIGS maps step names to ' +
        '{STEP_TYPE, STEP_CONFIG}; also flags the reference\'s "image-uri-placeholder". Returns valid: true or false ' +
        'with each problem at its file, line and column (what `exec-doc validate` prints). An invalid document is ' +
        'an answer, not a tool error; a file that cannot be read is one.',
    input: schemas/* strictObject */.rej({
        document_file: fileArg('the execution document').optional(),
        document: textArg('The execution document', 'document').optional(),
    }),
    output: schemas/* object */.Ikc({
        ...common,
        valid: schemas/* boolean */.zMY(),
        steps: schemas/* array */.YOg(schemas/* string */.YjP()).describe('Step names of a valid document.'),
    }),
    annotations: READ_ONLY,
    async run(args, ctx) {
        const read = await readGiven(ctx.root, 'document', { file: args.document_file, text: args.document }, true);
        if (!read.source)
            return problemsResult(read.problem ? [read.problem] : [], { valid: false, steps: [] });
        const name = read.source.name;
        const { doc, problems } = await (0,documents/* checkedDocument */.Tw)(read.source);
        const lines = messages(problems);
        const steps = doc ? Object.keys(doc['PIPELINE_STEP_CONFIGS']) : [];
        const verdict = doc
            ? `${name}: valid execution document with ${steps.length} step(s)`
            : `${name}: not a valid execution document`;
        return toolResult(true, [...lines, verdict].join('\n'), {
            ok: true,
            valid: doc !== undefined,
            steps,
            messages: lines,
            problems,
        });
    },
});

;// CONCATENATED MODULE: ./build/cli/mcp/server.js














/** Every tool the server offers, in the order they are listed. */
const TOOLS = [
    generateTool,
    templateTool,
    validateTool,
    mergeTool,
    diffTool,
    graphTool,
];
/**
 * Room for the largest request the tools accept (three inline inputs at the cap, JSON-escaped): the
 * SDK's stdio transport stops reading for good on a message larger than its buffer (10 MB by default).
 */
const MAX_MESSAGE_BYTES = 8 * 3 * MAX_INLINE_CHARS;
const INSTRUCTIONS = `exec-doc: execution documents of SageMaker/MODS pipelines, exactly as the reference cursus generator writes them.
Inputs are files under the server's root folder (X_file arguments, paths relative to the root) or inline JSON/YAML text (X arguments).
generate fills the document from a DAG and a saved config (and a template); its report says for every step whether it was filled, left unchanged or skipped, and why.
template, validate and merge are the reference's execdoc tools; diff compares two documents; graph draws the DAG as Mermaid.
Problems are reported as file:line:column: severity [code] message, like the exec-doc CLI.`;
/** Runs one tool call; an exception is a bug, reported as a tool error instead of reaching the client. */
async function call(tool, args, ctx, opts) {
    try {
        return await tool.run(args, ctx);
    }
    catch (e) {
        if (e instanceof ArgumentError)
            return argumentError(`${tool.name}: ${e.message}`);
        const err = e;
        if (opts.debug && err?.stack)
            opts.stderr.write(`${err.stack}\n`);
        return argumentError(`exec-doc: internal error in ${tool.name}: ${err?.message ?? String(e)}\n` +
            'This is a bug in exec-doc; run the server with EXEC_DOC_DEBUG=1 for details and report it.');
    }
}
/** Tool calls still running: a client that sends its requests and closes stdin still gets its answers. */
const inFlight = new Set();
async function settle() {
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    // The SDK validates arguments before it calls a tool, and sends the result after the tool resolves.
    do {
        await turn();
        await Promise.allSettled([...inFlight]);
    } while (inFlight.size > 0);
    await turn();
}
/** An MCP server offering the tools on files under `root`. */
function createServer(root, opts) {
    const server = new mcp/* McpServer */._({ name: 'exec-doc', version: '0.1.0' }, { instructions: INSTRUCTIONS });
    const ctx = { root };
    for (const tool of opts.tools ?? TOOLS) {
        server.registerTool(tool.name, {
            title: tool.title,
            description: tool.description,
            inputSchema: tool.input,
            outputSchema: tool.output,
            annotations: tool.annotations,
        }, (args) => {
            const running = call(tool, args, ctx, opts);
            inFlight.add(running);
            void running.finally(() => inFlight.delete(running));
            return running;
        });
    }
    return server;
}
/**
 * `exec-doc mcp [--root DIR]`: serves the tools over stdio until the client closes stdin. stdout carries
 * only the protocol; diagnostics go to stderr.
 */
async function runMcp(args, io, env = {}) {
    (0,cli_args/* positionals */.g9)(args, 0, 'no positional arguments');
    const root = await Root.open((0,cli_args/* optionalString */.sx)(args, 'root') ?? process.cwd());
    if (typeof root === 'string')
        throw new cli_args/* UsageError */.eb(`mcp: --root ${root}`);
    // Clients often start servers in `/`: without --root that would open the whole file system.
    if (root.dir === external_node_path_.parse(root.dir).root)
        io.stderr.write(`exec-doc mcp: serving every file under ${root.dir}; pass --root DIR to limit it\n`);
    const server = createServer(root, { stderr: io.stderr, debug: env['EXEC_DOC_DEBUG'] === '1' });
    const transport = new stdio/* StdioServerTransport */.S(process.stdin, process.stdout, {
        maxBufferSize: MAX_MESSAGE_BYTES,
    });
    const closed = new Promise((resolve) => {
        process.stdin.once('end', resolve);
        process.stdin.once('close', resolve);
        // The client went away mid-answer: nothing left to serve.
        process.stdout.once('error', () => resolve());
        server.server.onclose = () => resolve();
    });
    server.server.onerror = (e) => {
        // JSON-RPC 2.0 answers a line it cannot read (-32700) or that is no JSON-RPC message (-32600), with id null.
        const code = e instanceof SyntaxError ? -32700 : e.name === 'ZodError' ? -32600 : undefined;
        if (code === undefined) {
            io.stderr.write(`exec-doc mcp: ${(0,core/* oneLineText */.gs)(e.message)}\n`);
            return;
        }
        const message = code === -32700 ? 'Parse error: the line is not JSON' : 'Invalid Request: not a JSON-RPC 2.0 message';
        io.stderr.write(`exec-doc mcp: ${message}; answered with error ${code}\n`);
        const reply = { jsonrpc: '2.0', id: null, error: { code, message } };
        transport.send(reply).catch(() => undefined);
    };
    await server.connect(transport);
    await closed;
    await settle();
    await server.close();
    return 0;
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
