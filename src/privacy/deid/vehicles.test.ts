/**
 * Vehicle identification numbers (vehicles.ts): a 17-character VIN with a valid ISO 3779 / 49 CFR 565.15 check digit
 * anywhere, any VIN shape after a vehicle word; a wrong check digit with no vehicle word is not read as a VIN.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import { vinCheckDigitValid } from './vehicles.js';

test('the check digit of ISO 3779 (ninth character; 10 is X)', () => {
  assert.ok(vinCheckDigitValid('1HGCM82633A004352'));
  assert.ok(vinCheckDigitValid('1M8GDM9AXKP042788'));
  assert.ok(!vinCheckDigitValid('1HGCM82643A004352'));
  assert.ok(!vinCheckDigitValid('1HGCM82633A00435'));
});

test('a VIN is a vehicle identifier: bare with its check digit, or after a vehicle word', () => {
  assert.ok(has('1M8GDM9AXKP042788 was the number on the truck.', '1M8GDM9AXKP042788', 'VEHICLE'));
  assert.ok(has('Chassis no. WVWZZZ1JZXW000001 on the form.', 'WVWZZZ1JZXW000001', 'VEHICLE'));
  assert.ok(has('Car keys and the car with VIN 1FTFW1ET5DFC10312 handed over.', '1FTFW1ET5DFC10312', 'VEHICLE'));
});

test("a car's make beside a vehicle word is a product, no one; a make that is a surname stays a person elsewhere", () => {
  assert.deepEqual(found('Drives a silver Toyota to clinic.'), []);
  assert.ok(has('Daughter Tesla Morgan visits daily.', 'Tesla Morgan', 'NAME'));
});

test("a make that is also a given name stays a person's name: the make is dropped only as the car of a noun phrase", () => {
  assert.ok(has('Daughter Mercedes Lopez drives her to clinic.', 'Mercedes Lopez', 'NAME'));
  assert.ok(has('His wife Kia Thompson drives him in.', 'Kia Thompson', 'NAME'));
  assert.ok(has('Mercedes drove her mother to the appointment.', 'Mercedes', 'NAME'));
  assert.ok(has('Son Tesla parked outside.', 'Tesla', 'NAME'));
  assert.deepEqual(found('She drives her Toyota Corolla to work.'), []);
  assert.deepEqual(found('Parked the Volvo outside.'), []);
  assert.deepEqual(found('Was a passenger in a Toyota Corolla.'), []);
});
