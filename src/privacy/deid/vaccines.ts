/**
 * Vaccines in a record (issue 14, thirteenth pass): a vaccine's trade name is a product, never a person or a place, and
 * the code written right after it (or after the word vaccine, jab or booster) is its lot, a device identifier under
 * Safe Harbor (45 CFR 164.514(b)(2)(i)(M)), even with no "lot" label ("Comirnaty EK5730").
 */
import { mayOpen, wordGate } from './note-words.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

/**
 * Vaccine trade names licensed in the US, the UK, the EU, Canada and Australia (CDC CVX/MVX trade-name table, UK Green
 * Book, EMA EPARs). Names that are also English words or names (Fluad aside) are not listed.
 */
const VACCINE_PRODUCTS = ('comirnaty spikevax mnexspike nuvaxovid vaxzevria jcovden covishield fluad fluzone fluarix flulaval ' +
  'flucelvax flublok afluria flumist fluenz vaxigrip influvac supemtek boostrix adacel repevax revaxis pediacel infanrix ' +
  'pentacel pediarix kinrix quadracel tenivac daptacel tetraxim hexyon hexaxim vaxelis hiberix acthib pedvaxhib menitorix ' +
  'prevnar prevenar pneumovax vaxneuvance capvaxive apexxnar gardasil cervarix bexsero trumenba menveo nimenrix menquadfi ' +
  'menactra penbraya penmenvy engerix recombivax heplisav fendrix havrix vaqta avaxim twinrix ambirix varivax varilrix ' +
  'zostavax shingrix proquad priorix rotarix rotateq arexvy abrysvo mresvia beyfortus typhim vivotif typherix vivaxim ' +
  'dukoral vaxchora ixiaro stamaril imovax rabipur verorab ervebo dengvaxia qdenga ixchiq vimkunya jynneos imvanex ' +
  'encepur ticovac biothrax cyfendus').split(' ');
const PRODUCT_SET: ReadonlySet<string> = new Set(VACCINE_PRODUCTS);

// A product's name (a suffix joined by a hyphen: "Boostrix-IPV", "Engerix-B", "Infanrix-hexa"), perhaps one word of its
// form ("Fluad Tetra", "Prevenar 13"), or the word vaccine/jab/booster, then the lot: letters and digits with at least
// two digits and a letter, or six digits or more, and no unit or decimal after it.
const NAME = `(?:${VACCINE_PRODUCTS.join('|')})(?:-[A-Za-z0-9]{1,5})?`;
const FORM_WORDS = 'tetra|trivalent|quadrivalent|qiv|tiv|aqiv|qivc|qivr|qive|adjuvanted|high[- ]dose|junior|adult|paediatric|pediatric|booster|vaccine';
const FORM = `(?:[ \\t]+(?:${FORM_WORDS}|\\d{1,2}(?![\\w.])))?`;
const LOT = '((?=[A-Z0-9]*\\d[A-Z0-9]*\\d)(?:(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,12}|\\d{6,12}))(?![\\w.\\/\\-]|[ \\t]*(?:mg|mcg|micrograms?|ml|units?|iu|%)\\b)';
const VACCINE_LOT = new RegExp(`\\b(?:${NAME}${FORM}|(?:vaccine|vaccination|jab|booster))[ \\t]*[,:(]?[ \\t]*${LOT}`, 'gi');
const HINT = new RegExp(`\\b(?:${VACCINE_PRODUCTS.join('|')}|vaccin|jab|booster)`, 'i');
// A note none of whose words starts with one of HINT's is skipped unread (note-words.ts).
const HINT_GATE = wordGate(HINT.source);

/** Lot numbers written right after a vaccine's trade name or the word vaccine, jab or booster, as DEVICE. */
export function detectVaccineLots(text: string, push: Push): void {
  if (!mayOpen(HINT_GATE, text) || !HINT.test(text)) return;
  VACCINE_LOT.lastIndex = 0;
  for (let m = VACCINE_LOT.exec(text); m !== null; m = VACCINE_LOT.exec(text)) {
    const lot = m[1] ?? '';
    // The lot is written in capitals and digits ("EK5730", "94T7Z"); a lower-case word after the name is prose.
    // A dose written in capitals with its unit joined ("Comirnaty 30MCG", "vaccine 100MG") is no lot.
    if (/[a-z]/.test(lot) || /^\d+(?:MG|MCG|UG|ML|IU|U|UNITS?)$/.test(lot)) continue;
    const at = m.index + m[0].length - lot.length;
    push(at, at + lot.length, 'DEVICE');
  }
}

// A trade name's form or variant after it, as one word: a short code ("Typhim Vi", "Engerix B", "Menveo ACWY",
// "Prevenar 13"; capitals and digits, or a capital and one letter) or a form word ("Fluad Tetra").
const FORM_WORD = new RegExp(`^(?:${FORM_WORDS})$`, 'i');
const SHORT_CODE = /^(?:[A-Z0-9]{1,4}|[A-Z][a-z])$/;
/** One item of a span: a trade name (with a joined suffix), perhaps with its form word. */
function productItem(item: string): boolean {
  const [name = '', form, ...rest] = item.split(/[ \t]+/);
  const low = name.toLowerCase();
  if (rest.length > 0 || !(PRODUCT_SET.has(low) || PRODUCT_SET.has(low.split('-')[0] ?? ''))) return false;
  return form === undefined || SHORT_CODE.test(form) || FORM_WORD.test(form);
}

/**
 * A NAME or LOCATION span that is a vaccine's trade name (with a joined suffix), with its form word ("Typhim Vi"), or a
 * list of them ("Vivotif, Rabipur"; twenty-fourth session, deid-clean5): a product, no one.
 */
export function isVaccineProduct(s: PhiSpan, span: string): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const items = span.replace(/['\u2019]s$/, '').split(/[ \t]*(?:,|;|&|[ \t]and[ \t])[ \t]*/);
  return items.every((item) => item !== '' && productItem(item));
}
