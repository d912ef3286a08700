/**
 * Which diagnoses of a condition list the model lacks (dev tool): each name of the list (one per line,
 * "#" comments) is judged against every model condition exactly as a vignette's gold name is (the
 * judge with vocabulary codes and parents). A list fixed by a general criterion before any dev miss is
 * looked at (knowledge/primary-care/curriculum-list.txt) gives the conditions to author.
 * Usage: node --import tsx scripts/condition-list-coverage.ts [--list file] [--model file]
 */
import { readFileSync } from 'node:fs';
import { readModelArtifact } from '../src/learn/artifact.js';
import { acceptedConditions, truthOf } from '../src/bench/vignettes/run.js';
import { truthResolver } from '../src/bench/vignettes/truth-codes.js';
import { readOntologies } from '../src/learn/primary-care/ontologies.js';

const arg = (name: string, dflt: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1]! : dflt; };
const data = process.env['DDX_DATA'] ?? '../shared/data';
const model = readModelArtifact(arg('--model', 'models/primary-care.json'));
const truthCodes = truthResolver(readOntologies(data));
const names = readFileSync(arg('--list', 'knowledge/primary-care/curriculum-list.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const seen = new Set<string>();
let covered = 0;
let total = 0;
for (const name of names) {
  if (seen.has(name)) continue;
  seen.add(name);
  total++;
  const truth = truthOf(name, { truthCodes });
  if (acceptedConditions(model, truth).size > 0) covered++;
  else console.log(`MISSING\t${name}`);
}
console.log(`covered ${covered} of ${total}`);
