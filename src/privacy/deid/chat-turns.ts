/**
 * The speakers of a chat or message export (issue 14, session 42): each turn opens a line (or follows a bracketed tag
 * such as "[chat]" or a clock time) with the writer's handle and a colon, then the message ("jojo: bed 12 pulled his
 * ng out", "saskia: ok.", "[chat] priyamvadha: is bed 7 ok", "nadia.k: anyone seen..."). A handle there is a person's
 * given name, short form or user name, written the way chat writes it: in lower case. A general convention of chat and
 * message transcripts (the speaker label of each turn), not a wording read from a note.
 * Forms and letters open lines with labels and a colon too ("Patient:", "Plan:", and in other languages "Pacijent:",
 * "Anamneza:"), written with a capital and often in no English list, so a turn counts only when the handle is in lower
 * case (or a capitalised given name that a given-name list holds and no English or clinical list does), and the text
 * must have two turns or more: one lower-case word before a colon is as often a note-to-self label ("bleep:",
 * "mobile:"). A handle must read as a name: a listed given name or surname on no English list, or a word of three
 * letters or more on no list at all (English, clinical, medicine, eponym) and no one-edit typo of a known word; a user
 * name's dotted tail ("nadia.k", "r.mcguckian") is read by its longest part.
 * Pure; a text with no colon followed by a blank is skipped unread.
 */
import { IN_CLINICAL, IN_COMMON, IN_EPONYMS, IN_FIRST, IN_MEDICAL, IN_SURNAMES, inWordLists, oneEditFromKnown, wordFlags, type Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

// A turn: a line's start (or a bracketed tag), perhaps a tag and a clock time, the handle, a colon, a blank, the message.
const TURN = /(?:^|\n|\][ \t])[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:\d{1,2}[:.]\d\d(?:[ \t]?[ap]m)?[ \t,-]{1,3})?([A-Za-z][A-Za-z'\u2019-]*(?:\.[A-Za-z][A-Za-z'\u2019-]*)?)[ \t]?:[ \t]+(?=\S)/g;
// The fewest turns that make a conversation.
const MIN_TURNS = 2;

/** Whether a handle reads as a person's (module header). */
function handle(raw: string, lex: Lexicon): boolean {
  const lower = raw === raw.toLowerCase();
  const parts = raw.toLowerCase().split('.');
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const f = wordFlags(lex, longest);
  const listedName = (f & (IN_FIRST | IN_SURNAMES)) !== 0 && (f & (IN_COMMON | IN_CLINICAL | IN_MEDICAL | IN_EPONYMS)) === 0;
  if (!lower) return parts.length === 1 && /^[A-Z][a-z'\u2019-]+$/.test(raw) && (f & IN_FIRST) !== 0 && listedName;
  if (listedName) return true;
  // Every part of a dotted handle must be no word ("pt.notes" is none); the longest carries the name.
  if (parts.some((p) => p.length > 1 && inWordLists(lex, p))) return false;
  return longest.length >= 3 && !oneEditFromKnown(lex, longest, 4);
}

/** Push a NAME span for each turn's handle in a text of two turns or more (module header). */
export function detectChatTurns(text: string, lex: Lexicon, push: Push): void {
  if (!text.includes(': ') && !text.includes(':\t')) return;
  const turns: [number, number][] = [];
  for (const m of text.matchAll(TURN)) {
    const raw = m[1] as string;
    if (!handle(raw, lex)) continue;
    const end = (m.index ?? 0) + m[0].length;
    const start = text.lastIndexOf(raw, end);
    turns.push([start, start + raw.length]);
  }
  if (turns.length < MIN_TURNS) return;
  for (const [s, e] of turns) push(s, e, 'NAME');
}
