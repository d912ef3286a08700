/**
 * Names by their slot (people-slots.ts), lists of people after a cue (cue-names.ts) and places by their head
 * (organisations.ts, extend.ts): English-word names found, clinical words and kinds of places left. Every name and
 * place here is invented for the test (ninth pass of issue 14).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectPeopleSlots } from './people-slots.js';
import { detectOrganisations } from './organisations.js';

const found = (text: string): string[] => detectPhi(text).map((s) => `${text.slice(s.start, s.end)}:${s.type}`);
function slots(text: string): string[] {
  const out: string[] = [];
  detectPeopleSlots(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}
function orgs(text: string): string[] {
  const out: string[] = [];
  detectOrganisations(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('a name beside its role in brackets, a same-line thanks and a capitals header are names, English words or not', () => {
  assert.deepEqual(slots('Care team: Drew Carpenter (SW), Will Penny (RN).'), ['Drew Carpenter', 'Will Penny']);
  assert.deepEqual(slots('Called Jay Gold (husband) at 9.'), ['Jay Gold']);
  assert.deepEqual(slots('OT (Hope Latvik-Crane) and PT (Drew Marsh) assessed mobility.'), ['Hope Latvik-Crane', 'Drew Marsh']);
  assert.deepEqual(slots('Thanks, Summer Wold'), ['Summer Wold']);
  assert.deepEqual(slots('FIELD, REED seen in clinic today, BP 130/80.'), ['FIELD, REED']);
});

test('the slots leave clinical words, roles and section headers', () => {
  assert.deepEqual(slots('Seen by Palliative Care (RN) today.'), []);
  assert.deepEqual(slots('HEENT, NECK: supple. CHEST, ABDOMEN normal.'), []);
  assert.deepEqual(slots('Thanks, Cardiology'), []);
});

test('a list of full names after a cue is read name by name; new cues read English-word names', () => {
  assert.deepEqual(found('Present: Trina Kolcrest, Mayla Tower, Bea Pike and Cavo Mason.'),
    ['Trina Kolcrest:NAME', 'Mayla Tower:NAME', 'Bea Pike:NAME', 'Cavo Mason:NAME']);
  assert.deepEqual(found('d/w Chase Balasunder re: discharge.'), ['Chase Balasunder:NAME']);
  assert.deepEqual(found('Handed over to Autumn Long at 19:00.'), ['Autumn Long:NAME']);
  assert.deepEqual(found('Discussed with John Smith, who agrees.'), ['John Smith:NAME']);
});

test('places by their head: schools, counties, streets, towns; kinds of places stay', () => {
  assert.deepEqual(orgs('Son attends Rose Primary School; lives in Orange County.'), ['Rose Primary School', 'Orange County']);
  assert.deepEqual(orgs('She was seen at Pike Pediatrics last week.'), ['Pike Pediatrics']);
  assert.deepEqual(orgs('Ambulance from Sport Falls to DTQM, arrived 14:20.'), ['Sport Falls', 'DTQM']);
  assert.deepEqual(orgs('Transferred to ICU, then SNF. Follow up in Fracture Clinic. Recurrent Falls. Seen in General Pediatrics.'), []);
  assert.deepEqual(orgs('Rift Valley fever serology sent.'), []);
});

test('whole spans: place words, an initial beside a mixed-case surname, but not in capitals', () => {
  assert.deepEqual(found('Her PCP is Dr L. Nashby in Mount Zurin.'), ['L. Nashby:NAME', 'Mount Zurin:LOCATION']);
  assert.deepEqual(found('Emergency contact: Polit Schmoldt (husband), Startzman Falls.'), ['Polit Schmoldt:NAME', 'Startzman Falls:LOCATION']);
  assert.deepEqual(found('Seen with Cuvas Steel, who was visiting.'), ['Cuvas Steel:NAME']);
  assert.deepEqual(found('School nurse Arlean bin Marena will give it.'), ['Arlean bin Marena:NAME']);
  assert.deepEqual(found('Patient of Dr. Jean C. van Saeli, covering.'), ['Jean C. van Saeli:NAME']);
  assert.ok(!found('Given Kaolin Pectinx 1 tab.').includes('Kaolin Pectinx:NAME'));
  assert.ok(!found('MILRINONE OFF AS PER W. MAROTTA. GU: GOOD U/O.').includes('W. MAROTTA:NAME'));
});

// Twenty-fourth session (deid-clean5): a capitals heading that ends in a kind of document is no name.
test('a capitals heading ending in a kind of document is no one; a capitals name at a line start is still taken', () => {
  const heading = 'TELEPSYCHIATRY REVIEW NOTE\nPlatform: video. Seen 3 Dec 2026.';
  assert.deepEqual(detectPhi(heading).map((s) => heading.slice(s.start, s.end)), ['3 Dec 2026']);
  const name = 'Seen today.\nTEMITOPE ADEBAYO-COLE\nPlan: review on 3 Dec 2026.';
  assert.ok(detectPhi(name).some((s) => name.slice(s.start, s.end) === 'TEMITOPE ADEBAYO-COLE'));
});
