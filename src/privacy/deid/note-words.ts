/**
 * One scan of a note's words that lets a rule skip a keyword regex no word of the note can begin (issue 14: the
 * detector must stay at 1,000 notes/s, and a regex led by a long keyword alternation costs a try at every character of
 * every note, while the words it looks for stand in few notes). Each rule registers its alternation once (`wordGate`);
 * `withNoteWords` walks the note's ASCII letter runs once through a trie of every registered keyword and marks the
 * gates whose keyword opens one of them; `mayOpen` answers from that mark. A note with any character outside ASCII is
 * not indexed (every gate stays open), nor is any text other than the one being detected, so an answer is only ever
 * "perhaps" or a proven "no".
 *
 * What "no" proves: the keyword is read from the rule's regex source as the letters that every match of an alternative
 * starts with (`leads`), lower-cased, and only where the source shows that a match starts a letter run (a `\b`, a
 * lookbehind refusing a letter, or a non-letter before the first letter), or where the caller drops every match that a
 * letter stands before (`bounded`). A keyword whose letters the source follows with a certain non-letter (a blank, a
 * stop, `\b`, a lookahead refusing a letter) must be the whole run; otherwise it need only start it. Lookarounds match
 * no character and are passed over; an element the reader does not know ends the keyword, or leaves the gate open.
 * In ASCII text no pattern character outside ASCII matches, save U+017F and U+212A, which fold to s and k under the
 * `iu` flags: an alternative opened by one of those two leaves its gate always open.
 */

/** A registered alternation: its bit in the note's mark, or -1 for one that is always open. */
export interface WordGate { readonly bit: number }

/** One keyword read from a regex source: its leading letters, and whether they must be a whole letter run. */
export interface Lead { readonly key: string; readonly whole: boolean }

const ALWAYS: WordGate = { bit: -1 };
let gates = 0;
// The trie: 26 children per node (0 = none; node 0 is the root), and per node the gates a run starting with the node's
// letters opens (`prefixMask`) and those a run of exactly those letters opens (`wholeMask`).
let child = new Int32Array(26 * 256);
let prefixMask = new Int32Array(256);
let wholeMask = new Int32Array(256);
let nodes = 1;

function addKey(lead: Lead, bit: number): void {
  let node = 0;
  for (let i = 0; i < lead.key.length; i++) {
    const slot = node * 26 + lead.key.charCodeAt(i) - 97;
    if (child[slot] === 0) {
      if (nodes === prefixMask.length) grow();
      child[slot] = nodes++;
    }
    node = child[slot] ?? 0;
  }
  if (lead.whole) wholeMask[node] = (wholeMask[node] ?? 0) | (1 << bit);
  else prefixMask[node] = (prefixMask[node] ?? 0) | (1 << bit);
}

function grow(): void {
  const size = prefixMask.length * 2;
  const c = new Int32Array(26 * size);
  c.set(child);
  const p = new Int32Array(size);
  p.set(prefixMask);
  const w = new Int32Array(size);
  w.set(wholeMask);
  child = c;
  prefixMask = p;
  wholeMask = w;
}

/**
 * A gate for the regex source `source` (the rule's whole regex, so that what stands before and after its keywords is
 * read too): always open when an alternative has no leading letters to read or may match inside a word (`leads`).
 * At most 31 gates: later ones are always open.
 */
export function wordGate(source: string, bounded = false): WordGate {
  const found = leads(source, bounded);
  if (found === undefined || gates >= 31) return ALWAYS;
  const gate = { bit: gates++ };
  for (const lead of found) addKey(lead, gate.bit);
  return gate;
}

let noteText: string | undefined;
let noteMark = 0;

/** The gates a text's letter runs open, or undefined when it has a character outside ASCII. */
export function openGates(text: string): number | undefined {
  let mark = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128) return undefined;
    if (letterIndex(c) < 0) { i++; continue; }
    // A letter run starts at i: walk the trie as far as its letters go, then to the run's end.
    let node = 0;
    let j = i;
    for (; j < n; j++) {
      const k = letterIndex(text.charCodeAt(j));
      if (k < 0) break;
      node = node < 0 ? -1 : child[node * 26 + k] || -1;
      if (node > 0) mark |= prefixMask[node] ?? 0;
    }
    if (node > 0) mark |= wholeMask[node] ?? 0;
    i = j;
  }
  return mark;
}

const letterIndex = (c: number): number => (c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 97 : -1);

/**
 * Runs `detect` with `text`'s gates marked; the mark is dropped when it returns (no index outlives the call, none keeps
 * the text). Calls do not nest: an inner call's text is detected with every gate open.
 */
export function withNoteWords<T>(text: string, detect: () => T): T {
  if (noteText !== undefined) return detect();
  const mark = openGates(text);
  if (mark === undefined) return detect();
  noteText = text;
  noteMark = mark;
  try {
    return detect();
  } finally {
    noteText = undefined;
    noteMark = 0;
  }
}

/** False only when `text` is the note being detected and none of its letter runs opens `gate`. */
export function mayOpen(gate: WordGate, text: string): boolean {
  return gate.bit < 0 || noteText === undefined || noteText !== text || (noteMark & (1 << gate.bit)) !== 0;
}

// ---- Reading the leading letters of a regex source ----

/** The top-level alternatives of a regex source (split at `|` outside groups and classes). */
export function alternatives(src: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(src.slice(from, i)); from = i + 1; }
  }
  out.push(src.slice(from));
  return out;
}

/** The index of the `]` closing the class opened at `at`. */
function classEnd(src: string, at: number): number {
  let i = at + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  for (; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
  return i;
}

/** The index of the `)` closing the group opened at `at`. */
function groupEnd(src: string, at: number): number {
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return src.length;
}

/**
 * The keywords of every alternative of `src`, or undefined when one has no leading letter to read or may start inside a
 * word: before its first letter there must be a `\\b`, a lookbehind refusing a letter, or a character that is no letter,
 * unless `bounded` (the caller drops every match that a letter or digit stands before).
 */
export function leads(src: string, bounded = false): Lead[] | undefined {
  const out: Lead[] = [];
  for (const alt of alternatives(src)) {
    const found = leadsOf(alt, '', 0, bounded);
    if (found === undefined) return undefined;
    out.push(...found);
  }
  return out;
}

// What one element of a source can match in ASCII text: one lower-case letter, only non-letters, nothing, or unknown.
type Atom = { letter: string } | 'non-letter' | 'nothing' | 'unknown';

/**
 * The keywords of the alternative `alt` read on from `at`, `key` read so far, `bounded` once a word start is certain;
 * [] when the alternative cannot match ASCII text.
 */
function leadsOf(alt: string, key: string, at: number, bounded: boolean): Lead[] | undefined {
  if (at >= alt.length) return key === '' ? undefined : [{ key, whole: false }];
  const c = alt[at] ?? '';
  if (c === '(') {
    const end = groupEnd(alt, at);
    const q = alt[end + 1];
    if (q === '*' || q === '+' || q === '{' || (q === '?' && alt[end + 2] === '?')) return stop(key, false);
    // A lookaround matches no character: passed over, it only loosens the keyword; one refusing a letter is a boundary.
    const look = /^\(\?(?:=|!|<=|<!)/.exec(alt.slice(at, at + 4))?.[0];
    if (look !== undefined) {
      const refuses = (look === '(?!' || look === '(?<!') && refusesLetter(alt.slice(at + look.length, end));
      if (refuses && look === '(?!' && key !== '') return stop(key, true);
      return leadsOf(alt, key, end + 1, bounded || (refuses && look === '(?<!' && key === ''));
    }
    if (alt[at + 1] === '?' && !alt.startsWith('(?:', at)) return stop(key, false);
    const inner = alt.slice(at + (alt[at + 1] === '?' ? 3 : 1), end);
    const rest = alt.slice(end + (q === '?' ? 2 : 1));
    const out: Lead[] = [];
    // A group is its alternatives written in place; an optional group is also the source without it.
    const ways = alternatives(inner).map((a) => a + rest);
    if (q === '?') ways.push(rest);
    for (const w of ways) {
      const found = leadsOf(w, key, 0, bounded);
      if (found === undefined) return undefined;
      out.push(...found);
    }
    return out;
  }
  if (c === '\\' && alt[at + 1] === 'b') return key === '' ? leadsOf(alt, key, at + 2, true) : stop(key, true);
  const [atom, next] = readAtom(alt, at);
  const q = alt[next];
  if (q === '?' && atom !== 'unknown' && alt[next + 1] !== '?') {
    // An optional element: the alternative read without it and with it once.
    const without = leadsOf(alt, key, next + 1, bounded);
    const once = leadsOf(alt.slice(0, next) + alt.slice(next + 1), key, at, bounded);
    return without === undefined || once === undefined ? undefined : [...without, ...once];
  }
  if (q === '*' && atom === 'non-letter' && alt[next + 1] !== '?') {
    // Non-letters any number of times: none (read on), or at least one, which ends the word.
    const without = leadsOf(alt, key, next + 1, bounded);
    const once = key === '' ? leadsOf(alt, key, next + 1, true) : stop(key, true);
    return without === undefined || once === undefined ? undefined : [...without, ...once];
  }
  if (atom === 'unknown' || q === '?' || q === '*' || (q === '{' && alt[next + 1] === '0')) return stop(key, false);
  // A character outside ASCII never matches here, so this alternative never does.
  if (atom === 'nothing') return [];
  if (atom === 'non-letter') {
    if (key !== '') return stop(key, true);
    // A blank or stop before the keyword: the keyword starts a word. Read on past the atom and its count.
    const after = q === '+' ? next + 1 : q === '{' ? alt.indexOf('}', next) + 1 : next;
    return after > 0 ? leadsOf(alt, key, after, true) : undefined;
  }
  if (key === '' && !bounded) return undefined;
  if (q === '+' || q === '{') return stop(key + atom.letter, false);
  return leadsOf(alt, key + atom.letter, next, bounded);
}

/** Whether a lookaround's body refuses a letter right there: one of its alternatives is a class holding every letter. */
function refusesLetter(body: string): boolean {
  return alternatives(body).some((a) => /^\[(?!\^)(?:[^\]\\]|\\.)*\]$/.test(a) && /\\p\{L\}|\\w|A-Za-z|a-zA-Z/.test(a));
}

/** The keyword read so far: a whole run when a certain non-letter follows it; undefined when none was read. */
const stop = (key: string, whole: boolean): Lead[] | undefined => (key === '' ? undefined : [{ key, whole }]);

const FOLDS_TO_ASCII = new Set([0x17f, 0x212a]);

/** One element of a source at `at` (a character, an escape or a class) and the index after it. */
function readAtom(src: string, at: number): [Atom, number] {
  const c = src[at] ?? '';
  if (c === '[') {
    const end = classEnd(src, at);
    return [classAtom(src.slice(at + 1, end)), end + 1];
  }
  if (c === '\\') {
    const e = src[at + 1] ?? '';
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(at + 2, at + 6))) return [codeAtom(parseInt(src.slice(at + 2, at + 6), 16)), at + 6];
    if ('.-/ tnr\'"#:,;&()?*+'.includes(e) || e === 'd' || e === 's') return ['non-letter', at + 2];
    return ['unknown', at + 2];
  }
  if ('.^$|)]{}*+?'.includes(c)) return ['unknown', at + 1];
  const code = c.charCodeAt(0);
  // A character outside the basic plane is two code units.
  return [codeAtom(code), at + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)];
}

function codeAtom(code: number): Atom {
  if (FOLDS_TO_ASCII.has(code)) return 'unknown';
  if (code >= 128) return 'nothing';
  const k = letterIndex(code);
  return k < 0 ? 'non-letter' : { letter: String.fromCharCode(97 + k) };
}

/** A class's atom: one letter (in either case, with characters outside ASCII beside it), only non-letters, or unknown. */
function classAtom(body: string): Atom {
  if (body.startsWith('^') || body === '') return 'unknown';
  let letter: string | undefined;
  let other = false;
  for (let i = 0; i < body.length;) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      // A range: only non-letters when it holds no ASCII letter and neither character folding to one.
      const [lo, hi] = [body.charCodeAt(i), body.charCodeAt(i + 2)];
      if (body[i] === '\\' || body[i + 2] === '\\' || lo > hi) return 'unknown';
      const letters = [[65, 90], [97, 122], [0x17f, 0x17f], [0x212a, 0x212a]].some(([a = 0, b = 0]) => lo <= b && hi >= a);
      if (letters) return 'unknown';
      if (lo < 128) other = true;
      i += 3;
      continue;
    }
    const [atom, next] = readAtom(body, i);
    if (atom === 'unknown') return 'unknown';
    if (atom === 'non-letter') other = true;
    else if (atom !== 'nothing') {
      if (letter !== undefined && letter !== atom.letter) return 'unknown';
      letter = atom.letter;
    }
    i = next;
  }
  if (letter !== undefined) return other ? 'unknown' : { letter };
  return other ? 'non-letter' : 'nothing';
}
