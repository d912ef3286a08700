/**
 * Names in Cyrillic, Greek and Japanese script (script-names.ts, session 28): Cyrillic and Greek runs of capitalised
 * words with a surname or patronymic ending, Japanese family and given names before an honorific; what must stay:
 * place and institution names, headings, runs without such an ending, single words without a cue, nouns before 様.
 * Every name is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectScriptNames } from './script-names.js';

/** The text of every span the rule pushes. */
const names = (t: string): string[] => {
  const out: string[] = [];
  detectScriptNames(t, (s, e) => out.push(t.slice(s, e)));
  return out;
};

test('a Cyrillic or Greek name with a surname or patronymic ending', () => {
  assert.deepEqual(names('Home visit: Добрина Захариева, 88, lives alone.'), ['Добрина Захариева']);
  assert.deepEqual(names('Лікар Оксана Богданівна Марченко, тел. 044 000'), ['Оксана Богданівна Марченко']);
  assert.deepEqual(names('Referred to Д-р Весела Ангелова-Пенева by GP.'), ['Весела Ангелова-Пенева']);
  assert.deepEqual(names('Пациент: Алмазбек Турдубаев, 61.'), ['Алмазбек Турдубаев']);
  assert.deepEqual(names('Ασθενής: Σταύρος Κωνσταντινίδης, 77 ετών'), ['Σταύρος Κωνσταντινίδης']);
  assert.deepEqual(names('Ward note (Serbia): Милица Јовановић\tdischarged.'), ['Милица Јовановић']);
});

test('a cue word before a single surname, and a Turkic patronymic word after the name', () => {
  assert.deepEqual(names('Пациентка Ковальчук, 70 лет.'), ['Ковальчук']);
  assert.deepEqual(names('осмотр: лекар Стефанов, кабинет 4'), ['Стефанов']);
  assert.deepEqual(names('Кардиолог: Эрмек Айбек уулу, тел.'), ['Эрмек Айбек уулу']);
});

test('Japanese family and given name before an honorific', () => {
  assert.deepEqual(names('退院: 患者 宮坂 千代 様、89歳。'), ['宮坂 千代']);
  assert.deepEqual(names('連絡: 家族 ハヤシ 明 さんに電話'), ['ハヤシ 明']);
  // A noun before 様 and a Chinese given name ending in 君 are not names of this shape.
  assert.deepEqual(names('患者様、お客様へ。看護師 王怡君。'), []);
});

test('places, headings, runs without an ending and Latin runs stay', () => {
  assert.deepEqual(names('Transferred from Республика Молдова, Кишинёв.'), []);
  assert.deepEqual(names('Городская Больница Иванова, отделение 3'), []);
  assert.deepEqual(names('Выписной Эпикриз Городской Клинической Больницы Петрова'), []);
  assert.deepEqual(names('Медицина Катастроф; Свети Мина; Ак-Суу айылы.'), []);
  assert.deepEqual(names('Single word Петров alone; Ivan Petrov in Latin.'), []);
  assert.deepEqual(names('Σακχαρώδης Διαβήτης τύπου 2'), []);
});
