/**
 * PHI-free trap texts for over-redaction (issue 14, fifteenth session, deid-dates), written BEFORE any rule of that
 * session's over-redaction work. Each category is a kind of text Safe Harbor leaves alone but that looks like PHI:
 * eponymous diseases (MONDO rare-disease labels with a capitalised word, data folder), years alone, ages under 90,
 * doses, device models and makers, generic services and payers' programme names ("Emergency Department", "Medicare"),
 * clinical scores named after people, and letters mixing four to six such sentences. Device, score and service terms
 * are written from general clinical knowledge (test-only; the rules never read them). Terms are dealt into two fixed
 * halves by a hash of the term: `--half a` is read, `--half b` only scored. Patient ids are `pft-<half>-<category>-<i>`,
 * so `deid-sets.ts --by-cat` counts flagged texts per category; `deid-phi-free-blame.ts` counts which detector fires.
 *   node --import tsx scripts/deid-phi-free-traps.ts --half a|b [--out /tmp/pft-a.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRng, hashSeed } from '../src/core/random.js';

const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };
const data = resolve(arg('--data', process.env['DDX_DATA'] ?? '/work/shared/data'));
const half = arg('--half', 'a');
const out = arg('--out', `/tmp/pft-${half}.jsonl`);
const per = Number(arg('--n', '40'));
const rng = createRng(half === 'a' ? 1511 : 1512);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const mine = (term: string): boolean => (hashSeed(term, 15) % 2 === 0) === (half === 'a');

const mondo = gunzipSync(readFileSync(resolve(data, 'ontologies/mondo/mondo_rare-diseases_2023-08_labels_synonyms.tsv.gz'))).toString('utf8')
  .split('\n').slice(1).map((l) => l.split('\t')[1] ?? '')
  .filter((t) => t.length < 45 && /(?:^|[ \-])[A-Z][a-z]{3,}/.test(t) && !/[,(;]/.test(t)).filter(mine);

const DEVICES = ['Medtronic Azure pacemaker', 'Boston Scientific ICD', 'Abbott HeartMate 3 LVAD', 'Dexcom G7 sensor', 'FreeStyle Libre 2',
  'Omnipod 5 pump', 'MiniMed 780G pump', 'Tandem t:slim X2', 'Watchman FLX device', 'Impella CP', 'ResMed AirSense 10 CPAP',
  'Philips DreamStation', 'Zoll LifeVest', 'Inspire implant', 'Baha Connect processor', 'Cochlear Nucleus 7', 'Mirena coil',
  'Nexplanon implant', 'Essure coils', 'Port-a-Cath', 'Hickman line', 'PICC line', 'Foley catheter', 'Swan-Ganz catheter',
  'Groshong line', 'Tenckhoff catheter', 'Ommaya reservoir', 'Mitraclip', 'Sapien 3 valve', 'Evolut PRO valve', 'Greenfield filter',
  'Jackson-Pratt drain', 'Blake drain', 'Penrose drain', 'Hemovac drain', 'Pleurx catheter', 'Bair Hugger', 'Ambu bag',
  'Yankauer sucker', 'Guedel airway', 'Minerva collar', 'Aspen collar', 'Philadelphia collar', 'Thomas splint', 'Zimmer frame',
  'Ilizarov frame', 'Harrington rod', 'Austin Moore hemiarthroplasty', 'Exeter stem', 'Charnley hip', 'Nottingham walker'].filter(mine);
const SCORES = ['Gleason 3+4=7', 'Wells score of 6', 'CHA2DS2-VASc of 4', 'HAS-BLED of 2', 'NYHA class III', 'Glasgow Coma Scale 14',
  'Child-Pugh class B', 'MELD of 18', 'Apgar 9 at five minutes', 'Breslow thickness 1.2 mm', 'Clark level IV', 'Ranson score of 3',
  'Glasgow-Blatchford score 6', 'Rockall score 4', 'Bishop score of 7', 'Mallampati class II', 'Ashworth grade 2',
  'Karnofsky 70', 'ECOG 1', 'Killip class II', 'Forrest IIa ulcer', 'Salter-Harris type II fracture', 'Weber B fracture',
  'Garden III fracture', 'Gustilo IIIA injury', 'Hunt and Hess grade 2', 'Fisher grade 3', 'Spetzler-Martin grade II',
  'Ann Arbor stage IIA', 'Duke criteria', 'Jones criteria', 'Centor score of 3', 'Rockwood frailty score 5', 'Waterlow 15',
  'Braden score 14', 'Morse fall score 45', 'Epworth score of 16', 'Mini-Cog 3', 'Berg balance 38', 'Lachman negative',
  'McMurray positive', 'Phalen positive', 'Tinel sign', 'Romberg positive', 'Babinski upgoing', 'Kernig negative',
  'Murphy sign positive', 'Rovsing sign', 'Homan sign', 'Trousseau sign', 'Chvostek sign', 'Kussmaul breathing',
  'Cheyne-Stokes breathing', 'Beck triad', 'Virchow node', 'Sister Mary Joseph nodule', 'Roth spots', 'Janeway lesions',
  'Osler nodes', 'Argyll Robertson pupils', 'Horner syndrome', 'Brudzinski sign', 'Hoffmann sign', 'Finkelstein test',
  'Spurling test', 'Thompson test', 'Trendelenburg gait', 'Gowers sign', 'Allen test', 'Valsalva manoeuvre', 'Epley manoeuvre',
  'Dix-Hallpike test', 'Weber test', 'Rinne test', 'Schober test', 'Adson test', 'Buerger test'].filter(mine);
const SERVICES = ['Emergency Department', 'Cardiology Clinic', 'Medicare', 'Medicaid', 'Intensive Care Unit', 'Memory Clinic',
  'Social Services', 'District Nursing team', 'Falls Clinic', 'Stroke Unit', 'Acute Medical Unit', 'Coronary Care Unit',
  'Day Surgery Unit', 'Early Pregnancy Unit', 'Fracture Clinic', 'Rapid Access Chest Pain Clinic', 'Heart Failure Nurse Service',
  'Community Mental Health Team', 'Crisis Resolution Team', 'Hospice at Home', 'Palliative Care Team', 'Pain Clinic',
  'Diabetes Centre', 'Renal Unit', 'Dialysis Unit', 'Endoscopy Unit', 'Radiology Department', 'Pathology Laboratory',
  'Pharmacy Department', 'Physiotherapy Department', 'Occupational Therapy', 'Speech and Language Therapy', 'Dietetics',
  'Urgent Care Centre', 'Walk-in Centre', 'Out of Hours service', 'Veterans Affairs', 'Medicare Part D', 'Medicaid waiver',
  'Blue Badge scheme', 'Meals on Wheels', 'Home First team', 'Virtual Ward', 'Hospital at Home', 'Discharge Lounge',
  'Clinical Decision Unit', 'Same Day Emergency Care', 'Sexual Health Clinic', 'Genitourinary Medicine', 'Tuberculosis Service'].filter(mine);
const DRUGS = ['metformin', 'amlodipine', 'atorvastatin', 'ramipril', 'bisoprolol', 'apixaban', 'levothyroxine', 'omeprazole', 'sertraline',
  'furosemide', 'gabapentin', 'prednisolone', 'insulin glargine', 'allopurinol', 'tamsulosin', 'donepezil', 'warfarin', 'lisinopril'];
const CONDS = ['type 2 diabetes', 'hypertension', 'atrial fibrillation', 'COPD', 'heart failure', 'CKD stage 3', 'osteoarthritis', 'asthma', 'depression', 'gout'];

const T: Readonly<Record<string, ReadonlyArray<() => string>>> = {
  eponym: [
    () => `Known ${pick(mondo)}, followed by genetics.`,
    () => `${cap(pick(mondo))} was confirmed on biopsy.`,
    () => `Family history of ${pick(mondo)} in a sibling.`,
    () => `Differential includes ${pick(mondo)} and ${pick(mondo)}.`,
  ],
  year: [
    () => `Diagnosed with ${pick(CONDS)} in ${int(1975, 2025)}.`,
    () => `${cap(pick(CONDS))} since ${int(1980, 2025)}; last admission ${int(2015, 2025)}.`,
    () => `Hip replacement ${int(1990, 2024)}, stable since.`,
    () => `Stopped smoking in ${int(1980, 2024)} after ${int(10, 40)} pack-years.`,
  ],
  age: [
    () => `A ${int(18, 89)}-year-old ${pick(['man', 'woman'])} with ${pick(CONDS)}.`,
    () => `Aged ${int(18, 89)}, lives independently.`,
    () => `${int(40, 89)}${pick(['M', 'F'])} with ${pick(CONDS)} and ${pick(CONDS)}.`,
    () => `She is ${int(60, 89)} and still drives.`,
  ],
  dose: [
    () => `${cap(pick(DRUGS))} ${pick(['5', '10', '20', '40', '500', '850'])} mg ${pick(['once daily', 'BD', 'TDS', 'at night', 'OD'])}.`,
    () => `Increase ${pick(DRUGS)} to ${int(2, 80)} mg; review U&E in ${int(1, 2)} weeks.`,
    () => `${cap(pick(DRUGS))} ${int(1, 2)}-${int(2, 4)} tablets up to ${int(2, 4)} times a day.`,
  ],
  device: [
    () => `${cap(pick(DEVICES))} in situ.`,
    () => `She uses a ${pick(DEVICES)} and checks it daily.`,
    () => `The ${pick(DEVICES)} was removed without complication.`,
  ],
  score: [
    () => `${cap(pick(SCORES))}.`,
    () => `On examination: ${pick(SCORES)}; ${pick(SCORES)}.`,
    () => `Assessment showed ${pick(SCORES)}.`,
  ],
  service: [
    () => `Referred to the ${pick(SERVICES)} for assessment.`,
    () => `Seen in ${pick(SERVICES)} and discharged home.`,
    () => `${cap(pick(SERVICES))} will follow up.`,
    () => `Funding via ${pick(SERVICES)} has been requested.`,
  ],
};
const cap = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

const lines: string[] = [];
let k = 0;
const add = (cat: string, text: string): void => { lines.push(JSON.stringify({ patient: `pft-${half}-${cat}-${k++}`, note: '1', text, phi: [] })); };
for (const [cat, frames] of Object.entries(T)) for (let i = 0; i < per; i++) add(cat, pick(frames)());
const cats = Object.keys(T);
for (let i = 0; i < per; i++) {
  const parts = Array.from({ length: int(4, 6) }, () => pick(T[pick(cats)] ?? [])());
  add('letter', `Dear Doctor,\n\nThank you for seeing this patient. ${parts.join(' ')}\n\nYours sincerely,\nConsultant Physician`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ out, texts: lines.length })}\n`);
