/**
 * A loopback stand-in for the GitHub REST endpoints the action uses for PR comments:
 * `GET /user`, `GET|POST /repos/{o}/{r}/issues/{n}/comments` (per_page/page pagination with `Link` headers) and
 * `PATCH /repos/{o}/{r}/issues/comments/{id}`; and for the base commit's files:
 * `GET /repos/{o}/{r}/git/trees/{sha}?recursive=1` and `GET /repos/{o}/{r}/contents/{path}?ref={sha}` (raw media
 * type, or the JSON object with base64 content), served from `files` per commit, 404 for unknown paths and commits.
 *
 * Tokens map to identities: a token in `users` is a PAT whose `GET /user` answers that login; any other token acts
 * as the Actions GITHUB_TOKEN (`GET /user` → 403, comments written as `github-actions[bot]`).
 */
import { createHash } from 'node:crypto';
import { listen, sendJson, type LoopbackServer, type RecordedRequest } from './http.js';

export const ACTIONS_BOT = 'github-actions[bot]';

export interface StoredComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  html_url: string;
}

export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** PAT → login. */
  users?: Record<string, string>;
  /** Comments already on issues (e.g. other people's, or enough to fill several pages). */
  comments?: Omit<StoredComment, 'id' | 'html_url'>[];
  /** Repository files per commit: sha → repository-relative path → text. */
  files?: Record<string, Record<string, string>>;
  /** Pull requests' current head commits (`GET /repos/{o}/{r}/pulls/{n}` → `head.sha`); others answer 404. */
  pulls?: Record<number, string>;
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
  /** Pull request number → its current head commit; tests may push a newer one. */
  pulls: Map<number, string>;
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
    body: c.body,
    html_url: c.html_url,
    user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
  });

  const prefix = `/repos/${owner}/${repo}/issues`;
  const state: { mode: GitHubMode; treeMode: TreeMode } = { mode: 'ok', treeMode: 'ok' };
  const files: Record<string, Record<string, string>> = { ...options.files };
  const contentsFailures = new Map<string, number>();
  const pulls = new Map<number, string>(
    Object.entries(options.pulls ?? {}).map(([n, sha]) => [Number(n), sha]),
  );
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

  const login = (req: RecordedRequest): string | undefined => {
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    if (!token) return undefined;
    return users[token] ?? ACTIONS_BOT;
  };

  const server = await listen((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const who = login(req);
    if (!who) return sendJson(res, 401, { message: 'Requires authentication' });
    if (repoFiles(req, url, res)) return;

    if (req.method === 'GET' && url.pathname === '/user') {
      const pat = Object.values(users).includes(who);
      if (!pat) return sendJson(res, 403, { message: 'Resource not accessible by integration' });
      return sendJson(res, 200, { login: who, id: 1, type: 'User' });
    }

    const pull = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname);
    if (pull && req.method === 'GET') {
      const sha = pulls.get(Number(pull[1]));
      if (!sha) return sendJson(res, 404, NOT_FOUND);
      return sendJson(res, 200, { number: Number(pull[1]), state: 'open', head: { sha, ref: 'feature' } });
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
      if (req.method === 'GET') {
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
        const rels = [page < last ? link(page + 1, 'next') : '', page < last ? link(last, 'last') : ''];
        const header = rels.filter(Boolean).join(', ');
        const slice = all.slice((page - 1) * perPage, page * perPage).map(toApi);
        return sendJson(res, 200, slice, header ? { link: header } : {});
      }
      if (req.method === 'POST') {
        const { body } = JSON.parse(req.body.toString('utf8')) as { body: string };
        return sendJson(res, 201, toApi(add({ issue, body, login: who })));
      }
    }

    const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (one && req.method === 'PATCH') {
      const c = comments.find((x) => x.id === Number(one[1]));
      if (!c) return sendJson(res, 404, { message: 'Not Found' });
      if (c.login !== who) return sendJson(res, 403, { message: 'Must have admin rights to Repository.' });
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
  };
}
