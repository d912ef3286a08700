/**
 * Ships and boats by their type prefix and name (vessel-names.ts), and what must stay: the clinical abbreviations that
 * share a prefix (MS, MV, RV, SV) with no ship word before them, and notes written in capitals. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a vessel named with its prefix after a ship word, with its port marking or IMO number', () => {
  assert.ok(has('Transfer: evacuated from the island by ship MV Harbour Wren to the mainland.', 'MV Harbour Wren', 'VEHICLE'));
  assert.ok(has('Arrival on the ferry MV Loch Tarvan, 14:20.', 'MV Loch Tarvan', 'VEHICLE'));
  assert.ok(has('Lowered to vessel CTV Stormbird 7; taken to hospital.', 'CTV Stormbird 7', 'VEHICLE'));
  assert.ok(has('Injured hand on the fishing boat FV Silver Dawn BF 482, seen in ED.', 'FV Silver Dawn BF 482', 'VEHICLE'));
  assert.ok(has('Radio advice log: vessel MV Corran Star IMO 9012345, crew injury.', 'MV Corran Star IMO 9012345', 'VEHICLE'));
  assert.ok(has('Evacuated aboard the RV Kestrel-II from the station.', 'RV Kestrel-II', 'VEHICLE'));
});

test('a prefix no clinical text uses needs no ship word', () => {
  assert.ok(has('Medical evacuation via HMS Fernhollow from the islands.', 'HMS Fernhollow', 'VEHICLE'));
  assert.ok(has('Picked up by M/V Aurora Bay at dawn.', 'M/V Aurora Bay', 'VEHICLE'));
});

test('clinical abbreviations that share a prefix stay without a ship word; a name stops before the next clause', () => {
  const text = 'Known MS Relapse in 2019. MV Repair planned. RV Dilated on echo. SV Index low. TS Grade 2. ' +
    'Seen by Dr Ames, MS Contin 10 mg.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('VEHICLE')), []);
  assert.ok(has('Brought by boat MV Harbour Wren To Lerwick harbour.', 'MV Harbour Wren', 'VEHICLE'));
});

test('a note written in capitals: no vessel is read', () => {
  assert.deepEqual(found('PT ARRIVED BY FERRY MV HARBOUR WREN. MS RELAPSE.').filter((s) => s.startsWith('VEHICLE')), []);
});

test('session 35: a boat named after the word for it, two name words or more, closing the field', () => {
  assert.ok(has('Burns and cough; boat Sea Star Journey; nurse on board.', 'Sea Star Journey', 'VEHICLE'));
  assert.ok(has('Main écrasée; bateau Cap-des-Rosiers II; évacuation.', 'Cap-des-Rosiers II', 'VEHICLE'));
  assert.ok(has('Chest pain at sea; dhow Jahazi Safina 7; county hospital.', 'Jahazi Safina 7', 'VEHICLE'));
  assert.ok(has('Oil spill burns; boat BY-258 Creek Ambulance; nurse.', 'BY-258 Creek Ambulance', 'VEHICLE'));
  assert.ok(has('Hip fracture, boat transfer on MB Ivana Star II when seas allow.', 'MB Ivana Star II', 'VEHICLE'));
});

test('session 35: one word after a boat word, a name that runs on, a stop word first stay', () => {
  for (const text of [
    'Transferred by ferry to the island; boat Monday.',
    'He went by boat Then Returned home later.',
    'Boat Captain Rees; seen.',
    'MB ChB, boat ride Tuesday.',
  ]) assert.ok(!found(text).some((p) => p.startsWith('VEHICLE')), `${text}: ${found(text).join(' | ')}`);
});
