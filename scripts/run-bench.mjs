// `npm run bench`: runs each benchmark suite whose data is present and prints one JSON object per suite.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const data = process.env.DDX_DATA ?? '../shared/data';
const suites = [
  ['ddxplus', ['bench', 'ddxplus', '--json', '--profile', 'fast'], `${data}/ddxplus/patients-dev.csv`],
  ['ddxplus-thorough', ['bench', 'ddxplus', '--json', '--profile', 'thorough'], `${data}/ddxplus/patients-dev.csv`],
  ['phenopackets', ['bench', 'phenopackets', '--json'], `${data}/phenopackets/cases.jsonl`],
  ['negex', ['bench', 'negex', '--json'], `${data}/negex/annotations-dev.tsv`],
  ['deid', ['bench', 'deid', '--json'], `${data}/deid/nursing-notes-dev.jsonl`],
  ['vignettes', ['bench', 'vignettes', '--json'], `${data}/cases/osce-medqa-dev.jsonl`],
  ['vignettes-free-text', ['bench', 'vignettes', '--json', '--cases', `${data}/cases/medqa-dev-diagnosis.jsonl`], `${data}/cases/medqa-dev-diagnosis.jsonl`],
  ['ddxplus-broad', ['bench', 'ddxplus-broad', '--json'], `${data}/ddxplus/patients-dev.csv`],
  ['records-scale', ['bench', 'records-scale', '--json'], `${data}/records`],
  ['notes-numbers', ['bench', 'notes-numbers', '--json'], 'src/bench/notes-numbers/notes.json'],
  ['notes-numbers-untouched', ['bench', 'notes-numbers', '--json', '--notes', 'src/bench/notes-numbers/notes-untouched.json'], 'src/bench/notes-numbers/notes-untouched.json'],
  ['speed', ['bench', 'speed', '--json'], 'models/primary-care.json'],
];
let failed = 0;
for (const [name, args, needs] of suites) {
  if (!existsSync(needs)) {
    process.stdout.write(`${JSON.stringify({ suite: name, skipped: `missing ${needs}` })}\n`);
    continue;
  }
  const r = spawnSync(process.execPath, ['bin/ddx.js', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) failed++;
  process.stdout.write(`${JSON.stringify({ suite: name, exit: r.status, result: safeParse(r.stdout) })}\n`);
}
process.exit(failed ? 1 : 0);

function safeParse(s) {
  try { return JSON.parse(s); } catch { return s.trim().slice(-2000); }
}
