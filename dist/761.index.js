export const id = 761;
export const ids = [761];
export const modules = {

/***/ 18761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  baseLine: () => (/* binding */ baseLine),
  comparisonMarkdown: () => (/* binding */ comparisonMarkdown),
  comparisonSteps: () => (/* binding */ comparisonSteps),
  diffSection: () => (/* binding */ diffSection)
});

// EXTERNAL MODULE: ./build/core/diff/align.js
var align = __webpack_require__(63129);
;// CONCATENATED MODULE: ./build/core/diff/values.js
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
    for (const [ki, kj] of [...(0,align/* commonSubsequence */.D)(a, b), [a.length, b.length]]) {
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
    return (typeof v === 'string' && v.includes('\n')) || oneLine(v).length > CELL;
}
function cell(c, side) {
    if (c.kind === 'moved')
        return `index ${side === 'old' ? c.from : c.to}`;
    if (!(side in c))
        return '';
    return code(clip(oneLine(c[side]), CELL));
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
    if (isTextChange(c, CELL)) {
        const lines = lineDiff(c.old, c.new).map((l) => (l.op === '…' ? '@@ … @@' : `${l.op} ${l.text}`));
        out.push('Changed lines:', '', ...fence(lines.join('\n'), 'diff'), '');
    }
    for (const s of sides) {
        const text = fullText(c[s]);
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
        return `${NO_CHANGE}\n`;
    const max = Math.max(1, opts.maxChangesPerStep ?? 100);
    const out = [`**Execution document:** ${headline(diff)}.`, '', '| Step | What changed |', '| --- | --- |'];
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

// EXTERNAL MODULE: ./build/action/report/markdown.js
var markdown = __webpack_require__(68525);
;// CONCATENATED MODULE: ./build/action/report/render-diff.js


/** Where the base was read from, in words. */
function baseLine(base) {
    const via = base.via === 'git' ? 'the local git checkout' : 'the GitHub API';
    return `<sub>Compared with the pull request's base commit ${base.ref} (read from ${via}).</sub>`;
}
/** The outcome of a comparison, as markdown: the diff, "no change", "new pipeline" or why there is no diff. */
function comparisonMarkdown(c) {
    switch (c.status) {
        case 'compared':
            return renderDiffMarkdown(c.diff).trimEnd();
        case 'new': {
            const files = c.missing.map((m) => `<code>${(0,markdown/* escapeMarkdown */.FV)(m)}</code>`).join(' and ');
            return `🆕 **New pipeline**: ${files} ${c.missing.length === 1 ? 'is' : 'are'} not in the base commit.`;
        }
        case 'unavailable':
            return `⚠️ **No diff against the base**: ${(0,markdown/* escapeMarkdown */.FV)(c.reason)}. The document was still generated and checked.`;
    }
}
/** The diff section: a heading, then the comparison or the note. Empty when there is nothing to say. */
function diffSection(diff) {
    if (!diff)
        return [];
    const body = diff.comparison
        ? comparisonMarkdown(diff.comparison)
        : diff.note
            ? `⚠️ No diff against the base: ${(0,markdown/* escapeMarkdown */.FV)(diff.note)}`
            : '';
    if (body === '')
        return [];
    return ['#### Changes in this pull request', '', body, ...(diff.base ? ['', baseLine(diff.base)] : [])];
}
/** The steps a comparison says changed: the diff's, every step of a new pipeline, none otherwise. */
function comparisonSteps(c, head) {
    if (!c)
        return [];
    if (c.status === 'compared')
        return c.diff.steps.map((s) => s.step);
    const steps = head?.['PIPELINE_STEP_CONFIGS'];
    if (c.status === 'new' && steps && typeof steps === 'object')
        return Object.keys(steps);
    return [];
}


/***/ }),

/***/ 63129:
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


/***/ })

};
