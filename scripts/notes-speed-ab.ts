/**
 * Notes reading speed of two source trees, measured in one process (dev tool, issue 13): each tree's notes
 * reader is bundled with esbuild, both are loaded, and rounds of the `bench speed` note alternate between them
 * (the order swapped every round), so the shared machine's load falls on both alike. Prints the median CPU time
 * per note of each and the median of the per-round ratio B/A (below 1: B is faster). Timing only; the outputs'
 * identity is checked separately (`notes-extraction-dump.ts --full --hash`).
 * Usage: node --import tsx scripts/notes-speed-ab.ts <treeA> <treeB> [--note values|plain] [--rounds 24] [--per 200] [--model file]
 * A tree is a checkout's root (e.g. `git archive <commit> src | tar -x -C /tmp/a`, or this worktree).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Reader = (note: string, opts: { age: number; sex: 'male' | 'female' }) => unknown;

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const [treeA, treeB] = process.argv.slice(2, 4).map((t) => resolve(t));
if (!treeA || !treeB) throw new Error('usage: notes-speed-ab.ts <treeA> <treeB> [--note values|plain] [--rounds N] [--per N]');
const which = arg('--note', 'values');
if (which !== 'values' && which !== 'plain') throw new Error('--note must be values or plain');
const rounds = Number(arg('--rounds', '24'));
const per = Number(arg('--per', '200'));
const model = resolve(arg('--model', 'models/primary-care.json'));
const work = mkdtempSync(join(tmpdir(), 'notes-ab-'));

/** Bundle one tree's notes reader into `work` and load it. */
async function load(tree: string, name: string): Promise<Reader> {
  const entry = join(tree, `.notes-ab-entry-${process.pid}.ts`);
  writeFileSync(entry, `import { readModelArtifact } from './src/learn/artifact.js';
import { buildLexicon, extractFindings } from './src/intake/notes/index.js';
export function make(m: string) { const lex = buildLexicon(readModelArtifact(m)); return (n: string, o: { age: number; sex: 'male' | 'female' }) => extractFindings(n, lex, o); }
`);
  const out = join(work, `${name}.mjs`);
  try {
    execFileSync(resolve('node_modules/.bin/esbuild'), [entry, '--bundle', '--platform=node', '--format=esm', `--outfile=${out}`, '--log-level=error']);
  } finally {
    rmSync(entry, { force: true });
  }
  const mod = (await import(pathToFileURL(out).href)) as { make: (m: string) => Reader };
  return mod.make(model);
}

const source = readFileSync('src/bench/notes-numbers/speed.ts', 'utf8');
const note = (which === 'values' ? /const VALUES = `([\s\S]*?)`;/ : /const PLAIN = `([\s\S]*?)`;/).exec(source)?.[1];
if (!note) throw new Error('note not found in src/bench/notes-numbers/speed.ts');
const readers = [await load(treeA, 'a'), await load(treeB, 'b')] as const;
rmSync(work, { recursive: true, force: true });
const opts = { age: 67, sex: 'male' as const };
for (let i = 0; i < 300; i++) for (const r of readers) r(note, opts);
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const times: [number[], number[]] = [[], []];
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  const t = [0, 0];
  for (const k of round % 2 === 0 ? [0, 1] : [1, 0]) {
    const c0 = cpu();
    for (let i = 0; i < per; i++) readers[k]!(note, opts);
    t[k] = (cpu() - c0) / per;
  }
  times[0].push(t[0]!);
  times[1].push(t[1]!);
  ratios.push(t[1]! / t[0]!);
}
const median = (x: number[]): number => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)]!;
process.stdout.write(`${JSON.stringify({ note: which, rounds, per, msPerNoteA: +median(times[0]).toFixed(4), msPerNoteB: +median(times[1]).toFixed(4), medianRatioBoverA: +median(ratios).toFixed(3) })}\n`);
