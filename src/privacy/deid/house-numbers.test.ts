/**
 * A street's house number after its name (house-numbers.ts, session 24), in the UPU orders of Denmark, Finland,
 * Belgium, Armenia, Albania, Hungary and Germany; what must stay: a person's age after a surname that is also a
 * street word, a year, a dose, a time, a count the sentence goes on about, a number after the street's comma or full
 * stop. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('the house number after a found street is part of it', () => {
  assert.ok(has('She lives at Solbakkegade 31, Aarhus, with her husband.', 'Solbakkegade 31', 'LOCATION'));
  assert.ok(has('Lives alone at Hiekkaharjuntie 14, Lahti.', 'Hiekkaharjuntie 14', 'LOCATION'));
  assert.ok(has('Patient lives at Rue des Glycines 9, Namur, with her sister.', 'Rue des Glycines 9', 'LOCATION'));
  assert.ok(has('Address: Tumanyan Ave 18, Yerevan. Smoker.', 'Tumanyan Ave 18', 'LOCATION'));
  assert.ok(has('Adresa: Rruga Ismail Dervishi 57, Durres.', 'Rruga Ismail Dervishi 57', 'LOCATION'));
  assert.ok(has('Lives at Bokor utca 12. IV/3, Szeged.', 'Bokor utca 12. IV/3', 'LOCATION'));
  assert.ok(has('Incident at Bramfelder Chaussee 212, 22177 Hamburg.', 'Bramfelder Chaussee 212', 'LOCATION'));
});

test('an age, a year, a dose, a time or a count after a street word stays', () => {
  // Other rules may read the number as a year or an age of its own; the street must not take it.
  const pieces = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:')).join(' | ');
  assert.ok(!/41/.test(pieces('Penelope Lane 41, retired teacher, seen today with a cough.')));
  assert.ok(!/52/.test(pieces('Mr Desmond Street 52, widower, lives alone.')));
  assert.ok(!/2019/.test(pieces('Moved to Tumanyan Ave 2019, then Yerevan.')));
  assert.ok(!/\b5\b/.test(pieces('Collected at Abovyan Ave 5 mg tablets.')));
  assert.ok(!/\b3\b/.test(pieces('Lives at Dozsa Ave 3 with her son.')));
  assert.ok(!/\b3\b/.test(pieces('Fell near Komitas Ave, 3 weeks ago.')));
  assert.ok(!/2\.5/.test(pieces('Walks along Komitas Ave 2.5 km daily.')));
  assert.ok(!/\b4\b/.test(pieces('Kestrel Ward 4, Nightingale Ward 2: beds free.')));
});
