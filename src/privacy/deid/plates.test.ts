/**
 * Licence plates after a vehicle or plate word of several languages (plates.ts, eighteenth pass), and what must stay:
 * measurements after a vehicle word, doses, times, ranges, codes, gene names and scores, and notes written in capitals.
 * Every plate is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a plate after a vehicle or plate word, in the national formats', () => {
  assert.ok(has('Ambulance TN 39 BX 4471 en route, ETA 40 minutes.', 'TN 39 BX 4471', 'VEHICLE'));
  assert.ok(has('The driver of truck LT KRA 441 collided with the barrier.', 'LT KRA 441', 'VEHICLE'));
  assert.ok(has('Visitor: grandson, car reg LK19 HZT, parked in bay 3.', 'LK19 HZT', 'VEHICLE'));
  assert.ok(has('Unfall, Kennzeichen M-AB 1234 am Unfallort.', 'M-AB 1234', 'VEHICLE'));
  assert.ok(has('Véhicule immatriculation AB-123-CD.', 'AB-123-CD', 'VEHICLE'));
  assert.ok(has('Matrícula 1234 BCD, conductor herido.', '1234 BCD', 'VEHICLE'));
  assert.ok(has('Kenteken 12-ABC-3 op de parkeerplaats.', '12-ABC-3', 'VEHICLE'));
  assert.ok(has('Car rego XYZ-789 seen at the scene.', 'XYZ-789', 'VEHICLE'));
});

test('the rule fails without its cue word: a lone code after another noun is no plate', () => {
  // A UK plate of the current DVLA format needs no cue since session 23 (dvla-plates.test.ts); other shapes still do.
  assert.ok(!has('Crew member XYZ-789.', 'XYZ-789', 'VEHICLE'));
});

test('measurements, doses, times, ranges, codes, gene variants and scores after a vehicle word are not plates', () => {
  const text = 'Ambulance crew GCS 14 on arrival, ambulance ETA 20 min. Car accident, BMI 32, ISS 25. Taxi at 14:30. ' +
    'Truck driver on 10 mg amlodipine. Car seat 2 used. Vehicle speed 30 MPH. Ambulance: SpO2 94%, NEWS2 7. ' +
    'Van driver, ICD-10 V43.5, LOINC 2345-7. Car T-cell therapy (CAR-T) for BRCA1 c.68_69del; PHQ-9 12, range 10-20.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('VEHICLE')), []);
});

test('a note written in capitals: the cue rule does not read its words as plates', () => {
  assert.deepEqual(found('PT TRANSFERRED BY AMBULANCE TO ED AT 1400. REG INSULIN 4U GIVEN.').filter((s) => s.startsWith('VEHICLE')), []);
});

test('a plate or hull number after a craft word or another language\'s word for a vehicle', () => {
  assert.ok(has('Rescued at sea; vessel QLD 5821; skipper unhurt.', 'QLD 5821', 'VEHICLE'));
  assert.ok(has('Referida en lancha MX-0732 al hospital.', 'MX-0732', 'VEHICLE'));
  assert.ok(has('Karta: pojazd KR 5821J, pacjent przytomny.', 'KR 5821J', 'VEHICLE'));
  assert.ok(has('Einsatz: Kennzeichen RTW B-RK 5521.', 'B-RK 5521', 'VEHICLE'));
  assert.ok(has('Company taxi firm, cab QWE-5821.', 'QWE-5821', 'VEHICLE'));
});

test('plates in Cyrillic and Arabic letters, after an English cue or a cue of their own script', () => {
  assert.ok(has('Evacuated by snowmobile 2718 КЕ 35 to the district hospital.', '2718 КЕ 35', 'VEHICLE'));
  assert.ok(has('Brought by jeep plate 5163 УНА with her grandson.', '5163 УНА', 'VEHICLE'));
  assert.ok(has('Car plate: 52 ب 318 - 44, parked outside.', '52 ب 318 - 44', 'VEHICLE'));
  assert.ok(has('Доставлен на автомобиле Р 482 ОК 59 в приёмное отделение.', 'Р 482 ОК 59', 'VEHICLE'));
  assert.ok(has('Her son drove her in their car (30 A 518 KT) before we arrived.', '30 A 518 KT', 'VEHICLE'));
});

test('a Cyrillic or Arabic cue before a dose, a time or a word is no plate', () => {
  const text = 'Машина скорой: 10 мг морфина. Снегоход 14:30 прибыл. Car ب ambulance. Автомобиль ДТП.';
  assert.deepEqual(found(text).filter((s) => s.startsWith('VEHICLE')), []);
});

test('session 35: the craft of the letters\' languages, a plate with a hyphen-joined PT group, Greek plates, a motor plate', () => {
  assert.ok(has('Deckhand on the barcaza CA-4471; pelvic fracture.', 'CA-4471', 'VEHICLE'));
  assert.ok(has('Traslado en bote PU-5836-LT a hospital.', 'PU-5836-LT', 'VEHICLE'));
  assert.ok(has('Wipeout on a wave; jet-ski NZ-4471-PT rescue; shoulder dislocation.', 'NZ-4471-PT', 'VEHICLE'));
  assert.ok(has('Evacuated by Coast Guard aircraft CG-784; hypothermia.', 'CG-784', 'VEHICLE'));
  assert.ok(has('Τροχαίο, ασθενοφόρο ΚΗΥ-4417 στο νοσοκομείο.', 'ΚΗΥ-4417', 'VEHICLE'));
  assert.ok(has('Nahulog sa habal-habal; motor GY 5836; sugat sa tuhod.', 'GY 5836', 'VEHICLE'));
});

test('session 35: clinical uses of motor and the new craft words, and capitals words apart, stay', () => {
  for (const text of [
    'Power: motor L4 S1 intact, motor 5/5 throughout.',
    'Motor GCS 456 unchanged.',
    'Skiff ride to clinic, BP 120/80.',
    'AMBULANCE PT TO ED AT 1400.',
  ]) assert.ok(!found(text).some((p) => p.startsWith('VEHICLE')), `${text}: ${found(text).join(' | ')}`);
});
