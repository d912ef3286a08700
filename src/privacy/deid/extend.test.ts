/**
 * Growing found spans (extend.ts): the generic element, qualifier, saint or article that opens a place's name joins a
 * place found after it. Every place here is invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendSpans } from './extend.js';
import { getDefaultLexicon } from './lexicon.js';

/** The step on one LOCATION span given by its text. */
function grown(text: string, place: string): string {
  const start = text.indexOf(place);
  const [s] = extendSpans([{ start, end: start + place.length, type: 'LOCATION' }], text, getDefaultLexicon());
  return s ? text.slice(s.start, s.end) : '';
}

test('a qualifier, generic element, saint or article before a found place opens its name', () => {
  assert.equal(grown('Referred from Little Quenbury clinic.', 'Quenbury'), 'Little Quenbury');
  assert.equal(grown('lives near Great Wendlow now', 'Wendlow'), 'Great Wendlow');
  assert.equal(grown('farm outside Co. Drumcarn, alone', 'Drumcarn'), 'Co. Drumcarn');
  assert.equal(grown('born in Sankt Velmar', 'Velmar'), 'Sankt Velmar');
  assert.equal(grown('flew in from Cape Skelvane.', 'Skelvane'), 'Cape Skelvane');
  assert.equal(grown('her son in Le Vessant', 'Vessant'), 'Le Vessant');
  // The words the rule held before this session still open a place.
  assert.equal(grown('retired to Port Serban', 'Serban'), 'Port Serban');
});

test('a lower-case word, a qualifier inside another word, or a word after the window does not', () => {
  assert.equal(grown('lives in little Quenbury', 'Quenbury'), 'Quenbury');
  assert.equal(grown('the Gold Quenbury', 'Quenbury'), 'Quenbury');
  assert.equal(grown('Minicape Skelvane', 'Skelvane'), 'Skelvane');
});
