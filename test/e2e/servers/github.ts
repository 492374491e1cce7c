/**
 * A loopback stand-in for the GitHub REST endpoints the action uses for PR comments:
 * `GET /user`, `GET|POST /repos/{o}/{r}/issues/{n}/comments` (per_page/page pagination with `Link` headers) and
 * `PATCH /repos/{o}/{r}/issues/comments/{id}`.
 *
 * Tokens map to identities: a token in `users` is a PAT whose `GET /user` answers that login; any other token acts
 * as the Actions GITHUB_TOKEN (`GET /user` → 403, comments written as `github-actions[bot]`).
 */
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
}

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
}

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
  const state: { mode: GitHubMode } = { mode: 'ok' };

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

    if (req.method === 'GET' && url.pathname === '/user') {
      const pat = Object.values(users).includes(who);
      if (!pat) return sendJson(res, 403, { message: 'Resource not accessible by integration' });
      return sendJson(res, 200, { login: who, id: 1, type: 'User' });
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
  };
}
