import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldValueEnd } from './positions.js';
import { found, has } from '../../testkit/deid-pieces.js';

test('a name made of English words is found by its slot: before an age, after a verb of seeing, as a patient subject', () => {
  assert.ok(has('Thank you for seeing Hunter Rivers, a 41-year-old plumber with back pain.', 'Hunter Rivers', 'NAME'));
  assert.ok(has('Tamsin Field is a pleasant 70 year old lady.', 'Tamsin Field', 'NAME'));
  assert.ok(has('I reviewed Forrest Gale in clinic today.', 'Forrest Gale', 'NAME'));
  assert.ok(has('Many thanks, I spoke with Mercy Brooks by phone.', 'Mercy Brooks', 'NAME'));
  assert.ok(has('Hope Baker missed her appointment again.', 'Hope Baker', 'NAME'));
  assert.ok(has('Jack Smith and Faith Moreland were both reviewed.', 'Faith Moreland', 'NAME'));
});

test('the same slots filled by clinical, role or department words stay readable', () => {
  assert.deepEqual(found('Thank you for seeing Social Work, a service we value. I reviewed Chest Pain protocols.'), []);
  assert.deepEqual(found('Chest Pain presented as the main complaint. Spoke with Physical Therapy today.'), []);
  assert.deepEqual(found('Blood Pressure is a 3-month average. Seen by Cardiology and Gastroenterology.'), []);
  // A place head after the words makes them a place, not a person.
  assert.ok(!has('Thank you for seeing Oak Ridge Clinic patients.', 'Oak Ridge', 'NAME'));
});

test('places by their slot: where a person comes from, a place field, a street without its number', () => {
  assert.ok(has('A 67 yo man from Goose Creek with chest pain.', 'Goose Creek', 'LOCATION'));
  assert.ok(has('Pharmacy: Harlow Drugs #4471, Fresno', 'Harlow Drugs #4471', 'LOCATION'));
  assert.ok(has('Clinic: Summit Sports Rehab, second floor', 'Summit Sports Rehab', 'LOCATION'));
  assert.ok(has('Our pharmacy is on Elm Street near the school.', 'Elm Street', 'LOCATION'));
  // Clinical values of the same fields, and a man from a department, are not places.
  assert.deepEqual(found('Clinic: Dermatology\nSite: Right knee\nA 50 yo man from Cardiology was reviewed.'), []);
  // The ambiguous street words need a word no dictionary holds: "Keep Close" is prose.
  assert.deepEqual(found('Please Keep Close watch on her fluids.'), []);
});

test('organisation completion grows a found place over capitalised words to its head', () => {
  assert.ok(has('Clinician: Dr Rhodri Payne, Ashcombe Breast Unit\nSpecimen: core', 'Ashcombe Breast Unit', 'LOCATION'));
  assert.ok(has('She works at Blue Heron Bakery and drinks coffee.', 'Blue Heron Bakery', 'LOCATION'));
  assert.ok(has('Best wishes,\nJonas Weir\nKingfisher Cardiology Associates\nTel 0161 496 0775', 'Kingfisher Cardiology Associates', 'LOCATION'));
  assert.ok(has('He attends Greenway Family Doctors on Tuesdays.', 'Greenway Family Doctors', 'LOCATION'));
  // A person's name before a bare department head stays a name.
  assert.ok(!found('Reviewed by Dr Tamsin Holt Unit manager').some((s) => s.startsWith('LOCATION')));
});

test('labels, credentials and eponym stages are not names', () => {
  assert.ok(!found('Patient: Rocco Benedict Visit #4').some((s) => s.includes('Visit')));
  assert.ok(!found('Technologist: Marisol Vega, RPSGT\nReport').some((s) => s.includes('RPSGT')));
  assert.ok(!found('Re: Violet Ashdown, NHS 401 023 2137').some((s) => s === 'NAME:NHS'));
  assert.ok(has('Thanks! Carla Mendes, MA', 'Carla Mendes', 'NAME'));
  assert.deepEqual(found('Ankle-brachial index 0.7. Fontaine stage IIa. Chest X-ray: Kerley B lines.'), []);
  assert.deepEqual(found('Pharmacy: Walgreens\nHome meds: metformin 1 g'), ['LOCATION:Walgreens']);
});

test('a place field\'s value ends at a sentence end or the next label, abbreviations inside a name kept', () => {
  // The reported bug: the value ran past the full stop into the next sentence ("... Smokes 10/day").
  assert.deepEqual(found('Employer: Hartwell Logistics. Smokes 10/day'), ['LOCATION:Hartwell Logistics']);
  assert.deepEqual(found('Employer: Hartwell Logistics. smokes 10/day, no alcohol'), ['LOCATION:Hartwell Logistics']);
  assert.deepEqual(found('Employer: Hartwell Logistics! Smokes 10/day'), ['LOCATION:Hartwell Logistics']);
  assert.deepEqual(found('Employer: Hartwell Logistics Occupation: driver'), ['LOCATION:Hartwell Logistics']);
  // A saint's, a mount's or a company's abbreviation and initials stay inside the name.
  assert.deepEqual(found("School: St. Mary's Primary. Attends with mum."), ["LOCATION:St. Mary's Primary"]);
  assert.deepEqual(found('School: Mt. Pleasant Academy. Year 4.'), ['LOCATION:Mt. Pleasant Academy']);
  assert.deepEqual(found('Employer: Brandt & Co. Ltd. Works nights.'), ['LOCATION:Brandt & Co. Ltd']);
});

test('fieldValueEnd: sentence ends, labels, prefix abbreviations, initials and company suffixes', () => {
  const value = (run: string): string => run.slice(0, fieldValueEnd(run));
  assert.equal(value('Hartwell Logistics. Smokes 10/day'), 'Hartwell Logistics');
  assert.equal(value('Hartwell Logistics Job title: driver'), 'Hartwell Logistics');
  assert.equal(value('J. R. Simplot Co. Forklift driver.'), 'J. R. Simplot Co');
  assert.equal(value('Acme Inc. Drinks 20 units'), 'Acme Inc');
  assert.equal(value('Ft. Worth Foods Ltd'), 'Ft. Worth Foods Ltd');
  // A prefix abbreviation before a lowercase word ends the sentence like any other word.
  assert.equal(value('Birch St. then home'), 'Birch St');
});

test('identifiers after a reference or lab label keep their slashes and colons', () => {
  assert.ok(has('Our ref: QXR/2291/44B', 'QXR/2291/44B', 'ID'));
  assert.ok(has('Lab no. 24:HB:009912', '24:HB:009912', 'ID'));
  assert.ok(has('Name (Last, First): Okonjo, Chidi', 'Okonjo, Chidi', 'NAME'));
  // A clock time after a visit label is no identifier.
  assert.deepEqual(found('Visit: 10:30 in the morning.'), []);
});

test('a town before its postcode on an address line is a place; a label before a number is not', () => {
  assert.ok(has('Wendell Park\n14 Ferry Road\nHull HU2 8RT', 'Hull', 'LOCATION'));
  assert.ok(has('Address: 9 Orchard Way, Danbury, CT 06810', 'Danbury', 'LOCATION') || has('Address: 9 Orchard Way, Danbury, CT 06810', 'Danbury, CT', 'LOCATION'));
  assert.ok(!found('Tel 01632 960 118').some((s) => s.startsWith('LOCATION')));
});

test('organisation completion takes capitals words and System, Trust, Network heads', () => {
  assert.ok(has('Transferred from Royal Wexham NHS Foundation Trust on Monday.', 'Royal Wexham NHS Foundation Trust', 'LOCATION'));
  assert.ok(has('Followed at the Mayo Clinic Health System in Mankato.', 'Mayo Clinic Health System', 'LOCATION'));
});

test('inverted record headers, all-capitals names in mixed text and writers after "by"', () => {
  const letter = 'Dear team, the notes follow.\nMORGAN, Rain R. (MRN 0091123)\nForwarded by Tobias Meadows at 10:02\nPlease contact ROWAN HOLLOWAY on extension 4471.';
  assert.ok(has(letter, 'MORGAN, Rain R.', 'NAME'));
  assert.ok(has(letter, 'Tobias Meadows', 'NAME'));
  assert.ok(has(letter, 'ROWAN HOLLOWAY', 'NAME'));
  // Clinical lists in the same shape are not names.
  assert.deepEqual(found('Dear team, results below.\nPAIN, LEFT KNEE\nDiagnosis: ANEMIA, Iron deficiency\nAllergies: NKDA, Penicillin\nBP, HR stable\nCXR, ECG normal'), []);
  assert.deepEqual(found('Seen by Cardiology. Reviewed Blood Pressure. Signed by Consultant Radiologist.'), []);
});

test('an institution takes the capitalised words of its formal name before its core and a place joined by "of"', () => {
  assert.ok(has('Followed at Memorial Sloan Kettering Cancer Center.', 'Memorial Sloan Kettering Cancer Center', 'LOCATION'));
  assert.ok(has('Previously at Lakeside Women\'s and Children\'s Hospital.', 'Lakeside Women\'s and Children\'s Hospital', 'LOCATION'));
  assert.ok(has('Seen at the Children\'s Hospital of Philadelphia in May.', 'Children\'s Hospital of Philadelphia', 'LOCATION'));
  // A capitalised English word that starts the sentence is the sentence's.
  assert.ok(has('Yesterday Oakwood Hospital called.', 'Oakwood Hospital', 'LOCATION'));
});

test('the addressee line above a street address, a signature after a blank line, a place field named with English words', () => {
  assert.ok(has('Dear all,\nHunter Rivers\n12 Oak Road\nBristol BS1 4DJ', 'Hunter Rivers', 'NAME'));
  assert.ok(has('Yours sincerely,\n\nHope Fairweather\nConsultant', 'Hope Fairweather', 'NAME'));
  assert.ok(has('Practice: The Willows\nReason: review', 'Willows', 'LOCATION'));
  // A practice's line above its address is no person; statuses and clinical values of place fields are no places.
  assert.ok(!has('Dear team,\nMeadowside Practice\n12 Church Lane', 'Meadowside Practice', 'NAME'));
  assert.deepEqual(found('Clinic: Dermatology\nFacility: Main Campus\nHospital: Inpatient\nSchool: Year 3'), []);
});

test('a given name alone before an age; a lowercase common word after "work for" is no employer', () => {
  assert.ok(has('Thank you for asking me to review Rowan, aged 6, who has tonsillitis.', 'Rowan', 'NAME'));
  assert.deepEqual(found('Yesterday, a 40-year-old man. Mild, a 3-year history.'), []);
  assert.deepEqual(found('Re: return to work for staff member next week.'), []);
});

test('a writer introducing themself after a greeting, in any case', () => {
  assert.ok(has("hi its zanetta, mum fell again this morning", 'zanetta', 'NAME'));
  assert.ok(has('Hello, this is Marta Ruiz calling about my dad.', 'Marta Ruiz', 'NAME'));
  assert.deepEqual(found("Hi, it's me again. hi its ok now thanks. hey its tuesday"), []);
});

test("a person's institution after them; roster given names that are words", () => {
  assert.ok(has('Discussed with Dr. Akira Mabrouk from MUSC who agrees with plan.', 'MUSC', 'LOCATION'));
  assert.ok(!found('Spoke to Dr. Jones from Cardiology. Dr. Ann Lowe at the Front Desk.').some((s) => s.startsWith('LOCATION')));
});

test('the town line under a street address line; a closing line there is no town', () => {
  assert.ok(has('Mr Tom Reed\n4 Mill Lane\nStony Stratford\n', 'Stony Stratford', 'LOCATION'));
  assert.ok(!found('Re: 14 Ferry Road\nYours Sincerely').some((s) => s.includes('Sincerely')));
});
