/**
 * `ddx risk <extract>`: re-identification risk of a training extract (CSV or JSONL; format in
 * docs/privacy.md): k-anonymity, share of records in classes below k, prosecutor and journalist risk,
 * ℓ-diversity, and the generalisation needed to reach k with its cost. `--json` for machines.
 */
import type { Command } from 'commander';
import { formatIssues, InputError, issue } from '../../core/issues.js';
import { assessRisk, parseExtract, type RiskMetrics, type RiskReport } from '../../privacy/risk/index.js';
import { CliUsageError } from '../exit.js';
import { readUtf8 } from './deid.js';

interface RiskFlags {
  json?: boolean;
  k: string;
  samplingFraction: string;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function metricsLines(m: RiskMetrics): string[] {
  return [
    `  records ${m.records}, classes ${m.classes}, k = ${m.k}`,
    `  records in classes below k: ${pct(m.shareInClassesBelowK)}`,
    `  prosecutor risk: max ${m.prosecutorRiskMax.toFixed(3)}, mean ${m.prosecutorRiskMean.toFixed(3)}`,
    `  journalist risk: max ${m.journalistRiskMax.toFixed(3)}, mean ${m.journalistRiskMean.toFixed(3)}`,
    `  l-diversity of primary diagnosis: ${m.lDiversity} (${m.classesWithLBelow2} classes with a single diagnosis)`,
  ];
}

/** A re-identification risk report as text. */
export function formatRisk(r: RiskReport): string {
  return [
    `Quasi-identifiers: ${r.assumptions.quasiIdentifiers.join(', ')}; target k = ${r.assumptions.kTarget}; journalist risk assumes a ${pct(r.assumptions.samplingFraction)} sample of the population`,
    'Before generalisation:',
    ...metricsLines(r.before),
    `Generalisation chosen: ${r.generalisation.name}`,
    'After generalisation and suppression:',
    ...metricsLines(r.after),
    `Cost: ${r.cost.recordsSuppressed} records suppressed (${pct(r.cost.shareSuppressed)}), precision loss ${r.cost.precisionLoss.toFixed(2)}, discernibility ${r.cost.discernibility}`,
    '',
  ].join('\n');
}

/** Registers `ddx risk`: re-identification risk of a training extract (k-anonymity, prosecutor/journalist risk, l-diversity). */
export function registerRisk(program: Command): void {
  program
    .command('risk')
    .description('re-identification risk of a training extract (k-anonymity, prosecutor/journalist risk, l-diversity)')
    .argument('[extract]', 'CSV (header: age,sex,zip,year,dx) or JSONL extract')
    .option('--json', 'print machine-readable JSON')
    .option('--k <k>', 'target k', '5')
    .option('--sampling-fraction <f>', 'share of the population in the extract, for journalist risk', '0.1')
    .action((path: string | undefined, flags: RiskFlags) => {
      if (!path) throw new CliUsageError('give an extract file: ddx risk extract.csv');
      const k = Number(flags.k);
      if (!Number.isInteger(k) || k < 2) throw new CliUsageError('--k must be an integer >= 2');
      const f = Number(flags.samplingFraction);
      if (!(f > 0 && f <= 1)) throw new CliUsageError('--sampling-fraction must be in (0, 1]');
      const { records, issues } = parseExtract(readUtf8(path));
      if (records.length === 0) throw new InputError([issue('empty', '$', 'no valid records in the extract'), ...issues]);
      const report = assessRisk(records, { k, samplingFraction: f });
      process.stdout.write(flags.json ? `${JSON.stringify({ ...report, skippedLines: issues.length }, null, 2)}\n` : formatRisk(report));
      if (issues.length) process.stderr.write(`ddx: ${issues.length} line(s) skipped\n${formatIssues(issues.slice(0, 20))}\n`);
    });
}
