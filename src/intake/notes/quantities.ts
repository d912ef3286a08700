/**
 * Values written in a clinician note: vital signs ("T 39.4 °C", "HR 128", "BP 82/46", "SpO2 89%"),
 * laboratory results ("Hb 7.1 g/dL", "Na 118 mmol/L", "TSH <0.01", "troponin negative", "SARS-CoV-2
 * PCR positive"). A test name from the table shared with FHIR intake (`fhir/loinc-tests.ts`) followed
 * by a number with an optional unit, or by a result word, is one reading. The unit is converted
 * through the same UCUM table; the value is judged against the same default ranges by age and sex,
 * giving the same concepts (`fever`, `sodium-low`, `sars-cov-2-positive`...). A note that gives no
 * unit gets the test's likely unit for the size of the number ("Hb 71" is g/L), and says so in the
 * reading's rule. Readings are located on the note's tokens, so the cost is one Map lookup per token.
 */
import type { Sex } from '../../core/model.js';
import { BP_NAMES, TESTS, TEST_BY_ID, inGrade, type LabTest, type QuantityTest, type RangeRule } from '../fhir/loinc-tests.js';
import { outcomesFor, rangeFlag, type Flag } from '../fhir/observation.js';
import { convert, resolveUnit } from '../fhir/ucum.js';
import type { Span } from './context.js';
import { phraseForms, tokenAfter, type Tokens } from './tokenize.js';
import { TokenTrie } from './trie.js';
import { FormBits } from './form-ids.js';
import { seriesValues } from './value-series.js';
import { sticky, stickyEnd } from './sticky.js';
import { otherValveArea, pacedSentence } from './measure-owner.js';
import { organismEnd } from './organism-result.js';

/** What a reading means for one concept: e.g. `sodium-low` present, `sodium-high` absent. */
export interface ReadingOutcome {
  readonly concept: string;
  readonly present: boolean;
}

/** One value read from a note. */
export interface Reading {
  /** Test id in the shared table (`hemoglobin`, `systolic-bp`, `sars-cov-2`...). */
  readonly test: string;
  readonly span: Span;
  /** The note text at `span` (test name and value). */
  readonly text: string;
  /**
   * How it was read: `qty.<test>.value` (number with its unit), `qty.<test>.value-unit-inferred` (no
   * unit written; the likely unit for the number was used), `qty.<test>.word` (a result word),
   * `qty.<test>.word-before` ("positive D-dimer"), `qty.<test>.organism` (a culture that names what grew), `qty.bp.pair` (systolic/diastolic),
   * `qty.<test>.uln-multiple` ("lipase 3x ULN"), `qty.urine-culture.cfu` (a colony count),
   * `qty.cortisol.after-dexamethasone`; or why it could not be used: `qty.<test>.unknown-unit`,
   * `qty.<test>.unit-mismatch`, `qty.<test>.implausible`, `qty.<test>.indeterminate`,
   * `qty.urine-culture.cfu-undecided` (a count below 10^5, or an upper bound), `qty.qrs-duration.paced` (the
   * width of a paced complex, not judged),
   * `qty.cortisol.high-dose-dexamethasone` (the 8 mg test, not judged).
   */
  readonly rule: string;
  readonly value?: number;
  /** A change written as "from X to <value>": X, in the unit of the value as written. */
  readonly from?: number;
  readonly comparator?: '<' | '<=' | '>' | '>=';
  /** The unit as written, when one was. */
  readonly unit?: string;
  /** The UCUM code the value was read in (written or inferred). */
  readonly ucum?: string;
  /** The value in the test's unit (`testUnit`). */
  readonly converted?: number;
  readonly testUnit?: string;
  /** The result word as written ("positive", "3+", "undetectable"). */
  readonly result?: string;
  /** H, L, N (by range), POS, NEG (by word) or IND (not decided). */
  readonly flag: Flag;
  readonly outcomes: readonly ReadingOutcome[];
  /** Tokens [first, end) the reading covers (for context). */
  readonly first: number;
  readonly end: number;
}

/** What one test name stands for, precomputed so reading it allocates no closures. */
interface AnalyteEntry {
  readonly tests: readonly LabTest[];
  /** Systolic and diastolic tests when the name is a BP pair name ("BP"). */
  readonly bp?: readonly [QuantityTest, QuantityTest];
  /** The test a result word is read for (the qualitative one when there is one). */
  readonly wordTest?: LabTest;
  /** The test a number is read for. */
  readonly quantity?: QuantityTest;
  /** A vital sign: result words other than "normal" and words before the name do not count. */
  readonly vital: boolean;
}

let analytes: TokenTrie<AnalyteEntry> | undefined;

/** The trie of test names (built once from the shared table). */
function analyteTrie(): TokenTrie<AnalyteEntry> {
  if (analytes) return analytes;
  const byName = new Map<string, LabTest[]>();
  for (const t of TESTS) {
    for (const n of t.names ?? []) {
      const k = phraseForms(n).join(' ');
      const list = byName.get(k) ?? [];
      if (!list.includes(t)) list.push(t);
      byName.set(k, list);
    }
  }
  const sys = TESTS.find((t): t is QuantityTest => t.id === 'systolic-bp' && t.kind === 'quantity');
  const dia = TESTS.find((t): t is QuantityTest => t.id === 'diastolic-bp' && t.kind === 'quantity');
  const bpNames = new Set(BP_NAMES.map((n) => phraseForms(n).join(' ')));
  const trie = new TokenTrie<AnalyteEntry>();
  for (const k of new Set([...byName.keys(), ...bpNames])) {
    const tests = byName.get(k) ?? [];
    const wordTest = tests.find((t) => t.kind === 'qualitative') ?? tests[0];
    const quantity = tests.find((t): t is QuantityTest => t.kind === 'quantity');
    trie.add(k.split(' '), {
      tests,
      ...(bpNames.has(k) && sys && dia ? { bp: [sys, dia] as const } : {}),
      ...(wordTest ? { wordTest } : {}),
      ...(quantity ? { quantity } : {}),
      vital: tests.some((t) => VITALS.has(t.id)) || bpNames.has(k),
    });
  }
  analytes = trie;
  return trie;
}

// Between a test name and its value: separators and filler words ("troponin I was 4.2", "SARS-CoV-2
// PCR: positive", "sodium of 118", "ketones on dipstick 3+"). An average of readings is the test's value ("Home BP
// readings average 144/92", "glucose averaging 14 mmol/L"); "mean" is not a filler ("BP mean 85" is the mean arterial
// pressure).
const SEP = /[ \t]*(?:[:=(]|[-–—](?=[ \t]))?[ \t]*/y;
const FILLER = /(?:was|is|were|are|of|at|level|levels|count|value|result|results|now|today|measured|returned|came back|on admission|on arrival|by|rt[- ]?pcr|pcr|naat|swab|antigen|ag|test|testing|rna|dna|eia|elisa|screen|serology|antibody|antibodies|assay|panel|nasopharyngeal|np|nasal|rapid|titre|titer|dipstick|strip|on dipstick|urine|serum|blood|whole blood|venous|arterial|initial|repeat|peak|in|reading|readings|average|averaged|averaging|avg|on|room air|ra|on ra|on room air|slightly|mildly|markedly|moderately|severely|significantly|very|grossly|strongly|weakly|the|up to|around|about|approx|approximately|~)(?![a-z0-9])[ \t]*(?:[:=][ \t]*)?/iy;
const WORD = /(not detected|none detected|no growth|gram[- ]positive|gram[- ]negative|grew|growing|sterile|non[- ]?reactive|within normal limits|undetectable|unremarkable|positive|negative|detected|reactive|elevated|raised|increased|high|low|decreased|reduced|normal|wnl|pos|neg|trace|suppressed|small|moderate|large|\+ve|-ve|[1-4]\+|\+{1,4}|absent|present)(?![a-z0-9])/iy;
// A minus sign joined to the digits is a negative value (T-score -2.9, base excess -14); "- 4" is not.
const NUMBER = /(<=|>=|≤|≥|<|>|less than |greater than |under |over |above |below )?[ \t]*([-−]?(?:\d{1,3}(?:,\d{3})+(?!\d|\.\d)|\d+(?:\.\d+)?(?:,\d+(?=[^\d]|$))?|\.\d+))/iy;
// A full stop after the pair ends the sentence ("BP 82/46."); only a decimal ("46.5") makes it no pair.
const PAIR = /(?:[ \t]*\/[ \t]*|[ \t]+over[ \t]+)(\d{2,3})(?!\d|\.\d)/y;
/**
 * A change written as "dropped from 12.1 to", "rose from 0.9 mg/dL to", "from 138 to": the value after
 * "to" is the current one; the first number is kept (group 1) as where it came from.
 */
const TREND = /(?:(?:has|had|have)[ \t]+)?(?:(?:dropped|fallen|fell|falling|rose|risen|rising|increased|decreased|climbed|declined|improved|worsened|gone[ \t]+(?:up|down)|went[ \t]+(?:up|down)|trended[ \t]+(?:up|down))[ \t]+)?from[ \t]+([-−]?\d+(?:\.\d+)?)(?:[ \t]*\/[ \t]*\d{2,3})?(?:[ \t]*[^\s\d,;()]{1,12})?[ \t]+to[ \t]+/iy;
const ARROW = /[ \t]*(?:-{1,2}>|→|=>)[ \t]*/y;
/** A decade ("in the 40s", "low 80s", "150s/90s"): its middle, or its low or high end when said. */
const DECADE = /(?:(low|lower|mid|middle|high|upper)[- \t]+)?(\d{1,2}0)'?s(?![A-Za-z0-9])(?:[ \t]*\/[ \t]*(\d{1,2}0)'?s(?![A-Za-z0-9]))?/iy;
// Bounded: a unit is short, and an unbounded run would make a long unbroken string quadratic.
const UNIT = /[ \t]*((?:[x×][ \t]?)?10(?:[\^*]?\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})[ \t]?\/[ \t]?[A-Za-zµμ]{1,3}|[^\s,;()]{1,16}(?=[\s,;()]|$)(?:[ \t]+(?:FEU|DDU|Hg|hg)(?![A-Za-z]))?)/y;

/**
 * A value written as a multiple of the upper reference limit ("lipase 3x ULN", "ALT 10 times the upper
 * limit of normal", "troponin > 5x the 99th percentile", "CK 20x normal"), as laboratories and guidelines
 * state them (Atlanta 2012: lipase at least 3 times the upper limit; UDMI 2018: the 99th percentile upper
 * reference limit).
 */
const ULN_MULTIPLE = /(<=|>=|≤|≥|<|>|less than |under |below |greater than |over |above |more than )?[ \t]*(\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)[ \t]*(?:[x×]|times|-?fold)[ \t]*(?:the[ \t]+)?(?:uln|upper[ \t]+(?:reference[ \t]+)?limits?(?:[ \t]+of)?(?:[ \t]+(?:the[ \t]+)?(?:normal|reference)(?:[ \t]+range)?)?|99th[ \t]+(?:centile|percentile)(?:[ \t]+(?:upper[ \t]+)?(?:reference[ \t]+)?limit)?|normal)(?![a-z0-9])/iy;

/** Multiples written in words ("three times the upper limit"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, fifty: 50, hundred: 100 };

const COMPARATOR: Readonly<Record<string, Reading['comparator']>> = {
  '<': '<', '>': '>', '<=': '<=', '>=': '>=', '≤': '<=', '≥': '>=',
  'less than': '<', 'greater than': '>', under: '<', over: '>', above: '>', below: '<', 'more than': '>', 'fewer than': '<',
};

const WORD_FLAG: Readonly<Record<string, Flag | 'UNDET' | 'STRIP'>> = {
  'not detected': 'NEG', 'none detected': 'NEG', 'non-reactive': 'NEG', 'non reactive': 'NEG', nonreactive: 'NEG', negative: 'NEG', neg: 'NEG', absent: 'NEG',
  positive: 'POS', pos: 'POS', detected: 'POS', reactive: 'POS', present: 'POS', '+ve': 'POS', '-ve': 'NEG',
  // Urine strip amounts (Multistix: negative, trace, small 1+, moderate 2+, large 3+): a result only for a strip test.
  small: 'STRIP', moderate: 'STRIP', large: 'STRIP',
  elevated: 'H', raised: 'H', increased: 'H', high: 'H',
  low: 'L', decreased: 'L', reduced: 'L', suppressed: 'L',
  normal: 'N', wnl: 'N', 'within normal limits': 'N', unremarkable: 'N',
  undetectable: 'UNDET', trace: 'IND',
  // Culture reports: an organism seen or grown is a positive culture, "no growth" a negative one.
  'no growth': 'NEG', sterile: 'NEG', grew: 'POS', growing: 'POS', 'gram-positive': 'POS', 'gram positive': 'POS', 'gram-negative': 'POS', 'gram negative': 'POS',
};
/** Result words that only a culture or other qualitative test can report. */
const CULTURE_WORDS = new Set(['no growth', 'sterile', 'grew', 'growing', 'gram-positive', 'gram positive', 'gram-negative', 'gram negative']);

/** Words before a test name that give its result ("positive D-dimer", "negative troponin"). */
const WORD_BEFORE: ReadonlyMap<string, Flag> = new Map(Object.entries({
  positive: 'POS', negative: 'NEG', elevated: 'H', raised: 'H', high: 'H', increased: 'H', low: 'L', suppressed: 'L', normal: 'N', undetectable: 'L',
} as const));

/** Vital signs: named with short words ("T", "P", "sat") that only count before a number. */
const VITALS = new Set(['body-temperature', 'heart-rate', 'respiratory-rate', 'oxygen-saturation', 'systolic-bp', 'diastolic-bp', 'mean-arterial-pressure', 'body-weight', 'bmi']);

function wordFlag(word: string, test: LabTest): Flag {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const f = /^[1-4]\+$|^\++$/.test(w) ? 'POS' : WORD_FLAG[w];
  if (f === undefined || (test.kind !== 'qualitative' && CULTURE_WORDS.has(w))) return 'IND';
  // "TSH undetectable" is low; "troponin undetectable" is normal; a qualitative test is negative.
  if (f === 'UNDET') return test.kind === 'qualitative' ? 'NEG' : test.low ? 'L' : 'N';
  if (f === 'STRIP') return test.kind === 'qualitative' && test.id.startsWith('urine-') ? 'POS' : 'IND';
  return f;
}

/**
 * The range that applies to a patient. Unknown sex takes the widest interval of the sex-specific
 * rules (a value outside it is abnormal for either sex); unknown age reads as an adult.
 */
export function noteRange(test: QuantityTest, sex: Sex | undefined, age: number | undefined): RangeRule | undefined {
  const a = age ?? 40;
  let low: number | undefined = Infinity;
  let high: number | undefined = -Infinity;
  let any = false;
  for (const r of test.ranges) {
    if ((r.minAge !== undefined && a < r.minAge) || (r.maxAge !== undefined && a >= r.maxAge)) continue;
    if (sex !== undefined) {
      if (r.sex === undefined || r.sex === sex) return r;
      continue;
    }
    if (r.sex === undefined) return r;
    // Unknown sex: the widest interval of the sex-specific rules.
    any = true;
    low = low === undefined || r.low === undefined ? undefined : Math.min(low, r.low);
    high = high === undefined || r.high === undefined ? undefined : Math.max(high, r.high);
  }
  if (!any) return undefined;
  return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}

/** The offset of the first character at or after `at` that is not a space or tab. */
function afterBlanks(text: string, at: number): number {
  let p = at;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

/**
 * First characters (after blanks) that `COUNT` and `AFTER_DEX` can start with: the sticky patterns are tried only
 * there (a value-dense note tries them at every test name; each failing try costs a regex run).
 */
const COUNT_FIRST = new Set([...'xX×(0123456789'].map((ch) => ch.charCodeAt(0)));
const DEX_FIRST = new Set([...'aAfFpP'].map((ch) => ch.charCodeAt(0)));

/** Skip separators and up to four filler words after a test name; the offset where the value may start. */
function skipFiller(text: string, at: number): number {
  let p = at;
  for (let k = 0; k < 5; k++) {
    // A qualifier between the name and its number is not the value: "Cortisol (9 am) 48 nmol/L",
    // "Troponin (3 h) 450 ng/L", "TSH (0.4-4.0) 12.1", "cortisol at 9 am 48".
    const c = text.charCodeAt(afterBlanks(text, p));
    let q = c === 40 || (c >= 48 && c <= 57) ? stickyEnd(QUALIFIER, text, p) : -1;
    if (q < 0 && COUNT_FIRST.has(c)) q = stickyEnd(COUNT, text, p);
    if (q < 0 && DEX_FIRST.has(c)) q = stickyEnd(AFTER_DEX, text, p);
    if (q < 0 && TIME_FIRST.has(c)) q = stickyEnd(TIME_POINT, text, p);
    if (q >= 0) p = q;
    const s = stickyEnd(SEP, text, p);
    if (s >= 0) p = s;
    const f = stickyEnd(FILLER, text, p);
    if (f <= p) break;
    // After an average word, the readings or the days it covers are not its value ("average of 3 readings 150/95").
    const o = isAverageWord(text, p) ? stickyEnd(AVERAGE_OF, text, f) : -1;
    p = o >= 0 ? o : f;
  }
  return p;
}

/** Does the filler at `at` start with "av" (average, averaged, averaging, avg: no other filler does)? */
function isAverageWord(text: string, at: number): boolean {
  return (text.charCodeAt(at) | 32) === 97 && (text.charCodeAt(at + 1) | 32) === 118;
}

/**
 * What an average covers, after the average word: how many readings, or over how long ("average of 3 readings",
 * "averaged over 7 days", "averaging over the past 2 weeks", "average of 3: 150/95"). That number counts readings or
 * days; the average itself follows. A number with no such noun after it ("average of 120 umol/L") is the value.
 */
const AVERAGE_OF = /(?:of|over|across)[ \t]+(?:the[ \t]+)?(?:(?:last|past|previous|preceding)[ \t]+)?(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty)(?:[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:readings?|measurements?|measures|values|results|samples|specimens|checks|tests|visits|occasions|days?|nights?|weeks?|months?|years?|hours?|hrs?|h)(?![a-z0-9])[ \t]*(?:[:=,][ \t]*)?|[ \t]*[:=][ \t]*)/iy;

/**
 * How many samples a result covers, between the test's name and its result: "Blood cultures x2: Gram-negative
 * rods", "blood cultures x 2 grew E. coli", "(2 sets): no growth", "2 sets negative". Not "x10^9" (a unit).
 */
const COUNT = /[ \t]*(?:[x×][ \t]?\d{1,2}|\([ \t]*(?:[x×][ \t]?\d{1,2}|\d{1,2}[ \t]+(?:sets?|bottles?|samples?))[ \t]*\)|\d{1,2}[ \t]+(?:sets?|bottles?))(?![\d.^*\/a-z])/iy;

/** "after 1 mg dexamethasone", "post-dex", "following an overnight 1 mg dexamethasone": the suppression test named (one source for this reader and dexamethasone-suppression.ts). */
export const AFTER_DEXAMETHASONE = '(?:after|following|post)[- \\t]+(?:an?[ \\t]+)?(?:overnight[ \\t]+)?(?:(?:1|one|2|two|8|eight)[ \\t]*-?mg[ \\t]+)?(?:overnight[ \\t]+)?(?:dexamethasone|dex)';

/** "cortisol after 1 mg dexamethasone 9.2 ug/dL": the test between the name and the value (dexamethasone-suppression.ts judges it). */
const AFTER_DEX = new RegExp(`[ \\t]*${AFTER_DEXAMETHASONE}(?:[ \\t]+suppression(?:[ \\t]+test)?)?[ \\t]*(?:[:=,][ \\t]*)?(?=[<>≤≥]?[ \\t]*\\d)`, 'iy');

/**
 * The sample's time after a test name: a number with a time unit right after "at" / "after" / "post" / "@"
 * ("serum iron at 4 h: 98 umol/L", "glucose at 2 hours: 11.8 mmol/L", "paracetamol level at 4 hours 150 mg/L").
 * It is when the sample was taken, not the value: the value is what follows; with nothing after it, no value.
 * A time after the value ("glucose 11.8 mmol/L at 2 h") is not next to the name and is not read here.
 */
const TIME_POINT = /[ \t]*(?:at|after|post|@)[ \t]*\d{1,3}(?:\.\d)?[ \t]*-?(?:h|hrs?|hours?|mins?|minutes?)(?![a-z0-9])[ \t]*(?:[:=,][ \t]*)?/iy;
const TIME_FIRST = new Set([...'aApP@'].map((ch) => ch.charCodeAt(0)));

/** A bracketed qualifier or a clock time after a test name, when a number follows it. */
const QUALIFIER = /[ \t]*(?:\([^()\n]{1,24}\)|\d{1,2}(?:[:.]\d{2})?[ \t]*(?:am|pm|a\.m\.|p\.m\.))[ \t]*(?:[:=][ \t]*)?(?=[<>≤≥]?[ \t]*\d)/iy;

function parseNumber(raw: string): number {
  const sign = raw.startsWith('-') || raw.startsWith('−') ? -1 : 1;
  const digits = sign < 0 ? raw.slice(1) : raw;
  if (/^\d{1,3}(,\d{3})+$/.test(digits)) return sign * Number(digits.replace(/,/g, ''));
  return sign * Number(digits.replace(',', '.'));
}

/** "x10⁹/L": superscript digits of a power of ten, read as "10^9". */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_DIGIT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]/;

interface UnitRead {
  readonly unit: string;
  readonly ucum: string;
  readonly annotation: string | undefined;
  readonly length: number;
}

/** What a written unit resolves to: `cut` trailing stops and colons are not part of it. */
type UnitWord = { readonly unit: string; readonly ucum: string; readonly annotation: string | undefined; readonly cut: number } | { readonly unknown: string } | null;

/**
 * Written units resolved so far, by the text the unit pattern matched (the resolution depends on that text
 * alone). Notes repeat a few dozen units; the cache is emptied when it grows past `UNIT_CACHE_MAX`.
 * Only text that resolved to a UCUM unit is kept: any other word after a number (a name, a place) must not
 * outlive the call that read it.
 */
const unitWords = new Map<string, UnitWord>();
const UNIT_CACHE_MAX = 4096;

/** A written unit right after the number, when it resolves in the UCUM table (FEU/DDU kept as annotation). */
function readUnit(text: string, at: number): UnitRead | { readonly unknown: string } | undefined {
  const m = sticky(UNIT, text, at);
  if (!m) return undefined;
  const written = m[1] as string;
  let w = unitWords.get(written);
  if (w === undefined) {
    if (unitWords.size >= UNIT_CACHE_MAX) unitWords.clear();
    w = unitWord(written);
    if (w !== null && !('unknown' in w)) unitWords.set(written, w);
  }
  if (w === null) return undefined;
  if ('unknown' in w) return w;
  return { unit: w.unit, ucum: w.ucum, annotation: w.annotation, length: m[0].length - w.cut };
}

/** Resolve the text the unit pattern matched (`readUnit`). */
function unitWord(written: string): UnitWord {
  let raw = written.replace(/[.:]+$/, '');
  let annotation: string | undefined;
  const ann = /[ \t]+(FEU|DDU)$/i.exec(raw);
  if (ann) {
    annotation = (ann[1] as string).toUpperCase();
    raw = raw.slice(0, ann.index);
  }
  if (SUPERSCRIPT_DIGIT.test(raw)) raw = raw.replace(/([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (d: string) => `^${[...d].map((c) => SUPERSCRIPTS.indexOf(c)).join('')}`);
  const cleaned = raw.replace(/^[x×][ \t]?/i, '').replace(/[ \t]+/g, '').replace(/μ/g, 'µ');
  const r = resolveUnit(cleaned.replace(/^mmHg$/i, 'mm[Hg]')) ?? resolveUnit(raw);
  const cut = written.length - written.replace(/[.:]+$/, '').length;
  if (r) return { unit: raw, ucum: r.code, annotation: annotation ?? r.annotation, cut };
  // Something unit-like that the table does not know is reported; a following word is not a unit.
  return /[/%^]/.test(raw) && raw.length <= 14 ? { unknown: raw } : null;
}

/** A number read after a test name. Every field is always present (one object shape: the readers' hot path). */
interface ValueRead {
  readonly value: number;
  /** Where a change written as "from X to" came from (set by the caller). */
  from: number | undefined;
  readonly comparator: Reading['comparator'] | undefined;
  readonly second: number | undefined;
  readonly end: number;
  readonly unit: UnitRead | undefined;
  readonly unknownUnit: string | undefined;
  /** The value was written as a multiple of the upper reference limit (`ULN_MULTIPLE`). */
  readonly uln: boolean;
  /** A score's total written after it ("22/30", "22 out of 30"): the scale's highest total, as written. */
  readonly total: { readonly of: number; readonly text: string } | undefined;
}

/** A `ValueRead` with the fields not given undefined. */
function valueRead(value: number, end: number, comparator?: Reading['comparator'], second?: number, unit?: UnitRead, unknownUnit?: string, total?: ValueRead['total'], uln = false): ValueRead {
  return { value, from: undefined, comparator, second, end, unit, unknownUnit, uln, total };
}

/** A total after a score: "/30", "out of 30" (never "/30.5" or "/30/"). */
const SCALE_TOTAL = /[ \t]*(\/[ \t]*|out[ \t]+of[ \t]+)(\d{1,3})(?![\d/]|[.,]\d)/iy;

function readValue(text: string, at: number, pair: boolean): ValueRead | undefined {
  const m = sticky(NUMBER, text, at);
  if (!m) return undefined;
  const value = parseNumber(m[2] as string);
  if (!Number.isFinite(value)) return undefined;
  // "CA 19-9", "4-6": a number joined to another by a hyphen is a name or a range, not a value.
  if (joinedByHyphen(text, at + m[0].length)) return undefined;
  const cmpRaw = m[1]?.trim().toLowerCase();
  const comparator = cmpRaw ? COMPARATOR[cmpRaw] : undefined;
  let end = at + m[0].length;
  let second: number | undefined;
  if (pair) {
    const p = sticky(PAIR, text, end);
    if (!p) return undefined;
    second = Number(p[1]);
    end += p[0].length;
  }
  const t = pair ? null : sticky(SCALE_TOTAL, text, end);
  if (t) return valueRead(value, end + t[0].length, comparator, second, undefined, undefined, { of: Number(t[2]), text: t[0].trim() });
  const u = readUnit(text, end);
  if (u && 'unknown' in u) return valueRead(value, end, comparator, second, undefined, u.unknown);
  if (u) return valueRead(value, end + u.length, comparator, second, u);
  return valueRead(value, end, comparator, second);
}

/** Does a hyphen or en dash and a digit follow at `at` ("CA 19-9", "4-6")? */
function joinedByHyphen(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return (c === 45 || c === 0x2013) && d >= 48 && d <= 57;
}

/** A number judged for a test. Every field is always present (one object shape). */
interface Judged {
  readonly rule: string;
  readonly flag: Flag;
  readonly ucum: string | undefined;
  readonly converted: number | undefined;
}

/** Convert and judge one number for a quantity test. */
function judge(test: QuantityTest, v: ValueRead, value: number, sex: Sex | undefined, age: number | undefined): Judged {
  const id = test.id;
  let ucum: string | undefined;
  let converted: number | undefined;
  let inferred = false;
  if (v.unknownUnit !== undefined) return { rule: `qty.${id}.unknown-unit`, flag: 'IND', ucum: undefined, converted: undefined };
  // A total is the scale's own: a score against another total ("MMSE 22/28", "GCS 8/30") is not judged.
  if (v.total !== undefined && v.total.of !== test.outOf) return { rule: `qty.${id}.unit-mismatch`, flag: 'IND', ucum: undefined, converted: undefined };
  if (test.dimensionless) {
    if (v.unit && v.unit.ucum !== '{ratio}') return { rule: `qty.${id}.unit-mismatch`, flag: 'IND', ucum: undefined, converted: undefined };
    ucum = '1';
    converted = value;
  } else if (v.unit) {
    if (test.annotation && v.unit.annotation && v.unit.annotation !== test.annotation) return { rule: `qty.${id}.unit-mismatch`, flag: 'IND', ucum: undefined, converted: undefined };
    // "Plt 22K": K after a count is thousands per microlitre, not kelvin.
    ucum = v.unit.ucum === 'K' && test.unit === '10*3/uL' ? '10*3/uL' : v.unit.ucum;
    converted = inTestUnit(test, value, ucum);
    if (converted === undefined) return { rule: `qty.${id}.unit-mismatch`, flag: 'IND', ucum, converted: undefined };
  } else {
    inferred = true;
    let guess: readonly [string, number, number] | undefined;
    for (const u of test.noteUnits ?? []) {
      if (value >= u[1] && value <= u[2]) {
        guess = u;
        break;
      }
    }
    // A unitless number outside every likely interval ("RR 0.8" is a risk ratio, "T 12" a vertebra) is not judged.
    if (test.noteUnits && !guess) return { rule: `qty.${id}.implausible`, flag: 'IND', ucum: undefined, converted: undefined };
    ucum = guess ? guess[0] : test.unit;
    // Two unit systems: a number physiologically possible in both, with different verdicts, is not guessed.
    const sole = bareUnitChoice(test, value, v.comparator, ucum, sex, age);
    if (sole === undefined) return { rule: `qty.${id}.unit-ambiguous`, flag: 'IND', ucum: undefined, converted: undefined };
    ucum = sole;
    converted = inTestUnit(test, value, ucum);
    if (converted === undefined) return { rule: `qty.${id}.unknown-unit`, flag: 'IND', ucum: undefined, converted: undefined };
  }
  // Hot path of value-dense notes: rule names come from a per-test cache and the result is one literal.
  const rules = rulesOf(test);
  if (converted < test.plausible[0] || converted > test.plausible[1]) return { rule: rules.implausible, flag: 'IND', ucum, converted };
  if (test.greyZone && !v.comparator && converted >= test.greyZone[0] && converted < test.greyZone[1]) return { rule: rules.indeterminate, flag: 'IND', ucum, converted };
  const range = noteRange(test, sex, age);
  if (!range) return { rule: rules.noRange, flag: 'IND', ucum, converted };
  const flag = rangeFlag(converted, v.comparator, range.low, range.high);
  // Sex not stated: a value outside the widest interval is abnormal for either sex; one inside it but outside
  // the interval both sexes share (Hb 12.8 g/dL, testosterone 180 ng/dL) is abnormal for one sex only, and is
  // left undecided rather than read as normal.
  if (flag === 'N' && sex === undefined && rules.sexRanges) {
    const shared = sharedRange(test, age);
    if (shared && rangeFlag(converted, v.comparator, shared.low, shared.high) !== 'N') return { rule: rules.sexUnstated, flag: 'IND', ucum, converted };
  }
  const rule = flag === 'IND' ? rules.indeterminate : inferred && !test.dimensionless ? rules.inferred : rules.value;
  return { rule, flag, ucum, converted };
}

/**
 * Judge a bare number of `test` as if written in `ucum` (one of its unit families): the rule is
 * `qty.<test>.value-unit-of-note`, with outcomes and grades. Undefined when the number is not judged
 * in that unit (implausible, grey zone, no range). Used by `unit-system.ts`.
 */
export function judgeInUnit(r: Reading, test: QuantityTest, ucum: string, sex: Sex | undefined, age: number | undefined): Reading | undefined {
  if (r.value === undefined) return undefined;
  const j = judge(test, valueRead(r.value, r.span.end, r.comparator, undefined, { unit: ucum, ucum, annotation: undefined, length: 0 }), r.value, sex, age);
  if (j.flag === 'IND' || j.converted === undefined) return undefined;
  const judged: Reading = { ...r, rule: `qty.${test.id}.value-unit-of-note`, flag: j.flag, ucum, converted: j.converted, testUnit: test.unit, outcomes: readingOutcomes(test, j.flag) };
  return test.grades ? withGrades(judged, test, j.converted, r.comparator) : judged;
}

/** Physiological window around a two-sided reference range: half the lowest low to four times the highest high. */
const WINDOW_BELOW = 2;
const WINDOW_ABOVE = 4;

/** `value` written in `ucum`, in the test's own unit (an affine scale such as degrees Fahrenheit, else UCUM); undefined when it does not convert. */
export function inTestUnit(test: QuantityTest, value: number, ucum: string): number | undefined {
  const affine = test.affine?.[ucum];
  return affine ? value * affine.factor + affine.offset : convert(value, ucum, test.unit, test.analyte);
}

/**
 * The unit families a bare number for this test may be written in: the distinct units of its `noteUnits`
 * (SI and conventional, "Mg 1.1" mg/dL or mmol/L). Fewer than two: the question does not arise.
 */
export function unitFamilies(test: QuantityTest): readonly string[] {
  const units: string[] = [];
  for (const u of test.noteUnits ?? []) if (!units.includes(u[0])) units.push(u[0]);
  return units;
}

/**
 * The window (in the test's unit) a patient's value can lie in, from a two-sided default range, inside the
 * plausible bounds; undefined for a one-sided range (bilirubin, troponin), which bounds nothing below.
 */
export function physiologicalWindow(test: QuantityTest): readonly [number, number] | undefined {
  const lows = test.ranges.map((r) => r.low).filter((x): x is number => x !== undefined);
  const highs = test.ranges.map((r) => r.high).filter((x): x is number => x !== undefined);
  if (lows.length === 0 || highs.length === 0) return undefined;
  return [Math.max(test.plausible[0], Math.min(...lows) / WINDOW_BELOW), Math.min(test.plausible[1], Math.max(...highs) * WINDOW_ABOVE)];
}

/**
 * One rule for a number written without a unit, for every test reported in two unit systems: the number is
 * judged in each unit family in which it is physiologically possible (converted into the test's unit, inside
 * `physiologicalWindow`). The size-chosen unit (`chosen`, from `noteUnits`) is kept when it is the only family
 * that makes the number possible, when every possible family gives the same verdict, or when the window cannot
 * tell (a one-sided range, or the chosen unit itself outside the window: the window is a heuristic, and the
 * size choice is never overridden by it). Where the chosen unit and another possible family give different
 * verdicts ("FT3 5.2": high in pg/mL, normal in pmol/L; "Mg 1.1": low in mg/dL, high in mmol/L) the result is
 * undefined: recognised, not judged.
 */
function bareUnitChoice(test: QuantityTest, value: number, comparator: string | undefined, chosen: string, sex: Sex | undefined, age: number | undefined): string | undefined {
  const { families, window } = bareUnitsOf(test);
  if (!window) return chosen;
  const [lo, hi] = window;
  const range = noteRange(test, sex, age);
  const possible: { readonly ucum: string; readonly flag: Flag | undefined }[] = [];
  for (const ucum of families) {
    const c = inTestUnit(test, value, ucum);
    if (c === undefined || c < lo || c > hi) continue;
    possible.push({ ucum, flag: range ? rangeFlag(c, comparator, range.low, range.high) : undefined });
  }
  const own = possible.find((p) => p.ucum === chosen);
  if (!own || possible.every((p) => p.flag === own.flag)) return chosen;
  return undefined;
}

/** A test's unit families and, with two or more, its window: constants of the test's table entry, computed once per test (every bare number asks). */
interface BareUnits { readonly families: readonly string[]; readonly window: readonly [number, number] | undefined }
const bareUnits = new WeakMap<QuantityTest, BareUnits>();
function bareUnitsOf(test: QuantityTest): BareUnits {
  let b = bareUnits.get(test);
  if (!b) {
    const families = unitFamilies(test);
    b = { families, window: families.length < 2 ? undefined : physiologicalWindow(test) };
    bareUnits.set(test, b);
  }
  return b;
}

/**
 * The interval normal for both sexes at this age (the highest low and the lowest high of the first rule of
 * each sex), or undefined when the test's range does not depend on sex there.
 */
function sharedRange(test: QuantityTest, age: number | undefined): RangeRule | undefined {
  const a = age ?? 40;
  let female: RangeRule | undefined;
  let male: RangeRule | undefined;
  for (const r of test.ranges) {
    if (r.sex === undefined || (r.minAge !== undefined && a < r.minAge) || (r.maxAge !== undefined && a >= r.maxAge)) continue;
    if (r.sex === 'female') female ??= r;
    else male ??= r;
  }
  if (!female && !male) return undefined;
  const lows = [female?.low, male?.low].filter((x): x is number => x !== undefined);
  const highs = [female?.high, male?.high].filter((x): x is number => x !== undefined);
  return { ...(lows.length > 0 ? { low: Math.max(...lows) } : {}), ...(highs.length > 0 ? { high: Math.min(...highs) } : {}) };
}

interface RuleNames { readonly value: string; readonly inferred: string; readonly indeterminate: string; readonly implausible: string; readonly noRange: string; readonly sexUnstated: string; readonly sexRanges: boolean }
const ruleNames = new WeakMap<QuantityTest, RuleNames>();
function rulesOf(test: QuantityTest): RuleNames {
  let r = ruleNames.get(test);
  if (!r) {
    const id = test.id;
    r = { value: `qty.${id}.value`, inferred: `qty.${id}.value-unit-inferred`, indeterminate: `qty.${id}.indeterminate`, implausible: `qty.${id}.implausible`, noRange: `qty.${id}.no-range`, sexUnstated: `qty.${id}.sex-unstated`, sexRanges: test.ranges.some((x) => x.sex !== undefined) };
    ruleNames.set(test, r);
  }
  return r;
}

const outcomeCache = new Map<LabTest, Map<Flag, readonly ReadingOutcome[]>>();

/** The concept outcomes of a test's flag (shared, immutable arrays: a note may hold thousands of values). */
export function readingOutcomes(test: LabTest, flag: Flag): readonly ReadingOutcome[] {
  let byFlag = outcomeCache.get(test);
  if (!byFlag) {
    byFlag = new Map();
    outcomeCache.set(test, byFlag);
  }
  let out = byFlag.get(flag);
  if (!out) {
    out = Object.freeze(outcomesFor(test, flag, '', 'value', '').map((o) => Object.freeze({ concept: o.concept, present: o.present })));
    byFlag.set(flag, out);
  }
  return out;
}

export interface ReadOptions {
  readonly sex?: Sex;
  readonly age?: number;
  /** @internal A fluid other than blood named earlier in the sentence ("CSF glucose 20"). */
  readonly specimen?: Specimen;
}

/**
 * Fluids other than blood. After one is named in a sentence, a number for a blood test ("CSF: WBC 1200,
 * glucose 20, protein 250"; "pleural fluid LDH 400") is not judged against blood ranges: it is listed
 * with the rule `qty.<test>.other-specimen`. In urine, a result word for glucose, protein or blood is
 * the urine strip test ("Urinalysis: glucose 2+, protein 3+").
 */
type Specimen = 'csf' | 'pleural' | 'peritoneal' | 'synovial' | 'urine' | 'bal' | 'stool' | 'sweat';
/** Words that name blood again ("Serum LDH 300" after a pleural fluid LDH). */
const BLOOD_WORDS = new Set(['serum', 'plasma', 'blood', 'venous', 'arterial', 'capillary']);
const SPECIMEN_WORDS: ReadonlyMap<string, Specimen> = new Map<string, Specimen>([
  ['csf', 'csf'], ['cerebrospinal', 'csf'], ['lp', 'csf'], ['puncture', 'csf'], ['pleural', 'pleural'], ['thoracentesis', 'pleural'],
  ['ascitic', 'peritoneal'], ['ascites', 'peritoneal'], ['peritoneal', 'peritoneal'], ['paracentesis', 'peritoneal'],
  ['synovial', 'synovial'], ['arthrocentesis', 'synovial'], ['aspirate', 'synovial'], ['urinalysis', 'urine'], ['ua', 'urine'], ['urine', 'urine'],
  ['dipstick', 'urine'], ['bal', 'bal'], ['bronchoalveolar', 'bal'], ['stool', 'stool'], ['fecal', 'stool'], ['sweat', 'sweat'],
]);
/**
 * "urine" followed by one of these is the label of a urine panel ("Urine dip: nitrites positive, leucocytes
 * 3+", "Urine microscopy: WBC 80/hpf"), which covers the sentence as "Urinalysis:" does, not one item.
 */
const URINE_PANEL_NEXT = new Set([':', 'dip', 'dipstick', 'dipstix', 'strip', 'microscopy', 'analysis', 'mcs', 'm/c/s', 'mc&s', 'r/e', 'routine']);
/** Per-word bits read once per token by `findReadings`: 1 a specimen word, 2 a blood word, 4 an analyte name's first word. */
const WORD_SPECIMEN = 1;
const WORD_BLOOD = 2;
const WORD_ANALYTE = 4;
let wordBits: FormBits | undefined;
function readingWordBits(trie: TokenTrie<AnalyteEntry>): FormBits {
  if (wordBits) return wordBits;
  const bits = new Map<string, number>();
  for (const w of SPECIMEN_WORDS.keys()) bits.set(w, WORD_SPECIMEN);
  for (const w of BLOOD_WORDS) bits.set(w, (bits.get(w) ?? 0) | WORD_BLOOD);
  for (const w of trie.firstForms()) bits.set(w, (bits.get(w) ?? 0) | WORD_ANALYTE);
  wordBits = new FormBits(bits);
  return wordBits;
}
/** Urine: the strip test a blood-test name stands for when a result word follows. */
const URINE_STRIP: Readonly<Record<string, string>> = {
  glucose: 'urine-glucose', 'total-protein': 'urine-protein', albumin: 'urine-protein', hemoglobin: 'urine-blood', wbc: 'urine-leukocyte-esterase', 'beta-hydroxybutyrate': 'urine-ketones',
};
/**
 * Tests that laboratories also measure in urine (spot or 24-hour chemistry, strip, microscopy). Any other
 * blood-test name after "urine" (CRP, ALT, troponin, platelets...) is a blood value, and it ends the urine
 * scope: the list has moved on to the blood results.
 */
const URINE_MEASURED = new Set(['beta-hydroxybutyrate', 'sodium', 'potassium', 'chloride', 'creatinine', 'total-protein', 'albumin', 'glucose', 'osmolality', 'wbc', 'hemoglobin', 'bun', 'calcium', 'phosphate', 'magnesium', 'uric-acid', 'amylase', 'ph']);
/** Tests read in any fluid: vital signs, and results that are not blood values. */
const ANY_SPECIMEN = new Set(['urine-osmolality', 'urine-sodium', 'urine-specific-gravity', 'urine-acr', 'egfr', 'ahi', 'body-temperature', 'heart-rate', 'respiratory-rate', 'oxygen-saturation', 'systolic-bp', 'diastolic-bp', 'mean-arterial-pressure', 'body-weight', 'bmi', 'lvef', 'qtc', 'fev1-fvc', 'hcg-serum', 'sweat-chloride', 'fecal-elastase', 'urea-breath-test-dob']);
function testOf(id: string): LabTest | undefined {
  return TEST_BY_ID.get(id);
}

/**
 * Every reading in a tokenised note, in text order. `mask` marks header tokens (never names).
 * Readings that cannot be used (unknown unit, implausible value) are returned too, with flag IND and
 * a rule saying why, so nothing recognised is dropped silently.
 */
export function findReadings(tokens: Tokens, mask: Uint8Array, options: ReadOptions = {}): Reading[] {
  const trie = analyteTrie();
  const bits = readingWordBits(trie);
  const out: Reading[] = [];
  let specimen: Specimen | undefined;
  // "urine" written before a test name ("urine protein 4+, albumin 1.9 g/dL") qualifies that item of a
  // comma list only; a panel or label ("Urinalysis:", "UA", "dipstick", "CSF:") covers the sentence.
  let itemOnly = false;
  for (let s = 0; s < tokens.sentences; s++) {
    const sFirst = tokens.sentStart[s] as number;
    const sEnd = tokens.sentStart[s + 1] as number;
    // A label that names the fluid ("CSF:") is a sentence of its own: its values follow it.
    if (sFirst === 0 || tokens.norm[sFirst - 1] !== ':') specimen = undefined;
    for (let i = sFirst; i < sEnd; ) {
      const norm = tokens.norm[i] as string;
      // An item ends at a comma, a semicolon or a full stop the sentence split kept ("µg/g. Hb 85": the unit's
      // last letter reads as an initial).
      if (itemOnly && (norm === ',' || norm === ';' || norm === '.')) specimen = undefined;
      const item = specimen === 'urine' && mask[i] === 0 ? urineItem(tokens, i, sEnd) : undefined;
      if (item) {
        out.push(item);
        i = Math.max(i + 1, item.end);
        continue;
      }
      const cls = bits.at(tokens, i);
      const named = (cls & WORD_SPECIMEN) !== 0 ? SPECIMEN_WORDS.get(norm) : undefined;
      // "Sweat" names one item's fluid ("sweat chloride 94, Na 136"), as a bare "urine" or "stool" does; a
      // label ("Urine dip:", "Stool:") covers the sentence.
      if (named) itemOnly = norm === 'sweat' || ((norm === 'urine' || named === 'stool') && !URINE_PANEL_NEXT.has(tokens.norm[i + 1] as string));
      specimen = (cls & WORD_BLOOD) !== 0 ? undefined : named ?? specimen;
      // Counts only another fluid has a rule for: urine red cells, CSF protein.
      const fluid =
        mask[i] !== 0 ? undefined
        : specimen === 'urine' && (norm === 'rbc' || norm === 'rbcs') ? urineCount(tokens, i, i + 1, sEnd, 'rbc')
        : specimen === 'csf' && norm === 'protein' ? csfReading(tokens, i, i + 1, sEnd, 'protein')
        : undefined;
      if (fluid) {
        out.push(fluid);
        i = Math.max(i + 1, fluid.end);
        continue;
      }
      if (mask[i] !== 0 || (cls & WORD_ANALYTE) === 0) {
        i++;
        continue;
      }
      const m = trie.longestIn(tokens, i, sEnd, mask);
      if (!m) {
        i++;
        continue;
      }
      // "T 38.9, P 128, R 28": one-letter pulse and respiration names count only inside a list of vital signs.
      if (m.end === i + 1 && LIST_ONLY.has(norm) && !afterVital(out, i, sFirst)) {
        i++;
        continue;
      }
      const listed = tokens.norm[m.end] === '/' ? slashList(tokens, i, m, sEnd, trie, options) : undefined;
      if (listed) {
        out.push(...listed);
        i = Math.max(m.end, (listed[listed.length - 1] as Reading).end);
        continue;
      }
      const q0 = m.values[0]?.quantity;
      if (listOnlyName(tokens, i, m.end, m.values) || (q0?.id === 'aortic-valve-area' && otherValveArea(tokens, sFirst, i, m.end))) {
        i = m.end;
        continue;
      }
      if (specimen === 'urine' && q0 && !ANY_SPECIMEN.has(q0.id) && !URINE_MEASURED.has(q0.id) && !m.values[0]?.vital) specimen = undefined;
      const got = readAt(tokens, i, m.end, sEnd, m.values, specimen ? { ...options, specimen } : options);
      if (got.length > 0) {
        if (q0?.id === 'qrs-duration' && pacedSentence(tokens, sFirst, sEnd)) out.push(...got.map(pacedQrs));
        else out.push(...got);
        i = Math.max(m.end, (got[got.length - 1] as Reading).end);
      } else i = m.end;
    }
  }
  return out;
}

/** A QRS duration of a paced rhythm: recognised, not judged (`measure-owner.ts`). */
function pacedQrs(r: Reading): Reading {
  return { ...r, rule: 'qty.qrs-duration.paced', flag: 'IND', outcomes: [] };
}

/** Whether tokens [first, end) are a name its test reads only inside a slash list (`listOnly`: "PT/INR"). */
function listOnlyName(tokens: Tokens, first: number, end: number, entries: readonly AnalyteEntry[]): boolean {
  const only = entries[0]?.quantity?.listOnly;
  return only !== undefined && sharedName(tokens, first, end, only);
}

const SLASH = /[ \t]*\/[ \t]*/y;
// A full stop after the last value ends the sentence ("Na/K 128/5.9."); only a decimal ("5.9.1") makes it no value.
const SLASH_NUMBER = /([-−]?\d+(?:\.\d+)?)(?!\d|\.\d)/y;
// "BUN/Cr on 3/4", "Na/K at 10/12": after a preposition of time the slashes are a date.
const SLASH_DATE_LEAD = /\b(?:on|at|by|in)[ \t]*$/i;
const SLASH_MORE = /[ \t]*\/[ \t]*\d/y;
const SLASH_MAX = 6;

/**
 * Names joined by slashes and then as many values joined by slashes, in the same order: "Na/K 128/5.9",
 * "BUN/Cr 64/3.4", "PT/INR 24/2.9". Each value is read for its name as a value without a unit. Not a list
 * when a name is no quantity test (a BP pair is read as one), when the counts differ, or when a name
 * shares its abbreviation with another measure (`unitAfter`: that value is skipped).
 */
function slashList(tokens: Tokens, first: number, m: { end: number; values: readonly AnalyteEntry[] }, sEnd: number, trie: TokenTrie<AnalyteEntry>, options: ReadOptions): Reading[] | undefined {
  const names: { first: number; end: number; entry: AnalyteEntry }[] = [{ first, end: m.end, entry: m.values[0] as AnalyteEntry }];
  let k = m.end;
  while (tokens.norm[k] === '/' && k + 1 < sEnd && names.length < SLASH_MAX) {
    const n = trie.longestIn(tokens, k + 1, sEnd);
    if (!n || !n.values[0]?.quantity || n.values[0].bp) return undefined;
    names.push({ first: k + 1, end: n.end, entry: n.values[0] });
    k = n.end;
  }
  if (names.length < 2 || names.some((n) => !n.entry.quantity || n.entry.bp)) return undefined;
  const text = tokens.text;
  let at = skipFiller(text, tokens.end[k - 1] as number);
  if (SLASH_DATE_LEAD.test(text.slice(tokens.end[k - 1] as number, at))) return undefined;
  const values: number[] = [];
  for (let j = 0; j < names.length; j++) {
    const sep = j > 0 ? sticky(SLASH, text, at) : null;
    if (j > 0 && !sep) return undefined;
    if (sep) at += sep[0].length;
    const n = sticky(SLASH_NUMBER, text, at);
    if (!n) return undefined;
    values.push(parseNumber(n[1] as string));
    at += n[0].length;
  }
  if (sticky(SLASH_MORE, text, at)) return undefined;
  const out: Reading[] = [];
  const units = listUnits(names);
  names.forEach((n, j) => {
    const q = listTest(n.entry, units);
    if (q.unitAfter && sharedName(tokens, n.first, n.end, q.unitAfter)) return;
    const v = valueRead(values[j] as number, at);
    const [t, jd] = judgeByUnit(n.entry, q, v, options);
    const r = makeReading(tokens, first, k, sEnd, t, jd.flag === 'IND' ? jd.rule : `qty.${t.id}.slash-list`, jd.flag, at, valueExtra(v, v.value, jd, t.unit));
    out.push(gradedIfJudged(r, t, jd, undefined));
  });
  return out.length > 0 ? out : undefined;
}

/** The units of a slash list's names that name one test only ("QRS", "QTc": ms). */
function listUnits(names: readonly { entry: AnalyteEntry }[]): Set<string> {
  const units = new Set<string>();
  for (const n of names) if (n.entry.tests.length === 1 && n.entry.quantity) units.add(n.entry.quantity.unit);
  return units;
}

/**
 * The test of a name in a slash list: a name several tests share takes the one in the unit of the list's other
 * names ("PR/QRS/QTc 180/150/480" lists ECG intervals in ms: "PR" is the PR interval, not the pulse rate).
 */
function listTest(entry: AnalyteEntry, units: ReadonlySet<string>): QuantityTest {
  const q = entry.quantity as QuantityTest;
  if (entry.tests.length < 2 || units.has(q.unit)) return q;
  return entry.tests.find((t): t is QuantityTest => t.kind === 'quantity' && units.has(t.unit)) ?? q;
}

/** One-letter vital names ("P 128", "R 28"): elsewhere P and R are phosphate, a p-value, right or a reflex grade. */
const LIST_ONLY = new Set(['p', 'r']);

/** Does a vital-sign reading of the same sentence end at most two tokens (a comma) before token i? */
function afterVital(out: readonly Reading[], i: number, sFirst: number): boolean {
  const last = out[out.length - 1];
  return last !== undefined && last.first >= sFirst && VITALS.has(last.test) && i - last.end <= 2 && i >= last.end;
}

interface Extra {
  value?: number;
  from?: number;
  comparator?: Reading['comparator'];
  unit?: string;
  ucum?: string;
  converted?: number;
  testUnit?: string;
  result?: string;
}

function makeReading(tokens: Tokens, first: number, nameEnd: number, sEnd: number, test: LabTest, rule: string, flag: Flag, end: number, extra: Extra): Reading {
  const start = tokens.start[first] as number;
  const r: { -readonly [K in keyof Reading]: Reading[K] } = {
    test: test.id, span: { start, end }, text: tokens.text.slice(start, end), rule, flag, outcomes: flag === 'IND' ? [] : readingOutcomes(test, flag),
    first, end: Math.max(nameEnd, tokenAfter(tokens, nameEnd, sEnd, end)),
  };
  if (extra.value !== undefined) r.value = extra.value;
  if (extra.from !== undefined) r.from = extra.from;
  if (extra.comparator !== undefined) r.comparator = extra.comparator;
  if (extra.unit !== undefined) r.unit = extra.unit;
  if (extra.ucum !== undefined) r.ucum = extra.ucum;
  if (extra.converted !== undefined) r.converted = extra.converted;
  if (extra.testUnit !== undefined) r.testUnit = extra.testUnit;
  if (extra.result !== undefined) r.result = extra.result;
  return r;
}

function valueExtra(v: ValueRead, value: number, j: Judged, testUnit: string): Extra {
  const e: Extra = { value };
  if (v.from !== undefined) e.from = v.from;
  if (v.comparator) e.comparator = v.comparator;
  if (v.unit) e.unit = v.unit.unit;
  else if (v.unknownUnit !== undefined) e.unit = v.unknownUnit;
  else if (v.total !== undefined) e.unit = v.total.text;
  if (j.ucum !== undefined) e.ucum = j.ucum;
  if (j.converted !== undefined) {
    e.converted = j.converted;
    e.testUnit = testUnit;
  }
  return e;
}

interface Decade { readonly value: number; readonly second?: number; readonly end: number }

/** "in the 40s" 45, "low 80s" 82, "high 90s" 98, "150s/90s" 155/95 (a number in a decade, not a unit "s"). */
function decadeAt(text: string, at: number): Decade | undefined {
  const m = sticky(DECADE, text, at);
  if (!m) return undefined;
  const where = (m[1] ?? '').toLowerCase();
  const offset = where.startsWith('low') ? 2 : where === 'high' || where === 'upper' ? 8 : 5;
  return { value: Number(m[2]) + offset, ...(m[3] ? { second: Number(m[3]) + 5 } : {}), end: at + m[0].length };
}

/** A systolic/diastolic pair: one reading each, judged against its own limits; `rule` is the rule of a judged reading (an indeterminate one keeps the judge's). */
function pairReadings(tokens: Tokens, first: number, nameEnd: number, sEnd: number, bp: readonly [QuantityTest, QuantityTest], v: ValueRead, second: number, rule: string, options: ReadOptions): Reading[] {
  const [sys, dia] = bp;
  const js = judge(sys, v, v.value, options.sex, options.age);
  const jd = judge(dia, v, second, options.sex, options.age);
  const s = makeReading(tokens, first, nameEnd, sEnd, sys, js.flag === 'IND' ? js.rule : rule, js.flag, v.end, valueExtra(v, v.value, js, sys.unit));
  const d = makeReading(tokens, first, nameEnd, sEnd, dia, jd.flag === 'IND' ? jd.rule : rule, jd.flag, v.end, valueExtra(v, second, jd, dia.unit));
  if (js.flag === 'IND' || jd.flag === 'IND' || js.converted === undefined || jd.converted === undefined) return [s, d];
  return [{ ...s, outcomes: [...s.outcomes, ...pairGrades(sys, dia, js.converted, jd.converted, v.comparator)] }, d];
}

/**
 * The severity grades of a pressure pair, given once on the systolic reading: a grade shared by both tests
 * is present when either value is in it ("above 180 systolic and/or 120 diastolic", ACC/AHA 2017), absent
 * when both are out of it, undecided otherwise.
 */
function pairGrades(sys: QuantityTest, dia: QuantityTest, s: number, d: number, comparator: Reading['comparator']): ReadingOutcome[] {
  const state = new Map<string, boolean | undefined>();
  for (const [t, value] of [[sys, s], [dia, d]] as const) {
    for (const g of t.grades ?? []) {
      const present = inGrade(g, value, comparator);
      const before = state.has(g.concept) ? state.get(g.concept) : false;
      state.set(g.concept, before === true || present === true ? true : before === undefined || present === undefined ? undefined : false);
    }
  }
  const out: ReadingOutcome[] = [];
  for (const [concept, present] of state) if (present !== undefined) out.push({ concept, present });
  return out;
}

/** The readings of a decade: a pressure pair for a BP name, else one value, judged in the test's likely unit. */
function decadeReadings(tokens: Tokens, first: number, nameEnd: number, sEnd: number, entry: AnalyteEntry, d: Decade, options: ReadOptions): Reading[] {
  const v = valueRead(d.value, d.end, undefined, d.second);
  if (entry.bp && d.second !== undefined) return pairReadings(tokens, first, nameEnd, sEnd, entry.bp, v, d.second, 'qty.bp.decade', options);
  const q = entry.quantity;
  // A decade has no unit: after a name another measure shares ("PVR 300s") it is none of this test's.
  if (!q || d.second !== undefined || (q.unitAfter && sharedName(tokens, first, nameEnd, q.unitAfter))) return [];
  const j = judge(q, v, d.value, options.sex, options.age);
  return [makeReading(tokens, first, nameEnd, sEnd, q, j.flag === 'IND' ? j.rule : `qty.${q.id}.decade`, j.flag, d.end, valueExtra(v, d.value, j, q.unit))];
}

/**
 * Judge a number for the name's quantity test; when its written unit does not fit that test, for another
 * test the name also stands for whose unit it fits ("PR 88/min" the pulse, "PR 280 ms" the interval).
 */
function judgeByUnit(entry: AnalyteEntry, quantity: QuantityTest, v: ValueRead, options: ReadOptions): [QuantityTest, Judged] {
  const j = judge(quantity, v, v.value, options.sex, options.age);
  if (entry.tests.length < 2) return [quantity, j];
  if (!v.unit) return [quantity, sameAnalyteAgreement(entry, quantity, v, j, options)];
  if (j.flag !== 'IND') return [quantity, j];
  for (const t of entry.tests) {
    if (t === quantity || t.kind !== 'quantity') continue;
    const k = judge(t, v, v.value, options.sex, options.age);
    if (k.ucum !== undefined && !k.rule.endsWith('unit-mismatch')) return [t, k];
  }
  return [quantity, j];
}

/**
 * A bare number after a name two tests of one analyte share ("T4": free T4 in ng/dL or pmol/L, total T4 in
 * ug/dL or nmol/L; the same high and low concepts): judged as each; different verdicts ("T4 9.0": a low free
 * T4 in pmol/L, a normal total T4 in ug/dL) are recognised, not judged, as for a unit written in neither system.
 */
function sameAnalyteAgreement(entry: AnalyteEntry, quantity: QuantityTest, v: ValueRead, j: Judged, options: ReadOptions): Judged {
  if (j.flag === 'IND') return j;
  for (const t of entry.tests) {
    if (t === quantity || t.kind !== 'quantity' || t.high !== quantity.high || t.low !== quantity.low) continue;
    const k = judge(t, v, v.value, options.sex, options.age);
    if (k.flag !== 'IND' && k.flag !== j.flag) return { rule: `qty.${quantity.id}.unit-ambiguous`, flag: 'IND', ucum: undefined, converted: undefined };
  }
  return j;
}

/**
 * A multiple of the upper reference limit after a test name (`ULN_MULTIPLE`), as the value in the test's
 * unit: the multiple times the upper limit of the patient's range. None for a test without an upper limit.
 */
function ulnMultipleAt(text: string, at: number, test: QuantityTest, options: ReadOptions): ValueRead | undefined {
  const m = test.dimensionless ? null : sticky(ULN_MULTIPLE, text, at);
  if (!m) return undefined;
  const high = noteRange(test, options.sex, options.age)?.high;
  if (high === undefined) return undefined;
  const comparator = m[1] ? COMPARATOR[m[1].trim().toLowerCase()] : undefined;
  const n = m[2] as string;
  return valueRead((NUMBER_WORDS[n.toLowerCase()] ?? Number(n)) * high, at + m[0].length, comparator, undefined, { unit: test.unit, ucum: test.unit, annotation: undefined, length: 0 }, undefined, undefined, true);
}

/** Normal forms (joined words) of each names list, computed once per list: lists are the measures' own constants. */
const NAME_FORMS = new WeakMap<readonly string[], ReadonlySet<string>>();

/** Is the test name at tokens [first, nameEnd) one of `names` (a name another measure shares)? */
function sharedName(tokens: Tokens, first: number, nameEnd: number, names: readonly string[]): boolean {
  let forms = NAME_FORMS.get(names);
  if (!forms) NAME_FORMS.set(names, (forms = new Set(names.map((n) => phraseForms(n).join(' ')))));
  return forms.has(tokens.norm.slice(first, nameEnd).join(' '));
}

/** Readings for a test name at tokens [first, nameEnd). */
function readAt(tokens: Tokens, first: number, nameEnd: number, sEnd: number, entries: readonly AnalyteEntry[], options: ReadOptions): Reading[] {
  const text = tokens.text;
  const entry = entries[0];
  if (!entry) return [];
  const named = skipFiller(text, tokens.end[nameEnd - 1] as number);
  // "Hb dropped from 12.1 to 7.2 g/dL": the value after "to" is read; where it came from is kept.
  const trend = sticky(TREND, text, named);
  const after = trend ? named + trend[0].length : named;
  if (options.specimen && entry.quantity && !entry.vital && !ANY_SPECIMEN.has(entry.quantity.id)) return otherSpecimen(tokens, first, nameEnd, sEnd, entry, after, options.specimen);
  // A urine strip test named by a bare word ("protein") is no reading in another fluid ("Pleural fluid: protein 40 g/L").
  if (options.specimen && options.specimen !== 'urine' && !entry.quantity && entry.wordTest?.id.startsWith('urine-')) return [];
  const decade = entry.quantity || entry.bp ? decadeAt(text, after) : undefined;
  if (decade) return decadeReadings(tokens, first, nameEnd, sEnd, entry, decade, options);
  if (entry.bp) {
    const v = readValue(text, after, true);
    if (v && v.second !== undefined) return pairReadings(tokens, first, nameEnd, sEnd, entry.bp, v, v.second, 'qty.bp.pair', options);
  }
  const wordTest = entry.wordTest;
  if (!wordTest) return [];
  // After a name only numbers are this test's ("Strep Ag positive" is an antigen), a result word is none.
  const words = !(entry.quantity?.valueOnly && sharedName(tokens, first, nameEnd, entry.quantity.valueOnly));
  const w = words ? sticky(WORD, text, after) : null;
  if (w) {
    const flag = wordFlag(w[1] as string, wordTest);
    // "pulse present", "temp high": for vital signs only "normal" is a result word.
    if (entry.vital && flag !== 'N') return [];
    return [makeReading(tokens, first, nameEnd, sEnd, wordTest, flag === 'IND' ? `qty.${wordTest.id}.indeterminate` : `qty.${wordTest.id}.word`, flag, after + w[0].length, { result: w[1] as string })];
  }
  // "Blood cultures: Fusobacterium necrophorum", "Stool culture: non-typhoidal S. enterica": what grew (`organism-result.ts`).
  if (wordTest.kind === 'qualitative' && wordTest.organismResult) {
    const o = organismEnd(text, after, sEnd < tokens.count ? (tokens.start[sEnd] as number) : text.length);
    if (o > 0) return [makeReading(tokens, first, nameEnd, sEnd, wordTest, `qty.${wordTest.id}.organism`, 'POS', o, { result: text.slice(after, o) })];
  }
  const quantity = entry.quantity;
  if (!quantity && wordTest.kind === 'qualitative') {
    const q = valueThenWord(tokens, first, nameEnd, sEnd, wordTest, after);
    if (q) return [q];
  }
  if (quantity) {
    const uln = trend ? undefined : ulnMultipleAt(text, after, quantity, options);
    let v = uln ?? readValue(text, after, false);
    // "Na 118 -> 124", "Hb 12.1 → 7.2 g/dL": the value after the arrow is the current one.
    const arrow = v && !uln ? sticky(ARROW, text, v.end) : null;
    const next = v && arrow ? readValue(text, v.end + arrow[0].length, false) : undefined;
    if (v && next) {
      next.from = v.value;
      v = next;
    } else if (v && trend) v.from = parseNumber(trend[1] as string);
    if (v && !v.unit && !v.uln && v.unknownUnit === undefined && !v.total) v = withSeriesUnit(tokens, sEnd, entry, quantity, v, options) ?? v;
    if (v) {
      const [t, j] = judgeByUnit(entry, quantity, v, options);
      if (t.levelOfDrug && nameEnd - first === 1 && (!v.unit || j.flag === 'IND')) return [];
      if (!v.unit && t.unitAfter && sharedName(tokens, first, nameEnd, t.unitAfter)) {
        const rule = `qty.${t.id}.unit-needed`;
        return [makeReading(tokens, first, nameEnd, sEnd, t, rule, 'IND', v.end, valueExtra(v, v.value, { rule, flag: 'IND', ucum: undefined, converted: undefined }, t.unit))];
      }
      const rule = v.uln && j.flag !== 'IND' ? `qty.${t.id}.uln-multiple` : j.rule;
      const r = makeReading(tokens, first, nameEnd, sEnd, t, rule, j.flag, v.end, valueExtra(v, v.value, j, t.unit));
      const read = [gradedIfJudged(r, t, j, v.comparator)];
      return v.unit && !v.uln ? read.concat(laterValues(tokens, first, nameEnd, sEnd, entry, quantity, v.unit, v.end, options)) : read;
    }
  }
  // "positive D-dimer", "negative troponin": a result word just before the name.
  const prev = first - 1;
  if (prev >= 0 && words && !entry.vital && tokens.sentence[prev] === tokens.sentence[first]) {
    const f = WORD_BEFORE.get(tokens.norm[prev] as string);
    if (f) {
      const s0 = tokens.start[prev] as number;
      const e0 = tokens.end[nameEnd - 1] as number;
      return [{ test: wordTest.id, span: { start: s0, end: e0 }, text: text.slice(s0, e0), rule: `qty.${wordTest.id}.word-before`, flag: f, outcomes: readingOutcomes(wordTest, f), result: tokens.norm[prev] as string, first: prev, end: nameEnd }];
    }
  }
  return [];
}

/**
 * Later values of the same test after its first ("Platelets 265 x10^9/L on day 1, now 88 x10^9/L",
 * `value-series.ts`): each with the first's unit, judged as the test's own value (rule `qty.<test>.series`);
 * a present finding of any of them wins as for values written under their name.
 */
function laterValues(tokens: Tokens, first: number, nameEnd: number, sEnd: number, entry: AnalyteEntry, quantity: QuantityTest, unit: UnitRead, from: number, options: ReadOptions): Reading[] {
  const text = tokens.text;
  const limit = sEnd < tokens.count ? (tokens.start[sEnd] as number) : text.length;
  const values: ValueRead[] = [];
  seriesValues(text, from, limit, (start) => {
    const v = readValue(text, start, false);
    if (!v || v.unit?.ucum !== unit.ucum) return -1;
    values.push(v);
    return v.end;
  });
  return values.map((v) => {
    const [t, j] = judgeByUnit(entry, quantity, v, options);
    const r = makeReading(tokens, first, nameEnd, sEnd, t, j.flag === 'IND' ? j.rule : `qty.${t.id}.series`, j.flag, v.end, valueExtra(v, v.value, j, t.unit));
    return gradedIfJudged(r, t, j, v.comparator);
  });
}

/**
 * A series whose unit is written once, after a later value ("Creatinine 74 on admission, today 262 umol/L"): the
 * first value is in that unit. The SI Brochure (BIPM, 9th ed. 2019, section 5.4.3) asks for the unit after each
 * value ("10 m to 12 m"); notes write it once and leave it understood for the values before it, as in a range. So a
 * bare first value takes the unit of the first later value of its series (`value-series.ts`, the same joins) that
 * this test reads in a unit it knows, in place of a unit guessed from the number's size. Undefined when there is no
 * such later value.
 */
function withSeriesUnit(tokens: Tokens, sEnd: number, entry: AnalyteEntry, quantity: QuantityTest, v: ValueRead, options: ReadOptions): ValueRead | undefined {
  const text = tokens.text;
  const limit = sEnd < tokens.count ? (tokens.start[sEnd] as number) : text.length;
  let unit: UnitRead | undefined;
  seriesValues(text, v.end, limit, (start) => {
    const later = unit ? undefined : readValue(text, start, false);
    if (!later?.unit || later.uln) return -1;
    const j = judgeByUnit(entry, quantity, later, options)[1];
    if (j.ucum === undefined || j.rule.endsWith('unit-mismatch')) return -1;
    unit = later.unit;
    return later.end;
  });
  return unit ? { ...v, unit: { ...unit, length: 0 } } : undefined;
}

// After a qualitative test's number or titre: "(positive)", ", positive", "- negative", "which is positive".
const AFTER_VALUE = /[ \t]*(?:[(,;:]|[-–—](?=[ \t]))?[ \t]*(?:(?:which|that)[ \t]+(?:is|was)[ \t]+|(?:is|was)[ \t]+)?/y;
const TITRE = /(?:1[ \t]*:[ \t]*|titre[ \t]+|titer[ \t]+)(\d{1,6})(?!\d|\.\d)/iy;

/**
 * A qualitative test reported with a number ("tTG IgA 180 U/mL (positive)", "ANA 1:640, positive"):
 * the laboratory's own result word after the number decides; the number is kept as the value. Without
 * a word the number cannot be judged (antibody assays have no shared cut-off), so the reading is
 * listed as undecided (`qty.<test>.value-no-cutoff`) rather than dropped.
 */
function valueThenWord(tokens: Tokens, first: number, nameEnd: number, sEnd: number, test: LabTest, after: number): Reading | undefined {
  const text = tokens.text;
  if (test.kind === 'qualitative' && test.significantCfu !== undefined) {
    const c = cfuReading(tokens, first, nameEnd, sEnd, test, test.significantCfu, after);
    if (c) return c;
  }
  const t = sticky(TITRE, text, after);
  let value: number | undefined;
  let end = after;
  let unit: string | undefined;
  if (t) {
    value = Number(t[1]);
    end = after + t[0].length;
  } else {
    const v = readValue(text, after, false);
    // "HIV 1/2 antibody": a number joined to a slash is part of the name, not a result.
    if (!v || v.comparator || text.charCodeAt(v.end) === 47) return undefined;
    value = v.value;
    end = v.end;
    if (v.unit) unit = v.unit.unit;
    else if (v.unknownUnit !== undefined) {
      unit = v.unknownUnit;
      // An assay unit the UCUM table lacks ("IU/mL" of an antibody) is stepped over to reach the word.
      const u = sticky(UNIT, text, end);
      if (u) end += u[0].length;
    }
  }
  const gap = sticky(AFTER_VALUE, text, end);
  const at = end + (gap ? gap[0].length : 0);
  const w = sticky(WORD, text, at);
  const flag = w ? wordFlag(w[1] as string, test) : 'IND';
  const extra: Extra = { value, ...(unit !== undefined ? { unit } : {}), ...(w ? { result: w[1] as string } : {}) };
  if (w && flag !== 'IND') return makeReading(tokens, first, nameEnd, sEnd, test, `qty.${test.id}.value-word`, flag, at + w[0].length, extra);
  if (!t && unit !== undefined && test.kind === 'qualitative' && test.positiveAt?.units.includes(unit.toLowerCase())) {
    return makeReading(tokens, first, nameEnd, sEnd, test, `qty.${test.id}.cutoff`, value >= test.positiveAt.at ? 'POS' : 'NEG', end, extra);
  }
  if (t && test.kind === 'qualitative' && test.titrePositiveAt !== undefined) {
    return makeReading(tokens, first, nameEnd, sEnd, test, `qty.${test.id}.titre`, value >= test.titrePositiveAt ? 'POS' : 'NEG', end, extra);
  }
  return makeReading(tokens, first, nameEnd, sEnd, test, `qty.${test.id}.value-no-cutoff`, 'IND', end, extra);
}

/**
 * A colony count: "100,000 CFU/mL", ">10^5 cfu/ml", "1 x 10^5 CFU/mL", "10⁵ colony-forming units", after an
 * organism's name when the report writes it first ("E. coli >10^5 CFU/mL", "Klebsiella 100,000 CFU/mL").
 * The name is matched case-blind (the `i` flag), so a comparator in words is kept out of it ("less than
 * 10^5" is an upper bound, not an organism "less than" and a count of 10^5).
 */
const CFU = /(?:(?!(?:less|fewer|more|greater)[ \t]+than\b|under\b|below\b|over\b|above\b)(?:[A-Z][a-z]{0,14}\.?[ \t]+[a-z]{3,20}|[A-Z][a-z]{3,20})[ \t]*[:,]?[ \t]*)?(<=|>=|≤|≥|<|>|less than |fewer than |under |below |more than |greater than |over |above )?[ \t]*(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:[ \t]*[x×][ \t]*10[ \t]*[\^*]?[ \t]*(\d))?|10[ \t]*[\^*][ \t]*(\d)|10([⁰¹²³⁴⁵⁶⁷⁸⁹]))[ \t]*(?:cfu|colony[- ]forming[ \t]+units?|colonies)(?:[ \t]*\/[ \t]*ml)?(?![a-z0-9])/iy;

/** A culture's colony count: positive at or above `at` CFU/mL (an upper bound never is), else undecided. */
function cfuReading(tokens: Tokens, first: number, nameEnd: number, sEnd: number, test: LabTest, at: number, after: number): Reading | undefined {
  const m = sticky(CFU, tokens.text, after);
  if (!m) return undefined;
  const power = m[3] ?? m[4] ?? (m[5] !== undefined ? String(SUPERSCRIPTS.indexOf(m[5])) : undefined);
  const value = (m[2] !== undefined ? parseNumber(m[2]) : 1) * (power !== undefined ? 10 ** Number(power) : 1);
  const comparator = m[1] ? COMPARATOR[m[1].trim().toLowerCase()] : undefined;
  const positive = value >= at && comparator !== '<' && comparator !== '<=';
  const extra: Extra = { value, unit: 'CFU/mL', ...(comparator ? { comparator } : {}) };
  return makeReading(tokens, first, nameEnd, sEnd, test, positive ? `qty.${test.id}.cfu` : `qty.${test.id}.cfu-undecided`, positive ? 'POS' : 'IND', after + m[0].length, extra);
}

/** `r` with its test's grades, when the value was judged in the test's own unit (a value not judged has no grade). */
function gradedIfJudged(r: Reading, test: QuantityTest, j: Judged, comparator: Reading['comparator']): Reading {
  return test.grades && j.flag !== 'IND' && j.converted !== undefined ? withGrades(r, test, j.converted, comparator) : r;
}

/** A reading with its severity grades (`QuantityTest.grades`); a censored value decides a grade only when its bound does. */
export function withGrades(r: Reading, test: QuantityTest, value: number, comparator: Reading['comparator']): Reading {
  const extra: ReadingOutcome[] = [];
  for (const g of test.grades ?? []) {
    const present = inGrade(g, value, comparator);
    if (present !== undefined) extra.push({ concept: g.concept, present });
  }
  return extra.length === 0 ? r : { ...r, outcomes: [...r.outcomes, ...extra] };
}

/**
 * Cerebrospinal fluid, judged against the normal adult CSF (Tunkel AR et al. 2004, IDSA practice
 * guidelines for the management of bacterial meningitis, Clin Infect Dis 39:1267-1284): more than 5
 * white cells per uL is a pleocytosis, glucose below 40 mg/dL is low (hypoglycorrhachia), protein above
 * 45 mg/dL is raised. Counts are cells/uL (= /mm3) unless written per litre x10^9 or x10^3/uL.
 */
const CSF_RULES = {
  wbc: { test: 'wbc', concept: 'csf-pleocytosis', above: 5 },
  glucose: { test: 'glucose', concept: 'csf-glucose-low', below: 40 },
  protein: { test: 'total-protein', concept: 'csf-protein-high', above: 45 },
} as const;

function csfValue(kind: keyof typeof CSF_RULES, value: number, unit: string): number {
  const u = unit.toLowerCase();
  if (kind === 'wbc') return /10\^?\*?[39]|k\/|thou/.test(u) ? value * 1000 : value;
  if (kind === 'glucose') return u.includes('mmol') ? value * 18.016 : value;
  return u.includes('mg') ? value : u.includes('g/l') ? value * 100 : u.includes('g/dl') ? value * 1000 : value;
}

/** A CSF count, glucose or protein at tokens [first, nameEnd) with its value: one concept, present or absent. */
function csfReading(tokens: Tokens, first: number, nameEnd: number, sEnd: number, kind: keyof typeof CSF_RULES): Reading | undefined {
  const rule = CSF_RULES[kind];
  const test = testOf(rule.test);
  if (!test) return undefined;
  const after = skipFiller(tokens.text, tokens.end[nameEnd - 1] as number);
  const v = readValue(tokens.text, after, false);
  if (!v || v.comparator !== undefined) return undefined;
  const unit = v.unit?.unit ?? v.unknownUnit ?? '';
  const x = csfValue(kind, v.value, unit);
  const present = 'above' in rule ? x > rule.above : x < rule.below;
  const flag: Flag = present ? ('above' in rule ? 'H' : 'L') : 'N';
  const r = makeReading(tokens, first, nameEnd, sEnd, test, `qty.csf-${kind}.value`, flag, v.end, { value: v.value, ...(unit ? { unit } : {}) });
  return { ...r, test: `csf-${kind}`, outcomes: [{ concept: rule.concept, present }] };
}

/**
 * Urine microscopy counts (Simerville JA et al. 2005, Urinalysis: a comprehensive review, Am Fam
 * Physician 71(6):1153-1162): more than 5 white cells per high-power field is pyuria (10 per uL of
 * unspun urine, Stamm 1983), 3 or more red cells per high-power field is microscopic haematuria. A
 * count without a unit is per high-power field; a range ("12-16/hpf") decides only when both ends agree.
 */
const URINE_COUNTS = {
  wbc: { concept: 'urine-leukocyte-esterase-positive', hpf: (x: number) => x > 5, ul: (x: number) => x >= 10 },
  rbc: { concept: 'urine-blood-positive', hpf: (x: number) => x >= 3, ul: (x: number) => x >= 13 },
} as const;
const COUNT_RANGE = /(\d+)[ \t]*(?:-|–|to)[ \t]*(\d+)[ \t]*(\/[ \t]*(?:hpf|u?l|µl|mm3)|per[ \t]+(?:hpf|high[- ]power[ \t]+field))?/iy;
const COUNT_ONE = /(?:(>|>=|≥|more than |greater than |over )[ \t]*)?(\d+)[ \t]*(\/[ \t]*(?:hpf|u?l|µl|mm3)|per[ \t]+(?:hpf|high[- ]power[ \t]+field)|cells?\/hpf)?(?!\d|\.\d)/iy;

function urineCount(tokens: Tokens, first: number, nameEnd: number, sEnd: number, kind: keyof typeof URINE_COUNTS): Reading | undefined {
  const rule = URINE_COUNTS[kind];
  const test = testOf(kind === 'wbc' ? 'wbc' : 'hemoglobin');
  if (!test) return undefined;
  const text = tokens.text;
  const after = skipFiller(text, tokens.end[nameEnd - 1] as number);
  const range = sticky(COUNT_RANGE, text, after);
  const one = range ? null : sticky(COUNT_ONE, text, after);
  const m = range ?? one;
  if (!m) return undefined;
  // ">50/hpf": at least the bound (a lower bound decides as the bound does).
  const unit = m[3] ?? '';
  const perUl = /u?l|µl|mm3/i.test(unit) && !/hpf|field/i.test(unit);
  const judge = perUl ? rule.ul : rule.hpf;
  const lo = Number(range ? m[1] : m[2]);
  const hi = range ? Number(m[2]) : lo;
  const present = judge(lo) && judge(hi) ? true : !judge(lo) && !judge(hi) ? false : undefined;
  if (present === undefined) return undefined;
  const r = makeReading(tokens, first, nameEnd, sEnd, test, `qty.urine-${kind}.count`, present ? 'H' : 'N', after + m[0].length, { value: lo, ...(unit ? { unit: unit.trim() } : {}) });
  return { ...r, test: `urine-${kind}`, outcomes: [{ concept: rule.concept, present }] };
}

const RED_CELLS = new Set(['cell', 'cells']);

/**
 * Items of a urine panel written with everyday words: "blood" with a strip result ("UA: blood 3+", "blood
 * large") is the strip's blood (outside a urine panel "blood" names the specimen), and "red cells" /
 * "red blood cells" with a count is the microscopy count, as "RBC" is.
 */
function urineItem(tokens: Tokens, i: number, sEnd: number): Reading | undefined {
  const norm = tokens.norm[i] as string;
  if (norm === 'blood') {
    const after = skipFiller(tokens.text, tokens.end[i] as number);
    const w = sticky(WORD, tokens.text, after);
    const test = testOf('urine-blood');
    if (!w || !test) return undefined;
    const flag = wordFlag(w[1] as string, test);
    return makeReading(tokens, i, i + 1, sEnd, test, flag === 'IND' ? 'qty.urine-blood.indeterminate' : 'qty.urine-blood.word', flag, after + w[0].length, { result: w[1] as string });
  }
  if (norm !== 'red' || i + 1 >= sEnd) return undefined;
  const k = tokens.norm[i + 1] === 'blood' ? i + 2 : i + 1;
  return k < sEnd && RED_CELLS.has(tokens.norm[k] as string) ? urineCount(tokens, i, k + 1, sEnd, 'rbc') : undefined;
}

/**
 * A blood-test name after another fluid was named: a urine strip result when the fluid is urine and a
 * result word follows, otherwise the value is listed (rule `qty.<test>.other-specimen`), not judged.
 */
function otherSpecimen(tokens: Tokens, first: number, nameEnd: number, sEnd: number, entry: AnalyteEntry, after: number, specimen: Specimen): Reading[] {
  const quantity = entry.quantity as QuantityTest;
  const text = tokens.text;
  if (specimen === 'csf' && (quantity.id === 'wbc' || quantity.id === 'glucose')) {
    const r = csfReading(tokens, first, nameEnd, sEnd, quantity.id);
    if (r) return [r];
  }
  if (specimen === 'urine' && quantity.id === 'wbc' && !sticky(WORD, text, after)) {
    const r = urineCount(tokens, first, nameEnd, sEnd, 'wbc');
    if (r) return [r];
  }
  const w = sticky(WORD, text, after);
  const strip = specimen === 'urine' ? URINE_STRIP[quantity.id] : undefined;
  const stripTest = strip ? testOf(strip) : undefined;
  if (w && stripTest) {
    const flag = wordFlag(w[1] as string, stripTest);
    return [makeReading(tokens, first, nameEnd, sEnd, stripTest, flag === 'IND' ? `qty.${stripTest.id}.indeterminate` : `qty.${stripTest.id}.word`, flag, after + w[0].length, { result: w[1] as string })];
  }
  // A strip result written in mg/dL ("ketones 80 mg/dL", "protein 300 mg/dL") by the strip's own cut-off.
  const cut = !w && stripTest?.kind === 'qualitative' && stripTest.positiveAt ? valueThenWord(tokens, first, nameEnd, sEnd, stripTest, after) : undefined;
  if (cut && cut.flag !== 'IND') return [cut];
  const v = w ? undefined : readValue(text, after, false);
  if (!w && !v) return [];
  const end = w ? after + w[0].length : (v as ValueRead).end;
  return [makeReading(tokens, first, nameEnd, sEnd, quantity, `qty.${quantity.id}.other-specimen`, 'IND', end, v ? valueExtra(v, v.value, { rule: '', flag: 'IND', ucum: undefined, converted: undefined }, quantity.unit) : { result: (w as RegExpExecArray)[1] as string })];
}
