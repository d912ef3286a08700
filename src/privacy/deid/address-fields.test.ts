/**
 * Address, residence and birthplace fields labelled in other languages and scripts (address-fields.ts): the value after
 * the label up to the field's end, in any script. What must stay: a label with no value or an unknown one, a label word
 * inside a sentence without a colon, an English label before a Latin value (other rules read those), a state-level
 * part. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectAddressFields } from './address-fields.js';

const values = (t: string): string[] => {
  const out: string[] = [];
  detectAddressFields(t, (s, e, type) => out.push(`${type}:${t.slice(s, e)}`));
  return out;
};

test('the value of an address field labelled in its own language, part by part to the field end', () => {
  assert.deepEqual(values('Пациент: Иванова, 80 лет\nАдрес: с. Заречное, ул. Лесная 4, Тверская область\nДиагноз'),
    ['LOCATION:с. Заречное', 'LOCATION:ул. Лесная 4']);
  assert.deepEqual(values('Hasta: A. Demirci, adres: Gül Sokak 12, daire 3, Kadıköy. Tanı: grip'), ['LOCATION:Gül Sokak 12, daire 3', 'LOCATION:Kadıköy']);
  assert.deepEqual(values('Patient: Wang Li\n地址: 西城区梅花路 12号 3室\n日期: 2026年1月2日'), ['LOCATION:西城区梅花路 12号 3室']);
  assert.deepEqual(values('환자 김하나 (80세), 주소 강릉시 옥천동; 혈압 150/90'), ['LOCATION:강릉시 옥천동']);
  assert.deepEqual(values('Referral: Noor, 70, العنوان: حي الزهور، شارع النخيل; ECG normal'), ['LOCATION:حي الزهور', 'LOCATION:شارع النخيل']);
  assert.deepEqual(values('Form: name Asha, पता: रामगढ़ गाँव\nBP 140/90'), ['LOCATION:रामगढ़ गाँव']);
  assert.deepEqual(values('Letter: Dana Levi, 70, address רחוב הגפן 9, Kfar Tavor. Seen today.'), ['LOCATION:רחוב הגפן 9', 'LOCATION:Kfar Tavor']);
  assert.deepEqual(values('Ficha: Rosa Quispe. Direccion Barrio Las Flores, calle 9 nro 210.'), ['LOCATION:Barrio Las Flores, calle 9 nro 210']);
});

test('a birthplace or work-unit label reads one part only', () => {
  assert.deepEqual(values('Fiche: Jean Abou, lieu de naissance: Kribi, Cameroun'), ['LOCATION:Kribi']);
  assert.deepEqual(values('体检表\n单位: 东方机械厂   姓名: 李明'), ['LOCATION:东方机械厂']);
});

test('no value, an unknown value, a word in a sentence or an English label before a Latin value stay', () => {
  assert.deepEqual(values('地址: 不详\n日期: 2026年1月2日'), []);
  assert.deepEqual(values('Adresse: inconnue.'), []);
  assert.deepEqual(values('Please confirm the address with the family before discharge.'), []);
  assert.deepEqual(values('Address: 12 Mill Lane, Bristol'), []);
  assert.deepEqual(values('Sie nannte ihre Adresse nicht; Befund unauffällig.'), []);
  assert.deepEqual(values('Адрес: Тверская область'), []);
});
