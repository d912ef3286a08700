/**
 * A bracket that glosses a line's heading holds no one, and neither does the heading it glosses (issue 14, thirty-seventh
 * session, over-redaction). Letters and notes from many places open on a heading of one to four capitalised words, a
 * gloss in brackets, perhaps a few lower-case words, then the heading's mark (a colon or a spaced dash) before the
 * document's kind and its subject: "<region> (<people or language>) - <kind of note>: <patient>", "<service> (<its
 * other-language name>) visit:", "<term> (<its short form>) - ...". English uses the bracket after a head word for an
 * apposition that renames or qualifies it (a gloss, a translation, a part, an abbreviation); the name rules read the
 * heading's word (a surname list holds many region and people names, or no list holds it and the safe-list test passes
 * it) and the gloss's word as names. heading-regions.ts drops such a heading when its words are a state-level unit, a
 * country or a language; this rule reads the bracket instead, whatever the heading's word.
 *
 * A person's line has the same outline ("<name> (<wife of ...>) - GDM", "<name> (DOB ...) - migraine"), so the gloss must
 * read as a gloss and the heading must not read as a person: the bracket opens on a capital letter and holds one to six
 * words with no digit, "@", title, role, relation or pronoun (what a bracket after a person holds: a date of birth, an
 * identifier, an age, a phone, a relation, a role); the heading is one to four capitalised words (or "of", "de" and the
 * like) that open the line after a bullet at most, none of them a given name, a title or a listed town (a town heading a
 * letter is written as PHI); at most three lower-case words stand between the bracket and the mark, none a verb of
 * what a person did ("rang", "called", "missed" ... as the safe-list rule reads them) or a past form; and the heading's
 * words are reported nowhere else in the note (a patient's name comes back, a heading's word does not). Then the NAME
 * spans inside the heading and inside the bracket are dropped, except a bracket span that holds a given name. Only NAME
 * spans: a place found in the bracket stays. Run on a note's final spans, in mixed-case notes with a bracket only; each
 * NAME span reads a window of 64 characters before it and 160 after its line's start, one parse per line.
 */
import { countryName } from './countries.js';
import { stateName } from './heading-regions.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { PERSON_STATE_AFTER, PERSON_VERB_AFTER } from './safe-list.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan } from './types.js';

const BACK = 64;
const AHEAD = 160;
// A heading that opens its line: a bullet or list number at most, one to four capitalised words (or name particles),
// an opening bracket, a gloss that opens on a capital, its closing bracket, up to three lower-case words, a colon or a
// spaced dash. Groups: 1 the heading, 2 the gloss, 3 the lower-case words.
const CAP = "\\p{Lu}[\\p{L}'\u2019.-]*";
const PARTICLE = '(?:of|and|de|del|da|do|du|la|le|el|al|van|von)';
const PARTICLE_WORD = new RegExp(`^${PARTICLE}$`);
const GLOSS_HEADING = new RegExp(
  `^[ \\t]*(?:(?:[-*\\u2022\\u00b7>]|\\d{1,2}[.)])[ \\t]+)?(${CAP}(?:[ \\t]+(?:${CAP}|${PARTICLE})){0,3})[ \\t]*\\((\\p{Lu}[^()\\n\\d@]{0,60})\\)((?:[ \\t]+\\p{Ll}[\\p{L}-]*){0,3})[ \\t]*(?::|[-\\u2013\\u2014][ \\t])`,
  'u',
);
// What a bracket after a person holds: a title, a role or a post, a relation, a pronoun, a person's standing.
const PERSON_WORDS = new RegExp(
  `(?:^|[^\\p{L}])(?:${TITLE_WORDS}|${ROLE_WORDS}|mother|father|mum|mom|dad|wife|husband|partner|son|daughter|sister|brother|aunt|auntie|uncle|niece|nephew|cousin|grandmother|grandfather|gran|granny|grandma|grandpa|parent|child|baby|infant|twin|carer|friend|neighbour|kin|nok|poa|lpa|executor|deceased|patient|pt|nurse|doctor|consultant|registrar|resident|fellow|intern|attending|surgeon|physician|midwife|matron|houseman|sho|spr|student|trainee|volunteer|advocate|keyworker|visitor|secretary|receptionist|assistant|clerk|manager|officer|lead|head|chief|director|coordinator|worker|teacher|retd|ret|jnr|snr|junior|senior|he|she|his|her|him|they|their|them|aka|nee|\\p{L}*(?:ologist|ician|iatrist|ographer|apist|ist))\\.?(?![\\p{L}])`,
  'iu',
);
const PAST = /^[ \t]*\p{Ll}+ed\b|^[ \t]*(?:is|was|has|had|here|will|would)\b/u;

/** The words of a piece of text, lower-cased, split at spaces, hyphens and apostrophes. */
const wordsOf = (s: string): string[] => s.toLowerCase().split(/[ \t'\u2019,/-]+/).filter(Boolean);

/** A glossed heading on the line that starts at `ls`: the ranges of its heading and its gloss, or undefined. */
interface Glossed { readonly headFrom: number; readonly headTo: number; readonly glossFrom: number; readonly glossTo: number }

function glossedHeading(text: string, ls: number, lex: Lexicon): Glossed | undefined {
  const line = text.slice(ls, ls + AHEAD);
  const m = GLOSS_HEADING.exec(line);
  if (!m) return undefined;
  const head = m[1] ?? '';
  const gloss = m[2] ?? '';
  const tail = m[3] ?? '';
  if (PERSON_WORDS.test(gloss) || PERSON_WORDS.test(head)) return undefined;
  // A town before its state or country ("<town> (<province>)") is where someone is: a state or country in the gloss
  // leaves the line as it is.
  const where = (gloss.split(',')[0] ?? '').trim();
  if (stateName(where) || countryName(where)) return undefined;
  if (tail !== '' && (PERSON_VERB_AFTER.test(tail) || PERSON_STATE_AFTER.test(tail) || tail.split(/[ \t]+/).some((w) => PAST.test(w)))) return undefined;
  const headWords = wordsOf(head);
  if (headWords.some((w) => lex.firstNames.has(w) || lex.places.has(w)) || lex.places.has(headWords.join(' '))) return undefined;
  const headFrom = ls + m.index + m[0].indexOf(head);
  const headTo = headFrom + head.length;
  const glossFrom = ls + m.index + m[0].indexOf('(', headTo - ls - m.index) + 1;
  return { headFrom, headTo, glossFrom, glossTo: glossFrom + gloss.length };
}

/** The start of the line that holds `at`, or -1 when it starts more than `BACK` characters before it. */
function lineStart(text: string, at: number): number {
  const from = Math.max(0, at - BACK);
  const nl = text.slice(from, at).lastIndexOf('\n');
  if (nl >= 0) return from + nl + 1;
  return from === 0 ? 0 : -1;
}

/**
 * The spans (sorted by start) without the NAME spans in a glossed heading and in its gloss (see the module header); in
 * a note without case or without a bracket, the spans as they are.
 */
export function dropHeadingGlosses(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  if (!mixed || !text.includes('(') || !spans.some((s) => s.type === 'NAME')) return [...spans];
  const lines = new Map<number, Glossed | undefined>();
  const drop = new Set<PhiSpan>();
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    const ls = lineStart(text, s.start);
    if (ls < 0) continue;
    if (!lines.has(ls)) lines.set(ls, glossedHeading(text, ls, lex));
    const g = lines.get(ls);
    if (g === undefined) continue;
    const inHead = s.start >= g.headFrom && s.end <= g.headTo;
    const inGloss = s.start >= g.glossFrom && s.end <= g.glossTo;
    if (inGloss && !wordsOf(text.slice(s.start, s.end)).some((w) => lex.firstNames.has(w))) drop.add(s);
    else if (inHead) drop.add(s);
  }
  if (drop.size === 0) return [...spans];
  // A heading's word that the note reports elsewhere is a person's name that comes back: keep the whole heading then.
  const elsewhere = new Set<string>();
  for (const s of spans) if (s.type === 'NAME' && !drop.has(s)) for (const w of wordsOf(text.slice(s.start, s.end))) elsewhere.add(w);
  const keep = new Set<number>();
  for (const [ls, g] of lines) {
    if (g !== undefined && wordsOf(text.slice(g.headFrom, g.headTo)).some((w) => w.length > 2 && !PARTICLE_WORD.test(w) && elsewhere.has(w))) keep.add(ls);
  }
  return spans.filter((s) => !drop.has(s) || keep.has(lineStart(text, s.start)));
}
