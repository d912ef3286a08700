/**
 * The patient path (`detectPhiForPatient`) finds what the one-note path (`detectPhi`) finds: the final clean-up runs
 * once, on the raw spans, so a titled name before a clinical phrase is not judged a second time with its title
 * already inside the span (eighteenth session, review-deid; it was lost on the path the bench uses); growth runs to
 * a fixed point within that one clean-up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, detectPhiForPatient } from './detect.js';

const shown = (text: string, spans: readonly { start: number; end: number; type: string }[]): string[] =>
  spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

test('a titled name before a clinical phrase survives the patient path', () => {
  const texts = [
    'Mrs Sabine Hochreiter, sentinel node negative, seen today.',
    'Seen by Dr Amara Quist, troponin negative. Plan reviewed.',
  ];
  const patient = detectPhiForPatient(texts);
  texts.forEach((t, i) => {
    assert.deepEqual(shown(t, patient[i] ?? []), shown(t, detectPhi(t)));
  });
  assert.deepEqual(shown(texts[0]!, patient[0] ?? []), ['NAME:Mrs Sabine Hochreiter']);
  assert.deepEqual(shown(texts[1]!, patient[1] ?? []), ['NAME:Dr Amara Quist']);
});

test('one note alone: the patient path equals detectPhi on names, dates and identifiers', () => {
  const texts = [
    'Mr Tobias Gruenwald, ejection fraction 35%, reviewed 12/03/2024 by Dr Ines Varga. MRN 4471203.',
    'Ms Hedda Lindqvist, biopsy benign. Her son Jonas Lindqvist phoned 07700 900123.',
  ];
  for (const t of texts) assert.deepEqual(shown(t, detectPhiForPatient([t])[0] ?? []), shown(t, detectPhi(t)));
});

test('one clean-up grows a place as far as the old double clean-up did (growth to a fixed point)', () => {
  const t = 'Moved from Sheikh Khalifa Medical City with a fracture.';
  assert.deepEqual(shown(t, detectPhi(t)), ['LOCATION:Sheikh Khalifa Medical City']);
  assert.deepEqual(shown(t, detectPhiForPatient([t])[0] ?? []), ['LOCATION:Sheikh Khalifa Medical City']);
});
