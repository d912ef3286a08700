/**
 * Chinese, Japanese and Korean addresses by their unit words (east-asian-addresses.ts). What must stay: one unit alone
 * (a ward, a word that ends on a unit character), a district word before a count, clinical sentences. Every address is
 * invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectEastAsianAddresses } from './east-asian-addresses.js';

const values = (t: string): string[] => {
  const out: string[] = [];
  detectEastAsianAddresses(t, (s, e, type) => out.push(`${type}:${t.slice(s, e)}`));
  return out;
};

test('an address of parts closed by their unit words, from the largest to the smallest', () => {
  assert.deepEqual(values('患者 李明, 80岁, 东城区花园路 12弄 3号 501室; 高血压'), ['LOCATION:东城区花园路 12弄 3号 501室']);
  assert.deepEqual(values('住所 大阪府堺市中区3丁目5番地, 78歳'), ['LOCATION:大阪府堺市中区3丁目5番地']);
  assert.deepEqual(values('台南市東區勝利路二段88號4樓, 電話 06-2000000'), ['LOCATION:台南市東區勝利路二段88號4樓']);
  assert.deepEqual(values('환자 (80세), 강릉시 옥천면 대추리; 혈압 150/90'), ['LOCATION:강릉시 옥천면 대추리']);
  assert.deepEqual(values('주소: 춘천시 석사동 12-3, 전화 010'), ['LOCATION:춘천시 석사동 12-3']);
});

test('one unit alone, a ward, a count or a sentence stays', () => {
  assert.deepEqual(values('内科病区3楼, 床位 12'), []);
  assert.deepEqual(values('患者入院后血压下降, 转入市医院'), []);
  assert.deepEqual(values('당시 5일간 입원'), []);
  assert.deepEqual(values('병원으로 이송 후 회복'), []);
});
