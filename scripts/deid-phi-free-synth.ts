/**
 * PHI-free clinical sentences built from general vocabularies, by category, to find what the de-identifier redacts
 * in text that names no one (issue 14, ninth pass): eponymous diagnoses (ICD-10-CM code titles with a capitalised
 * word inside, data folder), drug products and brands (the OMOP vocabulary's drug concepts of the Synthea sample, data
 * folder), lab tests (its measurement concepts), and written from general clinical knowledge: named scores and
 * classifications with their values, vital signs, units and ratios, bare years and guideline years, code-system
 * values, and clinical acronyms. Terms are dealt into two fixed halves by a hash of the term: `--half a` is read
 * while developing, `--half b` only scored. One text per line, each its own patient, no gold PHI.
 *   node --import tsx scripts/deid-phi-free-synth.ts --half a|b [--data /work/shared/data] [--out /tmp/pfs-a.jsonl]
 *   node --import tsx scripts/deid-sets.ts /tmp/pfs-a.jsonl      # PHI-free texts flagged; --by-category below
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRng, hashSeed } from '../src/core/random.js';

const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };
const data = resolve(arg('--data', process.env['DDX_DATA'] ?? '/work/shared/data'));
const half = arg('--half', 'a');
const out = arg('--out', `/tmp/pfs-${half}.jsonl`);
const perCategory = Number(arg('--n', '60'));
const rng = createRng(9);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const mine = (term: string): boolean => (hashSeed(term, 14) % 2 === 0) === (half === 'a');

// Eponymous diagnoses: ICD-10-CM titles with a capitalised word after the first (Crohn's disease, Salter-Harris).
const icd = gunzipSync(readFileSync(resolve(data, 'ontologies/icd10cm/icd10cm-codes-2026.txt.gz'))).toString('utf8')
  .split('\n').map((l) => l.slice(8).trim().split(',')[0] ?? '')
  .filter((t) => / [A-Z][a-z]+(?:['\u2019]s)?\b/.test(t.slice(t.indexOf(' '))) && t.length < 60 && !/Australian|American|African|Asian|European|Mexican|Egyptian|Japanese|Chinese|Indian|Brazilian|Russian/.test(t));
// Drug products and lab tests from the OMOP sample's vocabulary (CONCEPT.csv in the zip).
const concept = execFileSync('unzip', ['-p', resolve(data, 'records/omop-synthea27nj/Synthea27Nj_5.4.zip'), 'CONCEPT.csv'], { maxBuffer: 1 << 26 }).toString('utf8');
const conceptRows = concept.split('\n').slice(1).map((l) => l.match(/^\d+,("(?:[^"]|"")*"|[^,]*),([^,]*),/)).filter((m): m is RegExpMatchArray => !!m)
  .map((m) => ({ name: (m[1] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"'), domain: m[2] ?? '' }));
const drugs = conceptRows.filter((r) => r.domain === 'Drug' && r.name.length < 90).map((r) => r.name);
const brands = [...new Set(drugs.flatMap((d) => [...d.matchAll(/\[([^\]]+)\]/g)].map((m) => (m[1] ?? '').replace(/ [\d.\/+]+.*$/, ''))))];
const labs = conceptRows.filter((r) => r.domain === 'Measurement' && r.name.length < 70).map((r) => r.name);

const SCORES = ['APGAR 8 and 9', 'GCS 14 (E4V4M6)', 'NIHSS 3', 'CURB-65 of 2', 'CHA2DS2-VASc 3', 'HAS-BLED 2', 'Wells score 4.5', 'PERC 0', 'TIMI 3',
  'GRACE 140', 'HEART score 4', 'MELD 18', 'Child-Pugh B', 'Ranson 3', 'APACHE II 18', 'SOFA 6', 'qSOFA 2', 'Braden 14', 'Morse 45', 'Norton 12',
  'Waterlow 15', 'MMSE 24/30', 'MoCA 22/30', 'PHQ-9 of 12', 'GAD-7 of 8', 'AUDIT-C 5', 'CAGE 2/4', 'Epworth 14', 'STOP-BANG 5', 'Mallampati III',
  'ASA III', 'NYHA class II', 'Killip I', 'Rockall 4', 'Glasgow-Blatchford 6', 'Alvarado 7', 'Centor 3', 'McIsaac 2', 'Bishop score 8',
  'Barthel 60/100', 'Karnofsky 70', 'ECOG 1', 'Gleason 3+4=7', 'Breslow 1.2 mm', 'Clark level IV', 'Fontaine IIb', 'Rutherford 3', 'Hunt and Hess 2',
  'Fisher grade 3', 'Spetzler-Martin 2', 'Garden III', 'Salter-Harris II', 'Weber B', 'Gustilo IIIA', 'Tanner stage 3', 'NEWS2 of 5', 'MEWS 3',
  'RASS -2', 'CIWA 12', 'COWS 9', 'Beighton 6/9', 'EDSS 3.5', 'Hoehn and Yahr 2', 'Binet stage B', 'Rai stage II', 'Ann Arbor IIIB', 'Forrest IIa',
  'Los Angeles grade B', 'Prague C2M4', 'Bosniak IIF', 'BI-RADS 4a', 'TI-RADS 3', 'LI-RADS 4', 'PI-RADS 4', 'Lung-RADS 2', 'Fazekas 2', 'Modic type 1',
  'Pfirrmann 3', 'Kellgren-Lawrence 3', 'Outerbridge III', 'Oswestry 40%', 'DAS28 3.2', 'SLEDAI 6', 'BASDAI 4', 'PASI 12', 'SCORAD 35', 'Mayo 2',
  'Harvey-Bradshaw 6', 'CDAI 220', 'Montreal A2L3B1', 'Marsh 3b', 'West Haven grade 2', 'Caprini 5', 'Padua 4', 'Khorana 2', 'IPSS 18', 'Duke criteria',
  'Light criteria', 'Geneva score low', 'Sgarbossa negative', 'Brugada pattern type 1', 'Jones criteria met', 'Milan criteria', 'Ottawa ankle rules',
  'Canadian C-spine rule', 'PECARN low risk', 'Westley 4', 'Silverman 3', 'Ballard 35 weeks', 'Nugent 8', 'Amsel 3 of 4', 'Bethesda III', 'Paris 4',
  'Ki-67 20%', 'Nottingham grade 2', 'Fuhrman 3', 'ISUP 2', 'Lauren diffuse type', 'Siewert II', 'Borrmann III', 'Mandard 3', 'Dukes B',
  'Masaoka II', 'FIGO IB1', 'Breslow 0.8', 'Kattan nomogram', 'Framingham 12%', 'QRISK3 14%', 'ASCVD 9.2%', 'FRAX 18%', 'Lown grade 2'];
const VITALS = () => pick([
  `BP ${int(95, 170)}/${int(55, 100)}, HR ${int(50, 120)}, RR ${int(12, 28)}, SpO2 ${int(88, 100)}% on ${int(1, 6)} L, T ${int(36, 39)}.${int(0, 9)}`,
  `K ${int(3, 5)}.${int(0, 9)} mmol/L, Na ${int(128, 146)}, creatinine ${int(50, 300)} umol/L, eGFR ${int(15, 90)} mL/min/1.73m2`,
  `Hb ${int(7, 16)}.${int(0, 9)} g/dL, WBC ${int(2, 25)}.${int(0, 9)}, plt ${int(40, 450)}, INR ${int(1, 4)}.${int(0, 9)}`,
  `ABG pH 7.${int(20, 48)}/${int(25, 70)}/${int(50, 110)}, lactate ${int(1, 8)}.${int(0, 9)}`,
  `Strength ${int(3, 5)}/5 in the left arm, reflexes 2+, plantar flexor; vision 20/${pick([20, 25, 40, 70])} OU`,
  `Take ${int(1, 2)}-${int(2, 3)} tablets q${pick([4, 6, 8])}h prn, max ${int(3, 4)} g/day; taper by ${int(5, 10)} mg every ${int(3, 7)} days`,
  `Vent: AC ${int(350, 500)}/${int(12, 20)}/${int(5, 10)}/${pick(['40%', '0.5', '60%'])}, PS ${int(5, 15)}/${int(5, 8)}`,
  `QTc ${int(400, 520)} ms, PR ${int(120, 220)} ms, QRS ${int(80, 160)} ms, EF ${int(20, 60)}-${int(25, 65)}%`,
  `Urine output ${int(20, 90)} mL/h; fluid balance +${int(100, 2500)} mL over 24 h; weight ${int(45, 140)}.${int(0, 9)} kg, BMI ${int(17, 45)}.${int(0, 9)}`,
  `Pain ${int(0, 10)}/10, edema ${int(1, 4)}+ pitting to mid-shin, capillary refill < ${int(2, 3)} s`,
  `Insulin glargine ${int(8, 40)} units at night, lispro ${int(2, 10)} units with meals, sliding scale 1 unit per ${int(1, 3)} mmol/L above ${int(8, 12)}`,
  `G${int(1, 5)}P${int(0, 4)}${int(0, 2)}${int(0, 2)}${int(0, 4)} at ${int(24, 41)}+${int(0, 6)} weeks, fundal height ${int(20, 40)} cm`,
  `Dilution 1:${pick([100, 1000, 10000, 200000])}; titre 1:${pick([40, 80, 160, 320, 640])}; ANA 1:${pick([80, 160, 640])} speckled`,
  `${int(2, 6)}/52 history of cough, review in ${int(2, 6)}/52; ${int(2, 6)}/7 of fevers`,
]);
const YEARS = () => pick([
  `Diagnosed with type 2 diabetes in ${int(1975, 2024)}; CABG ${int(1990, 2020)}; stent ${int(2000, 2024)}.`,
  `Treated per the ${int(2015, 2025)} ADA Standards of Care and the ACC/AHA ${int(2013, 2024)} guideline.`,
  `Smoked from ${int(1960, 1990)} to ${int(1995, 2015)}, about ${int(10, 60)} pack-years.`,
  `Hysterectomy in the ${pick(['1980s', '1990s', '2000s'])}; no surgery since ${int(2001, 2022)}.`,
  `Vaccinated against COVID-19 in ${int(2021, 2024)} and influenza each autumn since ${int(2010, 2020)}.`,
  `WHO ${int(2016, 2022)} classification; GOLD ${int(2019, 2025)} group E; KDIGO ${int(2012, 2024)} stage G3a A2.`,
]);
const CODES = () => pick([
  `ICD-10 ${pick(['I10', 'E11.9', 'J44.1', 'N18.3', 'F32.1', 'M54.5'])}, CPT ${int(99202, 99215)}, HCPCS G${int(1000, 9999)}`,
  `SNOMED CT ${int(10000000, 999999999)}; LOINC ${int(1000, 99999)}-${int(0, 9)}; NDC ${int(1000, 9999)}-${int(1000, 9999)}-${int(10, 99)}`,
  `Software version ${int(1, 9)}.${int(0, 20)}.${int(0, 99)}; protocol v${int(1, 5)}.${int(0, 9)}; ECG lead V${int(1, 6)}`,
  `Dose: ${int(1000, 50000)} units heparin; ${int(100000, 900000)} IU vitamin A; ${int(1, 9)} x 10^9/L neutrophils`,
]);
const ACRONYMS = ['COPD', 'CHF', 'HFrEF', 'HFpEF', 'CKD', 'AKI', 'ARDS', 'DVT', 'STEMI', 'NSTEMI', 'TIA', 'CVA', 'GERD', 'IBS', 'SLE', 'BPH', 'UTI',
  'MRSA', 'VRE', 'CDI', 'TPN', 'PICC', 'CVC', 'CRT-D', 'TAVR', 'CABG', 'PCI', 'ERCP', 'EGD', 'MRCP', 'TURP', 'TAHBSO', 'LSCS', 'VBAC', 'NICU', 'PACU',
  'SNF', 'LTAC', 'DME', 'POLST', 'MOLST', 'DNR', 'AMA', 'USPSTF', 'KDIGO', 'GINA', 'NCCN', 'ESC', 'NICE', 'CDC', 'FDA', 'CMS', 'HIPAA', 'OSA', 'BiPAP',
  'CPAP', 'HFNC', 'ECMO', 'CRRT', 'IABP', 'LVAD', 'NIPPV', 'SVT', 'AVNRT', 'WPW', 'HOCM', 'PDA', 'VSD', 'ASD', 'TOF', 'ALL', 'AML', 'CLL', 'CML', 'MGUS',
  'TTP', 'HUS', 'DIC', 'ITP', 'HIT', 'PNH', 'SIADH', 'DKA', 'HHS', 'MODY', 'LADA', 'PCOS', 'CAH', 'MEN2', 'NASH', 'MASLD', 'PSC', 'PBC', 'HCC', 'SBP', 'TIPS'];

const pct = (): string => `${int(2, 9)}${pick(['', '.5'])}`;
const frames = {
  eponym: [(t: string) => `History of ${t.charAt(0).toLowerCase() + t.slice(1)}; follow-up in clinic in ${int(2, 12)} weeks.`,
    (t: string) => `Assessment: ${t}. Plan discussed, leaflet given.`, (t: string) => `Referred to rheumatology for suspected ${t.charAt(0).toLowerCase() + t.slice(1)}.`],
  drug: [(t: string) => `Meds: ${t}, one daily.`, (t: string) => `Discharged on ${t}; counselled on side effects.`, (t: string) => `Home medications include ${t} as needed.`],
  brand: [(t: string) => `Started ${t} last week, tolerating well.`, (t: string) => `${t} was stopped because of nausea.`, (t: string) => `Allergies: ${t} (rash). Continue other meds.`,
    (t: string) => `She prefers ${t} to the generic.`],
  lab: [(t: string) => `${t}: ${pct()} (reference range given on the report).`, (t: string) => `Ordered ${t.charAt(0).toLowerCase() + t.slice(1)} and a repeat in 3 months.`,
    (t: string) => `${t} was normal.`],
  score: [(t: string) => `${t} on admission.`, (t: string) => `Risk assessment: ${t}; plan as per protocol.`, (t: string) => `Today ${t}, unchanged from the last visit.`],
  acronym: [(t: string) => `Known ${t}, stable. Continue current management.`, (t: string) => `${t} discussed with the team; see plan.`, (t: string) => `PMH: HTN, ${t}, hyperlipidemia.`],
};

const texts: { cat: string; text: string }[] = [];
const sample = (cat: keyof typeof frames, terms: readonly string[]): void => {
  const pool = [...new Set(terms)].filter(mine);
  for (let k = 0; k < Math.min(perCategory, pool.length * 3); k++) texts.push({ cat, text: pick(frames[cat])(pick(pool)) });
};
sample('eponym', icd);
sample('drug', drugs);
sample('brand', brands);
sample('lab', labs);
sample('score', SCORES);
sample('acronym', ACRONYMS);
// Number-shaped categories are generated, not drawn from a term list: half b uses other seeds of the same forms.
for (let k = 0; k < perCategory; k++) {
  if (half === 'b') rng.next();
  texts.push({ cat: 'vitals-units', text: VITALS() }, { cat: 'years', text: YEARS() }, { cat: 'codes', text: CODES() });
}
writeFileSync(out, texts.map((t, i) => JSON.stringify({ patient: `pfs-${half}-${t.cat}-${i}`, note: '1', text: t.text, phi: [] })).join('\n') + '\n');
process.stdout.write(`${JSON.stringify({ out, texts: texts.length, eponymTitles: icd.length, drugs: drugs.length, brands: brands.length, labs: labs.length })}\n`);
