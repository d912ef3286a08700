/**
 * Institutions named in other languages' orders (institutions-abroad.ts and its head words in place-spans.ts): head
 * first in South Slavic, Quebec French, Welsh, Spanish, Maltese and Vietnamese; head last in Baltic, Turkic and Kyrgyz;
 * in Arabic, Japanese, Korean and Thai script; and what must stay. Every name and place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectHeadLastInstitutions, detectUncasedInstitutions } from './institutions-abroad.js';
import { detectHeadFirstPlaces } from './place-spans.js';
import { foldAccents } from './fold.js';

const locations = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));
function headFirst(text: string): string[] {
  const folded = foldAccents(text);
  const out: string[] = [];
  detectHeadFirstPlaces(folded, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), 'mixed');
  return out;
}
function headLast(text: string): string[] {
  const folded = foldAccents(text);
  const out: string[] = [];
  detectHeadLastInstitutions(folded, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), 'mixed');
  return out;
}
function uncased(text: string): string[] {
  const out: string[] = [];
  detectUncasedInstitutions(text, (s, e) => out.push(text.slice(s, e)));
  return out;
}

test('facility words that open a name in more languages read the name after them', () => {
  assert.deepEqual(headFirst('Kontrola - Dom zdravlja Vrbanjevo Pacijent: X.'), ['Dom zdravlja Vrbanjevo']);
  assert.deepEqual(headFirst('operirana u Opšta bolnica Dravnik 01.12.2026.'), ['Opšta bolnica Dravnik']);
  assert.deepEqual(headFirst('kontrola na Onkološki inštitut Trebanje.'), ['Onkološki inštitut Trebanje']);
  assert.deepEqual(headFirst('Prijem - Klinički centar Vlasne Gore, Ulcinjevo'), ['Klinički centar Vlasne Gore']);
  assert.deepEqual(headFirst('Follow-up at UKC Brestavik, 2. 12. 2026.'), ['UKC Brestavik']);
  assert.deepEqual(headFirst('Résidente du CHSLD Saint-Orvin-de-Malbec.'), ['CHSLD Saint-Orvin-de-Malbec']);
  assert.deepEqual(headFirst('Vive en Hogar San Quirvino, Tandalia.'), ['Hogar San Quirvino']);
  assert.deepEqual(headFirst('lura lejn Dar il-Qarnita.'), ['Dar il-Qarnita']);
  assert.deepEqual(headFirst('Referred from Ysbyty Glanbedrog today.'), ['Ysbyty Glanbedrog']);
  // Vietnamese lower-case words of the name, up to the next capitalised word or the clause's end.
  assert.deepEqual(headFirst('Giấy ra viện: Bệnh viện Đa khoa Tâm Vỹ, số 12.'), ['Bệnh viện Đa khoa Tâm Vỹ']);
  assert.deepEqual(headFirst('tư vấn từ Trạm Y tế xã Hòa Vinh. SĐT'), ['Trạm Y tế xã Hòa Vinh']);
  assert.deepEqual(headFirst('Chuyển Bệnh viện Nhiệt đới.'), ['Bệnh viện Nhiệt đới']);
});

test('facility words written after the name read the clause words before them', () => {
  assert.deepEqual(headLast('result back from Varnaros klinikos.'), ['Varnaros klinikos']);
  assert.deepEqual(headLast('Family doctor: 17-oilaviy poliklinika.'), ['17-oilaviy poliklinika']);
  assert.deepEqual(headLast('imam from Qəzəvir məscidi contacted'), ['Qəzəvir məscidi']);
  assert.deepEqual(headLast('Rauf Zeynalov, Şirvanlı şəhər 2 saylı poliklinika -> Mərkəzi Klinika; tel.'), ['Şirvanlı şəhər 2 saylı poliklinika', 'Mərkəzi Klinika']);
  assert.deepEqual(headLast('Stamp: Талас шаардык вакцинация борбору'), ['Талас шаардык вакцинация борбору']);
  assert.deepEqual(headLast('92 gadi, Sociālās aprūpes centrs "Ozolkalni", Vīksnas pagasts'), ['Sociālās aprūpes centrs "Ozolkalni"']);
  // In the whole detector.
  assert.ok(locations('Discharged 28.11.2026; Qaraçay Tibbi Mərkəz, qəbul.').includes('Qaraçay Tibbi Mərkəz'));
});

test('facility words in scripts without capitals read the name beside them', () => {
  assert.deepEqual(uncased('Dr Halabi, مستشفى الجامعة الوسطى'), ['مستشفى الجامعة الوسطى']);
  assert.deepEqual(uncased('ارسل إلى مستشفى النور في المدينة'), ['مستشفى النور']);
  assert.deepEqual(uncased('主治医 山田。湊浜中央病院。'), ['湊浜中央病院']);
  assert.deepEqual(uncased('MMR2 1 ธ.ค. 2569, รพ.สต.บ้านหนองกุง.'), ['รพ.สต.บ้านหนองกุง']);
  assert.deepEqual(uncased('전원: 한빛병원 외래'), ['한빛병원']);
});

test('a facility word with no name beside it, or an English clause word before it, stays', () => {
  assert.deepEqual(headLast('The poliklinika was closed.'), []);
  assert.deepEqual(headLast('referred to poliklinika for review'), []);
  assert.deepEqual(headLast('The Klinika rang back.'), []);
  assert.deepEqual(headFirst('Dom zdravlja visit planned.'), []);
  assert.deepEqual(headFirst('Farmacia de guardia.'), []);
  assert.deepEqual(headFirst('Bệnh viện tỉnh vào ngày'), []);
  assert.deepEqual(uncased('عيادة النمو - growth clinic'), []);
  assert.deepEqual(uncased('No script here: hospital clinic pharmacy.'), []);
  // A number is read whole or not at all after a name.
  assert.deepEqual(headFirst('at Opšta bolnica Dravnik 0112 today'), ['Opšta bolnica Dravnik']);
});
