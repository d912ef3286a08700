/**
 * Names and places no list holds in a text typed in lower case (issue 14, fifteenth pass): "pls call tomasz wojcik re
 * bloods", "copy to liberio tesanovic and ceyda orzechowski", "kardos did not attend". Without capitals the safe-list
 * test (safe-list.ts) reads nothing, so here the person's context does all the work: one to three words no English,
 * clinical or eponym list holds, after a verb whose object is a person or before a verb only a person takes. Quick
 * messages are short and their other words pass the dictionary; a note whose own words often fail it (nursing
 * shorthand: "pt sxnd for thick secretions") is left to the cue rules, as in the safe-list rule. In mixed-case text a
 * name typed in lower case is read the same way when it has two words ("lmk if kardasz fisher comes back"). Pure.
 */
import type { CaseMode } from './letter-case.js';
import { oneEditFromKnown, type Lexicon } from './lexicon.js';
import { FUNCTION_WORDS, PERSON_BEFORE, PERSON_STATE_AFTER, PERSON_VERB_AFTER, placeBefore } from './safe-list.js';
import type { PhiSpan, PushSpan as Push } from './types.js';
import { spaced, tokens, unknownNameWord, type Tok } from './unknown-words.js';

// Verbs of contact before a name in a message ("pls call x", "d/w x", "thanks x", "cc x"), beside those of safe-list.ts.
const CONTACT_BEFORE = /(?:\b(?:discussed[ \t]+with|d\/w|call|called|ring|rang|phone|phoned|tell|told|ask|asked|email|emailed|text|texted|thanks|thank[ \t]+you|cc:?)[ \t]{1,2}$)/i;
// Sixteenth pass: the addressee opening a message typed in lower case ("tayanita: can u swap", "rewi can u chase",
// "sms: fetuao ur bloods r fine", "hawre 44m, back pain"): the text's first word (after hi, hey, to, sms:), then a colon,
// a comma, a message's next word or an age and sex.
const HEAD_BEFORE = /^[ \t\n]*(?:(?:hi|hey|hello|morning|to|tx[ \t]+to|msg[ \t]+to|sms|text|re)[ \t]*:?[ \t]+)?$/i;
const HEAD_AFTER = /^(?:[ \t]*[:,]|[ \t]+(?:can[ \t]+(?:u|you)|could[ \t]+(?:u|you)|pls|plz|please|ur|its|it's|u|r|\d{1,3}[ \t]?[mf])\b)/i;
// A second person after the first: "copy to a b and c d".
const AND_BEFORE = /^[ \t]{1,2}and[ \t]{1,2}$/;
// Words no list holds, as a share of the text's lowercase words, above which the writer's shorthand is the likelier reading.
const NOISE_MIN = 2;
const NOISE_RATE = 50;

interface Run { readonly a: number; readonly b: number; readonly type: 'NAME' | 'LOCATION' }

/** A listed given name or surname written in lower case that may stand beside an unknown word in one name ("kardasz fisher"). */
function nameMate(lex: Lexicon, t: Tok | undefined): boolean {
  return t !== undefined && t.raw === t.low && t.low.length >= 3 && !FUNCTION_WORDS.has(t.low) && !lex.clinical.has(t.low) &&
    !lex.medical.has(t.low) && (lex.firstNames.has(t.low) || lex.surnames.has(t.low));
}

/** The run of name words around the unknown word at token `i` (up to three, single-spaced on one line), not before `from`. */
function runFrom(text: string, lex: Lexicon, toks: readonly Tok[], i: number, from: number): Run {
  let b = i;
  while (b - i < 2) {
    const n = toks[b + 1];
    if (!n || n.raw !== n.low || !spaced(text, toks[b] as Tok, n) || !(unknownNameWord(lex, n.low, false) || nameMate(lex, n))) break;
    b++;
  }
  const p = toks[i - 1];
  const a = i - 1 >= from && b - i < 2 && p && spaced(text, p, toks[i] as Tok) && nameMate(lex, p) ? i - 1 : i;
  return { a, b, type: 'NAME' };
}

/** Whether a person's context surrounds the run: a contact verb before it, a person's verb after it, or "NAME and" before. */
function personContext(text: string, toks: readonly Tok[], r: Run, lastName: number): boolean {
  const first = toks[r.a] as Tok;
  const last = toks[r.b] as Tok;
  const before = text.slice(Math.max(0, first.s - 32), first.s);
  const after = text.slice(last.e, last.e + 48);
  if (PERSON_BEFORE.test(before) || CONTACT_BEFORE.test(before) || PERSON_VERB_AFTER.test(after) || PERSON_STATE_AFTER.test(after)) return true;
  // A word without a vowel is a clinical shorthand heading the message ("pmhx: t2dm", "fhx: ..."), no one's name.
  if (first.s <= 16 && HEAD_BEFORE.test(text.slice(0, first.s)) && HEAD_AFTER.test(after) && /[aeiouy]/.test(first.low)) return true;
  return lastName >= 0 && AND_BEFORE.test(text.slice(lastName, first.s));
}

/**
 * Push NAME spans for unknown words in a person's context typed in lower case (in mixed-case text, two words or more).
 * `found`: the spans other rules found in the text; their words are explained and do not count as the writer's noise
 * ("patient: januszewski, zineb"). `given`: the text's `tokens`, when the caller has them already.
 */
export function detectLowerCaseNames(text: string, lex: Lexicon, push: Push, mode: CaseMode, found: readonly PhiSpan[] = [], given?: readonly Tok[]): void {
  if (mode === 'upper') return;
  // In mixed-case text a name typed in lower case ("lmk if kardasz fisher comes back") needs two words.
  const minWords = mode === 'lower' ? 1 : 2;
  const toks = given ?? tokens(text);
  const inFound = (t: Tok): boolean => found.some((f) => f.start <= t.s && t.e <= f.end);
  const runs: Run[] = [];
  let words = 0;
  let unexplained = 0;
  let lastName = -1;
  let lastToken = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.raw !== t.low || t.low.length < 4) continue;
    words++;
    if (!unknownNameWord(lex, t.low, false)) continue;
    const r = runFrom(text, lex, toks, i, lastToken + 1);
    words += r.b - i;
    // In text typed in lower case, unknown words after a place's context name a place ("moved to doral", "works at downey").
    if (mode === 'lower' && r.a === i && placeBefore(text.slice(Math.max(0, t.s - 48), t.s))) {
      runs.push({ ...r, type: 'LOCATION' });
      // A lone word one edit from a known word is a typo of it more often than a name.
    } else if (r.b - r.a + 1 >= minWords && personContext(text, toks, r, lastName) && !(r.a === r.b && oneEditFromKnown(lex, t.low, 5))) {
      runs.push(r);
      lastName = (toks[r.b] as Tok).e;
    } else {
      for (let k = r.a; k <= r.b; k++) if (!inFound(toks[k] as Tok)) unexplained++;
    }
    i = r.b;
    lastToken = r.b;
  }
  if (unexplained >= NOISE_MIN && unexplained * NOISE_RATE >= words) return;
  for (const r of runs) push((toks[r.a] as Tok).s, (toks[r.b] as Tok).e, r.type);
}
