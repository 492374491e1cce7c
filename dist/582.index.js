export const id = 582;
export const ids = [582];
export const modules = {

/***/ 99582:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BASE_ATTEMPTS: () => (/* binding */ BASE_ATTEMPTS),
/* harmony export */   apiBase: () => (/* binding */ apiBase),
/* harmony export */   baseSha: () => (/* binding */ baseSha),
/* harmony export */   openGitBase: () => (/* binding */ openGitBase)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33388);
/* harmony import */ var _map_limit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11511);


/** The base commit of a pull request event payload (`pull_request.base.sha`), when it is a commit id. */
function baseSha(payload) {
    const sha = payload?.pull_request
        ?.base?.sha;
    // A full object id only: it is passed to git as an argument.
    return typeof sha === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(sha) ? sha : undefined;
}
function decodeUtf8(bytes, path) {
    try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return new Error(`${path} is not valid UTF-8 at the base`);
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Local git
/** Large enough for the biggest configs git would hand over in one `cat-file --batch`. */
const GIT_MAX_BUFFER = 1 << 30;
/** Runs git in `cwd` (no shell), feeding `input` on stdin. child_process is loaded here: only pull requests need it. */
async function git(cwd, args, input) {
    const { execFile } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 31421, 19));
    return new Promise((resolve, reject) => {
        const child = execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: GIT_MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
            if (error)
                reject(new Error(`git ${args[0]} ${args[1] ?? ''}: ${stderr.toString('utf8').trim() || error.message}`));
            else
                resolve(stdout);
        });
        child.stdin?.on('error', () => undefined); // git may exit before reading everything; the callback reports it
        child.stdin?.end(input ?? '');
    });
}
/** `<sha>:./<path>` names the file relative to the working directory (the workspace), wherever the repository root is. */
function objectName(sha, path) {
    return `${sha}:./${path}`;
}
/** Paths `cat-file --batch` cannot take (its input is line-based). */
function batchable(path) {
    return !/[\r\n]/.test(path);
}
/**
 * The base from the workspace's own git repository, when it holds the commit (`git cat-file -e <sha>^{commit}`);
 * undefined otherwise (shallow checkout, no repository, no git).
 */
async function openGitBase(workspace, sha) {
    try {
        await git(workspace, ['cat-file', '-e', `${sha}^{commit}`]);
    }
    catch {
        return undefined;
    }
    return {
        via: 'git',
        async blobIds(paths) {
            const ok = paths.filter(batchable);
            const out = await git(workspace, ['cat-file', '--batch-check'], ok.map((p) => `${objectName(sha, p)}\n`).join(''));
            const lines = out.toString('utf8').split('\n');
            const ids = new Map(paths.map((p) => [p, undefined]));
            ok.forEach((p, i) => {
                const m = /^([0-9a-f]+) (\w+) \d+$/.exec(lines[i] ?? '');
                if (m)
                    ids.set(p, m[2] === 'blob' ? m[1] : null);
                else if (/ missing$/.test(lines[i] ?? ''))
                    ids.set(p, null);
            });
            return ids;
        },
        async read(paths) {
            const files = new Map();
            const ok = paths.filter(batchable);
            for (const p of paths)
                if (!batchable(p))
                    files.set(p, new Error(`${JSON.stringify(p)}: unsupported path`));
            let out;
            try {
                out = await git(workspace, ['cat-file', '--batch'], ok.map((p) => `${objectName(sha, p)}\n`).join(''));
            }
            catch (e) {
                for (const p of ok)
                    files.set(p, e instanceof Error ? e : new Error(String(e)));
                return files;
            }
            let at = 0;
            for (const p of ok) {
                const eol = out.indexOf(0x0a, at);
                const header = out.toString('utf8', at, eol < 0 ? out.length : eol);
                at = eol + 1;
                const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
                if (!m) {
                    files.set(p, / missing$/.test(header) ? null : new Error(`git cat-file: ${header}`));
                    continue;
                }
                const size = Number(m[2]);
                const body = out.subarray(at, at + size);
                at += size + 1; // the content is followed by a newline
                files.set(p, m[1] === 'blob' ? decodeUtf8(body, p) : null);
            }
            return files;
        },
    };
}
// ---------------------------------------------------------------------------------------------------------------
// GitHub REST API
/** Contents requests in flight at once (the throttling plugin queues beyond its own limits too). */
const API_CONCURRENCY = 6;
/**
 * Attempts of a base request: the base is best effort, so one retry of a 5xx or a timeout, not the client's default
 * of two. For the client that reads the base (see createGitHubClient).
 */
const BASE_ATTEMPTS = 2;
function describeFailure(e) {
    const late = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .timeFailure */ .Ym)(e) ?? (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .noAnswer */ .qE)(e);
    if (late)
        return late;
    const status = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(e);
    const message = e instanceof Error ? e.message : String(e);
    if (status === 401)
        return 'HTTP 401: the github-token input is not a valid token';
    if (status === 403)
        return `HTTP 403: the token needs the 'contents: read' permission (${message.split('\n')[0] ?? ''})`;
    return status === undefined ? message : `HTTP ${status}: ${message.split('\n')[0] ?? ''}`;
}
/** The text of a contents response in whatever form Octokit parsed it. */
function contentText(data, path) {
    if (typeof data === 'string')
        return data;
    if (data instanceof ArrayBuffer)
        return decodeUtf8(new Uint8Array(data), path);
    if (ArrayBuffer.isView(data))
        return decodeUtf8(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), path);
    // A server that ignores the raw media type answers with the JSON object and base64 content.
    const o = data;
    if (o && o.type === 'file' && o.encoding === 'base64' && typeof o.content === 'string')
        return decodeUtf8(Buffer.from(o.content, 'base64'), path);
    if (o && (Array.isArray(data) || o.type === 'dir'))
        return new Error(`${path} is a directory at the base`);
    return new Error(`unexpected response for ${path}`);
}
/**
 * The base through the REST API: one recursive tree listing (`GET /repos/{o}/{r}/git/trees/{sha}?recursive=1`) for
 * the blob ids, then `GET /repos/{o}/{r}/contents/{path}?ref={sha}` (raw media type) for each file to read. A
 * truncated listing (a very large repository) leaves every id unknown, so every file is read; a 404 on a file means
 * the base has no such file.
 */
function apiBase(client, { owner, repo, sha }) {
    return {
        via: 'api',
        async blobIds(paths) {
            let tree;
            let truncated;
            try {
                const { data } = await client.rest.git.getTree({
                    owner,
                    repo,
                    tree_sha: sha,
                    recursive: 'true',
                });
                ({ tree, truncated } = data);
            }
            catch (e) {
                throw new Error(`cannot list the base commit ${sha.slice(0, 7)} (${describeFailure(e)})`, {
                    cause: e,
                });
            }
            const wanted = new Set(paths);
            const ids = new Map(paths.map((p) => [p, truncated ? undefined : null]));
            for (const entry of tree) {
                if (!entry.path || !wanted.has(entry.path))
                    continue;
                // Symlinks and submodules: unknown, let the contents API say what is there.
                ids.set(entry.path, entry.type === 'blob' && entry.sha ? entry.sha : entry.type === 'tree' ? null : undefined);
            }
            return ids;
        },
        async read(paths) {
            const texts = await (0,_map_limit_js__WEBPACK_IMPORTED_MODULE_1__/* .mapLimit */ .s)(paths, API_CONCURRENCY, async (path) => {
                try {
                    const { data } = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
                        owner,
                        repo,
                        path,
                        ref: sha,
                        headers: { accept: 'application/vnd.github.raw+json' },
                    });
                    return contentText(data, path);
                }
                catch (e) {
                    if ((0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .httpStatus */ .nG)(e) === 404)
                        return null;
                    return new Error(`cannot read ${path} at the base (${describeFailure(e)})`);
                }
            });
            return new Map(paths.map((p, i) => [p, texts[i]]));
        },
    };
}


/***/ })

};
