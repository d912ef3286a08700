import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('practices and homes named without a facility word are whole places', () => {
  assert.ok(has('Yours sincerely,\nImogen Trelawney\nGP Registrar, Ryedale Valley Surgery', 'Ryedale Valley Surgery', 'LOCATION'));
  assert.ok(has('Transfer note: from Willow Bend Care Home with reduced intake', 'Willow Bend Care Home', 'LOCATION'));
  assert.ok(has('Vaccines given at Harbor Lights Pediatrics today.', 'Harbor Lights Pediatrics', 'LOCATION'));
  assert.ok(has('Seen at Oakhurst Family Practice today.', 'Oakhurst Family Practice', 'LOCATION'));
});

test('departments and specialties are not practices', () => {
  assert.deepEqual(found('Surgery was uneventful. General Surgery reviewed. Referred to Vascular Surgery and Cardiology.'), []);
  assert.deepEqual(found('Seen in the Anticoagulation Clinic; Day Surgery tomorrow; Family Practice follow-up.'), []);
  assert.ok(has('Thanks,\nSophia M.\nSaint Ridge Clinic Cardiology', 'Saint Ridge Clinic', 'LOCATION'));
  // After an institution the specialty is its department: only the institution is a place.
  assert.ok(!found('Thanks, Jo\nBekhit Medical Center Cardiology').some((s) => s.includes('Cardiology')));
  assert.ok(has('Thanks, Jo\nOHSU Cardiology', 'OHSU', 'LOCATION'));
});

test('institution acronyms and hyphenated names after a care cue; clinical acronyms stay', () => {
  assert.ok(has('Referred to UCSF for transplant.', 'UCSF', 'LOCATION'));
  assert.ok(has('Follow up at Cedars-Sinai next week.', 'Cedars-Sinai', 'LOCATION'));
  assert.deepEqual(found('Transferred to CCU, then sent to ICU; referred to ENT.'), []);
});

test('the addressee of a greeting and the writer under a sign-off are names; generic addressees are not', () => {
  assert.ok(has('Hi Thandiwe,\nFollowing up on our call.', 'Thandiwe', 'NAME'));
  assert.ok(has('Kind regards,\nOluwaseun Adeyemi-Brandt\n', 'Oluwaseun Adeyemi-Brandt', 'NAME'));
  assert.deepEqual(found('Dear Colleague,\nThank you.\nHi team,\nRegards,\nCardiology Department\n'), []);
  assert.ok(has('See you then.\nThanks, priya otness\nUrgent care', 'priya otness', 'NAME'));
  assert.ok(has('Thanks,\npriya otness\nFullenwider Urgent Care', 'priya otness', 'NAME'));
  assert.deepEqual(found('Thanks,\nsee you soon\nBest,\nthe night team'), []);
  assert.deepEqual(found('Thanks, all\nRegards, the team\nThanks, see you soon'), []);
});

test('ages over 89 as hand-overs write them; temperatures and ages under 90 stay', () => {
  assert.ok(has('Transfer note: Agatha Pennington, 94, from the ward', '94', 'AGE'));
  assert.ok(has('Rutherford, Augustine 97M BIBA', '97', 'AGE'));
  assert.ok(has('aged 101, lives alone', '101', 'AGE'));
  assert.deepEqual(found('T 97F, HR 94, aged 88, Mr Doe, 45, well'), ['NAME:Doe']);
});

test("O'X and McX surnames take the given word before them; eponyms in that shape stay", () => {
  assert.ok(has("I reviewed Lorcan O'Shaughnessy today.", "Lorcan O'Shaughnessy", 'NAME'));
  assert.deepEqual(found('McMurray positive medially; McBurney point tender; MacConkey agar grew.'), []);
});

test('form labels and credentials are cut from names; a person with PA-C is not a town', () => {
  assert.ok(has('Member: Lucius Ferreira Member ID: XJH884512097', 'Lucius Ferreira', 'NAME'));
  assert.ok(!found('Dorian Esterhuizen, PharmD | clinic').some((s) => s.includes('PharmD')));
  assert.ok(has('To: Wendell Abernathy, PA-C', 'Wendell Abernathy', 'NAME'));
  assert.ok(has('moved from Columbia, MD last year', 'Columbia', 'LOCATION'));
});

test('instrument names and meetings are not people or places', () => {
  assert.deepEqual(found('The patient scored 5 on the Rockwood Clinical Frailty Scale; Waterlow 12.'), []);
  assert.deepEqual(found('Plan: Whipple procedure discussed at MDT. CA 19-9 is 410.'), []);
  assert.ok(has('Prescriber licence MD177471, University of Wynrath Medical Center.', 'University of Wynrath Medical Center', 'LOCATION'));
});

test('a title joins a full name, not a surname alone', () => {
  assert.ok(has('Seen today by Dr. Jane Doe in clinic.', 'Dr. Jane Doe', 'NAME'));
  assert.ok(has('Seen today by Dr. Doe in clinic.', 'Doe', 'NAME'));
});

test('form fields that hold people: each item is a name; generic values are not', () => {
  assert.ok(has('cc: Kofi Trowery, RN; JENNEMAN, LAPRAD Q', 'JENNEMAN, LAPRAD Q', 'NAME'));
  assert.ok(has('Attending: ananya baylin-anis. Resident: Brzezicki Bruno', 'ananya baylin-anis', 'NAME'));
  assert.deepEqual(found('To: Nursing staff\nAttending: on call team\nContact: daughter at bedside'), []);
});

test('named scores before their value and eponymous murmurs are clinical terms; a titled name stays a name', () => {
  assert.deepEqual(found('Gleason 7 adenocarcinoma. Wells score 4; Geneva low. Prague C2M4, Mallampati III, Cormack-Lehane 2.'), []);
  assert.deepEqual(found('A Carvallo murmur; Duroziez sign.'), []);
  assert.ok(has('Mr Gleason 7 days post-op.', 'Gleason', 'NAME'));
});

test("partners' names joined inside an institution's name; places listed with 'and' stay apart", () => {
  assert.ok(has('Prior care at Brigham and Women\'s Hospital and Mercy Hospice.', 'Brigham and Women\'s Hospital', 'LOCATION'));
  assert.ok(!found('Lives in Boston and Springfield.').some((s) => s.includes('and')));
});

test('ages over 89 as letters write them, not measures after the same words', () => {
  assert.ok(has('She is 93 and lives alone.', '93', 'AGE'));
  assert.ok(has('Mrs Kay, aged ninety-four, was seen.', 'ninety-four', 'AGE'));
  assert.ok(has('Age/Sex: 91/F', '91', 'AGE'));
  assert.ok(has('She celebrated her 100th birthday last week.', '100th', 'AGE'));
  assert.ok(has('Her father died at 94 of a stroke.', '94', 'AGE'));
  assert.deepEqual(found('She is 93% saturated. He is 98.6 F. She was 92 kg. Pt is 100cc negative. The clinic is 90 minutes away. HR 94.'), []);
});
