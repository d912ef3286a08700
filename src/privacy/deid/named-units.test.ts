/**
 * A hospital's or a service's named unit read by its head (organisations.ts, twenty-eighth session): "… Renal Unit",
 * "… Satellite", "… Maternity", "… IRC", "… CMHT", "… Genetics Laboratory" from the first word no list holds; wards
 * named by common words and kinds of unit stay. Every name here is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';

const found = (text: string): string[] => detectPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

test('a named unit, satellite, maternity, removal centre, team or laboratory is read whole from its proper word', () => {
  assert.ok(found('Discharge (psychiatry, Oakvarrow Unit): discharged home.').includes('LOCATION:Oakvarrow Unit'));
  assert.ok(found('Endoscopy list, Calderwick GI Unit, Thu 10/12: OGD.').includes('LOCATION:Calderwick GI Unit'));
  assert.ok(found("Theatre list (gynae), Seftonby Marsh Women's Unit, Dec 10.").includes("LOCATION:Seftonby Marsh Women's Unit"));
  assert.ok(found('Wed 09/12 for dialysis, Cannowick Renal Satellite. Stretcher.').includes('LOCATION:Cannowick Renal Satellite'));
  assert.ok(found('Sample GEN-1 to Ardwickham Regional Genetics Laboratory.').includes('LOCATION:Ardwickham Regional Genetics Laboratory'));
  assert.ok(found('Centre: Colnwick House IRC, Brindlecombe Lane.').includes('LOCATION:Colnwick House IRC'));
  assert.ok(found('Depot at Moorwick CMHT on Monday.').includes('LOCATION:Moorwick CMHT'));
});

test('wards named by common words, kinds of unit and national services stay as they were', () => {
  assert.deepEqual(found('Transfer from the Day Surgery Unit to the Acute Medical Unit.'), []);
  assert.deepEqual(found('Hibiscus Unit, Rainbow Ward and the Delivery Suite reopen.'), []);
  assert.deepEqual(found('Welsh Ambulance Service attended; Claims Unit informed.'), []);
  assert.deepEqual(found('The Fetal Medicine Unit and Endoscopy Suite.'), []);
});
