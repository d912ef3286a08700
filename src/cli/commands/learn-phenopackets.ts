/** `ddx learn phenopackets`: train the rare-disease model from phenopacket-store cases (a chosen training part). */
import type { Command } from 'commander';
import { writeModelArtifact } from '../../learn/artifact.js';
import { buildPhenopacketModel } from '../../learn/phenopackets/build.js';
import { parseTrainPart } from '../../learn/phenopackets/split.js';
import type { TrainSelection } from '../../learn/phenopackets/select.js';
import { priceFor } from '../../bench/prices.js';
import { CliUsageError } from '../exit.js';
import { dataPath } from '../paths.js';

function num(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new CliUsageError(`--${name} must be a number >= 0`);
  return n;
}

/** The `--train` selection: all, dev, fold-0..fold-4 or case-hash; a usage error otherwise. */
export function parseTrainOption(s: string): TrainSelection {
  if (s === 'case-hash') return s;
  const t = parseTrainPart(s);
  if (!t) throw new CliUsageError('--train must be all, dev, fold-0..fold-4 or case-hash');
  return t;
}

/** Registers `ddx learn phenopackets`: build the rare-disease model: HPO annotations of every known disease, updated by phenopacket-store training cases. */
export function registerLearnPhenopackets(learn: Command): void {
  learn
    .command('phenopackets')
    .description('build the rare-disease model: HPO annotations of every known disease, updated by phenopacket-store training cases')
    .option('--data <dir>', 'folder with cases.jsonl, hp-2015-01-27.obo and hpo-labels.json', dataPath('phenopackets'))
    .option('--hpo <dir>', 'folder with phenotype.hpoa.gz, hp.json.gz and genes_to_phenotype.txt.gz', dataPath('hpo'))
    .option('--mondo <dir>', 'folder with mondo_terms_xrefs.derived.tsv.gz', dataPath('ontologies', 'mondo'))
    .option('--out <file>', 'model artifact to write', 'models/phenopackets.json')
    .option('--train <part>', 'training cases: all (shipped), dev (all but the untouched third), fold-K (dev minus fold K), case-hash (the old id-hash split)', 'all')
    .option('--case-weight <n>', 'pseudo-count weight of the annotation prior against training cases')
    .option('--prior-power <n>', 'prior = (1 + training cases) ^ power')
    .action((o: { data: string; hpo: string; mondo: string; out: string; train: string; caseWeight?: string; priorPower?: string }) => {
      const train = parseTrainOption(o.train);
      const caseWeight = num(o.caseWeight, 'case-weight');
      const priorPower = num(o.priorPower, 'prior-power');
      const { model, report } = buildPhenopacketModel({
        phenopacketsDir: o.data, hpoDir: o.hpo, mondoDir: o.mondo, train, priceOf: priceFor,
        params: { ...(caseWeight !== undefined ? { caseWeight } : {}), ...(priorPower !== undefined ? { priorPower } : {}) },
        warn: (m) => process.stderr.write(`ddx: ${m}\n`),
      });
      const written = writeModelArtifact(o.out, model);
      process.stdout.write(`${JSON.stringify({ out: o.out, bytes: written.bytes, contentHash: written.model.manifest.contentHash, ...report })}\n`);
    });
}
