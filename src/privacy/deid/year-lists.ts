/**
 * A list of years is no address (issue 14, precision; deid-clean29, session 37). A timeline writes its items as a year
 * and a name, one after another after commas ("1796 Jenner, 1847 Semmelweis, 1865 Lister"): each comma, year and
 * capitalised word has the shape of a European address's postcode and town after its numbered street (`EU_TOWN` in
 * identifiers.ts: "Hauptstrasse 12, 10115 Berlin"), and of a residence part after a found name (residence-parts.ts:
 * "Ikenna Obialor, 93, Ezinihitte"). Two items of the same shape, a year-shaped number then a capitalised word, on
 * either side of the comma, are a list of years: a street's number does not stand first before a name that no street
 * word follows, and the UPU's address formats put the postcode after the street, not after another postcode-shaped
 * number and name. A street word keeps the address ("1900 Avenue Louise, 1950 Sion"). And a street and its town are
 * written in one script: a word of another script right before the comma is no street of a Latin-script town.
 * Years: the Gregorian range the letters' timelines and house numbers share (1500-2099). Street words: the national
 * address conventions `EU_STREET` and `STREET_NAMED` (identifiers.ts) already read. Shapes, not any note's words.
 */

const YEAR_SHAPE = /^(?:1[5-9]|20)\d\d$/;
// A year-shaped number that opens an item (the segment's start, or after a space, a label's colon, a semicolon or a
// bracket), then a capitalised word in any cased script.
const YEAR_ITEM = /(?:^|[ \t:;(])(?:1[5-9]|20)\d\d[ \t]+\p{Lu}/u;
const STREET_WORD = /\b(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Way|Court|Place|Crescent|Terrace|Boulevard|Blvd|Calle|Avenida|Paseo|Plaza|Carrer|Rua|Via|Viale|Piazza|Corso|Largo|[Rr]ue|[Rr]oute|[Cc]hemin|Quai|Impasse)\b|(?:stra(?:ss|\u00df)e|str\.|weg|platz|gasse|allee|damm|straat|laan|gracht|plein)\b/;
const LAST_WORD = /([^\s,]+)[ \t]*$/;

/**
 * Whether the segment before a European postcode's comma (`seg`, its line's text back to the comma before) is no street
 * for the postcode `pc`: an item of a list of years (it opens on a year and holds no other number and no street word,
 * and `pc` is a year too), or it ends on a word of another script than Latin.
 */
export function listNotStreet(seg: string, pc: string): boolean {
  if (YEAR_SHAPE.test(pc) && YEAR_ITEM.test(seg) && (seg.match(/\d+/g) ?? []).length === 1 && !STREET_WORD.test(seg)) return true;
  // Pre-check: only a segment with a letter beyond Latin Extended-B can end on a word of another script.
  if (!/[\u0370-\uffff]/.test(seg)) return false;
  const last = LAST_WORD.exec(seg)?.[1] ?? '';
  return /\p{L}/u.test(last) && !/\p{Script=Latin}/u.test(last);
}

// A year-shaped number and a space right before a found span, and a comma, a year-shaped number and a capitalised word
// right after it.
const YEAR_BEFORE = /(?:^|[ \t:;(])(?:1[5-9]|20)\d\d[ \t]$/;
const YEAR_AFTER = /^,[ \t]{1,2}(?:1[5-9]|20)\d\d[ \t]+\p{Lu}/u;

/** Whether the found span `start`..`end` is an item of a list of years: a year before it, a year's item after its comma. */
export function yearListItem(text: string, start: number, end: number): boolean {
  return YEAR_AFTER.test(text.slice(end, end + 10)) && YEAR_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}
