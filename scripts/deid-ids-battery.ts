/**
 * A seeded battery for the non-name identifiers of issue 14 (ninth pass, deid-ids), built from the general written
 * forms, not from any dev text: ages over 89 in the wordings clinicians use, SSNs under the SSA's rules (no area 000,
 * 666 or 900-999, no group 00, no serial 0000) in every separator style, NANP phone numbers, dates in US, ISO and UK
 * forms, USPS street addresses (suffixes from USPS Publication 28), PO boxes and rural routes, city-state-ZIP lines,
 * and other Safe Harbor identifiers (licence, passport, VIN, MAC, IMEI, MBI). Each form is one function; the forms
 * are dealt into two fixed halves by position: `--half a` (even forms) is read while developing, `--half b` (odd
 * forms) is only scored. PHI-free sentences are in scripts/deid-phi-free-synth.ts.
 *   node --import tsx scripts/deid-ids-battery.ts --half a|b [--seed 1] [--n 3] [--out /tmp/ids-a.jsonl]
 */
import { createRng, type Rng } from '../src/core/random.js';
import { writeMarkedTexts } from './deid-marked-texts.js';

const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };
const rng: Rng = createRng(Number(arg('--seed', '1')));
const half = arg('--half', 'a');
const reps = Number(arg('--n', '3'));

const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const pad = (n: number, w: number): string => String(n).padStart(w, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON3 = MONTHS.map((m) => m.slice(0, 3));
const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const age = (): number => int(90, 104);
const ageWords = (n: number): string => (n >= 100 ? `one hundred${n > 100 ? ` and ${ONES[n - 100]}` : ''}` : `ninety${n > 90 ? `-${ONES[n - 90]}` : ''}`);
const ssn = (): [number, number, number] => {
  let a = int(1, 899);
  while (a === 666) a = int(1, 899);
  return [a, int(1, 99), int(1, 9999)];
};
const phoneParts = (): [string, string, string] => [`${int(2, 9)}${int(0, 9)}${int(0, 9)}`, `${int(2, 9)}${int(0, 9)}${int(0, 9)}`, pad(int(0, 9999), 4)];
const STREETS = ['Maple', 'Cedar', 'Willow', 'Harmon', 'Kessler', 'Lakeview', 'Orchard', 'Ridgeway', 'Briar', 'Fenwick', 'Sutter', 'Aldine'];
const SUFFIX = ['Street', 'St', 'Avenue', 'Ave', 'Road', 'Rd', 'Drive', 'Dr', 'Lane', 'Ln', 'Court', 'Ct', 'Boulevard', 'Blvd', 'Place', 'Pl', 'Terrace', 'Way', 'Circle', 'Cir', 'Parkway', 'Pkwy', 'Trail', 'Highway', 'Square', 'Pike'];
const TOWNS = [['Marlow Springs', 'OK'], ['Dunmore', 'PA'], ['Keeler', 'CA'], ['Ashby Falls', 'MN'], ['Corvallis', 'OR'], ['Bellhaven', 'NC'], ['Tullahoma', 'TN'], ['Greer', 'SC']] as const;
const zip = (): string => pad(int(1001, 99950), 5);
const date = (): { y: number; m: number; d: number } => ({ y: int(1925, 2026), m: int(1, 12), d: int(1, 28) });
const ord = (d: number): string => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;

/** One form each: a clinical frame with the identifier marked. */
const FORMS: (() => string)[] = [
  // ages over 89
  () => `{{AGE|${age()}}} y/o female with CHF exacerbation, on furosemide 40 mg.`,
  () => `Patient is a {{AGE|${age()}}}-year-old man admitted after a mechanical fall.`,
  () => `Age: {{AGE|${age()}}}   Sex: F   Allergies: NKDA`,
  () => `Mrs. Dobbins is {{AGE|${age()}}} years old and lives alone with home care twice daily.`,
  () => `${pick(['She', 'He'])} is {{AGE|${age()}}} and still drives to church.`,
  () => `A {{AGE|${ageWords(age())}}}-year-old resident of a nursing home presented with delirium.`,
  () => `{{AGE|${age()}}} yo M w/ hx of AAA repair, now with abdominal pain.`,
  () => `{{AGE|${age()}}}yo F, DNR/DNI, comfort measures discussed with family.`,
  () => `Aged {{AGE|${age()}}} years, she has moderate aortic stenosis managed medically.`,
  () => `${pick(['Age/Sex', 'Age/sex'])}: {{AGE|${age()}}}/${pick(['F', 'M'])}`,
  () => `The patient, who turned {{AGE|${age()}}} last month, reports worsening dyspnea.`,
  () => `Celebrated his {{AGE|${ord(age())}}} birthday on the ward; tolerating diet.`,
  () => `{{AGE|${age()}}}-yr-old with UTI and acute confusion, improving on ceftriaxone.`,
  () => `At {{AGE|${age()}}} years of age, surgery was judged high risk by anaesthesia.`,
  () => `Elderly lady ({{AGE|${age()}}} y) with a fractured neck of femur, for theatre.`,
  () => `Pt ${pick(['F', 'M'])} {{AGE|${age()}}} presenting with chest pain, troponin pending.`,
  () => `{{AGE|${age()}}} y.o. male, independent with ADLs, walks with a cane.`,
  () => `Mother is alive at {{AGE|${age()}}} with dementia; father died of MI at 70.`,
  () => `Grandmother, aged {{AGE|${ageWords(age())}}}, is the main carer's mother.`,
  () => `He is a {{AGE|${age()}}} year old retired farmer with COPD.`,
  () => `Patient age {{AGE|${age()}}} yrs. Weight 52 kg. Creatinine clearance 24 mL/min.`,
  () => `{{AGE|${age()}}}-year-old nursing-home resident, MMSE 14/30.`,
  // SSNs
  () => { const [a, g, s] = ssn(); return `SSN: {{SSN|${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}}}`; },
  () => { const [a, g, s] = ssn(); return `Social Security No. {{SSN|${pad(a, 3)} ${pad(g, 2)} ${pad(s, 4)}}} on file with registration.`; },
  () => { const [a, g, s] = ssn(); return `SS# {{SSN|${pad(a, 3)}${pad(g, 2)}${pad(s, 4)}}} verified at intake.`; },
  () => { const [a, g, s] = ssn(); return `Social security number {{SSN|${pad(a, 3)}.${pad(g, 2)}.${pad(s, 4)}}} was given by the daughter.`; },
  () => `Last four of SSN: {{SSN|${pad(int(1, 9999), 4)}}}. Identity confirmed by two identifiers.`,
  () => `SSN xxx-xx-{{SSN|${pad(int(1, 9999), 4)}}} (masked) on the claim form.`,
  () => { const [a, g, s] = ssn(); return `Soc Sec #: {{SSN|${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}}}; Medicare pending.`; },
  () => `Verified identity with SSN ending in {{SSN|${pad(int(1, 9999), 4)}}} and date of birth.`,
  () => { const [a, g, s] = ssn(); return `Insured's SSN {{SSN|${pad(a, 3)}–${pad(g, 2)}–${pad(s, 4)}}}, relationship: spouse.`; },
  () => { const [a, g, s] = ssn(); return `TIN/SSN {{SSN|${pad(a, 3)}-${pad(g, 2)}-${pad(s, 4)}}} for the guarantor.`; },
  // phones (NANP)
  () => { const [a, b, c] = phoneParts(); return `Call back at {{PHONE|(${a}) ${b}-${c}}} after 5 pm.`; },
  () => { const [a, b, c] = phoneParts(); return `Daughter's number {{PHONE|${a}.${b}.${c}}}, prefers text.`; },
  () => { const [a, b, c] = phoneParts(); return `Tel: {{PHONE|+1 ${a} ${b} ${c}}}`; },
  () => { const [a, b, c] = phoneParts(); return `Clinic line {{PHONE|1-${a}-${b}-${c}}} ext. ${int(10, 999)}`; },
  () => { const [a, b, c] = phoneParts(); return `Contact: {{PHONE|${a}${b}${c}}} (mobile).`; },
  () => { const [a, b, c] = phoneParts(); return `Fax results to {{FAX|${a}/${b}-${c}}}.`; },
  // dates
  () => { const t = date(); return `Seen on {{DATE|${pad(t.m, 2)}/${pad(t.d, 2)}/${t.y}}} for follow-up of hypertension.`; },
  () => { const t = date(); return `DOB: {{DATE|${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}}}`; },
  () => { const t = date(); return `Admitted {{DATE|${t.d} ${MONTHS[t.m - 1]} ${t.y}}} with sepsis.`; },
  () => { const t = date(); return `Colonoscopy done {{DATE|${MONTHS[t.m - 1]} ${t.d}, ${t.y}}}: two small polyps.`; },
  () => { const t = date(); return `Specimen collected {{DATE|${pad(t.d, 2)}-${MON3[t.m - 1]}-${t.y}}} 08:40.`; },
  () => { const t = date(); return `Last seen {{DATE|${MONTHS[t.m - 1]} ${t.y}}}; lost to follow-up since.`; },
  () => { const t = date(); return `Symptoms began in {{DATE|${MON3[t.m - 1]} ${t.y}}} and progressed.`; },
  () => { const t = date(); return `Next appointment {{DATE|${pick(['Monday', 'Tuesday', 'Friday'])}, ${MON3[t.m - 1]}. ${ord(t.d)}}}.`; },
  () => { const t = date(); return `Date of service: {{DATE|${t.y}${pad(t.m, 2)}${pad(t.d, 2)}}}`; },
  () => { const t = date(); return `Echo on {{DATE|${t.d}/${t.m}/${t.y}}} (UK) showed LVEF 45%.`; },
  () => { const t = date(); return `Referral dated {{DATE|${ord(t.d)} ${MONTHS[t.m - 1]} ${t.y}}}.`; },
  () => { const t = date(); return `Born {{DATE|${pad(t.m, 2)}/${t.y}}}, twin pregnancy.`; },
  () => { const t = date(); return `Flu shot given {{DATE|${t.m}/${t.d}/${String(t.y).slice(2)}}}.`; },
  () => { const t = date(); return `Surgery planned for {{DATE|${(MONTHS[t.m - 1] ?? '').slice(0, 4)}. ${t.d}}} at 7:30.`; },
  () => { const t = date(); return `Discharge date {{DATE|${pad(t.d, 2)}.${pad(t.m, 2)}.${t.y}}}.`; },
  () => { const t = date(); return `Results from {{DATE|${t.y}/${pad(t.m, 2)}/${pad(t.d, 2)}}} reviewed.`; },
  () => { const t = date(); return `Injury occurred on {{DATE|${MONTHS[t.m - 1]} the ${ord(t.d)}}}, at work.`; },
  () => { const t = date(); return `Pt seen {{DATE|${pad(t.d, 2)}${(MON3[t.m - 1] ?? '').toUpperCase()}${t.y}}} in clinic.`; },
  () => { const t = date(); return `Mammogram {{DATE|${MON3[t.m - 1]}-${String(t.y).slice(2)}}} was BI-RADS 2.`; },
  () => { const t = date(); return `Hospitalised from {{DATE|${MON3[t.m - 1]} ${t.d}}} to {{DATE|${MON3[t.m - 1]} ${t.d + 2}}} for pneumonia.`; },
  () => { const t = date(); return `D.O.B. {{DATE|${pad(t.m, 2)}-${pad(t.d, 2)}-${t.y}}}`; },
  () => { const t = date(); return `Died {{DATE|${MONTHS[t.m - 1]} ${ord(t.d)}, ${t.y}}} at home with hospice.`; },
  () => { const t = date(); return `Vaccinated in early {{DATE|${MONTHS[t.m - 1]} ${t.y}}}.`; },
  // addresses, towns and ZIPs
  () => { const [tn, st] = pick(TOWNS); return `Lives at {{LOCATION|${int(10, 9999)} ${pick(STREETS)} ${pick(SUFFIX)}}}, {{LOCATION|${tn}}}, ${st} {{ZIP|${zip()}}}.`; },
  () => `Address: {{LOCATION|${int(10, 9999)} ${pick(['N.', 'S.', 'East', 'W'])} ${pick(STREETS)} ${pick(SUFFIX)}}}, {{LOCATION|Apt ${int(1, 40)}${pick(['B', 'C', ''])}}}`,
  () => `Mail to {{LOCATION|PO Box ${int(10, 9999)}}}, {{LOCATION|${pick(TOWNS)[0]}}}, ${pick(TOWNS)[1]} {{ZIP|${zip()}-${pad(int(1, 9999), 4)}}}`,
  () => `Home: {{LOCATION|${int(10, 999)} ${pick(STREETS)} ${pick(SUFFIX)}}}, {{LOCATION|Suite ${int(100, 999)}}}`,
  () => `Lives on a farm at {{LOCATION|${int(100, 9999)} County Road ${int(1, 99)}}}.`,
  () => `{{LOCATION|Rural Route ${int(1, 9)}, Box ${int(1, 300)}}}, {{LOCATION|${pick(TOWNS)[0]}}}`,
  () => `ZIP code {{ZIP|${zip()}}} is outside our service area.`,
  () => `Patient moved to {{LOCATION|${int(10, 999)} ${pick(STREETS)} ${pick(SUFFIX)}}} last month.`,
  () => { const [tn, st] = pick(TOWNS); return `Transferred from a care home in {{LOCATION|${tn}}}, ${st} {{ZIP|${zip()}}}.`; },
  () => `Residence: {{LOCATION|${int(1, 99)}${pick(['A', 'B', ''])} ${pick(STREETS)} ${pick(['Close', 'Gardens', 'Crescent', 'Road'])}}}`,
  // other identifiers
  () => `Driver's license {{LICENSE|${pick(['D', 'S', 'B'])}${pad(int(0, 9999999), 7)}}} scanned at registration.`,
  () => `Passport no. {{ID|${pad(int(100000000, 999999999), 9)}}} copied for the travel letter.`,
  () => `VIN {{VEHICLE|1HG${pick(['CM', 'FA', 'BH'])}${pad(int(0, 99999), 5)}${pick(['A', 'J', 'L'])}${pad(int(0, 999999), 6)}}} of the car involved.`,
  () => `Device MAC {{DEVICE|${Array.from({ length: 6 }, () => int(0, 255).toString(16).toUpperCase().padStart(2, '0')).join(':')}}} on the home monitor.`,
  () => `Phone IMEI {{DEVICE|${pad(int(100000000, 999999999), 9)}${pad(int(100000, 999999), 6)}}} registered to the app.`,
  () => `Medicare MBI {{HEALTH_PLAN|${int(1, 9)}${pick(['EG', 'TE', 'KN'])}${int(1, 9)}-${pick(['TE5', 'K12', 'AA3'])}-${pick(['MK73', 'RR21', 'XY09'])}}}`,
  () => `Claim number {{ACCOUNT|${pad(int(0, 99999999), 8)}${pick(['A', 'B'])}}} denied; appeal filed.`,
  () => `Member ID: {{HEALTH_PLAN|${pick(['XYZ', 'W', 'MCD'])}${pad(int(0, 999999999), 9)}}}`,
];

const mine = FORMS.filter((_, i) => (i % 2 === 0) === (half === 'a'));
const texts: string[] = [];
for (let r = 0; r < reps; r++) for (const f of mine) texts.push(f());
writeMarkedTexts(texts, [], `ids-${half}`, `/tmp/ids-${half}.jsonl`);
