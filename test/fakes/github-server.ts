/**
 * An in-process fake of the slice of the GitHub REST API that promptgate uses, served over real HTTP
 * on 127.0.0.1 so the real Octokit (and the bundled action) can talk to it.
 *
 *   const github = await startFakeGitHub({ forbidWrites?, viewer?, perPageDefault? });
 *   github.url            base URL: pass as GITHUB_API_URL / `baseUrl` (no trailing slash)
 *   github.state          in-memory data, inspectable and editable from tests:
 *     .comments           issue and PR comments (FakeComment[]), oldest first
 *     .issues             issues and pull requests (FakeIssue[])
 *     .checkRuns          created check runs (FakeCheckRun[])
 *     .requests           every request received (method, path, query, body, authorization)
 *     .forbidWrites       when true every POST/PATCH answers 403, as a fork PR's read-only token does
 *     .forbidMessage      the message of that 403 (default "Resource not accessible by integration")
 *     .failWrites         when set (e.g. 500) every POST/PATCH answers with that status, as during an outage
 *     .pullHeads          head sha of each pull request by number (GET /pulls/{n}); set it to "push"
 *     .faults             (request) => fault | undefined, asked per request after it is recorded:
 *                         `{ status }` answers that status (a 502), `'hang'` never answers,
 *                         `{ delayMs }` answers normally after the delay (a slow listing)
 *   github.addComment({ issueNumber, body, user?, owner?, repo? })   seed a comment, returns it
 *   github.addIssue({ title, body?, labels?, state?, isPullRequest?, user? })   seed an issue
 *   await github.close()
 *
 * Endpoints (any owner/repo; state is kept per owner/repo):
 *   GET    /repos/{o}/{r}                              repository (default_branch from options)
 *   GET    /repos/{o}/{r}/issues/{n}/comments           paginated: per_page (default 30, max 100), page, Link header
 *   POST   /repos/{o}/{r}/issues/{n}/comments           {body} -> 201; 422 over 65,536 characters
 *   PATCH  /repos/{o}/{r}/issues/comments/{id}          {body}
 *   GET    /repos/{o}/{r}/issues                        state (open|closed|all), labels (all must match), paginated, newest first
 *   POST   /repos/{o}/{r}/issues                        {title, body, labels}
 *   PATCH  /repos/{o}/{r}/issues/{n}                    {title, body, state, state_reason, labels}
 *   POST   /repos/{o}/{r}/check-runs                    {name, head_sha, status, conclusion, output, details_url}
 *   DELETE /repos/{o}/{r}/issues/comments/{id}          -> 204
 *   GET    /repos/{o}/{r}/pulls/{n}                     {number, state, head: {sha}} from `pullHeads`, else 404
 *   POST   /repos/{o}/{r}/pulls                         {head, base, title, body} -> 201; 422 "A pull request already
 *                                                       exists for o:head." while one from head to base is open
 *   GET    /repos/{o}/{r}/pulls                         state (open|closed|all), head ("owner:branch"), base
 *   PATCH  /repos/{o}/{r}/pulls/{n}                     {title, body, state}
 *   GET    /user                                        `viewer` when given, else 403 (like GITHUB_TOKEN)
 * Writes are authored by `github-actions[bot]` (type Bot), the identity of GITHUB_TOKEN. Requests
 * without an Authorization header get 401. Unknown routes get 404. Timestamps come from a fixed clock.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

export const ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };
export const HUMAN: FakeUser = { login: 'octocat', id: 583231, type: 'User' };

interface Located {
  owner: string;
  repo: string;
}

export interface FakeComment extends Located {
  id: number;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface FakeIssue extends Located {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  user: FakeUser;
  isPullRequest: boolean;
  /** A pull request's branches (head without the owner). */
  head?: string;
  base?: string;
  createdAt: string;
  updatedAt: string;
}

export interface FakeCheckRun extends Located {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  detailsUrl?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization?: string;
}

export interface FakeGitHubState {
  comments: FakeComment[];
  issues: FakeIssue[];
  checkRuns: FakeCheckRun[];
  requests: RecordedRequest[];
  forbidWrites: boolean;
  forbidMessage: string;
  failWrites?: number;
  pullHeads: Record<number, string>;
  faults?: (request: RecordedRequest) => FakeFault | undefined;
}

export type FakeFault = { status: number } | 'hang' | { delayMs: number };

export interface FakeGitHubOptions {
  /** Answer every write with 403, as GitHub does for a fork PR's read-only GITHUB_TOKEN. */
  forbidWrites?: boolean;
  /** The identity GET /user returns (a personal access token); omitted: 403, like GITHUB_TOKEN. */
  viewer?: FakeUser;
  /** Web URL used in html_url fields. Default https://github.com. */
  serverUrl?: string;
  defaultBranch?: string;
}

export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  addComment(seed: Partial<Located> & { issueNumber: number; body: string; user?: FakeUser }): FakeComment;
  addIssue(
    seed: Partial<Located> & {
      title: string;
      body?: string;
      labels?: string[];
      state?: 'open' | 'closed';
      isPullRequest?: boolean;
      user?: FakeUser;
    },
  ): FakeIssue;
  close(): Promise<void>;
}

const MAX_BODY = 65_536;
const DEFAULT_LOCATION: Located = { owner: 'acme', repo: 'prompts' };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** GitHub's details of a 422 (`errors: [{resource, code, message}]`). */
    readonly errors?: { resource: string; code: string; message: string }[],
  ) {
    super(message);
  }
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const web = options.serverUrl ?? 'https://github.com';
  const state: FakeGitHubState = {
    comments: [],
    issues: [],
    checkRuns: [],
    requests: [],
    forbidWrites: options.forbidWrites ?? false,
    forbidMessage: 'Resource not accessible by integration',
    pullHeads: {},
  };
  let clock = 0;
  let nextId = 1000;
  // Issues and pull requests share one number sequence on GitHub; seeded numbers start high to stay clear of test PRs.
  let nextIssueNumber = 100;
  const now = () => new Date(Date.UTC(2026, 0, 1) + clock++ * 1000).toISOString();

  const addComment: FakeGitHub['addComment'] = (seed) => {
    const at = now();
    const comment: FakeComment = {
      ...DEFAULT_LOCATION,
      ...pickLocation(seed),
      id: nextId++,
      issueNumber: seed.issueNumber,
      body: seed.body,
      user: seed.user ?? ACTIONS_BOT,
      createdAt: at,
      updatedAt: at,
    };
    state.comments.push(comment);
    return comment;
  };

  const addIssue: FakeGitHub['addIssue'] = (seed) => {
    const at = now();
    const issue: FakeIssue = {
      ...DEFAULT_LOCATION,
      ...pickLocation(seed),
      id: nextId++,
      number: nextIssueNumber++,
      title: seed.title,
      body: seed.body ?? '',
      state: seed.state ?? 'open',
      stateReason: null,
      labels: seed.labels ?? [],
      user: seed.user ?? ACTIONS_BOT,
      isPullRequest: seed.isPullRequest ?? false,
      createdAt: at,
      updatedAt: at,
    };
    state.issues.push(issue);
    return issue;
  };

  const commentJson = (c: FakeComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: userJson(c.user),
    html_url: `${web}/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issueNumber}`,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  });

  const issueJson = (i: FakeIssue) => ({
    id: i.id,
    node_id: `I_${i.id}`,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason,
    labels: i.labels.map((name, index) => ({ id: index + 1, name })),
    user: userJson(i.user),
    html_url: `${web}/${i.owner}/${i.repo}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}`,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    ...(i.isPullRequest
      ? { pull_request: { url: `${baseUrl}/repos/${i.owner}/${i.repo}/pulls/${i.number}` } }
      : {}),
  });

  const pullJson = (p: FakeIssue) => ({
    id: p.id,
    number: p.number,
    title: p.title,
    body: p.body,
    state: p.state,
    user: userJson(p.user),
    head: { ref: p.head, label: `${p.owner}:${p.head ?? ''}` },
    base: { ref: p.base },
    html_url: `${web}/${p.owner}/${p.repo}/pull/${p.number}`,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  });

  const findPull = (loc: Located, number: number) => {
    const pull = findIssue(loc, number);
    if (!pull.isPullRequest) throw new HttpError(404, 'Not Found');
    return pull;
  };

  const findIssue = (loc: Located, number: number) => {
    const issue = state.issues.find(
      (i) => i.owner === loc.owner && i.repo === loc.repo && i.number === number,
    );
    if (!issue) throw new HttpError(404, 'Not Found');
    return issue;
  };

  type Handler = (req: Request) => Reply;
  interface Request {
    params: string[];
    query: Record<string, string>;
    body: Record<string, unknown>;
    url: URL;
  }
  interface Reply {
    status: number;
    json: unknown;
    link?: string;
  }

  const routes: [string, RegExp, Handler][] = [
    [
      'GET',
      /^\/user$/,
      () => {
        if (!options.viewer) throw new HttpError(403, 'Resource not accessible by integration');
        return { status: 200, json: userJson(options.viewer) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)$/,
      ({ params: [owner, repo] }) => ({
        status: 200,
        json: {
          id: 1,
          name: repo,
          full_name: `${owner}/${repo}`,
          owner: { login: owner },
          private: false,
          default_branch: options.defaultBranch ?? 'main',
          html_url: `${web}/${owner}/${repo}`,
        },
      }),
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      ({ params: [owner, repo, n], query, url }) => {
        const all = state.comments.filter(
          (c) => c.owner === owner && c.repo === repo && c.issueNumber === Number(n),
        );
        return paginate(all.map(commentJson), query, url);
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/,
      ({ params: [owner = '', repo = '', n], body }) => {
        const text = requireBody(body.body);
        return {
          status: 201,
          json: commentJson(addComment({ owner, repo, issueNumber: Number(n), body: text })),
        };
      },
    ],
    [
      'DELETE',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
      ({ params: [owner, repo, id] }) => {
        const index = state.comments.findIndex(
          (c) => c.owner === owner && c.repo === repo && c.id === Number(id),
        );
        if (index < 0) throw new HttpError(404, 'Not Found');
        state.comments.splice(index, 1);
        return { status: 204, json: null };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/,
      ({ params: [, , n] }) => {
        const sha = state.pullHeads[Number(n)];
        if (!sha) throw new HttpError(404, 'Not Found');
        return { status: 200, json: { number: Number(n), state: 'open', head: { sha, ref: 'feature' } } };
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
      ({ params: [owner = '', repo = ''], body }) => {
        const { head, base, title } = body;
        if (typeof head !== 'string' || typeof base !== 'string' || typeof title !== 'string' || !title)
          throw new HttpError(422, 'Validation Failed');
        const open = state.issues.find(
          (i) =>
            i.owner === owner &&
            i.repo === repo &&
            i.isPullRequest &&
            i.state === 'open' &&
            i.head === head &&
            i.base === base,
        );
        if (open) {
          throw new HttpError(422, 'Validation Failed', [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${owner}:${head}.`,
            },
          ]);
        }
        const pull = addIssue({
          owner,
          repo,
          title,
          body: body.body === undefined ? '' : requireBody(body.body),
          isPullRequest: true,
        });
        pull.head = head;
        pull.base = base;
        return { status: 201, json: pullJson(pull) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/pulls$/,
      ({ params: [owner, repo], query, url }) => {
        const wantedState = query.state ?? 'open';
        const matching = state.issues
          .filter((i) => i.owner === owner && i.repo === repo && i.isPullRequest)
          .filter((i) => wantedState === 'all' || i.state === wantedState)
          .filter((i) => query.head === undefined || query.head === `${i.owner}:${i.head ?? ''}`)
          .filter((i) => query.base === undefined || query.base === i.base)
          .sort((a, b) => b.number - a.number);
        return paginate(matching.map(pullJson), query, url);
      },
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/,
      ({ params: [owner = '', repo = '', n], body }) => {
        const pull = findPull({ owner, repo }, Number(n));
        if (typeof body.title === 'string') pull.title = body.title;
        if (body.body !== undefined) pull.body = requireBody(body.body);
        if (body.state === 'open' || body.state === 'closed') pull.state = body.state;
        pull.updatedAt = now();
        return { status: 200, json: pullJson(pull) };
      },
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/,
      ({ params: [owner, repo, id], body }) => {
        const comment = state.comments.find(
          (c) => c.owner === owner && c.repo === repo && c.id === Number(id),
        );
        if (!comment) throw new HttpError(404, 'Not Found');
        comment.body = requireBody(body.body);
        comment.updatedAt = now();
        return { status: 200, json: commentJson(comment) };
      },
    ],
    [
      'GET',
      /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
      ({ params: [owner, repo], query, url }) => {
        const wantedState = query.state ?? 'open';
        const labels = (query.labels ?? '').split(',').filter(Boolean);
        const matching = state.issues
          .filter((i) => i.owner === owner && i.repo === repo)
          .filter((i) => wantedState === 'all' || i.state === wantedState)
          .filter((i) => labels.every((label) => i.labels.includes(label)))
          .sort((a, b) => b.number - a.number);
        return paginate(matching.map(issueJson), query, url);
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/issues$/,
      ({ params: [owner = '', repo = ''], body }) => {
        if (typeof body.title !== 'string' || body.title === '') throw new HttpError(422, 'title is missing');
        const issue = addIssue({
          owner,
          repo,
          title: body.title,
          body: body.body === undefined ? '' : requireBody(body.body),
          labels: stringList(body.labels),
        });
        return { status: 201, json: issueJson(issue) };
      },
    ],
    [
      'PATCH',
      /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)$/,
      ({ params: [owner = '', repo = '', n], body }) => {
        const issue = findIssue({ owner, repo }, Number(n));
        if (typeof body.title === 'string') issue.title = body.title;
        if (body.body !== undefined) issue.body = requireBody(body.body);
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
        if (typeof body.state_reason === 'string') issue.stateReason = body.state_reason;
        if (body.labels !== undefined) issue.labels = stringList(body.labels);
        issue.updatedAt = now();
        return { status: 200, json: issueJson(issue) };
      },
    ],
    [
      'POST',
      /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/,
      ({ params: [owner = '', repo = ''], body }) => {
        if (typeof body.name !== 'string' || typeof body.head_sha !== 'string') {
          throw new HttpError(422, 'name and head_sha are required');
        }
        const output = (body.output ?? {}) as FakeCheckRun['output'];
        if ((output.summary?.length ?? 0) > 65_535) throw new HttpError(422, 'output.summary is too long');
        const run: FakeCheckRun = {
          owner,
          repo,
          id: nextId++,
          name: body.name,
          headSha: body.head_sha,
          status: typeof body.status === 'string' ? body.status : 'queued',
          conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
          output,
          ...(typeof body.details_url === 'string' ? { detailsUrl: body.details_url } : {}),
        };
        state.checkRuns.push(run);
        return {
          status: 201,
          json: {
            id: run.id,
            name: run.name,
            head_sha: run.headSha,
            status: run.status,
            conclusion: run.conclusion,
            output: run.output,
            html_url: `${web}/${owner}/${repo}/runs/${run.id}`,
          },
        };
      },
    ],
  ];

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: Record<string, unknown>;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      send(res, { status: 400, json: { message: 'Problems parsing JSON' } });
      return;
    }
    const query = Object.fromEntries(url.searchParams);
    state.requests.push({
      method,
      path: url.pathname,
      query,
      body,
      authorization: req.headers.authorization,
    });
    const fault = state.faults?.(state.requests[state.requests.length - 1] as RecordedRequest);
    if (fault === 'hang') return;
    if (fault && 'delayMs' in fault) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    try {
      if (fault && 'status' in fault) throw new HttpError(fault.status, 'Bad Gateway');
      if (!req.headers.authorization) throw new HttpError(401, 'Requires authentication');
      if (state.forbidWrites && method !== 'GET') throw new HttpError(403, state.forbidMessage);
      if (state.failWrites && method !== 'GET') throw new HttpError(state.failWrites, 'Server Error');
      for (const [routeMethod, pattern, handler] of routes) {
        const match = routeMethod === method ? pattern.exec(url.pathname) : null;
        if (match) {
          send(res, handler({ params: match.slice(1).map(decodeURIComponent), query, body, url }));
          return;
        }
      }
      throw new HttpError(404, 'Not Found');
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      send(res, {
        status,
        json: {
          message,
          ...(error instanceof HttpError && error.errors ? { errors: error.errors } : {}),
          documentation_url: 'https://docs.github.com/rest',
          status: String(status),
        },
      });
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    state,
    addComment,
    addIssue,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** GitHub-style pagination: `per_page` (default 30, max 100), 1-based `page`, and a Link header. */
function paginate(
  items: unknown[],
  query: Record<string, string>,
  url: URL,
): { status: number; json: unknown; link?: string } {
  const perPage = Math.min(Math.max(Number(query.per_page ?? 30) || 30, 1), 100);
  const page = Math.max(Number(query.page ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const pageUrl = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('per_page', String(perPage));
    next.searchParams.set('page', String(n));
    return `<${next.toString()}>`;
  };
  const links: string[] = [];
  if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
  if (page > 1) links.push(`${pageUrl(1)}; rel="first"`, `${pageUrl(page - 1)}; rel="prev"`);
  return {
    status: 200,
    json: items.slice((page - 1) * perPage, page * perPage),
    ...(links.length ? { link: links.join(', ') } : {}),
  };
}

function send(res: ServerResponse, reply: { status: number; json: unknown; link?: string }): void {
  res.statusCode = reply.status;
  if (reply.status === 204) {
    res.end();
    return;
  }
  res.setHeader('content-type', 'application/json; charset=utf-8');
  if (reply.link) res.setHeader('link', reply.link);
  res.end(JSON.stringify(reply.json));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function requireBody(value: unknown): string {
  if (typeof value !== 'string') throw new HttpError(422, 'body is missing');
  if (value.length > MAX_BODY)
    throw new HttpError(422, `body is too long (maximum is ${MAX_BODY} characters)`);
  return value;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function userJson(user: FakeUser) {
  return { login: user.login, id: user.id, type: user.type };
}

function pickLocation(seed: Partial<Located>): Partial<Located> {
  return {
    ...(seed.owner ? { owner: seed.owner } : {}),
    ...(seed.repo ? { repo: seed.repo } : {}),
  };
}
