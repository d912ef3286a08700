/**
 * `ddx bench deid`: detection quality and speed on a gold notes file in the PhysioNet format
 * ({"patient","note","text","phi":[{start,end,type}]} per line). Prints one JSON object with
 * phi, recall_strict, recall_lenient, char_precision, notes_per_s (definitions as score_deid.py).
 * notes_per_s is the median of three timed detection passes over all notes (parsing excluded), after one
 * warm-up pass, on one thread; notes_per_cpu_s the same passes over this process's CPU time (the honest figure on
 * a loaded machine).
 *
 * Dev discipline (src/privacy/deid/patient-split.ts): `cv` gives the figures per patient fold (mean and worst) on
 * the two thirds of the patients one may look at; `untouched` the third nobody looks at while developing, printed
 * only with `--untouched` (score it at the end of a round). `--split cv` makes the headline figures (and `--pred`)
 * cover the cv patients only, for error analysis that never sees the untouched notes.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError, type Issue } from '../../core/issues.js';
import { newScore, parseNoteLines, scoreNote, splitPatients, summarise, type GoldPhi, type PhiSpan, type ScoreSummary } from '../../privacy/deid/index.js';
import { chooseDeidLexicons, loadDeidLexicon } from '../deid-lexicon.js';
import { CliUsageError } from '../exit.js';
import { dataPath } from '../paths.js';
import { phiByPatient, readUtf8 } from './deid.js';

interface BenchDeidFlags {
  notes?: string;
  json?: boolean;
  lexicons?: string;
  pred?: string;
  split?: string;
  untouched?: boolean;
  redactYears?: boolean;
}

interface GoldNote {
  readonly patient: string;
  readonly note: string;
  readonly text: string;
  readonly gold: GoldPhi[];
}

/** Score the notes whose index passes `keep`. */
function scoreWhere(notes: readonly GoldNote[], preds: readonly PhiSpan[][], keep: (i: number) => boolean): ScoreSummary {
  const acc = newScore();
  notes.forEach((n, i) => { if (keep(i)) scoreNote(acc, n.text, n.gold, preds[i] ?? []); });
  return summarise(acc);
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;
const FIGURES = ['recall_strict', 'recall_lenient', 'char_precision', 'clean_notes_flagged'] as const;

/** Per-fold figures with their mean and worst fold (worst = lowest, or highest for clean notes flagged). */
function crossValidation(notes: readonly GoldNote[], preds: readonly PhiSpan[][], fold: ReadonlyMap<string, number>, k: number): Record<string, unknown> {
  const folds = Array.from({ length: k }, (_, f) => scoreWhere(notes, preds, (i) => fold.get(notes[i]?.patient ?? '') === f));
  const mean: Record<string, number> = {};
  const worst: Record<string, number> = {};
  for (const key of FIGURES) {
    const xs = folds.map((s) => s[key]);
    mean[key] = r4(xs.reduce((a, b) => a + b, 0) / xs.length);
    worst[key] = key === 'clean_notes_flagged' ? Math.max(...xs) : Math.min(...xs);
  }
  return { folds: folds.map((s) => ({ phi: s.phi, recall_strict: s.recall_strict, recall_lenient: s.recall_lenient, char_precision: s.char_precision, clean_notes_flagged: s.clean_notes_flagged })), mean, worst };
}

function defaultNotes(): string | undefined {
  const p = dataPath('deid', 'nursing-notes-dev.jsonl');
  return existsSync(p) ? p : undefined;
}

function goldOf(raw: unknown): GoldPhi[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((p): p is GoldPhi => !!p && typeof p === 'object' && Number.isInteger((p as GoldPhi).start) && Number.isInteger((p as GoldPhi).end) && typeof (p as GoldPhi).type === 'string');
}

/** Registers `ddx bench deid`: de-identification recall/precision and speed on gold-annotated notes. */
export function registerBenchDeid(bench: Command): void {
  bench
    .command('deid')
    .description('de-identification recall/precision and speed on gold-annotated notes')
    .option('--notes <jsonl>', 'gold notes JSONL (default <data>/deid/nursing-notes-dev.jsonl; data: $DDX_DATA or ../shared/data)')
    .option('--lexicons <dir>', 'extra word lists, or "none" for the built-in lists only (default: $DDX_DEID_LEXICONS, else <data>/deid/lexicons if present)')
    .option('--pred <file>', 'also write the predicted spans JSONL here (for score_deid.py)')
    .option('--split <which>', 'headline figures over "all" patients (default) or the "cv" patients only (never the untouched third)', 'all')
    .option('--redact-years', 'score four-digit years on their own as redacted too (as `ddx deid spans --redact-years`)')
    .option('--untouched', 'also score the untouched third of the patients (do this at the end of a round only)')
    .option('--json', 'print JSON (the default output is JSON as well)')
    .action((flags: BenchDeidFlags) => {
      if (flags.split !== 'all' && flags.split !== 'cv') throw new CliUsageError('--split must be all or cv');
      const path = flags.notes ?? defaultNotes();
      if (!path) throw new CliUsageError('give --notes <jsonl> (no default gold file found)');
      const choice = chooseDeidLexicons(flags.lexicons);
      const lexicon = loadDeidLexicon(choice);
      const text = readUtf8(path);
      const issues: Issue[] = [];
      const notes: GoldNote[] = [];
      const rawLines = text.split('\n');
      for (const n of parseNoteLines(text, issues)) {
        const raw = JSON.parse(rawLines[n.line - 1] ?? '{}') as { phi?: unknown };
        const gold = goldOf(raw.phi);
        notes.push({ patient: n.patient, note: n.note, text: n.text, gold });
      }
      if (issues.length) throw new InputError(issues);
      if (notes.length === 0) throw new CliUsageError('no notes in the gold file');
      // Notes are de-identified per patient, as `ddx deid spans` does: a name found in one note is looked for in the others.
      const run = (): PhiSpan[][] => phiByPatient(notes, lexicon, flags.redactYears === true);
      run(); // warm-up pass so the JIT has compiled the detector
      // Three timed passes, median reported: one pass on a shared 2-core machine is noisy.
      const times: number[] = [];
      const cpuTimes: number[] = [];
      let preds: PhiSpan[][] = [];
      for (let pass = 0; pass < 3; pass++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        preds = run();
        const c = process.cpuUsage(c0);
        times.push((performance.now() - t0) / 1000);
        cpuTimes.push((c.user + c.system) / 1e6);
      }
      const seconds = [...times].sort((a, b) => a - b)[1] ?? 1;
      // CPU seconds of this process: on a shared, loaded machine wall time measures the neighbours as much as ddx.
      const cpuSeconds = [...cpuTimes].sort((a, b) => a - b)[1] ?? 1;
      const split = splitPatients(notes.map((n) => n.patient));
      const shown = (i: number): boolean => flags.split === 'all' || !split.untouched.has(notes[i]?.patient ?? '');
      if (flags.pred) {
        const lines = notes.flatMap((n, i) => shown(i) ? [JSON.stringify({ patient: n.patient, note: n.note, spans: preds[i] })] : []);
        writeFileSync(flags.pred, lines.join('\n') + '\n');
      }
      const s = scoreWhere(notes, preds, shown);
      const untouchedIdx = (i: number): boolean => split.untouched.has(notes[i]?.patient ?? '');
      process.stdout.write(`${JSON.stringify({
        phi: s.phi,
        recall_strict: s.recall_strict,
        recall_lenient: s.recall_lenient,
        char_precision: s.char_precision,
        notes_per_s: Math.round(notes.length / seconds),
        notes_per_cpu_s: Math.round(notes.length / cpuSeconds),
        notes: notes.length,
        clean_notes_flagged: s.clean_notes_flagged,
        recall_strict_by_type: s.recall_strict_by_type,
        split: flags.split,
        cv: crossValidation(notes, preds, split.fold, split.folds),
        ...(flags.untouched ? { untouched: (({ recall_strict_by_type: _t, ...u }) => u)(scoreWhere(notes, preds, untouchedIdx)) } : {}),
        // Which word lists ran: the built-in ones only, or plus a directory (from the flag, the environment or the data folder).
        lexicons: choice.source === 'built-in' ? 'built-in' : `built-in + ${choice.source}`,
      })}\n`);
    });
}
