/**
 * The judge's naming audit (dev tool, not a benchmark): for every gold NAME of the vignette dev files, which
 * model conditions the judge accepts (score >= 4) and the highest score, per dev half. It runs no case and
 * prints no case text: only gold names and condition names, so the score half's cases stay unread while the
 * matches the judge makes can be checked by hand (docs/log/primary-care-history.md, "Thirteenth session, judge").
 * Usage: DDX_DATA=/work/shared/data node --import tsx scripts/judge-audit.ts [--model file] [--cases file]...
 *        [--list file] [--no-vocabularies] [--uncovered] [--read]
 * With --list, the names of a condition list (one a line) instead of the dev files: a wider sample to audit.
 * With --read, only the read half's rows are judged and printed (src/bench/vignettes/split.ts): the gold names of the
 * half you only score stay unseen (the seventeenth session filtered them out with awk before printing).
 */
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../src/learn/artifact.js';
import { judge, type JudgedDisease } from '../src/bench/judge.js';
import { acceptedConditions, judged, truthOf } from '../src/bench/vignettes/run.js';
import { halfOf } from '../src/bench/vignettes/split.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';

const data = process.env['DDX_DATA'] ?? '/work/shared/data';
const argv = process.argv.slice(2);
const modelPath = argv.includes('--model') ? argv[argv.indexOf('--model') + 1]! : 'models/primary-care.json';
const files = argv.flatMap((a, i) => (a === '--cases' ? [argv[i + 1]!] : []));
const casesFiles = files.length > 0 ? files : [`${data}/cases/medqa-dev-diagnosis.jsonl`, `${data}/cases/osce-medqa-dev.jsonl`];
const model = readModelArtifact(modelPath);
const accepted = (truth: JudgedDisease): Set<number> => acceptedConditions(model, truth);
const truthCodes = argv.includes('--no-vocabularies') ? undefined : truthResolver(readOntologies(data));

/** The gold name of a row (MedQA `diagnosis`, OSCE `Correct_Diagnosis`). */
function goldName(raw: Record<string, unknown>): string | undefined {
  if (typeof raw['diagnosis'] === 'string') return raw['diagnosis'];
  const osce = raw['OSCE_Examination'] as Record<string, unknown> | undefined;
  return typeof osce?.['Correct_Diagnosis'] === 'string' ? osce['Correct_Diagnosis'] : undefined;
}

/** The conditions the judge accepts for a gold name, with their scores ("ancestor" for the ancestor rule). */
function matches(gold: string): string {
  const truth = truthOf(gold, truthCodes ? { truthCodes } : {});
  const hits = [...accepted(truth)].sort((a, b) => a - b).map((i) => ({ i, s: judge(judged(model, i), truth) as number }));
  return hits.map((h) => `${model.conditions[h.i]!.name} (${h.s >= 4 ? h.s : 'ancestor'})`).join('; ');
}

const listFiles = argv.flatMap((a, i) => (a === '--list' ? [argv[i + 1]!] : []));
for (const file of listFiles) {
  // A condition list (one name a line, "#" comments), judged as gold names are.
  for (const gold of new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')))) {
    process.stdout.write(`list\t-\t${gold}\t${matches(gold)}\n`);
  }
}

for (const file of listFiles.length > 0 ? [] : casesFiles) {
  const rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
  for (const raw of rows) {
    const gold = goldName(raw)?.trim();
    if (gold === undefined || (argv.includes('--read') && halfOf(raw) !== 'read')) continue;
    const m = matches(gold);
    if (argv.includes('--uncovered') && m !== '') continue;
    const tag = file.includes('osce') ? 'osce' : 'medqa';
    process.stdout.write(`${tag}\t${halfOf(raw)}\t${gold}\t${m}\n`);
  }
}
