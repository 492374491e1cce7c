export const id = 376;
export const ids = [376];
export const modules = {

/***/ 376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runCommentMode: () => (/* binding */ runCommentMode)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77094);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14173);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56932);
/* harmony import */ var _inputs_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(52626);
/* harmony import */ var _inputs_network_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3763);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(24930);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(55218);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(33388);
/* harmony import */ var _comment_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(62787);
/* harmony import */ var _report_artifact_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(94872);
/**
 * `mode: comment`: posts the report of a pull request run from a `workflow_run` workflow, which runs in the base
 * repository with a token that may comment — the way to get a report onto a pull request from a fork, whose own run
 * gets a read-only token. The reports are the `exec-doc-report-*` artifacts of the triggering run (report-artifact.ts),
 * read through @actions/artifact with the run's id (the REST artifact API; the job needs `actions: read`).
 *
 * A fork's run can upload anything, so a report is posted only on the pull request whose head commit is the commit
 * the triggering run built (`workflow_run.head_sha`), as GitHub says now: a crafted report naming another PR, or an
 * old report after a newer push, is refused with a warning.
 */












/** Report artifacts read from one run at most (one per invocation of the action). */
const MAX_REPORTS = 20;
function short(sha) {
    return sha.slice(0, 7);
}
function why(e) {
    return (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .timeFailure */ .Ym)(e) ?? (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .noAnswer */ .qE)(e) ?? (e instanceof Error ? e.message : String(e));
}
/** Runs the comment mode. Misconfiguration is a UserError; everything about the network or the reports warns. */
async function runCommentMode(get, env) {
    const ctx = (0,_inputs_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readContext */ .yI)(env);
    const errors = [];
    const network = (0,_inputs_network_js__WEBPACK_IMPORTED_MODULE_6__/* .parseNetworkInputs */ .T)(get, errors);
    const token = get('github-token');
    if (ctx.eventName !== 'workflow_run')
        errors.push(`Input 'mode: comment' posts the report of another run from a workflow_run workflow; this run's event is ` +
            `'${ctx.eventName || '(none)'}'. See "Pull requests from forks" in the README.`);
    if (!token)
        errors.push(`Input 'github-token' is empty; 'mode: comment' needs a token to read artifacts and comment.`);
    if (!ctx.repository)
        errors.push('GITHUB_REPOSITORY is not set.');
    if (errors.length > 0 || !ctx.repository)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(errors);
    const run = (0,_inputs_context_js__WEBPACK_IMPORTED_MODULE_5__/* .triggeringRun */ .M0)(await (0,_inputs_context_js__WEBPACK_IMPORTED_MODULE_5__/* .readEventPayload */ .N5)(ctx));
    if (!run)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y('The workflow_run event payload has no workflow_run with an id and a head_sha.');
    if (!_inputs_context_js__WEBPACK_IMPORTED_MODULE_5__/* .PULL_REQUEST_EVENTS */ .m_.includes(run.event)) {
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Nothing to comment: run ${run.id} was triggered by '${run.event}', not by a pull request.`);
        _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('comment-url', '');
        return;
    }
    const budget = new _budget_js__WEBPACK_IMPORTED_MODULE_8__/* .NetworkBudget */ .o3(network.networkBudgetMs);
    const client = await (0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .createGitHubClient */ .LX)(token, ctx.apiUrl, { budget });
    const outcomes = await postReports(ctx, run, token, client, budget);
    const posted = outcomes.find((o) => o.url);
    _actions_core__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH('comment-url', posted?.url ?? '');
    const from = run.htmlUrl ? `[run ${run.id}](${run.htmlUrl})` : `run ${run.id}`;
    await (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeJobSummary */ .j)(_log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$(`### exec-doc: reports of ${from}\n\n${outcomes.map((o) => `- ${o.line}`).join('\n')}\n`));
}
async function postReports(ctx, run, token, client, budget) {
    const { owner, repo } = ctx.repository;
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 40111));
    const artifacts = new DefaultArtifactClient();
    const findBy = { token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo };
    let listed;
    try {
        ({ artifacts: listed } = await budget.race(`listing the artifacts of run ${run.id}`, artifacts.listArtifacts({ findBy, latest: true })));
    }
    catch (e) {
        const line = `Could not list the artifacts of run ${run.id}: ${why(e)}. The job needs 'permissions: actions: read'.`;
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(line);
        return [{ line }];
    }
    const reports = listed.filter((a) => a.name.startsWith(_report_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .REPORT_ARTIFACT_PREFIX */ .pf));
    if (reports.length === 0) {
        const line = `Run ${run.id} has no exec-doc report (no artifact named ${_report_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .REPORT_ARTIFACT_PREFIX */ .pf}*): did its exec-doc step ` +
            `run on the pull request with 'upload-artifact: true'?`;
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(line);
        return [{ line }];
    }
    const outcomes = [];
    for (const a of reports.slice(0, MAX_REPORTS)) {
        const report = await download(ctx, artifacts, a, findBy, budget);
        if ('error' in report) {
            const line = `Ignored the artifact '${a.name}' of run ${run.id}: ${report.error}.`;
            _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(line);
            outcomes.push({ line });
            continue;
        }
        outcomes.push(await post(client, ctx, run, a.name, report.info, report.markdown));
    }
    if (reports.length > MAX_REPORTS)
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`Run ${run.id} has ${reports.length} report artifacts; posted the first ${MAX_REPORTS}.`);
    return outcomes;
}
async function download(ctx, artifacts, a, findBy, budget) {
    if (a.size > 2 * _report_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .MAX_REPORT_BYTES */ .WA)
        return { error: `it is ${a.size} bytes, too large for a report` };
    let dir;
    try {
        dir = await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.mkdtemp(node_path__WEBPACK_IMPORTED_MODULE_1__.join(ctx.runnerTemp, 'exec-doc-report-download-'));
        await budget.race(`the download of the artifact '${a.name}'`, artifacts.downloadArtifact(a.id, { path: dir, findBy }));
        return await (0,_report_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .readReport */ .tL)(dir);
    }
    catch (e) {
        return { error: `could not download it: ${why(e)}` };
    }
    finally {
        if (dir)
            await node_fs__WEBPACK_IMPORTED_MODULE_0__.promises.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** Checks a report against the triggering run and the PR as GitHub has it now, then keeps its comment. */
async function post(client, ctx, run, artifact, info, markdown) {
    const { owner, repo } = ctx.repository;
    const pr = info.pull_request;
    const refuse = (reason) => {
        const line = `Refused the report in '${artifact}' for PR #${pr}: ${reason}.`;
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(line);
        return { line };
    };
    if (info.repository !== `${owner}/${repo}`)
        return refuse(`it was written for ${info.repository}, not ${owner}/${repo}`);
    if (info.head_sha !== run.headSha)
        return refuse(`it is for commit ${short(info.head_sha)}, but run ${run.id} built ${short(run.headSha)}`);
    if (run.pullRequests.length > 0 && !run.pullRequests.includes(pr))
        return refuse(`run ${run.id} belongs to PR ${run.pullRequests.map((n) => `#${n}`).join(', ')}`);
    let head;
    try {
        const { data } = await client.rest.pulls.get({ owner, repo, pull_number: pr });
        head = data.head.sha;
    }
    catch (e) {
        if ((0,_client_js__WEBPACK_IMPORTED_MODULE_9__/* .httpStatus */ .nG)(e) === 404)
            return refuse(`${owner}/${repo} has no pull request #${pr}`);
        const line = `Could not read PR #${pr} to check the report in '${artifact}': ${why(e)}.`;
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(line);
        return { line };
    }
    if (head !== run.headSha)
        return refuse(`its head is ${short(head)}, not ${short(run.headSha)} which run ${run.id} built (a report only comments on ` +
            `the pull request it was built for; after a newer push, the newer run's report comments)`);
    const body = _log_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$((0,_comment_js__WEBPACK_IMPORTED_MODULE_10__/* .commentBody */ .I2)(info.comment_key, markdown, run.htmlUrl, info.head_sha));
    try {
        const { url, action } = await (0,_comment_js__WEBPACK_IMPORTED_MODULE_10__/* .upsertComment */ .lB)(client, { owner, repo, issueNumber: pr }, info.comment_key, body);
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(action === 'unchanged'
            ? `PR #${pr} comment is up to date: ${url}`
            : `PR #${pr} comment ${action}: ${url}`);
        return { line: `PR #${pr}: comment ${action} (${url}).`, url };
    }
    catch (e) {
        const line = (0,_comment_js__WEBPACK_IMPORTED_MODULE_10__/* .commentFailureMessage */ .Fh)(e);
        _log_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(line);
        return { line };
    }
}


/***/ })

};
