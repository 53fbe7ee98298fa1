/**
 * The machinery shared by the fake OpenAI and Anthropic servers (see openai-server.ts and
 * anthropic-server.ts for the public entry points and the full API description).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the fake received it. Header names are lower-case. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The parsed JSON body (undefined when it was not JSON). */
  body: unknown;
  /** `performance.now()` when the request arrived (the bench times discovery up to the first call). */
  receivedAt: number;
}

/** Usage reported with a reply; defaults are estimated from text length (about 4 characters per token). */
export interface ReplyUsage {
  inputTokens?: number;
  outputTokens?: number;
}

/** What the model "says": plain text, a JSON value (sent as its JSON text), with optional usage. */
export type Reply = string | { text: string; usage?: ReplyUsage } | { json: unknown; usage?: ReplyUsage };

/**
 * A scripted failure for one request:
 * - `{ status, headers?, message? }`: an HTTP error in the protocol's error shape, e.g.
 *   `{ status: 429, headers: { 'retry-after-ms': '50' } }` or `{ status: 500 }`;
 * - `'hang'`: never answers (until the client aborts or the server closes);
 * - `'malformed'`: status 200 with a truncated JSON body;
 * - `'reset'`: the connection is destroyed without a response.
 */
export type Failure =
  { status: number; headers?: Record<string, string>; message?: string } | 'hang' | 'malformed' | 'reset';

/**
 * Either a list consumed in order (the n-th request gets the n-th failure; requests after the list
 * succeed) or a function asked for every request (return undefined to answer normally).
 */
export type FailureScript = Failure[] | ((request: RecordedRequest, index: number) => Failure | undefined);

export interface FakeServerOptions<Body> {
  /** The model's answer for a (validated) request body. Default: echo the last user message. */
  reply?: (body: Body, request: RecordedRequest) => Reply | Promise<Reply>;
  /** Fixed delay before every answer (successes and scripted status errors alike). */
  latencyMs?: number;
  failures?: FailureScript;
}

export interface FakeServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`; append the protocol's path prefix as the client expects. */
  url: string;
  /** Every request received so far, in arrival order. */
  requests: RecordedRequest[];
  /** Requests being handled right now. */
  readonly inFlight: number;
  /** The most requests ever handled at once. */
  readonly maxInFlight: number;
  /** TCP connections accepted so far (keep-alive reuse keeps this near the client's concurrency). */
  readonly connections: number;
  close(): Promise<void>;
}

/** How one wire protocol shapes bodies; everything else (latency, failures, recording) is shared. */
export interface Protocol<Body> {
  /** Does this path serve completions? */
  matches(path: string): boolean;
  /** The typed body, or a message for a 400 (a real server rejects malformed requests too). */
  validate(body: unknown): Body | string;
  /** Echo default: the last user message's text. */
  lastUserText(body: Body): string;
  /** Total characters of the prompt, for estimated input tokens. */
  promptChars(body: Body): number;
  success(body: Body, text: string, usage: Required<ReplyUsage>): unknown;
  error(status: number, message: string): unknown;
}

export async function startFakeServer<Body>(
  protocol: Protocol<Body>,
  options: FakeServerOptions<Body>,
): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const receivedAt = performance.now();
    const raw = await readBody(req);
    const recorded: RecordedRequest = {
      receivedAt,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: flattenHeaders(req),
      body: parseJson(raw),
    };
    const index = requests.push(recorded) - 1;
    const path = recorded.path.split('?')[0] ?? '';
    if (req.method !== 'POST' || !protocol.matches(path)) {
      return sendJson(res, 404, protocol.error(404, `no route for ${req.method} ${path}`));
    }
    const failure = pickFailure(options.failures, recorded, index);
    if (failure === 'hang') return;
    if (failure === 'reset') return void req.socket.destroy();
    await delay(options.latencyMs ?? 0);
    if (failure === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"id": "truncated", "choi');
    }
    if (failure) {
      const message = failure.message ?? `scripted failure (${failure.status})`;
      return sendJson(res, failure.status, protocol.error(failure.status, message), failure.headers);
    }
    const body = protocol.validate(recorded.body);
    if (typeof body === 'string') return sendJson(res, 400, protocol.error(400, body));
    const reply = await (options.reply ?? ((b: Body) => protocol.lastUserText(b)))(body, recorded);
    const text =
      typeof reply === 'string' ? reply : 'json' in reply ? JSON.stringify(reply.json) : reply.text;
    const usage = typeof reply === 'string' ? {} : (reply.usage ?? {});
    sendJson(
      res,
      200,
      protocol.success(body, text, {
        inputTokens: usage.inputTokens ?? Math.ceil(protocol.promptChars(body) / 4),
        outputTokens: usage.outputTokens ?? Math.max(1, Math.ceil(text.length / 4)),
      }),
    );
  };

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let done = false;
    const finish = () => {
      if (!done) inFlight--;
      done = true;
    };
    res.on('close', finish);
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, protocol.error(500, `fake server bug: ${String(error)}`));
      finish();
    });
  });
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get connections() {
      return connections;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hanging requests and idle keep-alive sockets would otherwise hold `close` open.
        server.closeAllConnections();
      }),
  };
}

function pickFailure(script: FailureScript | undefined, request: RecordedRequest, index: number) {
  if (!script) return undefined;
  return typeof script === 'function' ? script(request, index) : script[index];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Message content (or Anthropic's `system`): a string or a list of `{type: 'text', text}` parts. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : '')).join('');
}
