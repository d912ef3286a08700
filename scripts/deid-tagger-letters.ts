/**
 * The learned word tagger (src/privacy/deid/tagger.ts) measured on the out-of-domain letters, where recall is lost.
 * `--cv`: grouped cross-validation by letter set over the read sets letters10-16 (folds 10+11, 12+13, 14+15, 16: train on
 * four sets with surrogate augmentation, score the rules alone and rules + tagger on the two held out), built-in lists
 * only (as /work/wt/deidscore.sh). `--final`: the chosen configuration trained on all seven sets and scored, aggregates
 * only, on a never-opened file (`--score FILE`) and on the nursing dev cv folds (each fold held out of training when
 * the nursing notes train too, as scripts/deid-tagger-cv.ts; nursing scored with the data-folder lists, as `bench deid`).
 * `--styles`: the tagger's lane thresholds (`DetectOptions.tagStyleMin`) tried; `--nursing-cv` also scores the
 * letters-only model on the nursing cv folds at each threshold and margin (the lane is chosen on both, read data).
 *   node --import tsx scripts/deid-tagger-letters.ts --cv [--rules 0|1] [--nursing 0|1] [--margins 0,2,4] [--styles 0,.2] [--nursing-cv] [--epochs 5]
 *   node --import tsx scripts/deid-tagger-letters.ts --final --margin M [--styles S] [--rules 0|1] [--nursing 0|1] [--score FILE] [--nursing-lexicons none]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, newScore, reportedSpansForPatient, scoreNote, splitPatients, type Lexicon, type ScoreAccumulator } from '../src/privacy/deid/index.js';
import { detectRuleSpans } from '../src/privacy/deid/detect.js';
import { decodeWeights, type TaggerWeights } from '../src/privacy/deid/tagger.js';
import { encodeWeights, trainTagger, type TrainNote } from '../src/privacy/deid/tagger-train.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const dir = arg('--dir', '/work/wt/data');
const data = process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data');
const epochs = Number(arg('--epochs', '5'));
const withRules = arg('--rules', '1') === '1';
const withNursing = arg('--nursing', '0') === '1';

interface Row { patient: string; text: string; phi: { start: number; end: number; type: string }[] }
const read = (path: string): Row[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const SETS = [10, 11, 12, 13, 14, 15, 16];
/** `--negatives K`: the letters' PHI-free texts repeated K times in training (extra negatives; default 1, once). */
const negatives = Number(arg('--negatives', '1'));
const letters = new Map(SETS.map((k) => [k, read(resolve(dir, `l${k}.jsonl`))]));
const builtIn = getDefaultLexicon();

const nursingAll = read(resolve(data, 'deid', 'nursing-notes-dev.jsonl'));
const split = splitPatients(nursingAll.map((r) => r.patient));
const nursingCv = nursingAll.filter((r) => !split.untouched.has(r.patient));

function train(rows: readonly Row[], seed: number): TaggerWeights {
  const extra = rows.filter((r) => r.phi.length === 0 && r.patient.startsWith('letter'));
  const notes: TrainNote[] = [...rows, ...Array.from({ length: Math.max(0, negatives - 1) }, () => extra).flat()].map((r) => ({ text: r.text, gold: r.phi }));
  return trainTagger(notes, builtIn, { epochs, seed, ...(withRules ? { rulesOf: (t: string) => detectRuleSpans(t, { lexicon: builtIn }) } : {}) });
}

/** Score per patient (as `ddx deid spans`), years kept as Safe Harbor allows. */
function score(rows: readonly Row[], lexicon: Lexicon, tagger: TaggerWeights | undefined, margin: number, style = 0): ScoreAccumulator {
  const acc = newScore();
  const byP = new Map<string, Row[]>();
  for (const r of rows) { const l = byP.get(r.patient); if (l) l.push(r); else byP.set(r.patient, [r]); }
  for (const list of byP.values()) {
    const spans = reportedSpansForPatient(detectPhiForPatient(list.map((r) => r.text), { lexicon, ...(tagger ? { tagger, tagMargin: margin, tagStyleMin: style } : { tagger: false }) }));
    list.forEach((r, k) => scoreNote(acc, r.text, r.phi, spans[k] ?? []));
  }
  return acc;
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const fig = (a: ScoreAccumulator): Record<string, number> => ({ phi: a.phi, strict: r4(a.strict / a.phi), lenient: r4(a.lenient / a.phi), prec: r4(a.predInGold / a.predChars), flagged: a.cleanFlagged, clean: a.clean });
const say = (o: unknown): void => { process.stdout.write(`${JSON.stringify(o)}\n`); };

const styles = arg('--styles', '0').split(',').map(Number);
if (process.argv.includes('--cv')) {
  const margins = arg('--margins', '0,2,4').split(',').map(Number);
  const FOLDS = [[10, 11], [12, 13], [14, 15], [16]];
  FOLDS.forEach((held, f) => {
    const trainRows = SETS.filter((k) => !held.includes(k)).flatMap((k) => letters.get(k) ?? []);
    const testRows = held.flatMap((k) => letters.get(k) ?? []);
    const weights = train(withNursing ? [...trainRows, ...nursingCv] : trainRows, 20 + f);
    say({ fold: held.join('+'), run: 'rules', ...fig(score(testRows, builtIn, undefined, 0)) });
    for (const st of styles) for (const m of margins) say({ fold: held.join('+'), run: `tagger@${m}`, style: st, rules: withRules, nursing: withNursing, ...fig(score(testRows, builtIn, weights, m, st)) });
  });
  // `--nursing-cv`: the letters-only model (all six sets) on the nursing cv folds (read), data-folder lists, per lane threshold.
  // With `--nursing 1`, each nursing fold is scored by a model trained without it.
  if (process.argv.includes('--nursing-cv')) {
    const lettersAll = SETS.flatMap((k) => letters.get(k) ?? []);
    const lettersOnly = withNursing ? undefined : train(lettersAll, 20);
    const dataLex = extendLexicon(resolve(data, 'deid', 'lexicons'));
    for (let f = 0; f < split.folds; f++) {
      const test = nursingCv.filter((r) => split.fold.get(r.patient) === f);
      const weights = lettersOnly ?? train([...lettersAll, ...nursingCv.filter((r) => split.fold.get(r.patient) !== f)], 20);
      say({ fold: `nursing-${f}`, run: 'rules', ...fig(score(test, dataLex, undefined, 0)) });
      for (const st of styles) for (const m of margins) say({ fold: `nursing-${f}`, run: `tagger@${m}`, style: st, ...fig(score(test, dataLex, weights, m, st)) });
    }
  }
} else if (process.argv.includes('--final')) {
  const margin = Number(arg('--margin', '0'));
  const lettersAll = SETS.flatMap((k) => letters.get(k) ?? []);
  const scoreFile = arg('--score', '');
  if (scoreFile) {
    const rows = read(scoreFile);
    // The weights as they would ship: through their compact text form (int8-quantised).
    const weights = decodeWeights(encodeWeights(train(withNursing ? [...lettersAll, ...nursingCv] : lettersAll, 20)));
    // Aggregates only: this file is never opened.
    say({ set: 'score', run: 'rules', ...fig(score(rows, builtIn, undefined, 0)) });
    say({ set: 'score', run: `tagger@${margin}`, style: styles[0], ...fig(score(rows, builtIn, weights, margin, styles[0])) });
  }
  // `--nursing-lexicons none` (a diagnosis): the nursing notes with the built-in lists the model was trained with.
  const dataLex = arg('--nursing-lexicons', '') === 'none' ? builtIn : extendLexicon(resolve(data, 'deid', 'lexicons'));
  const lettersOnly = withNursing ? undefined : decodeWeights(encodeWeights(train(lettersAll, 20)));
  for (let f = 0; f < split.folds; f++) {
    const test = nursingCv.filter((r) => split.fold.get(r.patient) === f);
    const weights = lettersOnly ?? train([...lettersAll, ...nursingCv.filter((r) => split.fold.get(r.patient) !== f)], 20);
    say({ set: `nursing-fold-${f}`, run: 'rules', ...fig(score(test, dataLex, undefined, 0)) });
    say({ set: `nursing-fold-${f}`, run: `tagger@${margin}`, style: styles[0], ...fig(score(test, dataLex, weights, margin, styles[0])) });
  }
}
