/**
 * Places by the word of their division or settlement type (admin-places.ts). Every place, person and sentence here is
 * invented, or a large city named only as an example of the element.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { detectAdminPlaces } from './admin-places.js';
import { foldAccents } from './fold.js';

const places = (text: string): string[] => {
  const folded = foldAccents(text);
  const out: string[] = [];
  detectAdminPlaces(folded, (s, e) => out.push(text.slice(s, e)));
  return out;
};

test('a caseless-script name after its village, district or quarter word is a place', () => {
  assert.deepEqual(places('रोगी, ग्राम सोनपहाड़ी, जिला बलौदा; 03/12'), ['सोनपहाड़ी', 'बलौदा']);
  assert.deepEqual(places('দর্দী, গ্রাম চরকান্দি, জ্বর'), ['চরকান্দি']);
  assert.deepEqual(places('ગામ વાંસલીયા, તાલુકો ધોરડી'), ['વાંસલીયા', 'ધોરડી']);
  assert.deepEqual(places('بیمار, روستای کلاته‌نو, آسم'), ['کلاته‌نو']);
  // The Arabic quarter word is part of the quarter's name.
  assert.deepEqual(places('المريض، حي النخيل الشرقي، ضغط'), ['حي النخيل الشرقي']);
  // Dravidian languages write the element after the name; Thai joins it to the name.
  assert.deepEqual(places('நோயாளி, மேலப்பாளை கிராமம், காய்ச்சல்'), ['மேலப்பாளை கிராமம்']);
  assert.deepEqual(places('ผู้ป่วย ตำบลหนองแคน อำเภอโพนทอง'), ['ตำบลหนองแคน', 'อำเภอโพนทอง']);
  assert.ok(detectPhi('ASHA report: ଗ୍ରାମ ବନଶାଳ, malaria RDT positive').some((s) => s.type === 'LOCATION'));
});

test('a name before a district, parish or street word of the Latin-script address formats is a place', () => {
  assert.deepEqual(places('ünvan: Bakı ş., Qaraçay rayonu, Dəmirçi küçəsi 17, mən. 4; qəbul'), ['Qaraçay rayonu', 'Dəmirçi küçəsi 17, mən. 4']);
  assert.deepEqual(places('aprūpes centrs, Ozolkalna pagasts; nokrita'), ['Ozolkalna pagasts']);
  assert.deepEqual(places('Address: Bogishamol tumani, 4-kvartal'), ['Bogishamol tumani']);
  assert.deepEqual(places('bà Lan, xã Tân Lộc, huyện Cờ Đỏ'), ['xã Tân Lộc', 'huyện Cờ Đỏ']);
});

test('a district hospital by its district adjective and a Greek hospital by its town are places', () => {
  assert.deepEqual(places('Республика, Березовецкая ЦРБ: Иван'), ['Березовецкая ЦРБ']);
  assert.deepEqual(places('Сүхбаатар дүүрэг, 8-р хороо'), ['Сүхбаатар дүүрэг']);
  assert.deepEqual(places('μεταφορά στο Νοσοκομείο Λιμνοχωρίου, 2 Δεκεμβρίου'), ['Νοσοκομείο Λιμνοχωρίου']);
});

test('the element alone, a word after a postposition, a Welsh patronym, a province and other scripts stay', () => {
  // The element with no name after it, and a postposition right after it.
  assert.deepEqual(places('ग्राम, जिला'), []);
  assert.deepEqual(places('ग्राम में'), []);
  // The rural adjective is not the village word; a person's name after the Arabic quarter-like "حيدر" stays.
  assert.deepEqual(places('درمانگاه روستایی: بیمار'), []);
  assert.deepEqual(places('المريض حيدر كاظم'), []);
  // Welsh "ap" (son of) between given name and surname; a given name that is a Vietnamese division word capitalised.
  assert.deepEqual(places('Iolo ap Caradwy, Huyen Tran, Quan Le'), []);
  // A generic hospital adjective without the district hospital abbreviation, and a Latin street word in lower case.
  assert.deepEqual(places('Областная клиническая больница; the rayonu'), []);
  // Thai one-letter abbreviations (อ. is also "teacher" before a name) are left.
  assert.deepEqual(places('อ.สมชาย'), []);
});
