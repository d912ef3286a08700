/**
 * The person a heading line's first value names (issue 14, letters): a line that opens with a heading and its colon
 * (a setting, a place, a form's title: "Paeds ED:", "Island clinic, Harbourtown:", "Registre mèdic (fimosi):") and then
 * a run of two to four capitalised name words, a comma and the person's age or identity number
 * ("<heading>: Given Family, 19 anos, ..."; "<heading>: Given Paternal Maternal, DNI ..."). An identification line
 * writes a person as name, age or number (the triage and register line; HL7 CDA's header: name, then birth and
 * identifiers), so the age or the number after the comma is the evidence and the words need not be on a name list:
 * in a text whose lower-case words are another language's, the safe-list rule reads nothing, and a name's words may be
 * English or clinical words ("Lennox", "Ante", "Font").
 * Sources, general and not read from a note: the age's years words are the Unicode CLDR duration-year unit words and
 * the age adjectives, counters and age nouns of `years-words.ts` (those languages' grammar); the particles inside a
 * name are `particles.ts`' and the naming customs below; the number types are `IDENTITY_NUMBER_TYPES`.
 * Without an age or a number (session 35), the value after the comma still tells a person from a thing: an identification
 * line goes on with the person's narrative, role or residence ("<heading>: Given Family, cannery worker, ...";
 * "..., village X; ..."; "..., 3b tear ...") or with the place the person lives, which the rules found ("Given Family,
 * Town, ZIP"), while a heading that lists things goes on with the next capitalised item ("Scale One, Scale Two, ...").
 * That evidence is weaker than an age, so the run's words must also read as a person's: no eponym or medicine word in
 * it, and its last word (the family name, where a thing's name closes on its head noun: "Boston Brace", "Wagner
 * Grade") on no English, clinical, medical or eponym list; and the heading must not be a residence or workplace field
 * ("Address:", "Comunidade:"), whose value is a place, nor name a kind of thing ("Inhaler:", "Scores:").
 * Every scan is bounded: a heading's colon within the line's first `HEADING_MAX` characters, the value and its
 * evidence within a fixed window after it. Pure.
 */
import { IN_COMMON, IN_EPONYMS, IN_FIRST, IN_MEDICAL, IN_SURNAMES, inWordLists, wordFlags, type Lexicon } from './lexicon.js';
import { GENERIC } from './organisations.js';
import { NAME_PARTICLES } from './particles.js';
import { lowerBound } from './lower-bound.js';
import { roleOrTitle } from './role-heads.js';
import { FUNCTION_WORDS, PRODUCT_FIELD } from './safe-list.js';
import { IDENTITY_NUMBER_TYPES, type PhiSpan, type PushSpan as Push } from './types.js';
import { AGE_NOUNS, YEARS_BEFORE_WORDS, YEARS_WORDS } from './years-words.js';

// How far into a line its heading's colon may stand, and how much after the colon the value and its evidence are read.
const HEADING_MAX = 140;
const VALUE_WINDOW = 120;
const EVIDENCE_WINDOW = 48;

// A capitalised name word in any cased script, on the accent-folded text (marks left by folding kept): initial capital,
// then lower case, an inner capital of Mc/Mac/De forms, an apostrophe ('Ofa, O'Neill, Mu'taz) and hyphened parts.
const WORD = "['\\u2019]?\\p{Lu}(?:['\\u2019]\\p{Lu})?[\\p{Ll}\\p{M}'\\u2019]+(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?(?:-\\p{L}[\\p{Ll}\\p{M}'\\u2019]+)*";
// Lower-case words inside a name by the naming customs of its language: `particles.ts`' particles, Malay and Iban "anak"
// and "binti"/"bint" (child of), Spanish "y" and Portuguese "e" between the two surnames, Faroese "á" and "í" (read
// only where the original carries the accent: folded, they are English "a" and "i"), Toba and Karo Batak "boru" or
// "br." before a woman's clan name (marga), and the Irish "Ó" ("grandson of") before a family name (read only where
// written with its accent: folded, it is the letter O).
const PARTICLES = [...NAME_PARTICLES, 'anak', 'binti', 'bint', 'y', 'e', 'a', 'i', 'boru', 'br\\.?', 'O'];
const PARTICLE = new RegExp(`^(?:${PARTICLES.join('|')})$`);
// The patronymic word that closes a Turkic name (Uzbek "qizi", "o'g'li"; Kazakh and Kyrgyz "kyzy", "uly"; Tatar and
// Bashkir "кызы", "улы"; Azerbaijani "qızı", "oğlu" as folded).
const PATRONYMIC = "qizi|kizi|kyzy|uly|ogli|o'g'li|ogly|oglu|кызы|улы|оглы|оглу";
const PATRONYMIC_WORD = new RegExp(`^(?:${PATRONYMIC})$`, 'u');
// Two to four name words, particles between them, then a comma, a semicolon or a bracket before the evidence.
const RUN = new RegExp(`^[ \\t]{1,3}(${WORD}(?:[ \\t]{1,2}(?:(?:${PARTICLES.join('|')})[ \\t]{1,2}){0,2}${WORD}){1,3}(?:[ \\t]{1,2}(?:${PATRONYMIC}))?)(?=[,;]|[ \\t]?\\()`, 'u');

// The person's age after the comma: a number of years alone before a stop ("Name, 4, swallowed"), with a years word
// or an age adjective of CLDR's languages ("19 anos", "9 лет", "96 år", "7 anys", "90 y/o"), with the sex ("45F",
// "F, 34"), or after an age noun ("age 34", "edad 52", "miaka 45").
const AGE_EVIDENCE = new RegExp('^(?:,[ \\t]{0,2}|[ \\t]?\\([ \\t]?)(?:' +
  '\\d{1,3}(?![\\d.,\\/:]\\d)(?:[ \\t]*(?:[,;)]|\\.(?!\\d)|$)|[ \\t]+[-\\u2013\\u2014][ \\t]|[ \\t\\-]?(?:' + YEARS_WORDS + ')(?![\\p{L}])|' +
  '[ \\t]?(?:y|yo|y\\/o|yrs?|years?(?:[ \\t-]old)?|[MF])(?![\\p{L}\\d]))' +
  `|(?:age|aged|${AGE_NOUNS}|${YEARS_BEFORE_WORDS})[ \\t]*[:=.\\-]?[ \\t]*\\d{1,3}(?![\\d.,]\\d)` +
  '|[MF],?[ \\t]\\d{1,3}(?![\\d.,]\\d))', 'iu');
// Between the comma and an identity number the rules found: its label, up to three words ("NRIC", "f.nr.", "паспорт",
// "DNI", "P-tal", "member no.").
const LABEL_GAP = /^,[ \t]{0,2}(?:[\p{L}.'\u2019\u2116#-]+[ \t]{0,2}:?[ \t]{0,2}){0,3}$/u;
// The first item after the comma or semicolon (up to the next one), and a lower-case word in it: the record's narrative,
// the person's role or residence word. Particles ("do", "de") are no such word: they sit inside a place's name.
const ITEM_AFTER = /^[,;][ \t]{0,2}([^,;\n]{1,40})/u;
const LOWER_WORD = /(?<![\p{L}\p{M}\d'\u2019-])\p{Ll}[\p{Ll}\p{M}'\u2019-]+(?![\p{L}\p{M}\d])/gu;
// Between the comma and a place the rules found: at most three capitalised words (the town before the street or ZIP).
const PLACE_GAP = /^,[ \t]{0,2}(?:\p{Lu}[\p{L}\p{M}'\u2019.-]*[ \t]{0,2}){0,3},?[ \t]{0,2}$/u;
// A heading that is a residence, settlement or workplace field (CDA's addr; the address words of the languages the
// letters are written in, as folded): its value is a place.
const PLACE_FIELD = /(?<![\p{L}])(?:address|addr|adresse|direccion|domicilio|endereco|morada|indirizzo|residenza|anschrift|wohnort|adres|adresa|adresi|alamat|адрес|residence|home|village|aldeia|aldea|town|city|community|comunidade|comunidad|barrio|bairro|quartier|locality|employer|workplace|school)[ \t]*$/iu;
// A heading that names a kind of thing (a product, a device, a tool, a treatment): its value is that thing's name
// ("Inhaler: Brand Model, two puffs"), which the weaker evidence cannot tell from a person's.
const THING_FIELD = /(?<![\p{L}])(?:inhalers?|pens?|insulins?|sprays?|creams?|drops|tablets?|capsules?|supplements?|feeds?|formulas?|diet|nutrition|dressings?|appliances?|equipment|braces?|splints?|monitors?|pumps?|meters?|sensors?|tests?|assays?|kits?|scales?|scores?|tools?|criteria|classifications?|therapy|therapies|regimens?|procedures?|programmes?|programs?|brands?|models?|makers?)[ \t]*$/iu;

/**
 * Push a NAME span for the person a heading line's first value names when the person's age or identity number
 * follows it (see the module header). `text` is accent-folded, `original` the same text before folding (same offsets),
 * `found` the spans the rules found so far (the identity numbers are read from them).
 */
export function detectHeadingNames(text: string, original: string, lex: Lexicon, found: readonly PhiSpan[], push: Push): void {
  let near: ((from: number, to: number) => readonly PhiSpan[]) | undefined;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const colon = headingColon(text, at, Math.min(lineEnd, at + HEADING_MAX + 1));
    if (colon > at && !PRODUCT_FIELD.test(text.slice(at, colon + 1))) {
      const value = RUN.exec(text.slice(colon + 1, colon + 1 + VALUE_WINDOW));
      // The spans are sorted once, at the first heading whose value reads as a name run (most notes have none).
      if (value) headingValue(text, original, lex, (near ??= spansNear(found)), colon + 1 + value[0].length, (value[1] as string).length, push, PLACE_FIELD.test(text.slice(at, colon)) || THING_FIELD.test(text.slice(at, colon)));
    }
    at = lineEnd + 1;
  }
}

/** The spans that start between two offsets, by binary search on a sorted copy (no scan of every span per line). */
function spansNear(found: readonly PhiSpan[]): (from: number, to: number) => readonly PhiSpan[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  return (from, to) => {
    const out: PhiSpan[] = [];
    for (let i = lowerBound(sorted.length, (k) => (sorted[k] as PhiSpan).start < from); i < sorted.length && (sorted[i] as PhiSpan).start < to; i++) out.push(sorted[i] as PhiSpan);
    return out;
  };
}

/** The first colon of a line before `limit`, or -1. */
function headingColon(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === 58) return i;
  return -1;
}

/**
 * The name run that ends at `end` (`length` long) after one heading's colon: its words' test, then the evidence after
 * it. `near` gives the spans found that start in a window (a span reaching into the run starts at most a window before it).
 */
function headingValue(text: string, original: string, lex: Lexicon, near: (from: number, to: number) => readonly PhiSpan[], end: number, length: number, push: Push, placeOrThing: boolean): void {
  const start = nameStart(text, original, lex, end - length, end);
  if (start < 0) return;
  const spans = near(start - VALUE_WINDOW, end + EVIDENCE_WINDOW);
  if (spans.some((s) => s.type !== 'NAME' && s.start < end && start < s.end)) return;
  const numbered = (): boolean => spans.some((s) => IDENTITY_NUMBER_TYPES.has(s.type) && s.start > end && LABEL_GAP.test(text.slice(end, s.start)));
  const after = text.slice(end, end + EVIDENCE_WINDOW);
  if (AGE_EVIDENCE.test(after) || numbered()) push(start, end, 'NAME');
  else if (!placeOrThing && personWords(lex, text.slice(start, end)) && (narrative(after) || placed(text, spans, end))) push(start, end, 'NAME');
}

/** A lower-case word (no particle, no unit) in the first item after the comma or semicolon. */
function narrative(after: string): boolean {
  const item = ITEM_AFTER.exec(after)?.[1];
  if (item === undefined) return false;
  // A word right after a number is its unit ("9.5 kg"), which a product's or a measure's value holds too.
  for (const m of item.matchAll(LOWER_WORD)) if (!PARTICLE.test(m[0]) && !/\d[ \t]*$/.test(item.slice(0, m.index))) return true;
  return false;
}

/** A place or postal code the rules found after the comma, at most a town's words between. */
function placed(text: string, spans: readonly PhiSpan[], end: number): boolean {
  return spans.some((s) => (s.type === 'LOCATION' || s.type === 'ZIP') && s.start > end && PLACE_GAP.test(text.slice(end, s.start)));
}

/**
 * The weaker evidence's test of the run's words: no eponym or medicine word, and the last word (a family name) on
 * no English, clinical, medical or eponym list.
 */
function personWords(lex: Lexicon, run: string): boolean {
  const words = run.split(/[ \t]+/).filter((w) => !PARTICLE.test(w)).flatMap((w) => w.toLowerCase().split('-')).map((w) => w.replace(/^['\u2019]|['\u2019]s?$/g, ''));
  if (words.some((w) => (wordFlags(lex, w) & (IN_EPONYMS | IN_MEDICAL)) !== 0)) return false;
  return !inWordLists(lex, words[words.length - 1] ?? '');
}

/**
 * Where the name of a run starts, or -1 when the run is no person's name: titles and roles before it stay out (the
 * gold marks the person alone); a function word, title or role inside it, a word of a place's or an organisation's
 * generic name, an unaccented "a" or "i", or fewer than two name words refuse it; so does a run whose every word an
 * English, clinical or eponym list holds and no name list does (a score's items: "Eyes Open, 4").
 */
function nameStart(text: string, original: string, lex: Lexicon, from: number, end: number): number {
  const words = [...text.slice(from, end).matchAll(/\S+/g)].map((w) => ({ s: from + (w.index ?? 0), raw: w[0], low: w[0].toLowerCase() }));
  let first = 0;
  while (first < words.length && (FUNCTION_WORDS.has(words[first]?.low ?? '') || roleOrTitle(words[first]?.low ?? ''))) first++;
  let names = 0;
  let nameLike = false;
  for (const w of words.slice(first)) {
    if (PARTICLE.test(w.raw)) {
      if ((w.raw === 'a' || w.raw === 'i' || w.raw === 'O') && original.slice(w.s, w.s + 1) === w.raw) return -1;
      continue;
    }
    if (PATRONYMIC_WORD.test(w.low)) continue;
    if (FUNCTION_WORDS.has(w.low) || roleOrTitle(w.low)) return -1;
    const parts = w.low.split('-');
    if (parts.some((p) => GENERIC.has(p))) return -1;
    names++;
    if (parts.some((p) => nameWord(lex, p.replace(/^['\u2019]|['\u2019]s?$/g, '')))) nameLike = true;
  }
  return names >= 2 && nameLike ? (words[first] as { s: number }).s : -1;
}

/** A word on no English, clinical or eponym list, or a given name or surname no English list holds. */
function nameWord(lex: Lexicon, w: string): boolean {
  if (!inWordLists(lex, w)) return true;
  const f = wordFlags(lex, w);
  return (f & (IN_FIRST | IN_SURNAMES)) !== 0 && (f & IN_COMMON) === 0;
}
