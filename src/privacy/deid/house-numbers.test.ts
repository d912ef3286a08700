/**
 * A street's house number after its name (house-numbers.ts, session 24), in the UPU orders of Denmark, Finland,
 * Belgium, Armenia, Albania, Hungary and Germany; what must stay: a person's age after a surname that is also a
 * street word, a year, a dose, a time, a count the sentence goes on about, a number after the street's comma or full
 * stop, and a person whose surname is a head-first street word (Calle, Corso, Rua, Rue) with the age after it. Every
 * name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { houseNumberEdges } from './house-numbers.js';
import type { PhiType } from './types.js';

test('the house number after a found street is part of it', () => {
  assert.ok(has('She lives at Solbakkegade 31, Aarhus, with her husband.', 'Solbakkegade 31', 'LOCATION'));
  assert.ok(has('Lives alone at Hiekkaharjuntie 14, Lahti.', 'Hiekkaharjuntie 14', 'LOCATION'));
  assert.ok(has('Patient lives at Rue des Glycines 9, Namur, with her sister.', 'Rue des Glycines 9', 'LOCATION'));
  assert.ok(has('Address: Tumanyan Ave 18, Yerevan. Smoker.', 'Tumanyan Ave 18', 'LOCATION'));
  assert.ok(has('Adresa: Rruga Ismail Dervishi 57, Durres.', 'Rruga Ismail Dervishi 57', 'LOCATION'));
  assert.ok(has('Lives at Bokor utca 12. IV/3, Szeged.', 'Bokor utca 12. IV/3', 'LOCATION'));
  assert.ok(has('Incident at Bramfelder Chaussee 212, 22177 Hamburg.', 'Bramfelder Chaussee 212', 'LOCATION'));
  // A street found by another slot (the residence after a name and its age) grows over its number too (the lines above
  // are also read whole by street-lines.ts; this one is not).
  const ends = (t: string, tail: string): boolean => found(t).some((p) => p.startsWith('LOCATION:') && p.endsWith(tail));
  assert.ok(ends('Marcelle Dufour, 52, Rue des Ormeaux 7, Nantes 44000.', 'Rue des Ormeaux 7'));
});

test('an age, a year, a dose, a time or a count after a street word stays', () => {
  // The step alone, on the span a reader found: other rules (street-lines.ts) may read some of these numbers as a
  // house number of their own; this step must not grow the found street over them.
  const grown = (t: string, piece: string, type: PhiType = 'LOCATION'): string => {
    const start = t.indexOf(piece);
    const [s] = houseNumberEdges([{ start, end: start + piece.length, type }], t);
    return s === undefined ? '' : t.slice(s.start, s.end);
  };
  assert.equal(grown('Penelope Lane 41, retired teacher, seen today with a cough.', 'Penelope Lane'), 'Penelope Lane');
  assert.equal(grown('Mr Desmond Street 52, widower, lives alone.', 'Desmond Street', 'NAME'), 'Desmond Street');
  assert.equal(grown('Moved to Tumanyan Ave 2019, then Yerevan.', 'Tumanyan Ave'), 'Tumanyan Ave');
  assert.equal(grown('Collected at Abovyan Ave 5 mg tablets.', 'Abovyan Ave'), 'Abovyan Ave');
  assert.equal(grown('Lives at Dozsa Ave 3 with her son.', 'Dozsa Ave'), 'Dozsa Ave');
  assert.equal(grown('Fell near Komitas Ave, 3 weeks ago.', 'Komitas Ave'), 'Komitas Ave');
  assert.equal(grown('Walks along Komitas Ave 2.5 km daily.', 'Komitas Ave', 'NAME'), 'Komitas Ave');
  assert.equal(grown('Kestrel Ward 4, Nightingale Ward 2: beds free.', 'Kestrel Ward'), 'Kestrel Ward');
  // and the positive case of the same step, so the check above can fail
  assert.equal(grown('Address: Tumanyan Ave 18, Yerevan.', 'Tumanyan Ave', 'NAME'), 'Tumanyan Ave 18');
});

test('a person whose surname is a head-first street word keeps the name and the age after it', () => {
  // Spanish, Portuguese, Italian and French put the street type first ("Calle Mayor 3"): at a name's end it is a surname.
  const people: [string, string][] = [['Pt Ana Calle 34, G2P1, booked for scan.', 'Ana Calle'],
    ['Giulia Corso 45, teacher, seen today.', 'Giulia Corso'], ['Referral for Maria Rua 67, lives alone.', 'Maria Rua'],
    ['Sara Rue 41, retired nurse.', 'Sara Rue']];
  for (const [t, name] of people) {
    assert.ok(has(t, name, 'NAME'), t);
    assert.deepEqual(found(t).filter((p) => p.startsWith('LOCATION:')), [], t);
  }
  // while the same word before the street's name still opens a street
  assert.ok(has('Lives at Calle Mayor 3, Toledo.', 'Calle Mayor 3', 'LOCATION'));
});
