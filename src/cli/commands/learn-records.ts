/**
 * `ddx learn records (--fhir PATH... | --omop-csv DIR | --omop DATABASE_URL [--schema S]) --out model.json
 * [--base primary-care|FILE] [--until DATE] [--epsilon E] [--min-count K]`: learn a model from the
 * organisation's own longitudinal records. FHIR is streamed here; OMOP is counted by SQL inside the
 * database (a CSV extract is loaded into embedded PGlite first, so both run the same queries).
 * With --epsilon the counts are released with discrete Laplace noise and ε is charged to the ledger.
 */
import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { datasetId, checkSpend } from '../../privacy/dp/index.js';
import { modelContentHash, writeModelArtifact } from '../../learn/artifact.js';
import { loadModel } from '../../learn/builtin-models.js';
import { dpRng } from '../../learn/dp-counts.js';
import { learnRecords, type LearnRecordsOptions, type RecordsSource } from '../../learn/records/learn.js';
import { openOmopSource } from '../../learn/records/omop-open.js';
import { parseFhirDate } from '../../intake/fhir/shape.js';
import { CliUsageError } from '../exit.js';
import { DEFAULT_DATA_DIR, DEFAULT_EPSILON_BUDGET, openLedger } from './learn-ddxplus.js';

interface Flags {
  fhir?: string[];
  omopCsv?: string;
  omop?: string;
  schema: string;
  out: string;
  base?: string;
  until?: string;
  epsilon?: string;
  epsilonBudget: string;
  minCount: string;
  windowDays: string;
  priorStrength: string;
  likelihoodStrength: string;
  report?: string;
  ledger?: string;
  dataDir: string;
  dpSeed?: string;
  dpMaxEpisodes: string;
  dpMaxFindings: string;
  workers?: string;
}

/** A numeric flag (`integer`: whole numbers only) at least `min`; otherwise a usage error naming the flag. */
export function num(flag: string, value: string, integer = false, min = 0): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) throw new CliUsageError(`${flag} must be ${integer ? 'an integer' : 'a number'} >= ${min}`);
  return n;
}

/** A date flag as epoch ms (YYYY, YYYY-MM or YYYY-MM-DD). */
export function dateFlag(flag: string, value: string): number {
  const t = parseFhirDate(value);
  if (t === undefined) throw new CliUsageError(`${flag} must be a date (YYYY-MM-DD)`);
  return t;
}

/** CPU time of this process (user + system): unlike wall time, it does not depend on the machine's load. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

/** Registers `ddx learn records`: learn a model from longitudinal records: FHIR Bulk Data NDJSON / Bundles, or an OMOP CDM database or CSV extract. */
export function registerLearnRecords(learn: Command): void {
  learn
    .command('records')
    .description('learn a model from longitudinal records: FHIR Bulk Data NDJSON / Bundles, or an OMOP CDM database or CSV extract')
    .option('--fhir <paths...>', 'FHIR NDJSON files, Bundles, or folders of them')
    .option('--omop-csv <dir>', 'an OMOP CDM CSV extract (folder or .zip), loaded into embedded PGlite')
    .option('--omop <url>', 'an OMOP CDM PostgreSQL database (counted in the database)')
    .option('--schema <s>', 'schema of the OMOP tables', 'public')
    .requiredOption('--out <file>', 'where to write the model artifact')
    .option('--base <model>', 'built-in model id or model file whose knowledge is the prior (e.g. primary-care)')
    .option('--until <date>', 'learn only from episodes before this date')
    .option('--epsilon <e>', 'release the counts with ε-differential privacy (needs --base; charged to the privacy ledger)')
    .option('--epsilon-budget <e>', 'total ε for this dataset, set by its first release', String(DEFAULT_EPSILON_BUDGET))
    .option('--min-count <k>', 'add a condition or finding new to the base once it has this many episodes', '10')
    .option('--window-days <d>', 'days before an encounter whose findings belong to its episode', '14')
    .option('--prior-strength <n>', 'pseudo-episodes per age-sex cell the base prior is worth', '500')
    .option('--likelihood-strength <n>', 'pseudo-episodes per condition a base likelihood is worth', '20')
    .option('--report <file>', 'write the mapping report (unmapped codes with counts, skipped episodes) as JSON')
    .option('--data-dir <dir>', 'the store holding the privacy ledger (as for ddx serve; ignored when DATABASE_URL is set)', DEFAULT_DATA_DIR)
    .option('--ledger <file>', 'keep the privacy ledger in this JSON file instead of the store')
    .option('--dp-seed <n>', 'seed the noise (evaluation only: a seeded release is not private)')
    .option('--dp-max-episodes <n>', 'episodes per patient counted under --epsilon (bounds the sensitivity)', '10')
    .option('--dp-max-findings <n>', 'present and tested findings per episode counted under --epsilon', '20')
    .option('--workers <n>', 'FHIR: worker threads (default: one per core, up to 4, for 64 MB of NDJSON or more; 0 = none)')
    .action(async (flags: Flags) => {
      const started = performance.now();
      const cpu0 = process.cpuUsage();
      const sources = [flags.fhir ? 1 : 0, flags.omopCsv ? 1 : 0, flags.omop ? 1 : 0].reduce((a, b) => a + b, 0);
      if (sources !== 1) throw new CliUsageError('give exactly one of --fhir, --omop-csv, --omop');
      const base = flags.base ? loadModel(flags.base) : undefined;
      const opts: { -readonly [K in keyof LearnRecordsOptions]: LearnRecordsOptions[K] } = {
        minCount: num('--min-count', flags.minCount, true, 1),
        windowDays: num('--window-days', flags.windowDays, false, 0),
        priorStrength: num('--prior-strength', flags.priorStrength),
        likelihoodStrength: num('--likelihood-strength', flags.likelihoodStrength),
        ...(base ? { base } : {}),
        ...(flags.until ? { until: dateFlag('--until', flags.until) } : {}),
        ...(flags.workers !== undefined ? { workers: num('--workers', flags.workers, true, 0) } : {}),
      };
      if (flags.epsilon === undefined && flags.dpSeed !== undefined) throw new CliUsageError('--dp-seed needs --epsilon');
      const omop = flags.fhir ? undefined : await openOmopSource(flags.omopCsv ? { csv: flags.omopCsv } : { url: flags.omop!, schema: flags.schema });
      let dp: { ledger: Awaited<ReturnType<typeof openLedger>>; id: string; epsilon: number; budget: number; purpose: string; mechanism: string } | undefined;
      try {
        const source: RecordsSource = omop ? omop.source : { kind: 'fhir', paths: flags.fhir! };
        if (flags.epsilon !== undefined) {
          if (!base) throw new CliUsageError('--epsilon needs --base: the base model fixes which counts are released');
          const epsilon = num('--epsilon', flags.epsilon);
          if (!(epsilon > 0)) throw new CliUsageError('--epsilon must be > 0');
          const budget = num('--epsilon-budget', flags.epsilonBudget);
          const maxEpisodes = num('--dp-max-episodes', flags.dpMaxEpisodes, true, 1);
          const maxFindings = num('--dp-max-findings', flags.dpMaxFindings, true, 1);
          const seed = flags.dpSeed === undefined ? undefined : num('--dp-seed', flags.dpSeed, true, 1);
          const id = datasetId(omop ? omop.identity : `fhir|${[...flags.fhir!].sort().join('|')}`);
          const ledger = await openLedger(flags);
          try {
            checkSpend(await ledger.get(id), id, epsilon, 'check', budget);
          } catch (err) {
            await ledger.close();
            throw err;
          }
          opts.dp = { epsilon, rng: dpRng(seed), maxEpisodes, maxFindings };
          const mechanism = `discrete Laplace (exact sampler), pure epsilon-DP, sequential composition; per patient at most ${maxEpisodes} episodes x ${maxFindings} findings`;
          dp = { ledger, id, epsilon, budget, purpose: `ddx learn records: noisy counts${seed === undefined ? '' : ', seeded for evaluation'}`, mechanism };
        }
        const { model, report } = await learnRecords(source, opts);
        if (dp) await dp.ledger.spend(dp.id, dp.epsilon, dp.purpose, dp.budget, { mechanism: dp.mechanism, modelHash: modelContentHash(model) });
        const { model: written, bytes } = writeModelArtifact(flags.out, model);
        if (flags.report) writeFileSync(flags.report, `${JSON.stringify(report, null, 1)}\n`);
        const secs = (performance.now() - started) / 1000;
        const unmappedRecords = report.unmapped.reduce((a, u) => a + u.n, 0);
        process.stderr.write(`learned from ${report.patients} patients, ${report.episodes} episodes (${report.labels} diagnosis labels) in ${secs.toFixed(1)} s${report.bytes ? ` (${(report.bytes / 1e6 / secs).toFixed(1)} MB/s)` : ''}; model: ${written.conditions.length} conditions, ${written.findings.length} findings; ${report.unmapped.length} unmapped codes in ${unmappedRecords} records${flags.report ? ` (see ${flags.report})` : ''}${dp ? `; epsilon ${dp.epsilon} charged to ${dp.ledger.where}` : ''}${report.workers ? `; ${report.workers} worker threads` : ''}; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; cpu ${cpuSeconds(cpu0).toFixed(1)} s\n`);
        for (const u of report.unmapped.slice(0, 10)) process.stderr.write(`  unmapped ${u.role}: ${u.system.replace(/^https?:\/\//, '')}|${u.code} ${u.display} (${u.n})\n`);
        process.stdout.write(`${flags.out}\t${bytes} bytes\t${written.manifest.contentHash}\n`);
      } finally {
        await dp?.ledger.close();
        await omop?.close();
      }
    });
}
