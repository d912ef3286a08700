/**
 * A name-shaped word that fills a cell of a reference table is no person (issue 14, precision; deid-clean41, session
 * 42). A table row lists one entity's attributes cell by cell: a register's row gives a person's date, time, record
 * number, age and sex, bed or row number, or the name of the nurse or doctor, while a reference table's row gives a
 * score, rule, method or brand with its numbers, ranges, units and clinical words ("| Wells | -2 to 12.5 | PE/DVT |",
 * "| Combined pill | Microgynon, Rigevidon, Yasmin | 7% |"). A NAME span is dropped when it fills its cell (alone, with
 * at most one bracketed gloss, or as whole items of a comma list of three or more short items: a list of brands, not
 * "SURNAME, Given") and the row's other cells hold only reference content: numbers and their signs, ranges and units,
 * lower-case words, all-capital abbreviations, and capitalised words of the English, clinical, medical or eponym lists.
 * Any sign of a person's row keeps it: another reported span outside the cell, a title, role or kin word, a clock time,
 * a numeric date, a run of four digits (a phone, bleep, record or year), a code of letters and three or more digits,
 * an age with a sex, or a bare number in a cell before the name's (a row number, a bed, a player's number). The shape
 * was counted on read letters (docs/sessions/42-deid-clean41.md). Cheap: only a line holding two pipes or two tabs.
 */
import { lineCells } from './age-tables.js';
import { PERSON_WORD } from './coordination.js';
import { DAY, MONTH_NUMBER } from './date-fields.js';
import { inWordLists, type Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';

/** One cell of a row: its text's place in the note, trimmed. */
interface Cell { readonly start: number; readonly end: number }

// Signs of a person's row anywhere in it (the cell under judgement excepted for the span's own words): a clock time, a
// day and month written in numbers (a range "2-4" or a decimal "12.5" is no date: a slash, or three dotted parts), an
// English month or weekday (abbreviated or whole, capitalised), four digits in a run, an age with a sex.
const CLOCK = /(?<!\d)(?:[01]?\d|2[0-3])[:h][0-5]\d(?!\d)/;
const NUMERIC_DATE = new RegExp(`(?<![\\d.])${DAY}/${MONTH_NUMBER}(?![\\d.])|(?<!\\d)\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}(?!\\d)`);
const CALENDAR_WORD = /(?<![A-Za-z])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?![A-Za-z])/;
const FOUR_DIGITS = /\d{4}/;
const AGE_SEX = /(?<![A-Za-z])[MF] ?\/? ?\d{1,3}(?!\d)|(?<!\d)\d{1,3} ?[MF](?![A-Za-z])/;
const BARE_NUMBER = /^\d{1,3}\.?$/;
// One word of a reference cell: a number with its sign, comparison, decimal and unit marks, or a word of letters.
const TOKEN = /[\p{L}\p{M}'\u2019]+|[^\s\p{L}\p{M}]+/gu;
// A short item of a comma list of brands or scores: one to three words of letters (hyphens inside).
const LIST_ITEM = /^\p{L}[\p{L}\p{M}'\u2019-]*(?: \p{L}[\p{L}\p{M}'\u2019-]*){0,2}$/u;
// A cell that is a name and one bracketed gloss after it ("Epworth (ESS)").
const GLOSS = /^(.*?)\s*\([^()|\n]*\)$/s;

/** Whether a text holds a code: one token of letters and three or more digits (a record, study or device number). */
function hasCode(s: string): boolean {
  return s.split(/[\s|,;()]+/).some((t) => /\p{L}/u.test(t) && (t.match(/\d/g)?.length ?? 0) >= 3);
}

/** The cells of the row on `line` (text offsets from `from`), split at pipes or, without two pipes, at tabs. */
function rowCells(line: string, from: number): Cell[] | null {
  const pipes = line.split('|').length - 1;
  const sep = pipes >= 2 ? '|' : line.split('\t').length - 1 >= 2 ? '\t' : '';
  if (sep === '') return null;
  const cells = lineCells(line, from, sep).flatMap(({ text, start }): Cell[] => {
    const body = text.trim();
    const lead = text.length - text.trimStart().length;
    return body === '' ? [] : [{ start: start + lead, end: start + lead + body.length }];
  });
  return cells.length >= 2 ? cells : null;
}

/** Whether the span fills its cell: alone (with a gloss), or as whole items of a comma list of three or more. */
function fillsCell(text: string, cell: Cell, span: PhiSpan): boolean {
  const body = text.slice(cell.start, cell.end);
  const bare = GLOSS.exec(body)?.[1] ?? body;
  if (/\d/.test(text.slice(span.start, span.end))) return false;
  if (span.start === cell.start && span.end === cell.start + bare.length) return true;
  const items = body.split(',').map((s) => s.trim());
  if (items.length < 3 || !items.every((s) => LIST_ITEM.test(s))) return false;
  const edges = new Set<number>();
  let at = cell.start;
  for (const piece of body.split(',')) {
    const lead = piece.length - piece.trimStart().length;
    edges.add(at + lead);
    edges.add(at + lead + piece.trim().length);
    at += piece.length + 1;
  }
  return edges.has(span.start) && edges.has(span.end);
}

/** Whether a cell other than the name's holds only reference content (numbers, units, lower-case or listed words). */
function referenceCell(body: string, lex: Lexicon): boolean {
  for (const m of body.matchAll(TOKEN)) {
    const w = m[0];
    if (!/\p{L}/u.test(w)) continue;
    if (/^\p{Ll}/u.test(w) || /^[A-Z]{1,6}s?$/.test(w)) continue;
    if (!w.split(/[-'\u2019]/).filter(Boolean).every((part) => /^\p{Ll}/u.test(part) || inWordLists(lex, part.toLowerCase()))) return false;
  }
  return true;
}

/** Whether the row around a span in `cells[at]` is a reference table's row (see the module header). */
function referenceRow(text: string, cells: readonly Cell[], at: number, span: PhiSpan, spans: readonly PhiSpan[], lex: Lexicon): boolean {
  const cell = cells[at];
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (!cell || !first || !last || !fillsCell(text, cell, span)) return false;
  if (spans.some((s) => s !== span && s.start < last.end && s.end > first.start && (s.start < cell.start || s.end > cell.end))) return false;
  const row = text.slice(first.start, last.end);
  const rest = text.slice(first.start, span.start) + ' ' + text.slice(span.end, last.end);
  if (PERSON_WORD.test(rest) || CLOCK.test(row) || NUMERIC_DATE.test(row) || CALENDAR_WORD.test(rest) || FOUR_DIGITS.test(row) ||
    AGE_SEX.test(rest) || hasCode(rest)) return false;
  return cells.every((c, i) => i === at || (i < at ? !BARE_NUMBER.test(text.slice(c.start, c.end)) : true) && referenceCell(text.slice(c.start, c.end), lex));
}

/** The spans without the NAME spans that fill a cell of a reference table's row (see the module header). */
export function dropReferenceCells(spans: readonly PhiSpan[], text: string, lex: Lexicon): PhiSpan[] {
  const names = spans.filter((s) => s.type === 'NAME');
  if (names.length === 0 || (!text.includes('|') && !text.includes('\t'))) return [...spans];
  const dropped = new Set<PhiSpan>();
  for (const span of names) {
    const from = text.lastIndexOf('\n', span.start - 1) + 1;
    const to = text.indexOf('\n', span.end);
    const cells = rowCells(text.slice(from, to < 0 ? text.length : to), from);
    const at = cells?.findIndex((c) => c.start <= span.start && span.end <= c.end) ?? -1;
    if (cells && at >= 0 && referenceRow(text, cells, at, span, spans, lex)) dropped.add(span);
  }
  return dropped.size === 0 ? [...spans] : spans.filter((s) => !dropped.has(s));
}
