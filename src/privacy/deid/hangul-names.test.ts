/**
 * Korean names in Hangul (hangul-names.ts, session 34): a listed family name after a name label or a person noun, or
 * before an age in years; what must stay: a note's next words after the noun, a charting clause, a two-syllable word
 * after a noun, a run that does not close its field, a run whose first syllable is no family name. Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectHangulNames } from './hangul-names.js';
import { detectPhi } from './detect.js';

/** The text of every span the rule pushes, once each. */
const names = (t: string): string[] => {
  const out: string[] = [];
  detectHangulNames(t, (s, e) => out.push(t.slice(s, e)));
  return [...new Set(out)];
};

test('a Korean name after a label, a person noun or before an age in years', () => {
  assert.deepEqual(names('성명: 남궁윤'), ['남궁윤']);
  assert.deepEqual(names('야간 인계; 담당간호사 탁서윤, 내선 2231'), ['탁서윤']);
  assert.deepEqual(names('퇴원 요약. 주치의 변도현.'), ['변도현']);
  assert.deepEqual(names('Seen with daughter 편하은 (pharmacist).'), ['편하은']);
  assert.deepEqual(names('마을 건강검진 - 보건진료소 옥말순 (농업, 88세), 혈압 150/90'), ['옥말순']);
  assert.deepEqual(names('방문: 길순례, 93세, 독거'), ['길순례']);
});

test('a noun\'s next words, a charting clause and a run that is no name stay', () => {
  assert.deepEqual(names('환자 이송함.'), []);
  assert.deepEqual(names('환자 안정됨.'), []);
  assert.deepEqual(names('환자 상태 양호.'), []);
  assert.deepEqual(names('환자 오늘 퇴원.'), []);
  assert.deepEqual(names('의사 소견: 특이사항 없음'), []);
  assert.deepEqual(names('간호사 확인함'), []);
  assert.deepEqual(names('보호자 연락 안됨.'), []);
  assert.deepEqual(names('혈당 측정, 120 mg/dL'), []);
  assert.deepEqual(names('체온 측정 (2회, 37세)'), []);
});

test('a nurse\'s Hangul name after her role is found in a whole note', () => {
  const text = '제주 방문간호 기록: 청력 저하, 보청기 점검; 간호사 옥다빈.';
  const found = detectPhi(text).filter((s) => s.type === 'NAME').map((s) => text.slice(s.start, s.end));
  assert.ok(found.includes('옥다빈'), JSON.stringify(found));
});
