/**
 * A medicine's brand glossed by its generic name in brackets, or glossing it (medicine-names.ts `brandGloss`, thirtieth
 * session, deid-clean12; two-word generics and a strength in the gloss, thirty-first session, deid-clean14). The sentences are written here, after the kind counted on the read letters, not copied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a brand beside its generic name in brackets is no person', () => {
  assert.deepEqual(names('Clinic 12/03/2024. Anticoagulants: Eliquis (apixaban), Pradaxa (dabigatran); methotrexate (Metoject, Nordimet pens) weekly.'), []);
  assert.deepEqual(names('Clinic 12/03/2024. Diabetes: Mounjaro (tirzepatide) 5 mg; eye clinic: Eylea (aflibercept).'), []);
});

test('a two-word generic (a salt, a toxin) and a strength inside the gloss keep the brands unnamed', () => {
  assert.deepEqual(names('Clinic 12/03/2024. Dystonia: botulinum toxin (Vistabel, Azzalure) every 12 weeks; rescue with uridine triacetate (Xuriden).'), []);
  assert.deepEqual(names('Clinic 12/03/2024. Extravasation: hyaluronidase (Hyalase 1500 IU, Amphadase) into the site.'), []);
});

test('a person in brackets beside a medicine or a role stays a person', () => {
  assert.deepEqual(names('Warfarin dose checked by the nurse (Dr Patel), apixaban (Mrs Jones) to follow.'), ['Patel', 'Jones']);
  assert.deepEqual(names('Care log 19:30 - Chidera Obi (carer): all doses given.'), ['Chidera Obi']);
});
