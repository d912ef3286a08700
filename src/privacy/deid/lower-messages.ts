/**
 * Names in messages written all in lower case (issue 14, fourteenth pass): portal and text messages ("pls let jack smith
 * know his bloods are fine", "spoke w priya nair re the visit", "can u ring dave kowalski about his meds") name a person
 * with no relation word and no capitals. The slot is a verb that takes a person (let, tell, ask, ring, call, text, spoke
 * with ...), then a given name and a surname, then what follows a person in that slot (know, back, about, re, to ...).
 * Each word must be a name-list word or in no dictionary, neither a clinical word, and a list must hold the given name or
 * the surname. A lower-case nursing note holds such pairs rarely in this slot (the mixed-case pair rule in
 * people-slots.ts was kept out of lower-case notes for their shorthand: "call md", "ask resp").
 */
import type { Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';
import type { CaseMode } from './letter-case.js';

const VERB_SLOT = /\b(?:let|tell|told|ask|asked|remind|ring|rang|call|called|phone|phoned|text|texted|email|e-mail|emailed|message|messaged|update|updated|inform|informed|spoke[ \t]+(?:w\/?|with|to)|spoken[ \t]+(?:w\/?|with|to)|talked[ \t]+(?:w\/?|with|to)|tell)[ \t]{1,2}([a-z]{2,})[ \t]([a-z]{2,}(?:-[a-z]{2,})?)(?=[ \t]{1,2}(?:know|back|about|abt|re\b|re:|to\b|that|when|if|asap|today|tomorrow|tmrw|tonight|this|and\b|&)|[ \t]*[,.;!?]|[ \t]*$)/gm;

/** Push NAME spans for given-name and surname pairs after a verb that takes a person, in a lower-case note only. */
export function detectLowerMessageNames(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'lower') return;
  const term = (w: string): boolean => lex.clinical.has(w) || lex.medical.has(w) || lex.eponyms.has(w);
  for (const m of text.matchAll(VERB_SLOT)) {
    const given = m[1] as string;
    const surname = m[2] as string;
    // Each word may be a name (a list holds it, or no dictionary does), and a name list vouches for one of them.
    if (term(given) || term(surname) || !(lex.firstNames.has(given) || !lex.common.has(given))) continue;
    if (!(lex.surnames.has(surname) || lex.firstNames.has(surname) || !lex.common.has(surname))) continue;
    if (!lex.firstNames.has(given) && !lex.surnames.has(surname)) continue;
    const start = (m.index ?? 0) + m[0].length - given.length - 1 - surname.length;
    push(start, start + given.length + 1 + surname.length, 'NAME');
  }
}
