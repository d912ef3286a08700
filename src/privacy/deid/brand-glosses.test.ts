/**
 * A medicine's brand glossed by its generic name in brackets, or glossing it (medicine-names.ts `brandGloss`, thirtieth
 * session, deid-clean12). The sentences are written here, after the kind counted on the read letters, not copied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a brand beside its generic name in brackets is no person', () => {
  assert.deepEqual(names('Anticoagulants: Eliquis (apixaban), Pradaxa (dabigatran); methotrexate (Metoject, Nordimet pens) weekly.'), []);
  assert.deepEqual(names('Diabetes: Mounjaro (tirzepatide) 5 mg; eye clinic: Eylea (aflibercept).'), []);
});

test('a person in brackets beside a medicine or a role stays a person', () => {
  assert.deepEqual(names('Warfarin dose checked by the nurse (Dr Patel), apixaban (Mrs Jones) to follow.'), ['Patel', 'Jones']);
  assert.deepEqual(names('Care log 19:30 - Chidera Obi (carer): all doses given.'), ['Chidera Obi']);
});
