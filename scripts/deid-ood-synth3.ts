/**
 * A THIRD, surrogate-augmented synthetic check for the de-identifier (issue 14, ninth session): short clinician
 * texts whose people, practices, schools, counties, streets and towns are drawn at random, so no rule can learn a
 * dev name. It is written for the name and place readers: the templates are the general slots where a name or a
 * place stands without a cue the older rules read — lists of people ("Present: A, B and C"), "with X", "per X",
 * "spoke to X", "d/w X", all-capitals "LAST, FIRST" headers, titles with given name, initial and surname, suffixes
 * (Jr., III), hyphenated and particle names, place and organisation heads (Hospital, Medical Center, County,
 * Elementary, Street, Medical Group), saints' names ("St. X's"), institution acronyms after a care-setting word
 * ("transferred from XRMC") — and PHI-free lines with eponyms, drugs, scales and capitalised clinical words.
 * Surnames come half from the `humannames` npm list (MIT; the detector never loads it), half from English-word
 * surnames (Bell, Rivers, Stone) that no safe-list test can flag; given names likewise. Seeded.
 *   cd /tmp && npm pack humannames@1.0.5 && tar xzf humannames-1.0.5.tgz   # gives /tmp/package/list.txt
 *   node --import tsx scripts/deid-ood-synth3.ts --names /tmp/package/list.txt [--seed 3] [--n 400] [--out /tmp/ood3.jsonl]
 * Gold: titles ("Dr.", "Mrs") and degrees ("MD") stay outside a name; initials and suffixes inside; facility, school
 * and county words inside a place. Odd seeds may be read while developing; even seeds are scored only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng, type Rng } from '../src/core/random.js';
import { unmark } from './deid-marked-texts.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
const namesPath = arg('--names', '');
if (!namesPath) throw new Error('give --names <humannames list.txt>');
const HUMAN = readFileSync(namesPath, 'utf8').split('\n').map((s) => s.trim()).filter((s) => /^[A-Z][a-z]{3,}$/.test(s));
const EN_GIVEN = ('Grace Hope Faith Joy Dawn April June May Iris Rose Daisy Ivy Hazel Pearl Ruby Summer Autumn Hunter Chase ' +
  'Wade Clay Dale Glen Heath Lane Reed Drew Mark Will Jack Rob Pat Sue Bill Frank Art Penny Holly Heather Robin Jay ' +
  'Amber Crystal Sky River Ray Buck Brook Carol Cliff Forrest Gene Hugh Jean Miles Norm Sandy Skip Stone').split(' ');
const EN_SURNAME = ('Bell Rivers Stone Brown Green White Black Young King Hill Wood Fox Baker Cook Hunter Fisher Mason Potter ' +
  'Walker Carpenter Little Long Sharp Strong Moore Hall Wells Banks Marsh Frost Snow Gray Lamb Nash Park Rose Field Lake ' +
  'Ford Bird Finch Swan Crane Steel Price Cash Pope Bishop Dean Knight Bush Chambers Church Coward Day Glass Gold Hart ' +
  'Holmes Lane Mills Page Penny Pike Rice Rich Ring Savage Stamp Storey Street Sweet Tower Wolf Woods').split(' ');
const PARTICLE = ['van der ', 'de la ', 'van ', 'de ', 'bin ', 'Al-', 'El-', 'Mc', "O'", 'Di', 'St. '];
const HEAD = ['Hospital', 'Medical Center', 'Clinic', 'Family Practice', 'Medical Group', 'Urgent Care', 'Health Center',
  'Nursing Home', 'Rehabilitation Center', 'Surgery Center', 'Cancer Institute', "Children's Hospital", 'Regional Medical Center',
  'Memorial Hospital', 'Community Hospital', 'Pediatrics', 'Health', 'Care Home', 'Hospice', 'Pharmacy', 'Dialysis Center'];
const SCHOOL = ['Elementary', 'Elementary School', 'Middle School', 'High School', 'Academy', 'Primary School', 'Community College'];
const TOWN_END = ['ville', 'ton', 'field', 'burg', 'ford', 'wood', 'dale', 'port', 'bury', 'ham'];
const TOWN_PRE = ['North ', 'East ', 'Port ', 'Fort ', 'Mount ', 'Lake ', 'West '];
const TOWN_POST = [' Springs', ' Falls', ' Heights', ' Junction', ' Crossing', ' Hills', ' Valley'];
const STREET = ['Street', 'St.', 'Avenue', 'Ave', 'Road', 'Rd', 'Lane', 'Boulevard', 'Drive', 'Court', 'Way', 'Place'];

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
const letter = (rng: Rng): string => String.fromCharCode(65 + rng.int(26));
const given = (rng: Rng): string => (rng.next() < 0.4 ? pick(rng, EN_GIVEN) : pick(rng, HUMAN));
function surname(rng: Rng): string {
  const r = rng.next();
  if (r < 0.35) return pick(rng, EN_SURNAME);
  if (r < 0.45) return `${pick(rng, HUMAN)}-${pick(rng, r < 0.4 ? EN_SURNAME : HUMAN)}`;
  if (r < 0.55) return `${pick(rng, PARTICLE)}${pick(rng, HUMAN)}`;
  return pick(rng, HUMAN);
}
const word = (rng: Rng): string => (rng.next() < 0.5 ? pick(rng, EN_SURNAME) : pick(rng, HUMAN));
function town(rng: Rng): string {
  const r = rng.next();
  const w = pick(rng, HUMAN);
  if (r < 0.4) return `${w.replace(/(?:[aeiouy]+)$/, '')}${pick(rng, TOWN_END)}`;
  if (r < 0.6) return `${pick(rng, TOWN_PRE)}${w}`;
  if (r < 0.8) return `${word(rng)}${pick(rng, TOWN_POST)}`;
  return w;
}
function org(rng: Rng): string {
  const r = rng.next();
  if (r < 0.12) return `St. ${pick(rng, HUMAN)}'s ${pick(rng, HEAD)}`;
  if (r < 0.2) return `Saint ${pick(rng, HUMAN)} ${pick(rng, HEAD)}`;
  if (r < 0.3) return `${town(rng)} ${pick(rng, HEAD)}`;
  if (r < 0.4) return `${word(rng)} ${word(rng)} ${pick(rng, HEAD)}`;
  if (r < 0.48) return `University of ${town(rng)} Medical Center`;
  return `${word(rng)} ${pick(rng, HEAD)}`;
}
const acronym = (rng: Rng): string => Array.from({ length: 3 + rng.int(2) }, () => letter(rng)).join('') + pick(rng, ['', '', 'MC', 'H']);

type Slot = (rng: Rng) => string;
const N = (t: string): string => `{{NAME|${t}}}`;
const L = (t: string): string => `{{LOCATION|${t}}}`;
const full: Slot = (rng) => N(`${given(rng)} ${surname(rng)}`);
const titled: Slot = (rng) => {
  const g = given(rng);
  const s = surname(rng);
  switch (rng.int(6)) {
    case 0: return `Dr. ${N(`${g} ${s}`)}`;
    case 1: return `Dr ${N(`${g[0]}. ${s}`)}`;
    case 2: return `Dr. ${N(`${g} ${letter(rng)}. ${s}`)}`;
    case 3: return `${pick(rng, ['Mr.', 'Mrs.', 'Ms.', 'Nurse', 'Prof.'])} ${N(`${g} ${s}`)}`;
    case 4: return N(`${g} ${s} ${pick(rng, ['Jr.', 'Sr.', 'III', 'II'])}`);
    default: return `${N(`${g} ${s}`)}, ${pick(rng, ['MD', 'RN', 'NP', 'PA-C', 'DO', 'LCSW', 'PT'])}`;
  }
};
const anyName: Slot = (rng) => (rng.next() < 0.5 ? full(rng) : titled(rng));
const caps: Slot = (rng) => N(`${surname(rng).toUpperCase()}, ${given(rng).toUpperCase()}${rng.next() < 0.5 ? ` ${letter(rng)}` : ''}`);
const place: Slot = (rng) => L(org(rng));
const school: Slot = (rng) => L(`${word(rng)} ${pick(rng, SCHOOL)}`);
const county: Slot = (rng) => L(`${word(rng)} County`);
const street: Slot = (rng) => L(`${word(rng)} ${pick(rng, STREET)}`);
const townS: Slot = (rng) => L(town(rng));
const acr: Slot = (rng) => L(acronym(rng));
const date: Slot = (rng) => `{{DATE|${1 + rng.int(12)}/${1 + rng.int(28)}/${2020 + rng.int(5)}}}`;

const TEMPLATES: ((rng: Rng) => string)[] = [
  (r) => `Discussed with ${anyName(r)} from cardiology; plan to uptitrate bisoprolol.`,
  (r) => `Per ${full(r)}, hold the metformin before the CT.`,
  (r) => `Spoke to ${full(r)} (daughter) by phone, she agrees with the plan.`,
  (r) => `d/w ${full(r)} re: discharge, will call back tomorrow.`,
  (r) => `Case reviewed with ${titled(r)} and ${titled(r)}.`,
  (r) => `Present: ${full(r)}, ${full(r)}, ${full(r)} and ${full(r)}.`,
  (r) => `Care team: ${full(r)} (RN), ${full(r)} (SW), ${titled(r)}.`,
  (r) => `PATIENT: ${caps(r)}   DOB: ${date(r)}\nReason: cough x 3 weeks.`,
  (r) => `${caps(r)} seen in clinic today, BP 132/84.`,
  (r) => `Seen with ${full(r)}, who was visiting from ${townS(r)}.`,
  (r) => `Transferred from ${acr(r)} ED for a higher level of care.`,
  (r) => `Admitted to ${place(r)} on ${date(r)} with pneumonia.`,
  (r) => `She was seen at ${place(r)} last week and started on amoxicillin.`,
  (r) => `Records requested from ${place(r)}, ${townS(r)}.`,
  (r) => `Son attends ${school(r)}; school nurse ${full(r)} will give the inhaler.`,
  (r) => `Lives in ${county(r)} with her husband; no stairs at home.`,
  (r) => `Moved to ${street(r)} in March, closer to her sister ${full(r)}.`,
  (r) => `Follow up with ${titled(r)} at ${place(r)} in 6 weeks.`,
  (r) => `cc: ${titled(r)}, ${place(r)}`,
  (r) => `Referred by ${titled(r)} of ${place(r)} for colonoscopy.`,
  (r) => `${full(r)} called to ask about her lab results.`,
  (r) => `Message left for ${full(r)} to reschedule.`,
  (r) => `Handed over to ${full(r)} at 19:00.`,
  (r) => `Signed: ${titled(r)}`,
  (r) => `Thanks, ${full(r)}`,
  (r) => `Emergency contact: ${full(r)} (husband), ${townS(r)}.`,
  (r) => `Works at ${place(r)} as a porter; off work 2 weeks.`,
  (r) => `Dialysis at ${place(r)} MWF.`,
  (r) => `Pt going to ${place(r)} for rehab after discharge.`,
  (r) => `Interpreter ${full(r)} present throughout.`,
  (r) => `Consent witnessed by ${titled(r)}.`,
  (r) => `Reviewed by ${titled(r)} on ${date(r)}.`,
  (r) => `Her PCP is ${titled(r)} in ${townS(r)}.`,
  (r) => `Patient of ${titled(r)}; covering for ${full(r)} this week.`,
  (r) => `Ambulance from ${townS(r)} to ${acr(r)}, arrived 14:20.`,
  (r) => `Mother ${full(r)} and father ${full(r)} at bedside.`,
  (r) => `Accompanied by ${full(r)}, her carer.`,
  (r) => `OT (${full(r)}) and PT (${full(r)}) assessed mobility.`,
  (r) => `Appointment at ${place(r)} Outpatients, ${street(r)}.`,
  (r) => `Lives with ${full(r)} on a farm outside ${townS(r)}.`,
];

const FREE: string[] = [
  'Discussed with the patient; plan to start Eliquis 5 mg BID.',
  'Per cardiology, hold the Lasix tomorrow morning.',
  'Spoke to the pharmacist about the Bactrim dose.',
  'Kernig and Brudzinski signs negative. Babinski downgoing.',
  'Gleason 3+4 on biopsy, PSA 6.2 in 2021.',
  'Present: fever, rigors and Kussmaul breathing.',
  'Care team: cardiology, nephrology and the Palliative Care service.',
  'Seen with the Emergency Department registrar at 03:00.',
  'Transferred from ICU to the Step Down Unit.',
  'Glasgow Coma Scale 14, Wells score 2, CURB-65 of 1.',
  'Reviewed by the Medical Registrar, Hodgkin lymphoma in remission since 2012.',
  'Ambulance to the Emergency Department, arrived 14:20.',
  'Started Ozempic 0.25 mg weekly; Jardiance held.',
  'Crohn disease, Addison disease and Graves disease are excluded.',
  'Follow up in Rheumatology Clinic in 6 weeks with a repeat Schober test.',
  'Interpreter present throughout; Spanish speaking.',
  'Lives alone, independent with ADLs, no stairs.',
  'Parkinson disease, on Sinemet 25/100 TID; Hoehn and Yahr 2.',
  'Message left to reschedule the Holter monitor.',
  'Moved from the Acute Medical Unit to Ward 7 overnight.',
];

const seed = Number(arg('--seed', '3'));
const n = Number(arg('--n', '400'));
const rng = createRng(seed);
const lines: string[] = [];
for (let k = 0; k < n; k++) {
  const src = (TEMPLATES[rng.int(TEMPLATES.length)] as (r: Rng) => string)(rng);
  lines.push(JSON.stringify({ patient: `s3-${seed}-${k}`, note: '1', ...unmark(src) }));
}
FREE.forEach((text, k) => lines.push(JSON.stringify({ patient: `s3-${seed}-free-${k}`, note: '1', text, phi: [] })));
const out = arg('--out', '/tmp/ood3.jsonl');
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ out, texts: lines.length, phi_free: FREE.length })}\n`);
