export const id = 312;
export const ids = [312];
export const modules = {

/***/ 75312:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  COMMENT_BUDGET_BYTES: () => (/* binding */ COMMENT_BUDGET_BYTES),
  SUMMARY_BUDGET_BYTES: () => (/* binding */ SUMMARY_BUDGET_BYTES),
  commentDocument: () => (/* binding */ commentDocument),
  finalCheck: () => (/* binding */ finalCheck),
  summaryDocument: () => (/* binding */ summaryDocument)
});

// EXTERNAL MODULE: ./build/action/report/marker.js
var report_marker = __webpack_require__(15838);
// EXTERNAL MODULE: ./build/action/report/redact.js
var redact = __webpack_require__(73149);
// EXTERNAL MODULE: ./build/core/index.js + 31 modules
var core = __webpack_require__(88079);
// EXTERNAL MODULE: ./build/core/diff/review.js
var review = __webpack_require__(11098);
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

// EXTERNAL MODULE: ./build/core/diff/markdown.js
var markdown = __webpack_require__(47563);
;// CONCATENATED MODULE: ./build/action/report/budget.js
/**
 * Fits a report into a byte budget without ever cutting markup (STYLE §5). A body is a list of blocks, each a
 * self-contained piece of markdown (every fence and `<details>` it opens, it closes) with a richest form and
 * cheaper ones; each cheaper form belongs to a category ("the steps table", "long text diffs"...). While the body is
 * over budget, the categories are worked through in a fixed order, and within one the largest blocks (or the last
 * ones, for categories that drop whole blocks) step down first. Blocks are joined with blank lines, so no block can
 * continue another's paragraph, list or table. Pure.
 */
const bytes = (s) => Buffer.byteLength(s, 'utf8');
const SEPARATOR = 2;
/** The chosen forms' markdown, blank-line separated, empty forms left out, with a final newline. */
function join(parts) {
    return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
/**
 * The richest body within `budget` bytes (UTF-8) that the passes can reach. When even the cheapest forms do not fit,
 * the cheapest body is returned: callers make the cheapest forms small enough (a count, a capped list).
 */
function fit(blocks, passes, budget) {
    const fitted = blocks.map((block) => ({ block, level: 0 }));
    const byBlock = new Map(fitted.map((f) => [f.block, f]));
    let steps = 0;
    const cache = new Map();
    const text = (f) => {
        const form = f.block.forms[f.level];
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
        if (f.block.dynamic)
            continue;
        const { size } = text(f);
        if (size > 0) {
            staticSize += size;
            staticCount++;
        }
    }
    const state = {
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
    const total = () => {
        let size = staticSize;
        let count = staticCount;
        for (const f of dynamics) {
            const s = bytes(f.block.dynamic(state));
            if (s > 0) {
                size += s;
                count++;
            }
        }
        return size + Math.max(0, count - 1) * SEPARATOR + 1;
    };
    const step = (f) => {
        const before = text(f).size;
        f.level++;
        steps++;
        const after = text(f).size;
        staticSize += after - before;
        staticCount += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    };
    const unstep = (f) => {
        const before = text(f).size;
        f.level--;
        steps--;
        const after = text(f).size;
        staticSize += after - before;
        staticCount += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
    };
    const canStep = (f, category) => !f.block.dynamic &&
        f.level + 1 < f.block.forms.length &&
        f.block.forms[f.level + 1].category === category;
    outer: for (const pass of passes) {
        for (;;) {
            if (total() <= budget)
                break outer;
            const candidates = fitted.filter((f) => canStep(f, pass.category));
            if (candidates.length === 0)
                break;
            if (pass.order === 'last') {
                // Units from the end (a block, or the whole group of a grouped pass). Stepping more units only shrinks the
                // body, so the fewest units that make it fit are found by bisection: a few measures, not one per block.
                const units = [];
                const seen = new Set();
                for (let i = candidates.length - 1; i >= 0; i--) {
                    const f = candidates[i];
                    const group = pass.grouped ? f.block.group : undefined;
                    if (group && seen.has(group))
                        continue;
                    if (group)
                        seen.add(group);
                    units.push(group ? candidates.filter((c) => c.block.group === group) : [f]);
                }
                let applied = 0;
                const apply = (k) => {
                    for (; applied < k; applied++)
                        for (const f of units[applied])
                            step(f);
                    for (; applied > k; applied--)
                        for (const f of units[applied - 1])
                            unstep(f);
                };
                let lo = 1;
                let hi = units.length;
                apply(hi);
                if (total() <= budget) {
                    while (lo < hi) {
                        const mid = Math.floor((lo + hi) / 2);
                        apply(mid);
                        if (total() <= budget)
                            hi = mid;
                        else
                            lo = mid + 1;
                    }
                    apply(hi);
                    break outer;
                }
                continue;
            }
            // One level for every candidate, biggest first, checking after each.
            candidates.sort((a, b) => text(b).size - text(a).size);
            for (const f of candidates) {
                if (total() <= budget)
                    break outer;
                step(f);
            }
        }
    }
    const parts = fitted.map((f) => (f.block.dynamic ? f.block.dynamic(state) : text(f).text));
    return { body: join(parts), degraded: steps > 0, fitted };
}
/** A block with one form. */
function fixed(markdown) {
    return { forms: [{ category: '', render: () => markdown }] };
}
/** A block with a first form and cheaper ones, each reached in its category's pass. */
function budget_forms(first, ...cheaper) {
    return {
        forms: [{ category: '', render: first }, ...cheaper.map(([category, render]) => ({ category, render }))],
    };
}

// EXTERNAL MODULE: ./build/action/report/markdown.js
var report_markdown = __webpack_require__(68525);
;// CONCATENATED MODULE: ./build/action/report/shell.js
/** Shell words for the "Reproduce locally" commands, which a reader pastes into bash or zsh. */

function escapeForDollarQuote(c) {
    if (c === '\\')
        return '\\\\';
    if (c === "'")
        return "\\'";
    if (c === '\n')
        return '\\n';
    if (c === '\t')
        return '\\t';
    if (c === '\r')
        return '\\r';
    const cp = c.codePointAt(0);
    return cp > 0xffff ? `\\U${cp.toString(16).padStart(8, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}
/**
 * `s` as one shell word: as it is when it is made of safe characters, in single quotes otherwise, and as an ANSI-C
 * `$'…'` string when it holds a line break or another invisible character (a code block would show those as
 * `\u{a}`, which inside single quotes would name another file).
 */
function shellQuote(s) {
    if (/^[\w./-]+$/.test(s))
        return s;
    if ((0,report_markdown/* hasInvisible */.wy)(s))
        return `$'${Array.from(s, (c) => (c === '\\' || c === "'" || (0,report_markdown/* hasInvisible */.wy)(c) ? escapeForDollarQuote(c) : c)).join('')}'`;
    return `'${s.replace(/'/g, `'\\''`)}'`;
}

// EXTERNAL MODULE: ./build/action/report/model.js + 2 modules
var model = __webpack_require__(79318);
;// CONCATENATED MODULE: ./build/action/report/render.js
/**
 * The report as GitHub markdown, fitted to a byte budget (budget.ts): one renderer for the PR comment and the job
 * summary, for one pipeline or many. The order a reviewer reads it in: the verdict (the first block), the compared
 * commits, what must not be missed, the errors (each once, linked to its line, knock-ons under their cause), the
 * changes as ```` ```diff ```` blocks (identical changes of several steps once), then folded: the steps table and
 * the DAG picture; the command that reproduces the result; the run and artifact links. Outside text only ever goes
 * through the escapers of core/diff/markdown.ts. Pure.
 */







/**
 * Where the rest of a shortened part can be read: the comment points at the job summary; the job summary, when even
 * it must shorten, at the job log (every problem and outcome is logged), the artifact and the CLI.
 */
const REST_IN = {
    comment: {
        verdicts: 'in the job summary',
        items: 'in the job summary',
        changes: 'every change is in the job summary and the artifact',
        table: 'the table is in the job summary',
        picture: 'the picture is in the job summary',
    },
    summary: {
        verdicts: "each pipeline's outcome is in the job log",
        items: '`exec-doc diff` of the documents in the artifact shows every change',
        changes: 'every change is in the artifact: `exec-doc diff` of the documents shows it',
        table: 'every step is in the document, in the artifact',
        picture: '`exec-doc graph` draws it from the DAG file',
    },
};
/** DAGs with more nodes than this are drawn focused: the nodes that need a look and their neighbours. */
const FOCUS_ABOVE_NODES = 30;
/** GitHub does not draw a Mermaid diagram longer than this (Mermaid's default `maxTextSize`). */
const MERMAID_MAX_TEXT = 50_000;
/**
 * The order cheaper forms are tried in: first the bulky parts get their compact form (steps table, DAG, long text
 * diffs), then counts, then the per-change detail; the verdict, the errors, the links and the list of changed steps
 * come last, and only ever as capped lists.
 */
const PASSES = [
    { category: 'table-compact' },
    { category: 'dag-compact' },
    { category: 'text' },
    { category: 'table-count' },
    { category: 'dag-count' },
    { category: 'warnings' },
    { category: 'diff' },
    { category: 'notable' },
    { category: 'list' },
    { category: 'drop', order: 'last' },
    { category: 'errors' },
    { category: 'pipeline', order: 'last', grouped: true },
    { category: 'verdicts' },
];
const code = (s) => (0,markdown/* codeSpan */.SS)(s);
const render_text = (s) => (0,markdown.inlineText)(s);
/**
 * `12,345`: digits grouped by thousands. Not `toLocaleString`: its first call loads ICU's number formatting, about
 * 18 ms of every run's start-up.
 */
function count(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function plural(n, word, many = `${word}s`) {
    return `${count(n)} ${n === 1 ? word : many}`;
}
/** `a, b, c and 4 more`, each item already markdown. */
function someOf(items, max) {
    if (items.length <= max) {
        return items.length <= 1
            ? (items[0] ?? '')
            : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
    }
    return `${items.slice(0, max).join(', ')} and ${count(items.length - max)} more`;
}
function filled(r) {
    return `${r.filledSteps} of ${plural(r.totalSteps, 'step')} filled`;
}
// ---------------------------------------------------------------------------------------------------------------
// Links
/** A path for a URL: each segment percent-encoded, parentheses too (they would end a markdown link). */
function urlPath(p) {
    return p
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function repoUrl(data) {
    const { server, repository } = data.provenance;
    return repository ? `${server}/${urlPath(repository)}` : undefined;
}
function commitLink(data, sha) {
    const repo = repoUrl(data);
    const short = code(sha.slice(0, 7));
    return repo ? `[${short}](${repo}/commit/${sha})` : short;
}
/** `file:line`, linked to that line at the head commit when the file is one of the pipeline's inputs. */
function locationLink(data, pipeline, p, table = false) {
    const where = `${p.file}${p.line !== undefined ? `:${p.line}` : ''}`;
    const repo = repoUrl(data);
    const sha = data.provenance.head;
    const inputs = Object.values(pipeline.files).filter((f) => typeof f === 'string');
    const shown = (0,markdown/* codeSpan */.SS)(where, { table });
    if (!repo || !sha || !inputs.includes(p.file))
        return shown;
    const anchor = p.line !== undefined ? `#L${p.line}` : '';
    return `[${shown}](${repo}/blob/${sha}/${urlPath(p.file)}${anchor})`;
}
function linksLine(data) {
    const parts = [];
    const { artifact, artifactNote, run } = data.provenance;
    if (artifact)
        parts.push(`📄 [Execution document${data.many ? 's' : ''}](${artifact})`);
    else if (artifactNote)
        parts.push(`📄 ${render_text(artifactNote)}`);
    if (run)
        parts.push(`🔗 [Workflow run and job summary](${run})`);
    return parts.join(' · ');
}
function provenanceLine(data) {
    const { base, head, via } = data.provenance;
    const parts = [`exec-doc · ${code(data.key)}`];
    if (data.pullRequest && base && head) {
        const repo = repoUrl(data);
        const compare = repo ? ` ([diff](${repo}/compare/${base}...${head}))` : '';
        parts.push(`base ${commitLink(data, base)} → head ${commitLink(data, head)}${compare}`);
        // Only when the base was read: a base that could not be read is no source of anything.
        const read = data.pipelines.some((p) => p.comparison && (p.comparison.status !== 'unavailable' || p.comparison.cause === 'generate'));
        if (via && read)
            parts.push(`base read from ${via === 'git' ? 'the local git checkout' : 'the GitHub API'}`);
    }
    else if (head)
        parts.push(`commit ${commitLink(data, head)}`);
    if (data.lenient)
        parts.push('lenient');
    return `<sub>${parts.join(' · ')}</sub>`;
}
// ---------------------------------------------------------------------------------------------------------------
// Verdicts
function dagPhrase(d) {
    const parts = [
        d.addedNodes.length ? `${plural(d.addedNodes.length, 'node')} added` : '',
        d.removedNodes.length ? `${plural(d.removedNodes.length, 'node')} removed` : '',
        d.addedEdges.length ? `${plural(d.addedEdges.length, 'edge')} added` : '',
        d.removedEdges.length ? `${plural(d.removedEdges.length, 'edge')} removed` : '',
    ];
    return parts.filter(Boolean).join(', ');
}
const HEADING_NAMES = 5;
/** The verdict as words (markdown), without an icon; `names` caps the step names shown. */
function verdictWords(v, r, names = HEADING_NAMES) {
    switch (v.kind) {
        case 'generated':
            return `execution document generated: ${filled(r)}`;
        case 'unchanged':
            return 'no change to the execution document or the DAG';
        case 'changed': {
            const parts = [];
            if (v.steps.length > 0)
                parts.push(`changes ${plural(v.steps.length, 'step')}: ${someOf(v.steps.map(code), names)}`);
            if (v.outside > 0)
                parts.push(`changes ${plural(v.outside, 'value')} outside the steps`);
            if (v.dag)
                parts.push(`changes the DAG (${dagPhrase(v.dag)})`);
            if (v.steps.length === 0 && v.outside === 0)
                parts.push('no change to the document');
            return parts.join('; ');
        }
        case 'new':
            return `new pipeline: ${filled(r)}`;
        case 'not-comparable':
            return `generated (${filled(r)}), not compared with the base`;
        case 'fails-introduced':
            return `generation fails — introduced by this PR (${errorCount(v)})`;
        case 'fails-preexisting':
            return `generation fails — already failing on the base (${errorCount(v)})`;
        case 'fails':
            return `generation fails (${errorCount(v)})`;
    }
}
/** `3 errors, 1 knock-on`: the errors as the errors block lists them, each cause once and its knock-ons under it. */
function errorCount(v) {
    return `${plural(v.errors, 'error')}${v.knockOns > 0 ? `, ${plural(v.knockOns, 'knock-on')}` : ''}`;
}
const ICON = {
    generated: '✅',
    unchanged: '✅',
    changed: '✏️',
    new: '🆕',
    'not-comparable': '⚠️',
    'fails-introduced': '❌',
    'fails-preexisting': '❌',
    fails: '❌',
};
const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);
function reasonLine(v) {
    if (!v.reason)
        return '';
    if (v.kind === 'not-comparable')
        return `⚠️ No diff against the base: ${render_text(v.reason)}. The document was still generated and checked.`;
    if (v.kind === 'fails')
        return `The base was not compared: ${render_text(v.reason)}.`;
    if (v.kind === 'fails-preexisting')
        return `On the base: ${render_text(v.reason)}.`;
    if (v.kind === 'fails-introduced' && v.baseFailsOtherwise)
        return `${capitalize(render_text(v.reason))}.`;
    return '';
}
function manyHeading(data) {
    const ps = data.pipelines;
    const n = ps.length;
    const count = (f) => ps.filter(f).length;
    const failed = count((p) => (0,model.isFailure)(p.verdict));
    if (failed > 0) {
        const introduced = count((p) => p.verdict.kind === 'fails-introduced');
        const before = count((p) => p.verdict.kind === 'fails-preexisting');
        const how = introduced === failed
            ? ' — introduced by this PR'
            : before === failed
                ? ' — already failing on the base'
                : introduced + before > 0
                    ? ` — ${introduced} introduced by this PR, ${before} already failing on the base`
                    : '';
        return `### ❌ ${failed} of ${plural(n, 'pipeline')} ${failed === 1 ? 'fails' : 'fail'}${data.pullRequest ? how : ''}`;
    }
    const changed = count((p) => p.verdict.kind === 'changed' || p.verdict.kind === 'new');
    const removed = data.removed?.length ?? 0;
    if (changed > 0 || removed > 0) {
        const fresh = count((p) => p.verdict.kind === 'new');
        const gone = removed > 0 ? `; removes ${plural(removed, 'pipeline')}` : '';
        return changed > 0
            ? `### ✏️ Changes ${changed} of ${plural(n, 'pipeline')}${fresh > 0 ? ` (${fresh} new)` : ''}${gone}`
            : `### ✏️ Removes ${plural(removed, 'pipeline')}; no change to the other ${plural(n, 'pipeline')}`;
    }
    const unknown = count((p) => p.verdict.kind === 'not-comparable');
    if (unknown > 0)
        return `### ⚠️ ${unknown} of ${plural(n, 'pipeline')} not compared with the base`;
    if (data.pullRequest)
        return `### ✅ No change to the execution documents or DAGs of ${plural(n, 'pipeline')}`;
    const steps = ps.reduce((s, p) => s + p.report.filledSteps, 0);
    const total = ps.reduce((s, p) => s + p.report.totalSteps, 0);
    return `### ✅ Execution documents generated: ${plural(n, 'pipeline')}, ${steps} of ${plural(total, 'step')} filled`;
}
function heading(data) {
    if (data.many)
        return manyHeading(data);
    const p = data.pipelines[0];
    // Warnings sit in a fold further down; with --lenient they are what strict mode would refuse.
    const warnings = p.problems.warnings.length;
    const warned = warnings > 0 && !(0,model.isFailure)(p.verdict) ? ` · ⚠️ ${plural(warnings, 'warning')}` : '';
    return `### ${ICON[p.verdict.kind]} ${capitalize(verdictWords(p.verdict, p.report))}${warned}`;
}
const ATTENTION_ORDER = [
    'fails-introduced',
    'fails',
    'fails-preexisting',
    'changed',
    'new',
    'not-comparable',
];
/** The pipelines that need a look, failures first, then changes, then those not compared; stable within a kind. */
function byAttention(pipelines) {
    return pipelines
        .filter((p) => (0,model.needsAttention)(p.verdict))
        .map((p, i) => ({ p, i, rank: ATTENTION_ORDER.indexOf(p.verdict.kind) }))
        .sort((a, b) => a.rank - b.rank || a.i - b.i)
        .map((x) => x.p);
}
/** The list of pipelines and their verdicts (many pipelines): attention first, unchanged ones on one line. */
function verdictList(data, cap, target) {
    const attention = byAttention(data.pipelines);
    const quiet = data.pipelines.filter((p) => !(0,model.needsAttention)(p.verdict));
    const lines = attention
        .slice(0, cap)
        .map((p) => `- ${ICON[p.verdict.kind]} ${code(p.name)}: ${verdictWords(p.verdict, p.report, 3)}`);
    if (attention.length > cap)
        lines.push(`- …and ${attention.length - cap} more (${REST_IN[target].verdicts})`);
    const removed = data.removed ?? [];
    if (removed.length > 0)
        lines.push(`- 🗑️ Removed from the manifest (${removed.length}): ${someOf(removed.map((n) => code(n)), cap)} — their documents are no longer generated`);
    if (quiet.length > 0) {
        const label = data.pullRequest ? 'No change' : 'Generated';
        lines.push(`- ✅ ${label} (${quiet.length}): ${someOf(quiet.map((p) => code(p.name)), cap)}`);
    }
    const note = data.baseNote ? `\n\n⚠️ No diff against the base: ${render_text(data.baseNote)}.` : '';
    return `${lines.join('\n')}${note}`;
}
// ---------------------------------------------------------------------------------------------------------------
// Notable changes
function stepsPhrase(steps) {
    return steps.length === 1
        ? code(steps[0])
        : `${plural(steps.length, 'step')} (${someOf(steps.map(code), 5)})`;
}
function fromTo(n) {
    return n.old !== undefined && n.new !== undefined ? `: ${code(n.old)} → ${code(n.new)}` : '';
}
function notableLine(n) {
    const where = stepsPhrase(n.steps);
    switch (n.kind) {
        case 'step-removed':
            return `🗑️ **Step removed** from the document: ${where}`;
        case 'framework-downgrade':
            return `⬇️ **Framework version downgrade** in ${where}${fromTo(n)} (the inference image changes)`;
        case 'image':
            return `🖼️ **Inference image** changes in ${where}`;
        case 'objective':
            return `🎯 **Model ${n.path === 'model_domain' ? 'domain' : 'objective'}** changes in ${where}${fromTo(n)}`;
        case 'region':
            return `🌍 **Region** (${code(n.path)}) changes in ${where}${fromTo(n)}`;
        case 'model-variables':
            return `🔢 **Model ${n.path.includes('input') ? 'input' : 'output'} variables** change in ${where}${n.detail ? `: ${n.detail}` : ''}`;
        case 'data-source-added':
            return `➕ **Data source added** in ${where}: ${code(n.detail ?? '')}`;
        case 'data-source-removed':
            return `➖ **Data source removed** in ${where}: ${code(n.detail ?? '')}`;
        case 'data-source':
            return `🔀 **Data source changes** in ${where}: ${code(n.path)}${fromTo(n)}`;
        case 'output':
            return `📤 **Output location** changes in ${where}: ${code(n.path)}${fromTo(n)}`;
        case 'schema-fields-removed':
            return `✂️ **Output schema**: ${n.detail ?? 'fields'} removed in ${where}`;
        case 'step-type': {
            const one = n.old !== undefined && n.new === undefined
                ? `: ${code(n.old)} removed`
                : n.new !== undefined && n.old === undefined
                    ? `: ${code(n.new)} added`
                    : fromTo(n);
            return `🔧 **STEP_TYPE** changes in ${where}${one}`;
        }
    }
}
function notableLines(p) {
    // A downgrade says that the image changes; the image line would say it twice.
    const downgraded = new Set(p.notable.filter((n) => n.kind === 'framework-downgrade').flatMap((n) => n.steps));
    const shown = p.notable.filter((n) => n.kind !== 'image' || !n.steps.every((s) => downgraded.has(s)));
    const lines = shown.map(notableLine);
    for (const node of p.verdict.dag?.removedNodes ?? [])
        lines.push(`🗑️ **DAG node removed**: ${code(node)}`);
    return lines;
}
function notableBlock(p, target, prefix = '') {
    const lines = notableLines(p);
    if (lines.length === 0)
        return undefined;
    const title = `**${prefix}Review these** (${lines.length})`;
    const list = (max) => `${title}\n\n${lines
        .slice(0, max)
        .map((l) => `- ${l}`)
        .join('\n')}${lines.length > max ? `\n- …and ${lines.length - max} more (${REST_IN[target].items})` : ''}`;
    return budget_forms(() => list(lines.length), ['notable', () => list(10)], ['notable', () => list(3)]);
}
// ---------------------------------------------------------------------------------------------------------------
// Problems
function problemText(data, pipeline, p) {
    const at = p.jsonPath ? ` (at ${code(p.jsonPath)})` : '';
    return `${locationLink(data, pipeline, p)} ${code(p.code)}: ${render_text(p.message)}${at}`;
}
function groupLines(data, pipeline, g, knockOns) {
    const also = g.also.length > 0 ? ` (reported ${g.also.length + 1} times, once per config that reads it)` : '';
    const icon = g.cause.severity === 'error' ? '❌' : '⚠️';
    const lines = [`- ${icon} ${problemText(data, pipeline, g.cause)}${also}`];
    if (g.knockOns.length === 0)
        return lines;
    if (!knockOns) {
        lines[0] += ` — and ${plural(g.knockOns.length, 'knock-on error')}`;
        return lines;
    }
    for (const k of g.knockOns)
        lines.push(`  - ↳ knock-on: ${problemText(data, pipeline, k)}`);
    return lines;
}
function errorsBlock(data, p) {
    const groups = p.problems.errors;
    if (groups.length === 0)
        return undefined;
    const title = `**Errors** (${errorCount(p.verdict)})`;
    const list = (max, knockOns) => {
        const lines = groups.slice(0, max).flatMap((g) => groupLines(data, p, g, knockOns));
        if (groups.length > max)
            lines.push(`- …and ${groups.length - max} more (every error is in the job log)`);
        return `${title}\n\n${lines.join('\n')}`;
    };
    return budget_forms(() => list(groups.length, true), ['errors', () => list(groups.length, false)], ['errors', () => list(500, false)], ['errors', () => list(100, false)], ['errors', () => list(20, false)], ['errors', () => list(3, false)], ['errors', () => list(1, false)]);
}
function warningsBlock(data, p) {
    const groups = p.problems.warnings;
    if (groups.length === 0)
        return undefined;
    const summary = `⚠️ ${plural(groups.length, 'warning')}`;
    const list = (max) => {
        const lines = groups.slice(0, max).flatMap((g) => groupLines(data, p, g, true));
        if (groups.length > max)
            lines.push(`- …and ${groups.length - max} more (every warning is in the job log)`);
        return `<details><summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
    };
    return budget_forms(() => list(groups.length), ['warnings', () => list(10)], ['warnings', () => `${summary} (every warning is in the job log)`]);
}
// ---------------------------------------------------------------------------------------------------------------
// Changes
/** The diff block of some changes at a level of detail; '' when there is nothing to show. */
function diffFence(changes, opts, maxChanges = Infinity) {
    const shown = changes.slice(0, maxChanges);
    const lines = shown.flatMap((c) => (0,review/* changeLines */.Ow)(c, opts));
    if (changes.length > shown.length)
        lines.push(`  … ${changes.length - shown.length} more changes`);
    return lines.length === 0 ? '' : (0,markdown/* fence */.EU)(lines, 'diff').join('\n');
}
/** `transformSQL` (+1 −1 lines), `clusterType`: the fields a set of changes touches, with text line counts. */
function fieldsPhrase(changes, max = 6) {
    const texts = new Map();
    for (const c of changes) {
        if (!(0,review/* isTextChange */.QE)(c) || !(c.old.includes('\n') || c.new.includes('\n')))
            continue;
        const s = (0,review/* textStats */.Lp)(c.old, c.new);
        const t = texts.get(c.field) ?? { added: 0, removed: 0 };
        texts.set(c.field, { added: t.added + s.added, removed: t.removed + s.removed });
    }
    const items = (0,review/* changedFields */.E0)(changes).map((f) => {
        const t = texts.get(f);
        return t ? `${code(f)} (+${t.added} −${t.removed} lines)` : code(f);
    });
    return someOf(items, max);
}
const FULL = {};
const SHORTER = { maxLines: 400, maxValueLines: 20 };
const SHORT = { maxLines: 120, maxValueLines: 12 };
const CAPPED = { maxLines: 12, maxValueLines: 8 };
const BRIEF = { brief: true };
const BRIEF_CHANGES = 30;
/** A block of changes: title, then the diff; cheaper forms cap the text, then go brief, then keep the title. */
function changeBlock(title, changes, droppable) {
    const withDiff = (names, opts, max) => {
        const d = diffFence(changes, opts, max);
        return d === '' ? title(names) : `${title(names)}\n\n${d}`;
    };
    const cheaper = [
        ['text', () => withDiff(50, SHORTER)],
        ['text', () => withDiff(50, SHORT)],
        ['text', () => withDiff(50, CAPPED)],
        ['diff', () => withDiff(20, BRIEF, BRIEF_CHANGES)],
        ['list', () => title(10)],
    ];
    if (droppable)
        cheaper.push(['drop', () => '']);
    return budget_forms(() => withDiff(Infinity, FULL), ...cheaper);
}
function stepTitle(step, status, changes, shared) {
    const what = status === 'added'
        ? ' (added)'
        : status === 'removed'
            ? ' (removed)'
            : changes.length > 0
                ? ` — ${fieldsPhrase(changes)}`
                : '';
    return `**${code(step)}**${what}${shared ? (changes.length > 0 ? ', and the shared change above' : ' — the shared change above') : ''}`;
}
function dagChangeBlock(d) {
    const edge = ([a, b]) => `${code(a)} → ${code(b)}`;
    const items = [
        ...d.addedNodes.map((n) => `- 🟦 node added: ${code(n)}`),
        ...d.removedNodes.map((n) => `- ⬛ node removed: ${code(n)}`),
        ...d.addedEdges.map((e) => `- ➕ edge added: ${edge(e)}`),
        ...d.removedEdges.map((e) => `- ➖ edge removed: ${edge(e)}`),
    ];
    const title = `**DAG structure** — ${dagPhrase(d)}`;
    return budget_forms(() => `${title}\n\n${items.join('\n')}`, [
        'list',
        () => `${title}\n\n${items.slice(0, 10).join('\n')}${items.length > 10 ? `\n- …and ${items.length - 10} more` : ''}`,
    ], ['drop', () => title]);
}
/** `: `clusterType` `MEDIUM` → `LARGE`` for one short value change, else ` — ` and the fields. */
function sharedPhrase(changes) {
    const only = changes.length === 1 ? changes[0] : undefined;
    const short = (v) => {
        if (v === undefined || (typeof v === 'object' && v !== null && !(0,core/* isNumeric */.kf)(v)))
            return undefined;
        const t = (0,review/* valueText */.Ru)(v);
        return Array.from(t).length <= 60 ? t : undefined;
    };
    if (only?.kind === 'changed') {
        const [o, n] = [short(only.old), short(only.new)];
        if (o !== undefined && n !== undefined)
            return `: ${code(only.path)} ${code(o)} → ${code(n)}`;
    }
    return ` — ${fieldsPhrase(changes)}`;
}
/** The changes of a pipeline: shared groups, steps, outside the steps, the DAG; then a line for dropped steps. */
function changeBlocks(p, heading, target) {
    const r = p.review;
    const dag = p.verdict.dag;
    if (!r && !dag)
        return [];
    const blocks = [fixed(heading)];
    const stepBlocks = [];
    const sharedSteps = new Set(r?.shared.flatMap((g) => g.steps) ?? []);
    for (const g of r?.shared ?? []) {
        const what = sharedPhrase(g.changes);
        blocks.push(changeBlock((names) => `**${plural(g.steps.length, 'step')}**${what}, the same change in each: ${someOf(g.steps.map(code), names)}`, g.changes, false));
    }
    for (const s of r?.steps ?? []) {
        if (s.status === 'changed' && s.changes.length === 0 && sharedSteps.has(s.step))
            continue;
        const block = changeBlock(() => stepTitle(s.step, s.status, s.status === 'changed' ? s.changes : [], sharedSteps.has(s.step)), s.changes, true);
        blocks.push(block);
        stepBlocks.push({ block, step: s.step });
    }
    if (r && r.other.length > 0)
        blocks.push(changeBlock(() => `**Outside the steps** — ${fieldsPhrase(r.other)}`, r.other, false));
    if (stepBlocks.length > 0)
        blocks.push({
            forms: [],
            dynamic: (state) => {
                // Steps are left out from the last one on: read the dropped ones from the end.
                const dropped = [];
                for (let i = stepBlocks.length - 1; i >= 0 && state.dropped(stepBlocks[i].block); i--)
                    dropped.unshift(code(stepBlocks[i].step));
                if (dropped.length === 0)
                    return '';
                return `…and ${plural(dropped.length, 'more changed step', 'more changed steps')}: ${someOf(dropped, 20)} (${REST_IN[target].changes}).`;
            },
        });
    if (dag)
        blocks.push(dagChangeBlock(dag));
    return blocks;
}
// ---------------------------------------------------------------------------------------------------------------
// Steps table and DAG picture
/** Each outcome of a step in words; the table shows it after its icon. */
const OUTCOME = {
    filled: 'filled',
    unchanged: 'kept from the template',
    skipped: 'not filled',
};
const STATUS = {
    filled: `✅ ${OUTCOME.filled}`,
    unchanged: `➖ ${OUTCOME.unchanged}`,
    skipped: `⏭️ ${OUTCOME.skipped}`,
};
/** The steps this pull request adds to the document or changes (none for a new pipeline: the verdict says it). */
function stepChanges(p) {
    const c = p.comparison;
    if (p.verdict.kind !== 'changed' || c?.status !== 'compared')
        return new Map();
    return new Map(c.diff.steps
        .filter((d) => d.status !== 'removed')
        .map((d) => [d.step, d.status === 'added' ? 'added' : 'changed']));
}
const CHANGE_STATUS = { added: '🆕 added', changed: '✏️ changed' };
/**
 * Where the report lists why a step is not filled: the group of its first problem (its own, or the missing step its
 * node looked for), and whether that problem is a knock-on of the group's cause.
 */
function stepProblem(p, s) {
    const lookedFor = new Set(s.lookedFor ?? []);
    const concerns = (x) => x.step === s.step ||
        (x.code === 'template/missing-step' && x.step !== undefined && lookedFor.has(x.step));
    for (const g of [...p.problems.errors, ...p.problems.warnings]) {
        if ([g.cause, ...g.also].some(concerns))
            return { cause: g.cause, knockOn: false };
        if (g.knockOns.some(concerns))
            return { cause: g.cause, knockOn: true };
    }
    return undefined;
}
function stepRow(data, p, s, change, values) {
    const cell = (t) => (0,markdown/* codeSpan */.SS)(t, { table: true });
    const label = change && s.status === 'filled' ? CHANGE_STATUS[change] : STATUS[s.status];
    const reason = s.reason ? `: ${(0,markdown.inlineText)(s.reason, { table: true })}` : '';
    const cause = s.status === 'skipped' ? stepProblem(p, s) : undefined;
    const see = cause
        ? ` — ${cause.knockOn ? 'a knock-on of' : 'see'} ${locationLink(data, p, cause.cause, true)}`
        : '';
    const changed = change && s.status !== 'filled' ? ` (${change} by this PR)` : '';
    const row = [cell(s.step), s.family ?? '—', `${label}${reason}${see}${changed}`];
    if (values)
        row.push(Object.entries(s.highlights)
            .map(([k, v]) => `${(0,markdown.inlineText)(k, { table: true })}: ${cell(v)}`)
            .join('<br>'));
    return `| ${row.join(' | ')} |`;
}
/**
 * `2 changed, 1 filled, 1 kept from the template`: the rows of the table, each counted once, a step the pull request
 * changes as changed whatever its status (as the verdict counts it).
 */
function stepCounts(p) {
    const changes = stepChanges(p);
    const counts = new Map();
    for (const s of p.report.steps) {
        const change = changes.get(s.step);
        const what = change ?? OUTCOME[s.status];
        counts.set(what, (counts.get(what) ?? 0) + 1);
    }
    const order = ['changed', 'added', OUTCOME.filled, OUTCOME.unchanged, OUTCOME.skipped];
    return order
        .filter((w) => counts.has(w))
        .map((w) => `${count(counts.get(w))} ${w}`)
        .join(', ');
}
function stepsCount(p, target) {
    return `${plural(p.report.steps.length, 'step')}: ${stepCounts(p)} (${REST_IN[target].table}).`;
}
function tableBlock(data, p, target) {
    const r = p.report;
    if (r.steps.length === 0)
        return undefined;
    const changes = stepChanges(p);
    const table = (values) => [
        values ? '| Step | Family | Status | Key values |' : '| Step | Family | Status |',
        values ? '| --- | --- | --- | --- |' : '| --- | --- | --- |',
        ...r.steps.map((s) => stepRow(data, p, s, changes.get(s.step), values)),
    ].join('\n');
    return budget_forms(() => table(true), ['table-compact', () => table(false)], ['table-count', () => stepsCount(p, target)]);
}
function legend(outcomes) {
    const used = LEGEND.filter((l) => outcomes.includes(l.outcome));
    return `<sub>${used.map((l) => `${l.swatch} ${l.meaning}`).join(' · ')}</sub>`;
}
function mermaidFence(chart) {
    if (chart.length > MERMAID_MAX_TEXT)
        return `${(0,markdown/* fence */.EU)(chart.trimEnd().split('\n'), 'text').join('\n')}\n\n<sub>Too large for GitHub to draw (${count(chart.length)} characters); paste it into a Mermaid editor.</sub>`;
    return (0,markdown/* fence */.EU)(chart.trimEnd().split('\n'), 'mermaid').join('\n');
}
function dagBlock(p, target) {
    const r = p.report;
    if (r.nodes.length === 0 && !p.verdict.dag)
        return undefined;
    const opts = {
        changedSteps: p.verdict.kind === 'new' ? [] : p.verdict.steps,
        ...(p.verdict.dag ? { dag: p.verdict.dag } : {}),
    };
    const large = r.nodes.length + (p.verdict.dag?.removedNodes.length ?? 0) > FOCUS_ABOVE_NODES;
    const picture = (focusAbove) => {
        const pic = mermaidPicture(r, { ...opts, focusAbove });
        if (!pic)
            return `The DAG (${plural(r.nodes.length, 'node')}) has no changed or failed node.`;
        const note = pic.focused
            ? `<sub>Showing ${pic.shown} of ${pic.total} nodes: the changed and failed ones and their neighbours.</sub>\n\n`
            : '';
        return `${note}${mermaidFence(pic.chart)}\n\n${legend(pic.outcomes)}`;
    };
    const full = () => {
        const focused = large ? picture(FOCUS_ABOVE_NODES) : picture();
        if (!large || target === 'comment')
            return focused;
        const whole = mermaidPicture(r, opts);
        return `${focused}\n\n<details><summary>The whole DAG (${plural(whole.total, 'node')})</summary>\n\n${mermaidFence(whole.chart)}\n\n${legend(whole.outcomes)}\n\n</details>`;
    };
    const count = () => {
        const extra = p.verdict.dag ? `; ${dagPhrase(p.verdict.dag)}` : '';
        return `DAG: ${plural(r.nodes.length, 'node')}, ${plural(r.edges.length, 'edge')}${extra} (${REST_IN[target].picture}).`;
    };
    // Compact: only the nodes that need a look (and their neighbours); when none does, the count.
    const compact = () => (mermaidPicture(r, { ...opts, focusAbove: 0 }) ? picture(0) : count());
    return budget_forms(full, ['dag-compact', compact], ['dag-count', count]);
}
/**
 * The steps table and the DAG picture, folded. With `group`, the blocks can be left out by the `pipeline` pass, all
 * together (the `<details>` opening and closing are blocks of their own).
 */
function detailsBlocks(data, p, target, group, name) {
    const table = tableBlock(data, p, target);
    const dag = dagBlock(p, target);
    if (!table && !dag)
        return [];
    const what = [
        table ? `${plural(p.report.steps.length, 'step')} (${stepCounts(p)})` : '',
        dag ? `the DAG (${plural(p.report.nodes.length, 'node')})` : '',
    ]
        .filter(Boolean)
        .join(' and ');
    const open = `<details><summary>${name !== undefined ? `${(0,markdown/* htmlCode */.h8)(name)}: ` : ''}${(0,markdown/* htmlText */.js)(what)}</summary>`;
    const blocks = [
        fixed(open),
        ...[table, dag].filter((b) => b !== undefined),
        fixed('</details>'),
    ];
    return group ? blocks.map((b) => withDrop(b, group)) : blocks;
}
/** A block that a `pipeline` pass leaves out, with the rest of its group. */
function withDrop(b, group) {
    return { forms: [...b.forms, { category: 'pipeline', render: () => '' }], group };
}
// ---------------------------------------------------------------------------------------------------------------
// Reproduce
/** `exec_doc generate --dag … -o "$T/head.json"`: the pipeline's inputs by their repository paths. */
function generateCommand(data, p, out) {
    const f = p.files;
    const args = [
        'exec_doc generate',
        `--dag ${shellQuote(f.dag)}`,
        `--config ${shellQuote(f.config)}`,
        ...(f.template ? [`--template ${shellQuote(f.template)}`] : []),
        ...(data.lenient ? ['--lenient'] : []),
        `-o ${out}`,
    ];
    return args.join(' ');
}
/**
 * The commands that reproduce the result, pasted from the root of the repository: the CLI as a shell function, each
 * compared commit checked out in a worktree of its own under a temporary directory (the reader's checkout, branch
 * and files are left as they are), the documents generated there with the paths the run used, then compared; the
 * worktrees removed at the end, the documents kept in the temporary directory.
 */
function reproduceBlock(data) {
    const { base, head } = data.provenance;
    const chosen = byAttention(data.pipelines);
    const ps = (chosen.length > 0 ? chosen : data.pipelines).slice(0, 5);
    const file = (p, side) => `"$T/${data.many ? `${side}-${p.name.replace(/[^\w.-]/g, '_')}` : side}.json"`;
    // The base is generated for the pipelines compared with it, or whose failure it was asked about.
    const withBase = data.pullRequest && base
        ? ps.filter((p) => p.comparison?.status === 'compared' || p.comparison?.status === 'failing')
        : [];
    const lines = [
        ...(data.cli.includes('$ROOT') ? ['ROOT=$(git rev-parse --show-toplevel)'] : []),
        `exec_doc() { ${data.cli} "$@"; }`,
        'T=$(mktemp -d)',
    ];
    const commits = [head, withBase.length > 0 ? base : undefined].filter((c) => c !== undefined);
    if (commits.length > 0)
        lines.push(`git fetch origin ${commits.join(' ')}`);
    const side = (name, sha, pipelines) => {
        if (!sha) {
            for (const p of pipelines)
                lines.push(generateCommand(data, p, file(p, name)));
            return;
        }
        lines.push(`git worktree add --detach "$T/${name}" ${sha}`);
        for (const p of pipelines)
            lines.push(`(cd "$T/${name}" && ${generateCommand(data, p, file(p, name))})`);
    };
    side('head', head, ps);
    if (base && withBase.length > 0)
        side('base', base, withBase);
    for (const p of withBase)
        if (p.report.ok)
            lines.push(`exec_doc diff ${file(p, 'base')} ${file(p, 'head')}`);
    if (head)
        lines.push('git worktree remove --force "$T/head"');
    if (base && withBase.length > 0)
        lines.push('git worktree remove --force "$T/base"');
    const more = data.pipelines.length > ps.length && chosen.length > ps.length
        ? `\n\n<sub>The first ${ps.length} of the ${chosen.length} pipelines to look at; the others the same way.</sub>`
        : '';
    return fixed(`<details><summary>Reproduce locally (from the root of the repository)</summary>\n\n${(0,markdown/* fence */.EU)(lines, 'sh').join('\n')}${more}\n\n</details>`);
}
// ---------------------------------------------------------------------------------------------------------------
// The body
/**
 * With many pipelines, the sections a body leaves out (the `pipeline` pass) are not left out silently: one list names
 * them, each with its verdict, its first error and what it has to review, so that what must not be missed is still
 * in the comment. At most LEFT_OUT_DETAILED pipelines get their lines; the rest are named.
 */
const LEFT_OUT_DETAILED = 30;
function leftOutBlock(data, sections, target) {
    return {
        forms: [],
        dynamic: (state) => {
            const left = sections.filter(([, first]) => state.dropped(first)).map(([p]) => p);
            if (left.length === 0)
                return '';
            const lines = left.slice(0, LEFT_OUT_DETAILED).map((p) => {
                const parts = [`- ${ICON[p.verdict.kind]} ${code(p.name)}: ${verdictWords(p.verdict, p.report, 3)}`];
                const firstError = p.problems.errors[0];
                if (firstError)
                    parts.push(`  - ❌ ${problemText(data, p, firstError.cause)}`);
                const review = notableLines(p);
                for (const l of review.slice(0, 2))
                    parts.push(`  - ${l}`);
                if (review.length > 2)
                    parts.push(`  - …and ${review.length - 2} more to review`);
                return parts.join('\n');
            });
            const rest = left.slice(LEFT_OUT_DETAILED).map((p) => code(p.name));
            if (rest.length > 0)
                lines.push(`- …and ${rest.length} more: ${someOf(rest, 20)}`);
            const summary = data.provenance.run ? `the [job summary](${data.provenance.run})` : 'the job summary';
            const where = target === 'comment' ? `each in full in ${summary}` : 'every problem is in the job log';
            return `**${plural(left.length, 'more pipeline')} to look at**, shortened here to fit (${where}):\n\n${lines.join('\n')}`;
        },
    };
}
/** One pipeline's section; with many pipelines a group the `pipeline` pass leaves out whole. */
function pipelineBlocks(data, p, target) {
    const blocks = [];
    const group = data.many ? {} : undefined;
    const add = (b) => {
        if (b)
            blocks.push(group && !b.dynamic ? withDrop(b, group) : b);
    };
    if (data.many)
        add(fixed(`#### ${ICON[p.verdict.kind]} ${code(p.name)}: ${verdictWords(p.verdict, p.report)}`));
    const reason = reasonLine(p.verdict);
    if (reason)
        add(fixed(reason));
    add(notableBlock(p, target));
    add(errorsBlock(data, p));
    for (const b of changeBlocks(p, data.many ? '**Changes**' : '#### Changes', target))
        add(b);
    add(warningsBlock(data, p));
    blocks.push(...detailsBlocks(data, p, target, group));
    return blocks;
}
function notice(data, target) {
    if (target === 'summary')
        return '✂️ This summary was shortened to fit the job summary limit (1 MiB): some parts are compact or counted. The documents are in the artifact, and `exec-doc diff BASE HEAD` shows every change.';
    const run = data.provenance.run;
    const where = run ? `the [job summary](${run})` : 'the job summary of this run';
    return `✂️ This comment was shortened to fit GitHub's size limit: some parts are compact or counted. The full report is in ${where}.`;
}
/** The report body (without the comment marker), within `opts.budget` bytes. */
function renderReport(data, opts) {
    const blocks = [fixed(heading(data)), fixed(provenanceLine(data))];
    blocks.push({ forms: [], dynamic: (state) => (state.degraded ? notice(data, opts.target) : '') });
    if (data.many) {
        const all = data.pipelines.length;
        blocks.push(budget_forms(() => verdictList(data, all, opts.target), ['verdicts', () => verdictList(data, 30, opts.target)], ['verdicts', () => verdictList(data, 5, opts.target)]));
    }
    // Failures first, then changes: a body that must leave sections out leaves out the last ones, and lists them.
    const sections = [];
    for (const p of data.many ? byAttention(data.pipelines) : data.pipelines) {
        const section = pipelineBlocks(data, p, opts.target);
        if (data.many && section[0])
            sections.push([p, section[0]]);
        blocks.push(...section);
    }
    if (data.many)
        blocks.push(leftOutBlock(data, sections, opts.target));
    // The summary also keeps the steps and DAG of the pipelines that need no look, one fold each.
    if (data.many && opts.target === 'summary')
        for (const p of data.pipelines)
            if (!(0,model.needsAttention)(p.verdict))
                blocks.push(...detailsBlocks(data, p, opts.target, {}, p.name));
    blocks.push(reproduceBlock(data));
    const links = linksLine(data);
    if (links)
        blocks.push(fixed(links));
    return fit(blocks, PASSES, opts.budget).body;
}

;// CONCATENATED MODULE: ./build/action/report/bodies.js
/**
 * The two bodies of a run's report: the PR comment (marker first, 60,000 bytes in all) and the job summary (under
 * GitHub's 1 MiB step-summary limit). Both are rendered from data already redacted; a last pass redacts the rendered
 * text again and makes sure that no line but the first reads as a marker. Pure.
 */



/** GitHub refuses comment bodies over 65,536 characters; stay well below it in bytes, marker included. */
const COMMENT_BUDGET_BYTES = 60_000;
/** GitHub drops a step's job summary over 1 MiB (1,048,576 bytes); keep a margin for what other steps add. */
const SUMMARY_BUDGET_BYTES = 1_000_000;
/**
 * The last checks on a rendered body: secrets redacted once more (a secret can only appear here if it was split
 * across values), and any line other than the first that would read as a comment marker shifted by a space, so the
 * marker stays the first line's alone. Neither can happen by construction (values are redacted, and every line of
 * rendered outside text starts with our own markup); this keeps it so.
 */
function finalCheck(body, secrets) {
    const lines = (0,redact/* redactText */.R)(body, secrets).split('\n');
    for (let i = 1; i < lines.length; i++)
        if ((0,report_marker/* readMarker */.t)(lines[i]) !== undefined)
            lines[i] = ` ${lines[i]}`;
    return lines.join('\n');
}
/** The PR comment: the marker (key and head commit) on the first line, then the report, in 60,000 bytes. */
function commentDocument(data, secrets = [], head) {
    const marker = (0,report_marker/* commentMarker */.Q)({ key: data.key, ...(head ? { head } : {}) });
    const budget = COMMENT_BUDGET_BYTES - Buffer.byteLength(`${marker}\n`, 'utf8');
    return `${marker}\n${finalCheck(renderReport(data, { target: 'comment', budget }), secrets)}`;
}
/** The job summary: the same report without the marker, richer where the comment is compact. */
function summaryDocument(data, secrets = []) {
    return finalCheck(renderReport(data, { target: 'summary', budget: SUMMARY_BUDGET_BYTES }), secrets);
}


/***/ })

};
