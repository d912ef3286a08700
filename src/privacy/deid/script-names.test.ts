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

test('session 40: case forms of the endings, a cue before a name without one, and initials beside a surname', () => {
  // Case forms: a certificate issued to someone, in the dative; Belarusian -цкі.
  assert.deepEqual(names('Справка выдана: Петровой Анне Ивановне, 2015 г.р.'), ['Петровой Анне Ивановне']);
  assert.deepEqual(names('Хворы: Мікіта Латоцкі, 70 гадоў'), ['Мікіта Латоцкі']);
  // A cue noun (the script's or English) before a name with no surname ending.
  assert.deepEqual(names('врач Айдар Сыргак-Оол, кабинет 4'), ['Айдар Сыргак-Оол']);
  assert.deepEqual(names('ќерка Маринела, тел. 070 000 000'), ['Маринела']);
  assert.deepEqual(names('rang his mother Гүлзат at noon'), ['Гүлзат']);
  // A Turkic patronymic word, then the surname.
  assert.deepEqual(names('Пациент: Айгуль Ринат кызы Галиева, 40'), ['Айгуль Ринат кызы Галиева']);
  // Initials after or before a capitalised word.
  // (the run rule gives the surname alone too; the detector merges the two spans)
  assert.ok(names('Врач-терапевт Семёнова Л. К., кабинет 12').includes('Семёнова Л. К.'));
  assert.deepEqual(names('Эмч Б. Ганзориг.'), ['Б. Ганзориг']);
  assert.deepEqual(names('Подпись: А. П. Никитина'), ['А. П. Никитина']);
});

test('session 40: what stays beside those slots', () => {
  // An adjective after a cue is an institution's ("врач Скорой помощи", "врач Городской больницы").
  assert.deepEqual(names('Осмотрен: врач Скорой помощи, затем врач Городской больницы.'), []);
  // Two capitalised adjectives are an institution's attribute, not a name.
  assert.deepEqual(names('Выписка: Городской Клинической, отделение 3'), []);
  // A letter of a list, a heading's numbering, an abbreviation after initials, a street's or a hospital's namesake.
  assert.deepEqual(names('См. рис. А. Схема лечения. Приложение Б. Глава В.'), []);
  assert.deepEqual(names('Больница им. Н. И. Пирогова; ул. К. Маркса, 4'), []);
  // A single word without a cue, as before.
  assert.deepEqual(names('Single word Радмила alone.'), []);
});
