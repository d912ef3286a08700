/**
 * Over-redaction guards of the twenty-seventh session (deid-clean8), each with the person it must still take: a
 * medicine or clinical word written in lower case is no name's next part, and a list of eponyms or makers before a
 * plural head is no list of people. The sentences are written here, after the kinds counted on the read letters
 * (letters10-22), not copied from them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const names = (t: string): string[] => detectPhi(t).filter((s) => s.type === 'NAME').map((s) => t.slice(s.start, s.end));

test('a medicine or clinical word in lower case after a name is no second name', () => {
  assert.deepEqual(names('Chemo consent: Marcel Dubreuil, carboplatin and pemetrexed for lung cancer.'), ['Marcel Dubreuil']);
  assert.deepEqual(names('Seen today: Teodora Ivanova, metformin 500 mg twice daily.'), ['Teodora Ivanova']);
  assert.deepEqual(names('Family history clinic: proband Amira Haddad, sister unaffected.'), ['Amira Haddad']);
});

test('a name written in lower case, or a short particle in it, stays whole', () => {
  assert.deepEqual(names('Patient Eliana del Carmen Riquelme seen in clinic.'), ['Eliana del Carmen Riquelme']);
  assert.deepEqual(names('Visited with Marta Lopez, carys and tomasz waited outside.').includes('Marta Lopez'), true);
});

test('a list of eponyms or makers before a plural head names no one', () => {
  assert.deepEqual(names('Diving medicine: Haldane, Boyle\'s and Henry\'s laws.'), []);
  assert.deepEqual(names('Energy needs: Harris-Benedict and Mifflin-St Jeor equations.'), []);
  assert.deepEqual(names('Breastfeeding support: Medela and Lansinoh pumps on loan.'), []);
});

test('one word before an -s word may be its subject, and a title makes a list people', () => {
  assert.deepEqual(names('hb 121. daughter carys rings at 8 most evenings'), ['carys']);
  assert.deepEqual(names('Dr Haldane and Boyle signs reviewed.').includes('Haldane'), true);
});
