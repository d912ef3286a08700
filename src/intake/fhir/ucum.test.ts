import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TESTS } from './loinc-tests.js';
import { convert, knownUnit, resolveUnit } from './ucum.js';

const close = (a: number | undefined, b: number, tol = 1e-6): void => {
  assert.ok(a !== undefined && Math.abs(a - b) <= tol, `expected ${b}, got ${a}`);
};

test('temperatures convert by offset and factor', () => {
  close(convert(98.6, '[degF]', 'Cel'), 37);
  close(convert(212, '[degF]', 'Cel'), 100);
  close(convert(37, 'Cel', '[degF]'), 98.6);
  close(convert(310.15, 'K', 'Cel'), 37);
});

test('mass and substance concentrations convert through the molar mass', () => {
  close(convert(5.5, 'mmol/L', 'mg/dL', { molarMass: 180.16 }), 99.088, 1e-3); // glucose
  close(convert(88.4, 'umol/L', 'mg/dL', { molarMass: 113.12 }), 1.0, 1e-3); // creatinine
  assert.equal(convert(5.5, 'mmol/L', 'mg/dL'), undefined, 'no molar mass, no conversion');
});

test('same-dimension conversions', () => {
  close(convert(125, 'g/L', 'g/dL'), 12.5);
  close(convert(0.04, 'ng/mL', 'ng/L'), 40);
  close(convert(0.5, 'ug/mL', 'ng/mL'), 500);
  close(convert(7.5, '10*9/L', '10*3/uL'), 7.5);
  close(convert(1.2, 'u[IU]/mL', 'm[IU]/L'), 1.2);
  close(convert(0.97, '1', '%'), 97);
  close(convert(1, 'ukat/L', 'U/L'), 60);
});

test('mEq and mmol convert through the valence', () => {
  close(convert(140, 'meq/L', 'mmol/L', { valence: 1 }), 140);
  close(convert(5, 'meq/L', 'mmol/L', { valence: 2 }), 2.5);
  assert.equal(convert(140, 'meq/L', 'mmol/L'), undefined);
});

test('incommensurable units do not convert', () => {
  assert.equal(convert(1, 'mg/dL', '/min'), undefined);
  assert.equal(convert(1, 'Cel', 'mm[Hg]'), undefined);
  assert.equal(convert(1, 'furlong', 'Cel'), undefined);
});

test('units resolve from UCUM codes, annotations and documented aliases only', () => {
  assert.deepEqual(resolveUnit('mm[Hg]'), { code: 'mm[Hg]' });
  assert.deepEqual(resolveUnit('mmHg'), { code: 'mm[Hg]' });
  assert.deepEqual(resolveUnit('°F'), { code: '[degF]' });
  assert.deepEqual(resolveUnit('{beats}/min'), { code: '/min', annotation: 'beats' });
  assert.deepEqual(resolveUnit('ug/mL{FEU}'), { code: 'ug/mL', annotation: 'FEU' });
  assert.deepEqual(resolveUnit('mg/dl'), { code: 'mg/dL' });
  assert.equal(resolveUnit('cups'), undefined);
  assert.equal(resolveUnit(''), undefined);
  assert.equal(resolveUnit('{count}'), undefined);
});

test('every mapped test compares in a unit of the table', () => {
  for (const t of TESTS) if (t.kind === 'quantity') assert.ok(knownUnit(t.unit), `${t.id}: ${t.unit}`);
});

test('a scale total ("/30") is no unit: the notes scale reader reads it against the scale', () => {
  for (const raw of ['/15', '/30', '/27', '/21', '/24']) assert.equal(resolveUnit(raw), undefined, raw);
});

test('picograms (MCH) are 1e-12 g', () => {
  close(convert(1e12, 'pg', 'g'), 1);
  close(convert(29, 'pg', 'kg'), 29e-15);
});

test('kU/L is U/mL, mU/mL is U/L and kIU/L is IU/mL (UCUM prefixes)', () => {
  assert.equal(resolveUnit('kU/L')?.code, 'kU/L');
  assert.equal(convert(890, 'kU/L', 'U/mL'), 890);
  assert.equal(resolveUnit('mU/mL')?.code, 'U/L');
  assert.equal(resolveUnit('kIU/L')?.code, '[IU]/mL');
});
