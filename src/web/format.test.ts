/** The workbench's pure display helpers (run in node; they use no browser API). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { demographicsFromNote } from './app/demographics.js';
import { bits, pct, signed, usd } from './app/format.js';

describe('pct', () => {
  it('never claims more resolution than the model has', () => {
    assert.equal(pct(0.9995), '>99%');
    assert.equal(pct(0.99), '99%');
    assert.equal(pct(0.0004), '<0.1%');
    assert.equal(pct(0.0123), '1.2%');
    assert.equal(pct(0.456), '46%');
    assert.equal(pct(Number.NaN), '–');
  });
});

describe('units', () => {
  it('formats money, information and contributions', () => {
    assert.equal(usd(0), '$0');
    assert.equal(usd(13.2), '$13.20');
    assert.equal(usd(1234.4), '$1,234');
    assert.equal(bits(Math.LN2), '1.00 bits');
    assert.equal(signed(-0.5), '−0.50');
    assert.equal(signed(1.234), '+1.23');
  });
});

describe('demographicsFromNote', () => {
  it('reads age and sex as notes state them', () => {
    assert.deepEqual(demographicsFromNote('62-year-old man with chest pain'), { age: 62, sex: 'male' });
    assert.deepEqual(demographicsFromNote('45 yo female, she reports fever'), { age: 45, sex: 'female' });
    assert.deepEqual(demographicsFromNote('Aged 7. Cough for 3 days.'), { age: 7 });
    assert.deepEqual(demographicsFromNote('Cough for 3 days.'), {});
    assert.deepEqual(demographicsFromNote('Smoker for 20 years, she has a cough'), { sex: 'female' });
    assert.deepEqual(demographicsFromNote('A 30 years of age patient'), { age: 30 });
  });
});
