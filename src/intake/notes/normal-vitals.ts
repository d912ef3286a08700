/**
 * "Vital signs are within normal limits", "vitals stable", "VSS", "normal vital signs": a statement that
 * the vital signs are normal, with no values. Each vital sign the note gives no value for then reads as a
 * normal value of it would (`readingOutcomes(test, 'N')`: no fever, no tachycardia, no hypotension...),
 * but as a statement, never as a made-up value. A value in the note always wins (its test is skipped);
 * an exception clause ("vitals normal except a fever of 38.9", "VSS apart from a soft BP") keeps the
 * vital signs it names out; a statement that is not matched as normal ("vital signs were not stable",
 * "vitals unstable") says nothing. Context (negation, hypothesis, time, experiencer) is read on the
 * statement's span like any other target.
 */
import { TESTS } from '../fhir/loinc-tests.js';
import type { Span } from './context.js';
import { readingOutcomes, type Reading } from './quantities.js';
import { tokenAfter, type Tokens } from './tokenize.js';

/** How a normal-vitals statement was read: `vitals.normal-statement` (words) or `vitals.vss` (the abbreviation). */
export type NormalVitalsRule = 'vitals.normal-statement' | 'vitals.vss';

/** One normal-vitals statement and what it makes absent. */
export interface NormalVitalsStatement {
  readonly span: Span;
  /** The note text at `span`. */
  readonly text: string;
  readonly rule: NormalVitalsRule;
  /** Tokens [first, end) the statement covers (for context). */
  readonly first: number;
  readonly end: number;
  /** The concepts the statement makes absent (never present: a statement gives no abnormal value), with the test each stands for. */
  readonly absent: readonly { readonly concept: string; readonly test: string }[];
}

const NORMAL = String.raw`(?:within normal limits|within (?:the )?normal (?:range|limits)|wnl|normal|stable|unremarkable)`;
/** "Vital signs are (all / otherwise) within normal limits", "vitals: stable", "normal vital signs". */
const WORDS = new RegExp(String.raw`\b(?:vital signs?|vitals)\b(?:[ \t]*:)?(?:[ \t]+(?:are|were|is|was|have been|had been|remain|remained|remains|show|showed))?(?:[ \t]+(?:all|otherwise|entirely|completely))?[ \t]+${NORMAL}(?![A-Za-z])|\b(?:normal|stable|unremarkable)[ \t]+(?:vital signs|vitals)\b`, 'gi');
/** "VSS", "VS stable", "VS WNL": upper case only ("vs" is also "versus"). */
const ABBREV = /\bVSS\b|\bVS[ \t]+(?:stable|normal|WNL)\b/g;
/** An exception clause right after the statement ("..., except a fever of 38.9"). */
const EXCEPT = /^[ \t]*,?[ \t]*(?:except|apart from|other than|aside from|save for|but)\b[^.;\n]*/i;

/** The vital-sign tests a normal statement speaks for, with words that name each one in an exception clause. */
const VITAL_TESTS: readonly { readonly id: string; readonly names: RegExp }[] = [
  { id: 'body-temperature', names: /temp|febrile|fever|pyrex|hypotherm/i },
  { id: 'heart-rate', names: /pulse|heart|\bHR\b|tachycard|bradycard/i },
  { id: 'respiratory-rate', names: /resp|\bRR\b|breath|tachypn|bradypn/i },
  { id: 'oxygen-saturation', names: /sat|spo2|\bo2\b|oxygen|hypox/i },
  { id: 'systolic-bp', names: /pressure|\bBP\b|hypotens|hypertens/i },
  { id: 'diastolic-bp', names: /pressure|\bBP\b|hypotens|hypertens/i },
];
/** Vital test id -> the concepts a normal value of it makes absent (the tests are fixed: worked out once). */
let normalByVital: ReadonlyMap<string, readonly string[]> | undefined;

/** The concepts a normal value of a vital test makes absent. */
function normalOutcomes(id: string): readonly string[] {
  normalByVital ??= new Map(VITAL_TESTS.map((v) => {
    const test = TESTS.find((t) => t.id === v.id);
    return [v.id, test ? readingOutcomes(test, 'N').filter((o) => !o.present).map((o) => o.concept) : []];
  }));
  return normalByVital.get(id) ?? [];
}

/**
 * Concepts a normal statement makes absent: each vital test without a value in the note and not named in
 * an exception. A concept two tests decide (raised blood pressure: systolic and diastolic) is left to the
 * value when either has one.
 */
function absentFor(measured: ReadonlySet<string>, excepted: string): NormalVitalsStatement['absent'] {
  const valued = new Set(VITAL_TESTS.filter((v) => measured.has(v.id)).flatMap((v) => normalOutcomes(v.id)));
  const out: { concept: string; test: string }[] = [];
  for (const v of VITAL_TESTS) {
    if (measured.has(v.id) || v.names.test(excepted)) continue;
    for (const concept of normalOutcomes(v.id)) if (!valued.has(concept) && !out.some((p) => p.concept === concept)) out.push({ concept, test: v.id });
  }
  return out;
}

/**
 * Normal-vitals statements of a note, in text order, with the concepts each makes absent given the
 * note's readings (a test with any value in the note is left to its value).
 */
export function findNormalVitals(tokens: Tokens, readings: readonly Reading[]): NormalVitalsStatement[] {
  const text = tokens.text;
  // Cheap gate: most notes say neither word.
  if (!/vital|VS/i.test(text)) return [];
  const found: { start: number; end: number; rule: NormalVitalsRule }[] = [];
  for (const m of text.matchAll(WORDS)) found.push({ start: m.index, end: m.index + m[0].length, rule: 'vitals.normal-statement' });
  for (const m of text.matchAll(ABBREV)) found.push({ start: m.index, end: m.index + m[0].length, rule: 'vitals.vss' });
  if (found.length === 0) return [];
  found.sort((a, b) => a.start - b.start);
  const measured = new Set(readings.map((r) => r.test));
  const out: NormalVitalsStatement[] = [];
  for (const f of found) {
    const excepted = EXCEPT.exec(text.slice(f.end, f.end + 200))?.[0] ?? '';
    const absent = absentFor(measured, excepted);
    const first = tokenAfter(tokens, 0, tokens.count, f.start);
    const end = tokenAfter(tokens, first, tokens.count, f.end);
    if (absent.length === 0 || end <= first) continue;
    out.push({ span: { start: f.start, end: f.end }, text: text.slice(f.start, f.end), rule: f.rule, first, end, absent });
  }
  return out;
}
