/** `ddx learn phenopackets`: train the rare-disease model from phenopacket-store cases (train split only). */
import { join } from 'node:path';
import type { Command } from 'commander';
import { writeModelArtifact } from '../../learn/artifact.js';
import { isDevCase, parseJsonl, parsePhenopacket } from '../../learn/phenopackets/cases.js';
import { LABELS_FILE, OBO_FILE, loadOntology, readCasesText } from '../../learn/phenopackets/load.js';
import { learnPhenopacketModel } from '../../learn/phenopackets/train.js';
import { priceFor } from '../../bench/prices.js';
import { CliUsageError } from '../exit.js';
import { assertDeidentified, jsonRecords } from '../../learn/gate.js';
import { dataPath } from '../paths.js';

function num(v: string | undefined, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new CliUsageError(`--${name} must be a number >= 0`);
  return n;
}

export function registerLearnPhenopackets(learn: Command): void {
  learn
    .command('phenopackets')
    .description('learn disease x HPO-term frequencies and gene links from phenopacket-store cases (train split)')
    .option('--data <dir>', 'folder with cases.jsonl, hp-2015-01-27.obo and hpo-labels.json', dataPath('phenopackets'))
    .option('--out <file>', 'model artifact to write', 'models/phenopackets.json')
    .option('--dev-percent <n>', 'percent of cases held out as dev by id hash', '20')
    .option('--alpha <n>', 'shrinkage pseudo-count')
    .option('--leak-scale <n>', 'leak = scale x background frequency')
    .option('--prior-power <n>', 'prior = training cases ^ power')
    .action((o: { data: string; out: string; devPercent: string; alpha?: string; leakScale?: string; priorPower?: string }) => {
      const devPercent = num(o.devPercent, 'dev-percent', 20);
      if (devPercent > 100) throw new CliUsageError('--dev-percent must be at most 100');
      const onto = loadOntology(o.data);
      const cases = readCasesText(join(o.data, 'cases.jsonl'));
      // Published case reports carry coded fields only; their ids, gene cohorts and ontology labels are
      // terminology, not identifiers, so the gate skips exactly those fields and checks everything else.
      assertDeidentified('cases.jsonl', jsonRecords(cases.text), { allowFields: ['id', 'cohort', 'genes', 'diseases[].label'] });
      const parsed = parseJsonl(cases.text, parsePhenopacket);
      for (const s of parsed.skipped) process.stderr.write(`ddx: cases.jsonl line ${s.line} skipped: ${s.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}\n`);
      const train = parsed.items.filter((c) => !isDevCase(c.id, devPercent));
      const { model, report } = learnPhenopacketModel(train, onto.mapper, [
        { name: 'cases.jsonl', sha256: cases.sha256, rows: parsed.items.length },
        { name: OBO_FILE, sha256: onto.oboSha256, rows: onto.ontology.terms.size },
        { name: LABELS_FILE, sha256: onto.labelsSha256, rows: onto.labelCount },
      ], {
        devPercent, priceOf: priceFor,
        ...(o.alpha !== undefined ? { alpha: num(o.alpha, 'alpha', 0.5) } : {}),
        ...(o.leakScale !== undefined ? { leakScale: num(o.leakScale, 'leak-scale', 1) } : {}),
        ...(o.priorPower !== undefined ? { priorPower: num(o.priorPower, 'prior-power', 0.5) } : {}),
      });
      const written = writeModelArtifact(o.out, model);
      process.stdout.write(`${JSON.stringify({ out: o.out, bytes: written.bytes, contentHash: written.model.manifest.contentHash, cases: parsed.items.length, skipped: parsed.skipped.length, devCases: parsed.items.length - train.length, ...report })}\n`);
    });
}
