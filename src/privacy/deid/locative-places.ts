/**
 * A place named after a locative preposition on a person's line (issue 14, thirty-fifth session). Letters and forms of
 * every country write where a person lives, comes from, was found or is sent inside the running value of the line
 * that names the person: "<name>, 34, aus Kleinhausen;", "<name> … évacué vers Port-Lagune;", "… przewieziony do
 * Zielonki.". place-spans.ts reads one or two unlisted capitalised words after English in/at/near/from, and
 * place-slots.ts a place after a residence verb; this rule reads the same slot after the locative, ablative and
 * allative prepositions of the letters' languages (their grammars' lists of spatial prepositions, not words seen in one
 * text): English in, at, near, from, to, towards, via, off; Spanish en, de, desde, hacia, hasta; Portuguese em, no, na,
 * de, do, da, desde, para; French à, au, aux, de, du, en, vers, depuis; Italian a, in, da, di, presso, verso; German in,
 * aus, nach, bei; Dutch in, te, uit, naar, bij; Danish, Norwegian and Swedish i, på, til, till, fra, från, ved, vid;
 * Polish, Czech and Slovak w, we, z, ze, do, na, v, ve, u, od; Romanian în, la, din, spre; Russian and Ukrainian в,
 * во, из, до, на, у, от, від, з; Greek σε, στο, στη, στην, στον, από, προς; Indonesian and Malay di, dari, ke; Tagalog
 * sa. (The text arrives accent-folded: "à" reads "a", "på" "pa", "în" "in".) Prepositions that also mean "with" or
 * "to a person" (Russian с, к) are left out.
 *
 * The slot alone is weak, so the rule asks for the shape of an identification line: a NAME another rule found earlier
 * on the same line, at most 160 characters before the preposition; then one to four capitalised words (particles such
 * as "de", "del", "la" between them) that end the clause (a stop, comma, semicolon, colon, closing bracket or the line's
 * end) or stand right before a span another rule found (a date, an identifier). Refused: a run any found span touches;
 * a country, language or people (CLDR, in English and in the cue languages) or a US state (Safe Harbor keeps them); a
 * month or weekday in any ICU locale; a title or role as its first word; a generic word of an organisation (ward, unit,
 * clinic, hospital: a kind of place, not one) or of a home; a clinical or medical word, or a clinical department or
 * status in the letters' languages ("en Cardiología", "in Remission"); and a single word an English list holds, as
 * place-spans.ts refuses it. Each scan is a fixed window after one found name, so the rule stays linear.
 */
import { countryOrLanguage } from './countries.js';
import { ICU_MONTHS } from './icu-months.js';
import { ICU_WEEKDAYS } from './icu-weekdays.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { lowerBound } from './lower-bound.js';
import { GENERIC } from './organisations.js';
import { abroadCountry } from './place-slots.js';
import { roleOrTitle } from './role-heads.js';
import type { PhiSpan, PushSpan as Push } from './types.js';
import { US_STATE_NAMES } from './us-states.js';

const PREPOSITIONS = [
  'in', 'at', 'near', 'from', 'to', 'towards', 'via', 'off',
  'en', 'de', 'desde', 'hacia', 'hasta', 'em', 'no', 'na', 'do', 'da', 'para', 'a', 'au', 'aux', 'du', 'vers', 'depuis',
  'di', 'presso', 'verso', 'aus', 'nach', 'bei', 'te', 'uit', 'naar', 'bij', 'i', 'pa', 'til', 'till', 'fra', 'fran',
  'ved', 'vid', 'w', 'we', 'z', 'ze', 'v', 've', 'u', 'od', 'la', 'din', 'spre', 'в', 'во', 'из', 'до', 'на', 'у', 'от',
  'від', 'з', 'σε', 'στο', 'στη', 'στην', 'στον', 'από', 'προς', 'dari', 'ke', 'sa',
];
// One capitalised word of a cased script ("Saint-Joen", "N'Djamena", "Яр-Сале"), and the particles that join a place's
// words in the letters' languages, at most two in a row ("de la"; never its first or last word).
const WORD = String.raw`\p{Lu}(?:['\u2019]\p{Lu})?[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}?[\p{Ll}\p{M}'\u2019]+)*`;
const PARTICLES = 'de|del|della|la|las|los|da|do|das|dos|di|du|des|le|les|sur|upon|on|am|an|der|im|y|e';
const SLOT = new RegExp(String.raw`(?<![\p{L}\p{M}'\u2019])(${PREPOSITIONS.join('|')})[ \t]{1,2}(${WORD}(?:[ \t](?:(?:${PARTICLES})[ \t]){0,2}${WORD}){0,3})`, 'gu');
// The clause ends right after the run.
const CLAUSE_END = /^[ \t]*(?:[.,;:)]|\r?\n|$)/;
// The particles of a person's name ("Quinteru de Abrego", "Masferrer i Sunyer", "Praia do Norte" read as a name): right
// after a found name, with only a space between, such a word goes on with the name; it is no preposition there.
const NAME_PARTICLE = new Set(['de', 'da', 'do', 'di', 'du', 'la', 'i', 'a', 'z', 'u', 'na', 'no', 'te', 'sa']);
// Words before "to" that make it no movement ("due to Behcet.", "secondary to Kawasaki.").
const NOT_MOVE_TO = /\b(?:due|secondary|according|similar|compared|related|prior|owing|subsequent|attributed|allergic|sensitive|reaction|up|down|next|close|going)[ \t]+$/i;
// A clinical department, speciality or status as the letters' languages write it after a preposition ("de
// Cardiología", "en Urgencias", "in Remission", "a Domicilio"): the speciality suffixes (-logía, -logie, -iatría,
// -iatrie, -tomía, -scopía, -grafía, -terapia) and the common words of a hospital's services and a home.
const CLINICAL_SERVICE = /^(?:\p{L}*(?:logia|logie|logy|iatria|iatrie|iatry|tomia|tomie|scopia|scopie|grafia|graphie|terapia|therapie)|urgenc\p{L}*|emergenc\p{L}*|medicin\p{L}*|chirurg\p{L}*|cirug\p{L}*|cirurg\p{L}*|intern[ao]|intensiv\p{L}*|reanima\p{L}*|maternidad|maternite|maternidade|ambulatorio|consulta|consultas|control|seguimiento|observacion|tratamiento|remision|remissao|remission|domicilio|domicile|casa|hogar|residencia|unidad|centro|clinica|clinique|hospital|hopital|maison|foyer|ehpad|heim|lar|asilo|rumah|panti|servicio|service|servizio|reparto|station|abteilung|afdeling|oddzial|oddeleni|salud|saude|sante|sanidad|salute|gesundheit|zdrowia)$/u;

// The English prepositions of place after which one English word may still be a town (place-spans.ts reads only words
// no list holds there), and the words that there name a time, a setting or a state of the person, not a town.
const ENGLISH_PLACE_PREP = new Set(['in', 'at', 'near', 'from']);
const NOT_A_TOWN = /^(?:today|tonight|christmas|easter|night|day|noon|midnight|morning|evening|home|work|school|church|theatre|surgery|recovery|holiday|rest|baseline|bed|situ|vitro|vivo|utero|practice|hand|time|person|total|general|large|public|private|full|part|care|custody|prison|labour|labor|transit|future|past|present)$/;

let months: ReadonlySet<string> | undefined;
/** Whether a folded lower-case word is a month or weekday in any ICU locale or in English. */
function calendarWord(low: string): boolean {
  months ??= new Set([...ICU_MONTHS, ...ICU_WEEKDAYS, ...'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ')]);
  return months.has(low);
}

/** Whether a run of capitalised words after a locative preposition may name a place (the refusals in the header). */
export function placeRun(run: string, prep: string, lex: Lexicon): boolean {
  if (countryOrLanguage(run) || abroadCountry(run) || US_STATE_NAMES.some((s) => s.toLowerCase() === run.toLowerCase())) return false;
  const words = run.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
  const first = words[0]?.toLowerCase() ?? '';
  if (roleOrTitle(first) && first !== 'st' && first !== 'saint') return false;
  for (const w of words) {
    for (const part of w.toLowerCase().split('-')) {
      const low = part.replace(/['\u2019]s$/, '');
      if (calendarWord(low) || GENERIC.has(low) || CLINICAL_SERVICE.test(low) || lex.medical.has(low)) return false;
      // A clinical word proper; an eponym no name list holds is in `clinical` too, and names a place only after an
      // English preposition of place, as one word on a person's line ("at Akureyri").
      if (lex.eponyms.has(low) ? !(words.length === 1 && ENGLISH_PLACE_PREP.has(prep)) : lex.clinical.has(low)) return false;
    }
  }
  // One word alone: no word an English list holds ("in Remission", "at Rest"), as place-spans.ts reads it; after an
  // English preposition of place, on a person's line, a town that is also an English word or an eponym ("at Bow",
  // "from Limerick"), unless it names a time, a setting or a state of the person.
  if (words.length === 1 && lex.common.has(first.replace(/['\u2019]s$/, ''))) return ENGLISH_PLACE_PREP.has(prep) && !NOT_A_TOWN.test(first);
  return true;
}

/**
 * Push, as LOCATION, a capitalised run after a locative preposition that ends its clause, on a line where a found NAME
 * stands at most 160 characters before the preposition (the header). `found` is every span the rules found so far.
 */
export function detectLocativePlaces(text: string, found: readonly PhiSpan[], lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  const names = found.filter((s) => s.type === 'NAME').sort((a, b) => a.end - b.end);
  if (names.length === 0) return;
  const sorted = [...found].sort((a, b) => a.start - b.start);
  let scanned = 0;
  for (const name of names) {
    const from = Math.max(name.end, scanned);
    let lineEnd = text.indexOf('\n', from);
    if (lineEnd < 0) lineEnd = text.length;
    const to = Math.min(lineEnd, name.end + 160);
    if (to <= from) continue;
    scanned = to;
    // The window runs on past `to` only so far as a run begun inside it needs (four words).
    const window = text.slice(from, Math.min(lineEnd, to + 120));
    for (const m of window.matchAll(SLOT)) {
      const at = from + (m.index ?? 0);
      if (at >= to) break;
      const prep = m[1] ?? '';
      const run = m[2] ?? '';
      const start = at + m[0].length - run.length;
      const end = start + run.length;
      if (NAME_PARTICLE.has(prep) && nameRightBefore(names, text, at)) continue;
      if (prep === 'to' && NOT_MOVE_TO.test(text.slice(Math.max(0, at - 16), at))) continue;
      if (touches(sorted, at, end)) continue;
      const after = text.slice(end, end + 4);
      if (!CLAUSE_END.test(after) && !spanRightAfter(sorted, text, end)) continue;
      if (!placeRun(run, prep, lex)) continue;
      push(start, end, 'LOCATION');
    }
  }
}

/** Whether a found span overlaps [start, end) (binary search on spans sorted by start; clause-places.ts uses it too). */
export function touches(sorted: readonly PhiSpan[], start: number, end: number): boolean {
  const lo = lowerBound(sorted.length, (i) => (sorted[i]?.start ?? 0) < end);
  // Spans starting before `end`: look back over a bounded few for one that reaches past `start`.
  for (let i = lo - 1; i >= 0 && i >= lo - 32; i--) if ((sorted[i]?.end ?? 0) > start) return true;
  return false;
}

/** Whether a found NAME ends right before `at`, only spaces or tabs between (`names` sorted by end). */
function nameRightBefore(names: readonly PhiSpan[], text: string, at: number): boolean {
  const lo = lowerBound(names.length, (i) => (names[i]?.end ?? 0) <= at);
  const last = names[lo - 1];
  return last !== undefined && at - last.end <= 3 && /^[ \t]+$/.test(text.slice(last.end, at));
}

/** Whether a found span starts right after `end`, only spaces or tabs between (a date or an identifier after the place). */
function spanRightAfter(sorted: readonly PhiSpan[], text: string, end: number): boolean {
  const lo = lowerBound(sorted.length, (i) => (sorted[i]?.start ?? 0) <= end);
  const next = sorted[lo];
  return next !== undefined && next.start - end <= 3 && /^[ \t]+$/.test(text.slice(end, next.start));
}
