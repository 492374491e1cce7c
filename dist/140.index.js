export const id = 140;
export const ids = [140];
export const modules = {

/***/ 56140:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadManifest: () => (/* binding */ loadManifest)
/* harmony export */ });
/* unused harmony export validateManifest */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88079);
/* harmony import */ var _io_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28959);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49986);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45411);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78213);
/**
 * The `pipelines` input: a list of `{name, dag, config, template?}` written inline in the workflow, or the path of a
 * manifest file (YAML or JSON) holding that list. validateManifest is pure and collects every mistake, each naming the
 * entry (`pipelines[2].config`) and, for a manifest file, annotated at its line; loadManifest is the I/O half.
 */





const FIELDS = ['name', 'dag', 'config', 'template'];
/**
 * Names become file names (`<name>.json` in the output directory and the artifact) and prefixes of outputs
 * (`<name>/<step>`): letters, digits, `.`, `_` and `-`, starting with a letter or digit.
 */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_NAME = 100;
function located(message, where) {
    if (!where)
        return message;
    if ('inputLine' in where) {
        const at = `(line ${where.inputLine} of the 'pipelines' input)`;
        return message.endsWith('.') ? `${message.slice(0, -1)} ${at}.` : `${message} ${at}`;
    }
    return { message, ...where };
}
/** Checks the parsed manifest: a non-empty list of entries with unique names and paths inside the workspace. */
function validateManifest(value, locate, options) {
    const errors = [];
    const err = (pointer, message) => {
        errors.push(located(message, locate(pointer)));
    };
    if (!Array.isArray(value)) {
        const got = value === null ? 'null' : typeof value === 'object' ? 'a mapping' : `a ${typeof value}`;
        err('', `Input 'pipelines': expected a list of pipelines ({name, dag, config, template?}); got ${got}.`);
        return { errors };
    }
    if (value.length === 0) {
        err('', `Input 'pipelines': the list is empty; give at least one {name, dag, config, template?}.`);
        return { errors };
    }
    const pipelines = [];
    const indexes = [];
    const byName = new Map();
    value.forEach((entry, i) => {
        const at = `pipelines[${i}]`;
        if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            err(`/${i}`, `${at}: expected a mapping {name, dag, config, template?}; got ${JSON.stringify(entry)}.`);
            return;
        }
        const record = entry;
        let ok = true;
        for (const key of Object.keys(record)) {
            if (!FIELDS.includes(key)) {
                err(`/${i}/${key}`, `${at}: unknown field '${key}'; the fields are ${FIELDS.join(', ')}.`);
                ok = false;
            }
        }
        const text = (field, required) => {
            const v = record[field];
            if (v === undefined || v === null || v === '') {
                if (required) {
                    err(`/${i}`, `${at}.${field} is missing: ${describe(field)}.`);
                    ok = false;
                }
                return undefined;
            }
            if (typeof v !== 'string') {
                err(`/${i}/${field}`, `${at}.${field} must be a string (${describe(field)}); got ${JSON.stringify(v)}.`);
                ok = false;
                return undefined;
            }
            return v;
        };
        const file = (field, required) => {
            const v = text(field, required);
            if (v === undefined)
                return undefined;
            const absolute = (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveWithin */ .s5)(options.workspace, v);
            if (!absolute) {
                err(`/${i}/${field}`, `${at}.${field}: '${v}' is outside the workspace (${options.workspace}); paths are relative to GITHUB_WORKSPACE.`);
                ok = false;
                return undefined;
            }
            return { input: v, absolute, display: (0,_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(options.workspace, absolute) };
        };
        const name = text('name', true);
        if (name !== undefined) {
            if (!NAME.test(name) || name.length > MAX_NAME) {
                err(`/${i}/name`, `${at}.name '${name}' is not a valid name: use letters, digits, '.', '_' and '-', starting with a letter ` +
                    `or digit, at most ${MAX_NAME} characters (it names the document file and prefixes the outputs).`);
                ok = false;
            }
            else {
                const key = name.toLowerCase();
                const first = byName.get(key);
                if (first) {
                    err(`/${i}/name`, `${at}.name '${name}' is already the name of pipelines[${first.index}] ('${first.name}'); names must be ` +
                        `unique, ignoring case (they name the document files).`);
                    ok = false;
                }
                else
                    byName.set(key, { index: i, name });
            }
        }
        const dag = file('dag', true);
        const config = file('config', true);
        const template = file('template', false);
        if (!ok || !name || !dag || !config)
            return;
        const output = (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .documentPath */ .jW)(options.outputDir, name, options.format);
        const overwritten = [dag, config, template].find((f) => f?.absolute === output);
        if (overwritten) {
            err(`/${i}/name`, `${at}: its document (${output}) would overwrite its input file ${overwritten.display}; rename the ` +
                `pipeline or set 'output' to another directory.`);
            return;
        }
        if (options.manifestFile?.absolute === output) {
            err(`/${i}/name`, `${at}: its document (${output}) would overwrite the manifest ${options.manifestFile.display}; rename the ` +
                `pipeline or set 'output' to another directory.`);
            return;
        }
        pipelines.push(template ? { name, dag, config, template } : { name, dag, config });
        indexes.push(i);
    });
    // A document of one pipeline must not overwrite an input of another.
    const outputs = new Map(pipelines.map((p) => [(0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .documentPath */ .jW)(options.outputDir, p.name, options.format), p.name]));
    pipelines.forEach((p, k) => {
        for (const f of [p.dag, p.config, p.template]) {
            const other = f && outputs.get(f.absolute);
            if (other) {
                const i = indexes[k];
                err(`/${i}`, `pipelines[${i}]: its input ${f.display} would be overwritten by the document of pipeline '${other}'; ` +
                    `set 'output' to another directory.`);
            }
        }
    });
    return errors.length > 0 ? { errors } : { pipelines, errors };
}
function describe(field) {
    switch (field) {
        case 'name':
            return 'the pipeline name, which names its document';
        case 'dag':
            return 'the path of the pipeline DAG (JSON or YAML), relative to the workspace';
        case 'config':
            return 'the path of the saved cursus config (JSON), relative to the workspace';
        case 'template':
            return 'the path of the execution-document template, relative to the workspace';
    }
}
/** A parsed manifest's locator: file positions for a manifest file, input lines for inline YAML. */
function locator(source, inline) {
    return (pointer) => {
        const { line, column } = source.locate(pointer);
        return inline ? { inputLine: line } : { file: source.name, line, column };
    };
}
/**
 * Reads (for a file) and parses the manifest, validates it, then checks every file it names on disk (each file once,
 * however many pipelines share it). Returns the pipelines, or every mistake found.
 */
async function loadManifest(source, options) {
    let text;
    let name;
    if (source.kind === 'inline') {
        text = source.text;
        name = "the 'pipelines' input";
    }
    else {
        const read = await (0,_io_files_js__WEBPACK_IMPORTED_MODULE_1__/* .readSourceFile */ .uj)(source.file.absolute, source.file.display);
        if (!read.source) {
            const p = read.problem;
            return {
                errors: [`Input 'pipelines': cannot read the manifest '${source.file.input}': ${p?.message ?? ''}`],
            };
        }
        ({ text, name } = read.source);
    }
    const format = source.kind === 'file' && /\.json$/i.test(source.file.absolute) ? 'json' : 'yaml';
    if (format === 'yaml')
        await (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__.loadYaml)();
    const parsed = (0,_core_index_js__WEBPACK_IMPORTED_MODULE_0__.parseSource)({ name, text, format });
    if (!parsed.source) {
        return {
            errors: parsed.problems.map((p) => source.kind === 'inline'
                ? `Input 'pipelines': ${p.message} (line ${p.line ?? 1} of the input)`
                : { message: `Input 'pipelines': ${p.message}`, file: p.file, line: p.line, column: p.column }),
        };
    }
    const locate = locator(parsed.source, source.kind === 'inline');
    const { pipelines, errors } = validateManifest(parsed.source.value, locate, {
        ...options,
        ...(source.kind === 'file' ? { manifestFile: source.file } : {}),
    });
    if (!pipelines)
        return { errors };
    // Each distinct file is checked once; every entry that names a missing one fails with it, located at that entry.
    const problems = new Map();
    const check = (f, label) => {
        let p = problems.get(f.absolute);
        if (!p)
            problems.set(f.absolute, (p = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .checkInputFile */ .xR)(label, f, options.workspace)));
        return p;
    };
    // (validateManifest returned pipelines, so every entry is valid: list index i is the manifest index.)
    const specs = await Promise.all(pipelines.map(async (p, i) => {
        const unreadable = [];
        for (const field of ['dag', 'config', 'template']) {
            const f = p[field];
            if (!f)
                continue;
            const problem = await check(f, `pipelines[${i}].${field}`);
            if (problem === undefined)
                continue;
            const where = located(problem.replace(/^pipelines\[\d+\]/, `pipelines[${i}]`), locate(`/${i}/${field}`));
            unreadable.push(typeof where === 'string'
                ? { severity: 'error', code: 'input/read', message: where, file: f.display }
                : { severity: 'error', code: 'input/read', ...where });
        }
        return unreadable.length > 0 ? { ...p, unreadable } : p;
    }));
    return { pipelines: specs, errors: [] };
}


/***/ })

};
