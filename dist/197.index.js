export const id = 197;
export const ids = [197];
export const modules = {

/***/ 31197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decideComment: () => (/* binding */ decideComment)
/* harmony export */ });
/* unused harmony exports commentDecision, currentHead, staleHead */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(14173);
/**
 * When the PR comment is written (the `comment` input) and when a run must leave it alone:
 * - `never`: no comment; `always`: create or update it;
 * - `on-change`: create it only when a pipeline needs a look (a document or a DAG changes, a pipeline is new or not
 *   comparable, generation fails); an existing comment is always updated, so a PR that reverts its change says so;
 * - a stale run: when the pull request's head (`GET /repos/{o}/{r}/pulls/{n}` → `head.sha`) is no longer the commit
 *   this run reports on, a newer run reports on the newer commit; this one leaves the comment alone and says so.
 */

/** The decision from the input and the verdicts alone (no API call). */
function commentDecision(mode, needsALook) {
    if (mode === 'never')
        return { skip: "'comment: never'", create: false };
    return { create: mode === 'always' || needsALook };
}
/** The pull request's current head commit, or undefined when it cannot be read (then the run is not held back). */
async function currentHead(client, target) {
    try {
        const { data } = await client.rest.pulls.get({
            owner: target.owner,
            repo: target.repo,
            pull_number: target.issueNumber,
        });
        const sha = data.head?.sha;
        return typeof sha === 'string' ? sha : undefined;
    }
    catch (e) {
        _log_js__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(`Could not read the pull request's head: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}
/**
 * Why this run must not write the comment because its head is not the pull request's head any more; undefined when it
 * may write (same head, or either one unknown).
 */
async function staleHead(github, target, head) {
    if (!head)
        return undefined;
    let client;
    try {
        client = await github();
    }
    catch {
        return undefined;
    }
    const current = await currentHead(client, target);
    if (!current || current === head)
        return undefined;
    return (`this run reports on ${head.slice(0, 7)}, but the pull request's head is now ${current.slice(0, 7)}; ` +
        `the run for that commit writes the report`);
}
/** The whole policy for this run: the input, the verdicts, then (only when a comment would be written) the head. */
async function decideComment(mode, needsALook, github, target, head) {
    const decision = commentDecision(mode, needsALook);
    if (decision.skip)
        return decision;
    const stale = await staleHead(github, target, head);
    return stale ? { skip: stale, create: false } : decision;
}


/***/ })

};
