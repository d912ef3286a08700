/** Whole identifiers without a cue: street addresses (multi-word, lower case, abbreviated, the town after them) and placeholder-style names. */
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

test('the town after an address line is redacted, a unit word is not taken for a town (its number is an address)', () => {
  assert.equal(redact('He lives at 123 Main Street, Boston. Phone on file.'), 'He lives at [LOCATION], [LOCATION]. Phone on file.');
  // The apartment number is part of the street address (Safe Harbor), not a town: one address span with its street.
  assert.match(redact('lives at 5 Harbor View Drive, Apt 2.'), /^lives at \[LOCATION\]\.$/);
});

test('abbreviated and lower-case addresses', () => {
  assert.match(redact('from his home at 9 Elm Ct. with dyspnea'), /home at \[LOCATION\]\. with dyspnea/);
  assert.match(redact('seen 5/6/23 at 12 cedar lane. c/o headache'), /at \[LOCATION\]\. c\/o headache/);
});

test('numbers before ordinary words stay', () => {
  assert.equal(redact('walked 2 blocks down the road'), 'walked 2 blocks down the road');
  assert.equal(redact('gave 2 doses via the iv line'), 'gave 2 doses via the iv line');
});

test('placeholder-style names: a given name before a title-case abbreviation, a surname after a middle initial', () => {
  assert.equal(redact('Patient: John Doe\nCC: cough'), 'Patient: [NAME]\nCC: cough');
  assert.equal(redact('Jane Q. Public, seen today'), '[NAME], seen today');
  assert.equal(redact('Given Lasix. Pt has DOE and SOB.'), 'Given Lasix. Pt has DOE and SOB.');
});

test('rural and highway contract routes with their box, numbered roads with a house number; "RR 20" is a vital sign', () => {
  assert.equal(redact('Mail to Rural Route 7, Box 218 please.'), 'Mail to [LOCATION] please.');
  assert.equal(redact('Lives at HC 61 Box 12.'), 'Lives at [LOCATION].');
  assert.equal(redact('Farm at 4200 County Road 12.'), 'Farm at [LOCATION].');
  // Sixteenth pass: a numbered road alone is a place, as the letters' gold marks it (place-spans.ts); "RR 20" stays a vital sign.
  assert.equal(redact('RR 20, HR 88, on Route 9 traffic'), 'RR 20, HR 88, on [LOCATION] traffic');
  assert.equal(redact('Residence: 14B Fenwick Close'), 'Residence: [LOCATION]');
});

test('street lines with numbered streets, post-directionals, lettered or half house numbers and a # unit (USPS Pub 28)', () => {
  assert.equal(redact('Home address 45 W. 3rd St. today'), 'Home address [LOCATION]. today');
  assert.match(redact('Lives at 1600 Pennsylvania Ave NW today'), /^Lives at \[LOCATION\] today$/);
  assert.equal(redact('Lives at 1234-B Maple Drive'), 'Lives at [LOCATION]');
  assert.equal(redact('Lives at 8 1/2 Elm St'), 'Lives at [LOCATION]');
  assert.equal(redact('Address on file: 77 Sunset Blvd #12'), 'Address on file: [LOCATION]');
  assert.equal(redact('Take 2 1/2 Tablets Daily'), 'Take 2 1/2 Tablets Daily');
});

test('more thoroughfare words (USPS Pub 28 C1, UK descriptors) and a possessive street name; lower-case prose stays', () => {
  assert.equal(redact('Mother at 28 Hornbeam Vale today.'), 'Mother at [LOCATION] today.');
  assert.equal(redact('Letter posted to 6 Weaver\'s Yard today.'), 'Letter posted to [LOCATION] today.');
  assert.equal(redact('Works at 14 Canal Wharf now.'), 'Works at [LOCATION] now.');
  assert.equal(redact('walked 2 blocks up the hill to the quay'), 'walked 2 blocks up the hill to the quay');
});

test('an address list\'s middle part between two found parts, and a town opened by a word of the clinical list (UPU order)', () => {
  // The locality between the street and the parish or town: both neighbours are found, so the part between is one too.
  assert.equal(redact('Home visit: Lot 9, Gully Bank Road, Tremblewood, St Ann. Reviewed.'), 'Home visit: Lot 9, [LOCATION], [LOCATION], [LOCATION]. Reviewed.');
  // "St" and "Puerto" are on the clinical list; opening a town of two words after a found place they are its name.
  assert.match(redact('Delivered to Trevone House, Kiln Lane, St Mabyn, PL30 3BE.'), /\[LOCATION\], \[LOCATION\], \[LOCATION\], \[ZIP\]\./);
  assert.match(redact('Clinic card: Plot 22, Avenida Farrapos 88, Puerto Belgrano; BP 150/90.'), /, \[LOCATION\]; BP 150\/90\.$/);
  // A clinical word after the found street is no town, and nothing is read at the list's end without a found neighbour.
  assert.match(redact('Seen at Pencarrow Surgery, Trewollack Road, Cardiology, Ward 4.'), /, Cardiology, Ward 4\.$/);
});
