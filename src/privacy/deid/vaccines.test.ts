/**
 * Vaccines (vaccines.ts): the code right after a vaccine's trade name, or after the word vaccine, is its lot (DEVICE);
 * the trade name names no one; a valency or a dose after the name is no lot. Every lot here is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test("a lot written right after the vaccine's name or the word vaccine is a device identifier", () => {
  assert.ok(has('Comirnaty EK5730 given in the left deltoid.', 'EK5730', 'DEVICE'));
  assert.ok(has('Flu vaccine FK7712B given today, no reaction.', 'FK7712B', 'DEVICE'));
  assert.ok(has('Shingrix 94T7Z second dose.', '94T7Z', 'DEVICE'));
  assert.ok(has('Fluad Tetra P49021AX IM right arm.', 'P49021AX', 'DEVICE'));
  assert.ok(has('Boostrix-IPV AC52B118AB given at 28 weeks.', 'AC52B118AB', 'DEVICE'));
});

test("a vaccine's name, valency and dose stay: no lot, no person, no place", () => {
  assert.deepEqual(found('Prevenar 13 and Pneumovax 23 both given.'), []);
  assert.deepEqual(found('Gardasil 9 course complete; Bexsero 0.5 mL due at 12 months.'), []);
  assert.deepEqual(found('Comirnaty 30 micrograms given; next dose due in autumn.'), []);
  assert.deepEqual(found('Spikevax booster, lot not recorded.'), []);
  assert.deepEqual(found('Comirnaty 30MCG IM given; vaccine 100MCG dose.'), []);
});

// Twenty-fourth session (deid-clean5): a trade name with its form word, or a list of trade names, is one product span.
test('a vaccine trade name with its form word, or a list of them, is no one; a person after one is still taken', () => {
  const free = 'Travel clinic: hepatitis A (Avaxim), typhoid (Typhim Vi), cholera (Dukoral).';
  assert.deepEqual(found(free), []);
  const note = 'Travel clinic for Ikenna Obiora, 3 Dec 2026: typhoid (Typhim Vi); rabies course Vivotif, Rabipur deferred.';
  assert.deepEqual(found(note), ['NAME:Ikenna Obiora', 'DATE:3 Dec 2026']);
  assert.ok(found('Given Fluad today; Shingrix Kowalczyk declined, 3 Dec 2026.').some((s) => s.includes('Kowalczyk')));
});
