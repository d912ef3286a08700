/**
 * A check set for names and places the detector's lists do not hold (issue 14, fifteenth session), written before any
 * rule of that session changed. Short clinician messages and letters carry people and places in the forms that fresh
 * letters miss: a name with no cue word, a lone surname, a name in an all-capitals header ("PATIENT: SURNAME, Given"),
 * a message written in lower case, a place or institution with no facility word. The rest is clinical filler with
 * drugs, eponyms, services and capitalised headers, and a fifth of the texts carry no PHI at all.
 *
 * Names transfer, not memory: the world given-name and surname lists and the faker place words are split in two halves
 * by a hash of the word (`half`). The names and places of the set are drawn from half B only, and `--strip-out` writes
 * half B so that `deid-sets.ts --strip FILE` scores with a lexicon that lacks them: the detector then meets every
 * name as it meets a new one. Seeded; odd seeds may be read, even seeds are scored only.
 *   node --import tsx scripts/deid-ood-names15.ts --seed 1 --out /tmp/n15-1.jsonl --strip-out /tmp/n15-strip.txt
 *   node --import tsx scripts/deid-sets.ts --lexicons none --strip /tmp/n15-strip.txt /tmp/n15-1.jsonl
 * Gold: titles outside a name; initials inside; a place's facility word inside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng, type Rng } from '../src/core/random.js';
import { writeMarkedTexts } from './deid-marked-texts.js';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
};
const LEX = new URL('../src/privacy/deid/lexicons/', import.meta.url);
const words = (file: string): string[] =>
  readFileSync(new URL(file, LEX), 'utf8').split('\n').filter((l) => !l.startsWith('#')).join(' ').split(/\s+/).filter((w) => /^[a-z]{4,}$/.test(w));

/** FNV-1a of the word, low bit: half A (0) stays with the detector, half B (1) is the set's. */
export function half(word: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return (h & 1) as 0 | 1;
}
// Eponyms stay out of the set: a test name must be a name wherever it stands.
const eponyms = new Set(words('eponyms.txt'));
const ours = (file: string): string[] => words(file).filter((w) => half(w) === 1 && !eponyms.has(w));
const given = ours('first-names-world.txt');
const surnames = ours('surnames-world.txt');
const towns = ours('places-faker.txt');

const seed = Number(arg('--seed', '1'));
const n = Number(arg('--n', '300'));
const rng: Rng = createRng(1500 + seed);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

interface Who { g: string; s: string }
const person = (): Who => ({ g: cap(pick(given)), s: cap(pick(surnames)) });
const N = (s: string): string => `{{NAME|${s}}}`;
const L = (s: string): string => `{{LOCATION|${s}}}`;

/** Sentences that carry a person or a place, in the forms with no cue word or no facility word. */
const PHI: ((p: Who, q: Who, t: string, u: string) => string)[] = [
  (p) => `Spoke with ${N(p.g)} about his mother's medication.`,
  (p) => `${N(p.s)} has had three falls since the summer.`,
  (p) => `${N(p.s)} remains on the waiting list for a knee replacement.`,
  (p) => `Plan discussed with ${N(p.s)} and the family.`,
  (p) => `I reviewed ${N(`${p.g} ${p.s}`)} in clinic today.`,
  (p) => `${N(`${p.g} ${p.s}`)} is known to the team.`,
  (p, q) => `${N(p.g)} came with her son ${N(q.g)}.`,
  (p) => `Many thanks for seeing ${N(p.s)} again.`,
  (p) => `${N(p.g)} asked whether she could drive.`,
  (p) => `Her neighbour ${N(`${p.g} ${p.s}`)} helps with shopping.`,
  (p) => `Unfortunately ${N(p.s)} did not attend.`,
  (p) => `We saw ${N(p.g)} on the ward round this morning.`,
  (p, q) => `Copy to ${N(`${p.g} ${p.s}`)} and ${N(`${q.g} ${q.s}`)}.`,
  (p) => `${N(`${p.g} ${p.s.charAt(0)}.`)} would like a call back.`,
  (p) => `Seen together with ${N(p.s)}, the practice nurse.`,
  (_p, _q, t) => `She was transferred to ${L(t)} for the procedure.`,
  (_p, _q, t) => `Reviewed at ${L(t)} after the fall.`,
  (_p, _q, t) => `He moved to ${L(t)} last year.`,
  (_p, _q, t, u) => `Referred from ${L(t)} and then ${L(u)}.`,
  (_p, _q, t) => `The ${L(t)} team will follow him up.`,
  (_p, _q, t) => `Discharge summary from ${L(`${t} General`)} attached.`,
  (_p, _q, t) => `She lives alone in ${L(t)}.`,
  (_p, _q, t) => `Records requested from ${L(`${t} Surgery`)}.`,
  (p, _q, t) => `${N(p.g)} works at ${L(t)} as a cleaner.`,
];

/** A header line that opens the text, or a sign-off that closes it. */
const HEADER: ((p: Who) => string)[] = [
  (p) => `PATIENT: ${N(`${p.s.toUpperCase()}, ${p.g.toUpperCase()}`)}`,
  (p) => `RE: ${N(`${p.g.toUpperCase()} ${p.s.toUpperCase()}`)}`,
  (p) => `Name: ${N(`${p.s.toUpperCase()}, ${p.g}`)}`,
  (p) => `${N(`${p.s.toUpperCase()} ${p.g.toUpperCase()}`)} - REVIEW`,
  (p) => `Re: ${N(`${p.s}, ${p.g}`)}`,
];
const SIGN_OFF: ((p: Who) => string)[] = [(p) => `Thanks,\n${N(p.g)}`, (p) => `Kind regards\n${N(`${p.g} ${p.s}`)}`];

const FILLER = [
  'She remains on ramipril 5 mg and bisoprolol.', 'Bloods showed a sodium of 131.', 'No change to Warfarin for now.',
  'Examination: Babinski negative, Romberg positive.', 'Impression: Parkinson\'s disease, Hoehn and Yahr 2.',
  'PLAN: repeat ECG and echo.', 'He was started on Apixaban.', 'Chest clear, heart sounds normal.',
  'Please arrange a DEXA scan.', 'MRI Brain showed small vessel disease.', 'Seen by Physiotherapy and OT.',
  'Continue Metformin and review HbA1c.', 'History of Crohn\'s disease and Graves disease.', 'Allergies: Penicillin.',
  'Diagnosis: Type 2 Diabetes Mellitus.', 'Thank you for your help with her care.',
  'Mobilising with a Zimmer frame.', 'Referred to Cardiology for a Holter.', 'Taking Sertraline and Omeprazole.',
  'GCS 15, Glasgow-Blatchford score 0.', 'Her Tinetti score was 18.', 'FBC, U&E and LFT normal.',
];

const texts: string[] = [];
const free: string[] = [];
for (let i = 0; i < n; i++) {
  const k = 1 + Math.floor(rng.next() * 3);
  const parts: string[] = [];
  for (let j = 0; j < 2; j++) parts.push(pick(FILLER));
  if (rng.next() < 0.2) { free.push(parts.concat(pick(FILLER)).join(' ')); continue; }
  for (let j = 0; j < k; j++) parts.splice(Math.floor(rng.next() * (parts.length + 1)), 0, pick(PHI)(person(), person(), cap(pick(towns)), cap(pick(towns))));
  let text = parts.join(rng.next() < 0.3 ? '\n' : ' ');
  if (rng.next() < 0.3) text = `${pick(HEADER)(person())}\n${text}`;
  if (rng.next() < 0.2) text = `${text}\n${pick(SIGN_OFF)(person())}`;
  // A tenth of the messages are typed in lower case, as quick messages are.
  if (rng.next() < 0.1) text = text.replace(/(\{\{[A-Z]+\|)?([^{}]+)/g, (_m, tag: string | undefined, body: string) => (tag ?? '') + body.toLowerCase());
  texts.push(text);
}
writeMarkedTexts(texts, free, `n15-${seed}`, `/tmp/n15-${seed}.jsonl`);
const strip = arg('--strip-out', '');
if (strip) writeFileSync(strip, `${[...given, ...surnames, ...towns].join('\n')}\n`);
