/**
 * Age and sex stated in a note's text ("67 year old man", "24M", "a 3-week-old girl", "G2P1 woman").
 * Vignettes and many notes open with them; the model's priors need both. Pure, no I/O. Each value
 * carries its character span and the rule that found it, so a reader can see why.
 */
import type { Sex } from '../../core/model.js';

/** A value found in the text, with where and how. */
export interface Stated<T> {
  readonly value: T;
  /** [start, end) character offsets in the text. */
  readonly span: readonly [number, number];
  readonly rule: string;
}

export interface StatedDemographics {
  /** Age in years (months, weeks and days converted; 3 weeks = 0.0575). */
  readonly age?: Stated<number>;
  readonly sex?: Stated<Sex>;
}

const YEARS_PER: Readonly<Record<string, number>> = { y: 1, year: 1, yr: 1, month: 1 / 12, mo: 1 / 12, week: 7 / 365.25, wk: 7 / 365.25, day: 1 / 365.25, d: 1 / 365.25 };
const FEMALE = new Set(['woman', 'women', 'female', 'girl', 'lady', 'mother', 'wife', 'daughter', 'f', 'primigravida', 'multigravida']);
const MALE = new Set(['man', 'men', 'male', 'boy', 'gentleman', 'father', 'husband', 'son', 'm']);

/** "67-year-old", "67 year old", "67 y/o", "67 yo", "3-week-old", "18-month-old", "67 years of age", "aged 67". */
const AGE_PHRASE = /\b(\d{1,3}(?:\.\d+)?)(?:\s*|-)(years?|yrs?|months?|mos?|weeks?|wks?|days?)(?:\s*|-)(?:old\b|of\s+age\b)|\b(\d{1,3})\s*(?:y\/o|yo)\b|\baged?\s+(\d{1,3})\b/gi;
/** Compact clinical shorthand: "24M", "24 F", "67yo M", "67 y/o male". */
const COMPACT = /(?<![\d.°])\b(\d{1,3})\s*(?:y\/o|yo|y)?\s*(M|F)\b(?![a-z])/g;
/** Someone brings the patient: "A mother brings her 3-year-old son": the later age is the patient's. */
/** A newborn or neonate as the subject of the opening sentence (before any stated age). */
const NEWBORN_FIRST = /\b(?:newborn|neonate)\b/i;
const BROUGHT = /\bbrings?\s+(?:in\s+)?(?:her|his|their)\s+$/i;
/** Obstetric shorthand: gravida/para is a woman. */
const GRAVIDA = /\bG\d{1,2}\s*P\d{1,2}(?:\d{3})?\b|\b(?:gravida|primigravida|multigravida|nulliparous|multiparous|pregnant)\b/i;
const NOUN_AFTER = /^[\s,-]*(?:(?:african|asian|caucasian|hispanic|white|black|previously|healthy|obese|pregnant|postpartum|primigravid|american|immigrant|nulliparous|multiparous)[\s,-]+)*([a-z]+)/i;

function unitYears(unit: string): number {
  const u = unit.toLowerCase().replace(/s$/, '');
  return YEARS_PER[u] ?? 1;
}

function sexWord(w: string | undefined): Sex | undefined {
  if (!w) return undefined;
  const x = w.toLowerCase();
  if (FEMALE.has(x)) return 'female';
  if (MALE.has(x)) return 'male';
  return undefined;
}

interface AgeHit { years: number; start: number; end: number; rule: string }

function ageHits(text: string): AgeHit[] {
  const out: AgeHit[] = [];
  for (const m of text.matchAll(AGE_PHRASE)) {
    const start = m.index ?? 0;
    if (m[1] !== undefined) out.push({ years: Number(m[1]) * unitYears(m[2]!), start, end: start + m[0].length, rule: 'age-phrase' });
    else if (m[3] !== undefined) out.push({ years: Number(m[3]), start, end: start + m[0].length, rule: 'age-yo' });
    else if (m[4] !== undefined) out.push({ years: Number(m[4]), start, end: start + m[0].length, rule: 'age-aged' });
  }
  // Shorthand only when no age is written out: "98 F" may be a temperature.
  if (out.length === 0) for (const m of text.matchAll(COMPACT)) {
    const start = m.index ?? 0;
    out.push({ years: Number(m[1]), start, end: start + m[0].length, rule: 'age-compact' });
  }
  return out.filter((h) => h.years >= 0 && h.years <= 120).sort((a, b) => a.start - b.start);
}

/**
 * The patient's stated age and sex. The first stated age is the patient's, unless someone "brings
 * her/his <age> son" (then that later age). Sex: the word right after that age ("man", "girl", "M"),
 * else the first sex word in the text, else obstetric shorthand (G2P1, pregnant), else pronouns
 * (she/her against he/his/him, when one side clearly dominates). Either may be missing.
 */
export function statedDemographics(text: string): StatedDemographics {
  const all = ageHits(text);
  // "A 2200-g newborn is delivered at term to a 37-year-old woman": a newborn named before any age,
  // in the opening sentence, is the patient; the age stated after it is the mother's.
  const nb = NEWBORN_FIRST.exec(text);
  const hits = nb && (all.length === 0 || nb.index < all[0]!.start) && !/[.!?]\s/.test(text.slice(0, nb.index)) ? [] : all;
  const brought = hits.find((h) => BROUGHT.test(text.slice(Math.max(0, h.start - 40), h.start)));
  const hit = brought ?? hits[0];
  let sex: Stated<Sex> | undefined;
  if (!hit && nb) {
    const w = /^\s+(boy|girl|male|female)\b/i.exec(text.slice(nb.index + nb[0].length));
    if (w) sex = { value: sexWord(w[1])!, span: [nb.index, nb.index + nb[0].length + w[0].length], rule: 'noun-after-age' };
  }
  if (hit) {
    const compact = hit.rule === 'age-compact' ? /(M|F)$/.exec(text.slice(hit.start, hit.end)) : null;
    const after = NOUN_AFTER.exec(text.slice(hit.end, hit.end + 60));
    const word = compact?.[1] ?? after?.[1];
    const s = /^[\s,-]*G\d{1,2}\s*P\d/i.test(text.slice(hit.end, hit.end + 12)) ? 'female' : sexWord(word);
    if (s) sex = { value: s, span: [hit.start, hit.end + (after && !compact ? after[0].length : 0)], rule: 'noun-after-age' };
  }
  if (!sex && !(nb && !hit)) {
    const m = /\b(woman|female|girl|lady|man|male|boy|gentleman)\b/i.exec(text);
    if (m) sex = { value: sexWord(m[1])!, span: [m.index, m.index + m[0].length], rule: 'sex-word' };
  }
  if (!sex) {
    const g = GRAVIDA.exec(text);
    if (g) sex = { value: 'female', span: [g.index, g.index + g[0].length], rule: 'obstetric' };
  }
  if (!sex) {
    const she = (text.match(/\b(she|her|hers|herself)\b/gi) ?? []).length;
    const he = (text.match(/\b(he|his|him|himself)\b/gi) ?? []).length;
    if (she >= 2 * he + 1) sex = { value: 'female', span: [0, 0], rule: 'pronouns' };
    else if (he >= 2 * she + 1) sex = { value: 'male', span: [0, 0], rule: 'pronouns' };
  }
  if (!hit) {
    const m = /\b(newborn|neonate)\b/i.exec(text) ?? /\b(infant)\b/i.exec(text);
    const age = m ? { value: m[1]!.toLowerCase() === 'infant' ? 0.5 : 0.01, span: [m.index, m.index + m[0].length] as const, rule: 'age-word' } : undefined;
    return { ...(age ? { age } : {}), ...(sex ? { sex } : {}) };
  }
  const age: Stated<number> = { value: Math.round(hit.years * 10000) / 10000, span: [hit.start, hit.end], rule: hit.rule };
  return { age, ...(sex ? { sex } : {}) };
}
