/**
 * A run of three or more years is a chronology, not a person's dates (session 42, deid-years); one or two years of a
 * person's history stay. The sentences are written here after the kinds seen on the read letters (letters10-37).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { dropYearRuns, yearRunStarts } from './year-runs.js';

// Every year (`everyYear`): a short line like these reads as letter-style, where lone years go anyway (letter-years.ts);
// this file tests the run rule alone.
const years = (t: string): string[] => detectPhi(t, { everyYear: true }).filter((s) => s.type === 'YEAR').map((s) => t.slice(s.start, s.end));

test('the years of a timeline or a list of years are no dates, beside a name too', () => {
  assert.deepEqual(years('Dr Achterberg, vaccine history slide: smallpox 1796, rabies 1885, polio 1955, measles 1963.'), []);
  assert.deepEqual(years('Dr Achterberg: audit years 2017, 2019 and 2023 on ward 4.'), []);
  assert.deepEqual(years('Dr Achterberg: registry data 2015 to 2022; scanner bought 2016, replaced 2021.'), []);
});

test('one or two years of a person stay', () => {
  assert.deepEqual(years('Dr Achterberg: CABG 1994, 2003; now stable.'), ['1994', '2003']);
  assert.deepEqual(years('Dr Achterberg: stent LAD 2019, anaphylaxis to penicillin 2022.'), ['2019', '2022']);
});

test('a run ends at a sentence end, a new line, or more than three words', () => {
  assert.deepEqual(years('Dr Achterberg: CABG 1994, 2003. Stroke 2010.'), ['1994', '2003', '2010']);
  assert.deepEqual(years('Dr Achterberg: CABG 1994, 2003,\n2010 stroke.'), ['1994', '2003', '2010']);
  assert.deepEqual(years('Dr Achterberg: appendix out 1994, then a left knee replacement in 2003 and a right one in 2010.'), ['1994', '2003', '2010']);
});

test('a year inside a numeric date or after a range dash is no item of the run', () => {
  assert.deepEqual([...yearRunStarts('born 12/03/1990, 1991, 2001')], []);
  assert.deepEqual([...yearRunStarts('cohort 1940-1955, 1960')], []);
  assert.deepEqual([...yearRunStarts('1991, 1999 and 2016')], [0, 6, 15]);
});

test('only four-digit YEAR spans are dropped', () => {
  const t = 'seen 1991, 1999, 2016';
  const spans = [{ start: 5, end: 9, type: 'DATE' as const }, { start: 11, end: 15, type: 'YEAR' as const }, { start: 17, end: 21, type: 'YEAR' as const }];
  assert.deepEqual(dropYearRuns(spans, t), [spans[0]]);
});
