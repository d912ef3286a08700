/**
 * Cyrillic addresses by their type words (cyrillic-addresses.ts, session 29): a settlement after `г.`, `с.`, `м.`, a
 * street with its house and flat after a comma; what must stay: a year's `г.`, a metre's `м.`, a dose after a street's
 * comma, a Latin word after a type word. Every name, number and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

test('a settlement after its type word and a street with its house and flat are places', () => {
  const t = 'Справка выдана Петровой, проживающей: г. Новосибирск, ул. Лесная, д. 12, кв. 7\nОсмотрена.';
  assert.ok(has(t, 'г. Новосибирск', 'LOCATION'));
  assert.ok(has(t, 'ул. Лесная, д. 12, кв. 7', 'LOCATION'));
  assert.ok(has('Пациент: Анна Смирнова, паспорт KH2281234, ул. Садовая, 12-18\nДата осмотра.', 'ул. Садовая, 12-18', 'LOCATION'));
  assert.ok(has('Адрес: с. Ак-Суу, ул. Ленина 14, Ошская обл.', 'с. Ак-Суу', 'LOCATION'));
  assert.ok(has('address мкр. Восток, 11-22, Бишкек 720011; referred', 'мкр. Восток, 11-22', 'LOCATION'));
  assert.ok(has('Направлення: вул. Соборна, 12, м. Київ.', 'вул. Соборна, 12', 'LOCATION'));
});

test('a year, a metre, a dose or a Latin word after a type word stays', () => {
  const places = (t: string): string[] => found(t).filter((p) => p.startsWith('LOCATION'));
  assert.deepEqual(places('Осмотрена 3 декабря 2026 г. Выписана домой.'), []);
  assert.deepEqual(places('Прошла 200 м. Далее одышка.'), []);
  assert.deepEqual(places('Назначено: г. Metformin 500.'), []);
});
