/**
 * English facility and business names read by their head noun (issue 14, session 24): "Kelso Satellite Unit",
 * "Ardmore Day Nursery", "Penhallow Primary", "Okonjo & Sons", "Trevithick Solicitors", "Gwent Cricket Club",
 * "Caerleon health centre". The heads are compiled by kind (care, education, business, sport and clubs) from the names
 * of UK and Irish practices, schools and firms. A head alone names a kind of place ("the Surgery rang", "Eye Unit",
 * "the Day Nursery"), so a name is read only where the capitalised words before the head hold at least one word that
 * no English, clinical, medical, eponym or generic list holds: the guard the earlier "service words in place names"
 * rule lacked (reverted for precision). Mixed-case text only, where capitals mark the name. Pure.
 */
import { allMatches } from './matches.js';
import { clippedOrPlural } from './clipped-words.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { inWordLists, type Lexicon } from './lexicon.js';
import { GENERIC } from './organisations.js';
import { TITLE_BEFORE, TITLE_WORD } from './titles.js';
import type { PushSpan as Push } from './types.js';

const S = '[ \\t]';
// Care: practices, health centres, hospices, homes, nurseries, maternity and satellite units.
const CARE = `Surgery|Practice|Medical${S}Cent(?:re|er)|[Hh]ealth${S}[Cc]ent(?:re|er)|Hospice|Care${S}Home|Nursing${S}Home|` +
  `Day${S}Nursery|Nursery|Maternity(?:${S}Unit)?|Birth(?:ing)?${S}Centre|` +
  `(?:Satellite|Dialysis|Renal|Eye|Stroke|Rehabilitation|Minor${S}Injuries|Day|Midwifery)${S}Unit|` +
  `Community${S}Hospital|Cottage${S}Hospital|Pharmacy|Chemists?|Opticians|Dental${S}(?:Practice|Surgery)`;
// Education: schools by their English and Welsh kinds.
const EDUCATION = `Academy|Primary(?:${S}School)?|Infants?${S}School|Junior${S}School|Grammar${S}School|High${S}School|` +
  `Sixth${S}Form(?:${S}College)?|College|School`;
// Business: the trading heads of firms and premises.
const BUSINESS = `Solicitors|Funeral${S}(?:Directors|Home|Services)|(?:&|and)${S}Sons?(?:${S}Funeral${S}Directors|${S}Ltd\\.?)?|` +
  `Garage|Bakery|Farm|Depot|Builders|Haulage|Butchers|Estate${S}Agents|Accountants|Kennels|Stables|Garden${S}Centre|Warehouse|Factory`;
// Sport and clubs.
const CLUBS = `(?:Cricket|Football|Rugby|Golf|Tennis|Bowls|Bowling|Sailing|Rowing|Boxing|Squash|Hockey|Athletics|Swimming|Cycling|` +
  `Running|Social|Sports|Working${S}Men's|Country)${S}Club|Leisure${S}Centre|Sports${S}Centre`;
const FACILITY = new RegExp(`(?<![A-Za-z'\\u2019\\-])((?:[A-Z][a-z]+(?:['\\u2019]s)?(?:-[A-Z][a-z]+)?${S}{1,2}){1,3})` +
  `(${CARE}|${EDUCATION}|${BUSINESS}|${CLUBS})(?![A-Za-z])`, 'g');

/** A word's lower-case form with a possessive dropped. */
const bare = (w: string): string => w.toLowerCase().replace(/['\u2019]s$/, '');

/**
 * Whether no English, clinical, medical, eponym or generic list holds the word (each hyphened part; three letters or
 * more), nor is it a clipped or plural form of a listed word ("Chemo", "Paeds", "Biologics": clipped-words.ts).
 */
function unlistedWord(lex: Lexicon, w: string): boolean {
  const low = bare(w);
  return low.length >= 3 && low.split('-').every((p) => p.length > 0 && !GENERIC.has(p) && !inWordLists(lex, p) &&
    !clippedOrPlural(lex, p));
}

/** Whether a word before the proper part is a sentence or generic word to leave out (a listed word that is no surname or place). */
function leadWord(lex: Lexicon, w: string): boolean {
  const low = bare(w);
  return GENERIC.has(low) || (inWordLists(lex, low) && !lex.surnames.has(low) && !lex.places.has(low));
}

/**
 * Push a LOCATION span for each facility or business name read by its head (`FACILITY`): the capitalised words before
 * the head, generic and sentence words on the left left out, must hold a word on no word list, and no title may stand
 * before them (a title makes them a person's name).
 */
export function detectFacilityHeads(text: string, lex: Lexicon, push: Push, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed') return;
  for (const m of allMatches(FACILITY, text)) {
    let at = m.index ?? 0;
    let words = (m[1] as string).trim().split(/[ \t]+/);
    while (words.length > 0 && leadWord(lex, words[0] as string)) {
      at = text.indexOf(words[0] as string, at) + (words[0] as string).length;
      words = words.slice(1);
      while (text[at] === ' ' || text[at] === '\t') at++;
    }
    if (!words.some((w) => unlistedWord(lex, w)) || words.some((w) => TITLE_WORD.test(w))) continue;
    if (TITLE_BEFORE.test(text.slice(Math.max(0, at - 8), at))) continue;
    push(at, (m.index ?? 0) + m[0].length, 'LOCATION');
  }
}
