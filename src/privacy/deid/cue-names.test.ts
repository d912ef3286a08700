/**
 * Names, places, identifiers and dates that no list holds, in the forms of short clinician texts (issue 14): cue
 * words, inverted "Last, First" headers, town shapes, institutions after a care cue, codes and dates in record-system
 * formats; and what must stay (eponym terms, payers, vent settings, doses, years in a text that identifies no one).
 * Every name and place here is invented for the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectPhi, reportedSpans } from './detect.js';

function covered(text: string, needle: string): boolean {
  const spans = reportedSpans(detectPhi(text));
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `fixture lacks ${needle}`);
  for (let i = at; i < at + needle.length; i++) {
    if (/[\s.,]/.test(text[i] ?? '')) continue;
    if (!spans.some((s) => s.start <= i && i < s.end)) return false;
  }
  return true;
}

function found(text: string): string[] {
  return reportedSpans(detectPhi(text)).map((s) => text.slice(s.start, s.end));
}

test('names after consult, referral, label and sign-off cues, with no list holding them', () => {
  assert.ok(covered('Thank you for referring Duvrello to our clinic.', 'Duvrello'));
  assert.ok(covered('Attending: Yabrut-Gehlin. Resident: W. Novatsky.', 'Yabrut-Gehlin'));
  assert.ok(covered('Attending: Yabrut-Gehlin. Resident: W. Novatsky.', 'W. Novatsky'));
  assert.ok(covered('she was seen by opvalnik hesh yesterday and is doing well', 'opvalnik'));
  assert.ok(covered('Thanks,\nOakley Hingrove\nKrasmicki Urgent Care Cardiology', 'Oakley Hingrove'));
  assert.ok(covered('Thanks,\nOakley Hingrove\nKrasmicki Urgent Care Cardiology', 'Krasmicki Urgent Care'));
  assert.ok(covered('cc: Colm B. Nardivello II; Sabe Y. Bergolm Jr.', 'Nardivello II'));
  assert.ok(covered('cc: Colm B. Nardivello II; Sabe Y. Bergolm Jr.', 'Bergolm Jr'));
  assert.ok(covered('902-89-258 Akiro O. DOB 03.09.2018', 'Akiro O'));
});

test('the inverted form of record headers: SURNAME, GIVEN I', () => {
  assert.ok(covered('PATIENT: SCHOEVAKER, WEI   MRN: 00086700', 'SCHOEVAKER, WEI'));
  assert.ok(covered('Follow-up Nov-06-2023 with GOODWELLIE, JACK X.', 'GOODWELLIE, JACK X'));
});

test('places by shape and by cue: towns, states, institutions, street lines, PO boxes', () => {
  assert.ok(covered('Mailing address PO Box 3619, Issorville.', 'Issorville'));
  assert.ok(covered('Mailing address PO Box 3619, Issorville.', '3619'));
  assert.ok(covered('Home: 0174 Joanna Way, Cacilly, Texas 73731-3597', '0174 Joanna Way'));
  assert.ok(covered('Home: 0174 Joanna Way, Cacilly, Texas 73731-3597', 'Cacilly, Texas'));
  assert.ok(covered('Home: 6314 N. Bloomsteen Dr., Shadab, VT 49550-4087', '6314 N. Bloomsteen Dr'));
  assert.ok(covered('Transferred from UPMX on 15.03.2008 after a fall.', 'UPMX'));
  assert.ok(covered('Prior care at Wissler Nursing Home and OHSX.', 'Wissler Nursing Home'));
  assert.ok(covered('Prior care at Wissler Nursing Home and OHSX.', 'OHSX'));
  assert.ok(covered('Discussed with Ridley from Banner Health who agrees with plan.', 'Banner Health'));
});

test('identifiers and dates in record-system formats', () => {
  for (const [text, needle] of [
    ['Seen 2020/12/19 for follow-up.', '2020/12/19'],
    ['Admitted 11NOV2015 via the ED.', '11NOV2015'],
    ['SSN on file 023 19 9278.', '023 19 9278'],
    ['MRN 141-06-056 on the wristband.', '141-06-056'],
    ['Plan 974339136X denied the MRI.', '974339136X'],
    ['Insulin pump S/N AB9-79028-A replaced.', 'AB9-79028-A'],
    ['Implant UDI (01)15198612515726 recorded.', '(01)15198612515726'],
  ] as const) assert.ok(covered(text, needle), text);
});

test('over-redaction: eponym terms, payers, vent settings, doses and years in texts that identify no one stay', () => {
  for (const text of [
    'Von Willebrand disease type 1; DDAVP before procedures.',
    'Bence Jones protein negative; Waldenstrom macroglobulinemia unlikely.',
    'Schatzki ring on EGD; Los Angeles grade B esophagitis.',
    'Sent to PT/OT; Medicare covers the walker.',
    'Trendelenburg position for central line placement.',
    'PT REMAINS ON AC 700X10 PEEP 5, HEPARIN 5000U SC, 2000CC OUT, RATE98-100.',
    "Crohn's disease since 2019, on azathioprine 100 mg.",
  ]) assert.deepEqual(found(text), [], text);
});

test('a year is reported beside other PHI and kept in a text without any', () => {
  assert.deepEqual(found('Hodgkin lymphoma in 2003, in remission.'), []);
  assert.ok(found('Seen by Dr. Quarrel for Hodgkin lymphoma in 2003.').includes('2003'));
});

test('names that are also English words, after a cue that says a person follows', () => {
  assert.ok(covered('Thank you for referring Destiny H. to our clinic.', 'Destiny H'));
  assert.ok(covered('cc: Cooper; Precious Barrier, NP-C', 'Cooper'));
  assert.ok(covered('cc: Cooper; Precious Barrier, NP-C', 'Precious Barrier'));
  assert.ok(covered('Called wife Magic re: discharge; son Hunter to pick up.', 'Magic'));
  assert.ok(covered('Called wife Magic re: discharge; son Hunter to pick up.', 'Hunter'));
  assert.ok(covered('Per Colt the biopsy was benign.', 'Colt'));
  assert.ok(covered('Car left in lot B, driven by Vornhagel.', 'Vornhagel'));
  // Roles, services and clinical words after the same cues stay.
  assert.deepEqual(found('Discussed with Family at bedside. Seen by Social Work. Settings as per Resp. flowsheet.'), []);
  assert.deepEqual(found('Wife At bedside, son Has questions about Lasix.'), []);
});

test('hand-off shorthand: a name before the age', () => {
  assert.ok(covered('Nursing handoff: pt Woffard, 94 y/o, from Divis-Worzella Hospital.', 'Woffard'));
  assert.ok(covered('Handoff: pt Summer E., 71 y/o, stable.', 'Summer E'));
  assert.deepEqual(found('Pt is a 74 y/o man with CHF, 74 yo.'), []);
});

test('institutions in brackets after records, bare after a care cue, and named urgent care centres', () => {
  assert.ok(covered('Outside records (Northwell) show prior MI.', 'Northwell'));
  assert.ok(covered('Outside records (Dana-Farber) show prior MI.', 'Dana-Farber'));
  assert.ok(covered('Discussed with Ethan O. from Tufts who agrees with plan.', 'Tufts'));
  assert.ok(covered('Prior care at Cedars-Sinai and MUSC.', 'Cedars-Sinai'));
  assert.ok(covered('Prior care at Saint Fatima Clinic and Zen Urgent Care.', 'Zen Urgent Care'));
  assert.deepEqual(found('Outside records (CT head) show no bleed. Went to urgent care. Transferred from Home.'), []);
});

test('licence plates after a vehicle word and in the 1ABC234 shape', () => {
  assert.ok(covered('Car 8NDH969 in lot B.', '8NDH969'));
  assert.ok(covered('vehicle plate ABC-1234 noted by security', 'ABC-1234'));
  assert.deepEqual(found('car accident 2 weeks ago, on 5L NC'), []);
});

test('bedside tests and scales named after people stay; an old-form Medicare number goes', () => {
  assert.deepEqual(found('Weber midline, Rinne positive bilaterally; Snellen 20/40.'), []);
  assert.deepEqual(found('Braden score 14, Morse fall scale 45, Mini-Cog 3/5.'), []);
  assert.ok(covered('Called Weber at home re: results.', 'Weber'));
  assert.ok(covered('Ins: 780926687G | Acct 966659256995', '780926687G'));
  assert.ok(covered('Outside records (Duke) show prior MI.', 'Duke'));
  assert.ok(covered("Prior care at Stonitsch Children's Hospital and Duke.", 'Duke'));
  assert.ok(covered('Thanks,\nKlingenberger\nMass General Cardiology', 'Mass General'));
  assert.deepEqual(found('Thanks,\nGeneral Internal Medicine'), []);
});

test('inverted headers in capitals, lowercase names after a cue, and Saint inside a name', () => {
  assert.ok(covered('PATIENT: HAWKS, LANDON   MRN: 99723685', 'HAWKS, LANDON'));
  assert.ok(covered('Thank you for referring ananya ballestas to our clinic.', 'ananya ballestas'));
  assert.ok(covered('Attending: landon st. odens. Resident: paisley pluger.', 'landon st. odens'));
  assert.deepEqual(found('SPOKE WITH WIFE, WHO IS AWARE. DISCUSSED WITH TEAM, WILL FOLLOW.'), []);
});

test('clinical prose without PHI stays readable: ordinals, murmur grades, pain scores, obstetric history, anatomy eponyms', () => {
  assert.deepEqual(found('He is at the 2nd percentile for head circumference; cystic dilation of the 4th ventricle.'), []);
  assert.deepEqual(found('A 3/6 holosystolic murmur is heard; later a 2/6 continuous, low-pitched murmur.'), []);
  assert.deepEqual(found('Chest pain rated 8/10, radiating to the jaw.'), []);
  assert.deepEqual(found('Born at 37 weeks to a 24-year-old G3P11011 Rh- mother. On a KOH preparation, hyphae.'), []);
  assert.deepEqual(found('Fluid in the pouch of Douglas. Anti Jo 1 negative. Louder on Weber testing.'), []);
  assert.ok(covered('Seen on the 5th by the team.', '5th'));
});

test('services, record systems and generic hospitals after a cue are not names or places', () => {
  assert.deepEqual(found('Seen by Podiatry today. Spoke with Anesthesia. Discussed with Poison Control.'), []);
  assert.deepEqual(found('Seen by Physical Therapy and Occupational Therapy. Outside records (Epic) reviewed.'), []);
  assert.deepEqual(found('Transferred from Outside Hospital.'), []);
});

test('an NHS staff title or its shorthand before a name is a role cue (thirty-sixth pass)', () => {
  assert.ok(covered('Leg ulcer reviewed. Health worker Velunka will do dressings.', 'Velunka'));
  assert.ok(covered('Pendant alarm fitted. OT Brivenna Tamsk-Oderino, HCPC registered.', 'Brivenna Tamsk-Oderino'));
  assert.ok(covered('Histopathology, CNS Zhalmor Quorvash to follow up.', 'Zhalmor Quorvash'));
  assert.ok(covered('Driving ban 6 months. Physiologist Velunka.', 'Velunka'));
  assert.ok(covered('Advise day rota for 8 weeks. Manager Quorvash copied.', 'Quorvash'));
  assert.ok(covered('Crossmatch for the brother of recipient Oderino, HLA typed.', 'Oderino'));
});

test('an English or clinical word after a staff title, or a donor register, is no name', () => {
  for (const text of ['OT Assessment booked for Monday.', 'SALT Review today, thickened fluids.', 'CNS Lymphoma suspected on MRI.',
    'Manager Approval needed for the rota.', 'Carer Visits twice daily.', 'Physiologist Report attached.',
    'Organ Donor Register checked, no entry.']) {
    assert.deepEqual(reportedSpans(detectPhi(text)).filter((s) => s.type === 'NAME'), [], text);
  }
});
