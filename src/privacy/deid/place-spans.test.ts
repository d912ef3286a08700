/**
 * Whole place and identifier spans, sixteenth pass of issue 14 (place-spans.ts): institutions named head first, roads,
 * unknown words after a preposition of place, named buildings, a
 * regulator's registration number, an identifier's last dash group; and what must stay (headings after "Hospital",
 * clinical words after a facility word, a regulator named without a number, ranges). Every place and number here is
 * invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi } from './detect.js';
import { getDefaultLexicon } from './lexicon.js';
import { detectHeadFirstPlaces, detectPlaceIdentifiers, detectRoadsAndTowns, wholePlaceSpans } from './place-spans.js';

const found = (text: string): string[] => detectPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
function headFirst(text: string): string[] {
  const out: string[] = [];
  detectHeadFirstPlaces(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), 'mixed');
  return out;
}
function registers(text: string): string[] {
  const out: string[] = [];
  detectPlaceIdentifiers(text, (s, e, t) => out.push(`${t}:${text.slice(s, e)}`));
  return out;
}

test('an institution whose facility word comes first is read whole, particles and a trailing number included', () => {
  assert.deepEqual(headFirst('Seen in the Hospital Quervillo Saldana heart failure clinic.'), ['Hospital Quervillo Saldana']);
  assert.deepEqual(headFirst('Breast clinic, Hospital de Santa Quiteria, Lisboa.'), ['Hospital de Santa Quiteria']);
  assert.deepEqual(headFirst('Reviewed at Klinik Kesihatan Taman Derawi 7. Asthma.'), ['Klinik Kesihatan Taman Derawi 7']);
  assert.deepEqual(headFirst('Seen at Posta de Salud Quenamari with a cough.'), ['Posta de Salud Quenamari']);
  assert.deepEqual(headFirst('Transferred from Hotel-Dieu de Varennois.'), ['Hotel-Dieu de Varennois']);
  assert.deepEqual(headFirst('She studied at the University of Dorvenshire.'), ['University of Dorvenshire']);
  // In the whole detector, accents folded and offsets kept: the span covers the written name.
  assert.ok(found('Please see at Hospital San Vicente Fundación.').includes('LOCATION:Hospital San Vicente Fundación'));
});

test('a facility word before a heading, a clinical word or a lowercase word stays readable', () => {
  assert.deepEqual(headFirst('Hospital Course: uneventful.'), []);
  assert.deepEqual(headFirst('Hospital Number 4471 on the wristband.'), []);
  assert.deepEqual(headFirst('Hospital Pharmacy to supply.'), []);
  assert.deepEqual(headFirst('Centro de Salud visit planned.'), []);
  assert.deepEqual(headFirst('Hospital at home for IV antibiotics.'), []);
  assert.deepEqual(headFirst('University of Medicine graduate.'), []);
  const upper: string[] = [];
  detectHeadFirstPlaces('HOSPITAL QUERVILLO SALDANA', getDefaultLexicon(), (s, e) => upper.push(`${s}-${e}`), 'upper');
  assert.deepEqual(upper, []);
});

test('more languages name an institution head first: French, Czech, German, Icelandic, Vietnamese, Indonesian, Tagalog', () => {
  // Twenty-sixth session: each language's word for a hospital, health centre, pharmacy or care home, and the acronyms of
  // its hospital law (CHU, UZ, IPS, RSUD); joiners "am", "ng", a doctor's title after an acronym, Icelandic "á".
  assert.deepEqual(headFirst('MMR2 given at Centre de Sante Kolondieba.'), ['Centre de Sante Kolondieba']);
  assert.deepEqual(headFirst('Lettre de liaison - Centre Hospitalier de Vierzonnes'), ['Centre Hospitalier de Vierzonnes']);
  assert.deepEqual(headFirst('hospitalisee au CHU de Rennesville du 2 au 5.'), ['CHU de Rennesville']);
  assert.deepEqual(headFirst('MDT at UZ Gentbrugge on Tuesday.'), ['UZ Gentbrugge']);
  assert.deepEqual(headFirst('Site: IPS Usaquen Norte.'), ['IPS Usaquen Norte']);
  assert.deepEqual(headFirst('Rujuk ke RSUD dr. Wahidin, Makassar.'), ['RSUD dr. Wahidin']);
  assert.deepEqual(headFirst('Onward to Casa de Saude da Ribeira day rehab.'), ['Casa de Saude da Ribeira']);
  assert.deepEqual(headFirst('95 anos, Lar de Santa Clara, Barcelos'), ['Lar de Santa Clara']);
  assert.deepEqual(headFirst('vek 96, Fakultni nemocnice Motolska; fraktura.'), ['Fakultni nemocnice Motolska']);
  assert.deepEqual(headFirst('Bitte Rueckruf. Apotheke am Marktbrunnen, Hemelingen.'), ['Apotheke am Marktbrunnen']);
  assert.deepEqual(headFirst('Pflegedienst Sozialstation Wiesenhang meldet Fieber.'), ['Sozialstation Wiesenhang']);
  assert.deepEqual(headFirst('Referral: Ospital ng Malabayan, Rizal Avenue'), ['Ospital ng Malabayan']);
  assert.deepEqual(headFirst('Referred to Sjukrahusid a Isafirdi. Optometrist'), ['Sjukrahusid a Isafirdi']);
  assert.deepEqual(headFirst('Clinic Trung tam Y te Quan Tan Phong.'), ['Trung tam Y te Quan Tan Phong']);
  // In the whole detector the written (accented) name is covered.
  assert.ok(found('Referral from Centre de Santé Sidi Brahim, Kenitra.').includes('LOCATION:Centre de Santé Sidi Brahim'));
});

test('the new heads stay readable before a heading, a lowercase word or alone; "Hospital Dr." opens no name', () => {
  assert.deepEqual(headFirst('Centre de Sante visit planned.'), []);
  assert.deepEqual(headFirst('Lar is the Latin household god.'), []);
  assert.deepEqual(headFirst('The Day Centre Manager rang.'), []);
  assert.deepEqual(headFirst('CHU referral letter attached.'), []);
  assert.deepEqual(headFirst('Benh vien da khoa.'), []);
  assert.deepEqual(headFirst('Hospital Dr. Ames saw him.'), []);
  // Spanish "a" (to) joins no two places: only Icelandic heads take "a".
  assert.deepEqual(headFirst('desde Centro de Salud Villa Adele a Hospital de Clinicas, hoy'), ['Centro de Salud Villa Adele', 'Hospital de Clinicas']);
});

test('a head-first name after an elided article, with German and Polish joiners, health-pyramid acronyms and hotels', () => {
  // Twenty-eighth session: French and Italian elision before the head and inside the name; "zum", "im."; CSCom, CSPS,
  // HGR de …; "Hotel …"; "Pompes Funèbres … et Fils". Every name is invented.
  assert.deepEqual(headFirst("Adresse a l'Hopital Regional de Tazarkine pour hematemese."), ['Hopital Regional de Tazarkine']);
  assert.deepEqual(headFirst("transferee a l'Hopital General de Reference de Mbakolo par ambulance"), ['Hopital General de Reference de Mbakolo']);
  assert.deepEqual(headFirst("trasportato all'Ospedale dell'Angelo Bortolini; mezzo"), ["Ospedale dell'Angelo Bortolini"]);
  assert.deepEqual(headFirst('3e CPN, CSCom de Kolonto Sirabala; TA 142/94'), ['CSCom de Kolonto Sirabala']);
  assert.deepEqual(headFirst('Penta 2 au CSPS de Koumbala-Nord; VPO 2'), ['CSPS de Koumbala-Nord']);
  assert.deepEqual(headFirst('Referral: Szpital Wojewodzki im. Brodzinskiego, ul. Polna 4'), ['Szpital Wojewodzki im. Brodzinskiego']);
  assert.deepEqual(headFirst('abgegeben in der Apotheke zum Talbrunnen, Steinau'), ['Apotheke zum Talbrunnen']);
  assert.deepEqual(headFirst('guest of Hotel Edelweiss Gruebtal; collided'), ['Hotel Edelweiss Gruebtal']);
  assert.deepEqual(headFirst('embalmed by Pompes Funebres Kanyinda et Fils. Passeport'), ['Pompes Funebres Kanyinda et Fils']);
  // In the whole detector the written (accented) name is covered, and the acronym alone elsewhere is not looked for.
  const text = "Fiche de suivi CSCom (Mali). CPN au CSCom de Kolonto Sirabala; l'Hôpital Régional de Tazarkine.";
  assert.deepEqual(found(text), ['LOCATION:CSCom de Kolonto Sirabala', 'LOCATION:Hôpital Régional de Tazarkine']);
});

test('an apostrophe before a head word that closes no article, an acronym without "de", a hotel of common words stay', () => {
  assert.deepEqual(headFirst("O'Hospital Verdana rang."), []);
  assert.deepEqual(headFirst('Severe AS, CMA result pending.'), []);
  assert.deepEqual(headFirst('CSI Wendover aired.'), []);
  assert.deepEqual(headFirst('Hotel Quarantine scheme ended.'), []);
  assert.deepEqual(headFirst("Hopital de jour, l'Hopital Regional."), []);
});

test('a hospital named for a doctor, the French dispensary and PMI, and a Sri Lankan grade before "Hospital"', () => {
  assert.deepEqual(headFirst('NICU, Hospital Universitario Dr. Celestino Varga Ruiz, Tamarindo'), ['Hospital Universitario Dr. Celestino Varga Ruiz']);
  assert.deepEqual(headFirst('Alcohol liaison - Hospital Dr. Quintanar, Valdemora'), ['Hospital Dr. Quintanar']);
  assert.deepEqual(headFirst('Referida al Hospital Dra. Elvira Moncada Sotelo.'), ['Hospital Dra. Elvira Moncada Sotelo']);
  assert.deepEqual(headFirst('Fiche de reference - Dispensaire de Mbolemve vers le CHU.'), ['Dispensaire de Mbolemve']);
  assert.deepEqual(headFirst('RDV vaccin le 8/12 a PMI de Ouanakore.'), ['PMI de Ouanakore']);
  assert.deepEqual(headFirst('Referral: Base Hospital Dambalawa. Pt seen.'), ['Base Hospital Dambalawa']);
  // English writes a doctor after the hospital: after a capitalised word, or before a verb, the title opens a person.
  assert.deepEqual(headFirst('Hospital Dr. Ames saw him.'), []);
  assert.deepEqual(headFirst('Seen at Varlow Hospital Dr. Ames, consultant.'), []);
  // PMI and the dispensary need "de" as the pyramid acronyms do: the apex beat is no place.
  assert.deepEqual(headFirst('PMI Quervillo, 5th ICS. Dispensaire Saldana.'), []);
});

test('a registration number after a professional regulator is a licence; the regulator alone is not', () => {
  assert.deepEqual(registers('Optometrist J Arvo, GOC 01-43917.'), ['LICENSE:01-43917']);
  assert.deepEqual(registers('Dr C Quill, IMC reg 418872, covering.'), ['LICENSE:418872']);
  assert.deepEqual(registers('Nurse, NMC registration no 12A3456E.'), ['LICENSE:12A3456E']);
  assert.deepEqual(registers('Referred to the GMC for review in 2024.'), []);
  assert.deepEqual(registers('GMC guidance 2013 followed.'), []);
});

test('an identifier takes its last dash group; a date, a name or a range does not', () => {
  const text = 'biometric template BIO-77120-4, bed 3-4';
  const grown = wholePlaceSpans([{ start: 19, end: 28, type: 'ID' }, { start: 36, end: 37, type: 'DATE' }], text, 'mixed');
  assert.deepEqual(grown.map((s) => text.slice(s.start, s.end)), ['BIO-77120-4', '3']);
  const plan = 'Medicaid QX 81 4410 72 W for her, MRN 5512093 2 L O2.';
  const at = plan.indexOf('5512093');
  const planGrown = wholePlaceSpans([{ start: 9, end: 22, type: 'HEALTH_PLAN' }, { start: at, end: at + 7, type: 'MRN' }], plan, 'mixed');
  assert.deepEqual(planGrown.map((s) => plan.slice(s.start, s.end)), ['QX 81 4410 72 W', '5512093']);
  assert.ok(found('Kit BSQ-55120-7 returned.').some((f) => f.endsWith('BSQ-55120-7')));
  assert.ok(!found('Sats 94-96% on air, BP 120-80.').some((f) => /94-96|120-80/.test(f) && !f.startsWith('YEAR')));
});

function roadsTowns(text: string): string[] {
  const out: string[] = [];
  detectRoadsAndTowns(text, getDefaultLexicon(), (s, e) => out.push(text.slice(s, e)), 'mixed');
  return out;
}

test('a motorway or numbered road is a place; a vitamin, a lead or a route of administration is not', () => {
  assert.deepEqual(roadsTowns('RTC on the M62 near the services.'), ['M62']);
  assert.deepEqual(roadsTowns('Rollover on BIA Road 27 at night.'), ['BIA Road 27']);
  assert.deepEqual(roadsTowns('Found walking along Highway 401.'), ['Highway 401']);
  assert.deepEqual(roadsTowns('HbA1c 48, vitamin A1 level, ST changes in V2.'), []);
  assert.deepEqual(roadsTowns('Route: oral. Road traffic collision in 2019.'), []);
  assert.deepEqual(roadsTowns('RR 20, HR 88, on Route 9 traffic.'), ['Route 9']);
});

test('an unlisted capitalised word after in/at/near/from ending a clause is a place; English, drug and eponym words stay', () => {
  assert.deepEqual(roadsTowns('Her niece asks us to call her in Quorvigo: +34 600 000 000.'), ['Quorvigo']);
  assert.deepEqual(roadsTowns('Advised a venous sample at Akrevindur.'), ['Akrevindur']);
  assert.deepEqual(roadsTowns('Seen in Clinic. Started at Night, better in Summer.'), []);
  assert.deepEqual(roadsTowns('No change in Parkinson. Improved from Warfarin.'), []);
  assert.deepEqual(roadsTowns('She lives in Quorvigo with her son.'), []);
});

test('two capitalised words ending a clause after in/at/near/from, or one after near/from, are a place even when English holds them; titles, times and clinical words are not', () => {
  assert.deepEqual(roadsTowns('MRI booked at Alder Hey.'), ['Alder Hey']);
  assert.deepEqual(roadsTowns('Note from Sister Bernadine: she left.'), []);
  assert.deepEqual(roadsTowns('Admitted at Christmas Eve, then at Home Farm.'), []);
  assert.deepEqual(roadsTowns('Rollover near Porcupine. Back from Reading.'), ['Porcupine', 'Reading']);
  assert.deepEqual(roadsTowns('Still in Pain. Recovering from Surgery. Home from Work.'), []);
});

test('a found place takes a named building\'s House or Hall in mixed case only', () => {
  const text = 'All at Trelawney House, Truro.';
  assert.deepEqual(wholePlaceSpans([{ start: 7, end: 16, type: 'LOCATION' }], text, 'mixed').map((s) => text.slice(s.start, s.end)), ['Trelawney House']);
  assert.deepEqual(wholePlaceSpans([{ start: 7, end: 16, type: 'LOCATION' }], text, 'upper').map((s) => text.slice(s.start, s.end)), ['Trelawney']);
  assert.deepEqual(wholePlaceSpans([{ start: 7, end: 16, type: 'NAME' }], text, 'mixed').map((s) => text.slice(s.start, s.end)), ['Trelawney']);
  const nh = 'Woman, Quillard House NH resident.';
  assert.deepEqual(wholePlaceSpans([{ start: 7, end: 15, type: 'LOCATION' }], nh, 'mixed').map((s) => nh.slice(s.start, s.end)), ['Quillard']);
});

test('an issuer\'s letter prefix written apart from its number joins the identifier; a cue acronym does not', () => {
  const grown = (text: string, value: string, type: 'ID' | 'HEALTH_PLAN' | 'MRN' = 'ID'): string[] => {
    const start = text.indexOf(value);
    return wholePlaceSpans([{ start, end: start + value.length, type }], text, 'mixed').map((s) => text.slice(s.start, s.end));
  };
  assert.deepEqual(grown('Bill: encounter HAR 300918274, paid.', '300918274'), ['HAR 300918274']);
  assert.deepEqual(grown('Medicaid LA-MCD 118840276.', '118840276', 'HEALTH_PLAN'), ['LA-MCD 118840276']);
  assert.deepEqual(grown('Seen, MRN 12345678 checked.', '12345678', 'MRN'), ['12345678']);
  assert.deepEqual(grown('Card NHS 9434765919 seen.', '9434765919'), ['9434765919']);
  assert.deepEqual(grown('Ref AB 1234 only.', '1234'), ['1234']);
  assert.deepEqual(grown('Phone IMEI 356938035643809.', '356938035643809'), ['356938035643809']);
  assert.deepEqual(grown('Registered: GMC 7012345.', '7012345', 'ID'), ['7012345']);
});

test('a card or plan number of a letter group and spaced digit groups after an insurance or card word is a plan number', () => {
  assert.deepEqual(registers('Refill: RAMQ DESM 5804 1127, Shawinigan.'), ['HEALTH_PLAN:DESM 5804 1127']);
  assert.deepEqual(registers('Ins: Fidelis Care FC 71940 2283'), ['HEALTH_PLAN:FC 71940 2283']);
  assert.deepEqual(registers('BP 120 80 on the insulin plan.'), []);
  assert.deepEqual(registers('Lab: WBC 1200 3400 before the plan.'), []);
});

test('a serial of capitals and digits right after a device noun or a serial mark is a device identifier', () => {
  assert.deepEqual(registers('CGM transmitter 8GM4R2. Time in range 52%.'), ['DEVICE:8GM4R2']);
  assert.deepEqual(registers('Tablet (iPad, S/N DMPXK2LQ9F) assigned.'), ['DEVICE:DMPXK2LQ9F']);
  assert.deepEqual(registers('Pacemaker PM4417Q checked.'), ['DEVICE:PM4417Q']);
  assert.deepEqual(registers('Insulin pump 50ML syringe, sensor Dexcom G7, pump settings.'), []);
});

test('a lot or unit number joins the street line after it, and a unit joins a street its town typed as a ZIP', () => {
  const places = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'LOCATION').map((s) => text.slice(s.start, s.end));
  assert.ok(places('Home visit Lot 14 Nhulunbuy Road, Yirrkala NT 0880.').includes('Lot 14 Nhulunbuy Road'));
  assert.ok(places('Copy to: Mr Arnav Venkat, Apt 4C, 1120 Fifth Avenue, New York, NY 10128').some((p) => p.startsWith('Apt 4C, 1120 Fifth Avenue')));
});

test('an institution takes the capitalised words of its name before its head; a role, an acronym or a sentence opener stops it', () => {
  const lex = getDefaultLexicon();
  const grown = (text: string, found: string): string[] => {
    const start = text.indexOf(found);
    return wholePlaceSpans([{ start, end: start + found.length, type: 'LOCATION' }], text, 'mixed', lex).map((s) => text.slice(s.start, s.end));
  };
  assert.deepEqual(grown('Cook at Queen of Sheba Restaurant, burned.', 'Sheba Restaurant'), ['Queen of Sheba Restaurant']);
  assert.deepEqual(grown('She attended Rahima Moosa Mother and Child Hospital on Monday.', 'Child Hospital'), ['Rahima Moosa Mother and Child Hospital']);
  assert.deepEqual(grown('Consultant Nephrologist Alexandra Hospital.', 'Alexandra Hospital'), ['Alexandra Hospital']);
  assert.deepEqual(grown('Seen 10.05. Follow-up Spitalul Clinic not needed.', 'Spitalul Clinic'), ['Spitalul Clinic']);
  assert.deepEqual(grown('Sent to Dr Quorvin Royal Infirmary.', 'Royal Infirmary'), ['Royal Infirmary']);
  assert.deepEqual(grown('Referred by Dr. Chloe Ferreira of Holrell Memorial Hospital today.', 'Holrell Memorial Hospital'), ['Holrell Memorial Hospital']);
  const upper = 'Cook at Queen of Sheba Restaurant';
  assert.deepEqual(wholePlaceSpans([{ start: 17, end: 33, type: 'LOCATION' }], upper, 'upper', lex).map((s) => upper.slice(s.start, s.end)), ['Sheba Restaurant']);
});

test('digit groups joined by dashes behind a capitals prefix are one identifier; short codes and names stay', () => {
  const ids = (text: string): string[] => detectPhi(text).filter((s) => s.type === 'ID').map((s) => text.slice(s.start, s.end));
  assert.deepEqual(ids('Your screening kit (BSP-4417-20981) was returned unusable.'), ['BSP-4417-20981']);
  assert.deepEqual(ids('Swab for COVID-19, HLA-B27 positive, SARS-CoV-2 negative.'), []);
  assert.deepEqual(ids('Scored on the PHQ-9-A form, grade II-III.'), []);
});

test('an SSN takes the masked groups written before its last four', () => {
  const text = 'SSN xxx-xx-1234 on file; SSN ***-**-6789.';
  const spans = [{ start: 11, end: 15, type: 'SSN' as const }, { start: 36, end: 40, type: 'SSN' as const }];
  assert.deepEqual(wholePlaceSpans(spans, text, 'mixed').map((s) => text.slice(s.start, s.end)), ['xxx-xx-1234', '***-**-6789']);
});
