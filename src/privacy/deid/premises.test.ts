/**
 * Premises known by their name before the rest of the address (premises.ts, session 29: Royal Mail PAF's building name).
 * Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('a house\'s name with "The" before an address part another rule found', () => {
  // On c9aade8 the house's name is not read.
  assert.ok(has('Lives at The Old Smithy, Wenbury End, PE19 4QX.', 'The Old Smithy', 'LOCATION'));
  assert.ok(has('Home visit to The Old Rectory, Church Lane, Little Harwick.', 'The Old Rectory', 'LOCATION'));
  assert.ok(has('Visited Mr Amos Wendle at The Old Forge, Bourton-under-Lea GL54 2ZZ.', 'The Old Forge', 'LOCATION'));
  assert.ok(has('Home: The Laurels, 12 Mill Lane, Ely.', 'The Laurels', 'LOCATION'));
});

test('what stays: no address after, a team, a patient, a title', () => {
  for (const t of ['Seen by The Dermatology Team, Leeds.', 'The Patient, Leeds.', 'The plan: The Old Forge, later.',
    'The Old Forge, then the pub.']) assert.deepEqual(places(t).filter((p) => p.includes('The ')), [], t);
  assert.ok(!found('The Rev Amos, 4 High Street, York.').includes('LOCATION:The Rev Amos'));
});
