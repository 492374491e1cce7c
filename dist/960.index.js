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
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The head commit of a pull request event (`pull_request.head.sha`), when it is a commit id. */
function headSha(payload) {
    const sha = payload?.pull_request
        ?.head?.sha;
    return typeof sha === 'string' && SHA.test(sha) ? sha : undefined;
}
/**
 * How a reader runs this action's CLI: from the action's own repository at the ref the workflow uses
 * (`GITHUB_ACTION_REPOSITORY`, `GITHUB_ACTION_REF`), else from a clone of it.
 */
function cliCommand(env) {
    const repo = env['GITHUB_ACTION_REPOSITORY']?.trim();
    const ref = env['GITHUB_ACTION_REF']?.trim();
    if (repo && /^[\w.-]+\/[\w.-]+$/.test(repo))
        return `npx --yes github:${repo}${ref && /^[\w./-]+$/.test(ref) ? `#${ref}` : ''}`;
    return 'node dist/cli/index.js';
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
