/**
 * A gestational age written of the patient ("G2P1, 34+2 weeks", "at 32 weeks' gestation", "primigravida
 * 35+4 weeks") is read as the model's "pregnant" finding: the weeks of gestation are the weeks of the
 * current pregnancy. The general source is the convention the coding systems keep: ICD-10-CM category Z3A
 * ("weeks of gestation", for use only on the maternal record, of the current pregnancy), while a newborn's
 * gestational age is coded apart (P07.2-, P07.3-, "born at …"), as is a past pregnancy (Z87.5-, O09.2-).
 * Forms read: completed weeks and days ("34+2 weeks", "34 + 2 wks"); weeks of gestation or pregnancy
 * ("34 weeks' gestation", "34 weeks of gestation", "34 weeks gestation"); and obstetric shorthand
 * followed by weeks ("G1, 31 weeks", "gravida 2 at 28 weeks", "primigravida 36 weeks"). Not read: a
 * gestation of a birth, a newborn or a past pregnancy (a word such as born, delivered, postpartum,
 * previous, miscarriage, stillbirth before it in its sentence, or "ago" / "postpartum" right after it), a
 * male patient, or a patient younger than 10 or older than 60 years.
 */
import type { Sex } from '../../core/model.js';
import type { Target } from './context.js';
import { insertDerivedTarget } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { phraseForms, tokenAfter, type Tokens } from './tokenize.js';

const TERM = phraseForms('pregnant');
/** Weeks of gestation that a pregnancy may have (a gestation is dated from 4 weeks; term ends by 42). */
const MIN_WEEKS = 4;
const MAX_WEEKS = 42;
/** Ages (years) at which a written gestation may be the patient's own pregnancy. */
const MIN_AGE = 10;
const MAX_AGE = 60;
const WEEKS = String.raw`(?:weeks?|wks?)`;
/** The three written forms; group 1 is the number of weeks. */
const GESTATION = new RegExp(
  [
    String.raw`\b(\d{1,2})\s*\+\s*[0-6]\s*${WEEKS}\b`,
    String.raw`\b(\d{1,2})\s*${WEEKS}['’]?\s+(?:of\s+)?(?:gestation|pregnancy)\b`,
    String.raw`(?:\bG\d{1,2}(?:\s*P\d{1,2}(?:\d{3})?)?|\bgravida\s*\d{0,2}(?:\s*,?\s*para\s*\d{1,2})?|\b(?:primi|multi)gravid(?:a|ae)?|\b(?:primi|multi)(?:para|parous|gravid))\b[\s,]*(?:at\s+)?(\d{1,2})\s*${WEEKS}\b`,
  ].join('|'),
  'gi',
);
/** Words before a gestation in its sentence that make it a birth's, a newborn's or a past pregnancy's. */
const NOT_CURRENT_BEFORE = /\b(?:born|birth|deliver(?:ed|y|ies)?|postpartum|post-partum|previous(?:ly)?|prior|earlier|miscarr\w*|stillb\w*|loss|lost|terminat\w*|ended|history|newborn|neonat\w*|infant)\b/i;
/** Words right after a gestation that make it a past one ("32 weeks ago", "6 weeks postpartum"). */
const NOT_CURRENT_AFTER = /^[\s,]*(?:ago|postpartum|post-partum|after\s+deliver\w*|previously)\b/i;

/** Token spans of the gestations the note writes of the patient's current pregnancy. */
export function gestationSpans(tokens: Tokens, sex: Sex | undefined, age: number | undefined): { first: number; end: number }[] {
  if (sex === 'male' || (age !== undefined && (age < MIN_AGE || age > MAX_AGE))) return [];
  const text = tokens.text;
  const out: { first: number; end: number }[] = [];
  GESTATION.lastIndex = 0;
  for (let m = GESTATION.exec(text); m; m = GESTATION.exec(text)) {
    const weeks = Number(m[1] ?? m[2] ?? m[3]);
    if (!(weeks >= MIN_WEEKS && weeks <= MAX_WEEKS)) continue;
    const first = tokenAfter(tokens, 0, tokens.count, m.index);
    const end = tokenAfter(tokens, first, tokens.count, m.index + m[0].length);
    if (end <= first) continue;
    const sentenceStart = tokens.start[tokens.sentStart[tokens.sentence[first] as number] as number] as number;
    if (NOT_CURRENT_BEFORE.test(text.slice(sentenceStart, m.index))) continue;
    if (NOT_CURRENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    out.push({ first, end });
  }
  return out;
}

/**
 * Add each current gestation as the model's "pregnant" target where no other target overlaps it. Returns the
 * targets added: a stated number of weeks is no claim a negation cue of its sentence can deny ("G1 at 32+4
 * weeks, headache-free": the cue is of the headache), so the caller does not read them negated.
 */
export function addGestation(tokens: Tokens, sex: Sex | undefined, age: number | undefined, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): Set<Target> | undefined {
  let out: Set<Target> | undefined;
  for (const span of gestationSpans(tokens, sex, age)) {
    const t = insertDerivedTarget(TERM, span, lexicon, targets, entries);
    if (t) (out ??= new Set()).add(t);
  }
  return out;
}
