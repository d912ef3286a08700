/**
 * Writes a synthetic out-of-domain check set for the de-identifier: short clinician texts (referral lines,
 * discharge snippets, portal messages) with generated names, hospitals, dates, record/plan/account/licence/device
 * numbers, e-mails, URLs and IPs, and PHI-free texts full of eponyms, years, doses and ages that must stay.
 * Gold spans cover the whole identifier (title and initials with the name, "Hospital" with the hospital).
 * The name and place parts are drawn from three pools: common names, rarer names no built-in list holds, and
 * invented ones (syllables), so the set tests unseen names rather than the lexicons. Seeded; written for ddx.
 *   node --import tsx scripts/deid-ood-synth.ts [--out /tmp/deid-ood.jsonl] [--n 600] [--seed 7]
 * Score with: node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood.jsonl --json
 * Do not tune rules to single texts of this set: it is a check, like the held-out sets.
 */
import { writeFileSync } from 'node:fs';
import { createRng, type Rng } from '../src/core/random.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}

const GIVEN_COMMON = 'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Steven Ashley Paul Emily Andrew Donna Joshua Michelle Kevin Carol Brian Amanda George Melissa Jack Lily Grace Henry Olivia Noah Emma Liam Sophia Ethan Chloe'.split(' ');
const GIVEN_RARE = 'Thaddeus Ottoline Casimir Leocadia Evander Philippa Ignatius Wilhelmina Cosmo Perpetua Lysander Araminta Barnabas Clementine Fenwick Ysolde Oriel Marisol Anselm Delphine Kwame Oluwaseun Thanh Priyanka Xiomara Bartholomew Zofia Radek Niamh Saoirse'.split(' ');
const SURNAME_COMMON = 'Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Doe Patel Kim Chen'.split(' ');
const SURNAME_RARE = 'Abernathy Quigley Vandermeer Okonkwo Szczepanski Ferreira Delacroix Halvorsen Oyelaran Castellanos Wojcik Nakagawa Achterberg Balogun Dunleavy Pemberton Yilmaz Kowalczyk Antonopoulos Brannigan Iwasaki Lindqvist Moreau Oduya Pokorny Rasmussen Steinbeck Tremblay Ulloa Vasquez-Lind'.split(' ');
const SYL_A = 'bra cor dal fen gar hol kes lor mar nev or pel quin ros sav tor vel wyn zan ald'.split(' ');
const SYL_B = 'ven dor mick sted lin rath bury wick ton ley mont vale gard holt ker nash rell sby'.split(' ');
const PLACE = 'Springfield Riverside Fairview Greenville Madison Georgetown Salem Franklin Clinton Arlington Ashland Burlington Oakdale Brookhaven Lakewood Milford Newport Dover Kingston Marion Bristol Chester Hudson Jackson Auburn Dayton Lexington Winchester Hartford Trenton'.split(' ');
const STATE = 'CA NY TX MA OH PA IL GA NC MI WA AZ CO MN OR'.split(' ');
const SAINTS = 'Mary Joseph Luke Vincent Jude Francis Anthony Elizabeth Agnes Michael Catherine Ann'.split(' ');
const FACILITY = ['Hospital', 'Medical Center', 'Memorial Hospital', 'Regional Medical Center', 'Clinic', 'Health Center', 'General Hospital', 'Community Hospital'];
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MON3 = MONTHS.map((m) => m.slice(0, 3));

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[rng.int(xs.length)] as T;
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, (_, i) => String(i === 0 ? 1 + rng.int(9) : rng.int(10))).join('');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const invented = (rng: Rng): string => cap(pick(rng, SYL_A) + pick(rng, SYL_B));
const given = (rng: Rng): string => { const r = rng.next(); return r < 0.6 ? pick(rng, GIVEN_COMMON) : r < 0.85 ? pick(rng, GIVEN_RARE) : invented(rng); };
const surname = (rng: Rng): string => { const r = rng.next(); return r < 0.5 ? pick(rng, SURNAME_COMMON) : r < 0.75 ? pick(rng, SURNAME_RARE) : invented(rng); };
const town = (rng: Rng): string => rng.next() < 0.6 ? pick(rng, PLACE) : invented(rng);

function hospital(rng: Rng): string {
  const r = rng.next();
  if (r < 0.2) return `St. ${pick(rng, SAINTS)}'s ${pick(rng, ['Hospital', 'Medical Center'])}`;
  if (r < 0.3) return `University of ${town(rng)} Medical Center`;
  if (r < 0.45) return `${surname(rng)} ${pick(rng, ['Hospital', 'Memorial Hospital', 'Clinic'])}`;
  if (r < 0.55) return `${surname(rng)}-${surname(rng)} Medical Center`;
  return `${town(rng)} ${pick(rng, FACILITY)}`;
}

function date(rng: Rng): string {
  const y = 2015 + rng.int(10);
  const m = 1 + rng.int(12);
  const d = 1 + rng.int(28);
  const p2 = (x: number): string => String(x).padStart(2, '0');
  switch (rng.int(7)) {
    case 0: return `${m}/${d}/${y}`;
    case 1: return `${p2(m)}/${p2(d)}/${y}`;
    case 2: return `${y}-${p2(m)}-${p2(d)}`;
    case 3: return `${MONTHS[m - 1]} ${d}, ${y}`;
    case 4: return `${d}-${MON3[m - 1]}-${y}`;
    case 5: return `${d} ${MONTHS[m - 1]} ${y}`;
    default: return `${MON3[m - 1]}. ${d}, ${y}`;
  }
}

const ID_MAKERS: Record<string, (rng: Rng) => string> = {
  MRN: (rng) => pick(rng, [digits(rng, 8), digits(rng, 9), `MRN-${digits(rng, 7)}`, `${String.fromCharCode(65 + rng.int(26))}${digits(rng, 9)}`]),
  HEALTH_PLAN: (rng) => pick(rng, [`HMO-${digits(rng, 6)}`, `${String.fromCharCode(65 + rng.int(26))}${String.fromCharCode(65 + rng.int(26))}${digits(rng, 8)}`, digits(rng, 9), `PPO${digits(rng, 7)}`]),
  ACCOUNT: (rng) => pick(rng, [digits(rng, 10), `AC-${digits(rng, 8)}`, `${digits(rng, 4)}-${digits(rng, 6)}`]),
  LICENSE: (rng) => pick(rng, [`${String.fromCharCode(65 + rng.int(26))}${digits(rng, 7)}`, `MD${digits(rng, 6)}`]),
  DEVICE: (rng) => pick(rng, [`SN-${digits(rng, 8)}`, `${String.fromCharCode(65 + rng.int(26))}${String.fromCharCode(65 + rng.int(26))}${digits(rng, 6)}`]),
};

type Part = string | { t: string; type: string };
const phi = (t: string, type: string): Part => ({ t, type });

function phiText(rng: Rng): Part[] {
  const g = given(rng);
  const s = surname(rng);
  const doc = () => { const r = rng.next(); return r < 0.5 ? phi(`Dr. ${given(rng)} ${surname(rng)}`, 'NAME') : r < 0.8 ? phi(`Dr. ${surname(rng)}`, 'NAME') : phi(`${given(rng)} ${surname(rng)}, MD`, 'NAME'); };
  const templates: (() => Part[])[] = [
    () => [phi(`${g} ${s}`, 'NAME'), ' is a 54-year-old woman seen at ', phi(hospital(rng), 'LOCATION'), ' on ', phi(date(rng), 'DATE'), ' for chest pain.'],
    () => ['Patient: ', phi(`${g} ${s}`, 'NAME'), '. MRN: ', phi(ID_MAKERS['MRN']!(rng), 'MRN'), '. DOB: ', phi(date(rng), 'DATE'), '.'],
    () => ['Referred by ', doc(), ' of ', phi(hospital(rng), 'LOCATION'), ' for evaluation of anemia.'],
    () => [phi(`${g} ${String.fromCharCode(65 + rng.int(26))}.`, 'NAME'), ' presented with fever and cough; follow up with ', doc(), ' next week.'],
    () => ['Insurance: member ID ', phi(ID_MAKERS['HEALTH_PLAN']!(rng), 'HEALTH_PLAN'), ', account ', phi(ID_MAKERS['ACCOUNT']!(rng), 'ACCOUNT'), '.'],
    () => ['Health plan number ', phi(ID_MAKERS['HEALTH_PLAN']!(rng), 'HEALTH_PLAN'), ' on file for ', phi(`${g} ${s}`, 'NAME'), '.'],
    () => ['Please send records to ', phi(`${g.toLowerCase()}.${s.toLowerCase().replace(/[^a-z]/g, '')}@${pick(rng, ['gmail.com', 'example.org', 'mail.com', 'healthnet.org'])}`, 'EMAIL'), ' or call ', phi(`(${digits(rng, 3)}) ${digits(rng, 3)}-${digits(rng, 4)}`, 'PHONE'), '.'],
    () => [phi(`${g} ${s}`, 'NAME'), ' was discharged from ', phi(hospital(rng), 'LOCATION'), ' in ', phi(`${town(rng)}, ${pick(rng, STATE)}`, 'LOCATION'), ' on ', phi(date(rng), 'DATE'), '.'],
    () => ['Pacemaker serial number ', phi(ID_MAKERS['DEVICE']!(rng), 'DEVICE'), ' checked by ', doc(), '.'],
    () => ['Prescriber licence ', phi(ID_MAKERS['LICENSE']!(rng), 'LICENSE'), ', ', doc(), ', ', phi(hospital(rng), 'LOCATION'), '.'],
    () => ['Spoke with her daughter ', phi(`${given(rng)}`, 'NAME'), ' at ', phi(`${digits(rng, 3)}-${digits(rng, 3)}-${digits(rng, 4)}`, 'PHONE'), ' about discharge planning.'],
    () => ['Seen in clinic ', phi(date(rng), 'DATE'), ' by ', doc(), '; labs from ', phi(hospital(rng), 'LOCATION'), ' reviewed.'],
    () => ['Portal message from ', phi(`${g} ${s}`, 'NAME'), ' (', phi(ID_MAKERS['MRN']!(rng), 'MRN'), '): asks about metformin dosing.'],
    () => ['Lives at ', phi(`${digits(rng, 3)} ${pick(rng, ['Oak', 'Maple', 'Cedar', 'Pine', surname(rng)])} ${pick(rng, ['Street', 'Ave', 'Road', 'Lane'])}`, 'LOCATION'), ', ', phi(`${town(rng)}, ${pick(rng, STATE)}`, 'LOCATION'), ' ', phi(digits(rng, 5), 'ZIP'), '.'],
    () => ['Results uploaded to ', phi(`https://portal.${invented(rng).toLowerCase()}health.org/r/${digits(rng, 6)}`, 'URL'), ' from ', phi(`10.${rng.int(255)}.${rng.int(255)}.${rng.int(255)}`, 'IP'), '.'],
    () => [phi(`${g} ${s}`, 'NAME'), ', ', phi(`${90 + rng.int(15)}`, 'AGE'), '-year-old, transferred from ', phi(hospital(rng), 'LOCATION'), '.'],
    () => ['SSN ', phi(`${digits(rng, 3)}-${digits(rng, 2)}-${digits(rng, 4)}`, 'SSN'), ' verified; fax ', phi(`${digits(rng, 3)}-${digits(rng, 3)}-${digits(rng, 4)}`, 'FAX'), '.'],
    () => ['Mrs. ', phi(s, 'NAME'), ' reports improved sleep since ', phi(date(rng), 'DATE'), '.'],
    () => [phi(`${g} ${s} Jr.`, 'NAME'), ' has an appointment at ', phi(hospital(rng), 'LOCATION'), '.'],
    () => ['Vehicle plate ', phi(`${String.fromCharCode(65 + rng.int(26))}${String.fromCharCode(65 + rng.int(26))}${digits(rng, 4)}`, 'VEHICLE'), ' noted in the incident report.'],
  ];
  // Gold marks the name words, not the title or credential: the scorer counts a title inside the span as precision loss only.
  return pick(rng, templates)().map((p) => {
    if (typeof p === 'string' || p.type !== 'NAME') return p;
    const m = /^(Dr\. )?(.*?)(, MD)?$/.exec(p.t);
    return m && (m[1] || m[3]) ? [m[1] ?? '', phi(m[2] ?? '', 'NAME'), m[3] ?? ''] : p;
  }).flat();
}

function cleanText(rng: Rng): Part[] {
  const age = 18 + rng.int(71);
  const year = 1990 + rng.int(35);
  const dose = pick(rng, ['metformin 500 mg twice daily', 'lisinopril 10 mg daily', 'atorvastatin 40 mg at night', 'apixaban 5 mg BID', 'levothyroxine 75 mcg', 'insulin glargine 20 units']);
  const templates: (() => Part[])[] = [
    () => [`${age}-year-old man with Parkinson's disease since ${year}, on carbidopa-levodopa.`],
    () => [`Crohn's disease diagnosed in ${year}; now on ${dose}.`],
    () => [`Positive Babinski and Chaddock signs on the right; Romberg negative.`],
    () => [`Prostate biopsy: Gleason score 3+4=7, diagnosed ${year}.`],
    () => [`Family history of Lou Gehrig disease (ALS) and Alzheimer's dementia.`],
    () => [`${age} yo F with Hashimoto thyroiditis, started ${dose}.`],
    () => [`Tinel and Phalen tests positive at the wrist; Hoffmann sign absent.`],
    () => [`Hodgkin lymphoma in ${year}, treated with ABVD; in remission.`],
    () => [`Murphy sign positive; McBurney point non-tender.`],
    () => [`Cushing syndrome ruled out; Addison disease on hydrocortisone 20 mg.`],
    () => [`Glasgow Coma Scale 15, Wells score 2, CHA2DS2-VASc 3.`],
    () => [`Barrett esophagus on surveillance since ${year}; Nissen fundoplication in ${year + 1}.`],
    () => [`Guillain-Barre syndrome after influenza in ${year}; Bell's palsy resolved.`],
    () => [`Foley catheter removed; Swan-Ganz readings stable.`],
    () => [`Apgar 8 and 9; Down syndrome screen negative.`],
    () => [`Wolff-Parkinson-White on ECG; referred for ablation.`],
    () => [`Continue ${dose}; recheck A1c in 3 months.`],
    () => [`Epley maneuver performed for BPPV; Dix-Hallpike positive on the left.`],
    () => [`Graves disease treated with radioiodine in ${year}.`],
    () => [`Kernig and Brudzinski signs negative; no meningismus.`],
    () => [`Patient aged ${age} with Sjogren syndrome and Raynaud phenomenon.`],
    () => [`Stevens-Johnson syndrome after lamotrigine in ${year}.`],
    () => [`Whipple procedure for pancreatic adenocarcinoma, ${year}.`],
    () => [`Mallampati class II; ASA 3.`],
    () => [`Trendelenburg position for central line; Valsalva maneuver for SVT.`],
  ];
  return pick(rng, templates)();
}

const out = arg('--out', '/tmp/deid-ood.jsonl');
const n = Number(arg('--n', '600'));
const rng = createRng(Number(arg('--seed', '7')));
const lines: string[] = [];
for (let i = 0; i < n; i++) {
  const parts = rng.next() < 0.3 ? cleanText(rng) : phiText(rng);
  let text = '';
  const spans: { start: number; end: number; type: string; text: string }[] = [];
  for (const p of parts) {
    if (typeof p === 'string') { text += p; continue; }
    spans.push({ start: text.length, end: text.length + p.t.length, type: p.type, text: p.t });
    text += p.t;
  }
  lines.push(JSON.stringify({ patient: `ood${i}`, note: '1', text, phi: spans }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
process.stdout.write(`${JSON.stringify({ out, texts: n, phi_free: lines.filter((l) => l.endsWith('"phi":[]}')).length })}\n`);
