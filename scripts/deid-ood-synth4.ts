/**
 * A FOURTH, surrogate-augmented check for the de-identifier (issue 14, tenth session), written before any rule of
 * that session changed: short multi-sentence clinician messages whose people, towns and organisations stand in slots
 * with NO cue word — a name opening a sentence before a verb ("Jack Smith called"), a name with an initial
 * ("Lily A. missed"), a sign-off after a dash or "Best,", a possessive ("Ramon's mom"), a name before an age and sex
 * ("Jack Smith, 45M"), "cc X", "FYI X", a lowercase or all-capitals name, a town after a comma or in a travel
 * phrase, an employer with a company head (Foods, Logistics, Inc.), a hospital named by a saint, a hyphenated pair or
 * an acronym — mixed with clinical sentences, and PHI-free messages with brands, eponyms and capitalised headers.
 * People and places are drawn at random from lists the detector never loads: the data folder's `*_unambig` name,
 * location and company lists (loaded only with `--lexicons`) and the `humannames` npm list (MIT), plus English-word
 * names (Hope, Bell, Reading) that no dictionary test can flag. Seeded; odd seeds may be read, even seeds are scored only.
 *   node --import tsx scripts/deid-ood-synth4.ts --names /tmp/package/list.txt --lists /work/shared/data/deid/lexicons [--seed 5] [--n 300] [--out F]
 * Gold: titles and degrees stay outside a name; initials, suffixes and particles inside; facility and company heads
 * inside a place; a state code after a town inside the town's span.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng, type Rng } from '../src/core/random.js';
import { unmark } from './deid-marked-texts.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const title = (s: string): string => s.toLowerCase().replace(/(^|[\s-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
const namesPath = arg('--names', '');
const listsDir = arg('--lists', '');
if (!namesPath || !listsDir) throw new Error('give --names <humannames list.txt> and --lists <data deid lexicons dir>');
const readList = (f: string, re: RegExp): string[] =>
  readFileSync(join(listsDir, f), 'utf8').split('\n').map((s) => title(s.trim())).filter((s) => re.test(s));
const HUMAN = readFileSync(namesPath, 'utf8').split('\n').map((s) => s.trim()).filter((s) => /^[A-Z][a-z]{3,}$/.test(s));
const GIVEN = [...readList('female_names_unambig.txt', /^[A-Z][a-z]{2,}$/), ...readList('male_names_unambig.txt', /^[A-Z][a-z]{2,}$/)];
const LAST = readList('last_names_unambig.txt', /^[A-Z][a-z]{3,}$/);
const TOWNS = readList('locations_unambig.txt', /^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/);
const COMPANY = readList('company_names_unambig.txt', /^[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?$/);
const EN_GIVEN = 'Hope Grace Faith Joy Dawn Iris Ivy Hazel Pearl Ruby Hunter Chase Wade Clay Dale Reed Drew Jay Robin Amber Sky Ray Brook Cliff Miles Sandy Kit Lily Rose Daisy Will Bill Frank Penny Holly'.split(' ');
const EN_LAST = 'Bell Rivers Stone Brown Green White Young King Hill Wood Fox Baker Cook Fisher Mason Walker Long Sharp Moore Wells Banks Marsh Frost Gray Lamb Nash Park Ford Bird Swan Crane Price Cash Pope Bishop Dean Knight Church Day Glass Hart Mills Page Pike Rice Savage Sweet Wolf'.split(' ');
const EN_TOWN = 'Reading Bath Mobile Normal Hope Paradise Liberty Independence Eureka Lancaster Troy Athens Carthage Marion Salem Concord Florence Warren Orange Golden Mercy'.split(' ');
const STATE = ['NY', 'NJ', 'PA', 'OH', 'TX', 'CA', 'WA', 'OR', 'IL', 'MI', 'GA', 'NC', 'VA', 'MA', 'MN', 'WI', 'AZ', 'CO'];
const COMPANY_HEAD = ['Foods', 'Logistics', 'Inc.', 'LLC', 'Manufacturing', 'Construction', 'Trucking', 'Industries', 'Farms', 'Bakery', 'Motors', 'Insurance'];
const HOSP_HEAD = ['Hospital', 'Medical Center', 'Health', 'Clinic', 'Memorial', 'General', 'Regional'];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
const letter = (rng: Rng): string => String.fromCharCode(65 + rng.int(26));
function given(rng: Rng): string {
  const r = rng.next();
  return r < 0.3 ? pick(rng, EN_GIVEN) : r < 0.65 ? pick(rng, GIVEN) : pick(rng, HUMAN);
}
function surname(rng: Rng): string {
  const r = rng.next();
  return r < 0.3 ? pick(rng, EN_LAST) : r < 0.7 ? pick(rng, LAST) : pick(rng, HUMAN);
}
const town = (rng: Rng): string => (rng.next() < 0.2 ? pick(rng, EN_TOWN) : pick(rng, TOWNS));
function org(rng: Rng): string {
  const r = rng.next();
  if (r < 0.2) return `${pick(rng, ['St.', 'Saint', 'St'])} ${pick(rng, HUMAN)}${rng.next() < 0.5 ? "'s" : ''}`;
  if (r < 0.35) return `${pick(rng, HUMAN)}-${pick(rng, HUMAN)}`;
  if (r < 0.5) return Array.from({ length: 3 + rng.int(2) }, () => letter(rng)).join('');
  if (r < 0.7) return `${town(rng)} ${pick(rng, HOSP_HEAD)}`;
  if (r < 0.85) return `${pick(rng, HUMAN)} ${pick(rng, HOSP_HEAD)}`;
  return `${pick(rng, EN_TOWN)} ${pick(rng, ['Health', 'Medical', 'Memorial'])}`;
}
const employer = (rng: Rng): string => (rng.next() < 0.5 ? pick(rng, COMPANY) : `${pick(rng, rng.next() < 0.5 ? HUMAN : LAST)} ${pick(rng, COMPANY_HEAD)}`);

const N = (t: string): string => `{{NAME|${t}}}`;
const L = (t: string): string => `{{LOCATION|${t}}}`;
const full = (r: Rng): string => N(`${given(r)} ${surname(r)}`);
const initial = (r: Rng): string => N(`${given(r)} ${letter(r)}.`);
const one = (r: Rng): string => N(given(r));
const townSt = (r: Rng): string => L(`${town(r)}, ${pick(r, STATE)}`);
const date = (r: Rng): string => `{{DATE|${1 + r.int(12)}/${1 + r.int(28)}}}`;

const SENT: ((r: Rng) => string)[] = [
  (r) => `${full(r)} called about the refill of her lisinopril.`,
  (r) => `${initial(r)} and ${initial(r)} both missed their slots this morning.`,
  (r) => `${full(r)}, ${20 + r.int(60)}${pick(r, ['M', 'F', 'yo M', 'yo F'])}, presents with chest pain since yesterday.`,
  (r) => `Can someone ring ${full(r)} back re: the MRI?`,
  (r) => `${one(r)}'s mom says the rash is spreading.`,
  (r) => `Please add ${full(r)} to Thursday's list.`,
  (r) => `cc ${full(r)}`,
  (r) => `FYI ${full(r)} is on the wait list for the sleep study.`,
  (r) => `- ${one(r)}`,
  (r) => `Best,\n${one(r)}`,
  (r) => `lmk if ${N(`${given(r)} ${surname(r)}`.toLowerCase())} comes back for the suture removal.`,
  (r) => `${N(`${given(r)} ${surname(r)}`.toUpperCase())} - no show x2.`,
  (r) => `Originally from ${L(town(r))}, moved here ${2 + r.int(10)} years ago.`,
  (r) => `Back from a trip to ${L(town(r))} with diarrhoea since ${date(r)}.`,
  (r) => `Lives alone in ${townSt(r)}; daughter visits weekly.`,
  (r) => `Works nights at ${L(employer(r))}, lifting boxes.`,
  (r) => `Was seen at ${L(org(r))} last month for the same complaint.`,
  (r) => `ED at ${L(org(r))} sent her home with ibuprofen.`,
  (r) => `Records faxed over from ${L(org(r))}.`,
  (r) => `He wants the surgery done at ${L(org(r))} instead.`,
  (r) => `Her cardiologist at ${L(org(r))} wants a repeat echo.`,
  (r) => `Driving back to ${L(town(r))} tonight, will follow up by phone.`,
  (r) => `${full(r)} from ${L(org(r))} phoned with the biopsy result.`,
  (r) => `Daughter ${one(r)} and son-in-law ${one(r)} at the visit.`,
  (r) => `Message from ${full(r)}: the prior auth went through.`,
  (r) => `Ask ${one(r)} to book the follow-up.`,
];
const CLIN = [
  'BP 138/86, HR 78, afebrile.', 'Plan: repeat BMP in 1 week.', 'Continue Eliquis 5 mg BID.', 'No red flags.',
  'Tolerating Ozempic well, down 4 kg.', 'Lungs clear, no edema.', 'Will start Augmentin 875 mg BID x 7 days.',
  'A1c 7.9, up from 7.1.', 'Negative Murphy sign.', 'Referred to Cardiology.', 'PHQ-9 of 12.',
];
const FREE = [
  'Pt seen in clinic. Continue Synthroid 88 mcg daily. TSH in 6 weeks.',
  'Refill sent for Xarelto 20 mg. No bleeding. Follow up PRN.',
  'Hashimoto thyroiditis, stable. Levothyroxine unchanged.',
  'Positive Phalen and Tinel signs on the right. Wrist splint at night.',
  'Apgar 8 and 9. Ballard consistent with 39 weeks.',
  'Please call re: Humira prior auth. Insurance asked for the TB test result.',
  'Restarted Lipitor 40 mg. Zetia added. Lipids in 3 months.',
  'ECOG 1. Karnofsky 80. Next cycle of Keytruda on schedule.',
  'Flonase and Zyrtec for allergic rhinitis; Singulair held.',
  'Wound care: Mepilex dressing, change every 3 days.',
  'Graves disease on methimazole; Bell palsy resolved.',
  'MMSE 27/30. Montreal Cognitive Assessment 25.',
  'Assessment: Parkinson disease, Hoehn and Yahr 2. Plan: Sinemet 25/100 TID.',
  'Chest X-ray: no consolidation. Wells score 1; D-dimer negative.',
  'Dexcom readings reviewed; Jardiance started.',
  'Subjective: cough x 5 days. Objective: afebrile. Assessment: viral URI.',
  'Tylenol 1 g q6h PRN. Miralax daily.',
  'Pap smear normal. Gardasil series complete.',
  'Depo-Provera given today; next dose due in 12 weeks.',
  'Reviewed Holter: sinus rhythm, rare PACs. Continue Toprol XL.',
];

const seed = Number(arg('--seed', '5'));
const n = Number(arg('--n', '300'));
const rng = createRng(seed);
const lines: string[] = [];
for (let k = 0; k < n; k++) {
  const parts: string[] = [];
  const m = 1 + rng.int(2);
  for (let j = 0; j < m; j++) parts.push((SENT[rng.int(SENT.length)] as (r: Rng) => string)(rng));
  if (rng.next() < 0.7) parts.splice(rng.int(parts.length + 1), 0, pick(rng, CLIN));
  lines.push(JSON.stringify({ patient: `s4-${seed}-${k}`, note: '1', ...unmark(parts.join(rng.next() < 0.3 ? '\n' : ' ')) }));
}
FREE.forEach((text, k) => lines.push(JSON.stringify({ patient: `s4-${seed}-free-${k}`, note: '1', text, phi: [] })));
const out = arg('--out', '/tmp/ood4.jsonl');
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ out, texts: lines.length, phi_free: FREE.length })}\n`);
