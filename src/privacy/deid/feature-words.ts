/**
 * A site's feature word after its name (issue 14, twenty-sixth session): English names a site by its proper part and
 * then a lower-case common noun for the kind of feature ("Bellgrove bus station", "Kaimosi estate", "Rhosfarren
 * airbase", "Beacon Hill roundabout"): the feature kinds of GeoNames' classes S (spot, building, farm: BUSTN bus
 * station, AIRB airbase, FRMS farmstead, EST estate, MN mine, PLTF platform) and R (road: RD road, RDJCT junction;
 * geonames.org/export/codes.html). A reader who finds the proper part leaves the kind readable, and strict scoring
 * counts the site as a miss. This step grows a found place over the feature word right after it; it never starts a
 * span. Settlement words (town, village, municipality, district) stay out: the letters' gold leaves them out of the
 * span as often as it keeps them.
 */
import { TITLE_BEFORE, TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

// Feature words that follow a site's proper part (GeoNames' S and R classes, in English). Care words (hospital,
// clinic, hospice, nursing or care home) and "quarry" stay out: after a town they name a site in it ("Ilkley clinic",
// "Kinross Manor care home"), and the read letters' gold leaves them out there as often as it keeps them after a name.
const SITE = 'bus station|railway station|train station|taxi rank|truck stop|airbase|air base|airfield|airstrip|farmstead|' +
  'roundabout|estate|plantation|ranch|gold mine|mine|refugee camp|transit site|abattoir|slaughterhouse|platform|' +
  'road|junction|interchange|flyover|bridge';
// Not before a word that makes the feature word part of another noun ("road traffic collision", "estate agent").
const NOT_NOUN = '(?![ \\t](?:traffic|accident|collision|crash|safety|test|user|users|agent|agents|worker|workers|staff|manager)\\b)';
const FEATURE = new RegExp(`^[ \\t](?:${SITE})(?![A-Za-z\\-])${NOT_NOUN}`);
// A name span that opens on a title.
const TITLE_FIRST = new RegExp(`^(?:${TITLE_WORDS})\\b`, 'i');

/**
 * Grow places (and untitled names, which become places) over the lower-case feature word right after them ("Bellgrove"
 * + " bus station").
 */
export function featureWordEdges(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'LOCATION' && s.type !== 'NAME') return s;
    if (!/[A-Za-z]$/.test(text.slice(s.end - 1, s.end))) return s;
    // A titled name is a person ("Mrs Jones estate" is her estate).
    if (s.type === 'NAME' && (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start)) || TITLE_FIRST.test(text.slice(s.start, s.end)))) return s;
    const m = FEATURE.exec(text.slice(s.end, s.end + 40));
    return m ? { ...s, end: s.end + m[0].length, type: 'LOCATION' } : s;
  });
}
