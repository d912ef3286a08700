/**
 * De-identification CPU cost of one source tree against another (dev tool, issue 14): both trees' detectors are
 * loaded in one process and rounds over a gold set's notes (detected per patient, as the bench does) alternate between
 * them, the order swapped every round. The tree loaded second reads a few per cent slower on this machine, so the tool
 * runs itself twice, once in each load order, and reports the geometric mean of B/A over both: below 1, B is cheaper.
 * Run a control too (two copies of the same commit): under load the control itself moves by 5-10 %, on a quiet machine
 * by about 1 %. Timing only; span identity is `deid-span-hash.ts`'s job.
 * A tree is a checkout's root with `node_modules` (e.g. `git archive <commit> | tar -x -C /tmp/a` plus a symlink).
 *   node --import tsx scripts/deid-speed-ab.ts <treeA> <treeB> [--notes gold.jsonl] [--rounds 6]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { notesByPatient, readGoldNotes } from './deid-gold-notes.js';

type Detect = (texts: readonly string[]) => unknown;
const argv = process.argv.slice(2);
const arg = (name: string, dflt: string): string => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] ?? dflt : dflt; };
const [treeA, treeB] = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--')).map((t) => resolve(t));
if (!treeA || !treeB) throw new Error('usage: deid-speed-ab.ts <treeA> <treeB> [--notes gold.jsonl] [--rounds N]');
const gold = resolve(arg('--notes', resolve(process.env['DDX_DATA'] ?? resolve('..', 'shared', 'data'), 'deid', 'nursing-notes-dev.jsonl')));
const rounds = Number(arg('--rounds', '6'));

/** One load order: geometric mean over rounds of B's CPU time per pass over A's. */
async function oneOrder(first: string, second: string): Promise<number> {
  const load = async (tree: string): Promise<Detect> =>
    ((await import(pathToFileURL(resolve(tree, 'src/privacy/deid/index.ts')).href)) as { detectPhiForPatient: Detect }).detectPhiForPatient;
  const groups = [...notesByPatient(readGoldNotes(gold, [])).values()].map((list) => list.map((n) => n.text));
  const dA = await load(first);
  const dB = await load(second);
  const pass = (d: Detect): number => { const t0 = process.cpuUsage(); for (const g of groups) d(g); const u = process.cpuUsage(t0); return u.user + u.system; };
  for (let i = 0; i < 2; i++) { pass(dA); pass(dB); } // warm both
  let logSum = 0;
  for (let i = 0; i < rounds; i++) {
    let a: number;
    let b: number;
    if (i % 2 === 0) { a = pass(dA); b = pass(dB); } else { b = pass(dB); a = pass(dA); }
    logSum += Math.log(b / a);
  }
  return Math.exp(logSum / rounds);
}

if (argv.includes('--one')) {
  console.log(String(await oneOrder(treeA, treeB)));
} else {
  const self = import.meta.filename;
  const child = (x: string, y: string): number =>
    Number(execFileSync(process.execPath, ['--import', 'tsx', self, x, y, '--notes', gold, '--rounds', String(rounds), '--one'], { encoding: 'utf8' }).trim());
  const aFirst = child(treeA, treeB);
  const bFirst = 1 / child(treeB, treeA);
  console.log(JSON.stringify({ aLoadedFirst: +aFirst.toFixed(3), bLoadedFirst: +bFirst.toFixed(3), ratio: +Math.sqrt(aFirst * bFirst).toFixed(3), rounds }));
}
