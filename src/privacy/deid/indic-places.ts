/**
 * Town and village names written in the Brahmic scripts of South Asia (issue 14, letters), read by the generic element
 * that closes them. These scripts have no capitals, so no capital-letter grammar or word list of the de-identifier
 * sees a place written in them; but most of the region's settlement names end on a generic word for "town", "fort",
 * "market", "tank", "hamlet" or "abode" joined to the name (Wikipedia, "Indian place names" and "List of place name
 * etymologies": Sanskrit -pur/-pura/-puram "town", Persian -ābād "inhabited place", -nagar "city", -garh "fort",
 * -ganj "market", Dravidian -ūr "village", -kulam "tank", -palli/-halli "hamlet", -pēṭṭai/-pēṭa "market town",
 * -pāḷaiyam "camp", -kōṭṭai "fort", -paṭṭi "hamlet", -gūḍem "hamlet", Sinhala -pura, -gama "village"). One word of one
 * script that ends on such an element, with at least two consonants of its own before it, is a place: "कानपुर",
 * "நாகப்பட்டி" read; the element alone ("पुर"), a one-syllable stem ("नूपुर", a given name) and the language's
 * common words that end the same way ("भरपूर" "plenty", "बरबाद" "ruined") do not. Pure.
 */
import type { PushSpan } from './types.js';

// The closing elements, by script, as the letters of that script write them (the element's own vowel sign included,
// so "-pur" is not "-pūr" where the two differ: Hindi कपूर "camphor" ends on pūr, Marathi writes towns with -pūr).
const ELEMENTS = [
  // Devanagari: Hindi, Marathi, Nepali.
  'पुर', 'पुरा', 'पूर', 'ाबाद', 'नगर', 'गढ़', 'गढ', 'गंज', 'गाँव', 'गांव',
  // Bengali, Gurmukhi, Gujarati, Oriya.
  'পুর', 'াবাদ', 'নগর', 'গঞ্জ', 'ਪੁਰ', 'ਾਬਾਦ', 'ਨਗਰ', 'ਗੜ੍ਹ', 'પુર', 'ાબાદ', 'નગર', 'ପୁର', 'ନଗର', 'ଗଡ଼',
  // Tamil, Telugu, Kannada, Malayalam, Sinhala.
  'புரம்', 'குளம்', 'பேட்டை', 'பாளையம்', 'கோட்டை', 'பட்டி', 'நகர்', 'ூர்',
  'పురం', 'పల్లి', 'పేట', 'గూడెం', 'నగర్', 'ూరు', 'ಪುರ', 'ಹಳ್ಳಿ', 'ಪೇಟೆ', 'ನಗರ', 'ೂರು',
  'പുരം', 'കുളം', 'ശ്ശേരി', 'ൂർ', 'පුර', 'ගම',
];
// Common words of the languages that end on an element's letters and name no place (Wiktionary): "plenty",
// "metropolis". Tamil பள்ளி "school" is left out of the elements for the same reason (ஆரம்பப்பள்ளி "primary school").
const NOT_PLACES = new Set(['भरपूर', 'महानगर', 'মহানগর', 'ಮಹಾನಗರ']);
// A letter of the Brahmic blocks (U+0900..U+0DFF), its vowel signs and the joiners inside a word.
const LETTER = '[\\u0900-\\u0dff\\u200c\\u200d]';
const PLACE = new RegExp(`(?<!${LETTER})${LETTER}+?(?:${ELEMENTS.join('|')})(?!${LETTER})`, 'gu');
// A consonant of any of the scripts (each script's consonants stand at the same offsets 0x15..0x39 of its block).
const CONSONANT = /[\u0915-\u0939\u0995-\u09b9\u0a15-\u0a39\u0a95-\u0ab9\u0b15-\u0b39\u0b95-\u0bb9\u0c15-\u0c39\u0c95-\u0cb9\u0d15-\u0d39\u0d9a-\u0dc6]/gu;

/** The consonants of `stem`, counted up to three. */
const consonants = (stem: string): number => Math.min(3, stem.match(CONSONANT)?.length ?? 0);

/** Push a LOCATION span for each Brahmic-script word that ends on a settlement element (see the header). */
export function detectIndicPlaces(text: string, push: PushSpan): void {
  if (!/[\u0900-\u0dff]/.test(text)) return;
  for (const m of text.matchAll(PLACE)) {
    const word = m[0];
    if (NOT_PLACES.has(word)) continue;
    const element = ELEMENTS.find((e) => word.endsWith(e)) ?? '';
    if (consonants(word.slice(0, word.length - element.length)) < 2) continue;
    const start = m.index ?? 0;
    push(start, start + word.length, 'LOCATION');
  }
}
