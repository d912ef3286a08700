import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { KnowledgeModel } from '../../core/model.js';
import { DDXPLUS_CARE } from './care-levels.js';

const model = JSON.parse(readFileSync(new URL('../../../models/ddxplus.json', import.meta.url), 'utf8')) as KnowledgeModel;

test('every condition of the built-in DDXPlus model has a cited care level', () => {
  for (const c of model.conditions) {
    assert.ok(c.careLevel, `${c.id} has no care level`);
    const key = [c.name, ...(c.synonyms ?? [])].find((n) => DDXPLUS_CARE[n]);
    assert.ok(key, `${c.id} is not in DDXPLUS_CARE`);
    assert.equal(c.careLevel, DDXPLUS_CARE[key]!.careLevel, c.id);
    assert.ok(DDXPLUS_CARE[key]!.ref.length > 10, `${c.id} has no reference`);
  }
});

test('the conditions that need an emergency department are marked emergency, the self-limiting ones self-care', () => {
  const level = (id: string): string | undefined => model.conditions.find((c) => c.id === id)?.careLevel;
  for (const id of ['pulmonary-embolism', 'possible-nstemi-stemi', 'anaphylaxis', 'spontaneous-pneumothorax', 'epiglottitis']) assert.equal(level(id), 'emergency', id);
  for (const id of ['urti', 'viral-pharyngitis']) assert.equal(level(id), 'self-care', id);
});
