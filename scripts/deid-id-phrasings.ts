/**
 * A seeded cross of general cue phrasings with identifier value shapes (issue 14, tenth session, deid-ids2), written
 * BEFORE any rule of that pass was changed: ages over 89 in varied wordings (number, words, `yo`, `y/o`, `F/93`, in
 * brackets, `turned 90`), and cue + value for device serials and implant ids, licence/DEA/NPI numbers, MRN/chart/
 * hospital numbers, member/policy/group/plan ids, account/claim numbers, with value shapes of letters, digits, dashes,
 * dots and spaces; plus PHI-free controls that must stay (doses, lab values, `90 degrees`, drug strengths, model names,
 * ages under 90, years, counts). Cue phrasings are dealt into two fixed halves by a hash of the phrasing: `--half a`
 * is read while developing, `--half b` is scored only. Values are drawn with a seeded generator (seed 20 for a, 21
 * for b). Each text is its own patient; format as deid-ood-letters.ts ({{TYPE|text}} via deid-marked-texts.ts).
 *   node --import tsx scripts/deid-id-phrasings.ts --half a|b [--n 3] [--out /tmp/idp-a.jsonl]
 *   node --import tsx scripts/deid-sets.ts /tmp/idp-a.jsonl /tmp/idp-b.jsonl     # --misses on half a only
 */
import { createRng, hashSeed } from '../src/core/random.js';
import { writeMarkedTexts } from './deid-marked-texts.js';

const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };
const half = arg('--half', 'a');
const perCue = Number(arg('--n', '3'));
const rng = createRng(half === 'a' ? 20 : 21);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const mine = (s: string): boolean => (hashSeed(s, 20) % 2 === 0) === (half === 'a');
const L = (): string => String.fromCharCode(65 + int(0, 25));
const D = (n: number): string => Array.from({ length: n }, () => String(int(0, 9))).join('');
const LS = (n: number): string => Array.from({ length: n }, L).join('');

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ageWords = (n: number): string => (n === 100 ? 'one hundred' : n > 100 ? `one hundred and ${ONES[n - 100]}` : `ninety${n > 90 ? `-${ONES[n - 90]}` : ''}`);

/** Age templates: `@` is the age as digits, `#` as words; `{{AGE|...}}` is added around it. */
const AGE_CUES: string[] = [
  'Seen today, aged @, with her daughter.', 'A @-year-old man with a fall at home.', 'She is a @ year old retired nurse.',
  '@ yo female with dysuria.', 'A @ y/o gentleman with confusion.', 'Nonagenarian, age @, on apixaban.', 'F/@ presenting with syncope.',
  'M/@, known AF, admitted overnight.', 'Mrs Lowe (@) was reviewed on the ward.', 'He turned @ last week and remains independent.',
  'Patient is # years old and lives alone.', 'A #-year-old widow with heart failure.', 'Age: @', 'Pt age @, DNR in place.',
  '@M with chest pain.', '@F, frail, from a care home.', '@-yr-old lady with a UTI.', 'aged @ years, she declined surgery.',
  'He is @ and still walks daily.', 'She celebrated her @th birthday in hospital.', 'Elderly man (age @) with delirium.',
  'This @ yr old woman was seen at home.', 'Now @ years of age, mobile with a frame.', 'A @yo man with a hip fracture.',
  'Her husband, @, is her main carer.', 'At @ he still manages his own medicines.', 'Referred: @-year-old female, weight loss.',
  'She will be @ next month.', 'Aged #, she remains sharp.', 'A # year old man, previously well.', 'Mr Hale, @ years, reviewed.',
  '@ y.o. M, lives with his son.', 'Centenarian (@ yrs) admitted with pneumonia.', 'Her mother is alive at @.', 'age @ yrs',
  'A frail @-y-o woman with falls.', 'Patient (@ yo) was comfortable overnight.', 'a @ years old female with cough',
];
const AGE_SHAPES = [(): number => int(90, 99), (): number => int(90, 106)];

interface IdKind { type: string; cues: string[]; shapes: (() => string)[] }
/** Identifier kinds: `@` in a cue is the value. */
const KINDS: IdKind[] = [
  { type: 'DEVICE', cues: ['Pacemaker serial @ checked in clinic.', 'ICD serial no. @, interrogated today.', 'Insulin pump S/N @.', 'Implant ID: @', 'Device serial number @ recorded.',
    'Hearing aid serial @ replaced.', 'CGM sensor serial # @.', 'Defibrillator SN @ (left chest).', 'Cochlear implant serial no: @', 'Loop recorder ID @ implanted.',
    'Neurostimulator serial @ noted.', 'Generator serial number: @.', 'Pump ser. no. @ was swapped.', 'Serial @ on the device card.', 'Implant serial: @, lot checked.',
    'The pacemaker (serial @) was interrogated.', 'Device S/N: @', 'UDI @ on the implant record.', 'Stimulator SN: @', 'Valve serial no @ logged.'],
  shapes: [() => `${LS(3)}${D(6)}${L()}`, () => `${L()}${D(7)}`, () => D(9), () => `${LS(2)}-${D(5)}-${D(2)}`, () => `${D(4)}${L()}${D(4)}`, () => `${LS(3)} ${D(6)}`, () => `${L()}${L()}${D(3)}.${D(4)}`, () => `${D(2)}-${D(6)}`] },
  { type: 'LICENSE', cues: ['DEA # @', 'DEA number @ on the script.', 'NPI @', 'NPI number: @.', "Driver's licence @ (state issued).", 'Driving licence number @.',
    'Medical licence no. @', 'License #: @', 'GMC number @.', 'State license @, RN.', 'Prescriber licence @ verified.', 'Lic. no. @', 'DL @ photocopied.',
    'Nursing registration number @.', 'Board certification no. @', 'Prescriber number: @', 'Registration no @ (pharmacist).', 'His licence (no. @) was suspended.',
    'Provider NPI: @', 'License number @ expires soon.'],
  shapes: [() => `${LS(2)}${D(7)}`, () => D(10), () => `${L()}${D(7)}`, () => `${LS(2)}-${D(5)}`, () => `${L()}${D(3)}-${D(4)}-${D(4)}`, () => D(7), () => `${LS(2)} ${D(6)}`, () => `${L()}${D(2)}.${D(3)}.${D(3)}`] },
  { type: 'MRN', cues: ['MRN @', 'MRN: @.', 'Medical record number @.', 'Chart # @', 'Chart number: @', 'Hospital number @.', 'Hosp no. @', 'Unit number @.',
    'Record no: @', 'Patient ID @ on the wristband.', 'Case note number @.', 'Hospital no: @', 'Medical record #@', 'MR# @', 'Her record number is @.',
    'RN: @ (hospital).', 'Chart no. @ pulled.', 'Patient number @.', 'Clinic number @ requested.', 'Hospital ID: @'],
  shapes: [() => D(7), () => `${L()}${D(6)}`, () => `${D(3)}-${D(3)}-${D(3)}`, () => `${D(2)}.${D(3)}.${D(3)}`, () => `${LS(2)}${D(6)}`, () => `${D(4)} ${D(4)}`, () => `${L()}-${D(7)}`, () => D(8)] },
  { type: 'HEALTH_PLAN', cues: ['Member ID @', 'Member ID: @.', 'Policy number @.', 'Policy no. @', 'Group number @.', 'Group #: @', 'Plan ID @', 'Insurance ID @ on file.',
    'Subscriber ID: @', 'Medicaid ID @.', 'Medicare number @', 'Insurance policy @ verified.', 'Health plan number @.', 'Beneficiary no. @', 'Membership number @.',
    'Coverage ID: @', 'Her policy (@) lapsed.', 'Insurer member number @.', 'Group no @', 'Plan number: @'],
  shapes: [() => `${L()}${D(9)}`, () => `${LS(3)}-${D(4)}-${D(2)}`, () => D(5), () => `${D(1)}${LS(2)}${D(1)}-${L()}${D(1)}${L()}-${LS(2)}${D(2)}`, () => `${LS(3)}${D(8)}`, () => `${D(3)} ${D(3)} ${D(4)}`, () => `${L()}${D(3)}.${D(5)}`, () => `${D(2)}-${D(5)}`] },
  { type: 'ACCOUNT', cues: ['Account number @.', 'Account #: @', 'Acct no. @', 'Claim number @.', 'Claim #@', 'Claim ID: @', 'Billing account @ closed.', 'Invoice no. @',
    'Encounter number @.', 'Visit number: @', 'Acct @ on hold.', 'Financial number @.', 'Claim reference @', 'Billing no. @', 'Account: @'],
  shapes: [() => `${LS(3)}-${D(4)}-${D(6)}`, () => D(8), () => `${L()}${D(8)}`, () => `${D(4)}-${D(4)}`, () => `${D(3)}.${D(3)}.${D(3)}`, () => `${LS(2)} ${D(7)}`] },
  { type: 'ID', cues: ['Passport @ on file.', 'Passport number: @', 'Employee ID @.', 'Staff number @', 'Badge @ issued.', 'Case no. @ (court).', 'Specimen ID @ sent.',
    'Accession number @.', 'Reference number @', 'Study ID: @', 'Trial participant ID @.', 'Ref: @', 'Our ref @', 'Student ID @.', 'Referral ID @ received.',
    'Lab accession #@', 'Identity card number @.', 'National ID @', 'Consent form ID @.', 'Visa number @.'],
  shapes: [() => `${L()}${D(8)}`, () => `${LS(3)}${D(5)}`, () => `${L()}-${D(5)}`, () => `${D(2)}-${LS(2)}-${D(5)}`, () => `${L()}${D(2)}-${D(6)}`, () => `${D(3)} ${D(3)} ${D(4)}`, () => `${LS(2)}.${D(4)}.${D(2)}`, () => D(6)] },
];

/** PHI-free controls: must stay untouched. `@` is a random number in the control's range. */
const CONTROLS: [string, number, number][] = [
  ['Metformin @ mg twice daily.', 500, 1000], ['Hb @ g/L, platelets 210.', 90, 99], ['Flex the knee to @ degrees.', 90, 120], ['Sats @% on air.', 90, 99],
  ['HR @, BP 128/76.', 90, 110], ['Amoxicillin @ mg three times daily for 5 days.', 250, 500], ['Model 5076 lead, @ cm.', 52, 58], ['Aged @, she remains independent.', 60, 89],
  ['A @-year-old man with chest pain.', 40, 89], ['Diagnosed in @ and treated with surgery.', 1990, 2022], ['Creatinine @ umol/L, eGFR 54.', 90, 140], ['Glucose @ mg/dL fasting.', 90, 126],
  ['Walks @ metres with a frame.', 90, 400], ['Weight @ kg, BMI 31.', 90, 130], ['Levothyroxine @ micrograms daily.', 25, 150], ['Temp 38.@, RR 22.', 1, 9],
  ['Rotate @ degrees and hold.', 90, 180], ['Sodium @ mmol/L, potassium 4.1.', 130, 145], ['Platelets @ x10^9/L.', 90, 400], ['ICD model D3@TRG interrogated: normal function.', 10, 99],
  ['Insulin glargine @ units at night.', 10, 40], ['@ tablets dispensed.', 28, 112], ['Follow-up in @ days.', 90, 120], ['Troponin @ ng/L, repeat in 3 h.', 5, 99],
  ['QTc @ ms on the ECG.', 400, 480], ['Ferritin @ ug/L.', 10, 300], ['Atorvastatin @ mg at night.', 10, 80], ['He has smoked for @ years.', 20, 60],
  ['Vitamin D @ nmol/L.', 20, 120], ['Ramipril @ mg daily since 2019.', 2, 10], ['Grade @ pressure ulcer, healing.', 2, 4], ['Sinus rhythm at @ bpm.', 60, 99],
  ['Lot numbers are kept in the pharmacy log.', 0, 0], ['Serial troponins were negative.', 0, 0], ['Account for the fluid balance chart.', 0, 0], ['Policy on falls reviewed.', 0, 0],
  ['Member of the MDT to contact the family.', 0, 0], ['The group met to plan discharge.', 0, 0], ['Claimed benefits discussed with the social worker.', 0, 0],
  ['Licence to drive: advised not to drive for 6 months.', 0, 0], ['Device check: normal battery and lead impedance.', 0, 0], ['Chart reviewed; no new issues.', 0, 0],
];

const PHI: string[] = [];
for (const cue of AGE_CUES.filter(mine)) for (let k = 0; k < perCue; k++) {
  const n = pick(AGE_SHAPES)();
  PHI.push(cue.includes('#') ? cue.replace('#', `{{AGE|${ageWords(n)}}}`) : cue.replace('@', `{{AGE|${n}}}`));
}
for (const kind of KINDS) for (const cue of kind.cues.filter(mine)) for (let k = 0; k < perCue; k++) {
  PHI.push(cue.replace('@', `{{${kind.type}|${pick(kind.shapes)()}}}`));
}
const FREE = CONTROLS.filter(([t]) => mine(t)).flatMap(([t, lo, hi]) => Array.from({ length: lo === hi ? 1 : perCue }, () => t.replace('@', String(int(lo, hi)))));
writeMarkedTexts(PHI, FREE, `idp-${half}`, `/tmp/idp-${half}.jsonl`);
