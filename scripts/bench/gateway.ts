/**
 * The gateway's concurrency overhead in-process: N calls through the real gateway (cache off) to a
 * fake OpenAI server answering after a fixed latency L, with concurrency C. The ideal wall time is
 * N*L/C; the printed ratio says how close the gateway gets (1.00 = no overhead).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../src/config/load.js';
import { createModelGateway } from '../../src/providers/gateway.js';
import { startFakeOpenAI } from '../../test/fakes/openai-server.js';

export async function runGatewayBench(shape: { n: number; latencyMs: number; concurrency: number }) {
  const { n, latencyMs, concurrency } = shape;
  const server = await startFakeOpenAI({ latencyMs, reply: () => 'ok' });
  const cacheDir = await mkdtemp(join(tmpdir(), 'promptgate-bench-'));
  try {
    const gateway = createModelGateway(
      {
        ...defaultConfig(),
        providers: { openai: { name: 'openai', type: 'openai', baseUrl: `${server.url}/v1` } },
        concurrency,
        cache: { dir: cacheDir, mode: 'off' },
      },
      { env: { OPENAI_API_KEY: 'bench' } },
    );

    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        gateway.call(
          'gpt-4o-mini',
          { messages: [{ role: 'user', content: `call ${i}` }] },
          { purpose: 'eval', sample: 0 },
        ),
      ),
    );
    const wallMs = performance.now() - started;

    const failed = results.filter((result) => !result.ok).length;
    const idealMs = (n * latencyMs) / concurrency;
    const usage = gateway.usage();
    console.log(
      `calls:        ${n} (${failed} failed), concurrency ${concurrency}, server latency ${latencyMs} ms`,
    );
    console.log(`max in flight: ${server.maxInFlight}`);
    console.log(`latency p50/p95: ${usage.latencyMs.p50.toFixed(1)} / ${usage.latencyMs.p95.toFixed(1)} ms`);
    console.log(`wall time:    ${wallMs.toFixed(0)} ms`);
    console.log(`ideal N*L/C:  ${idealMs.toFixed(0)} ms`);
    console.log(`ratio:        ${(wallMs / idealMs).toFixed(3)}`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
  }
}
