/**
 * Addresses and facilities in Cyrillic and Greek letters (cyrillic-addresses.ts): the typed address chain, numbered and
 * quoted facilities with their town, and what must stay (a year's "г.", a page, a region, a bare facility noun).
 * Every name and place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectCyrillicAddresses } from './cyrillic-addresses.js';

function spans(text: string): string[] {
  const out: string[] = [];
  detectCyrillicAddresses(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('a typed address chain is one span from the settlement to the flat', () => {
  assert.deepEqual(spans('Проживает: г. Верхнеозёрск, ул. Тополиная, д. 17, кв. 52'), ['г. Верхнеозёрск, ул. Тополиная, д. 17, кв. 52']);
  assert.deepEqual(spans('Адрес: с. Жаңы-Талаа, ул. Сарыбаева 9, Нарынская область'), ['с. Жаңы-Талаа, ул. Сарыбаева 9']);
  assert.deepEqual(spans('Пациентка Ивлева Р. К., 91 год, ул. Глинистая, 33-107'), ['ул. Глинистая, 33-107']);
  assert.deepEqual(spans('Домашний адрес: м. Лиманівка, вул. Вишнева, буд. 4, кв. 9; тел.'), ['м. Лиманівка, вул. Вишнева, буд. 4, кв. 9']);
  assert.deepEqual(spans('Διεύθυνση: οδός Καλλιστράτου 14, Λάρισα'), ['οδός Καλλιστράτου 14']);
});

test('a bare town after a residence label, with the typed parts after it', () => {
  assert.deepEqual(spans('Место жительства: Красноборск, ул. Луговая 3; полис'), ['ул. Луговая 3', 'Красноборск, ул. Луговая 3']);
  assert.deepEqual(spans('Дарек: Жерге-Тал; телефон'), ['Жерге-Тал']);
  assert.deepEqual(spans('Проживает одна, адрес не указан.'), []);
});

test('a facility by its number or quoted name, with the town that closes its clause', () => {
  assert.deepEqual(spans('Заключение - Районная детская поликлиника № 7, Заречинск'), ['Районная детская поликлиника № 7, Заречинск']);
  assert.deepEqual(spans('Направлена в ГБУЗ «Приозёрная центральная больница» 02.12.2026.'), ['ГБУЗ «Приозёрная центральная больница»']);
  assert.deepEqual(spans('Рекомендован санаторий «Серебряный бор», 14 дней.'), ['санаторий «Серебряный бор»']);
  assert.deepEqual(spans('Направление към МБАЛ Свети Злат, Равнище: пациент'), ['МБАЛ Свети Злат, Равнище']);
});

test('a year, a page, a region and a bare facility noun are no address', () => {
  assert.deepEqual(spans('Осмотрена 03.12.2026 г. Жалоб нет, с. 12 протокола.'), []);
  assert.deepEqual(spans('Московская область, поликлиника по месту жительства.'), []);
  assert.deepEqual(spans('Lives at 12 Oak Road, Leeds.'), []);
});
