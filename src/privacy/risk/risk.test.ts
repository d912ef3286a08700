import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExtract } from './extract.js';
import { assessRisk, LADDER, measure } from './risk.js';

// Hand-computed extract: 8 records. Exact QIs give classes {r1,r2,r3} (3), {r4,r5} (2), {r6} (1), {r7,r8} (2).
const CSV = `age,sex,zip,year,dx
34,F,02139,2020,J45;I10
34,F,02139,2020,J45
34,F,02139,2020,E11
51,M,02140,2020,I10
51,M,02140,2020,I10
77,M,02141,2021,C34
95,F,03601,2021,I50
92,F,03699,2021,I50
`;

test('k-anonymity, prosecutor/journalist risk and l-diversity on a small extract', () => {
  const { records, issues } = parseExtract(CSV);
  assert.equal(records.length, 8);
  assert.equal(issues.length, 0);
  // No rare-diagnosis QI here (threshold 1) so the classes are exactly the ones in the comment.
  const { metrics } = measure(records, LADDER[0]!, new Set(), 5, 0.1);
  assert.equal(metrics.classes, 4); // ages 95 and 92 both become 90+, ZIP3 036 is restricted → 000
  assert.equal(metrics.k, 1);
  assert.equal(metrics.shareInClassesBelowK, 1);
  assert.equal(metrics.prosecutorRiskMax, 1);
  assert.equal(metrics.prosecutorRiskMean, 4 / 8);
  assert.equal(metrics.journalistRiskMax, 0.1);
  assert.equal(metrics.lDiversity, 1); // {51,M}: I10 only
  assert.equal(metrics.classesWithLBelow2, 3);
});

test('generalisation reaches k or suppresses, and reports the cost', () => {
  const { records } = parseExtract(CSV);
  const r = assessRisk(records, { k: 2 });
  assert.ok(r.after.k >= 2 || r.after.records === 0);
  assert.equal(r.cost.recordsSuppressed + r.after.records, records.length);
  assert.ok(r.cost.precisionLoss >= 0 && r.cost.precisionLoss <= 1);
});

test('JSONL extracts and bad lines (reported by number, content withheld)', () => {
  const { records, issues } = parseExtract('{"age":40,"sex":"M","zip":"10001","date":"2020-05-01","dx":["I10"]}\nnot json SECRET-CANARY\n');
  assert.equal(records.length, 1);
  assert.equal(records[0]?.year, '2020');
  assert.equal(issues.length, 1);
  assert.equal(issues[0]?.path, 'line 2');
  assert.ok(!JSON.stringify(issues).includes('SECRET-CANARY'));
});
