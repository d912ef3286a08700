/**
 * Street lines in the UPU orders of other countries (street-lines.ts, session 23): the street-type word first, the
 * house number first, the Turkish "Cad. No:". What must stay: citations, dose abbreviations, a name's "Jr.", street-type
 * words of English text without a name and number. Every name and place is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';

const places = (t: string) => found(t).filter((p) => p.startsWith('LOCATION:'));

test('street lines with the type word first, the house number first, or the Turkish No:', () => {
  // "7/3" also reads as a date, which outranks a place in the merged span: the street is covered either way.
  assert.ok(has('Pacjent, adres ul. Wierzbowa 7/3, Kalisz.', 'ul. Wierzbowa 7/3'));
  assert.ok(has('Lives at ul. Krzywa 17 m. 4 with her son.', 'ul. Krzywa 17 m. 4', 'LOCATION'));
  assert.ok(has('Home: vul. Lisova 21, kv. 9; daughter visits.', 'vul. Lisova 21, kv. 9', 'LOCATION'));
  assert.ok(has('Adresa: Str. Teiului nr. 15, bloc nou.', 'Str. Teiului nr. 15', 'LOCATION'));
  assert.ok(has('Tinggal di Jl. Cempaka No. 41, dekat pasar.', 'Jl. Cempaka No. 41', 'LOCATION'));
  assert.ok(has('Vive en Av. de la Quebrada 2210, depto 4; sola.', 'Av. de la Quebrada 2210, depto 4', 'LOCATION'));
  assert.ok(has('Home: Travessa do Rosmaninho 9, rés-do-chão.', 'Travessa do Rosmaninho 9', 'LOCATION'));
  assert.ok(has('Visit: Odos Kallidromiou 27, third floor.', 'Odos Kallidromiou 27', 'LOCATION'));
  assert.ok(has('Адреса: вул. Вишнева 8, поверх 2.', 'вул. Вишнева 8', 'LOCATION'));
  assert.ok(has('Address 45/2 Soi Lamyai 6, near the market.', '45/2 Soi Lamyai 6', 'LOCATION'));
  assert.ok(has('Address 218 Kalye Malunggay, near the school.', '218 Kalye Malunggay', 'LOCATION'));
  assert.ok(has('Adres: Gazi Cad. No: 18, kat 2.', 'Gazi Cad. No: 18', 'LOCATION'));
});

test('citations, doses, a name suffix and English words stay', () => {
  assert.deepEqual(places('As Hartley et al. Lancet 2019 reported, the risk is low.'), []);
  assert.deepEqual(places('Metformin 500 mg bd. Review 2 weeks.'), []);
  assert.deepEqual(places('Seen by Dr Martin Okafor Jr. 12 patients on the list.'), []);
  assert.deepEqual(places('Gang Member 2 was not involved.'), []);
  assert.deepEqual(places('Av. Heart Rate 72 overnight, Str. Mean 3.'), []);
  assert.deepEqual(places('Rua is a word here: the Rua family visits daily.'), []);
});

// Second reading (review-deid6): clinical abbreviations that share a street-type word ("Str." streptococcus or strength,
// "Av." average, "Jr." junior, "ul." ulcer, "Blok"/"block") in ward notes, lab and microbiology reports, ECG lines,
// power grades and dose tables; invented sentences.
test('clinical abbreviations that share a street-type word stay', () => {
  for (const t of ['Blood cultures: Str. pyogenes 2 sets positive.', 'Micro: Str. pneumoniae 3 colonies, sensitive.', 'Av. HR 72 overnight.',
    'Av. Systolic 128 over 24 h.', 'Jr. doctor 2 on call tonight.', 'Jr. Doctor 2 reviewed at 03:00.', 'Odds 3.2 for the exposure.',
    'Perum is a word here.', 'ECG: Mobitz II block 2:1, rate 40.', 'ECG: Blok 2 AV, rate 40.', 'Wound: ul. 3 cm ulcer on the heel.',
    'Exam: Str 5/5 power in all limbs.', 'Power: Str. Flexion 4 left, 5 right.', 'Av 4 units insulin with meals.',
    'Av. Insulin 4 units with meals.', 'Dose table: Str. Dose 2 tabs daily.', 'Lab: Av. Glucose 6.2 mmol/L, Av. Creatinine 88.',
    'Av. Hb 124 g/L.', 'Av. PEFR 320 L/min on the diary.', 'Av. MAP 65 mmHg on noradrenaline.', 'Soi is not an English word.'])
    assert.deepEqual(places(t), [], t);
});

test('a house number before a unit of one quantity per another is a value, a street line before a comma still is', () => {
  assert.ok(has('Adresa: Str. Teiului 15, Cluj.', 'Str. Teiului 15', 'LOCATION'));
  assert.ok(has('Domicilio: Av. Los Alerces 1140, Temuco.', 'Av. Los Alerces 1140', 'LOCATION'));
});

// Twenty-fourth session: the name first, then the street-type word and the house number (UPU formats of Hungary, the
// Baltic states, Germany, Central Asia and the Caucasus, and those addresses written in English); one word with a
// Nordic or Finnish type ending; Albanian and Czech type words first; the Colombian grid address. Invented addresses.
test('street lines with the name first, a type ending, or a grid number', () => {
  assert.ok(has('Lakcím: Szondi utca 17. III/4, Szeged.', 'Szondi utca 17. III/4', 'LOCATION'));
  assert.ok(has('lives Petofi ter 6, alone.', 'Petofi ter 6', 'LOCATION'));
  assert.ok(has('Adrese: Valdemara iela 41, Riga.', 'Valdemara iela 41', 'LOCATION'));
  assert.ok(has('Adresas: Savanoriu pr. 112, Kaunas.', 'Savanoriu pr. 112', 'LOCATION'));
  assert.ok(has('Einsatzort: Osdorfer Chaussee 92, Hamburg.', 'Osdorfer Chaussee 92', 'LOCATION'));
  assert.ok(has('Address Chavchavadze Ave 61, apt 9, Tbilisi.', 'Chavchavadze Ave 61, apt 9', 'LOCATION'));
  assert.ok(has('From Shymkent, Baitursynov St 18; farmer.', 'Baitursynov St 18', 'LOCATION'));
  assert.ok(has('Manzil: Navoiy kochasi 24, Samarqand.', 'Navoiy kochasi 24', 'LOCATION'));
  assert.ok(has('Osoite: Pihlajakatu 9 B 14, Oulu.', 'Pihlajakatu 9 B 14', 'LOCATION'));
  assert.ok(has('Address: Kastanjegatan 3, Umeå.', 'Kastanjegatan 3', 'LOCATION'));
  assert.ok(has('lives Rruga Qemal Stafa 18, Durres.', 'Rruga Qemal Stafa 18', 'LOCATION'));
  assert.ok(has('Dirección: Carrera 27B # 61-08, Bucaramanga.', 'Carrera 27B # 61-08', 'LOCATION'));
});

test('English words, scores, leads and a measure before a street-type word stay', () => {
  for (const t of ['ECG: Lead II ST 2 mm elevation.', 'Main St 4 was a street of English words.', 'Mean Ave 72 overnight.',
    'Blood pressure Ave 128 systolic.', 'Kossuth tér 3 mg daily is not a street.', 'Schatzki Ring 2 cm above the GOJ.',
    'Score: Wells 4, Caprini 6, Padua 5.', 'Tie 2 sutures.', 'Aggregate 3 results.', 'Delegate 2 tasks to the HCA.',
    'Physio: Gait training Street 2 loops.', 'Antibiotic: Cl. difficile 2 positive.', 'Question # 12-4 in the audit.',
    'Bristol Stool Chart type 4.', 'Trial of Voiding 3 times.'])
    assert.deepEqual(places(t), [], t);
});

// Review-deid9: the name-first order read as a stranger. "g." is also grams, "pr." per rectum, "St" stage and "Ave"
// average after an acronym, and a number before a dose frequency or a count is a dose's. Invented sentences.
test('a drug before g. or pr., an acronym before St or Ave, and a number before a dose or count stay', () => {
  for (const t of ['Fosfomycin g. 3 single dose.', 'Tazocin g. 4 tds.', 'Voltarol pr. 50 tds.', 'Oxynorm pr. 2 doses given.',
    'Cyclizine pr. 50 tds.', 'Domperidone pr. 30 bd.', 'Gleason pr. 7 on biopsy.', 'Ceftriaxona g. 2 cada día.',
    'Vancomicina g. 1 cada 12 horas.', 'CKD St 3 and DM2.', 'Cervix Ca FIGO St 1 diagnosed 2019.', 'BM Ave 11 on the chart.',
    'Amoxil ter 3 days.', 'Medication round: Kalitie 2 tablets.'])
    assert.deepEqual(places(t), [], t);
  assert.ok(!has('Seen by Dr Beattie 2 days ago.', 'Beattie 2', 'LOCATION'));
});

test('a named score or classification before St (stage) or Ave (average) stays', () => {
  for (const t of ['CLL: Rai St 2, Binet B.', 'PAD: Fontaine St 2, Rutherford St 3.', 'Melanoma: Clark St 4, Breslow 2 mm.',
    'Myeloma: Durie-Salmon St 2.', 'Thymoma Masaoka St 2 on CT.', 'Pressure ulcer: Waterlow St 2 sacrum.', 'Puberty Tanner St 4 on exam.'])
    assert.deepEqual(places(t), [], t);
  assert.ok(has('Address: Rustaveli Ave 14, Tbilisi.', 'Rustaveli Ave 14', 'LOCATION'));
});

test('Lithuanian genitive names before g. and pr., and name-first lines before a comma, are still taken', () => {
  assert.ok(has('Adresas: Gedimino g. 9, Vilnius.', 'Gedimino g. 9', 'LOCATION'));
  assert.ok(has('Adresas: Konstitucijos pr. 21, Vilnius.', 'Konstitucijos pr. 21', 'LOCATION'));
  assert.ok(has('Adresas: Ukmergės g. 14, Vilnius.', 'Ukmerges g. 14', 'LOCATION') || has('Adresas: Ukmergės g. 14, Vilnius.', 'Ukmergės g. 14', 'LOCATION'));
  assert.ok(has('Adresas: Vilniaus g. 3, Kaunas.', 'Vilniaus g. 3', 'LOCATION'));
  assert.ok(has('Lives Tsereteli Ave 12, apt 3, Kutaisi.', 'Tsereteli Ave 12, apt 3', 'LOCATION'));
  assert.ok(has('Address: Abay St 7, Almaty.', 'Abay St 7', 'LOCATION'));
});
