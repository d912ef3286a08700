/**
 * Section detection: finds headers such as "HPI:", "Past Medical History:", "FAMILY HISTORY" or
 * "Physical Exam:" and splits the note into sections. The section a finding sits in changes how it is
 * read: family-history findings belong to relatives, past-medical-history findings are historical.
 */

export type SectionKind =
  | 'none' | 'chief-complaint' | 'hpi' | 'pmh' | 'medications' | 'allergies' | 'fh' | 'sh' | 'ros' | 'exam'
  | 'results' | 'assessment' | 'plan';

/** Header phrases (lower case) and the section each opens. Our own list. */
export const HEADERS: readonly (readonly [SectionKind, readonly string[]])[] = [
  ['chief-complaint', ['chief complaint', 'cc', 'reason for visit', 'reason for admission', 'presenting complaint']],
  ['hpi', ['hpi', 'history of present illness', 'history of the present illness', 'present illness', 'interval history', 'subjective', 'history']],
  ['pmh', ['pmh', 'pmhx', 'past medical history', 'medical history', 'past history', 'past medical and surgical history', 'past medical/surgical history', 'past surgical history', 'psh', 'surgical history', 'problem list', 'active problems']],
  ['medications', ['medications', 'meds', 'current medications', 'home medications', 'medications on admission', 'admission medications', 'discharge medications']],
  ['allergies', ['allergies', 'allergy', 'drug allergies']],
  ['fh', ['fh', 'fhx', 'family history', 'family hx', 'family medical history']],
  ['sh', ['sh', 'shx', 'social history', 'social hx']],
  ['ros', ['ros', 'review of systems', 'systems review']],
  ['exam', ['physical exam', 'physical examination', 'exam', 'examination', 'pe', 'vital signs', 'vitals', 'objective', 'exam on admission', 'admission exam']],
  ['results', ['labs', 'laboratory', 'laboratory data', 'laboratory results', 'results', 'pertinent results', 'imaging', 'studies', 'diagnostics', 'data']],
  ['assessment', ['assessment', 'impression', 'assessment and plan', 'assessment/plan', 'a/p', 'a&p', 'diagnosis', 'diagnoses', 'differential diagnosis', 'ddx', 'clinical impression']],
  ['plan', ['plan', 'recommendations', 'disposition', 'follow up', 'follow-up', 'discharge instructions', 'instructions']],
];

const KIND_BY_HEADER = new Map<string, SectionKind>();
for (const [kind, names] of HEADERS) for (const name of names) KIND_BY_HEADER.set(name, kind);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\t]+');
}

// A header starts a line (or follows a sentence end or a run of spaces) and ends in a colon, or stands
// alone on its line in capitals. Alternatives longest first, so "family history" beats "history".
// Every quantifier is bounded or anchored on a header word, so the scan stays linear in the text length.
// A look-ahead for the headers' first letters comes first: the scan rejects most positions on one character
// before trying the look-behind and the alternatives (about a sixth faster on a short note; same matches).
const HEADER_FIRST = [...new Set([...KIND_BY_HEADER.keys()].map((k) => escapeRe(k.charAt(0))))].sort().join('');
// Tried only at the offsets `clauseStarts` finds (where the look-behind can hold), sticky: the same matches as a
// global scan, without running the pattern at every offset of the note.
const HEADER_RE = new RegExp(
  `(?=[${HEADER_FIRST}])(?<=^|\\s\\s|[.!?]\\s)(${[...KIND_BY_HEADER.keys()].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![A-Za-z0-9])(?:[ \\t]{0,8}:|(?=[ \\t]{0,8}(?:\\r?\\n|$)))`,
  'imy',
);
/** The headers' first two chars, either case. */
const HEADER_OPENS = openingTable(KIND_BY_HEADER.keys(), true);

/**
 * The ASCII char codes a match may open with: bit 1 its first char, bit 2 its second. Read from the names a pattern
 * alternates (each of two chars or more), both cases of a letter when `fold` (the `i` flag: without `u` it never folds a
 * char above 127 to ASCII, so no other char can stand for one), a space as a space or a tab (`escapeRe`). Undefined
 * when a name opens with a char above 127 (then every offset is tried).
 */
function openingTable(names: Iterable<string>, fold: boolean): Uint8Array | undefined {
  const table = new Uint8Array(128);
  const allow = (ch: string, bit: number): boolean => {
    const codes = ch === ' ' ? [32, 9] : fold ? [ch.toLowerCase(), ch.toUpperCase()].map((x) => x.charCodeAt(0)) : [ch.charCodeAt(0)];
    if (codes.some((c) => c > 127)) return false;
    for (const c of codes) table[c] = (table[c] as number) | bit;
    return true;
  };
  for (const name of names) if (name.length < 2 || !allow(name.charAt(0), 1) || !allow(name.charAt(1), 2)) return undefined;
  return table;
}

/** May a match open at `at`? (Its first two chars are in `table`; a pass when there is no table.) */
function mayOpen(table: Uint8Array | undefined, text: string, at: number): boolean {
  if (table === undefined) return true;
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1); // NaN past the end: no match of two chars fits there
  return c0 < 128 && c1 < 128 && ((table[c0] as number) & 1) !== 0 && ((table[c1] as number) & 2) !== 0;
}

/** Is char code `c` white space as a pattern's `\s` reads it? */
function isReSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The offsets, ascending, where a header or a label may start: where `(?<=^|\s\s|[.!?]\s)` holds with the
 * multiline flag (the note's start, after a line break, after two white-space characters, after a sentence mark
 * and a white-space character). One pass over the char codes.
 */
function clauseStarts(text: string): number[] {
  const out: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 32 && c < 0xa0) || !isReSpace(c)) continue;
    const b = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || isReSpace(b) || b === 46 || b === 33 || b === 63) out.push(i + 1);
  }
  return out;
}

/**
 * The matches of a sticky pattern that starts with `(?<=^|\s\s|[.!?]\s)` (multiline), in text order: tried at
 * each of the text's clause starts (`starts`) at or after the previous match's end whose first two chars may open
 * a match (`opens`, `openingTable`), so the same matches as a global scan.
 */
function clauseMatches(re: RegExp, opens: Uint8Array | undefined, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (const at of starts) {
    // Most clause starts open no header or label: two char reads spare the pattern's run there.
    if (at < after || at >= text.length || !mayOpen(opens, text, at)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    after = at + m[0].length;
    out.push(m);
  }
  return out;
}

export interface Section {
  readonly kind: SectionKind;
  /** Offsets of the header text itself (empty for the implicit first section). */
  readonly headerStart: number;
  readonly headerEnd: number;
  /** The section's content runs from `headerEnd` to `end`. */
  readonly end: number;
}

/** Split `text` into sections, in order. Text before the first header is a section of kind `none`. */
export function findSections(text: string): Section[] {
  return sectionsOf(text, clauseStarts(text));
}

/** `findSections` from the text's clause starts. */
function sectionsOf(text: string, starts: readonly number[]): Section[] {
  const out: { kind: SectionKind; headerStart: number; headerEnd: number }[] = [{ kind: 'none', headerStart: 0, headerEnd: 0 }];
  for (const m of clauseMatches(HEADER_RE, HEADER_OPENS, text, starts)) {
    const name = m[1] as string;
    const colon = m[0].endsWith(':');
    // Without a colon a header must be written in capitals ("FAMILY HISTORY"), or ordinary lines
    // ending in "history" would open sections.
    if (!colon && name !== name.toUpperCase()) continue;
    // The spaces are folded only when a header has a tab or a run of spaces (the replace scans and copies).
    const lower = name.toLowerCase();
    const kind = KIND_BY_HEADER.get(lower.includes('\t') || lower.includes('  ') ? lower.replace(/[ \t]+/g, ' ') : lower);
    if (kind === undefined) continue;
    out.push({ kind, headerStart: m.index, headerEnd: m.index + m[0].length });
  }
  // Fields spelled out, not spread: the spread copy cost about 5% of reading a short note (profiled).
  return out.map((s, i) => ({ kind: s.kind, headerStart: s.headerStart, headerEnd: s.headerEnd, end: i + 1 < out.length ? (out[i + 1] as { headerStart: number }).headerStart : text.length }));
}

// Any other label in capitals ("EXTREMITIES:", "REFERRING DIAGNOSIS:") starts a new clause but keeps the section.
// The leading (?=[A-Z]) only fails fast: a label starts with a capital anyway.
const LABEL_RE = /(?=[A-Z])(?<=^|\s\s|[.!?]\s)[A-Z][A-Z/&()-]{1,30}(?:[ \t][A-Z/&()-]{1,30}){0,4}[ \t]{0,4}:/my;
/** A label opens with a capital and one of `[A-Z/&()-]` (no `i` flag). */
const LABEL_OPENS = openingTable([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].flatMap((a) => [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ/&()-'].map((b) => a + b)), false);

/**
 * A note's sections (as `findSections` gives them) and its sentence-break offsets in ascending order: each section
 * header's start and end, and each capitalised label's start and end (a header that is also a label gives its
 * bounds twice). One scan of the text for clause starts serves both patterns (the scan is a pass over every char
 * code of the note).
 */
export function sectionsAndBreaks(text: string): { readonly sections: Section[]; readonly breaks: number[] } {
  const starts = clauseStarts(text);
  const sections = sectionsOf(text, starts);
  return { sections, breaks: breaksOf(sections, clauseMatches(LABEL_RE, LABEL_OPENS, text, starts)) };
}

/**
 * The header bounds and the label bounds merged in ascending order. Each list is ascending already (matches
 * in text order, each ending before the next starts), so a merge, not a sort.
 */
function breaksOf(sections: readonly Section[], labels: readonly RegExpExecArray[]): number[] {
  const heads: number[] = [];
  for (const s of sections) if (s.headerEnd > s.headerStart) heads.push(s.headerStart, s.headerEnd);
  const out: number[] = [];
  let h = 0;
  const add = (at: number): void => {
    while (h < heads.length && (heads[h] as number) <= at) out.push(heads[h++] as number);
    out.push(at);
  };
  for (const m of labels) {
    add(m.index);
    add(m.index + m[0].length);
  }
  while (h < heads.length) out.push(heads[h++] as number);
  return out;
}
