/**
 * Police officers' collar, shoulder, badge and warrant-card numbers (identifiers.ts POLICE_NUMBER, nineteenth pass):
 * taken only with a police word before them; what must stay: the cervical collar, shoulder examination values, doses,
 * times, ranges and scores near a police word. Every number is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a collar, shoulder, badge or warrant-card number after a police word', () => {
  assert.ok(has('Officer PC Tamsin Hale collar 5521 attended.', '5521', 'ID'));
  assert.ok(has('Sgt Owen, shoulder number 2210.', '2210', 'ID'));
  assert.ok(has('Police officer badge #88213 at the door.', '88213', 'ID'));
  assert.ok(has('Constable Reyes, warrant card MP40871, took a statement.', 'MP40871', 'ID'));
});

test('the cervical collar, shoulder values, doses and times near a police word are no identifiers', () => {
  const text = 'Brought by police. C-collar 2 hrs, collar 10 cm, hard collar 1200 removed? Shoulder 90 deg abduction, ' +
    'shoulder 4/5 power, shoulder 120-140 degrees. Officer present, collar 4417.5 mm, paracetamol 1000 mg, GCS 15.';
  assert.deepEqual(found(text).filter((p) => p.startsWith('ID:')), []);
});

test('a collar or badge number without a police word is left', () => {
  assert.ok(!has('Collar 5521 fitted in ED, badge 88213 of the porter.', '5521', 'ID'));
});
