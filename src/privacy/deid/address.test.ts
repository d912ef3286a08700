/** Street addresses as whole identifiers: multi-word street names, lower-case notes, abbreviations, and the town after the line. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deidentifyText } from './deidentify.js';

const redact = (text: string): string => {
  const r = deidentifyText(text, { mode: 'redact' });
  assert.ok(r.ok);
  return r.value.text;
};

test('a street name of several capitalised words is one address', () => {
  assert.equal(redact('Seen at 1187 Orchard Bend Road today.'), 'Seen at [LOCATION] today.');
});

test('the town after an address line is redacted, a unit word is not taken for a town', () => {
  assert.equal(redact('He lives at 123 Main Street, Boston. Phone on file.'), 'He lives at [LOCATION], [LOCATION]. Phone on file.');
  assert.match(redact('lives at 5 Harbor View Drive, Apt 2.'), /^lives at \[LOCATION\], Apt 2\.$/);
});

test('abbreviated and lower-case addresses', () => {
  assert.match(redact('from his home at 9 Elm Ct. with dyspnea'), /home at \[LOCATION\]\. with dyspnea/);
  assert.match(redact('seen 5/6/23 at 12 cedar lane. c/o headache'), /at \[LOCATION\]\. c\/o headache/);
});

test('numbers before ordinary words stay', () => {
  assert.equal(redact('walked 2 blocks down the road'), 'walked 2 blocks down the road');
  assert.equal(redact('gave 2 doses via the iv line'), 'gave 2 doses via the iv line');
});
