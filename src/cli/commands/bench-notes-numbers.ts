/**
 * `ddx bench notes-numbers [--model <file>] [--half read|score] [--json]`: short notes whose vital
 * signs, laboratory values or written results decide the diagnosis (`src/bench/notes-numbers/notes.json`,
 * written for ddx), through the notes pipeline and the instant differential. Prints top-3 and top-1
 * per half: `read` notes were looked at while developing, `score` notes only scored.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { runNotesNumbers, type NumbersNote } from '../../bench/notes-numbers/run.js';
import { loadModel } from '../../learn/builtin-models.js';
import { CliUsageError } from '../exit.js';
import { readJsonFile } from '../io.js';

const REPO_ROOT = resolve(fileURLToPath(new URL('../../../', import.meta.url)));

interface Flags {
  model: string;
  notes?: string;
  half?: string;
  json?: boolean;
}

/** Registers `ddx bench notes-numbers`: notes whose values decide the diagnosis: top-3 / top-1 per half (read, score). */
export function registerBenchNotesNumbers(bench: Command): void {
  bench
    .command('notes-numbers')
    .description('notes whose values decide the diagnosis: top-3 / top-1 per half (read, score)')
    .option('--model <id|file>', 'model id or file', 'primary-care')
    .option('--notes <file>', 'notes JSON (default src/bench/notes-numbers/notes.json)')
    .option('--half <half>', 'only the read or the score half')
    .option('--json', 'print JSON (the default output is JSON as well)')
    .action((flags: Flags) => {
      if (flags.half !== undefined && flags.half !== 'read' && flags.half !== 'score') throw new CliUsageError('--half must be read or score');
      const file = readJsonFile(flags.notes ?? resolve(REPO_ROOT, 'src/bench/notes-numbers/notes.json')) as { notes?: NumbersNote[] };
      if (!Array.isArray(file.notes)) throw new CliUsageError('the notes file needs a "notes" array');
      const notes = flags.half ? file.notes.filter((n) => n.half === flags.half) : file.notes;
      const r = runNotesNumbers(loadModel(flags.model), notes);
      process.stdout.write(`${JSON.stringify({ model: r.model, halves: r.halves, notes: r.notes.filter((n) => n.half === 'read') })}\n`);
    });
}
