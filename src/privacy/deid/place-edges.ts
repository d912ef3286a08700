/**
 * The right edge of a found place or name (issue 14, session 33): where a reader's span stops short of the word or the
 * name it is in. Three general rules; each only grows a span that a reader found, never starts one.
 * - A word is not split (Unicode UAX #29, word boundaries: no break before a combining mark or between two letters): a
 *   span that ends on a Latin letter right before a combining mark, a Latin letter the accent fold leaves (ŋ, ɛ, ɔ) or
 *   a modifier letter (the ʻokina, U+02BB) runs on to the word's end ("Behchokǫ̀", "Yunupiŋu", "Nukuʻalofa").
 * - A place name joined by a hyphen is one name ("Happy Valley-Goose Bay", "Wilkes-Barre"): a capitalised part joined to
 *   a found place by a hyphen belongs to it, as a double-barrelled surname's part does to a name (extend.ts).
 * - A named feature or site ends on its kind (GeoNames feature classes S, L, T, H and P, the feature names of the
 *   gazetteers: "… Tea Estate", "… Stampede Grounds", "… Gold Mine", "… Psychiatric Annex", "… Medical City"):
 *   capitalised words after a found span that end on such a head, at the clause's end, are part of the place, and a
 *   span a name reader found becomes the place. Heads that are also common surnames (Hill, Park, Field, Lake, Ford,
 *   Bridge, Wood, Cross) are left out: after a name they more often finish the person's name.
 * Text is accent-folded (fold.ts), so a Latin letter that is still non-ASCII has no base letter. Pure.
 */
import type { PhiSpan } from './types.js';

// What continues a word after a Latin letter: a combining mark, a Latin letter outside ASCII, a modifier letter
// (U+02B0..U+02FF: ʻ, ʼ). Only scripts with spaces between words: in Chinese or Japanese a name runs into an honorific.
// Latin letters outside ASCII (Latin-1 letters without × and ÷, Latin Extended-A and -B, IPA, Latin Extended Additional).
const LATIN_MORE = String.raw`\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af\u1e00-\u1eff`;
const WORD_GOES_ON = new RegExp(String.raw`^[\p{M}\u02b0-\u02ff${LATIN_MORE}]`, 'u');
const WORD_REST = new RegExp(String.raw`^[A-Za-z\p{M}\u02b0-\u02ff${LATIN_MORE}]+`, 'u');
const LATIN_LETTER_AT_END = new RegExp(String.raw`[A-Za-z${LATIN_MORE}]$`, 'u');

// The hyphened part of a place's name after it (one capitalised word).
const HYPHEN_PART = /^-\p{Lu}[\p{L}\p{M}'\u2019]+(?![\p{L}\p{M}\-])/u;

// Kinds of named features and sites that close their name (GeoNames feature codes' names; English, as the letters
// write them head last), at a clause's end.
const FEATURE_HEADS = 'Estate|Estates|Grounds|Showground|Showgrounds|Racecourse|Stadium|Mine|Mines|Colliery|Quarry|Camp|Encampment|' +
  'Farm|Farmstead|Ranch|Plantation|Station|Annex|Annexe|Barracks|Airfield|Airstrip|Airport|Aerodrome|Mission|Reserve|Reservation|' +
  'Settlement|Township|City|Harbour|Harbor|Wharf|Jetty|Pier|Marina|Island|Islands|Atoll|Cay|Lagoon|Reef|Bay|Cove|Peninsula|' +
  'Creek|River|Falls|Dam|Oasis|Abattoir|Depot|Terminal|Refinery|Compound|Kraal|Homestead|Hamlet|Village|Town';
const FEATURE_RUN = new RegExp(String.raw`^(?:[ \t]\p{Lu}[\p{L}'\u2019]+(?:-\p{Lu}[\p{L}'\u2019]+)?){0,2}[ \t](?:${FEATURE_HEADS})` +
  String.raw`(?=[ \t]*(?:[,;)\n]|\.(?:[ \t]|$)|$))`, 'u');
// Words that may not stand inside such a run: a title or a function word opens something else.
const NOT_IN_RUN = /^(?:Dr|Mr|Mrs|Ms|Miss|Prof|Sister|Nurse|The|And|Of|In|At|On|To|For|From|With|By)$/;

/** The end of the word a span ending at `end` is cut inside, or `end` (`WORD_GOES_ON`; 40 characters at most). */
function wordEnd(text: string, start: number, end: number): number {
  if (end <= start || !LATIN_LETTER_AT_END.test(text.slice(end - 1, end)) || !WORD_GOES_ON.test(text.slice(end, end + 2))) return end;
  const m = WORD_REST.exec(text.slice(end, end + 40));
  return m ? end + m[0].length : end;
}

/** The end of the capitalised words closing on a feature's head after `end`, or `end` (`FEATURE_RUN`). */
function featureEnd(text: string, end: number): number {
  const m = FEATURE_RUN.exec(text.slice(end, end + 60));
  if (!m) return end;
  const words = m[0].split(/[ \t]/).filter((w) => w !== '');
  return words.some((w) => NOT_IN_RUN.test(w)) ? end : end + m[0].length;
}

/**
 * Grow NAME and LOCATION spans to the end of the word they stop inside; LOCATION spans over a hyphened part of their
 * name; both over capitalised words ending on a feature's head (a NAME so grown becomes a LOCATION). Mixed-case text
 * only for the capitalised parts (`mixed`), where a capital marks a name.
 */
export function placeEdges(spans: readonly PhiSpan[], text: string, mixed: boolean): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'LOCATION' && s.type !== 'NAME') return s;
    let end = wordEnd(text, s.start, s.end);
    if (!mixed) return end === s.end ? s : { ...s, end };
    let type = s.type;
    if (type === 'LOCATION') {
      const h = HYPHEN_PART.exec(text.slice(end, end + 40));
      if (h) end += h[0].length;
    }
    const feature = featureEnd(text, end);
    if (feature > end) { end = feature; type = 'LOCATION'; }
    return end === s.end && type === s.type ? s : { ...s, end, type };
  });
}
