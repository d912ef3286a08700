/**
 * A place written as a clause of its own (issue 14, thirty-sixth session), read on the final spans of a text that
 * already names a person. Records list their parts in clauses, and there a place often stands with no cue word of its
 * own: its slot in the list is the evidence, so only a slot whose order is fixed is read.
 * - A title line's last part: a record's title runs from the general to the particular, the event or setting first and
 *   the place last ("<event> - <setting>, <Place>", "<setting>, <Place> (<people>):"), the header order of HL7 CDA
 *   and of clinic and sign-in sheets (document, then custodian or location, then the patient; heading-places.ts reads
 *   the same order when a found person opens the value after the colon). Read when the part after the title's last
 *   comma is one to four capitalised words of a cased script that end the title (the line's end or its first colon),
 *   a bracket of a few words after them allowed, and a word stands right before that comma (the setting's noun,
 *   "clinic", "note", "ticket", or a facility's name before its town; not a number). The title is the line before
 *   its first colon, with no semicolon in it, at most `TITLE_MAX` characters. (Thirty-ninth session) The part may
 *   follow the title's last spaced dash instead (" - ", " – ", " — ", later than any comma) when a lower-case word
 *   ends right before the dash: the event or setting written in running words, then the place ("Outreach list -
 *   <Place>:", "Rescue card - <Place>:", the same general-to-particular order with a dash for the comma). A
 *   capitalised word or a bracket before the dash is the other order, a region then the kind of note ("<Region>
 *   (<people>) - <kind of note>:", heading-glosses.ts), and is not read. A part that found person or place spans lie
 *   inside (none reaching out of it) is one name all the same, so those spans grow over the whole part, of the type
 *   the detector gave the first of them: a rule read one word of the part (a town's first word, a hospital's name
 *   without its town) and left the rest of the name readable.
 * - The next part after a found place's comma (thirty-seventh session): an address and an English place apposition
 *   run from the particular to the general, each part after the last one's comma (premises, street, locality, town,
 *   region: the address line order of UPU's S42 standard; "in Orrebek Green, Tolvennic", "at the Harbour Inn, Port
 *   Quell"), so one to three capitalised words right after a found LOCATION and its comma, ending the clause (a comma,
 *   stop, semicolon, colon, closing bracket or the line's end), are the next, larger place; a part so read is read the
 *   same way, so a chain is followed to its end. The found place before it already flags the note, so this part
 *   needs no person in it.
 *
 * Each part must read as a place's name (locative-places.ts' `placeRun`): no country, language, people or US state
 * (Safe Harbor keeps them), no month or weekday of any ICU locale, no title or role first, no generic organisation,
 * home or department word, no clinical or medical word; and one of its words is on no English, clinical, medical or
 * eponym list (the title part only; a part after a found place has that place as its evidence, and a single word
 * there must still be on no English list). A part a found span touches is left. It runs after every other step
 * (`detectPhi`, `detectPhiForPatient`): the title part only on a text whose final spans still hold a NAME, the next
 * part only after a LOCATION among them, so it never flags a text the detector left unflagged. Each scan is bounded by
 * its line or a fixed window; spans are looked up by locative-places.ts' binary search (`touches`).
 */
import type { CaseMode } from './letter-case.js';
import { IN_WORD_LISTS, wordFlags, type Lexicon } from './lexicon.js';
import { placeRun, touches } from './locative-places.js';
import { lowerBound } from './lower-bound.js';
import type { PhiSpan } from './types.js';

// One to four capitalised words of a cased script after a separator, the particles that join a place's words between
// them (never first or last).
const WORD = String.raw`\p{Lu}(?:['\u2019]\p{Lu})?[\p{Ll}\p{M}'\u2019]+(?:-\p{Lu}[\p{Ll}\p{M}'\u2019]+)*`;
const PARTICLES = 'de|del|della|la|da|do|das|dos|di|du|des|al|el';
const RUN = new RegExp(String.raw`^[ \t]{1,2}(${WORD}(?:[ \t](?:(?:${PARTICLES})[ \t])?${WORD}){0,3})`, 'u');
// The longest title read, and what may stand after its last part: a bracket of a few words ("(Yolŋu)"), then nothing.
const TITLE_MAX = 160;
const TITLE_TAIL = /^(?:[ \t]*\([^()\n:;]{1,40}\))?[ \t]*$/;
// A word ends right before the title's last comma (the setting's noun or a facility's name), no number or bracket.
const WORD_BEFORE = /^[\p{L}\p{M}]$/u;
// A lower-case word of two letters or more ends right before a title's spaced dash (a space or bracket before it).
const LOWER_BEFORE_DASH = /(?:^|[ \t(])\p{Ll}[\p{Ll}\p{M}]+[ \t]$/u;
// Kinds of document or record entry (LOINC Document Ontology kinds of document, and the record entries of care
// notes): a title part holding one names the document, not a place ("Handover Notes", "Transfer Summary").
const DOCUMENT_KIND = new Set(('note notes summary letter report consult consultation referral plan list log sheet form record ' +
  'records chart card checklist certificate request order handover handoff').split(' '));
// A text-wide pre-check for a spaced dash of any kind before any title is searched for one.
const SPACED_DASH = / [-\u2013\u2014] /;
// The next place after a found place's comma: one to three capitalised words (a particle between), then the clause's end.
const NEXT_PLACE = new RegExp(String.raw`^,[ \t]{1,2}(${WORD}(?:[ \t](?:(?:${PARTICLES})[ \t])?${WORD}){0,2})(?=[ \t]*(?:[,;.:)]|\r?\n|$))`, 'u');
const NEXT_WINDOW = 80;

/** Whether a word is on no English, clinical, medical or eponym list (each hyphen part, a possessive left off). */
function unlistedWord(w: string, lex: Lexicon): boolean {
  return w.toLowerCase().split('-').every((part) => (wordFlags(lex, part.replace(/['\u2019]s$/, '')) & IN_WORD_LISTS) === 0);
}

/** Where a line's title ends: its first colon, or the line's end; -1 when a semicolon comes first. */
function titleEnd(text: string, from: number, lineEnd: number): number {
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return i;
    if (c === 59) return -1;
  }
  return lineEnd;
}

/**
 * Where a title's last part begins (the index of its separator), or -1: after the title's last comma when a word ends
 * right before it, or (thirty-ninth session) after a spaced dash, later than any comma, when the title before the dash
 * ends on a lower-case word (the event or setting in running words, "Remote clinic - <Place>:"; a capitalised word or a
 * bracket there is a region or a heading, "<Region> (<people>) - <kind of note>:").
 */
function titleCut(text: string, at: number, end: number, dashes: boolean): number {
  const comma = text.lastIndexOf(',', end - 1);
  const dashAt = dashes ? lastSpacedDash(text, Math.max(at, comma + 1), end) : -1;
  if (dashAt > comma) return LOWER_BEFORE_DASH.test(text.slice(at, dashAt)) ? dashAt : -1;
  return comma > at && WORD_BEFORE.test(text[comma - 1] ?? '') ? comma : -1;
}

/** The index of the dash of the last spaced dash (" - ", " – ", " — ") in `text[from, end)`, or -1. */
function lastSpacedDash(text: string, from: number, end: number): number {
  for (let i = end - 2; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 0x2013 || c === 0x2014) && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32) return i;
  }
  return -1;
}

/**
 * The found spans that overlap `[start, stop)`, when every one of them is a NAME or a LOCATION that lies inside it (none,
 * an empty list); undefined when one reaches outside it or is of another type. `sorted` by start; a bounded look back.
 */
function spansWithin(sorted: readonly PhiSpan[], start: number, stop: number): PhiSpan[] | undefined {
  const lo = lowerBound(sorted.length, (i) => (sorted[i]?.start ?? 0) < stop);
  const inner: PhiSpan[] = [];
  for (let i = lo - 1; i >= 0 && i >= lo - 32; i--) {
    const s = sorted[i];
    if (s === undefined || s.end <= start) continue;
    if (s.start < start || s.end > stop || (s.type !== 'NAME' && s.type !== 'LOCATION')) return undefined;
    inner.unshift(s);
  }
  return inner;
}

/** Push into `added` the last part of each title line that reads as a place (see the module header). */
function titleParts(sorted: readonly PhiSpan[], text: string, lex: Lexicon, added: PhiSpan[], dashes: boolean, dropped: Set<PhiSpan>): void {
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? text.length : nl;
    const end = titleEnd(text, at, Math.min(lineEnd, at + TITLE_MAX + 1));
    if (end > at && end - at <= TITLE_MAX) {
      const cut = titleCut(text, at, end, dashes);
      const m = cut > at ? RUN.exec(text.slice(cut + 1, end)) : null;
      if (m) {
        const run = m[1] as string;
        const start = cut + 1 + m[0].length - run.length;
        const stop = start + run.length;
        const inner = TITLE_TAIL.test(text.slice(stop, end)) ? spansWithin(sorted, start, stop) : undefined;
        const whole = inner?.length === 1 && inner[0]?.start === start && inner[0].end === stop;
        if (inner && !whole && placeRun(run, '', lex) && run.split(/[ \t]+/).some((w) => /^\p{Lu}/u.test(w) && unlistedWord(w, lex)) &&
          !run.split(/[ \t]+/).some((w) => DOCUMENT_KIND.has(w.toLowerCase()))) {
          // A part a found person or place lies inside is one name (thirty-ninth session): the span grows over it whole,
          // of the type the detector gave it.
          for (const s of inner) dropped.add(s);
          added.push({ start, end: stop, type: inner[0]?.type ?? 'LOCATION' });
        }
      }
    }
    at = lineEnd + 1;
  }
}

/**
 * Push into `added` the place right after each found LOCATION's comma that reads as a place and ends its clause (see
 * the module header); a place so added is read the same way, so a chain of parts is followed to its end.
 */
function nextPlaces(sorted: readonly PhiSpan[], text: string, lex: Lexicon, added: PhiSpan[]): void {
  const queue = sorted.filter((s) => s.type === 'LOCATION' && text.charCodeAt(s.end) === 44);
  for (let i = 0; i < queue.length && i < 256; i++) {
    const at = queue[i]?.end ?? 0;
    const m = NEXT_PLACE.exec(text.slice(at, at + NEXT_WINDOW));
    if (!m) continue;
    const run = m[1] as string;
    const start = at + m[0].length - run.length;
    const stop = start + run.length;
    if (touches(sorted, start, stop) || added.some((s) => s.start < stop && s.end > start) || !placeRun(run, '', lex)) continue;
    const place: PhiSpan = { start, end: stop, type: 'LOCATION' };
    added.push(place);
    if (text.charCodeAt(stop) === 44) queue.push(place);
  }
}

/**
 * The final spans with a LOCATION added for each place written as a clause of its own (see the module header); the
 * same array when none is. `spans` are a text's final spans; `text` is accent-folded.
 */
export function withClausePlaces(spans: readonly PhiSpan[], text: string, lex: Lexicon, mode: CaseMode): readonly PhiSpan[] {
  if (mode !== 'mixed') return spans;
  const dashes = SPACED_DASH.test(text);
  if (!dashes && !text.includes(',')) return spans;
  const named = spans.some((s) => s.type === 'NAME');
  if (!named && !spans.some((s) => s.type === 'LOCATION')) return spans;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const added: PhiSpan[] = [];
  const dropped = new Set<PhiSpan>();
  if (named) titleParts(sorted, text, lex, added, dashes, dropped);
  const kept = dropped.size === 0 ? sorted : sorted.filter((s) => !dropped.has(s));
  nextPlaces(kept, text, lex, added);
  return added.length === 0 ? spans : [...kept, ...added].sort((a, b) => a.start - b.start);
}
