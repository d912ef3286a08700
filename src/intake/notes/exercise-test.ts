/**
 * The result of an exercise (stress) ECG written as what the ECG showed, read as the model's "positive stress
 * test" finding. The ACC/AHA exercise-testing guideline (Gibbons RJ et al. 2002, Circulation 106:1883-1892)
 * calls a test positive for ischaemia on horizontal or downsloping ST depression of 1 mm or more (or ST
 * elevation) during exercise or recovery; notes write the ECG finding itself ("Exercise ECG (Bruce): 2.5 mm
 * horizontal ST depression V4-V6 at 7 METs") or the verdict ("exercise ECG to 10 METs negative").
 *
 * - An ST finding of the model (`ecg-st-depression`, `ecg-st-elevation`, whose synonyms include "ischaemic ECG
 *   changes") written in the clause of an exercise-test name is also that test's result: the stress-test
 *   finding is added to the same words, so it takes their context ("no ischaemic changes" denies both).
 * - The verdict word "positive" or "negative" right after the test's name (within a few words of its clause)
 *   is the test's result: the model's term is placed over the name, and "negative" denies it as it would any
 *   finding before it.
 * The ST finding keeps its own reading: the model has no separate exercise-ECG ST finding.
 */
import type { Target } from './context.js';
import { insertDerivedTarget } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import { phraseForms, tokenAfter, type Tokens } from './tokenize.js';

const TERM = phraseForms('positive stress test');
/** ST findings of the model that make an exercise ECG positive (ACC/AHA 2002). */
const ST_FINDINGS: ReadonlySet<string> = new Set(['ecg-st-depression', 'ecg-st-elevation']);
/**
 * Names of an exercise or stress ECG test. Not "exercise tolerance" alone (the history's exercise capacity) nor "ETT"
 * (in ward and ICU notes the endotracheal tube).
 */
const TEST_NAME = /\b(?:(?:exercise|treadmill|stress)[ \t]+(?:ecg|ekg|electrocardiogram|electrocardiography|tolerance[ \t]+test|treadmill[ \t]+test|stress[ \t]+test|test|testing)|exercise[ \t]+stress[ \t]+(?:ecg|test)|treadmill[ \t]+(?:exercise[ \t]+)?(?:ecg|test|testing))\b/gi;
/** Words the verdict may stand after the name: "exercise ECG to 10.1 METs negative", "stress test: positive". */
const VERDICT_WITHIN = 6;
const VERDICTS: ReadonlySet<string> = new Set(['positive', 'negative']);
/** A note without these letters names no exercise test (a cheap test before the pattern). */
const ANY = /exercise|treadmill|stress/i;

/** Token span of each exercise-test name in the note, with the end of its clause (a semicolon or the sentence end). */
function testNames(tokens: Tokens): { first: number; end: number; clauseEnd: number }[] {
  const out: { first: number; end: number; clauseEnd: number }[] = [];
  TEST_NAME.lastIndex = 0;
  for (let m = TEST_NAME.exec(tokens.text); m; m = TEST_NAME.exec(tokens.text)) {
    const first = tokenAfter(tokens, 0, tokens.count, m.index);
    const end = tokenAfter(tokens, first, tokens.count, m.index + m[0].length);
    if (end <= first) continue;
    const sEnd = tokens.sentStart[(tokens.sentence[first] as number) + 1] as number;
    let clauseEnd = end;
    while (clauseEnd < sEnd && tokens.norm[clauseEnd] !== ';') clauseEnd++;
    out.push({ first, end, clauseEnd });
  }
  return out;
}

/** The stress-test result of each exercise-test name: its ST findings' words also name it, or its verdict word does. */
export function addExerciseTestResults(tokens: Tokens, lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  if (!ANY.test(tokens.text)) return;
  const stress = lexicon.trie.longestAt(TERM, 0, TERM.length);
  if (!stress || stress.end !== TERM.length) return;
  for (const t of testNames(tokens)) {
    for (let k = 0; k < targets.length; k++) {
      const target = targets[k] as Target;
      const list = entries[k] as readonly LexiconEntry[];
      if (target.first < t.end || target.first >= t.clauseEnd) continue;
      if (list.some((e) => ST_FINDINGS.has(e.findingId)) && !list.some((e) => e.findingId === stress.values[0]?.findingId)) entries[k] = [...list, ...stress.values];
    }
    const limit = Math.min(t.clauseEnd, t.end + VERDICT_WITHIN + 1);
    for (let i = t.end; i < limit; i++) {
      if (tokens.norm[i] === ',') break;
      if (VERDICTS.has(tokens.norm[i] as string)) {
        insertDerivedTarget(TERM, t, lexicon, targets, entries);
        break;
      }
    }
  }
}
