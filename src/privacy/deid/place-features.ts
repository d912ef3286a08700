/**
 * The feature noun after a place's name (issue 14, thirty-first session). English names a place by its proper part and
 * then, in lower case, the kind of feature it is: "Eastgate bus station", "Beacon Hill roundabout", "Kisumu-Busia road",
 * "Zaatari camp". The kind noun belongs to the place's name as written (the proper part alone is a different place, or
 * none), and a reader who sees it learns where to look. This step only grows a found place or name over such a noun;
 * it never starts a span, so a text no rule flagged stays clean.
 * The nouns are the English descriptions of GeoNames feature codes (https://www.geonames.org/export/codes.html, CC BY
 * 4.0; e.g. L.CMP camp, S.EST estate, S.FRMS farmstead, S.MN mine, R.RDJCT road junction, R.RDCR traffic circle,
 * S.BUSTN bus station, S.AIRB airbase, H.ESTY estuary, S.OILP oil platform) in the words English writers use for them,
 * as OpenStreetMap's map features name the same kinds (junction=roundabout, amenity=bus_station, place=town).
 * Institutions' words (hospital, clinic, home) are left to the institution readers: the nursing gold leaves a
 * lower-case "hosp" after a name readable. Pure.
 */
import type { PhiSpan } from './types.js';

// Settlements, areas, farms and works, routes and their nodes, transport stops, shores and waters: lower case only (a
// capitalised kind word is read by extend.ts as part of the proper name). Left out: the kinds a writer adds after a
// settlement's or a strip's own name as a gloss, which the letters' gold leaves readable more often than not (read
// letters10-26: "<name> village" 6 times outside the span, 3 inside; "quarry" and "airstrip" once each, outside).
const FEATURE = [
  'town', 'settlement', 'township', 'locality', 'camp', 'refugee camp', 'compound', 'estate', 'farm', 'farmstead',
  'plantation', 'ranch', 'mine', 'oilfield', 'oil field', 'platform', 'market', 'market hall', 'road', 'roundabout',
  'junction', 'bus station', 'bus stop', 'bus park', 'taxi rank', 'railway station', 'train station', 'police station',
  'airbase', 'air base', 'harbour', 'harbor', 'jetty', 'wharf', 'quay', 'beach', 'estuary', 'river', 'lake',
].sort((a, b) => b.length - a.length);
// The noun, then where the place's phrase ends: the clause's punctuation, a number or a capital (a date, a postcode,
// the next name), or a preposition or conjunction that opens what is said of the place ("… road near Maseno"). A
// lower-case word of any other kind makes the noun a modifier of a longer phrase ("road traffic collision", "town
// centre"), which is no place's name.
const AFTER = new RegExp(`^[ \\t](${FEATURE.join('|').replace(/ /g, '[ \\t]')})(?=[ \\t]*(?:[,.;:)!?\\n]|$)|[ \\t]+(?:[\\p{Lu}\\d]|` +
  '(?:near|in|at|on|to|from|for|with|by|via|where|when|after|before|during|since|and|or|but|of)(?![\\p{L}])))', 'u');
// After a person's name the estate is what the person leaves, not where they live ("the deceased Jones estate").
const NOT_AFTER_NAME = /^estate$/;

/**
 * Grow LOCATION and NAME spans over a lower-case feature noun right after them; a NAME so grown becomes a LOCATION (a
 * person is no village). Other spans and spans with no such noun after them are returned as they are.
 */
export function featureTails(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'LOCATION' && s.type !== 'NAME') return s;
    const m = AFTER.exec(text.slice(s.end, s.end + 24));
    const noun = m?.[1];
    if (!m || noun === undefined || (s.type === 'NAME' && NOT_AFTER_NAME.test(noun))) return s;
    return { ...s, end: s.end + m[0].length, type: 'LOCATION' };
  });
}
