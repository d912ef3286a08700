/**
 * `ddx bench records --fhir PATH... | --omop-csv DIR | --omop URL --model FILE --after DATE [--json]`:
 * score the episodes at or after a date with a model learned before it (top-1, top-5, ECE, coverage).
 * `ddx bench records-scale [--json]`: the records learner's speed and memory: NDJSON throughput and
 * peak RSS at two sizes (each learned in its own process), and synthetic OMOP patients generated in a
 * private PostgreSQL and learned with --omop.
 */
import type { Command } from 'commander';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KnowledgeModel } from '../../core/model.js';
import { benchRecordsFhir, RecordsScorer, type RecordsBenchResult } from '../../bench/records/score.js';
import { recoveryError } from '../../bench/records/recovery.js';
import { loadModel } from '../../learn/builtin-models.js';
import { openOmopSource } from '../../learn/records/omop-open.js';
import { scanOmopEpisodes } from '../../learn/records/omop-sql.js';
import { eachLineOfRange } from '../../learn/records/fhir-learn.js';
import { synthFhir } from '../../learn/records/synth.js';
import { synthOmopSql } from '../../learn/records/synth-omop.js';
import { Vocabulary } from '../../learn/records/vocabulary.js';
import { postgresAvailable, startPgCluster } from '../../bench/pg-cluster.js';
import { CliUsageError } from '../exit.js';
import { dateFlag, num } from './learn-records.js';

interface Flags {
  fhir?: string[];
  omopCsv?: string;
  omop?: string;
  schema: string;
  model: string;
  after: string;
  windowDays: string;
  json?: boolean;
}

function print(r: RecordsBenchResult, json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  process.stdout.write(`episodes after ${r.after}: ${r.episodes}, scored ${r.scored} (coverage ${(r.coverage * 100).toFixed(1)}%)\n`);
  process.stdout.write(`top-1 ${(r.top1 * 100).toFixed(1)}%  top-5 ${(r.top5 * 100).toFixed(1)}%  ECE ${r.ece.toFixed(3)}  findings/episode ${r.meanFindings}\n`);
}

interface ScaleFlags {
  patients: string;
  fhirPatients: string;
  model: string;
  seed: string;
  json?: boolean;
}

/** Run `ddx learn records ...` in a child process (its own peak RSS); parse its summary line. */
function learnChild(args: string[]): { seconds: number; mbPerSecond?: number; peakRssMb: number; episodes: number; cpuSeconds: number; workers?: number } {
  const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, 'learn', 'records', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('learned from')) ?? '';
  if (r.status !== 0 || !line) throw new Error(`ddx learn records failed: ${r.stderr.slice(-500)}`);
  const num = (re: RegExp): number | undefined => {
    const m = re.exec(line);
    return m ? Number(m[1]) : undefined;
  };
  const mbps = num(/\(([\d.]+) MB\/s\)/);
  const workers = num(/(\d+) worker threads/);
  return { seconds: num(/ in ([\d.]+) s/) ?? NaN, ...(mbps !== undefined ? { mbPerSecond: mbps } : {}), peakRssMb: num(/peak RSS (\d+) MB/) ?? NaN, episodes: num(/, (\d+) episodes/) ?? NaN, cpuSeconds: num(/cpu ([\d.]+) s/) ?? NaN, ...(workers !== undefined ? { workers } : {}) };
}

/**
 * CPU seconds used so far by a local PostgreSQL cluster: its postmaster's own time plus that of the
 * backends it has reaped (/proc/<pid>/stat utime, stime, cutime, cstime). Undefined off Linux.
 */
function clusterCpuSeconds(port: number): number | undefined {
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let cmd: string;
      try {
        cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      } catch {
        continue;
      }
      if (!cmd.includes('postgres') || !cmd.includes(`-p\u0000${port}`) && !cmd.includes(`-p ${port}`)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = [11, 12, 13, 14].reduce((a, i) => a + Number(f[i]), 0);
      return ticks / 100;
    }
  } catch { /* not Linux */ }
  return undefined;
}

/** JSON.parse alone over the same files (read in blocks, as the learner does): the one-thread ceiling of an NDJSON reader on this machine right now. */
function parseCeiling(dir: string): number {
  const t0 = performance.now();
  let bytes = 0;
  for (const f of readdirSync(dir)) {
    const path = join(dir, f);
    const size = statSync(path).size;
    bytes += size;
    eachLineOfRange({ path, name: f, start: 0, end: size }, (line) => JSON.parse(line));
  }
  return bytes / 1e6 / ((performance.now() - t0) / 1000);
}

/** One synthetic FHIR size: generate, learn in a child process, measure; with `recover`, also score parameter recovery. */
function fhirScaleRow(model: KnowledgeModel, n: number, seed: number, recover: boolean): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'ddx-scale-fhir-'));
  try {
    // Exactly `ddx records synth --model M --patients N --seed S`, then `ddx learn records --fhir DIR` (no base).
    const s = synthFhir(model, dir, { patients: n, seed });
    const bytes = readdirSync(dir).reduce((a, f) => a + statSync(join(dir, f)).size, 0);
    const ceiling = parseCeiling(dir);
    const r = learnChild(['--fhir', dir, '--out', join(dir, 'm.json'), '--report', join(dir, 'report.json'), '--min-count', '5']);
    const row: Record<string, unknown> = { patients: n, episodes: s.episodes, megabytes: Number((bytes / 1e6).toFixed(1)), seconds: r.seconds, mbPerSecond: r.mbPerSecond, cpuSeconds: r.cpuSeconds, mbPerCpuSecond: Number((bytes / 1e6 / r.cpuSeconds).toFixed(1)), workers: r.workers ?? 0, jsonParseOnlyMbPerSecond: Number(ceiling.toFixed(1)), peakRssMb: r.peakRssMb };
    if (recover) {
      const learned = loadModel(join(dir, 'm.json'));
      const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { labelEpisodes: Record<string, number> };
      const e = recoveryError(model, learned, report.labelEpisodes, 1000);
      row['recovery'] = { minEpisodes: 1000, pairs: e.n, conditions: e.conditions, mae: Number(e.mae.toFixed(4)), worst: Number(e.worst.toFixed(3)) };
    }
    return row;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** OMOP at scale: `patients` synthetic persons generated inside a private PostgreSQL cluster, then learned in a child process. */
async function omopScale(model: KnowledgeModel, patients: number, seed: number): Promise<Record<string, unknown>> {
  const cluster = await startPgCluster();
  try {
    const t0 = performance.now();
    const g = await synthOmopSql(model, cluster.url, { patients, seed, schema: 'ddx_synth' });
    const genSeconds = (performance.now() - t0) / 1000;
    const dbCpu0 = clusterCpuSeconds(cluster.port);
    const r = learnChild(['--omop', cluster.url, '--schema', 'ddx_synth', '--out', join(tmpdir(), `ddx-scale-omop-${process.pid}.json`), '--min-count', '5']);
    rmSync(join(tmpdir(), `ddx-scale-omop-${process.pid}.json`), { force: true });
    await new Promise((resolve) => setTimeout(resolve, 1000)); // let the postmaster reap the finished backend
    const dbCpu1 = clusterCpuSeconds(cluster.port);
    const dbCpu = dbCpu0 !== undefined && dbCpu1 !== undefined ? Number((dbCpu1 - dbCpu0).toFixed(1)) : undefined;
    return { persons: g.persons, episodes: g.episodes, factRows: g.facts, generateSeconds: Number(genSeconds.toFixed(1)), learnSeconds: r.seconds, nodeCpuSeconds: r.cpuSeconds, ...(dbCpu !== undefined ? { databaseCpuSeconds: dbCpu } : {}), peakRssMb: r.peakRssMb };
  } finally {
    await cluster.stop();
  }
}

/**
 * Registers `ddx bench records` (score episodes after a date with a model learned before it: top-1, top-5,
 * ECE, coverage) and `ddx bench records-scale` (learner speed and memory: NDJSON throughput, peak RSS, OMOP).
 */
export function registerBenchRecords(bench: Command): void {
  bench
    .command('records')
    .description('score episodes after a date with a model learned before it (top-1, top-5, ECE, coverage)')
    .option('--fhir <paths...>', 'FHIR NDJSON files, Bundles, or folders')
    .option('--omop-csv <dir>', 'OMOP CDM CSV extract (folder or .zip)')
    .option('--omop <url>', 'OMOP CDM PostgreSQL database')
    .option('--schema <s>', 'schema of the OMOP tables', 'public')
    .requiredOption('--model <file>', 'the model learned before --after (ddx learn records --until)')
    .requiredOption('--after <date>', 'score episodes at or after this date')
    .option('--window-days <d>', 'days before an encounter whose findings belong to its episode', '14')
    .option('--json', 'print one JSON object')
    .action(async (flags: Flags) => {
      const sources = [flags.fhir, flags.omopCsv, flags.omop].filter((x) => x !== undefined).length;
      if (sources !== 1) throw new CliUsageError('give exactly one of --fhir, --omop-csv, --omop');
      const model = loadModel(flags.model);
      const after = dateFlag('--after', flags.after);
      const windowDays = num('--window-days', flags.windowDays);
      if (flags.fhir) return print(await benchRecordsFhir(flags.fhir, model, after, windowDays), flags.json);
      const omop = await openOmopSource(flags.omopCsv ? { csv: flags.omopCsv } : { url: flags.omop!, schema: flags.schema });
      try {
        if (omop.source.kind !== 'omop') throw new Error('unreachable');
        const scorer = new RecordsScorer(model);
        await scanOmopEpisodes(omop.source.client, omop.source.schema, new Vocabulary(model), { windowDays, after }, (e) => scorer.add(e));
        print(scorer.result(new Date(after).toISOString().slice(0, 10)), flags.json);
      } finally {
        await omop.close();
      }
    });

  bench
    .command('records-scale')
    .description('records learner speed and memory: NDJSON throughput, peak RSS at two sizes, OMOP in PostgreSQL')
    .option('--patients <n>', 'synthetic OMOP patients generated in PostgreSQL', '1000000')
    .option('--fhir-patients <sizes>', 'synthetic FHIR sizes, each learned in its own process (the last is also scored for parameter recovery)', '2000,5000,20000')
    .option('--model <model>', 'model the synthetic patients are drawn from', 'primary-care')
    .option('--seed <s>', 'seed', '1')
    .option('--json', 'print one JSON object')
    .action(async (flags: ScaleFlags) => {
      const model = loadModel(flags.model);
      const seed = num('--seed', flags.seed, true);
      const sizes = flags.fhirPatients.split(',').map(Number);
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new CliUsageError('--fhir-patients must be integers, e.g. 2000,5000,20000');
      const patients = num('--patients', flags.patients, true);
      const out: Record<string, unknown> = { suite: 'records-scale', model: model.id, loadAverage: loadavg().map((x) => Number(x.toFixed(1))), cores: cpus().length };
      const fhir: Record<string, unknown>[] = [];
      for (const [i, n] of sizes.entries()) fhir.push(fhirScaleRow(model, n, seed, i === sizes.length - 1));
      out['fhir'] = fhir;
      // Memory should be flat in the number of patients: the largest size's peak RSS over the smallest's.
      if (fhir.length > 1) out['fhirPeakRssRatio'] = Number(((fhir[fhir.length - 1]!['peakRssMb'] as number) / (fhir[0]!['peakRssMb'] as number)).toFixed(2));
      out['omop'] = patients > 0 && postgresAvailable() ? await omopScale(model, patients, seed) : { skipped: patients === 0 ? '--patients 0' : 'no PostgreSQL binaries' };
      if (flags.json) process.stdout.write(`${JSON.stringify(out)}\n`);
      else process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    });
}
