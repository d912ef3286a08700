/**
 * A Cyrillic or Greek place written as a part of its own on a person's line (script-places.ts). Every person, place
 * and sentence here is invented; the months, the country and the Latin words are real words the rule must refuse.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withScriptPlaces } from './script-places.js';
import { detectPhi } from './detect.js';
import { foldAccents } from './fold.js';
import { getDefaultLexicon } from './lexicon.js';
import type { PhiSpan, PhiType } from './types.js';

/** The places the rule adds to `text`, given its final spans (each a substring and its type). */
const places = (text: string, found: readonly (readonly [string, PhiType])[]): string[] => {
  const spans: PhiSpan[] = found.map(([s, type]) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, type }));
  const out = withScriptPlaces(spans, foldAccents(text), getDefaultLexicon());
  return out.filter((s) => !spans.includes(s)).map((s) => text.slice(s.start, s.end));
};

test("a capitalised Cyrillic or Greek part after a person's name in the same script is a place", () => {
  // Right after the name, before the clinical clause.
  assert.deepEqual(places('Велимира Остроглазова, Тетеревка, укус клеща, эритема.', [['Велимира Остроглазова', 'NAME']]), ['Тетеревка']);
  // After the age and the clinical clause, before the date; and after a settlement word, at a semicolon.
  const greek = 'Ευανθία Ροδοπούλου, 71 ετών, κάταγμα καρπού, Πευκοχώρι, 2 Μαρτίου; χωριό Βατόλακκος; τηλ. 2100000000';
  assert.deepEqual(places(greek, [['Ευανθία Ροδοπούλου', 'NAME'], ['2 Μαρτίου', 'DATE']]), ['Πευκοχώρι', 'Βατόλακκος']);
  // Two capitalised words, after a dash and the person's role.
  assert.deepEqual(places('Велимира Остроглазова - пациентка 40 лет, Старая Зарябино, ожог.', [['Велимира Остроглазова', 'NAME']]), ['Старая Зарябино']);
  // Through the whole detector.
  const text = 'Медпункт: Велимира Остроглазова, Тетеревка, укус клеща.';
  assert.ok(detectPhi(text).some((s) => s.type === 'LOCATION' && text.slice(s.start, s.end) === 'Тетеревка'));
});

test('the part stays when the slot or its words say it is no place', () => {
  const name: readonly [string, PhiType] = ['Велимира Остроглазова', 'NAME'];
  // No person named on the line before it, or the person on another line.
  assert.deepEqual(places('Выписка, Тетеревка, укус клеща.', []), []);
  assert.deepEqual(places('Велимира Остроглазова\nВыписка, Тетеревка, укус клеща.', [name]), []);
  // The person written in Latin letters, or a Latin word between the name and the part (a list of words in many languages).
  assert.deepEqual(places('Velimira Ostroglazova, Тетеревка, укус клеща.', [['Velimira Ostroglazova', 'NAME']]), []);
  assert.deepEqual(places('Велимира Остроглазова, Emergency, Urgencias, Тетеревка, укус.', [name]), []);
  // A lower-case word before it that is no settlement word (a disease named after a person), a sentence's first word.
  assert.deepEqual(places('Велимира Остроглазова, отёк Ласточкина, укус клеща.', [name]), []);
  assert.deepEqual(places('Велимира Остроглазова, 40 лет. Осмотрена, жалоб нет.', [name]), []);
  // A month, a country, a part another rule found, a part that runs on into lower-case words.
  assert.deepEqual(places('Ευανθία Ροδοπούλου, Μαρτίου, κάταγμα.', [['Ευανθία Ροδοπούλου', 'NAME']]), []);
  assert.deepEqual(places('Велимира Остроглазова, Россия, укус клеща.', [name]), []);
  assert.deepEqual(places('Велимира Остроглазова, Тетеревка, укус клеща.', [name, ['Тетеревка', 'LOCATION']]), []);
  assert.deepEqual(places('Велимира Остроглазова, Детская поликлиника, укус клеща.', [name]), []);
});

test('an Arabic-script part that opens on "from", a settlement word or the district phrase is a place', () => {
  const name: readonly [string, PhiType] = ['نسرین پاکزاد', 'NAME'];
  // Persian and Dari "from" (with the village word), before a sentence's full stop or the Arabic comma.
  assert.deepEqual(places('بیمار: نسرین پاکزاد، ۳۰ ساله، از قریه خرم‌دشتک. کم‌خونی', [name]), ['خرم‌دشتک']);
  assert.deepEqual(places('بیمار: نسرین پاکزاد، از زرین‌آباد، تب و سرفه', [name]), ['زرین‌آباد']);
  // The Pashto district phrase: the district's name alone.
  assert.deepEqual(places('ناروغ: نسرین پاکزاد، ۲۰ کلن، د سپیدکوه ولسوالۍ. Burn', [name]), ['سپیدکوه']);
  // Through the whole detector.
  const text = 'بیمار: نسرین پاکزاد، ۳۰ ساله، از قریه خرم‌دشتک. Diagnosis anaemia.';
  assert.ok(detectPhi(text).some((s) => s.type === 'LOCATION' && text.slice(s.start, s.end) === 'خرم‌دشتک'));
});

test('an Arabic-script part stays when no origin or settlement word opens it, or it names a setting', () => {
  const name: readonly [string, PhiType] = ['نسرین پاکزاد', 'NAME'];
  // A bare word part (a finding), "from" inside a longer clause, a part that runs on.
  assert.deepEqual(places('بیمار: نسرین پاکزاد، ۳۰ ساله، کم‌خونی، تب', [name]), []);
  assert.deepEqual(places('بیمار: نسرین پاکزاد، سرفه پس از زرین‌آباد، تب', [name]), []);
  assert.deepEqual(places('بیمار: نسرین پاکزاد، از زرین‌آباد به شهر رفته، تب', [name]), []);
  // From a hospital or home, a country, or with no person named before it in that script.
  assert.deepEqual(places('بیمار: نسرین پاکزاد، از بیمارستان شاه‌توت، تب', [name]), []);
  assert.deepEqual(places('بیمار: نسرین پاکزاد، از ایران، تب', [name]), []);
  assert.deepEqual(places('Patient: Nasrin Pakzad، از زرین‌آباد، تب', [['Nasrin Pakzad', 'NAME']]), []);
});
