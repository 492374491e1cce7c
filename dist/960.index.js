export const id = 960;
export const ids = [960];
export const modules = {

/***/ 14960:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cliCommand: () => (/* binding */ cliCommand),
/* harmony export */   headSha: () => (/* binding */ headSha),
/* harmony export */   reportInput: () => (/* binding */ reportInput)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/**
 * The report's input gathered from a run of the action: the pipelines and their comparisons, the inputs, the event
 * (compared commits), the runner's environment (server, repository, run, the action's own repository for the
 * reproduce command) and the artifact.
 */

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The head commit of a pull request event (`pull_request.head.sha`), when it is a commit id. */
function headSha(payload) {
    const sha = payload?.pull_request
        ?.head?.sha;
    return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}
/**
 * How a reader runs this action's CLI, as shell words, from the root of their repository: from the action's own
 * repository at the ref the workflow uses (`GITHUB_ACTION_REPOSITORY`, `GITHUB_ACTION_REF`: `npx --yes
 * github:acme/exec-doc#v1`); for an action of the repository itself (`uses: ./path`), its bundled CLI under `$ROOT`,
 * the repository root; else the `exec-doc` command of an installed CLI.
 */
function cliCommand(env) {
    const repo = env['GITHUB_ACTION_REPOSITORY']?.trim();
    const ref = env['GITHUB_ACTION_REF']?.trim();
    if (repo && /^[\w.-]+\/[\w.-]+$/.test(repo))
        return `npx --yes github:${repo}${ref && /^[\w./-]+$/.test(ref) ? `#${ref}` : ''}`;
    const workspace = env['GITHUB_WORKSPACE']?.trim();
    const action = env['GITHUB_ACTION_PATH']?.trim();
    if (workspace && action) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_0__.relative(node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(workspace), node_path__WEBPACK_IMPORTED_MODULE_0__.resolve(action)).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join('/');
        if (rel === '')
            return 'node "$ROOT/dist/cli/index.js"';
        if (/^[\w.][\w./-]*$/.test(rel) && !rel.split('/').includes('..'))
            return `node "$ROOT/${rel}/dist/cli/index.js"`;
    }
    return 'exec-doc';
}
/** The report's input for a run (see {@link ReportInput}). */
function reportInput(runs, facts) {
    const { inputs, ctx, payload, env, many, pullRequest, artifact, diff } = facts;
    const head = pullRequest ? headSha(payload) : env['GITHUB_SHA']?.trim();
    return {
        key: inputs.commentKey,
        many,
        pullRequest,
        lenient: inputs.lenient,
        cli: cliCommand(env),
        ...(pullRequest && diff?.note ? { baseNote: diff.note } : {}),
        ...(pullRequest && diff?.removed?.length ? { removed: diff.removed } : {}),
        provenance: {
            server: ctx.serverUrl,
            ...(ctx.repository ? { repository: `${ctx.repository.owner}/${ctx.repository.repo}` } : {}),
            ...(pullRequest && diff?.base ? { base: diff.base.sha, via: diff.base.via } : {}),
            ...(head && SHA.test(head) ? { head } : {}),
            ...(facts.runUrl ? { run: facts.runUrl } : {}),
            ...(artifact.url ? { artifact: artifact.url } : {}),
            ...(artifact.note ? { artifactNote: artifact.note } : {}),
        },
        pipelines: runs.map((r) => ({
            name: r.spec.name,
            files: {
                dag: r.spec.dag.display,
                config: r.spec.config.display,
                ...(r.spec.template ? { template: r.spec.template.display } : {}),
            },
            report: r.outcome.report,
            ...(r.comparison ? { comparison: r.comparison } : {}),
        })),
    };
}


/***/ })

};
