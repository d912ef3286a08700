/**
 * A name-shaped word that fills a cell of a reference table's row is no person; a row with any sign of a person (a date,
 * a time, an ID, an age and sex, a person word, another span, a row number before the name) keeps it (session 42,
 * deid-clean41). The rows are written here after the kinds of table seen on the read letters (letters10-37).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultLexicon } from './lexicon.js';
import { dropReferenceCells } from './reference-tables.js';
import type { PhiSpan } from './types.js';

const lex = getDefaultLexicon();
/** The words of `names` that stay NAME spans when each is reported as one in `text`. */
function kept(text: string, ...names: string[]): string[] {
  const spans: PhiSpan[] = names.map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, type: 'NAME' }));
  return dropReferenceCells(spans, text, lex).map((s) => text.slice(s.start, s.end));
}

test('a score, rule or brand in a row of numbers, ranges, units and clinical words is no person', () => {
  assert.deepEqual(kept('| Score | Range | Use |\n| Quarnby | 0 to 24 | sleepiness |', 'Quarnby'), []);
  assert.deepEqual(kept('| Harwick | -3 to 9.5 | PE/DVT |', 'Harwick'), []);
  assert.deepEqual(kept('Quarnby\t8\t>10\tnormal', 'Quarnby'), []);
  assert.deepEqual(kept('| Implant | Zelvora (etonogestrel) | 0.05% |', 'Zelvora'), []);
});

test('whole items of a comma list of three or more in a cell go; a two-item "SURNAME, Given" cell stays', () => {
  assert.deepEqual(kept('| Combined pill | Trelvane, Osmira, Kavelle | 7% |', 'Trelvane', 'Kavelle'), []);
  assert.deepEqual(kept('| Combined pill | Trelvane, Osmira | 7% |', 'Trelvane'), ['Trelvane']);
  assert.deepEqual(kept('| Combined pill | Trelvane tablets | 7% |', 'Trelvane'), ['Trelvane']);
});

test('a row with a date, a time, an ID, an age and sex or four digits keeps its name', () => {
  assert.deepEqual(kept('| 03/12 | Quarnby | knee | review |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| 14:20 | Quarnby | knee | review |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | KX-481 | knee | review |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | F/62 | knee | review |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | 34F | knee | review |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | bleep 4471 | on call |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | seen Dec | knee |', 'Quarnby'), ['Quarnby']);
});

test('a row number or bed before the name, a person word or another span in the row keeps it', () => {
  assert.deepEqual(kept('| 65 | Quarnby | cut eyebrow 3 cm | glued |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | wife | milk | positive |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | knee | nurse on duty |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('| Quarnby | knee | Oswelt |', 'Quarnby', 'Oswelt'), ['Quarnby', 'Oswelt']);
});

test('a capitalised word no list holds in another cell keeps the name; a line that is no row is not read', () => {
  assert.deepEqual(kept('| Quarnby | Trelwick | 8 |', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('Quarnby | 8 mg', 'Quarnby'), ['Quarnby']);
  assert.deepEqual(kept('Quarnby 8 mg daily', 'Quarnby'), ['Quarnby']);
});
