/**
 * A site's feature word after its name (feature-words.ts): a found place, or an untitled name, grows over the
 * lower-case GeoNames feature word right after it; care words, settlement words, titled names and a feature word that
 * is part of another noun stay out. Every place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { featureWordEdges } from './feature-words.js';

const grown = (text: string, word: string, type: 'LOCATION' | 'NAME'): string[] => {
  const start = text.indexOf(word);
  return featureWordEdges([{ start, end: start + word.length, type }], text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
};

test('a found place or an untitled name takes the feature word after it and is a place', () => {
  assert.deepEqual(grown('pt found at Crellow bus station, GCS 14', 'Crellow', 'LOCATION'), ['LOCATION:Crellow bus station']);
  assert.deepEqual(grown('RTC at Tregarth Hill roundabout, whiplash', 'Tregarth Hill', 'NAME'), ['LOCATION:Tregarth Hill roundabout']);
  assert.deepEqual(grown('payroll no. 4417, Kambiri estate, line 14', 'Kambiri', 'NAME'), ['LOCATION:Kambiri estate']);
  assert.deepEqual(grown('aircraft from Penhallow airbase, scene', 'Penhallow', 'LOCATION'), ['LOCATION:Penhallow airbase']);
  assert.deepEqual(grown('RTA at Kibwezi-Mtito road near Emali.', 'Kibwezi-Mtito', 'LOCATION'), ['LOCATION:Kibwezi-Mtito road']);
  assert.deepEqual(grown('usually at Oorlog Street taxi rank.', 'Oorlog Street', 'LOCATION'), ['LOCATION:Oorlog Street taxi rank']);
  // In the whole detector.
  assert.ok(detectPhi('RTC on 14/03/2025 at Tregarth Hill roundabout, Penhallow.').some((s) => s.type === 'LOCATION' && s.end - s.start === 'Tregarth Hill roundabout'.length));
});

test('care and settlement words, titled names and compound nouns stay readable', () => {
  assert.deepEqual(grown('Review at Ilkworth clinic in 2 weeks.', 'Ilkworth', 'LOCATION'), ['LOCATION:Ilkworth']);
  assert.deepEqual(grown('from Kinloss Manor care home, fell', 'Kinloss Manor', 'LOCATION'), ['LOCATION:Kinloss Manor']);
  assert.deepEqual(grown('near Saryazek town, lambing', 'Saryazek', 'LOCATION'), ['LOCATION:Saryazek']);
  assert.deepEqual(grown('a Kamwenge road traffic collision', 'Kamwenge', 'LOCATION'), ['LOCATION:Kamwenge']);
  assert.deepEqual(grown('Mrs Pendleby estate is settled', 'Pendleby', 'NAME'), ['NAME:Pendleby']);
  assert.deepEqual(grown('Mr Ashdown road safety talk', 'Mr Ashdown', 'NAME'), ['NAME:Mr Ashdown']);
  assert.deepEqual(grown('the Tavistock estate agent rang', 'Tavistock', 'LOCATION'), ['LOCATION:Tavistock']);
  assert.deepEqual(grown('seen 14 Nov 2026 road', '14 Nov 2026', 'NAME'), ['NAME:14 Nov 2026']);
});
