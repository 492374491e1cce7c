/**
 * A loopback stand-in for the GitHub API endpoints the action uses. For PR comments:
 * `POST /graphql` (`viewer { login __typename }`, and `nodes(ids:)` for `isMinimized`), `GET /user`,
 * `GET|POST /repos/{o}/{r}/issues/{n}/comments` (per_page/page pagination with `Link` headers),
 * `PATCH|DELETE /repos/{o}/{r}/issues/comments/{id}` and `GET /repos/{o}/{r}/pulls/{n}`; for the base commit's files:
 * `GET /repos/{o}/{r}/git/trees/{sha}?recursive=1` and `GET /repos/{o}/{r}/contents/{path}?ref={sha}` (raw media
 * type, or the JSON object with base64 content), served from `files` per commit, 404 for unknown paths and commits;
 * for the artifacts of other runs (what @actions/artifact calls with `findBy`, `actions: read`):
 * `GET /repos/{o}/{r}/actions/runs/{run_id}/artifacts` and `GET /repos/{o}/{r}/actions/artifacts/{id}/zip` (302 to
 * the blob), backed by an ArtifactServer (see `linkArtifacts`).
 *
 * Tokens map to identities as GitHub has them:
 * - a token in `users` is a PAT: `GET /user` answers its login, GraphQL's viewer is that User;
 * - a token in `apps` is a GitHub App installation token: `GET /user` → 403, GraphQL's viewer is the Bot `<slug>`
 *   (no `[bot]` suffix there), its comments are authored by `<slug>[bot]`;
 * - any other token acts as the Actions GITHUB_TOKEN: `GET /user` → 403, viewer the Bot `github-actions`, comments
 *   by `github-actions[bot]`.
 * `userStatus`/`graphqlStatus` make those endpoints answer a fixed status instead (e.g. 404, as some proxies do).
 *
 * Faults, for resilience tests (`fault`): `hang` accepts requests and never answers; `rate-limit` answers every
 * request 429 with `Retry-After: 3600` (or 403 with `x-ratelimit-remaining: 0` for `rate-limit-403`); `echo-auth`
 * answers 500 with the request's Authorization header in the error message. `paginationLoop` makes the comment
 * list's `Link: next` point back at the page itself.
 */
import { createHash } from 'node:crypto';
import type { ArtifactServer } from './artifact.js';
import { listen, sendJson, type LoopbackServer, type RecordedRequest } from './http.js';

export const ACTIONS_BOT = 'github-actions[bot]';

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  html_url: string;
  /** Hidden by a maintainer ("minimize"). */
  minimized?: boolean;
}

export type GitHubFault = 'none' | 'hang' | 'rate-limit' | 'rate-limit-403' | 'echo-auth';

export interface PullRequest {
  headSha: string;
  /** `owner/repo` of the head; a fork's differs from the base. */
  headRepo?: string;
}

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** PAT → login. */
  users?: Record<string, string>;
  /** GitHub App installation token → app slug. */
  apps?: Record<string, string>;
  /** `GET /user` answers this status for every token (e.g. 404). */
  userStatus?: number;
  /** `POST /graphql` answers this status for every query (e.g. 404). */
  graphqlStatus?: number;
  /** Pull requests by number (`GET /repos/{o}/{r}/pulls/{n}` → `head.sha`); others answer 404. */
  pulls?: Record<number, PullRequest>;
  /** Comments already on issues (e.g. other people's, or enough to fill several pages). */
  comments?: Omit<StoredComment, 'id' | 'html_url'>[];
  /** Repository files per commit: sha → repository-relative path → text. */
  files?: Record<string, Record<string, string>>;
}

/** How the trees endpoint answers: normally, `truncated: true` (a huge repository), or with an HTTP status. */
export type TreeMode = 'ok' | 'truncated' | number;

/**
 * - `ok`: normal;
 * - `forbidden`: comment endpoints answer 403 "Resource not accessible by integration" (fork PR, missing permission);
 * - `error-once`: the next comment-endpoint request answers 502, later ones are normal.
 */
export type GitHubMode = 'ok' | 'forbidden' | 'error-once';

export interface GitHubServer extends LoopbackServer {
  comments: StoredComment[];
  mode: GitHubMode;
  /** Requests to comment endpoints, in order, as `METHOD path`. */
  commentCalls(): string[];
  /** Files per commit, as in the options; tests may add commits. */
  files: Record<string, Record<string, string>>;
  /** Contents requests for these repository paths answer with this status (e.g. 500). */
  contentsFailures: Map<string, number>;
  treeMode: TreeMode;
  /** Contents requests, in order, as `path@ref` (path decoded), with the Accept header they sent. */
  contentsCalls(): { path: string; ref: string; accept: string }[];
  /** Tree requests, in order, as `sha?query`. */
  treeCalls(): string[];
  fault: GitHubFault;
  paginationLoop: boolean;
  /**
   * Holds the next comment-list requests until this many are waiting, then answers them all: two runs that list
   * at the same moment and both find no comment (matrix legs racing to create the first).
   */
  holdCommentLists: number;
  pulls: Map<number, PullRequest>;
  /** Serves the REST artifact endpoints from `artifacts`; `runs` maps a REST run id to its backend id. */
  linkArtifacts(artifacts: ArtifactServer, runs: Record<string, string>): void;
}

/** The id git gives a blob with this text. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

const DEFAULT_USERS: Record<string, string> = {};

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const owner = options.owner ?? 'octo';
  const repo = options.repo ?? 'pipelines';
  const users = options.users ?? DEFAULT_USERS;
  const apps = options.apps ?? {};
  const pulls = new Map<number, PullRequest>(
    Object.entries(options.pulls ?? {}).map(([n, p]) => [Number(n), p]),
  );
  const linked: { artifacts?: ArtifactServer; runs: Record<string, string> } = { runs: {} };
  const comments: StoredComment[] = [];
  let nextId = 1000;
  const add = (c: Omit<StoredComment, 'id' | 'html_url'>): StoredComment => {
    const id = nextId++;
    const stored = {
      ...c,
      id,
      html_url: `https://github.com/${owner}/${repo}/pull/${c.issue}#issuecomment-${id}`,
    };
    comments.push(stored);
    return stored;
  };
  for (const c of options.comments ?? []) add(c);

  const toApi = (c: StoredComment): object => ({
    id: c.id,
    node_id: `IC_kwDO${c.id}`,
    body: c.body,
    html_url: c.html_url,
    user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
  });

  const prefix = `/repos/${owner}/${repo}/issues`;
  const state: { mode: GitHubMode; treeMode: TreeMode; fault: GitHubFault; paginationLoop: boolean } = {
    mode: 'ok',
    treeMode: 'ok',
    fault: 'none',
    paginationLoop: false,
  };
  const hold = { count: 0, waiting: [] as (() => void)[] };
  const files: Record<string, Record<string, string>> = { ...options.files };
  const contentsFailures = new Map<string, number>();
  const contentsPrefix = `/repos/${owner}/${repo}/contents/`;
  const treesPrefix = `/repos/${owner}/${repo}/git/trees/`;

  /** The recursive tree of a commit: every directory and file of `files[sha]`. */
  const tree = (sha: string): object[] => {
    const entries = new Map<string, object>();
    for (const [p, text] of Object.entries(files[sha] ?? {})) {
      const parts = p.split('/');
      for (let i = 1; i < parts.length; i++) {
        const dir = parts.slice(0, i).join('/');
        entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha: gitBlobId(`tree ${dir}`) });
      }
      const sha1 = gitBlobId(text);
      entries.set(p, { path: p, mode: '100644', type: 'blob', sha: sha1, size: Buffer.byteLength(text) });
    }
    return [...entries.values()];
  };

  const repoFiles = (
    req: RecordedRequest,
    url: URL,
    res: Parameters<Parameters<typeof listen>[0]>[1],
  ): boolean => {
    if (req.method !== 'GET') return false;
    if (url.pathname.startsWith(treesPrefix)) {
      const sha = decodeURIComponent(url.pathname.slice(treesPrefix.length));
      if (typeof state.treeMode === 'number') sendJson(res, state.treeMode, { message: 'Server Error' });
      else if (!files[sha]) sendJson(res, 404, NOT_FOUND);
      else
        sendJson(res, 200, {
          sha,
          url: `${server.url}${url.pathname}`,
          tree: state.treeMode === 'truncated' ? [] : tree(sha),
          truncated: state.treeMode === 'truncated',
        });
      return true;
    }
    if (!url.pathname.startsWith(contentsPrefix)) return false;
    const path = url.pathname.slice(contentsPrefix.length).split('/').map(decodeURIComponent).join('/');
    const ref = url.searchParams.get('ref') ?? 'main';
    const failure = contentsFailures.get(path);
    if (failure !== undefined) {
      sendJson(res, failure, { message: 'Server Error' });
      return true;
    }
    const text = files[ref]?.[path];
    if (text === undefined) {
      sendJson(res, 404, NOT_FOUND);
      return true;
    }
    if ((req.headers.accept ?? '').includes('application/vnd.github.raw')) {
      res.writeHead(200, {
        'content-type': 'application/vnd.github.raw+json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    } else {
      sendJson(res, 200, {
        type: 'file',
        encoding: 'base64',
        path,
        sha: gitBlobId(text),
        size: Buffer.byteLength(text),
        content: Buffer.from(text).toString('base64'),
      });
    }
    return true;
  };

  /** Who a request's token is: the login its comments are authored by, and what GraphQL's viewer says. */
  const identify = (
    req: RecordedRequest,
  ): { login: string; viewer: { login: string; __typename: string }; pat: boolean } | undefined => {
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    if (!token) return undefined;
    const user = users[token];
    if (user) return { login: user, viewer: { login: user, __typename: 'User' }, pat: true };
    const app = apps[token];
    if (app) return { login: `${app}[bot]`, viewer: { login: app, __typename: 'Bot' }, pat: false };
    return { login: ACTIONS_BOT, viewer: { login: 'github-actions', __typename: 'Bot' }, pat: false };
  };

  const graphql = (
    req: RecordedRequest,
    res: Parameters<Parameters<typeof listen>[0]>[1],
    viewer: object,
  ): void => {
    if (options.graphqlStatus) return sendJson(res, options.graphqlStatus, { message: 'Not Found' });
    const { query, variables } = JSON.parse(req.body.toString('utf8') || '{}') as {
      query?: string;
      variables?: { ids?: string[] };
    };
    if (/\bviewer\s*\{/.test(query ?? '')) return sendJson(res, 200, { data: { viewer } });
    if (/\bnodes\s*\(\s*ids:/.test(query ?? '')) {
      const nodes = (variables?.ids ?? []).map((id) => {
        const c = comments.find((x) => `IC_kwDO${x.id}` === id);
        return c ? { id, isMinimized: c.minimized === true } : null;
      });
      return sendJson(res, 200, { data: { nodes } });
    }
    return sendJson(res, 200, {
      errors: [{ message: `this fake does not answer ${query ?? '(no query)'}` }],
    });
  };

  const actions = (url: URL, res: Parameters<Parameters<typeof listen>[0]>[1]): boolean => {
    const list = new RegExp(`^/repos/${owner}/${repo}/actions/runs/(\\d+)/artifacts$`).exec(url.pathname);
    const zip = new RegExp(`^/repos/${owner}/${repo}/actions/artifacts/(\\d+)/zip$`).exec(url.pathname);
    if (!list && !zip) return false;
    const store = linked.artifacts;
    if (!store) {
      sendJson(res, 404, NOT_FOUND);
      return true;
    }
    if (list) {
      const backend = linked.runs[list[1]!];
      const all = store.artifacts.filter((a) => a.finalized && a.runBackendId === backend);
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage).map((a) => ({
        id: a.id,
        node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
        name: a.name,
        size_in_bytes: a.size ?? 0,
        url: `${server.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}`,
        archive_download_url: `${server.url}/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`,
        expired: false,
        digest: a.hash ?? null,
        created_at: a.createdAt,
        updated_at: a.createdAt,
        expires_at: a.expiresAt ?? null,
        workflow_run: { id: Number(list[1]) },
      }));
      sendJson(res, 200, { total_count: all.length, artifacts: slice });
      return true;
    }
    const a = store.artifacts.find((x) => x.finalized && String(x.id) === zip![1]);
    if (!a) {
      sendJson(res, 404, NOT_FOUND);
      return true;
    }
    res.writeHead(302, { location: store.readUrl(a), 'content-length': 0 }).end();
    return true;
  };

  type Response = Parameters<Parameters<typeof listen>[0]>[1];
  /** One page of an issue's comments, with `Link` headers as GitHub sends them. */
  const answerList = (issue: number, url: URL, res: Response): void => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const page = Number(url.searchParams.get('page') ?? 1);
    const all = comments.filter((c) => c.issue === issue);
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const u = new URL(`${server.url}${url.pathname}`);
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const rels = state.paginationLoop
      ? [link(Math.min(page, last), 'next')]
      : [page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : ''];
    const header = rels.filter(Boolean).join(', ');
    const slice = all.slice((page - 1) * perPage, page * perPage).map(toApi);
    sendJson(res, 200, slice, header ? { link: header } : {});
  };

  const server = await listen((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (state.fault === 'hang') return; // accepted, never answered
    if (state.fault === 'rate-limit' || state.fault === 'rate-limit-403') {
      const reset = Math.floor(Date.now() / 1000) + 3600;
      return sendJson(
        res,
        state.fault === 'rate-limit' ? 429 : 403,
        {
          message: 'API rate limit exceeded for installation.',
          documentation_url: 'https://docs.github.com/rest',
        },
        {
          ...(state.fault === 'rate-limit' ? { 'retry-after': '3600' } : {}),
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-resource': 'core',
        },
      );
    }
    if (state.fault === 'echo-auth')
      return sendJson(res, 500, {
        message: `upstream failed for a request with Authorization: ${req.headers.authorization ?? ''}`,
      });
    const id = identify(req);
    if (!id) return sendJson(res, 401, { message: 'Requires authentication' });
    const who = id.login;
    if (req.method === 'POST' && url.pathname === '/graphql') return graphql(req, res, id.viewer);
    if (req.method === 'GET' && actions(url, res)) return;
    if (repoFiles(req, url, res)) return;

    if (req.method === 'GET' && url.pathname === '/user') {
      if (options.userStatus) return sendJson(res, options.userStatus, NOT_FOUND);
      if (!id.pat) return sendJson(res, 403, { message: 'Resource not accessible by integration' });
      return sendJson(res, 200, { login: who, id: 1, type: 'User' });
    }

    const pull = new RegExp(`^/repos/${owner}/${repo}/pulls/(\\d+)$`).exec(url.pathname);
    if (pull && req.method === 'GET') {
      const n = Number(pull[1]);
      const p = pulls.get(n);
      if (!p) return sendJson(res, 404, NOT_FOUND);
      return sendJson(res, 200, {
        number: n,
        state: 'open',
        head: { sha: p.headSha, ref: 'feature', repo: { full_name: p.headRepo ?? `${owner}/${repo}` } },
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: `${owner}/${repo}` } },
      });
    }

    if (!url.pathname.startsWith(`${prefix}/`)) return sendJson(res, 404, { message: 'Not Found' });
    if (state.mode === 'forbidden')
      return sendJson(res, 403, { message: 'Resource not accessible by integration' });
    if (state.mode === 'error-once') {
      state.mode = 'ok';
      return sendJson(res, 502, { message: 'Server Error' });
    }

    const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (list) {
      const issue = Number(list[1]);
      if (req.method === 'GET' && hold.count > 0) {
        // Answered once `hold.count` lists wait, from the same state: every waiting run sees the same comments.
        hold.waiting.push(() => answerList(issue, url, res));
        if (hold.waiting.length >= hold.count) {
          hold.count = 0;
          for (const answer of hold.waiting.splice(0)) answer();
        }
        return;
      }
      if (req.method === 'GET') return answerList(issue, url, res);
      if (req.method === 'POST') {
        const { body } = JSON.parse(req.body.toString('utf8')) as { body: string };
        return sendJson(res, 201, toApi(add({ issue, body, login: who })));
      }
    }

    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && (req.method === 'PATCH' || req.method === 'DELETE')) {
      const c = comments.find((x) => x.id === Number(one[1]));
      if (!c) return sendJson(res, 404, { message: 'Not Found' });
      if (c.login !== who) return sendJson(res, 403, { message: 'Must have admin rights to Repository.' });
      if (req.method === 'DELETE') {
        comments.splice(comments.indexOf(c), 1);
        res.writeHead(204).end();
        return;
      }
      c.body = (JSON.parse(req.body.toString('utf8')) as { body: string }).body;
      return sendJson(res, 200, toApi(c));
    }
    return sendJson(res, 404, { message: 'Not Found' });
  });

  return {
    ...server,
    comments,
    get mode() {
      return state.mode;
    },
    set mode(m: GitHubMode) {
      state.mode = m;
    },
    commentCalls: () =>
      server.requests
        .filter((r) => r.url.startsWith(prefix))
        .map((r) => `${r.method} ${new URL(r.url, 'http://127.0.0.1').pathname}`),
    files,
    pulls,
    contentsFailures,
    get treeMode() {
      return state.treeMode;
    },
    set treeMode(m: TreeMode) {
      state.treeMode = m;
    },
    contentsCalls: () =>
      server.requests
        .filter((r) => r.url.startsWith(contentsPrefix))
        .map((r) => {
          const u = new URL(r.url, 'http://127.0.0.1');
          return {
            path: u.pathname.slice(contentsPrefix.length).split('/').map(decodeURIComponent).join('/'),
            ref: u.searchParams.get('ref') ?? '',
            accept: String(r.headers.accept ?? ''),
          };
        }),
    treeCalls: () =>
      server.requests
        .filter((r) => r.url.startsWith(treesPrefix))
        .map((r) => r.url.slice(treesPrefix.length)),
    get fault() {
      return state.fault;
    },
    set fault(f: GitHubFault) {
      state.fault = f;
    },
    get paginationLoop() {
      return state.paginationLoop;
    },
    set paginationLoop(v: boolean) {
      state.paginationLoop = v;
    },
    get holdCommentLists() {
      return hold.count;
    },
    set holdCommentLists(n: number) {
      hold.count = n;
    },
    linkArtifacts: (artifacts, runs) => {
      linked.artifacts = artifacts;
      linked.runs = runs;
    },
  };
}
