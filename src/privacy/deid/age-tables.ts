/**
 * Ages over 89 in a table's age column (issue 14, letters): a row of cells split by pipes or tabs whose header cell is
 * an age word ("| bed | patient | age | issue |", "Name\tAlter\tStation", "Age (yrs)", "Age/Sex"), then in the rows
 * below it, the cell of the same column holding a number of 90-119 alone or with its unit or sex ("93", "95 y", "91F",
 * "92/M"). A table states its column's meaning once, in its header; a cell carries no cue of its own, so the header is
 * the evidence. The column ends with the table (a line without the separator). A row whose other cells hold no letter
 * is a reference or statistics row ("| 90 | 900 |" of an age-adjusted D-dimer cut-off, "| 95 | 12 | 3 |" deaths by
 * age), not a person's: a person's row names something (a name, a sex, a problem) (review-deid8). Pure.
 */
import { AGE_NOUNS, AGE_NOUNS_OTHER_SCRIPTS } from './years-words.js';
import type { PushSpan as Push } from './types.js';

// The header cell: an age word of English or the letters' languages, perhaps with its unit or the sex after it.
const AGE_HEAD = new RegExp(`^(?:ages?|${AGE_NOUNS}|${AGE_NOUNS_OTHER_SCRIPTS})(?:[ \\t]*\\((?:y|yrs?|years?)\\)|[ \\t]*[/,][ \\t]*(?:sex|gender))?$`, 'iu');
// The cell below it: the age alone, or with a years unit or a sex letter.
const AGE_CELL = /^(9\d|1[01]\d)(?:[ \t]?(?:y|yo|yrs?|years?)\.?)?(?:[ \t]?\/?[ \t]?[MF])?$/;

/** A line's cells with their start offsets in the text (`at` is the line's), split by `sep`. */
export function lineCells(line: string, at: number, sep: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const part of line.split(sep)) {
    out.push({ text: part, start: at + start });
    start += part.length + sep.length;
  }
  return out;
}

/** Push each age over 89 standing in the age column of a pipe or tab table (see the module header). */
export function detectAgeColumns(text: string, push: Push): void {
  if (!/[|\t]/.test(text) || !/(?:9\d|1[01]\d)/.test(text)) return;
  let column = -1;
  let sep = '';
  let at = 0;
  for (const line of text.split('\n')) {
    const lineAt = at;
    at += line.length + 1;
    const s = line.includes('|') ? '|' : line.includes('\t') ? '\t' : '';
    if (!s || (column >= 0 && s !== sep)) { column = -1; continue; }
    const row = lineCells(line, lineAt, s);
    const head = row.findIndex((c) => AGE_HEAD.test(c.text.trim()));
    if (head >= 0 && row.length > 1) { column = head; sep = s; continue; }
    const cell = column >= 0 ? row[column] : undefined;
    const m = cell ? AGE_CELL.exec(cell.text.trim()) : null;
    if (!cell || !m || !row.some((c, i) => i !== column && /\p{L}/u.test(c.text))) continue;
    const start = cell.start + cell.text.indexOf(m[1] as string);
    push(start, start + (m[1] as string).length, 'AGE');
  }
}
