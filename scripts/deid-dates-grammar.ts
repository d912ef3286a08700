/**
 * A date check set generated from a grammar of how clinicians write dates (issue 14, fifteenth session, deid-dates),
 * written BEFORE any date rule of that session changed. Parts: a day (with or without a leading zero, cardinal, ordinal
 * or spelled ordinal), a month (number, full name, three-letter abbreviation, with or without a period, any case a
 * letter uses), a year (two or four digits, or `'24`), a weekday (full or abbreviated). Formats join them in every
 * order clinicians use: numeric with `/`, `-` or `.` (month or day first, with or without a year), ISO, day-month-year
 * and month-day-year with names, hyphenated names (`17-Feb-2023`, `Mar-03-24`), "the 3rd of March", month and year,
 * weekday with a date, ranges ("3-5 March", "from 3/3 to 3/9"), a date with a clock time. Gold spans cover the whole
 * date (weekday, ordinal suffix and the article of "the 3rd of March" included); a clock time is not marked. PHI-free
 * texts hold false dates of the same shapes: doses, blood pressures, ratios, fractions, strength and murmur grades,
 * pain scores, ages, lab values, version numbers, dosing intervals, years alone.
 * Two halves from two seeds and disjoint sentence frames: `--half a` is read, `--half b` only scored.
 *   node --import tsx scripts/deid-dates-grammar.ts --half a|b [--more] [--n 200] [--out /tmp/dg-a.jsonl]
 *   node --import tsx scripts/deid-sets.ts --lexicons none [--misses] /tmp/dg-a.jsonl
 */
import { createRng } from '../src/core/random.js';
import { writeMarkedTexts } from './deid-marked-texts.js';

const arg = (name: string, fallback: string): string => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] ?? fallback : fallback; };
const half = arg('--half', 'a');
const n = Number(arg('--n', '200'));
// `--more`: a second round of forms written after the first round's rules (email headers, ISO date-times, compact runs,
// day ranges with ordinals, two dates joined by "and", a comma before the year...), seeds of their own.
const more = process.argv.includes('--more');
const rng = createRng((half === 'a' ? 1501 : 1502) + (more ? 10 : 0));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng.next() * xs.length)] as T;
const int = (lo: number, hi: number): number => lo + Math.floor(rng.next() * (hi - lo + 1));
const coin = (p = 0.5): boolean => rng.next() < p;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WD_ABBR = ['Mon', 'Tue', 'Tues', 'Wed', 'Weds', 'Thu', 'Thurs', 'Fri', 'Sat', 'Sun'];
const SPELLED = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
  'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth'];

const ord = (d: number): string => `${d}${d % 100 >= 11 && d % 100 <= 13 ? 'th' : d % 10 === 1 ? 'st' : d % 10 === 2 ? 'nd' : d % 10 === 3 ? 'rd' : 'th'}`;
const pad = (v: number): string => String(v).padStart(2, '0');
const dayOf = (): number => int(1, 28);
const monthOf = (): number => int(1, 12);
const year4 = (): number => int(1930, 2026);
const dd = (d: number): string => (coin() ? pad(d) : String(d));
const yy = (y: number): string => (coin(0.6) ? String(y) : pad(y % 100));
function monthName(m: number): string {
  const full = MONTHS[m - 1] ?? 'May';
  const abbr = full === 'September' && coin(0.3) ? 'Sept' : full.slice(0, 3);
  const w = coin(0.5) ? full : `${abbr}${coin(0.25) && abbr !== full ? '.' : ''}`;
  return coin(0.1) ? w.toUpperCase() : w;
}

/** One date in a randomly chosen format. */
function date(): string {
  const d = dayOf();
  const m = monthOf();
  const y = year4();
  const forms: Array<() => string> = [
    () => `${dd(m)}/${dd(d)}/${yy(y)}`,
    () => `${dd(int(13, 28))}/${dd(m)}/${yy(y)}`,
    () => `${m}/${d}`,
    () => `${dd(m)}-${dd(d)}-${yy(y)}`,
    () => `${dd(int(13, 28))}-${dd(m)}-${y}`,
    () => `${dd(d)}.${dd(m)}.${yy(y)}`,
    () => `${y}-${pad(m)}-${pad(d)}`,
    () => `${d} ${monthName(m)} ${y}`,
    () => `${ord(d)} ${monthName(m)} ${y}`,
    () => `${monthName(m)} ${d}, ${y}`,
    () => `${monthName(m)} ${ord(d)}, ${y}`,
    () => `${monthName(m)} ${ord(d)}`,
    () => `${d} ${monthName(m)}`,
    () => `${MONTHS[m - 1]?.slice(0, 3)}-${pad(d)}-${pad(y % 100)}`,
    () => `${pad(d)}-${MONTHS[m - 1]?.slice(0, 3)}-${y}`,
    () => `${d}-${MONTHS[m - 1]?.slice(0, 3)}-${pad(y % 100)}`,
    () => `the ${ord(d)} of ${MONTHS[m - 1]}`,
    () => `${ord(d)} of ${MONTHS[m - 1]} ${y}`,
    () => `the ${SPELLED[d - 1]} of ${MONTHS[m - 1]}`,
    () => `${MONTHS[m - 1]} ${y}`,
    () => `${MONTHS[m - 1]?.slice(0, 3)} '${pad(y % 100)}`,
    () => `${pick(WEEKDAYS)}, ${d} ${monthName(m)} ${y}`,
    () => `${pick(WEEKDAYS)} ${ord(d)} ${MONTHS[m - 1]}`,
    () => `${pick(WD_ABBR)} ${dd(m)}/${dd(d)}/${yy(y)}`,
    () => `${pick(WEEKDAYS)}, ${monthName(m)} ${d}`,
    () => `${pick(WD_ABBR)} ${d} ${MONTHS[m - 1]?.slice(0, 3)}`,
    () => `${MONTHS[m - 1]} the ${ord(d)}`,
    () => `${y}/${pad(m)}/${pad(d)}`,
  ];
  const moreForms: Array<() => string> = [
    () => `${d} ${monthName(m)}, ${y}`,
    () => `${monthName(m)} ${d} ${y}`,
    () => `${ord(d)} ${monthName(m)}, ${y}`,
    () => `${pick(WEEKDAYS)} the ${ord(d)} of ${MONTHS[m - 1]}`,
    () => `${pick(WEEKDAYS)}, ${MONTHS[m - 1]} ${d}, ${y}`,
    () => `${pick(WD_ABBR)}, ${pad(d)} ${MONTHS[m - 1]?.slice(0, 3)} ${y}`,
    () => `${pad(d)}-${MONTHS[m - 1]?.slice(0, 3).toUpperCase()}-${y}`,
    () => `${pad(d)}${MONTHS[m - 1]?.slice(0, 3).toUpperCase()}${y}`,
    () => `${y}${pad(m)}${pad(d)}`,
    () => `${MONTHS[m - 1]} of ${y}`,
    () => `${MONTHS[m - 1]?.slice(0, 3)}. ${d}, ${y}`,
    () => `${MONTHS[m - 1]?.slice(0, 3)} ${y}`,
    () => `${pad(m)}/${y}`,
    () => `${ord(d)} ${MONTHS[m - 1]?.slice(0, 3)} '${pad(y % 100)}`,
    () => `${d}.${m}.${y}`,
    () => `${SPELLED[d - 1]} of ${MONTHS[m - 1]} ${y}`,
    () => `${MONTHS[m - 1]} ${SPELLED[d - 1]}`,
    () => `${y}-${pad(m)}-${pad(d)}T${pad(int(0, 23))}:${pad(int(0, 59))}`,
    () => `${pick(WEEKDAYS)} ${dd(int(13, 28))}/${dd(m)}`,
    () => `${pick(WEEKDAYS)} ${m}/${d}`,
  ];
  return pick(more ? moreForms : forms)();
}

const FRAMES_A = [
  (x: string) => `Admitted on {{DATE|${x}}} with chest pain.`,
  (x: string) => `DOB: {{DATE|${x}}}`,
  (x: string) => `She was seen in clinic on {{DATE|${x}}} and started on metformin.`,
  (x: string) => `Discharged {{DATE|${x}}}; follow-up in 2 weeks.`,
  (x: string) => `Colonoscopy performed {{DATE|${x}}}, no polyps.`,
  (x: string) => `Next appointment: {{DATE|${x}}} at 10:30.`,
  (x: string) => `Date of surgery {{DATE|${x}}}.`,
  (x: string) => `He last attended on {{DATE|${x}}}.`,
];
const FRAMES_B = [
  (x: string) => `Date of admission: {{DATE|${x}}}`,
  (x: string) => `Born {{DATE|${x}}}, lives with daughter.`,
  (x: string) => `Reviewed in the ward round on {{DATE|${x}}}.`,
  (x: string) => `MRI brain {{DATE|${x}}} showed small vessel disease.`,
  (x: string) => `Letter dictated {{DATE|${x}}}.`,
  (x: string) => `Please book a review for {{DATE|${x}}}.`,
  (x: string) => `Died {{DATE|${x}}} at home.`,
  (x: string) => `Echo done {{DATE|${x}}} - EF 45%.`,
];
const frames = half === 'a' ? FRAMES_A : FRAMES_B;

/** Ranges and a date with a time: written whole, since their parts depend on each other. */
function special(): string {
  const m = monthOf();
  const d = int(1, 20);
  const e = d + int(1, 7);
  const forms: Array<() => string> = [
    () => `Away from {{DATE|${d}-${e} ${MONTHS[m - 1]}}}.`,
    () => `On holiday {{DATE|${d}–${e} ${MONTHS[m - 1]?.slice(0, 3)} ${year4()}}}.`,
    () => `Inpatient from {{DATE|${m}/${d}}} to {{DATE|${m}/${e}}}.`,
    () => `Course given {{DATE|${m}/${d}/${year4()}}} - {{DATE|${m}/${e}/${year4()}}}.`,
    () => `Antibiotics between {{DATE|${MONTHS[m - 1]} ${d}}} and {{DATE|${MONTHS[m - 1]} ${e}}}.`,
    () => `Seen {{DATE|${pad(d)}/${pad(m)}/${year4()}}} 14:${pad(int(0, 59))} in ED.`,
    () => `Sample taken {{DATE|${year4()}-${pad(m)}-${pad(d)}}} 08:${pad(int(0, 59))}.`,
    () => `Admitted {{DATE|${MONTHS[m - 1]} ${ord(d)}}} at 3pm.`,
  ];
  const moreForms: Array<() => string> = [
    () => `Sent: {{DATE|${pick(WEEKDAYS)}, ${MONTHS[m - 1]} ${d}, ${year4()}}} ${int(1, 12)}:${pad(int(0, 59))} AM`,
    () => `Away {{DATE|${ord(d)}-${ord(e)} ${MONTHS[m - 1]}}}.`,
    () => `Scans on {{DATE|${MONTHS[m - 1]} ${d}}} and {{DATE|${e}}}.`,
    () => `Seen on {{DATE|${d}/${m}}} and {{DATE|${e}/${m}}} by the team.`,
    () => `Admitted between {{DATE|${d} ${MONTHS[m - 1]}}} and {{DATE|${e} ${MONTHS[m - 1]} ${year4()}}}.`,
    () => `Off work {{DATE|${MONTHS[m - 1]} ${d}-${e}}}.`,
    () => `Seen {{DATE|${m}/${d}/${year4()}}} @ ${pad(int(0, 23))}${pad(int(0, 59))}.`,
    () => `Reviewed {{DATE|${d} ${MONTHS[m - 1]?.slice(0, 3)} ${year4()}}}, ${pad(int(0, 23))}:${pad(int(0, 59))}.`,
  ];
  return pick(more ? moreForms : forms)();
}

const FALSE: Array<() => string> = [
  () => `Take ${pick(['1/2', '1/4', '3/4'])} tab at night.`,
  () => `BP ${int(100, 170)}/${int(60, 99)}, HR ${int(55, 110)}.`,
  () => `Power ${int(3, 5)}/5 in the ${pick(['left', 'right'])} arm.`,
  () => `A ${int(1, 4)}/6 systolic murmur at the left sternal edge.`,
  () => `Pain score ${int(2, 9)}/10 on arrival.`,
  () => `Paracetamol 1 g q${int(4, 6)}-${int(6, 8)}h as needed.`,
  () => `Take ${int(1, 2)}-${int(2, 3)} tablets ${int(2, 3)}-${int(3, 4)} times daily.`,
  () => `A ${int(45, 88)}-year-old man with type 2 diabetes.`,
  () => `Hb ${int(8, 15)}.${int(0, 9)}, WCC ${int(3, 15)}.${int(0, 9)}, plt ${int(150, 400)}.`,
  () => `Software version ${int(1, 9)}.${int(0, 12)}.${int(0, 20)} installed on the pump.`,
  () => `GCS ${int(9, 15)}/15, E${int(2, 4)}V${int(2, 5)}M${int(4, 6)}.`,
  () => `FEV1/FVC ratio 0.${int(50, 80)}; ${int(2, 3)}:1 dilution.`,
  () => `Diagnosed with asthma in ${year4()}.`,
  () => `Visual acuity 6/${pick(['6', '9', '12', '18'])} right, 6/${pick(['6', '9', '12', '24'])} left.`,
  () => `Grade ${int(1, 3)}/${int(3, 4)} oedema to the knees.`,
  () => `Reflexes 2+ throughout, ${int(1, 3)}/${int(3, 5)} findings positive.`,
  () => `Warfarin ${int(1, 5)} mg, INR target 2-3.`,
  () => `Moderate hearing loss ${int(2, 4)}-${int(5, 8)} kHz.`,
  () => `Score ${int(10, 30)}/30 on MoCA.`,
  () => `Stage T${int(1, 4)}N${int(0, 2)}M0; ${int(2, 8)}/${int(10, 20)} nodes positive.`,
  () => `Insulin ${int(4, 12)}-${int(8, 20)} units with meals, ${int(3, 4)}x/week exercise.`,
  () => `Walks ${int(1, 5)}-${int(5, 9)} blocks; ${int(1, 3)}/${int(4, 7)} days of the week.`,
];

const phi: string[] = [];
for (let i = 0; i < n; i++) phi.push(coin(0.85) ? pick(frames)(date()) : special());
const free: string[] = [];
for (let i = 0; i < Math.round(n / 4); i++) free.push(pick(FALSE)());
writeMarkedTexts(phi, free, `dg-${half}`, `/tmp/dg-${half}.jsonl`);
