/**
 * A street's house number after its name (issue 14, twenty-fourth session): most of Europe, the former Soviet states,
 * the Balkans and Latin America write the number after the street ("Nørrebrogade 144", "Wandsbeker Chaussee 188",
 * "Komitas Ave 49", "Rruga Myslym Shyri 22", "Práter utca 41. II/7"; UPU, "Postal addressing systems in member
 * countries"). A reader that finds the street's name leaves the number readable, and strict scoring counts the
 * address as a miss. This step grows a found street over the number that closes its line, and over a unit number
 * written right after it; it never starts a span. The text arrives accent-folded (`fold.ts`: "tér" reads "ter").
 */
import type { PhiSpan } from './types.js';

// Street-type words written as a word of their own, by the language's order. Head-first (the type opens the street:
// French, Spanish, Portuguese, Italian, Albanian, Persian in Latin letters: "Rue des Glycines", "Calle Mayor", "Rruga
// Ismail Dervishi"): a street only where the street's name follows the word inside the span; a span that ends on it
// names a person ("Ana Calle 34,", "Giulia Corso 45,": a woman and her age). Either order or type last: English (USPS
// Publication 28, Royal Mail), German, Hungarian, Baltic, Russian. English words that are also surnames (Lane, Way, Close, Street...) are left out:
// an English address puts the number first, and "Penelope Lane 41," is a woman and her age.
const HEAD_FIRST = 'Rue|Calle|Avenida|Avda|Rua|Viale|Piazza|Corso|Rruga|Bulevardi|Kucheh|Khiaban';
const TYPE_LAST = 'Road|Rd|Avenue|Ave|Av|Boulevard|Blvd|Highway|Hwy|Parkway|Pkwy|Chaussee|Allee|Gasse|Platz|' +
  'utca|ut|ter|korut|krt|iela|gatve|prospekt|prospekti|ulitsa|ulica';
// The last word of a one-word street of the languages that join the type to the name: Dutch, German, Danish, Swedish,
// Norwegian, Finnish ("Kerkstraat", "Hauptstrasse", "Nørrebrogade", "Rautalammintie", "Mannerheimintie", "Kungsgatan").
const SUFFIX = '\\p{Ll}(?:straat|stra(?:ss|s)e|gasse|weg|laan|gracht|plein|gade|vej|gatan|gata|vagen|veien|vegen|tie|katu|kuja|allee|platz)';
// A span that names a street: a head-first type word before more of the span, a type-last word as a word of its own,
// or (a LOCATION) a joined type as its last word.
const NAME_STREET = new RegExp(`(?:^|[ \\t])(?:${HEAD_FIRST})\\.?[ \\t]+\\S|(?:^|[ \\t])(?:${TYPE_LAST})\\.?(?=[ \\t]|$)`, 'u');
const ANY_STREET = new RegExp(`${NAME_STREET.source}|${SUFFIX}$`, 'u');
// A type-last word right after the found name ("Kossuth" + " tér 3").
const TYPE_AFTER = new RegExp(`^[ \\t](?:${TYPE_LAST})\\.?(?=[ \\t]\\d)`, 'u');
// The house number (a second part after / or -, a letter), then a unit written in the number's own form: Singapore's
// "#08-221", Hungarian floor/door "II/7" (a labelled flat after a comma, ", apt 14", is inside the letters' gold once and
// outside it once: left as it is). Not a year, a dose, a time or a measure, and it closes the line: a comma, a semicolon,
// a bracket, a full stop ending the sentence, a line's or the text's end.
const NUMBER = /^[ \t]{1,2}(?!(?:19|20)\d\d(?![\d\/\-]))\d{1,4}[A-Za-z]?(?:[\/\-]\d{1,4}[A-Za-z]?)?(?:,?[ \t]#\d{1,3}-\d{1,4}|\.?[ \t](?:[IVX]{1,4}|fsz)\.?\/\d{1,3}\.?)?(?=[ \t]*(?:[,;)\n]|\.(?:[ \t]|$)|$))/i;

/** The end of the house number (and unit) that closes the street line ending at `end`, or `end`. */
function numberEnd(text: string, end: number): number {
  const m = NUMBER.exec(text.slice(end, end + 40));
  return m ? end + m[0].replace(/\.$/, '').length : end;
}

/**
 * Grow street spans over the house number after them. A LOCATION reads as a street by a type word or a joined type, a
 * NAME by a type word ("Komitas Ave", read as a person's name) and becomes a LOCATION; or a type word follows the span.
 */
export function houseNumberEdges(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'LOCATION' && s.type !== 'NAME') return s;
    const body = text.slice(s.start, s.end);
    const typeAfter = /[a-z]/.test(body) ? TYPE_AFTER.exec(text.slice(s.end, s.end + 16)) : null;
    const streetEnd = typeAfter ? s.end + typeAfter[0].length : s.end;
    if (!typeAfter && !(s.type === 'LOCATION' ? ANY_STREET : NAME_STREET).test(body)) return s;
    const end = numberEnd(text, streetEnd);
    return end > streetEnd ? { ...s, end, type: 'LOCATION' } : s;
  });
}
