/**
 * Test support: what the note reader finds in a sentence with the shipped broad model's vocabulary,
 * as finding id -> present, for the reading-rule tests of `intake/notes`.
 */
import assert from 'node:assert/strict';
import type { Sex } from '../core/model.js';
import { extractFindings } from '../intake/notes/extract.js';
import { buildLexicon, type Lexicon } from '../intake/notes/lexicon.js';
import { loadModel } from './builtin-models.js';

let lexicon: Lexicon | undefined;

/** A reader for patients of one age and sex: `found(note)` gives each finding's present/absent. */
export function noteReader(age: number, sex: Sex): (note: string) => Map<string, boolean> {
  return (note) => {
    lexicon ??= buildLexicon(loadModel('primary-care'));
    const r = extractFindings(note, lexicon, { age, sex });
    assert.ok(r.ok);
    return new Map(r.value.findings.map((f) => [f.id, 'present' in f ? f.present : true] as const));
  };
}
