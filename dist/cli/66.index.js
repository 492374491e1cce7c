export const id = 66;
export const ids = [66];
export const modules = {

/***/ 1066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDiff: () => (/* binding */ runDiff)
/* harmony export */ });
/* harmony import */ var _core_diff_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5795);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9376);
/* harmony import */ var _documents_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(971);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2164);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8288);





/**
 * Reads an execution document for comparison. Structural problems (not an object, no PIPELINE_STEP_CONFIGS...)
 * stop the diff; the placeholder image URI is reported but does not: a diff should show it, not refuse it.
 */
async function readForDiff(path, stdin) {
    const read = await (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInput */ .R5)(path, stdin);
    if (!read.source)
        return { problems: read.problem ? [read.problem] : [] };
    return (0,_documents_js__WEBPACK_IMPORTED_MODULE_2__/* .checkedDocument */ .Tw)(read.source, { placeholder: 'warning' });
}
/**
 * `exec-doc diff BASE HEAD [--format text|json|markdown]` (one of them may be `-`, standard input): exits 0 when the documents are equal, 1 when they differ
 * (as `diff` and `git diff --exit-code` do), 2 for a bad input or usage.
 */
async function runDiff(args, io) {
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .formatOption */ .Bx)(args, ['text', 'json', 'markdown'], 'text');
    const [basePath, headPath] = (0,_args_js__WEBPACK_IMPORTED_MODULE_1__/* .positionals */ .g9)(args, 2, 'two execution documents (BASE HEAD)');
    const [base, head] = await Promise.all([
        readForDiff(basePath, io.stdin),
        readForDiff(headPath, io.stdin),
    ]);
    (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .printProblems */ .Mr)(io, [...base.problems, ...head.problems]);
    if (base.doc === undefined || head.doc === undefined)
        return 2;
    const diff = (0,_core_diff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .diffDocuments */ .me)(base.doc, head.doc);
    const render = format === 'json' ? _core_diff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDiffJson */ .mS : format === 'markdown' ? _core_diff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDiffMarkdown */ .rw : _core_diff_index_js__WEBPACK_IMPORTED_MODULE_0__/* .renderDiffText */ .pQ;
    io.stdout.write(render(diff));
    return diff.equal ? 0 : 1;
}


/***/ })

};
