/**
 * Clinical terms named after places or people with more than one word (issue 14, twenty-fifth session): "Rift Valley
 * fever", "Murray Valley encephalitis", "Rocky Mountain spotted fever". The name and place detectors read the capitalised
 * words as a person or a town; the clinical vocabularies (ICD-10-CM, Disease Ontology, HPO, Mondo; compiled into
 * `lexicons/proper-terms.txt` by `lexicons/import-proper-terms.ts`) hold the whole term, capitals and lower-case head
 * together, and a person or a place is not written straight before that head. A NAME or LOCATION span that lies inside
 * the capitalised words of such a term, written out in full in the text, is part of the term and no one.
 */
import { PROPER_TERMS } from './lexicons/data.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

/** A term or a run of text folded as the compiled list is: lower case, "ae"/"oe" as "e", "'s" dropped, words joined by "_". */
export function properTermKey(words: string): string {
  return words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\u2019]s\b/g, '')
    .replace(/ae/g, 'e').replace(/oe/g, 'e').trim().split(/[ \t]+/).join('_');
}

let terms: ReadonlySet<string> | undefined;
// A run of capitalised words (hyphen parts and a possessive allowed) on one line, and the lower-case words after it.
const CAPITAL_WORD = /[A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['\u2019]s)?/y;
const LOWER_AFTER = /^[ \t]([a-z]+)(?:[ \t]([a-z]+))?(?:[ \t]([a-z]+))?/;

/**
 * Where the run of capitalised words that holds [start, end) begins and ends: -1 when the span is not inside one, or a
 * title stands before the run or one of its words ("Dr Rift Valley").
 */
function capitalRun(text: string, start: number, end: number): [number, number] {
  let from = start;
  // Back over the capitalised words before the span, at most three; a title there makes the words a person's name.
  for (let k = 0; k < 4; k++) {
    if (TITLE_BEFORE.test(text.slice(Math.max(0, from - 6), from))) return [-1, -1];
    const m = /([A-Z][a-z]+(?:-[A-Z][a-z]+)*(?:['\u2019]s)?)[ \t]$/.exec(text.slice(Math.max(0, from - 40), from));
    if (!m || k === 3) break;
    from -= m[0].length;
  }
  let to = from;
  for (let k = 0; k < 5; k++) {
    CAPITAL_WORD.lastIndex = to;
    const m = CAPITAL_WORD.exec(text);
    if (!m) break;
    to = CAPITAL_WORD.lastIndex;
    if (!/^[ \t][A-Z]/.test(text.slice(to, to + 2))) break;
    to += 1;
  }
  return to >= end && from <= start ? [from, to] : [-1, -1];
}

/**
 * Whether a NAME or LOCATION span lies inside the capitalised words of a clinical term written out in full ("[Murray
 * Valley] encephalitis", "Rift [Valley] fever"). A title before the run makes it a person's name (`capitalRun`).
 */
export function inProperTerm(s: PhiSpan, text: string): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const [from, to] = capitalRun(text, s.start, s.end);
  if (from < 0) return false;
  const lower = LOWER_AFTER.exec(text.slice(to, to + 48));
  if (!lower) return false;
  terms ??= new Set(PROPER_TERMS.split(' '));
  const run = text.slice(from, to);
  // The capitalised words may start later in the run than its first word ("Place-named: Rift Valley fever").
  const starts = [0, ...[...run.matchAll(/[ \t]/g)].map((m) => (m.index ?? 0) + 1)].filter((i) => from + i <= s.start);
  let tail = '';
  for (const word of lower.slice(1)) {
    if (word === undefined) break;
    tail += ` ${word}`;
    if (starts.some((i) => terms?.has(properTermKey(run.slice(i) + tail)))) return true;
  }
  return false;
}
