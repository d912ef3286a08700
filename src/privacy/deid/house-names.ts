/**
 * House and premises names that stand in place of a house number (issue 14, twenty-eighth session). Royal Mail's
 * Postcode Address File (PAF) has a "building name" element that a British address may carry with no number at all
 * ("The Old Forge, Tilbrook End", "Pear Tree Cottage, Little Saxby"); An Post's Eircode file does the same for Ireland.
 * Three shapes of the names that file is known for (the building-name forms of the PAF programmers' guide; none from a
 * note):
 * - "The Old" and the building's former use: `The Old Rectory`, `The Old Post Office`, `The Old School House`;
 * - "The" and a plural of trees or of a house's parts: `The Laurels`, `The Willows`, `The Gables`;
 * - a proper part and a dwelling's head word: `Rose Cottage`, `Copper Beech Farm`, `Glebe Farmhouse`.
 * Numbered building lines ("3 Kiln Cottages", "Flat 9, Brennick Mansions") are address.ts's.
 */
import { GENERIC } from './organisations.js';
import { clinicalWord, type Lexicon } from './lexicon.js';
import { TITLE_BEFORE } from './titles.js';
import type { PushSpan as Push } from './types.js';

// A building's former use after "The Old": the rural and village buildings that became houses.
const OLD_USES = 'Forge|Smithy|Rectory|Vicarage|Manse|Parsonage|Presbytery|Chapel|Church|School(?:[ \\t]?House)?|Schoolhouse|Post[ \\t]Office|' +
  'Police[ \\t](?:House|Station)|Station(?:[ \\t]House)?|Bakery|Bakehouse|Dairy|Mill|Mill[ \\t]House|Barn|Granary|Stables|Coach[ \\t]?[Hh]ouse|' +
  'Brewery|Maltings|Malthouse|Tannery|Toll[ \\t]?[Hh]ouse|Farmhouse|Farm|Laundry|Workshop|Court[ \\t]?[Hh]ouse|Pump[ \\t]House|Boathouse|' +
  'Lifeboat[ \\t]House|Oast(?:[ \\t]House)?|Cider[ \\t]House|Inn|Swan|Red[ \\t]Lion|Crown|Plough|Bell|Telephone[ \\t]Exchange|Surgery|Shop|Stores|Cottage|Hall|Lodge|Orchard|Nursery|Pound';
// Plurals after "The" that name a house: its trees and its parts.
const PLURALS = 'Laurels|Willows|Beeches|Limes|Firs|Elms|Cedars|Hollies|Poplars|Pines|Oaks|Chestnuts|Larches|Yews|Rowans|Birches|Sycamores|' +
  'Hawthorns|Maples|Walnuts|Acacias|Myrtles|Lilacs|Gables|Chimneys|Paddocks|Orchards|Meadows|Cloisters|Shrubbery|Spinney|Coppice|Hollow|Nook';
// A dwelling's head word after its proper part. Lodge, Grange and Croft are left out: they are surnames as often.
const HEADS = 'Cottages?|Farm|Farmhouse|Rectory|Vicarage|Manse|Bungalow';
// Royal Mail thoroughfares named "The" and a street or green word, written after the house number ("12 The Green",
// "4 The Paddocks", "7 The Crescent"): with the number, only where the line's part ends (comma, semicolon, line end).
const THE_STREET = 'Green|Avenue|Crescent|Drive|Close|Street|Square|Parade|Causeway|Broadway|Strand|Mall|Grove|Ridgeway|Terrace|Walk|' +
  'Lane|Row|Mews|Paddock|Meadow|Common|Chase|Rise|Croft|Glebe|Copse|Circus|Quadrant|Esplanade|Promenade|Embankment|Courtyard|Moorings|Dell|Wharf';
const NUMBERED_THE = new RegExp(`(?<![\\p{L}\\d.\\/-])\\d{1,4}[A-Z]?,?[ \\t]The[ \\t](?:${THE_STREET}|${PLURALS}|Old[ \\t](?:${OLD_USES}))(?=[ \\t]*(?:[,;)\\n]|$))`, 'gu');
const THE_NAME = new RegExp(`(?<![\\p{L}\\d])The[ \\t](?:Old[ \\t](?:${OLD_USES})|(?:${PLURALS}))(?![\\p{L}])`, 'gu');
const WORD = "[A-Z][a-z'\\u2019]+";
const HEADED = new RegExp(`(?<![\\p{L}\\d'\\u2019-])((?:${WORD}[ \\t]){1,3})(?:${HEADS})(?![\\p{L}])(?![ \\t]+(?:Hospital|Hosp|Clinic|Pie|Cheese|Loaf))`, 'gu');

/** Whether the proper part before a head reads as a house's name: no title before it, no clinical or generic word. */
function properPart(text: string, at: number, ws: readonly string[], lex: Lexicon): boolean {
  if (ws.length === 0 || TITLE_BEFORE.test(text.slice(Math.max(0, at - 6), at))) return false;
  return !ws.some((w) => w === 'The' || clinicalWord(lex, w) || GENERIC.has(w.toLowerCase()));
}

// A verb that opens the sentence before the name ("Visited Rose Cottage", "Lives Pear Tree Cottage") is no part of it.
const LEADING_VERB = /^(?:[A-Z][a-z]+(?:ed|ing)|Lives|Visit|Seen|Home|At|To|From|In|Of)$/;

/**
 * Push LOCATION spans for house names without a number ("The Old …", "The <plural>", "<proper part> Cottage/Farm") and
 * for numbered thoroughfares named "The …" ("12 The Green").
 */
export function detectHouseNames(text: string, lex: Lexicon, push: Push): void {
  if (text.includes('The ')) {
    for (const m of text.matchAll(THE_NAME)) push(m.index, m.index + m[0].length, 'LOCATION');
    for (const m of text.matchAll(NUMBERED_THE)) push(m.index, m.index + m[0].length, 'LOCATION');
  }
  if (!/(?:Cottage|Farm|Rectory|Vicarage|Manse|Bungalow)/.test(text)) return;
  for (const m of text.matchAll(HEADED)) {
    const ws = (m[1] ?? '').trim().split(/[ \t]/);
    let at = m.index;
    while (ws.length > 0 && LEADING_VERB.test(ws[0] ?? '')) at += (ws.shift() ?? '').length + 1;
    if (properPart(text, at, ws, lex)) push(at, m.index + m[0].length, 'LOCATION');
  }
}
