import { test } from 'node:test';
import assert from 'node:assert/strict';
import { differentialOverlap, expectedCalibrationError, f1, summarise, type CaseOutcome } from './metrics.js';

const o = (x: Partial<CaseOutcome>): CaseOutcome => ({ trueRank: 0, trueProbability: 1, topProbability: 1, questions: 0, ddRecall: 1, ddPrecision: 1, sex: 'female', ageBand: '15-30', ...x });

test('differential overlap: recall over the truth, precision over the prediction', () => {
  assert.deepEqual(differentialOverlap(new Set(['a', 'b', 'c', 'd']), new Set(['a', 'b'])), { recall: 1, precision: 0.5 });
  assert.deepEqual(differentialOverlap(new Set(['a']), new Set(['a', 'b', 'c', 'e'])), { recall: 0.25, precision: 1 });
});

test('DDF1 is the F1 of the mean recall and mean precision, not the mean of per-case F1', () => {
  const s = summarise([o({ ddRecall: 1, ddPrecision: 0.5 }), o({ ddRecall: 0.25, ddPrecision: 1 })]);
  // means: recall 0.625, precision 0.75 -> F1 = 2*0.625*0.75/1.375 = 0.681818...
  assert.equal(s.ddr, 0.625);
  assert.equal(s.ddp, 0.75);
  assert.equal(s.ddf1, 0.6818);
  assert.notEqual(s.ddf1, Number(((2 / 3 + 0.4) / 2).toFixed(4)));
  assert.equal(f1(0, 0), 0);
});

test('ECE over 10 bins, hand-computed', () => {
  // bin 9: conf 0.9 and 0.95 (mean 0.925), one correct (acc 0.5) -> |0.5-0.925| * 2/4
  // bin 5: conf 0.55 and 0.55, both correct -> |1-0.55| * 2/4
  const ece = expectedCalibrationError([0.9, 0.95, 0.55, 0.55], [true, false, true, true]);
  assert.ok(Math.abs(ece - (0.425 * 0.5 + 0.45 * 0.5)) < 1e-12);
  assert.equal(expectedCalibrationError([1, 1], [true, true]), 0);
});

test('GTPA@k, IL and fairness gaps', () => {
  const s = summarise([o({ trueRank: 0, questions: 2 }), o({ trueRank: 2, questions: 4, sex: 'male' }), o({ trueRank: 6, questions: 6, sex: 'male' })]);
  assert.equal(s.gtpa1, 0.3333);
  assert.equal(s.gtpa3, 0.6667);
  assert.equal(s.gtpa5, 0.6667);
  assert.equal(s.il, 4);
});
