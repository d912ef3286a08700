/**
 * Names in three slots of short clinician texts that hold a person whatever the words are (issue 14, ninth pass):
 * a name beside its role in brackets ("Drew Carpenter (SW)", "OT (Hope Latkovic)", "Jay Gold (husband)"), a closing
 * thanks on the same line ("Thanks, Drew Michalik"), and a records header in capitals at a line start in mixed-case
 * text ("FIELD, REED seen in clinic"). English-word names (Drew, Chase, Summer; Gold, Field) pass every dictionary
 * test, so the slot is the evidence; clinical words, roles and eponyms are still refused (`cuedWord`).
 */
import { caseMode } from './letter-case.js';
import { cuedWord, nameRun } from './cue-names.js';
import type { Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';


// Roles, credentials and relations written in brackets beside a name.
const ROLE_WORDS = 'RN|SW|OT|PT|MD|DO|NP|PA|PA-C|HCA|CNA|LPN|LVN|SLP|SALT|RD|RT|GP|PCP|CNS|ANP|FNP|LCSW|MSW|PharmD|physio|' +
  'husband|wife|son|daughter|mother|mom|mum|father|dad|sister|brother|partner|spouse|carer|caregiver|friend|neighbou?r|guardian|' +
  'grandson|granddaughter|niece|nephew|aunt|uncle|interpreter|social worker|chaplain|pharmacist|dietitian|dietician|charge nurse|case manager';
const NAME_THEN_ROLE = new RegExp(`(?<![A-Za-z'\\-])((?:[A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?|[A-Z]\\.)(?:[ \\t](?:[A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?|[A-Z]\\.|(?:van|von|de|der|la|bin|al|di|da|del)))*[ \\t](?:[A-Z][a-z'\\u2019]+(?:-[A-Z][a-z'\\u2019]+)?))[ \\t]*\\((?:${ROLE_WORDS})\\)`, 'g');
const ROLE_THEN_NAME = new RegExp(`\\b(?:${ROLE_WORDS})[ \\t]*\\((?=[A-Z][a-z])`, 'g');
const THANKS_SAME_LINE = /\b(?:[Tt]hanks|[Tt]hank you|[Rr]egards|[Cc]heers|[Mm]any thanks|[Bb]est wishes)[ \t]*,[ \t]{1,2}(?=[A-Z])/g;
// "SURNAME, GIVEN [I]" in capitals at a line start or after a label's colon, then a lowercase word, a field or the line's end.
const CAPS_HEADER = /(?:^|\n|:[ \t]{1,3})[ \t]*([A-Z]{2,}(?:['\-][A-Z]{2,})?),[ \t]{1,2}([A-Z]{2,}(?:-[A-Z]{2,})?)(?:[ \t]([A-Z])\b\.?)?(?=[ \t]*(?:$|\n|\(|\d|[ \t][a-z]|[ \t]{2,}|[ \t](?:DOB|MRN|D\.O\.B|NHS|Age|Sex)\b))/g;

/** Push NAME spans for the bracketed-role, same-line thanks and capitals-header slots (mixed-case text only). */
export function detectPeopleSlots(text: string, lex: Lexicon, push: Push): void {
  if (caseMode(text) !== 'mixed') return;
  for (const m of text.matchAll(NAME_THEN_ROLE)) {
    const words = (m[1] as string).split(/[ \t]+/);
    // Every capitalised word must be allowed in a name; the slot vouches for English words, not for clinical ones.
    if (!words.every((w) => /^[a-z]/.test(w) || /^[A-Z]\.$/.test(w) || w.split('-').every((p) => cuedWord(p, lex, 'mixed')))) continue;
    // The name is its last two words and the initials or particles before the last one: a sentence's opening word
    // ("Called Jay Gold (husband)") stays out.
    let k = words.length - 1;
    while (k > 0 && /^(?:[A-Z]\.|[a-z]+)$/.test(words[k - 1] as string)) k--;
    k = Math.max(0, k - 1);
    const name = words.slice(k).join(' ');
    const end = (m.index ?? 0) + (m[1] as string).length;
    push(end - name.length, end, 'NAME');
  }
  const cued = (re: RegExp, after: RegExp): void => {
    for (const m of text.matchAll(re)) {
      const at = (m.index ?? 0) + m[0].length;
      const run = nameRun(text, at, lex, 'mixed', true);
      if (run && after.test(text.slice(run[1], run[1] + 4))) push(run[0], run[1], 'NAME');
    }
  };
  cued(ROLE_THEN_NAME, /^\)/);
  cued(THANKS_SAME_LINE, /^(?:[ \t]*(?:$|\n|,|\()|\.?[ \t]*$)/);
  for (const m of text.matchAll(CAPS_HEADER)) {
    const sur = m[1] as string;
    const given = m[2] as string;
    const ok = (w: string): boolean => w.split(/['-]/).every((p) => p.length < 2 || cuedWord(p, lex, 'mixed', true)) && !(w.length <= 3 && lex.common.has(w.toLowerCase()));
    if (!ok(sur) || !ok(given)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(sur);
    const end = start + m[0].slice(m[0].indexOf(sur)).length;
    push(start, end, 'NAME');
  }
}
