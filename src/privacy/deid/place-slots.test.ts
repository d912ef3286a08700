/**
 * Names and places by their slot, tenth pass of issue 14 (place-slots.ts, people-slots.ts, organisations.ts,
 * safe-list.ts): places after origin, travel, residence and job cues, a town before a state code, possessive relations,
 * names before an age, after a verb that takes a person, dash sign-offs and capitals names; countries, states, generic
 * care places, clinical words and brands are left. Every name and place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectPlaceSlots } from './place-slots.js';
import { detectPeopleSlots } from './people-slots.js';

const found = (text: string): string[] => detectPhi(text).map((s) => text.slice(s.start, s.end));
function places(text: string): string[] {
  const out: string[] = [];
  detectPlaceSlots(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}
function people(text: string): string[] {
  const out: string[] = [];
  detectPeopleSlots(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('a place in an origin, travel, residence or job slot is a place, English word or not', () => {
  assert.deepEqual(places('Originally from Hope, moved here 4 years ago.'), ['Hope']);
  assert.deepEqual(places('Back from a trip to Quellbrook with diarrhoea.'), ['Quellbrook']);
  assert.deepEqual(places('Works nights at Home Depot, lifting boxes.'), ['Home Depot']);
  assert.deepEqual(places('Originally from Wisconsin Rapids.'), ['Wisconsin Rapids']);
  assert.deepEqual(places('Drove up from Hope to see us; staying with her sister in Bath.'), ['Hope', 'Bath']);
  assert.deepEqual(places('Lives alone in Varnley, MI; daughter visits.'), ['Varnley', 'Varnley, MI']);
});

test('a place label\'s value ends at the next label or a sentence end; a saint\'s "St." stays inside', () => {
  assert.deepEqual(places('Town: Bath Occupation: driver'), ['Bath']);
  assert.deepEqual(places('Church: St. Anne Parish Role: volunteer'), ['St. Anne Parish']);
  assert.deepEqual(places('Birthplace: St. Ives. Smokes daily'), ['St. Ives']);
});

test('countries, states, generic care places and months in a place slot are left', () => {
  assert.deepEqual(places('He traveled to South Africa with his wife.'), []);
  assert.deepEqual(places('Moved here from Texas in March.'), []);
  assert.deepEqual(places('Drove to Urgent Care at night.'), []);
  assert.deepEqual(places('Flew back from Christmas with family.'), []);
  assert.deepEqual(places('Reviewed by Ana Roe, MD.'), []);
});

test('a possessive relation, a name before its age, a name after a verb that takes a person and a dash sign-off are names', () => {
  assert.deepEqual(people("Drew's mom says the rash is spreading."), ['Drew']);
  assert.deepEqual(people("Child's mother called. Brook's labs came back. Monday's labs fine. Bell's palsy better."), ['Brook']);
  assert.deepEqual(people('Cliff Yarrow, 52M, presents with chest pain.'), ['Cliff Yarrow']);
  assert.deepEqual(people('Can someone ring Sky Fisher back re: the MRI?'), ['Sky Fisher']);
  assert.deepEqual(people('Call Cardiology back.'), []);
  assert.deepEqual(people('Plan: repeat BMP. Thanks - Kit'), ['Kit']);
});

test('a capitals name needs a word no dictionary holds; capitals headers of English words are left', () => {
  assert.deepEqual(people('Lungs clear. CHASE JANOWIK - no show x2.'), ['CHASE JANOWIK']);
  assert.deepEqual(people('HOPE PARK - no show.'), []);
  assert.deepEqual(people('Seen today. CHEST PAIN resolved.'), []);
});

test('English-word given names with an initial or an unknown surname, saints and short organisation names are found', () => {
  assert.ok(found('Seema F. and Clay J. both missed their slots.').includes('Clay J.'));
  assert.ok(found('Negative Murphy sign. Drew Huovlin phoned.').includes('Drew Huovlin'));
  assert.ok(found('Continue Eliquis. Leonia Sarvage is on the wait list.').includes('Leonia Sarvage'));
  assert.ok(found('FYI Leonia Savage called.').includes('Leonia Savage'));
  assert.deepEqual(found('Was seen at St Murase\'s last month.'), ["St Murase's"]);
  assert.deepEqual(found('Records from Bath Medical.'), ['Bath Medical']);
  assert.deepEqual(found("Took St. John's wort. Seen at Family Health today."), []);
});

test('a town before a state written out is a place (the state names were matched in lower case only), not a relation word before a given name', () => {
  assert.deepEqual(places('Grew up near Tamble, Iowa, farm work.'), ['Tamble, Iowa']);
  assert.deepEqual(places('Family farm outside Orem Falls, Utah where she taught.'), ['Orem Falls, Utah']);
  assert.deepEqual(places('Daughter, Virginia called at 3pm.'), []);
  assert.deepEqual(places('Hx of Lyme, Maine summers.'), []);
  assert.ok(found('Grew up near Tamble, Iowa, farm work.').includes('Tamble, Iowa'));
});

test('a town before a postal code that a name list also holds ("Al") is still a place; the given-name refusal is for states written out', () => {
  const base = getDefaultLexicon();
  const lex = { ...base, firstNames: new Set([...base.firstNames, 'al']) };
  const slots = (text: string): string[] => {
    const out: string[] = [];
    detectPlaceSlots(text, lex, (s, e) => out.push(text.slice(s, e)));
    return out;
  };
  assert.deepEqual(slots('Sister visiting Enterprise, AL.'), ['Enterprise, AL']);
  assert.deepEqual(slots('Daughter, Virginia called at 3pm.'), []);
});

test('a hospital named before its emergency department is a place, the department and generic kinds are not', () => {
  assert.deepEqual(found("Fever since Tuesday. Advised Quarrington Mercy ED."), ['Quarrington Mercy']);
  assert.deepEqual(found("Advised Children's Larkmoor ED tonight."), ["Children's Larkmoor"]);
  assert.deepEqual(found('Seen in Adult ED, then Main ED. In ED she was given fluids.'), []);
});

test('thirtieth session: a capitalised run after a bare "at" is a place, English words or not', () => {
  assert.deepEqual(places('District nurse visited her at The Old Mill, Brackenholt.'), ['The Old Mill']);
  assert.deepEqual(places('Cut his hand on glass at The Tin Lantern bar last night.'), ['The Tin Lantern']);
  assert.deepEqual(places('Pharmacist to visit him at Rowan Hollow Farm after 3.'), ['Rowan Hollow Farm']);
  assert.deepEqual(places('MRI booked at Quillmere Vale next week.'), ['Quillmere Vale']);
  assert.deepEqual(places('Keyworker Tamsin at Brightwater Recovery.'), ['Brightwater Recovery']);
});

test('thirtieth session: the time sense of "at", departments, positions, codes and lone words stay', () => {
  assert.deepEqual(places('Pain at Rest and at Night, worse at Christmas.'), []);
  assert.deepEqual(places('CVS booked at Fetal Medicine Unit tomorrow.'), []);
  assert.deepEqual(places('Needle-stick from a patient at Bay 2 and settled at KES 184,200.'), []);
  assert.deepEqual(places('Neuro intact, OOB at Lib. Hypo at PE, readings at D2 and D4.'), []);
  assert.deepEqual(places('Seen at Triage, then at Reception.'), []);
  assert.deepEqual(places('Scald from a kettle at Gran\'s house.'), []);
  assert.deepEqual(places('Seen at 3pm; at home with her son.'), []);
});
