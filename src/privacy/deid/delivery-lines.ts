/**
 * Delivery lines written as numbered elements only (issue 14, twenty-ninth session). Where streets carry numbers
 * rather than names, the UPU's address formats ("Postal addressing systems in member countries") write the line
 * below the town as a list of element words, each with its number or letter, smallest or largest first: Kuwait
 * `Block 4, Street 12, House 31`; Bahrain `Flat 22, Building 1180, Road 3327, Block 333`; Pakistan `House 44,
 * Street 9, G-10/2` (the Islamabad sector after them); the Philippines `Blk 12 Lot 8`; Guyana `Lot 88 Section C`;
 * Botswana `Plot 4417, Block 7`; Bangladesh `Road 7, Section 10`; Hong Kong `Flat 1207, Block B`. One element alone
 * is also a block, a lot or a section of something else (a heart block, a vaccine lot, a section of an act), so the
 * line is read only where two elements of different words stand together; the whole line is one LOCATION, as one
 * delivery point is one line of the address. Shapes from the formats; none from a note.
 */
import type { PushSpan as Push } from './types.js';

// The element words, capitalised as an address writes them. Rooms, beds, bays, wards and cells are left out (a
// hospital's own places, which a note names in the same shape), and so are phases (a trial's).
const ELEMENT_WORDS = 'Flat|Apartment|Apt\\.?|Unit|House(?:[ \\t]No\\.?)?|Building|Bldg\\.?|Block|Blk\\.?|Plot|Lot|Road|Rd\\.?|' +
  'Street|St\\.?|Lane|Avenue|Ave\\.?|Sector|Section|Floor|Villa|Jadda|Jaddah';
// One element: its word, an optional number label, and a number (a letter after it allowed) or one capital letter.
const ELEMENT = `(?:${ELEMENT_WORDS})[ \\t](?:No\\.?[ \\t]?)?#?(?:\\d{1,5}[A-Z]?|[A-Z])(?![\\p{L}\\d])`;
// The Islamabad sector code closing a Pakistani line ("G-10/2", "F-7/3", "I-8").
const SECTOR = '[A-Z]-\\d{1,2}(?:\\/\\d)?(?![\\p{L}\\d\\/])';
const SEPARATOR = '(?:,[ \\t]{1,2}|[ \\t]{1,2})';
const LINE = new RegExp(`(?<![\\p{L}\\d])${ELEMENT}(?:${SEPARATOR}${ELEMENT}){1,3}(?:,[ \\t]{1,2}${SECTOR})?`, 'gu');
// What must not follow the line's last number: a dose, a measure or a count.
const MEASURE_AFTER = /^[ \t]*(?:mg|mcg|ml|mL|kg|g|units?|%|days?|weeks?|hours?|hrs?|times|x)\b/;
// A quick test that two element words stand near each other at all (speed: most notes hold none).
const HINT = new RegExp(`(?:${ELEMENT_WORDS})[ \\t]#?\\w{1,5},?[ \\t]{1,2}(?:${ELEMENT_WORDS})[ \\t]`, 'u');

/** The element words of a matched line, with the number label left out ("House No." reads as "House"). */
function elementWords(line: string): string[] {
  return [...line.matchAll(new RegExp(`(?:^|[ \\t,])(${ELEMENT_WORDS})[ \\t]`, 'gu'))].map((m) => (m[1] ?? '').replace(/[ \t]No\.?$|\.$/, ''));
}

/** Push one LOCATION span for each delivery line of two or more numbered elements of different words. */
export function detectDeliveryLines(text: string, push: Push): void {
  if (!HINT.test(text)) return;
  for (const m of text.matchAll(LINE)) {
    const end = m.index + m[0].length;
    if (MEASURE_AFTER.test(text.slice(end, end + 12))) continue;
    if (new Set(elementWords(m[0])).size < 2) continue;
    push(m.index, end, 'LOCATION');
  }
}
