/**
 * A place written in Cyrillic, Greek or Arabic letters as a part of its own on a person's line (issue 14,
 * thirty-seventh session), read on the final spans of a text that already names a person.
 * - Cyrillic and Greek: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian and Greek capitalise a word
 *   inside a sentence only when it is a proper noun (each language's standard orthography, as its reference
 *   grammars state it): months, weekdays, peoples, languages, professions
 *   and diseases are written in lower case, unlike English and German. So on an identification line written in one
 *   of these scripts ("<name>, <age>, <Place>, <what happened>", the order of a form's person field: name, then where
 *   the person lives, then the clinical clause; UPU, "Postal addressing systems in member countries"), a list part
 *   that is only one to three capitalised words of the same script names someone or somewhere; when the name rules
 *   left it, it is the place (residence-parts.ts reads the same slot when the list closes its clause, which a
 *   clinical clause after it prevents). A settlement's word may open the part, as those languages write it before
 *   the name (a dictionary's words for village, town and settlement: село, деревня, посёлок, город, станица, аул,
 *   хутор, місто, селище, вёска, град; Greek χωριό, πόλη, κωμόπολη, οικισμός).
 * - Arabic script (Persian, Dari, Pashto, Arabic, Urdu) has no capitals, so a part is read only where the language
 *   marks a place: a part that opens on the preposition of origin (Persian and Dari از, Arabic من, Pashto له: "from")
 *   or on a settlement word (قریه, قرية, روستای, کلی: "village"; شهر, مدينة: "town"), or the Pashto district phrase
 *   "د <name> ولسوالۍ" ("<name> district"), then one or two words that end the part (each grammar's prepositions;
 *   a dictionary's settlement words and the Pashto word for a district).
 * The person is a NAME in the final spans, written in the same script, that ends on the same line at most `WINDOW`
 * characters before the part, with no Latin letter between them (a multilingual list of words is no person's line);
 * the part stands after a comma or a semicolon (Latin or Arabic) and ends at the next one, a bracket, a spaced dash,
 * a full stop that ends the sentence, or the line. It must read as a place's name (locative-places.ts' `placeRun`:
 * no country, language or people, no month or weekday of any ICU locale, no generic, clinical or medical word; and no
 * country as CLDR names it in these scripts' languages; no hospital, clinic or home word of the Arabic-script
 * languages), and no found span touches it. Run last, only on a text whose final spans hold a NAME: it never flags a
 * text the detector left unflagged. Each scan is bounded by `WINDOW` characters after one name; spans are looked up
 * by binary search.
 */
import type { Lexicon } from './lexicon.js';
import { placeRun, touches } from './locative-places.js';
import type { PhiSpan } from './types.js';

// How far after a person's name a part is read.
const WINDOW = 200;
// The longest part read (three words and the settlement word).
const PART_MAX = 120;
// The scripts read, by a letter of each.
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const ARABIC = /\p{Script=Arabic}/u;
const READ_SCRIPT = /[\u0370-\u03ff\u1f00-\u1fff\u0400-\u04ff\u0600-\u06ff]/;
// One capitalised word of the script (a hyphen may join two: "Мугур-Аксы", "Яр-Сале"), its letters all of that script.
function wordOf(script: string): string {
  const upper = String.raw`(?=\p{Script=${script}})\p{Lu}`;
  const lower = String.raw`(?:(?=\p{Script=${script}})\p{Ll}|\p{M})`;
  return `${upper}${lower}+(?:-(?:${upper})?${lower}+)?`;
}
// The settlement words that may open the part (header).
const SETTLEMENT = 'село|деревня|пос[её]лок|город|станица|аул|хутор|місто|селище|вёска|град|χωριό|πόλη|κωμόπολη|οικισμός';
// What may follow the part's last word: the part's end.
const PART_END = String.raw`[ \t]*(?=[,;\u060c\u061b()\n]|[ \t]?[-\u2013\u2014][ \t]|[.\u06d4](?:\s|$)|$)`;
// A part: the settlement word perhaps, one to three capitalised words, then the part's end.
const partOf = (script: string): RegExp => new RegExp(
  String.raw`^[ \t]{1,2}(?:(?:${SETTLEMENT})[ \t]{1,2})?(${wordOf(script)}(?:[ \t]${wordOf(script)}){0,2})${PART_END}`, 'u');
// An Arabic-script word (letters, marks and the zero-width non-joiner inside a Persian word).
const ARABIC_WORD = String.raw`(?:(?=\p{Script=Arabic})\p{L}|\p{M})(?:(?=\p{Script=Arabic})\p{L}|\p{M}|\u200c)*`;
const ORIGIN = 'از|من|له';
const ARABIC_SETTLEMENT = 'قریه|قريه|قرية|روستای|کلی|شهر|مدينة|مدینه';
const ARABIC_PART = new RegExp(String.raw`^[ \t]{1,2}(?:(?:(?:${ORIGIN})[ \t]{1,2}(?:(?:${ARABIC_SETTLEMENT})[ \t]{1,2})?|(?:${ARABIC_SETTLEMENT})[ \t]{1,2})` +
  String.raw`(${ARABIC_WORD}(?:[ \t]${ARABIC_WORD})?)|د[ \t]{1,2}(${ARABIC_WORD}(?:[ \t]${ARABIC_WORD})?)[ \t]{1,2}(?:ولسوالۍ|ولسوالی))${PART_END}`, 'u');
const PARTS = { Cyrillic: partOf('Cyrillic'), Greek: partOf('Greek'), Arabic: ARABIC_PART } as const;
// The hospital, clinic, home and health-centre words of the Arabic-script languages: after "from" they name a setting.
const ARABIC_SETTING = /(?:^|[ \t])(?:بیمارستان|بيمارستان|مستشفى|مستشفي|ہسپتال|روغتون|شفاخانه|کلینیک|كلينيك|عيادة|درمانگاه|منزل|خانه|کور|بيت|البيت|مرکز|مركز|مدرسه|مدرسة)(?:$|[ \t])/u;
// The languages written in these scripts whose country names are refused (a country is no PHI under Safe Harbor, and
// countries.ts holds the names in English and in the Latin-script languages only).
const SCRIPT_LOCALES = ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'ky', 'mn', 'el', 'fa', 'ps', 'ar', 'ur', 'ug'];
let countries: ReadonlySet<string> | undefined;
/** Whether a run is a country's or a territory's name in one of `SCRIPT_LOCALES` (CLDR through ICU's
 * Intl.DisplayNames, every two-letter region code it names; built once, on the first part read). */
function scriptCountry(run: string): boolean {
  if (!countries) {
    const names = new Set<string>();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const locale of SCRIPT_LOCALES) {
      const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
      for (const a of letters) for (const b of letters) {
        const name = display.of(a + b);
        if (name !== undefined && name !== a + b) names.add(name.toLowerCase());
      }
    }
    countries = names;
  }
  return countries.has(run.toLowerCase());
}
// What separates the parts of a person's line (the Arabic comma and semicolon too).
const SEPARATOR = /[,;\u060c\u061b]/g;

/** Push into `added` each part after `name` that reads as a place (see the module header). */
function partsAfter(name: PhiSpan, sorted: readonly PhiSpan[], text: string, lex: Lexicon, added: PhiSpan[]): void {
  const own = text.slice(name.start, name.end);
  const script = CYRILLIC.test(own) ? 'Cyrillic' : GREEK.test(own) ? 'Greek' : ARABIC.test(own) ? 'Arabic' : undefined;
  if (!script) return;
  let lineEnd = text.indexOf('\n', name.end);
  if (lineEnd < 0) lineEnd = text.length;
  const to = Math.min(lineEnd, name.end + WINDOW);
  const window = text.slice(name.end, to);
  // A Latin letter between the name and a part says the line is no longer the person's list in that script.
  const latin = window.search(/\p{Script=Latin}/u);
  const stop = latin < 0 ? window.length : latin;
  for (const m of window.matchAll(SEPARATOR)) {
    if (m.index >= stop) break;
    const from = name.end + m.index + 1;
    const slice = text.slice(from, Math.min(lineEnd, from + PART_MAX));
    const part = PARTS[script].exec(slice);
    const run = part?.[1] ?? part?.[2];
    if (!part || run === undefined) continue;
    const start = from + slice.indexOf(run, part[0].length - part[0].trimStart().length);
    const end = start + run.length;
    if (end - name.end > stop || touches(sorted, start, end) || added.some((a) => a.start === start) || scriptCountry(run)) continue;
    if (script === 'Arabic' ? ARABIC_SETTING.test(run) : !placeRun(run, '', lex)) continue;
    added.push({ start, end, type: 'LOCATION' });
  }
}

/**
 * The final spans with a LOCATION added for each Cyrillic, Greek or Arabic-script place written as a part of its own
 * on a person's line (see the module header); the same array when none is. `spans` are a text's final spans; `text`
 * is accent-folded (folding leaves these scripts as they are).
 */
export function withScriptPlaces(spans: readonly PhiSpan[], text: string, lex: Lexicon): readonly PhiSpan[] {
  if (!READ_SCRIPT.test(text) || !spans.some((s) => s.type === 'NAME')) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const added: PhiSpan[] = [];
  for (const s of sorted) if (s.type === 'NAME') partsAfter(s, sorted, text, lex, added);
  return added.length === 0 ? spans : [...sorted, ...added].sort((a, b) => a.start - b.start);
}
