/**
 * `promptgate drill <id> [--env E] [--apply] [--seed N]`: a rollback fire drill. Synthetic outcomes
 * in which the canary regresses (success -10 points, p95 latency +80%) go through the same analysis
 * and rules as real data; the drill passes when the decision is `rollback` and applying it returns
 * every key to the environment's version. A dry run on a copy of the lock file unless --apply.
 */
import { UsageError } from '../../errors.js';
import { resolveActor } from '../actor.js';
import { findInEnvironment, resolveEnvironment, withEnvironmentPrompt } from '../environments.js';
import { entryFor } from '../cohorts.js';
import { analyzeExperiment } from '../experiment/analyze.js';
import { applyDecision } from '../experiment/apply.js';
import { renderAnalysis } from '../experiment/render.js';
import { seededRandom, syntheticTraffic } from '../experiment/synthetic.js';
import { productionEntry, type LockFile } from '../lockfile.js';
import { readLockFile, updateLockFile } from '../store.js';
import { singleId, stringOption, type ReleaseCommand } from './command.js';
import { RELEASE_USAGE } from './usage.js';

/** Requests per variant: enough for the default rules to see a 10-point drop at once. */
const REQUESTS = 5000;
const DRILL_CANARY = 'drill-canary';

export const drillCommand: ReleaseCommand = {
  name: 'drill',
  usage: [...RELEASE_USAGE.drill],
  options: { env: { type: 'string' }, apply: { type: 'boolean' }, seed: { type: 'string' } },
  async run(context) {
    const id = singleId(context.args, 'drill');
    const env = resolveEnvironment(stringOption(context.values, 'env'), context.config.release.environments);
    const seedText = stringOption(context.values, 'seed') ?? '1';
    if (!/^\d+$/.test(seedText)) throw new UsageError(`--seed must be a whole number, got \`${seedText}\``);
    const apply = context.values.apply === true;
    const lock = await readLockFile(context.root, context.config.lockFile);
    const record = findInEnvironment(lock, env, id);
    if (!record)
      throw new UsageError(`\`${id}\` has no version in ${env}: promote one before drilling its rollback`);
    if (apply && !record.rollout) {
      throw new UsageError(
        `--apply aborts a real rollout, and no rollout of \`${id}\` is in progress in ${env}`,
      );
    }

    // Without a canary in the lock file, the drill rolls out a stand-in copy of the current version.
    const drillLock: LockFile = record.rollout
      ? lock
      : withEnvironmentPrompt(lock, env, id, {
          ...record,
          rollout: { ...productionEntry(record), version: DRILL_CANARY, weight: 10 },
        });
    const rollout = findInEnvironment(drillLock, env, id)?.rollout;
    if (!rollout) throw new Error('unreachable: the drill has a rollout');

    const random = seededRandom(Number(seedText));
    const control = syntheticTraffic(random, record.version, REQUESTS, {
      success: 0.9,
      errorRate: 0.005,
      latencyMedianMs: 800,
    });
    const canary = syntheticTraffic(random, rollout.version, REQUESTS, {
      success: 0.8,
      errorRate: 0.005,
      latencyMedianMs: 1440,
    });
    const analysis = analyzeExperiment(control, canary, context.config.release.rules);
    const actor = await resolveActor(context.root, context.env);
    const checks: { ok: boolean; text: string }[] = [];
    checks.push({
      ok: analysis.decision === 'rollback',
      text: `the analysis decides rollback (it decided ${analysis.decision})`,
    });
    if (analysis.decision === 'rollback') {
      const applied = applyDecision({ lock: drillLock, env, id, analysis, actor, now: context.now() });
      const after = applied && findInEnvironment(applied.lock, env, id);
      const restored =
        !!after && !after.rollout && after.version === record.version && after.hash === record.hash;
      checks.push({ ok: restored, text: `applying it returns every key to ${record.version}` });
      const sample = after ? entryFor(id, after, 'drill-key').version : undefined;
      checks.push({
        ok: sample === record.version,
        text: `a targeting key in the canary's share resolves to ${record.version}`,
      });
    }
    const passed = checks.every((c) => c.ok);
    let appliedText = '';
    if (apply && passed) {
      const summary = await updateLockFile(context.root, context.config.lockFile, (current) => {
        const result = applyDecision({ lock: current, env, id, analysis, actor, now: context.now() });
        return result ? { lock: result.lock, result: result.summary } : { result: [] };
      });
      appliedText = `applied: ${summary.join('; ')}\ncommit ${context.config.lockFile} (and re-export flagd flags)\n`;
    }
    context.print(
      [
        `rollback drill for ${id} in ${env}${record.rollout ? '' : ` (no rollout in progress: a stand-in canary \`${DRILL_CANARY}\`)`}, ${apply ? 'applied' : 'dry run'}`,
        `synthetic outcomes: ${REQUESTS} requests per variant, canary success 90% -> 80%, p95 latency +80%`,
        '',
        renderAnalysis(analysis, { id, env, weight: rollout.weight }).trimEnd(),
        '',
        ...checks.map((c) => `${c.ok ? 'PASS' : 'FAIL'} ${c.text}`),
        passed
          ? 'drill passed: a regressing canary is rolled back'
          : 'drill FAILED: a regressing canary would not be rolled back; check `rules:` in promptgate.yaml',
        '',
      ].join('\n') + appliedText,
    );
    return passed ? 0 : 1;
  },
};
