/**
 * A SECOND, independent out-of-domain check set for the de-identifier, the held-out proxy of issue 14. The first
 * generator (deid-ood-synth.ts) was written beside the rules, from names and formats the lists may hold; this one
 * draws surnames (and some given names) from a list the detector never loads — the `humannames` npm package (MIT,
 * ~197,000 names gathered from censuses and social media) — and uses its own templates: referral letters, portal
 * messages, nursing hand-offs, signatures, lists, lowercase chat, all-caps headers; institutions written without a
 * facility word (UCSF-like acronyms, hyphenated and possessive system names); dates such as 17-Feb-2023, 2023/02/17,
 * 17.02.2023, "Feb 17th", "the 3rd of March"; identifiers such as B123456789, HMO-234567, bare 456123789, DEA and NPI
 * numbers, device serials and UDIs; e-mails, URLs, IPs, ZIP+4; and PHI-free texts with eponyms, diagnoses, scores,
 * drug brands, years, doses, lab codes and ages under 90. Gold spans cover the identifier without its title
 * ("Dr." stays outside) and with its initials, suffixes and facility words. Seeded.
 *   cd /tmp && npm pack humannames@1.0.5 && tar xzf humannames-1.0.5.tgz   # gives /tmp/package/list.txt
 *   node --import tsx scripts/deid-ood-synth2.ts --names /tmp/package/list.txt [--seed 2] [--n 800] [--out /tmp/ood2.jsonl]
 * Do not tune rules to single texts of this set: score it, look at categories only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRng, type Rng } from '../src/core/random.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}

const namesPath = arg('--names', '');
if (!namesPath) throw new Error('give --names <humannames list.txt>');
// Plain capitalised names of 3+ letters (the list also holds "A-jay" and "A'isha"; those shapes come from below).
const HUMAN = readFileSync(namesPath, 'utf8').split('\n').map((s) => s.trim()).filter((s) => /^[A-Z][a-z]{2,}$/.test(s));
const GIVEN = ('Lily Jack Mia Liam Harper Aiden Jayden Nevaeh Sophia Olivia Noah Ethan Chloe Zoe Caleb Landon Brayden Aaliyah ' +
  'Xiomara Deshawn Tamika Latoya Jamal Keisha Imani Malik Andre Darnell Precious Destiny Trinity Jasmine Marisol Guadalupe Yesenia ' +
  'Alejandro Joaquin Mateo Santiago Ximena Valentina Camila Sven Ingrid Astrid Bjorn Hiroshi Yuki Akira Mei Wei Jun Priya Arjun ' +
  'Rohan Ananya Deepika Fatima Omar Yusuf Aisha Amara Chidi Ngozi Kofi Ama Tomasz Agnieszka Dmitri Oksana Svetlana Niamh Siobhan ' +
  'Declan Ciaran Aoife Bronwyn Rhys Gwen Hamish Fergus Isla Rory Skye Willow Hazel Ivy Ruby Violet Autumn Brooke Summer Hunter ' +
  'Mason Cooper Parker Tucker Colt Ridge Brody Kinsley Paisley Oakley Bentley Maverick Jaxon Kayden Emerson Rowan Sage Quinn').split(' ');
const INSTITUTIONS = ['UCSF', 'Cedars-Sinai', 'Mass General', 'Kaiser Permanente', 'Mayo Clinic', 'NYU Langone', "Brigham and Women's",
  'Lahey Clinic', 'Geisinger', 'Intermountain', 'Ochsner', 'Baylor Scott & White', 'Sutter Health', 'Dartmouth-Hitchcock', 'UPMC',
  'Cleveland Clinic', 'Mount Sinai', 'Beth Israel Deaconess', 'Northwell', 'Spectrum Health', 'Providence St. Vincent', 'Tufts',
  'Hopkins', 'Vanderbilt', 'Emory', 'Duke', 'UCLA', 'OHSU', 'MUSC', 'UAB', 'Sloan Kettering', 'Dana-Farber', 'Scripps', 'Hoag',
  'Banner Health', 'Allina', 'Sanford Health', 'Atrium Health', 'Novant', 'Piedmont', 'Wellstar', 'Baptist Health', 'Advocate Aurora'];
const FACILITY = ['Hospital', 'Medical Center', 'Clinic', 'Rehabilitation Center', 'Nursing Home', 'Hospice', 'Urgent Care', "Children's Hospital", 'Health System', 'Infirmary'];
const STREET = ['Blvd', 'Boulevard', 'Drive', 'Dr.', 'Court', 'Way', 'Terrace', 'Pkwy', 'Circle', 'Place', 'Highway'];
const STATE = ['Oregon', 'Vermont', 'Texas', 'Ohio', 'Iowa', 'Georgia', 'Nevada', 'Maine', 'OR', 'VT', 'NM', 'KY', 'WI'];
const MON = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const MONTH = 'January February March April May June July August September October November December'.split(' ');

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
const dig = (rng: Rng, n: number): string => Array.from({ length: n }, () => String(rng.int(10))).join('');
const letter = (rng: Rng): string => String.fromCharCode(65 + rng.int(26));
const human = (rng: Rng): string => pick(rng, HUMAN);
const given = (rng: Rng): string => (rng.next() < 0.6 ? pick(rng, GIVEN) : human(rng));
const surname = (rng: Rng): string => {
  const r = rng.next();
  if (r < 0.08) return `${human(rng)}-${human(rng)}`;
  if (r < 0.13) return `O'${human(rng)}`;
  if (r < 0.17) {
    const prefix = pick(rng, ['de la ', 'Van ', 'Mc', 'St. ', 'Di']);
    return `${prefix}${human(rng)}`;
  }
  return human(rng);
};
const ordinal = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

function date(rng: Rng): string {
  const y = 2008 + rng.int(17);
  const m = 1 + rng.int(12);
  const d = 1 + rng.int(28);
  const p2 = (x: number): string => String(x).padStart(2, '0');
  switch (rng.int(10)) {
    case 0: return `${p2(d)}-${MON[m - 1]}-${y}`;
    case 1: return `${y}/${p2(m)}/${p2(d)}`;
    case 2: return `${p2(d)}.${p2(m)}.${y}`;
    case 3: return `${MON[m - 1]} ${ordinal(d)}`;
    case 4: return `${ordinal(d)} of ${MONTH[m - 1]} ${y}`; // written after "the", which stays outside the span
    case 5: return `${m}/${d}/${String(y).slice(2)}`;
    case 6: return `${MONTH[m - 1]} ${d}`;
    case 7: return `${d}${(MON[m - 1] ?? '').toUpperCase()}${y}`;
    case 8: return `${MON[m - 1]}-${p2(d)}-${y}`;
    default: return `${(MONTH[m - 1] ?? '').toLowerCase()} ${ordinal(d)}, ${y}`;
  }
}

function institution(rng: Rng): string {
  const r = rng.next();
  if (r < 0.45) return pick(rng, INSTITUTIONS);
  if (r < 0.75) return `${surname(rng)} ${pick(rng, FACILITY)}`;
  if (r < 0.85) return `${surname(rng)}-${surname(rng)} ${pick(rng, FACILITY)}`;
  return `Saint ${pick(rng, GIVEN)} ${pick(rng, FACILITY)}`;
}

type Part = string | { t: string; type: string };
const p = (t: string, type: string): Part => ({ t, type });

/** A person's name in one of the written forms, with the gold span (titles outside it). */
function person(rng: Rng): Part[] {
  const g = given(rng);
  const s = surname(rng);
  switch (rng.int(12)) {
    case 0: return [p(`${g} ${s}`, 'NAME')];
    case 1: return ['Dr. ', p(`${g} ${s}`, 'NAME')];
    case 2: return [p(`${s.toUpperCase()}, ${g.toUpperCase()} ${letter(rng)}`, 'NAME')];
    case 3: return [p(`${s}, ${g}`, 'NAME')];
    case 4: return [p(`${g[0]}. ${s}`, 'NAME')];
    case 5: return [p(`${g} ${letter(rng)}.`, 'NAME')];
    case 6: return [p(`${g} ${s}`, 'NAME'), pick(rng, [', MD', ', DO, PhD', ', RN', ', NP-C', ', PA-C'])];
    case 7: return [p(`${g} ${letter(rng)}. ${s} ${pick(rng, ['Jr.', 'III', 'Sr.', 'II'])}`, 'NAME')];
    case 8: return [pick(rng, ['Mr. ', 'Ms. ', 'Mrs. ']), p(s, 'NAME')];
    case 9: return [p(`${g.toLowerCase()} ${s.toLowerCase()}`, 'NAME')];
    case 10: return [p(g, 'NAME')];
    default: return [p(s, 'NAME')];
  }
}

const IDS: Record<string, (rng: Rng) => string> = {
  MRN: (rng) => pick(rng, [`${letter(rng)}${dig(rng, 9)}`, dig(rng, 9), `00${dig(rng, 6)}`, `${dig(rng, 3)}-${dig(rng, 2)}-${dig(rng, 3)}`, `E${dig(rng, 7)}`]),
  HEALTH_PLAN: (rng) => pick(rng, [`HMO-${dig(rng, 6)}`, `${letter(rng)}${letter(rng)}${letter(rng)}${dig(rng, 9)}`, `${dig(rng, 9)}${letter(rng)}`, `W${dig(rng, 8)}`]),
  ACCOUNT: (rng) => pick(rng, [`${dig(rng, 4)}-${dig(rng, 3)}-${dig(rng, 2)}`, `A${dig(rng, 10)}`, `${dig(rng, 12)}`]),
  LICENSE: (rng) => pick(rng, [`${letter(rng)}${letter(rng)}${dig(rng, 7)}`, `RN-${dig(rng, 6)}`, `${dig(rng, 10)}`]),
  DEVICE: (rng) => pick(rng, [`${letter(rng)}${letter(rng)}${dig(rng, 1)}-${dig(rng, 5)}-${letter(rng)}`, `(01)${dig(rng, 14)}`, `PJN${dig(rng, 6)}`]),
  VEHICLE: (rng) => `${dig(rng, 1)}${letter(rng)}${letter(rng)}${letter(rng)}${dig(rng, 3)}`,
};

function phiText(rng: Rng): Part[] {
  const who = (): Part[] => person(rng);
  const id = (t: string): Part => p((IDS[t] as (rng: Rng) => string)(rng), t);
  const t: (() => Part[])[] = [
    () => ['Thank you for referring ', ...who(), ' to our clinic. Seen ', p(date(rng), 'DATE'), '.'],
    () => ['Hi, this is ', ...who(), ' - can someone call me back about my refill? ', p(`${dig(rng, 3)}.${dig(rng, 3)}.${dig(rng, 4)}`, 'PHONE')],
    () => ['Transferred from ', p(institution(rng), 'LOCATION'), ' on ', p(date(rng), 'DATE'), ' after a fall at home.'],
    () => ['Outside records (', p(institution(rng), 'LOCATION'), ') show prior MI.'],
    () => ['ID: ', id('MRN'), ' | Ins: ', id('HEALTH_PLAN'), ' | Acct ', id('ACCOUNT')],
    () => ['Patient identifier ', id('MRN'), ' linked to claim.'],
    () => [id('MRN'), ' ', ...who(), ' DOB ', p(date(rng), 'DATE')],
    () => ['Plan ', id('HEALTH_PLAN'), ' denied the MRI.'],
    () => ['Prescriber DEA ', p(`${letter(rng)}${letter(rng)}${dig(rng, 7)}`, 'LICENSE'), ', NPI ', p(dig(rng, 10), 'LICENSE'), '.'],
    () => ['Insulin pump S/N ', id('DEVICE'), ' replaced.'],
    () => ['Implant UDI ', id('DEVICE'), ' recorded in the op note.'],
    () => ['Email me at ', p(`${given(rng).toLowerCase()}${dig(rng, 2)}@${pick(rng, ['outlook.com', 'yahoo.com', 'proton.me', 'uhs.edu'])}`, 'EMAIL'), ' with the results.'],
    () => ['Images at ', p(`www.${surname(rng).toLowerCase().replace(/[^a-z]/g, '')}imaging.com/study?id=${dig(rng, 7)}`, 'URL'), ' (uploaded from ', p(`172.${16 + rng.int(16)}.${rng.int(255)}.${rng.int(255)}`, 'IP'), ').'],
    () => ['Home: ', p(`${dig(rng, 4)} ${pick(rng, ['W.', 'N.', 'E.', ''])} ${human(rng)} ${pick(rng, STREET)}`.replace(/\s+/g, ' '), 'LOCATION'), ', ', p(`${human(rng)}, ${pick(rng, STATE)} ${dig(rng, 5)}-${dig(rng, 4)}`, 'LOCATION')],
    () => ['Mailing address PO Box ', p(dig(rng, 4), 'LOCATION'), ', ', p(`${human(rng)}ville`, 'LOCATION'), '.'],
    () => ['Nursing handoff: pt ', ...who(), ', ', p(`${90 + rng.int(14)}`, 'AGE'), ' y/o, from ', p(institution(rng), 'LOCATION'), '.'],
    () => ['Called wife ', p(given(rng), 'NAME'), ' re: discharge; son ', p(given(rng), 'NAME'), ' to pick up.'],
    () => ['Thanks,\n', ...who(), '\n', p(institution(rng), 'LOCATION'), ' Cardiology'],
    () => ['cc: ', ...who(), '; ', ...who()],
    () => ['Attending: ', ...who(), '. Resident: ', ...who(), '.'],
    () => ['Discussed with ', ...who(), ' from ', p(institution(rng), 'LOCATION'), ' who agrees with plan.'],
    () => ['Follow-up ', p(date(rng), 'DATE'), ' with ', ...who(), '.'],
    () => ['SSN on file ', p(`${dig(rng, 3)} ${dig(rng, 2)} ${dig(rng, 4)}`, 'SSN'), '; fax to ', p(`+1 (${dig(rng, 3)}) ${dig(rng, 3)}-${dig(rng, 4)}`, 'FAX'), '.'],
    () => ['Car ', id('VEHICLE'), ' in lot B, driven by ', ...who(), '.'],
    () => ['Per ', ...who(), ' the biopsy from ', p(date(rng), 'DATE'), ' was benign.'],
    () => ['she was seen by ', ...who(), ' yesterday and is doing well'],
    () => ['PATIENT: ', p(`${surname(rng).toUpperCase()}, ${given(rng).toUpperCase()}`, 'NAME'), '   MRN: ', id('MRN'), '   ADMIT: ', p(date(rng), 'DATE')],
    () => ['Prior care at ', p(institution(rng), 'LOCATION'), ' and ', p(institution(rng), 'LOCATION'), '.'],
  ];
  return pick(rng, t)().flat();
}

function cleanText(rng: Rng): string {
  const age = 1 + rng.int(88);
  const year = 1995 + rng.int(30);
  const t: (() => string)[] = [
    () => `Hirschsprung disease repaired in infancy; Meckel diverticulum excluded.`,
    () => `Kawasaki disease ${year}, echo normal. Age ${age}.`,
    () => `EBV (Epstein-Barr) serology positive; Klebsiella in urine, Gram-negative rods.`,
    () => `Braden score 14, Morse fall scale 45, Mini-Cog 3/5.`,
    () => `Weber midline, Rinne positive bilaterally; Snellen 20/40.`,
    () => `Tanner stage 3. Tdap given ${year}.`,
    () => `Holter monitor for 48 h; Doppler of the legs negative.`,
    () => `Rocky Mountain spotted fever ruled out; Lyme titers pending.`,
    () => `On Lasix 40 mg, Eliquis 5 mg BID, Tylenol 650 mg PRN.`,
    () => `Pap smear ${year} normal, HPV negative.`,
    () => `ICD-10 E11.9, I10; CPT 99214. HbA1c 7.2%.`,
    () => `Ludwig angina treated with ampicillin-sulbactam; Ranson criteria 2.`,
    () => `Alport syndrome, Fabry disease and Gaucher disease in the differential.`,
    () => `Positive Homans sign is unreliable; Wells criteria low.`,
    () => `Patient is ${age} and has Tourette syndrome and Asperger traits.`,
    () => `Bence Jones protein negative; Waldenstrom macroglobulinemia unlikely.`,
    () => `Korotkoff sounds faint, Kussmaul breathing, Cheyne-Stokes at night.`,
    () => `Duchenne muscular dystrophy; Gowers sign present.`,
    () => `Sent to PT/OT; Medicare covers the walker.`,
    () => `Seen in ED ${year}; CT head negative. Pain 6/10.`,
    () => `Potassium 3.1, magnesium 1.8, creatinine 1.4 (baseline 1.1 in ${year}).`,
    () => `Takotsubo cardiomyopathy after emotional stress; EF 35%.`,
    () => `Zollinger-Ellison syndrome suspected; gastrin level ordered.`,
    () => `Von Willebrand disease type 1; DDAVP before procedures.`,
    () => `Charcot foot and Dupuytren contracture noted.`,
    () => `Diet: Mediterranean. Exercise: 30 min walks. Quit smoking ${year}.`,
    () => `Hx of Graves, s/p RAI ${year}; on Synthroid 88 mcg.`,
    () => `Apley test negative, McMurray positive medially, Lachman stable.`,
    () => `Started Ozempic 0.25 mg weekly; Jardiance continued.`,
    () => `Schatzki ring on EGD; Los Angeles grade B esophagitis.`,
  ];
  return pick(rng, t)();
}

const out = arg('--out', '/tmp/deid-ood2.jsonl');
const n = Number(arg('--n', '800'));
const rng = createRng(Number(arg('--seed', '2')));
const lines: string[] = [];
for (let i = 0; i < n; i++) {
  const parts: Part[] = rng.next() < 0.3 ? [cleanText(rng)] : phiText(rng);
  let text = '';
  const spans: { start: number; end: number; type: string; text: string }[] = [];
  for (const part of parts) {
    if (typeof part === 'string') { text += part; continue; }
    spans.push({ start: text.length, end: text.length + part.t.length, type: part.type, text: part.t });
    text += part.t;
  }
  lines.push(JSON.stringify({ patient: `ood2-${i}`, note: '1', text, phi: spans }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ out, texts: n, phi_free: lines.filter((l) => l.endsWith('"phi":[]}')).length })}\n`);
