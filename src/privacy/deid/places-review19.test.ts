/** Nineteenth pass, second reader of `properRun` (extend.ts): what a place's closing run must leave out, and still take. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhi } from './detect.js';

const places = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));

test('a drug, test, ward or specialty among the capitalised words after a place ends no place name', () => {
  const cases: [string, string][] = [
    ['Came from Boston Metoprolol Held.', 'Boston'],
    ['Pt transferred from Springfield Hospital Lasix Given.', 'Springfield Hospital'],
    ['Arrived from Springfield Echo Report Pending.', 'Springfield'],
    ['Transfer from Springfield Hospital Chest Xray Clear.', 'Springfield Hospital'],
    ['Transferred from Lowell General Hospital Vanc Started.', 'Lowell General Hospital'],
    ["Returned from Boston Children's Hospital Cath Lab.", "Boston Children's Hospital"],
    ['Transferred from Worcester Memorial Hospital Surgical Team aware.', 'Worcester Memorial Hospital'],
  ];
  for (const [text, place] of cases) assert.deepEqual(places(text), [place], text);
});

test('a run of ordinary words after a place is still its name', () => {
  assert.deepEqual(places('He was seen at Marlstone Police Station with AMHP.'), ['Marlstone Police Station']);
  assert.deepEqual(places('Discharged to Harbour Lights Hostel, follow-up in clinic.'), ['Harbour Lights Hostel']);
  assert.deepEqual(places('Aftercare at Foxglova Friends of Recovery, weekly.'), ['Foxglova Friends of Recovery']);
});
