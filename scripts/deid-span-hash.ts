/**
 * Proof of identity for behaviour-preserving changes to the de-identifier: one sha256 per gold JSONL file of every
 * note's detected spans (start, end, type; notes detected per patient, as the bench does), with the built-in lists
 * and with the data folder's lists. Prints hashes only, never text, so it may be run on any set, a score-only one too.
 *   DDX_DATA=/work/shared/data node --import tsx scripts/deid-span-hash.ts [--lexicons DIR] a.jsonl b.jsonl ...
 * (without DDX_DATA or --lexicons the data lists are looked for in ../shared/data from the working directory, which a
 * worktree under /work/wt does not have).
 */
import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { detectPhiForPatient, extendLexicon, getDefaultLexicon, type Lexicon } from '../src/privacy/deid/index.js';
import { notesByPatient, readGoldNotes } from './deid-gold-notes.js';

const argv = process.argv.slice(2);
const lexAt = argv.indexOf('--lexicons');
const dataLists = lexAt >= 0 ? argv[lexAt + 1] ?? '' : resolve(process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data'), 'deid', 'lexicons');
const lexicons: [string, Lexicon][] = [['built-in', getDefaultLexicon()], ['data', extendLexicon(dataLists)]];
const files = argv.filter((a, i) => a.endsWith('.jsonl') && argv[i - 1] !== '--lexicons');

for (const file of files) {
  const byPatient = notesByPatient(readGoldNotes(file, []));
  const line: string[] = [basename(file)];
  for (const [name, lexicon] of lexicons) {
    const h = createHash('sha256');
    for (const [patient, list] of byPatient) {
      const spans = detectPhiForPatient(list.map((n) => n.text), { lexicon });
      h.update(`${patient}\n`);
      for (const s of spans) h.update(`${s.map((x) => `${x.start}:${x.end}:${x.type}`).join(',')}\n`);
    }
    line.push(`${name} ${h.digest('hex').slice(0, 16)}`);
  }
  process.stdout.write(`${line.join('  ')}\n`);
}
