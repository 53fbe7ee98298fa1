/**
 * The `schema` metric validates model output against a JSON Schema the pull request writes. A schema
 * can ask for exponential work (`anyOf` branches that `$ref` the next level), loop through `$ref`
 * without consuming the output, compare every pair of a long array (`uniqueItems`), or point `$ref`
 * at a URL; the output can nest deeper than the validator's stack. Each ends quickly as that
 * metric's result or as the suite's error, never a hang, a fetch or a stack trace.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/types.js';
import { startFakeOpenAI, type FakeServer } from '../fakes/openai-server.js';
import { runCli } from '../helpers/in-process.js';

let model: FakeServer;
let schemaHost: Server;
let schemaFetches = 0;
let schemaHostUrl = '';

beforeAll(async () => {
  model = await startFakeOpenAI(); // echoes the prompt: the case's `out` is the model's answer
  schemaHost = createServer((_request, response) => {
    schemaFetches++;
    response.end('{"type": "string"}');
  });
  await new Promise<void>((resolve) => schemaHost.listen(0, '127.0.0.1', resolve));
  const address = schemaHost.address();
  schemaHostUrl = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});
afterAll(async () => {
  await model.close();
  await new Promise((resolve) => schemaHost.close(resolve));
});

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs one case of the schema metric; `file` puts the schema in that file (`ref:`) instead of inline. */
async function evalSchema(schema: unknown, out: string, file?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'promptgate-schema-'));
  dirs.push(dir);
  const files = {
    'promptgate.yaml': `providers:\n  fake: { type: openai, base_url: "${model.url}/v1", api_key_env: FAKE_KEY }\nmodels: { "m-*": fake }\n`,
    'p/answer.prompt.yaml':
      'id: answer\nversion: 1.0.0\nmodel: m-1\nmessages:\n  - role: user\n    content: "{{ out }}"\n',
    'p/answer.eval.yaml': `prompt: answer\nmetrics:\n  - type: schema\n    ${file ? `ref: ${file}` : `schema: ${JSON.stringify(schema)}`}\ncases:\n  - id: one\n    vars: { out: ${JSON.stringify(out)} }\n`,
    ...(file ? { [`p/${file}`]: JSON.stringify(schema) } : {}),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const result = await runCli(dir, ['eval', '--no-cache', '--json', 'report.json'], { FAKE_KEY: 'sk-fake' });
  const log = `${result.stdout}\n${result.stderr}`;
  expect(log).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/); // no stack trace
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
  const metric = report.prompts[0]?.cases[0]?.candidate?.samples[0]?.metrics.schema;
  return { ...result, log, metric };
}

describe('JSON Schema bombs in the schema metric', () => {
  it('anyOf branches that $ref the next level (2^30 evaluations) stop at the step budget: error, not a hang', async () => {
    const definitions: Record<string, unknown> = { d30: { type: 'string' } };
    for (let i = 0; i < 30; i++)
      definitions[`d${i}`] = {
        anyOf: [{ $ref: `#/definitions/d${i + 1}` }, { $ref: `#/definitions/d${i + 1}`, minLength: 1 }],
      };
    const result = await evalSchema({ definitions, $ref: '#/definitions/d0' }, '1');
    expect(result.metric?.outcome).toBe('error');
    expect(result.metric?.reason).toMatch(/validation stopped after 1,000,000 subschema evaluations/);
  });

  it('a $ref cycle that never descends into the output is an error naming the cause', async () => {
    const result = await evalSchema(
      { definitions: { a: { anyOf: [{ $ref: '#/definitions/a' }] } }, $ref: '#/definitions/a' },
      '1',
    );
    expect(result.metric?.outcome).toBe('error');
    expect(result.metric?.reason).toMatch(/refers to itself without end/);
    expect(result.metric?.reason).not.toMatch(/Maximum call stack/);
  });

  it('a recursive schema that descends into the output still works', async () => {
    const tree = {
      definitions: { t: { type: 'array', items: { $ref: '#/definitions/t' } } },
      $ref: '#/definitions/t',
    };
    expect((await evalSchema(tree, '[[[]],[]]')).metric?.outcome).toBe('pass');
  });

  it('uniqueItems over 20,000 objects is linear, and still finds the duplicate', async () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({ b: i, a: [i] }));
    const schema = { type: 'array', uniqueItems: true };
    expect((await evalSchema(schema, JSON.stringify(items))).metric?.outcome).toBe('pass');
    const duplicate = await evalSchema(schema, JSON.stringify([...items, { a: [7], b: 7 }]));
    expect(duplicate.metric?.outcome).toBe('fail');
    expect(duplicate.metric?.reason).toMatch(/duplicate items \(items ## 7 and 20000 are identical\)/);
  });

  it('an output nested deeper than the validator can recurse fails with a reason', async () => {
    const result = await evalSchema({ type: 'array' }, `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(result.metric?.outcome).toBe('fail');
    expect(result.metric?.reason).toMatch(/output nests deeper than 100 levels/);
  });

  it.each([
    ['a remote $ref', (url: string) => ({ $ref: `${url}/evil.json` })],
    [
      'a relative $ref under a remote $id',
      (url: string) => ({ $id: `${url}/a.json`, properties: { a: { $ref: 'b.json' } } }),
    ],
  ])('%s is never fetched: the suite is refused, naming the file', async (_what, schema) => {
    const result = await evalSchema(schema(schemaHostUrl), '{}');
    expect(schemaFetches).toBe(0);
    expect(result.code).toBe(2);
    expect(result.log).toMatch(
      /p\/answer\.eval\.yaml:\d+:\d+: metric `schema`: invalid JSON Schema \(inline\): can't resolve reference/,
    );
  });

  it('const, enum and examples stay data: the step marks go only where schemas are', async () => {
    const schema = { type: 'object', properties: { a: { const: { type: 'x' } }, b: { enum: [{ not: 1 }] } } };
    expect((await evalSchema(schema, '{"a": {"type": "x"}, "b": {"not": 1}}')).metric?.outcome).toBe('pass');
  });

  /** An object schema with `count` properties, each `property(i)`. */
  const wide = (count: number, property: (i: number) => unknown) => ({
    type: 'object',
    properties: Object.fromEntries(Array.from({ length: count }, (_, i) => [`field_${i}`, property(i)])),
  });

  it('a large generated schema (5,000 properties) compiles and checks every property', async () => {
    const schema = wide(5_000, () => ({ type: 'string' }));
    expect(
      (await evalSchema(schema, '{"field_0": "a", "field_4999": "b"}', 'wide.json')).metric?.outcome,
    ).toBe('pass');
    const wrong = await evalSchema(schema, '{"field_4999": 1}', 'wide.json');
    expect(wrong.metric?.outcome).toBe('fail');
    expect(wrong.metric?.reason).toBe('1 schema error: /field_4999 must be string');
  });

  it('a schema of more than 50,000 validation keywords is refused at load, naming its file, without compiling it', async () => {
    // 8,334 properties of six keywords, annotations not counted: 50,006. Twice as many took 15 s and
    // 2.1 GB to compile, and the generated validator then exceeded the stack.
    const schema = wide(8_334, (i) => ({
      description: `field ${i}`,
      type: 'string',
      minLength: 1,
      maxLength: 100,
      pattern: '^a',
      format: 'email',
      enum: ['a@b.c'],
    }));
    const result = await evalSchema(schema, '{}', 'huge.schema.json');
    expect(result.code).toBe(2);
    expect(result.log).toMatch(
      /p\/answer\.eval\.yaml:\d+:\d+: metric `schema`: the JSON Schema \(huge\.schema\.json\) has more than 50,000 validation keywords, the most promptgate compiles/,
    );
    expect(result.metric?.outcome).toBeUndefined();
  });
});
