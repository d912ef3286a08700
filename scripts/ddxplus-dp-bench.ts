// The cost of differential privacy on DDXPlus: learn the model from noisy counts at each ε (several
// --dp-seeds per finite ε; ε = inf is the exact build), calibrate on dev as `ddx learn ddxplus` does,
// and run ddx's own policy on patients-dev.csv at each profile. Prints one JSON object: per ε and
// profile the mean ± sd over seeds of gtpa1, il, ddf1, ece. Seeds make the runs reproducible; they
// are for evaluation only (a seeded release is not private). No ledger is charged: nothing is released.
// node --import tsx scripts/ddxplus-dp-bench.ts [--data DIR] [--eps 0.5,1,4,inf] [--seeds 1,2,3]
//   [--profiles fast,thorough] [--limit N] [--max-items K] [--alpha A] [--shrinkage S] [--shares totals,prior,items]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileModel } from '../src/core/compile.js';
import { createRng } from '../src/core/random.js';
import { learnDdxplus, readPatients, DEFAULT_DP_MAX_ITEMS, DEFAULT_DP_SHARES, DEFAULT_DP_SHRINKAGE } from '../src/learn/ddxplus/index.js';
import { runPatient } from '../src/bench/ddxplus/run-case.js';
import { summarise } from '../src/bench/ddxplus/metrics.js';
import { profileOptions, type Profile } from '../src/bench/ddxplus/policies.js';

const { values: a } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data/ddxplus' },
    eps: { type: 'string', default: '0.5,1,4,inf' },
    seeds: { type: 'string', default: '1,2,3' },
    profiles: { type: 'string', default: 'fast,thorough' },
    limit: { type: 'string' },
    'max-items': { type: 'string', default: String(DEFAULT_DP_MAX_ITEMS) },
    alpha: { type: 'string' },
    shrinkage: { type: 'string', default: String(DEFAULT_DP_SHRINKAGE) },
    shares: { type: 'string', default: `${DEFAULT_DP_SHARES.totals},${DEFAULT_DP_SHARES.prior},${DEFAULT_DP_SHARES.items}` },
  },
});
const list = (s: string): string[] => s.split(',').map((x) => x.trim()).filter(Boolean);
const epsilons = list(a.eps!).map((e) => (e === 'inf' ? Infinity : Number(e)));
const seeds = list(a.seeds!).map(Number);
const profiles = list(a.profiles!) as Profile[];
const [totals = 0.1, prior = 0.1, items = 0.8] = list(a.shares!).map(Number);
const maxItemsPerRecord = Number(a['max-items']);
const dev = readPatients(join(a.data!, 'patients-dev.csv'), 'patients-dev.csv').patients.slice(0, a.limit ? Number(a.limit) : undefined);
const METRICS = ['gtpa1', 'il', 'ddf1', 'ece'] as const;

const stats = (xs: number[]): { mean: number; sd: number } => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const sd = xs.length > 1 ? Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1)) : 0;
  return { mean: Number(mean.toFixed(4)), sd: Number(sd.toFixed(4)) };
};

const started = performance.now();
const rows: object[] = [];
for (const epsilon of epsilons) {
  const runs = Number.isFinite(epsilon) ? seeds : [0];
  const perProfile = new Map<Profile, Record<string, number[]>>(profiles.map((p) => [p, Object.fromEntries(METRICS.map((m) => [m, [] as number[]]))]));
  const temperatures: number[] = [];
  for (const seed of runs) {
    const { model } = learnDdxplus(a.data!, {
      ...(a.alpha !== undefined ? { alpha: Number(a.alpha) } : {}),
      ...(Number.isFinite(epsilon) ? { dp: { epsilon, rng: createRng(seed), maxItemsPerRecord, shrinkage: Number(a.shrinkage), shares: { totals, prior, items } } } : {}),
    });
    temperatures.push(model.calibration?.temperature ?? 1);
    const cm = compileModel(model);
    for (const profile of profiles) {
      const s = summarise(dev.map((p) => runPatient(cm, p, profileOptions(profile)).outcome));
      const acc = perProfile.get(profile)!;
      for (const m of METRICS) acc[m]!.push(s[m]);
    }
  }
  for (const profile of profiles) {
    const acc = perProfile.get(profile)!;
    rows.push({
      epsilon: Number.isFinite(epsilon) ? epsilon : 'inf', profile, seeds: runs.length,
      ...Object.fromEntries(METRICS.map((m) => [m, stats(acc[m]!)])),
      temperature: stats(temperatures),
    });
  }
}
console.log(JSON.stringify({
  dev: dev.length, maxItemsPerRecord, shrinkage: Number(a.shrinkage), shares: { totals, prior, items }, ...(a.alpha !== undefined ? { alpha: Number(a.alpha) } : {}),
  seconds: Number(((performance.now() - started) / 1000).toFixed(1)), rows,
}, null, 1));
