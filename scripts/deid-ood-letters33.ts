/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-sixth session, engineer author: short and
 * long clinician texts, in running prose, in form/field layouts and in machine formats. About half are ordinary English
 * texts, the most common real case: GP and hospital clinic letters, discharge summaries, referrals (2WW, e-RS, hospice,
 * safeguarding, interhospital transfer), ward and AMU handovers, SBAR calls, ward-round lists, clinic lists, operation
 * notes, MDT outcomes, telephone consultations, fit notes, death verifications, reception messages, pharmacy texts,
 * repeat-prescription requests, faxes, e-mails and after-visit summaries from the UK, Ireland, the US, Canada,
 * Australia, New Zealand and Singapore, with names without a cue word, hospitals and clinics by their full names, dates
 * in every common form and record and plan numbers with prefixes. The rest are kinds of text beyond letters14-32: HL7
 * v2 ADT messages, FHIR JSON, DICOM headers, SQL exports, XML referrals, YAML rota files, markdown tables, Slack and
 * WhatsApp messages, uncorrected speech-recognition dictation, NHS 111 call summaries, birth notifications, cremation
 * forms, organ donor register checks, clinical-trial screening logs, IOM panel-physician visa medicals, blood donor
 * deferral letters, embassy consular notes, airline MEDIF forms, cruise-ship infirmary logs, a submarine medical log,
 * and first-aid and occupational notes from escape rooms, racecourses, triathlons, film sets, orchestras, ballet
 * companies, train-driver medicals, lighthouses, casinos, ski tows, funiculars, breweries, beekeepers, stonemasons,
 * data centres, warehouses, rideshare driving and curling, a patient-portal access audit (CSV with IPv4 and IPv6
 * sources) and a long Welsh hospital discharge summary with a fax and a URL; and texts written in the styles of
 * regions, peoples and languages not named in the headers of letters14-32: Miranda do Douro (Mirandese), the Lower
 * Engadine (Vallader), Kalmykia, Chechnya, Abkhazia, Gojal (Wakhi), Hunza (Burushaski), Dzongu (Lepcha), Mangalore
 * (Konkani, Kannada script and digits), the Papua New Guinea Highlands (Tok Pisin), Malekula (Bislama), Rosebud
 * (Lakota), the Sea Islands (Gullah), Paramaribo (Sranan), Dakar (Wolof), Yamoussoukro (Baoulé), Ouagadougou (Mooré),
 * Niamey (Zarma), Lilongwe (Chichewa), Eswatini (siSwati), the Okavango Delta (Setswana), Huambo (Umbundu), Chobe
 * (Subiya), the Hadhramaut (Arabic script, Arabic-Indic digits, Hijri date), Al-Mahra (Mehri), Sulaymaniyah (Sorani,
 * Arabic script), Benghazi (Cyrenaica), Nouakchott (Hassaniya), Dakhla (Hassaniya), Sitka (Tlingit), Akwesasne
 * (Mohawk), the White Mountain Apache, the Lumbee of Robeson County, a Hutterite colony (Hutterisch), the Old Order
 * Mennonites of Waterloo Region (Pennsylvania Dutch), West Kerry (Corca Dhuibhne, Irish), Podlasie (Belarusian,
 * Cyrillic), Bukovina, Dobruja (Lipovan, Cyrillic), the Pomak villages of the Pirin (Bulgarian, Cyrillic), Thessaly and
 * the Cyclades (Greek script) and Tromsø (local words kept: utente, polis OMS, CNIC, Aadhaar, CNI, CNIB, CMU, Omang,
 * BI, PIN, NNI, national number, tribal enrollment and status card numbers, OHIP, AHCIP, PPSN, IHI, cárta leighis,
 * PESEL, CNP, ЕГН, fødselsnummer, NRIC, NHI, UR, Medicare, MBI, Medicaid, SSN, NPI, GMC, NMC, GPhC, GDC, BHA licence,
 * ACC claim, e-RS UBRN, CHI, EHIC). Some countries and languages named before recur (Papua New Guinea, Eswatini,
 * Botswana and Setswana, Senegal, Burkina Faso, Niger, Malawi, Angola, Yemen, Libya, Mauritania, Suriname, Vanuatu,
 * Sikkim, Alaska, Ireland and Irish, Greece), only through a region, people or language not named before.
 * Human patients only. Written by hand by engineer author on 2026-12-07 (thirty-sixth session) without reading the
 * engine's rules, lexicons or models, and never run through ddx by its author. It is scored by the lead only; never
 * tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone at the start of a line, after field labels, in table rows, HL7 and
 * DICOM caret form "SURNAME^GIVEN", FHIR family/given fields, SQL rows, XML elements, YAML keys, Slack user handles,
 * e-mail greetings and signatures, cc lines, surname first with a comma, initials, hyphenated, with "mint", "Ní",
 * "Al-", patronymics; Cyrillic, Greek, Arabic, Kurdish and Kannada script); lone first names ("June" as a given name,
 * "Mo", "Sam", "Kat") and lone surnames; places of every kind (streets, flats, farms, colonies and quarters, sectors
 * and numbered streets, islands small enough to be an address, hospitals, health posts, care homes, hospices,
 * pharmacies, supermarkets, employers, depots, studios, escape rooms, rinks and crematoria); ages over 89 as digits
 * ("94 ons", "92 anos", "90 лет", "91 bliain", "90 гадоў", "93 ετών", "93 سنة" and a bare "(91)"); dates in many
 * formats (14/02/1948; 28 Nov 2026; 7/19/1971; 12/04/2026 (US); 06/12/26; 2nd December 2026; 11-Mar-1966; 1979-08-22;
 * 02.06.2019; 1991.03.17; 19560312, 202612041132 and 20261204 in HL7 and DICOM; "Thursday"; "Tue 1st Dec"; "Wed Dec 2";
 * "the 9th of June 1968"; "Christmas Eve"; "3 de dezembre"; "als 2 december"; "1 декабря 2026"; "2 Disemba"; "Mande 30
 * Novemba"; "2 Disembala"; "2 Ingongoni"; "2 Sedimonthole"; "2 Nollaig"; "2 снежня"; "2 decembrie"; "02.12.2026 г."; "2
 * Δεκεμβρίου 2026"; "tirsdag 1. desember"; "3 Rhagfyr"; "೦೩-೧೨-೨೦೨೬"; "٢٢ جمادى الآخرة ١٤٤٨"; "٢ی کانوونی یەکەمی ٢٠٢٦";
 * months alone); IDs of many shapes; health plans, licences, phones of many countries, faxes, e-mails, usernames,
 * device serials (TAVR valve, hearing aids, CT scanner), vehicle plates, an ambulance call sign, a forklift, a ship
 * with its IMO number, fishing boats. Every name, address and number is invented; institution names may be the public
 * names of real hospitals, employers and places, as organisations only.
 * Format and gold convention as deid-ood-letters26.ts to 31.ts: PHI is marked inline as {{TYPE|text}}; titles, ranks
 * and honorifics ("Dr", "Dr.", "Prof.", "Mr", "Mrs", "Ms", "Miss", "Sr.", "PO", "Mme", "sar") and degree suffixes (",
 * MD", ", NP") stay outside a name, facility words inside; US states, provinces, regions, counties, republics and
 * countries are not marked (a town, a village, a quarter, a sector or a camp small enough to be an address is); years
 * on their own (and "1958 г.р.") are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE, "today", "yesterday", "tonight" and "tomorrow" are not; numbered wards, rooms, beds, bays, cabins
 * and chairs are not marked, nor named wards. An AGE span is one stated exact age over 89, only its number. Medical,
 * nursing, pharmacy, dental, jockey and provider (NPI) licences are LICENSE; national, personal, passport, employee,
 * staff, donor, tribal, session, referral, claim, police, RIDDOR, trial-subject and certificate numbers are ID (US SSNs
 * are SSN); hospital, chart, UR, NHS, NHI and CHI numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any
 * country ZIP; a DEVICE span is the serial only; a ship's name and IMO number, a boat's name or registration, a
 * vehicle's plate, an ambulance call sign and a forklift number are VEHICLE; label words ("DOB", "NHS", "CHI", "PNR")
 * stay outside their numbers; employers, hospitals, clinics, studios, rinks and pharmacies are marked as places,
 * insurers, agencies, suppliers, manufacturers and programmes are not; booking, membership, lab accession,
 * travel-policy and pick-up codes are ACCOUNT; animals are not marked. Before writing, the script checks every gold
 * span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous signs (respiratory, cardiac ECG criteria, dermatology, obstetric, renal),
 * scores and instruments, place-named fevers and diseases, generic and brand drugs, insulin pens, inhalers, vaccines,
 * chemotherapy regimens, pumps and lines, implants, monitors, wheelchairs and cameras, greetings, yes/no boards and
 * hospital signs in many languages and scripts, years alone (a timeline), ages under 90 (a schedule), ward, bay, bed
 * and chair numbers, weekdays in the plural, headings in capitals, a markdown table of disease names and one- and
 * two-line texts, which must stay.
 *   node --import tsx scripts/deid-ood-letters33.ts [--out /tmp/deid-ood-letters33.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters33.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Okonkwo-Baird}},
Thank you for seeing {{NAME|Maureen Tebbutt}} (DOB {{DATE|14/02/1948}}), {{LOCATION|27 Hallam Road}}, {{LOCATION|Sheffield}} {{ZIP|S10 3BN}}, NHS No {{MRN|485 777 3456}}. She has had exertional breathlessness since September with ankle swelling; NT-proBNP 2,140 ng/L. Echo requested.
Yours sincerely,
Dr {{NAME|Rupert Flaxman}}
{{LOCATION|Crookes Valley Medical Centre}}, tel {{PHONE|0114 496 0732}}`,

  `DISCHARGE SUMMARY - {{LOCATION|Royal Derby Hospital}}
Patient: {{NAME|HALLIWELL, Brian Keith}}   Hosp No: {{MRN|RTG7718324}}   Admitted: {{DATE|28 Nov 2026}}   Discharged: {{DATE|03 Dec 2026}}
Diagnosis: community-acquired pneumonia (CURB-65 2). Amoxicillin then doxycycline. Follow-up chest X-ray in 6 weeks at {{LOCATION|Ilkeston Community Hospital}}.
GP: Dr {{NAME|Sangeeta Loomba}}, {{LOCATION|Long Eaton Health Centre}}`,

  `Handover 19:45, AMU bay C
1 - {{NAME|Doreen Piggott}} 84 - UTI, delirium, on IV gent, levels due 06:00
2 - {{NAME|Kwame Asante-Boateng}} 41 - DKA resolving, switch to SC insulin am
3 - {{NAME|Ted Lowry}} {{AGE|93}} - fall, NOF query, xray done, awaiting ortho ({{NAME|Priya}} bleep 4417)
4 - empty
Handed over by {{NAME|Ciaran}} to {{NAME|Mags}}`,

  `Hi {{NAME|Lorna}}, can you ring Mr {{NAME|Aldous}} back re his warfarin? INR 4.6 this morning. His number is {{PHONE|07700 900481}}. Thanks, {{NAME|Bev}} (reception)`,

  `Referral: {{NAME|Jayden Moorcroft}}, 7 yrs, DOB {{DATE|02.06.2019}}, of {{LOCATION|Flat 4, 19 Cable Street}}, {{LOCATION|Lancaster}} {{ZIP|LA1 1HU}}. Recurrent tonsillitis, 8 episodes this year, missing school. Mum {{NAME|Kerry-Ann Moorcroft}} keen for ENT opinion. Referred to {{LOCATION|Royal Lancaster Infirmary}} ENT, e-RS UBRN {{ID|0412 7765 3398}}.`,

  `{{LOCATION|Massachusetts General Hospital}} - Progress Note
{{NAME|Delgado, Marisol}}  MRN {{MRN|0045-88213}}  DOB {{DATE|7/19/1971}}  Date of service {{DATE|12/04/2026}}
S: Still nauseated, tolerating sips. O: T 37.9, HR 96. A/P: Post-op day 2 lap chole, mild ileus, advance diet as tolerated. Attending {{NAME|Harold Nussbaum}}, MD.`,

  `Pt {{NAME|Garrett Finnegan}} called the triage line {{DATE|Thursday}} AM c/o chest tightness x2h, advised 911. Wife {{NAME|Shauna}} drove him to {{LOCATION|Beaumont Hospital Royal Oak}}. Callback # {{PHONE|(248) 555-0176}}. Aetna member ID {{HEALTH_PLAN|W2873390145}}.`,

  `Clinic letter, Department of Rheumatology, {{LOCATION|Freeman Hospital}}, {{LOCATION|Newcastle upon Tyne}}
Date: {{DATE|2nd December 2026}}
Re: {{NAME|Gillian Armstrong-Tate}}, d.o.b. {{DATE|11-Mar-1966}}, MRN {{MRN|F2264189}}
Seropositive rheumatoid arthritis, DAS28 4.9 despite methotrexate 20 mg weekly. Plan: add hydroxychloroquine, review in 3 months. Copy to {{NAME|Gillian}} and to her GP, Dr {{NAME|Otis Mbeki}}.`,

  `ED triage note {{DATE|06/12/26}} 02:14
{{NAME|Amara Osei}}, 19F, brought by friend {{NAME|Tasha Reid}}, ?spiked drink at {{LOCATION|The Canal House}}, GCS 13, obs stable. Lives {{LOCATION|Hulme}}, {{LOCATION|Manchester}}. Next of kin mum {{PHONE|0161 496 0215}}.`,

  `To whom it may concern,
I confirm that {{NAME|Wojciech Zieliński}} (born {{DATE|30 April 1988}}) attended {{LOCATION|Leicester Royal Infirmary}} emergency department on {{DATE|1 December 2026}} with a lumbar sprain and is unfit for heavy lifting for two weeks. Employer: {{LOCATION|Brakes Depot Enderby}}. Payroll no. {{ID|EMP-556201}}.
Dr {{NAME|Harriet Coldwell}}, GMC {{LICENSE|7123456}}`,

  `Nursing handover - ward 22
{{NAME|Albert Pennington}} bed 6 - refusing meds again, daughter {{NAME|Sue}} visiting at 4, she has LPA for health.
{{NAME|Nadia Bouzid}} bed 7 - post TKR day 1, mobilised with physio, pain 3/10.
{{NAME|Gwen}} in bed 9 - for discharge to {{LOCATION|Oakwood Grange Care Home}} once TTOs ready.`,

  `Text from {{PHONE|+44 7700 900 117}}: hi its {{NAME|Dean}} from {{LOCATION|Tesco Extra Bar Hill}} pharmacy, your prescription for {{NAME|Lily Harcourt}} is ready, collection code {{ACCOUNT|RX4471}}`,

  `{{LOCATION|St Vincent's Hospital Melbourne}} - Discharge Referral
Name: {{NAME|Connor O'Loughlin}}  UR: {{MRN|1188342}}  Medicare: {{HEALTH_PLAN|2951 48760 1}}
Admitted {{DATE|29/11/2026}}, discharged {{DATE|2/12/2026}}. Alcohol withdrawal, managed on CIWA protocol; thiamine given. Follow-up with {{LOCATION|Fitzroy Community Health}}, case manager {{NAME|Bec Trinh}}.`,

  `Dear {{NAME|Anjali}},
Your appointment at the Kidney Unit, {{LOCATION|Lister Hospital}}, {{LOCATION|Stevenage}} has been moved to {{DATE|Wednesday 16 December}} at 10:40. Please bring your urine sample. Reference {{ID|LH-APT-220918}}.
Outpatients Team`,

  `Operation note {{DATE|3.12.2026}}
Patient: {{NAME|Ivor Llewelyn}}  Hospital no.: {{MRN|M0723388}}
Procedure: emergency laparotomy, small bowel resection (closed loop obstruction from band adhesion). Surgeon: Ms {{NAME|Ffion Beddoe}}. Assistant: Dr {{NAME|Kenji Hayward}}. Anaesthetist: Dr {{NAME|Lachlan Mercer}}.
{{LOCATION|Morriston Hospital}}, {{LOCATION|Swansea}}`,

  `CC: {{NAME|Okafor, Chidinma}} (consultant), {{NAME|Wu, Eleanor}} (CNS), {{NAME|Pattison}} (GP)
Subject: MDT outcome for {{NAME|Roland Ashby-Greaves}}, {{MRN|RX1-4490312}}
Outcome: T2N1 rectal cancer, short-course radiotherapy then surgery. Discussed at {{LOCATION|Royal Surrey County Hospital}} colorectal MDT, {{DATE|Tue 1st Dec}}.`,

  `Physio note. {{NAME|Sinead}} seen at home ({{LOCATION|12 Glenview Park}}, {{LOCATION|Tallaght}}, {{LOCATION|Dublin}} {{ZIP|D24 X2F7}}). Walked 30 m with rollator, stairs with rail. Husband {{NAME|Declan Fahy}} present. IHI {{ID|2087-4416-33}}. Next visit {{DATE|9/12}}.`,

  `Re: {{NAME|Tomasz Wróbel}} - dob {{DATE|1979-08-22}} - attended {{DATE|Sat 5th}} with a puncture wound to the left palm from a rusty nail at {{LOCATION|Wickes Bolton}}. Td booster given. Advised to return if redness spreads. - {{NAME|AB}}, ENP`,

  `SBAR to on-call reg, 03:10
S: {{NAME|Margaret Oyelaran}}, 71, bed 14, new AF rate 150.
B: Admitted {{DATE|Monday}} with cellulitis.
A: BP 98/60, lactate 2.8.
R: please review within 30 min. Nurse {{NAME|Jo Whitcombe}}, ext 5521.`,

  `{{NAME|Bernadette Carr}} ({{AGE|91}}) lives alone at {{LOCATION|4 Mill Lane}}, {{LOCATION|Cheddar}}. Home care twice daily from Mendip Home Support. Son {{NAME|Graham}} in {{LOCATION|Bristol}}, mobile {{PHONE|07700 900 662}}. Advance care plan: not for CPR, ReSPECT form signed {{DATE|17 Oct 2026}}.`,

  `Telephone consultation - {{DATE|04-Dec-2026}}
Spoke to {{NAME|Hamish McTavish}} re blood results: ALT 112, GGT 340. Drinks 40 units/week. Advised reduction, repeat LFTs 4 weeks, USS liver requested via {{LOCATION|Ninewells Hospital}}. CHI {{MRN|2108694417}}.`,

  `{{LOCATION|Kaiser Permanente Oakland Medical Center}}
After Visit Summary for {{NAME|Thanh-Huong Nguyen}}
Visit date {{DATE|December 2, 2026}} with Dr. {{NAME|Raymond Castellanos}}
Medical Record # {{MRN|11-774-3302}}
Your new medicine: lisinopril 10 mg daily. Recheck BP in 2 weeks at {{LOCATION|Kaiser Permanente San Leandro}}.`,

  `From: {{EMAIL|priya.raman@nhs.net}}
To: {{EMAIL|cardiology.secretaries@nhs.net}}
Subject: urgent echo please - {{NAME|Leonard Gaskell}} NHS {{MRN|943 476 5919}}
Hi both, new murmur + syncope, ?AS. Can he be squeezed in this week? Thanks, {{NAME|Priya}}`,

  `Pt: {{NAME|Lauren Beasley}}  DOB: {{DATE|03/14/1994}}  SSN: {{SSN|512-44-7789}}
Ins: BCBS of Illinois, ID {{HEALTH_PLAN|XOF882045671}}
Reason: pre-employment physical for {{LOCATION|Rush University Medical Center}} nursing role. Tdap, Hep B titre, TB QuantiFERON ordered.`,

  `Ward round {{DATE|Friday 4th December}}, consultant Dr {{NAME|Alasdair Brodie}}
Bed 1 Mrs {{NAME|Iqbal}} - improving, home Monday
Bed 2 {{NAME|Stanley Crisp}} - CT head NAD, continue obs
Bed 3 {{NAME|Ruth Abernethy}} - palliative, family meeting with {{NAME|Ruth}}'s nephew {{NAME|Callum}} at 2pm`,

  `Midwife booking summary. {{NAME|Chloe Armitage}}, G2P1, EDD {{DATE|22/06/2027}}, {{LOCATION|Harrogate District Hospital}}. Address {{LOCATION|88 Skipton Road}}, {{LOCATION|Harrogate}} {{ZIP|HG1 4LR}}. Partner {{NAME|Jordan Firth}}. Hb 118, BMI 31, for GTT at 26 weeks.`,

  `Fax to {{FAX|01865 220 488}}
Attn: {{LOCATION|John Radcliffe Hospital}} neurology
Urgent referral: {{NAME|Felicity Awolowo}}, 34, new right-sided weakness and slurred speech resolved after 40 min on {{DATE|2/12/2026}}. ABCD2 4. Aspirin started. From {{LOCATION|Cowley Road Medical Practice}}, tel {{PHONE|01865 496 331}}.`,

  `Dear Mr and Mrs {{NAME|Fairbrother}},
Your son {{NAME|Alfie}} was seen in the Children's Emergency Department at {{LOCATION|Alder Hey}} on {{DATE|30th November}}. He had a greenstick fracture of the left radius. Fracture clinic on {{DATE|7th December}}. Hospital number {{MRN|AH2209917}}.`,

  `{{NAME|Mo}} - the locum for {{DATE|Tuesday}} is Dr {{NAME|Sabine Achterberg}}, GMC {{LICENSE|6049871}}, mobile {{PHONE|07911 123 456}}. Please add her to SystmOne before 8. {{NAME|Jackie}}`,

  `Dietetic review, {{LOCATION|Addenbrooke's Hospital}}, {{DATE|Dec 3}}.
{{NAME|Keturah Blackwood}}, 27, Crohn's disease, weight 48.2 kg (BMI 17.1), on exclusive enteral nutrition; MUST 3. Plan reviewed with IBD nurse {{NAME|Fenella Hart}}.`,

  `Death verification. I verified the death of {{NAME|Herbert Ellsworth Dunn}}, {{AGE|97}}, at {{LOCATION|Rosewood Nursing Home}}, {{LOCATION|Bexhill-on-Sea}}, at 04:52 on {{DATE|5 December 2026}}. No pulse or respiratory effort for 5 minutes, pupils fixed. Family ({{NAME|Pauline Dunn}}, daughter) informed.
RN {{NAME|Grace Adeyemi}}, NMC {{LICENSE|12A3456E}}`,

  `{{LOCATION|Toronto General Hospital}} - Consult note
Patient {{NAME|Siobhan Kavanagh-Reyes}}, OHIP {{HEALTH_PLAN|4471-882-019-KT}}, MRN {{MRN|TG-30091174}}
Referred by Dr {{NAME|Avi Rosenblatt}} for decompensated cirrhosis, MELD 22. Assessment for transplant listing. Lives in {{LOCATION|Scarborough}}; sister {{NAME|Maeve}} is main support.`,

  `GP note {{DATE|1/12/26}}: {{NAME|Oliver Smethurst}} 3/7 sore throat, fever 38.6, FeverPAIN 4. Pen V 10 days. Mum worried re glandular fever ({{NAME|Oliver}}'s cousin had it). Safety netting given.`,

  `{{LOCATION|Christchurch Hospital}} - ED discharge
{{NAME|Te Rangi Parata}}, NHI {{MRN|ZKT4471}}, seen {{DATE|04/12/2026}}. Laceration right shin from a chainsaw at {{LOCATION|Bottle Lake Forest}}, 6 sutures. ACC claim {{ID|ACC-40918822}}. Follow up with {{LOCATION|Papanui Medical Centre}} for removal in 10 days.`,

  `Hello Dr {{NAME|Venkataraman}}, just to let you know your patient {{NAME|Gloria Mutasa}} has been admitted to {{LOCATION|Queen Elizabeth Hospital Birmingham}} under the stroke team. Kind regards, {{NAME|Sam}}, bed manager`,

  `Occupational health - {{LOCATION|Heathrow Terminal 5}} baggage team
Employee: {{NAME|Harjit Sandhu}}, staff ID {{ID|BA-770214}}, DOB {{DATE|09/09/1975}}
Shoulder impingement, restricted duties 4 weeks: no lifting above shoulder height. Review {{DATE|04/01/2027}}.`,

  `Admission clerking {{DATE|Sun 6 Dec 2026}} 23:50
PC: haematemesis x3. HPC: {{NAME|Desmond Quayle}}, 58, known varices, drinks 1 bottle vodka/day. Lives {{LOCATION|Douglas}}, Isle of Man - visiting daughter in {{LOCATION|Liverpool}}. Glasgow-Blatchford 14. For OGD tonight.`,

  `Hospice referral. Name: {{NAME|Patricia Ann Longbottom}}. Address: {{LOCATION|The Old Rectory}}, {{LOCATION|Church Lane}}, {{LOCATION|Great Ayton}}, {{ZIP|TS9 6HJ}}. Diagnosis metastatic pancreatic cancer. Preferred place of death: home. Husband {{NAME|Roy}}, tel {{PHONE|01642 723 118}}. Referrer Dr {{NAME|Imogen Sale}}, {{LOCATION|James Cook University Hospital}}.`,

  `Lab: {{LOCATION|Quest Diagnostics}}, {{LOCATION|Secaucus}}
Patient: {{NAME|Abernathy, Curtis J}}  Acc#: {{ACCOUNT|QD8820471}}  Collected: {{DATE|12/03/2026}} 07:15
HbA1c 9.1 %, LDL 162 mg/dL. Ordering: {{NAME|Nadine Whitfield}}, NP, NPI {{LICENSE|1457382910}}`,

  `Pt's wife {{NAME|Yvonne}} phoned: {{NAME|Keith}} had another fall last night at home, no head injury, now sore R hip but walking. Asked for home visit. Address {{LOCATION|2 Ferry Cottages}}, {{LOCATION|Reedham}}.`,

  `Safeguarding note. Child: {{NAME|Kayden Brooks-Hill}}, d.o.b. {{DATE|12/5/2021}}. Attended {{LOCATION|Royal Devon and Exeter Hospital}} with bruising to ears and neck, explanation inconsistent. Referral to Devon MASH, ref {{ID|MASH/26/18830}}. Social worker {{NAME|Tamsin Rowe}}.`,

  `{{LOCATION|Mayo Clinic Rochester}} - Letter to referring physician
{{DATE|December 1, 2026}}
Dear Dr. {{NAME|Kowalczyk}}:
I saw Mr. {{NAME|Everett Lindqvist}} (clinic # {{MRN|7-442-918}}) for progressive dysphagia. Barium swallow shows bird's beak; manometry confirms type II achalasia. We will arrange POEM.
Sincerely, {{NAME|Meredith Oyelowo}}, M.D.`,

  `Diabetes clinic {{DATE|3rd Dec}} - {{NAME|Fatima Begum}} ({{LOCATION|Whitechapel}}), HbA1c 74 mmol/mol. Interpreter {{NAME|Rumana}} (Sylheti). Start semaglutide. Next {{DATE|March 2027}}.`,

  `Minor injuries unit, {{LOCATION|Ely}}. {{NAME|Rosie Tan}}, 16, inversion injury netball, Ottawa negative, RICE. Accompanied by PE teacher Mr {{NAME|Greenhalgh}} from {{LOCATION|Witchford Village College}}.`,

  `Interhospital transfer form
From: {{LOCATION|Southend University Hospital}} ICU   To: {{LOCATION|Royal Brompton Hospital}}
Patient: {{NAME|Dariusz Nowicki}}  NHS: {{MRN|401 023 2137}}
Severe ARDS, for ECMO assessment. Transfer team lead Dr {{NAME|Olamide Akande}}. Ambulance call sign {{VEHICLE|EOE 4472}}. Departed {{DATE|04/12/2026 14:05}}.`,

  `Repeat prescription request via app, {{DATE|2 Dec}}: {{NAME|Colin Featherstone}}, ramipril 5 mg, atorvastatin 40 mg. Nominated pharmacy: {{LOCATION|Boots}}, {{LOCATION|14 Market Place}}, {{LOCATION|Hexham}}. Approved by Dr {{NAME|Kaur}}.`,

  `Psychiatry liaison. Saw {{NAME|Bethany Lusk}} (22) after paracetamol OD, 32 tablets, at {{LOCATION|Kingston Hospital}}. Lives with flatmate {{NAME|Zara}} in {{LOCATION|Surbiton}}. Low ongoing intent; follow-up with {{LOCATION|Richmond Home Treatment Team}}, key worker {{NAME|Dom Pereira}}.`,

  `Pharmacy reconciliation - Mr {{NAME|Sebastian Ward-Ellis}}, {{MRN|K1120984}}. Meds from {{LOCATION|Lloyds Pharmacy Crawley}}: apixaban 5 mg bd, bisoprolol 2.5 mg. Checked with patient and his partner {{NAME|Nico}}. Pharmacist {{NAME|Halima Yusuf}}, GPhC {{LICENSE|2087651}}.`,

  `{{NAME|Jess}}, your bloods from {{DATE|Monday}} are all normal - thyroid fine. No need to rebook. Dr {{NAME|Lindsay}}, {{LOCATION|Abbey Medical Practice}}`,

  `Home oxygen order form. Patient: {{NAME|Eric Thornbury}}, DOB {{DATE|05.05.1943}}, {{LOCATION|31 Coronation Street}}, {{LOCATION|Barrow-in-Furness}} {{ZIP|LA14 2QP}}. Concentrator 2 L/min 16 h/day. Supplier order {{ID|HOOF-882190}}. Smoke alarm checked. Signed Dr {{NAME|Aled Price}}, {{DATE|30-11-2026}}.`,

  `{{LOCATION|Singapore General Hospital}} - memo
Patient {{NAME|Lim Wei Jie}}, NRIC {{ID|S8234567D}}, admitted {{DATE|2 Dec 2026}} with dengue, platelet 38. Employer {{LOCATION|Jurong Shipyard}} informed with consent. Contact {{PHONE|+65 9123 4470}}.`,

  `Ambulance patient report form. Incident {{ID|CAD 0412-2231}}, {{DATE|04/12/26}}. Pt {{NAME|Gordon Blackett}}, 67, found at {{LOCATION|Morrisons}} car park, {{LOCATION|Peterlee}}, chest pain, GTN given. Conveyed to {{LOCATION|University Hospital of North Durham}}. Crew {{NAME|Hayes}} and {{NAME|Okoro}}.`,

  `Note for file: Mrs {{NAME|Annunziata Ricci}}'s grandson {{NAME|Marco}} rang to say she is staying with him at {{LOCATION|40 Bedford Hill}}, {{LOCATION|Balham}} until {{DATE|Christmas Eve}}. Please send district nurse there.`,

  `Clinic: {{LOCATION|Moorfields Eye Hospital}}, {{DATE|2/12/2026}}. {{NAME|Hassan Jama}}, VA 6/18 R, 6/9 L. Wet AMD right eye, start aflibercept. Hospital number {{MRN|MEH0044821}}.`,

  `Ms {{NAME|Dolores Figueroa}} - {{LOCATION|Parkland Memorial Hospital}}, {{LOCATION|Dallas}} TX {{ZIP|75235}} - Medicaid {{HEALTH_PLAN|519773021}} - seen {{DATE|11/30/26}} for prenatal visit 32 wks, BP 142/94, protein 2+, sent to L&D.`,

  `{{NAME|Kieran}} - bed 4 Mr {{NAME|Adebayo}} wants to self-discharge, please come and speak to him before he goes. {{NAME|Nell}} x`,

  `Cancer 2WW referral. Patient {{NAME|Norman Ogilvie}}, D.O.B. {{DATE|19 Jan 1952}}. PR bleeding and change in bowel habit 6 weeks, FIT 412. Referred to {{LOCATION|Queen Alexandra Hospital}}, {{LOCATION|Portsmouth}}. Practice code J82054.`,

  `Physician assistant note, {{LOCATION|Urgent Care of Fairbanks}}, {{DATE|12-05-2026}}
{{NAME|Ryder Kowalski}}, 29, frostbite 2nd degree both big toes after snowmachine breakdown near {{LOCATION|Chena Hot Springs}}. Snowmachine reg {{VEHICLE|AK 4471 SM}}. Rewarmed; ibuprofen; follow-up {{LOCATION|Fairbanks Memorial Hospital}} wound clinic.`,

  `Letter to patient
{{LOCATION|The Whittington Hospital}}, {{LOCATION|Magdala Avenue}}, {{LOCATION|London}} {{ZIP|N19 5NF}}
{{DATE|3 December 2026}}
Dear Ms {{NAME|Achieng}},
Your colposcopy showed CIN2. We recommend LLETZ treatment on {{DATE|15 December}}. Please call {{PHONE|020 7288 5419}} to confirm.`,

  `Hand therapy: {{NAME|Petra Vaughan-Ng}}, flexor tendon repair zone II (index) {{DATE|20/11}}, week 2, Manchester short splint. Works at {{LOCATION|Greggs}}, {{LOCATION|Northumberland Street}}. Seen by {{NAME|Imelda}}, OT.`,

  `Continuing healthcare checklist - {{NAME|Walter Wigglesworth}}, {{AGE|99}}, {{LOCATION|Ashdown House}}, {{LOCATION|Forest Row}}. Advanced dementia, PEG fed. NHS {{MRN|602 884 1190}}. Completed by {{NAME|Lucy Abara}}, discharge coordinator, {{DATE|Dec 4th}}.`,

  `{{LOCATION|Johns Hopkins Hospital}} Pediatrics, {{DATE|12/2/2026}}
Infant Baby Girl {{NAME|Owusu}} (mother {{NAME|Abena Owusu}}), MRN {{MRN|JH0781132}}, born {{DATE|11/29/2026}} at 36+2 wks, jaundice, TSB 15.8 mg/dL at 72 h, phototherapy started.`,

  `Falls clinic summary: {{NAME|Edna Braithwaite}}, 86, from {{LOCATION|Hebden Bridge}}. 4 falls since {{DATE|August}}. Postural drop 28 mmHg. Stopped doxazosin. Referred to {{LOCATION|Calderdale Royal Hospital}} day hospital.`,

  `Pre-op assessment, {{LOCATION|Spire Leeds Hospital}}. {{NAME|Graham Oduya}}, dob {{DATE|7.7.60}}, for right THR {{DATE|21/12/2026}}. Bupa membership {{HEALTH_PLAN|BUP 4417 9920 03}}. MRSA swab sent. Anaesthetist Dr {{NAME|Fenwick}}.`,

  `Voicemail for Dr {{NAME|Hamid}}: this is {{NAME|Carol}} from {{LOCATION|Greenfields Surgery}}, calling about Mr {{NAME|Jenkins}}, date of birth {{DATE|4th of May 1950}}, his potassium came back at 6.4, could you call back on {{PHONE|01952 460 118}}, thanks.`,

  `PICU discharge letter, {{LOCATION|Great Ormond Street Hospital}}
{{NAME|Aarav Deshmukh}}, 4 yrs, GOSH no. {{MRN|40211879}}, admitted {{DATE|27/11/2026}} with RSV bronchiolitis and apnoeas, HFNC 3 days. Parents {{NAME|Rohan}} and {{NAME|Meera}}. Home to {{LOCATION|Harrow}}.`,

  `{{NAME|Benedict Szymański}} - vasectomy consent signed {{DATE|01.12.2026}}, procedure at {{LOCATION|Marie Stopes Manchester}}; semen analysis at 16 weeks. Partner aware.`,

  `Community mental health - {{LOCATION|Lambeth Hospital}}. Care coordinator {{NAME|Jide Akinola}}. Client {{NAME|Shannon Devlin}}, depot paliperidone due {{DATE|Fri 11/12}}. Lives {{LOCATION|Brixton Hill Court}}.`,

  `Dental: {{NAME|Imran Qureshi}}, pt ref {{ID|D-20918}}, {{LOCATION|Smile Dental Care}}, {{LOCATION|Bradford}}. Lower left 6 irreversible pulpitis, RCT started {{DATE|2nd Dec}}. Dentist Ms {{NAME|Ayesha Malik}}, GDC {{LICENSE|281190}}.`,

  `A&E attendance. {{NAME|Zoltan Farkas}}, DOB {{DATE|1991.03.17}}, Hungarian lorry driver, truck {{VEHICLE|NKX-218}} parked at {{LOCATION|Dover Eastern Docks}}. Renal colic, 6 mm stone. Discharged with tamsulosin. EHIC {{HEALTH_PLAN|80348 0013 7726 1190}}.`,

  `Clinic list {{DATE|Mon 7 Dec}}, Dr {{NAME|Omotayo}}
09:00 {{NAME|Harris, June}}
09:20 {{NAME|Petrov, Ilya}}
10:00 DNA slot
10:20 {{NAME|Bhattacharya, Sunil}}`,

  `{{NAME|Clara}} - just seen Mr {{NAME|Holloway}} in the Cedar Ward day room. Sats 88% on air, I've started 2 L. {{NAME|Tim}}`,

  `Sickness certificate (fit note). Patient: {{NAME|Rhiannon Pugh}}. Condition: post-viral fatigue. Not fit for work {{DATE|01/12/2026}} to {{DATE|14/12/2026}}. Issued by {{LOCATION|Aberystwyth Town Surgery}}.`,

  `{{LOCATION|Cleveland Clinic}} Heart, Vascular and Thoracic Institute
Patient {{NAME|Marcus Delacroix}} | MRN {{MRN|CC-19927430}} | Medicare MBI {{HEALTH_PLAN|1EG4-TE5-MK72}}
{{DATE|Dec. 3, 2026}}: TAVR, 26 mm valve, device serial {{DEVICE|SAP3-26-1180473}}. Uneventful.`,

  `Hi {{NAME|Rach}}, Mrs {{NAME|Osborne}} in room 12 passed away peacefully at 05:10 with her son {{NAME|Philip}} present. Funeral director {{LOCATION|Co-op Funeralcare Truro}} to collect. Verification done by me. {{NAME|Kat}}`,

  `Orthopaedic clinic, {{LOCATION|Royal National Orthopaedic Hospital}}, {{LOCATION|Stanmore}}, {{DATE|3/12/26}}. {{NAME|Kofi Mensah}}, 15, slipped upper femoral epiphysis left, pinned {{DATE|Sept 2026}}. Walking well. Next X-ray 3 months.`,

  `Mr {{NAME|Ranjit Gill}} rang {{DATE|tues}} 4pm: catheter bypassing. DN to visit. Address on file ({{LOCATION|7 Soho Road}}, {{LOCATION|Handsworth}}). Also needs more bags - Bullen Healthcare order {{ID|BH-771203}}.`,

  `Discharge summary - {{LOCATION|Auckland City Hospital}}
{{NAME|Losa Tuilagi}}, NHI {{MRN|PRQ2266}}, DOB {{DATE|22 Jul 1983}}. Admitted {{DATE|1 Dec}} with rheumatic heart disease and new AF. Anticoagulated. GP: {{LOCATION|Otara Family Health}}. Interpreter (Samoan) used.`,

  `Audiology: {{NAME|Cyril Pemberton}}, {{AGE|90}}, bilateral presbyacusis, fitted with BTE aids serials {{DEVICE|R-22018847}} and {{DEVICE|L-22018851}}. Wife {{NAME|Marjorie}} to help with batteries. Audiology Department, {{LOCATION|Torbay Hospital}}.`,

  `Urgent: Dr {{NAME|Obi}}, your patient {{NAME|Lucinda Parry-Jones}} (NHS {{MRN|712 339 0481}}) has a positive blood culture - Staph aureus. Microbiology, {{LOCATION|Royal Gwent Hospital}}, ext 44718.`,
  `HL7 v2 ADT^A01 (admission feed, pasted into the ticket):
MSH|^~\\&|PAS|{{LOCATION|NORTHWICK PARK HOSPITAL}}|EPR|LNWH|{{DATE|202612041132}}||ADT^A01|MSG00418822|P|2.4
PID|1||{{MRN|NWP6620981}}^^^LNWH^MR~{{MRN|4011873325}}^^^NHS^NH||{{NAME|KAPOOR^SUNITA^R}}||{{DATE|19560312}}|F|||{{LOCATION|14 ELMWOOD AVE}}^^{{LOCATION|HARROW}}^^{{ZIP|HA3 8AQ}}||{{PHONE|02084960711}}
PV1|1|I|ELIZ^B12^04|||||C4471^{{NAME|MORTIMER^JAMES}}`,

  `FHIR Patient resource from the integration log:
{"resourceType": "Patient", "id": "pt-7781", "identifier": [ {"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "{{MRN|9434765870}}"} ], "name": [ {"family": "{{NAME|Oduya}}", "given": ["{{NAME|Ebele}}"]} ], "birthDate": "{{DATE|1987-10-02}}", "address": [ {"line": ["{{LOCATION|5 Trinity Walk}}"], "city": "{{LOCATION|Hertford}}", "postalCode": "{{ZIP|SG14 1QD}}"} ], "telecom": [ {"system": "email", "value": "{{EMAIL|ebele.oduya@example.org}}"} ] }`,

  `DICOM header excerpt (CT head, sent to the teleradiology vendor):
(0010,0010) PatientName: {{NAME|GRUNDY^NEVILLE}}
(0010,0020) PatientID: {{MRN|BHT-0088213}}
(0010,0030) PatientBirthDate: {{DATE|19410522}}
(0008,0080) InstitutionName: {{LOCATION|BARNSLEY HOSPITAL}}
(0008,0020) StudyDate: {{DATE|20261204}}
(0008,1010) StationName: CTSCAN02  (0018,1000) DeviceSerialNumber: {{DEVICE|SOM-88120447}}`,

  `Cruise ship infirmary log, MV {{VEHICLE|Aurora Borealis}} (IMO {{VEHICLE|9876543}}), at sea off Madeira:
{{DATE|02 DEC 2026}} 14:20 - Pax {{NAME|Beryl Hutchins}}, cabin 8142, {{AGE|91}}, fall on pool deck, wrist fracture, splinted; travel insurance policy {{ACCOUNT|AXP-77120934}}. Medevac not needed; disembark at {{LOCATION|Funchal}}. Ship's doctor Dr. {{NAME|Anneke Visser}}.`,

  `IOM panel physician - visa medical (UK TB screening)
Applicant: {{NAME|Nguyen Thi Thu Trang}}   Passport: {{ID|C4471882}}   DOB: {{DATE|08/03/2001}}
Clinic: {{LOCATION|IOM Migration Health Assessment Centre}}, {{LOCATION|Ho Chi Minh City}}   Date: {{DATE|30/11/2026}}
CXR: no active TB. Certificate no. {{ID|VNM-HCM-26-118204}}. Physician Dr. {{NAME|Phạm Minh Quân}}.`,

  `Blood donor deferral letter
{{DATE|4 December 2026}}
Dear Mr {{NAME|Ashok Varma}},
Donor number {{ID|G081 26 144 772}}. Thank you for attending the {{LOCATION|Birmingham Donor Centre}}. Your haemoglobin was 128 g/L, below our threshold, so we could not take your donation today. Please see your GP.
{{NAME|Kirsty Lomax}}, Donor Carer`,

  `Escape room first-aid log, {{LOCATION|Locked In Leeds}}, {{DATE|Sat 28/11}}: guest {{NAME|Harvey Penrose}} cut his hand on a prop padlock in the Pharaoh room; wound cleaned, steri-strips; booking ref {{ACCOUNT|LIL-58812}}; staff {{NAME|Mia}}.`,

  `NHS 111 call transcript (auto-summarised): caller {{NAME|Rebecca Ainsworth}} for her son {{NAME|Finley}}, 2, temperature 39.4 since yesterday evening, non-blanching rash on legs. Disposition: 999 ambulance. Callback {{PHONE|07700 900 334}}. Address {{LOCATION|22 Brook Street}}, {{LOCATION|Wigan}}.`,

  `Birth notification
Mother: {{NAME|Precious Nkemelu}}, NHS {{MRN|485 221 9074}}
Baby: male, born {{DATE|03/12/2026}} 07:48 at {{LOCATION|Birmingham Women's Hospital}}, 3.41 kg
Midwife: {{NAME|Helen Cartwright}}, NMC {{LICENSE|09I4471E}}`,

  `SQL export pasted into an incident e-mail (should not have been):
patient_id | surname | forename | dob | postcode
{{MRN|A0019983}} | {{NAME|Fenwick}} | {{NAME|Agatha}} | {{DATE|1938-02-14}} | {{ZIP|NE46 3RB}}
{{MRN|A0020114}} | {{NAME|Mbatha}} | {{NAME|Sipho}} | {{DATE|1990-11-30}} | {{ZIP|NE1 4LP}}
(2 rows)`,

  `<referral><patient><name>{{NAME|Lorcan Ó Briain}}</name><dob>{{DATE|2012-04-17}}</dob><ihi>{{ID|1042-7781-90}}</ihi></patient><to>{{LOCATION|Children's Health Ireland at Crumlin}}</to><reason>scoliosis, Cobb 38 degrees</reason></referral>`,

  `# YAML from the on-call rota tool
registrar: Dr {{NAME|Yusuf Olawale}}
bleep: 3391
mobile: "{{PHONE|07700 900 871}}"
email: {{EMAIL|y.olawale@nhs.net}}
patients_flagged:
  - {{NAME|Elspeth Crombie}} (CHI {{MRN|0503417722}})`,

  `| Bed | Patient | Age | Issue |
|---|---|---|---|
| 1 | {{NAME|O'Hare, Niall}} | 52 | pancreatitis |
| 2 | {{NAME|Bishara, Rania}} | 37 | post-op ileus |
| 3 | {{NAME|Tobin, Edith}} | {{AGE|94}} | delirium |
Ward sister: {{NAME|Lindiwe}}`,

  `Slack #ward-7-nurses, {{DATE|Thu 3 Dec}} 06:12
{{NAME|nadia.k}}: anyone seen Mr {{NAME|Pickering}}'s hearing aids? family bringing new ones
{{NAME|tomw}}: check the drawer in bed 11, {{NAME|Agnes}} had them`,

  `WhatsApp (practice group): "Dr {{NAME|Ife}}, Mrs {{NAME|Rosario}} from {{LOCATION|Elm Court}} is asking for her mum's results, can you ring her on {{PHONE|07700 900 245}}? - {{NAME|Shaz}}"`,

  `Speech-recognition dictation, uncorrected: "this is doctor {{NAME|Coker}} dictating on {{NAME|Abigail Fernsby}} date of birth {{DATE|the 9th of June 1968}} hospital number {{MRN|H as in hotel 4 4 7 1 2 0}} she attended clinic today comma her asthma is better controlled full stop"`,

  `Boarding school medical centre, {{LOCATION|Gordonstoun}}, {{DATE|1 Dec}}: pupil {{NAME|Ottilie Harcourt-Vane}}, 15, house {{LOCATION|Hopeman House}}, vomiting x4, sent to {{LOCATION|Dr Gray's Hospital}}, {{LOCATION|Elgin}}. Parents abroad; guardian Mrs {{NAME|Petronella Shaw}}, {{PHONE|+44 1343 496 881}}.`,

  `Submarine medical log (declassified training copy): LMA PO {{NAME|Craig Tulloch}}, service no. {{ID|D284417K}}, day 43 of patrol: renal colic, analgesia, fluid; no boat name recorded. Base: {{LOCATION|HMNB Clyde}}.`,

  `Racecourse medical room, {{LOCATION|Cheltenham Racecourse}}, {{DATE|14 Nov 2026}}: jockey {{NAME|Padraig Leahy}}, fell at the 3rd, concussion (stood down 7 days), licence {{LICENSE|BHA-J-20931}}. Doctor Dr {{NAME|Fiona Lumsden}}.`,

  `Triathlon medical tent record - athlete {{NAME|Saskia van der Heijden}}, {{DATE|Sun 22 Nov}}, {{LOCATION|Busselton}} WA; exertional hyponatraemia Na 127, 3% saline 100 mL; emergency contact {{NAME|Bram}} {{PHONE|+61 412 558 902}}.`,

  `Film set unit medic report, production {{LOCATION|Shepperton Studios}} stage H, {{DATE|02.12.26}}: stunt performer {{NAME|Kai Oyelaran-Brooks}}, wire rig fall 2 m, ankle sprain; unit medic {{NAME|Tegan}}; call sheet ID {{ID|CS-4418}}.`,

  `Orchestra occupational note: {{NAME|Ines Carvalho-Beck}}, second violin, {{LOCATION|Royal Liverpool Philharmonic}}, focal dystonia right hand; physio at {{LOCATION|BAPAM}}, {{LOCATION|London}}; {{DATE|Nov 30}}.`,

  `Ballet company physio: dancer {{NAME|Yulia Serebryakova}}, 24, os trigonum syndrome left ankle, {{LOCATION|Birmingham Royal Ballet}}; MRI {{DATE|07/12/2026}} at {{LOCATION|Spire Parkway Hospital}}.`,

  `Airline medical - fitness to fly (MEDIF): passenger {{NAME|Gunnar Eriksson}}, booking PNR {{ACCOUNT|7HK2QX}}, flight {{DATE|09 DEC}} LHR-ARN, post-pneumothorax 3 weeks, CXR resolved; signed Dr {{NAME|Olu Banjo}}, {{LOCATION|Heathrow Medical Centre}}.`,

  `Train driver periodic medical: {{NAME|Stuart Pettigrew}}, employee {{ID|NR-441902}}, {{LOCATION|Northern Trains}}, {{LOCATION|Neville Hill}} depot; vision 6/6 both, colour vision pass, audiometry normal; next due {{DATE|Dec 2029}}. OHP Dr {{NAME|Manjeet Sohal}}.`,

  `Lighthouse keeper's heritage volunteer - first aid: {{NAME|Morag Flett}} slipped on the spiral stair at {{LOCATION|Noup Head}}, {{LOCATION|Westray}}, {{DATE|Wednesday 2 December}}; ankle fracture; ferry to {{LOCATION|Kirkwall}}; {{LOCATION|Balfour Hospital}}.`,

  `Embassy medical note (consular): British national {{NAME|Julian Achterberg}}, passport {{ID|541188302}}, hospitalised at {{LOCATION|Hospital Angeles Pedregal}}, {{LOCATION|Mexico City}}, since {{DATE|29 Nov}}; family contact {{NAME|Tabitha}} {{PHONE|+44 20 7946 0381}}.`,

  `Casino security first-aid sheet, {{LOCATION|Hippodrome Casino}}, {{DATE|05/12/26}} 02:40: guest {{NAME|Vikram Anand}}, collapse at blackjack table 6, hypoglycaemia BM 2.1, glucogel; membership {{ACCOUNT|HC-889021}}; ambulance declined.`,

  `Ski lift incident, {{LOCATION|Cairngorm Mountain}}, {{DATE|6 Dec}}: {{NAME|Euan Strachan}}, 12, fell from the Ptarmigan tow, wrist pain; ski patrol {{NAME|Iona}}; parent {{PHONE|07700 900 558}}.`,

  `Funicular maintenance worker: {{NAME|Rhodri Bevan}}, crush injury left thumb, {{LOCATION|Great Orme Tramway}}, {{LOCATION|Llandudno}}; {{LOCATION|Ysbyty Gwynedd}} hand surgery {{DATE|3 Rhagfyr 2026}}.`,

  `Crematorium form 4 (medical certificate): deceased {{NAME|Leslie Arthur Bramwell}}, {{AGE|95}}, died {{DATE|01/12/2026}} at {{LOCATION|St Catherine's Hospice}}, {{LOCATION|Crawley}}; no pacemaker; Dr {{NAME|Ruth Okafor}}, GMC {{LICENSE|4471209}}. To {{LOCATION|Surrey and Sussex Crematorium}}.`,

  `Organ donor register check: {{NAME|Bethan Lloyd}}, ODR {{ID|ODR-5512098}}, registered opt-in {{DATE|12/03/2019}}; the SN-OD informed the family at {{LOCATION|University Hospital of Wales}}.`,

  `Clinical trial screening log, site 014 ({{LOCATION|Western General Hospital}}, {{LOCATION|Edinburgh}}): subject {{ID|014-0087}} ({{NAME|A. McGlashan}}), screened {{DATE|25/11/2026}}, eGFR 28 - screen fail. PI Prof. {{NAME|Iain Dunlop}}.`,

  `Brewery occupational health: {{NAME|Dylan Roche}}, cellarman, CO2 exposure in fermenting room, {{LOCATION|St James's Gate Brewery}}, {{LOCATION|Dublin 8}}; recovered with fresh air; PPSN {{ID|7741028TA}}.`,

  `Beekeeper anaphylaxis: {{NAME|Wilfred Haig}}, {{AGE|90}}, stung x5 while inspecting hives at {{LOCATION|Ladybank}}; adrenaline by wife {{NAME|Moira}}; {{LOCATION|Victoria Hospital}}, {{LOCATION|Kirkcaldy}}; referred for venom immunotherapy.`,

  `Stonemason silicosis screening: {{NAME|Aurelio Bonetti}}, {{LOCATION|Stoneworks Bermondsey}}, engineered quartz worktops 11 years; HRCT nodules; {{DATE|2 Dec 2026}}; HSE RIDDOR ref {{ID|RID-2026-88410}}.`,

  `Data centre - arc flash burn: engineer {{NAME|Priyanka Menon}}, site {{LOCATION|Equinix LD6}}, {{LOCATION|Slough}}; badge {{ID|EQX-21847}}; superficial burns to forearm; {{DATE|Tue 1/12}}.`,

  `Warehouse - forklift crush: {{NAME|Emil Dragomir}}, picker, {{LOCATION|Amazon BHX4}}, {{LOCATION|Coventry}}; forklift {{VEHICLE|FLT-0447}}; foot crush, open toe fracture; {{DATE|03.12.2026}}.`,

  `Rideshare driver assault: {{NAME|Abdirahman Hersi}}, Uber driver, car {{VEHICLE|LK21 XFA}}, punched at {{LOCATION|Elephant and Castle}}; nasal fracture; police ref {{ID|CAD 4471/04DEC26}}.`,

  `Curling - hip fracture on the ice: {{NAME|Agnes Rennie}}, {{AGE|92}}, {{LOCATION|Perth Ice Rink}}; {{LOCATION|Perth Royal Infirmary}} then {{LOCATION|Ninewells Hospital}}; {{DATE|1.12.26}}.`,

  `Miranda do Douro (mirandés) - centro de saúde: {{NAME|Amadeu Preto Raposo}}, pastor, {{AGE|92}} anos, lhugar de {{LOCATION|Ifanes}}; queda na corriça, fratura do colo do fémur; nº utente {{HEALTH_PLAN|284 117 902}}; {{DATE|3 de dezembre de 2026}}.`,

  `Lower Engadine (Vallader) - chasa da chüra: sar {{NAME|Duri Bezzola}}, {{AGE|94}} ons, {{LOCATION|Ftan}}; pneumonia, antibiotica; figlia {{NAME|Mengia}} {{PHONE|081 864 11 27}}; als {{DATE|2 december 2026}}.`,

  `Kalmykia - выписка, {{LOCATION|Республиканская больница им. П. П. Жемчуева}}, {{LOCATION|Элиста}}: {{NAME|Бадма Очирович Манджиев}}, 1958 г.р., бруцеллёз (чабан), полис ОМС {{HEALTH_PLAN|0848 2210 4471 9902}}; {{DATE|02.12.2026}}; мендвт.`,

  `Chechnya - справка: {{NAME|Зелимхан Ахмадов}}, {{LOCATION|Урус-Мартан}}, ул. {{LOCATION|Кадырова, 14}}; перелом ключицы (падение с лошади); тел. {{PHONE|+7 928 441 20 87}}; врач {{NAME|Хеда Мусаева}}; {{DATE|1 декабря 2026}}. Марша вогӀийла.`,

  `Abkhazia - {{LOCATION|Гагра}}, курортная поликлиника: отдыхающая {{NAME|Тамара Квициния}}, {{AGE|90}} лет, гипертонический криз; паспорт {{ID|РА 0458817}}; {{DATE|29.11.2026}}.`,

  `Gojal, Upper Hunza (Wakhi) - Aga Khan health post, {{LOCATION|Passu}}: {{NAME|Sher Baz Khan}}, yak herder, high-altitude pulmonary oedema after return from {{LOCATION|Shimshal}} pasture; CNIC {{ID|71501-4417820-3}}; {{DATE|1 Dec 2026}}; salomat.`,

  `Hunza (Burushaski) - {{LOCATION|Aga Khan Medical Centre Aliabad}}: {{NAME|Bibi Gul Shahnaz}}, 64, goitre, TSH 0.01; husband {{NAME|Ghulam Nabi}}; phone {{PHONE|0355 441 2870}}; {{DATE|02-12-2026}}.`,

  `Dzongu, North Sikkim (Lepcha) - PHC note: {{NAME|Pema Tshering Lepcha}}, cardamom grower from {{LOCATION|Lingthem}}, leech bites infected, cellulitis; Aadhaar {{ID|4471 8820 9913}}; khamri; {{DATE|30.11.2026}}.`,

  `Mangalore (Konkani) - {{LOCATION|Father Muller Medical College Hospital}}: ರೋಗಿ {{NAME|ಲವೀನಾ ಡಿಸೋಜಾ}}, {{LOCATION|Kulshekar}}, dengue, platelets 42,000; husband {{NAME|Rohan D'Souza}} {{PHONE|+91 98450 44172}}; {{DATE|೦೩-೧೨-೨೦೨೬}}; dev borem korum.`,

  `Papua New Guinea Highlands (Tok Pisin) - {{LOCATION|Mt Hagen Provincial Hospital}}: sikman {{NAME|Kopi Wamb}}, bilong {{LOCATION|Kuta}}, em i kisim bus naip long han (bush-knife wound), tendon i bagarap; {{DATE|2 Disemba 2026}}; dokta Sr. {{NAME|Ruth Kaupa}}.`,

  `Vanuatu (Bislama) - {{LOCATION|Norsup Hospital}}, {{LOCATION|Malekula}}: pikinini {{NAME|Jonah Tabi}}, 4 yia, malaria (vivax), RDT positif; mama {{NAME|Leisel}}; {{DATE|Mande 30 Novemba}}; tankiu tumas.`,

  `Rosebud (Lakota) - {{LOCATION|Rosebud IHS Hospital}}: {{NAME|Wanbli Two Bulls}}, 58M, diabetic foot ulcer, tribal enrollment no. {{ID|RST-448201}}; lives {{LOCATION|Parmelee}}; {{DATE|12/01/2026}}; Háu kola.`,

  `Sea Islands (Gullah) - home health note: Miss {{NAME|Hattie Mae Grant}}, {{AGE|96}}, {{LOCATION|St. Helena Island}}, "e ain feel right since Sunday", BP 188/104; granddaughter {{NAME|Tanisha}} {{PHONE|(843) 555-0149}}; {{DATE|Tues 12/1}}.`,

  `Paramaribo (Sranan) - {{LOCATION|Academisch Ziekenhuis Paramaribo}}: {{NAME|Roel Pinas}}, goudzoeker uit {{LOCATION|Brokopondo}}, malaria tropica, kwikvergiftiging uitgesloten; ID-nr {{ID|FB 441820}}; {{DATE|di 1 dec 2026}}; odi.`,

  `Dakar (wolof) - {{LOCATION|Hôpital Principal de Dakar}}: Mme {{NAME|Awa Ndiaye Diop}}, quartier {{LOCATION|Médina}}, {{LOCATION|rue 11}}; drépanocytose, crise vaso-occlusive; CNI {{ID|2 441 1988 04417}}; {{DATE|samedi 28 novembre}}; nanga def.`,

  `Yamoussoukro (baoulé) - CHR: {{NAME|Kouassi Yao Konan}}, planteur à {{LOCATION|Toumodi}}, morsure de vipère heurtante, sérum antivenimeux; CMU {{HEALTH_PLAN|CMU-0044-1882-77}}; akwaba; {{DATE|01/12/2026}}.`,

  `Ouagadougou (mooré) - {{LOCATION|CHU Yalgado Ouédraogo}}: patient {{NAME|Boukary Sawadogo}}, {{LOCATION|secteur 28}}, méningite (ponction lombaire trouble); CNIB {{ID|B4471882}}; frère {{NAME|Issaka}} {{PHONE|+226 70 44 18 82}}; ne y windga.`,

  `Niamey (zarma) - {{LOCATION|Hôpital National de Niamey}}: {{NAME|Hadiza Moussa Garba}}, 17 ans, fistule obstétricale, envoyée au {{LOCATION|Centre National de Référence des Fistules Obstétricales}}; {{DATE|2 décembre 2026}}; fofo.`,

  `Lilongwe (Chichewa) - {{LOCATION|Kamuzu Central Hospital}}: {{NAME|Chikondi Banda}}, wa ku {{LOCATION|Area 25}}, Kaposi sarcoma, ART; national ID {{ID|NKX7H4Q2}}; {{DATE|2 Disembala 2026}}; zikomo kwambiri.`,

  `Eswatini (siSwati) - {{LOCATION|Mbabane Government Hospital}}: {{NAME|Sibusiso Dlamini}}, {{LOCATION|Ezulwini}}, MDR-TB, Bedaquiline regimen; PIN {{ID|8804126100447}}; {{DATE|2 Ingongoni 2026}}; sawubona.`,

  `Okavango Delta (Setswana) - {{LOCATION|Letsholathebe II Memorial Hospital}}, {{LOCATION|Maun}}: guide {{NAME|Kagiso Moremi}}, hippo bite to thigh from a mokoro; Omang {{ID|448121708}}; {{DATE|2 Sedimonthole 2026}}.`,

  `Huambo (Umbundu) - {{LOCATION|Hospital Geral do Huambo}}: {{NAME|Esperança Chipenda}}, camponesa de {{LOCATION|Caála}}, queimadura por fogareiro; BI {{ID|004418227HO041}}; {{DATE|01-12-2026}}; ndapandula.`,

  `Chobe (Subiya) - {{LOCATION|Kasane Primary Hospital}}: fisherman {{NAME|Mwilima Sinvula}}, crocodile bite to forearm at {{LOCATION|Kavimba}}; Omang {{ID|781104417}}; boat {{VEHICLE|KSN 2271}}; {{DATE|28 Nov 2026}}.`,

  `Hadhramaut - {{LOCATION|مستشفى ابن سيناء المكلا}}: المريض {{NAME|سالم عمر باوزير}}، {{AGE|93}} سنة، من {{LOCATION|الشحر}}، جلطة دماغية؛ هاتف {{PHONE|٧٧١ ٤٤٠ ٨٨٢}}؛ {{DATE|٢٢ جمادى الآخرة ١٤٤٨}}.`,

  `Al-Mahra (Mehri) - {{LOCATION|Al-Ghaydah Central Hospital}}: camel herder {{NAME|Musallam Said Kalshat}}, {{LOCATION|Hawf}}, camel bite to the shoulder, brucella serology pending; national ID {{ID|14478220}}; {{DATE|3 Dec 2026}}.`,

  `Sulaymaniyah (سۆرانی) - {{LOCATION|نەخۆشخانەی شار}}: {{NAME|ئاسۆ کەریم}}، {{LOCATION|ڕانیە}}، تەمەن 44، گورچیلە بەرد؛ تەلەفۆن {{PHONE|0770 441 8820}}؛ {{DATE|٢ی کانوونی یەکەمی ٢٠٢٦}}.`,

  `Benghazi (Cyrenaica) - {{LOCATION|Benghazi Medical Center}}: {{NAME|Abdelsalam Al-Obeidi}}, 52, blast injury (old ordnance) at {{LOCATION|Ganfouda}}; national number {{ID|119660044182}}; {{DATE|02/12/2026}}.`,

  `Nouakchott (hassaniya) - {{LOCATION|Centre Hospitalier National}}: {{NAME|Mariem mint Ahmed Salem}}, 38, {{LOCATION|Tevragh Zeina}}, diabète, pied infecté; NNI {{ID|4418820917}}; {{DATE|lundi 30 novembre 2026}}.`,

  `Dakhla (hassaniya) - dispensaire du quartier {{LOCATION|Al Wakala}}: {{NAME|Fatimetou Mohamed Lamin}}, anémie (Hb 8.1), enceinte 28 SA; {{DATE|1/12/2026}}; médecin Dr {{NAME|Brahim Salek}}.`,

  `Sitka (Tlingit) - {{LOCATION|Mt. Edgecumbe Medical Center}}: {{NAME|Ethan Kaagwaantaan-James}}, 16, fishing hook in eye, seine boat {{VEHICLE|F/V Raven Song}}; tribal ID {{ID|STA-04418}}; {{DATE|11/30/2026}}; gunalchéesh.`,

  `Akwesasne (Mohawk) - {{LOCATION|Akwesasne Family Wellness}}: {{NAME|Karonhiakta Thompson}}, status card {{ID|1450044182}}, gestational diabetes; OHIP {{HEALTH_PLAN|4418-220-917-AK}}; {{DATE|Dec 2}}; niawen.`,

  `White Mountain Apache - {{LOCATION|Whiteriver Indian Hospital}}: {{NAME|Delphine Kessay}}, 8, rattlesnake bite near {{LOCATION|Cibecue}}; CroFab 6 vials; {{DATE|11/28/26}}.`,

  `Lumbee (Robeson County) - {{LOCATION|UNC Health Southeastern}}: {{NAME|Jimmy Ray Locklear}}, 47, heat stroke on tobacco farm, {{LOCATION|Pembroke}}; SSN {{SSN|245-44-1882}}; {{DATE|12.01.2026}}.`,

  `Hutterite colony (Hutterisch) - {{LOCATION|Medicine Hat Regional Hospital}}: {{NAME|Elias Hofer}}, colony {{LOCATION|Elkwater Colony}}, auger injury left hand; AHCIP {{HEALTH_PLAN|44182-2091}}; {{DATE|2. Dezember}}; Gott bhiet dich.`,

  `Waterloo Region, Ontario (Old Order Mennonite, Pennsylvania Dutch) - {{LOCATION|Grand River Hospital}}, {{LOCATION|Kitchener}}: {{NAME|Menno Martin}}, 3, from a farm near {{LOCATION|Elmira}}, maple syrup urine disease crisis; dad {{NAME|Amos}}; no phone, neighbour {{PHONE|(519) 555-0187}}; {{DATE|Wed Dec 2}}.`,

  `West Kerry, Corca Dhuibhne (Gaeilge) - {{LOCATION|Ionad Sláinte an Daingin}}: {{NAME|Peig Ní Shé}}, {{AGE|91}} bliain, {{LOCATION|Baile an Fheirtéaraigh}}, titim; cárta leighis {{HEALTH_PLAN|4418820K}}; {{DATE|2 Nollaig 2026}}.`,

  `Podlasie (Belarusian) - {{LOCATION|Szpital w Hajnówce}}: {{NAME|Мікола Савіцкі}} ({{NAME|Mikołaj Sawicki}}), {{AGE|90}} гадоў, {{LOCATION|Белавежа}}, пнеўманія; PESEL {{ID|36020414478}}; {{DATE|2 снежня 2026}}.`,

  `Bukovina - {{LOCATION|Spitalul Județean de Urgență Suceava}}: {{NAME|Ileana Hrițcu}}, {{LOCATION|Câmpulung Moldovenesc}}, intoxicație cu ciuperci; CNP {{ID|2560718334417}}; {{DATE|2 decembrie 2026}}.`,

  `Dobruja (Lipovan) - {{LOCATION|Spitalul Județean Tulcea}}: {{NAME|Феодосий Иванов}}, рыбак из {{LOCATION|Jurilovca}}, hook in hand; barca {{VEHICLE|TL-4418}}; {{DATE|01.12.2026}}.`,

  `Pirin (Pomak village) - {{LOCATION|МБАЛ Гоце Делчев}}: {{NAME|Фатме Кехайова}}, {{LOCATION|Корница}}, тютюнопроизводителка, болест на зеления тютюн; ЕГН {{ID|6503124418}}; {{DATE|02.12.2026 г.}}.`,

  `Thessaly - {{LOCATION|Πανεπιστημιακό Γενικό Νοσοκομείο Λάρισας}}: {{NAME|Βασίλειος Τζήμας}}, αγρότης, δηλητηρίαση από οργανοφωσφορικά, {{LOCATION|Τύρναβος}}; {{DATE|2 Δεκεμβρίου 2026}}.`,

  `Cyclades - {{LOCATION|Κέντρο Υγείας Νάξου}}: tourist {{NAME|Chiara Lombardi}}, sea urchin spines; local {{NAME|Μαρία Μαυρογιάννη}}, {{AGE|93}} ετών, {{LOCATION|Απείρανθος}}, ισχαιμικό ΑΕΕ, αεροδιακομιδή; {{DATE|30/11/2026}}.`,

  `Tromsø - {{LOCATION|Universitetssykehuset Nord-Norge}}: {{NAME|Ingvild Nilsen-Eira}}, fisker, {{LOCATION|Sommarøy}}, hypotermi 31.2 grader; fødselsnummer {{ID|02118844178}}; {{DATE|tirsdag 1. desember}}.`,
  `DISCHARGE SUMMARY
{{LOCATION|Ysbyty Glan Clwyd}}, {{LOCATION|Bodelwyddan}}, {{ZIP|LL18 5UJ}} - Department of Gastroenterology
Patient: {{NAME|GRIFFITHS-OWEN, Dilys Mair}}    Hospital No: {{MRN|G1047729}}    NHS No: {{MRN|621 448 0937}}
DOB: {{DATE|23/08/1954}}    Address: {{LOCATION|Bryn Awel}}, {{LOCATION|Ffordd y Llan}}, {{LOCATION|Llanfair Talhaiarn}}
Admitted: {{DATE|Friday 27th November 2026}}    Discharged: {{DATE|Thursday 3rd December 2026}}    Consultant: Dr {{NAME|Gwilym Roberts}}
Presenting complaint: painless jaundice, dark urine and pale stools for 3 weeks, weight loss of 6 kg.
Investigations: bilirubin 214 umol/L, ALP 780 U/L, CA 19-9 1,420 kU/L. CT pancreas: 3.1 cm mass in the pancreatic head abutting the SMV, no metastases. ERCP with metal stent {{DATE|30/11}}; brushings sent.
Outcome: discussed at the regional HPB MDT ({{LOCATION|Royal Liverpool University Hospital}}) on {{DATE|2 Dec}}; for staging laparoscopy. Her daughter {{NAME|Carys}} and son-in-law {{NAME|Iwan Jenkins}} were present for the discussion; {{NAME|Dilys}} prefers to be spoken to in Welsh.
Medicines on discharge: Creon 25000 with meals, omeprazole 20 mg, paracetamol 1 g qds prn.
Follow-up: HPB clinic letter to follow; results line {{PHONE|01745 583 910}}, fax {{FAX|01745 583 911}}. Patient information: {{URL|https://bcuhb.example.wales/hpb/patient/G1047729-info}}.
GP: Dr {{NAME|Elin Vaughan}}, {{LOCATION|Meddygfa Abergele}}.`,

  `Patient portal access audit (privacy office export, {{DATE|04/12/2026}}):
time,user,patient,action,source
08:14:02,{{NAME|r.achterberg}},{{MRN|K7719034}} ({{NAME|Harrow, Delia}}),VIEW_RESULTS,{{IP|10.44.18.207}}
08:15:47,{{NAME|r.achterberg}},{{MRN|K7719034}} ({{NAME|Harrow, Delia}}),PRINT_LETTER,{{IP|10.44.18.207}}
21:02:19,proxy:{{NAME|Simon Harrow}},{{MRN|K7719034}},LOGIN,{{IP|2001:db8:4418:2e0::17}}
Flag: proxy login from outside the UK; session {{ID|SES-884102}}.`,

];

const PHI_FREE_TEXTS: string[] = [
  `Respiratory eponyms for the teaching list: Kartagener syndrome, Swyer-James-MacLeod, Pancoast tumour, Horner triad, Hamman sign, Hamman-Rich, Löffler syndrome, Churg-Strauss (EGPA), Caplan syndrome, Mounier-Kuhn, Mendelson syndrome, Kerley B lines, Westermark sign, Hampton hump, Light criteria, Wells score 4.5, Geneva score, PERC negative.`,
  `Place-named diseases, second list: Ross River fever, Murray Valley encephalitis, Rocky Mountain spotted fever, Colorado tick fever, St. Louis encephalitis, Oropouche, Crimean-Congo haemorrhagic fever, Lassa fever, Ebola (river), Hendra, Nipah, Rift Valley fever, Powassan, Heartland virus, Bourbon virus, Madura foot, Aleppo boil, Delhi belly, Bornholm, Mediterranean spotted fever.`,
  `Greetings card on the renal unit noticeboard: Salama, Dumelang, Yebo, Muli bwanji, Moni, Molweni, Akwaba, I ni ce, Nanga def, Sannu, Ndewo, Bawo ni, Selam, Iska warran, Marhaba, Silav, Barev dzez, Salam aleikum, Assalomu alaykum, Sain uu, Namaskar, Ayubowan, Kuzuzangpo la, Mingalaba, Sabaidee, Chum reap suor, Talofa, Mālō e lelei, Bula vinaka, Halo olgeta.`,
  `Signs over the lifts (photographed for the translation audit): Consultas Externas, Ambulatorio, Poliklinik, Policlinique, Amb. chirurgia, Radiologie, Rentgen, Röntgen, Labor, Laboratoire, Apotheke, Farmacia, Pharmacie, Aptieka, Vaistinė, Gyógyszertár, Аптека, Φαρμακείο, Eczane, صيدلية, 药房, 薬局, 약국.`,
  `ECG criteria crib sheet: Sokolow-Lyon, Cornell product, Romhilt-Estes, Sgarbossa and Smith-modified Sgarbossa, Brugada algorithm, Vereckei algorithm, de Winter T waves, Wellens type A and B, Aslanger pattern, Osborn J waves, Epsilon wave, Spodick sign, Lewis lead, Framingham QTc formula, Hodges, Fridericia QTc 462 ms.`,
  `Trauma and surgical scores: ISS 25, RTS 7.84, TRISS, Glasgow Coma Scale 15 (E4 V5 M6), AVPU, Canadian CT Head Rule, NEXUS, Ottawa knee rules, Alvarado 8, AIR score, Ranson 3, Glasgow-Imrie 4, BISAP 2, Child-Pugh B8, MELD-Na 19, Clavien-Dindo IIIa, ASA 3, P-POSSUM.`,
  `Pharmacy shelf, Africa and the Middle East: Coartem, Lonart, P-Alaxin, Fansidar, Septrin, Flagyl, Amoxil, Augmentin, Panadol Extra, Adol, Cataflam, Brufen, Buscopan, Maalox, Eno, Gripe water, Vermox, Zentel, ORS sachets, Zinkid, Plumpy'Nut, F-75, ReSoMal.`,
  `Insulin and GLP-1 pens in the fridge: NovoRapid FlexPen, Fiasp, Humalog KwikPen, Lyumjev, Apidra SoloStar, Lantus, Toujeo, Tresiba FlexTouch, Abasaglar, Semglee, Levemir, Humulin I, Insulatard, Ozempic, Wegovy, Mounjaro KwikPen, Trulicity, Victoza, Saxenda, Byetta.`,
  `Inhaler colour chart: Ventolin Evohaler (blue), Clenil Modulite (brown), Seretide Accuhaler, Symbicort Turbohaler, Fostair NEXThaler, Relvar Ellipta, Trelegy Ellipta, Spiriva Respimat, Anoro, Trimbow, DuoResp Spiromax, Easyhaler, Flutiform, AeroChamber Plus spacer, Volumatic.`,
  `Pump and line kit on the trolley list: Alaris GH, Graseby 3000, BD Venflon Pro Safety, Vygon Leaderflex, PowerPICC, Hickman, Portacath, Groshong, Arrow-Howes, Sengstaken-Blakemore, Minnesota tube, Ryle's tube, Corflo PEG, Foley 14 Ch, Bard Tiemann, Hollister, Coloplast SpeediCath.`,
  `ORTHO IMPLANT MAKERS: Stryker Exeter stem, Zimmer Biomet, DePuy Synthes Corail, Smith+Nephew Polarstem, Corin Trinity, Link, Medacta AMIStem, Attune knee, NexGen, Triathlon, Oxford partial knee, Gamma3 nail, DHS, PFNA, Ilizarov frame, Taylor spatial frame, K-wires 1.6 mm.`,
  `One-line note: Ward 9, bays 1-4 deep clean Friday. Norovirus. No visitors.`,
  `Timeline for the anaesthesia museum: 1846 Morton (ether), 1847 Simpson (chloroform), 1853 Snow and Queen Victoria, 1884 Koller (cocaine), 1898 Bier (spinal), 1942 Griffith and Johnson (curare), 1956 halothane, 1977 propofol trials, 1989 the LMA, 2001 videolaryngoscopy.`,
  `Ages table for the vaccine schedule (no patients): 8, 12 and 16 weeks; 1 year; 3 years 4 months; 12-13 years HPV; 14 years Td/IPV and MenACWY; 65 years pneumococcal; 70-79 years shingles; 75 to 89 RSV; flu yearly from 50.`,
  `Signs in the maternity unit corridor: Sala de partos, Kreißsaal, Salle d'accouchement, Sala parto, Verloskamer, Porodní sál, Sala porodowa, Родильный зал, Αίθουσα τοκετού, Doğumhane, غرفة الولادة, 产房, 分娩室, 분만실, प्रसव कक्ष.`,
  `Neurodevelopment and learning scales: WISC-V, WPPSI-IV, ADOS-2, ADI-R, CARS-2, SRS-2, Vineland-3, BRIEF-2, Connors-3, SNAP-IV, Strengths and Difficulties Questionnaire, Griffiths III, Bayley-4, Mullen, PEDS, ASQ-3; children aged 18 months to 16 years.`,
  `Two lines from the handover board: "Bed 12 - nil by mouth from midnight for OGD. Bed 14 - CIWA 4-hourly."`,
  `Dermatology signs and tools: Nikolsky sign, Auspitz sign, Koebner phenomenon, Darier sign, Dennie-Morgan folds, Hertoghe sign, Gottron papules, heliotrope rash, Wickham striae, Hutchinson sign, Leser-Trélat, Breslow 0.6 mm, Clark level II, PASI 14, DLQI 18, SCORAD 42, EASI 21, dermatoscope (DermLite DL5, Heine Delta 30).`,
  `Renal and urology list: Fanconi syndrome, Bartter, Liddle, Alport, Denys-Drash, WAGR, Potter sequence, Wilms tumour, Randall plaques, Peyronie, Fournier gangrene, Gleason 3+4, ISUP grade 2, PI-RADS 4, Bosniak IIF, Clavien grade I, KDIGO stage 3, CKD-EPI 2021.`,
  `Monitoring brands on the wards: BIS (Medtronic), Masimo Root with O3, Edwards FloTrac, LiDCO rapid, PiCCO (Getinge), Nihon Kohden NeuroFax, Natus, Sentec, Capnostream, Welch Allyn Spot Vital Signs, Philips MX40 telemetry, CardioMEMS, Zio patch, KardiaMobile, Apple Watch ECG.`,
  `Heading only: ONCOLOGY DAY UNIT - CHAIRS 1-12 - TUESDAYS AND THURSDAYS.`,
  `Chemotherapy regimens on the protocol index: FOLFOX, FOLFIRINOX, CAPOX, R-CHOP, ABVD, BEACOPP, FEC-T, AC-T, TCHP, EC, BEP, VIP, MAP (methotrexate, doxorubicin, cisplatin), Stanford V, Hyper-CVAD, DA-EPOCH-R, 7+3, FLAG-Ida, VMP, VRd, Dara-VMP.`,
  `Vaccines on the travel-clinic shelf: Dukoral, Vivotif, Typhim Vi, Ixiaro, Qdenga, Stamaril, Rabipur, Verorab, Havrix, Engerix-B, Twinrix, Menveo, Nimenrix, Bexsero, Shingrix, Arexvy, Abrysvo, Comirnaty, Spikevax, Gardasil 9, Boostrix, Revaxis.`,
  `Short note: "Retinopathy screening camera: Topcon TRC-NW8, Optos Daytona, Zeiss Visucam; grading R1 M0."`,
  `Obstetric eponyms: Braxton Hicks, Naegele rule, Chadwick sign, Hegar sign, Goodell sign, Couvelaire uterus, Sheehan syndrome, Asherman syndrome, Mauriceau-Smellie-Veit, Lovset manoeuvre, Kielland forceps, Neville-Barnes, Wrigley, Ventouse (Kiwi OmniCup), Bakri balloon, B-Lynch suture, Pfannenstiel incision.`,
  `Drug interactions poster (no patient): St John's wort with ciclosporin, grapefruit with simvastatin, clarithromycin with colchicine, trimethoprim with methotrexate, allopurinol with azathioprine, sodium valproate with lamotrigine, tramadol with sertraline, Seville orange, Montelukast, Madopar, Sinemet, Epilim, Keppra, Tegretol Retard.`,
  `Hospital departments in Welsh and English on the bilingual sign: Adran Achosion Brys / Emergency Department, Fferyllfa / Pharmacy, Pelydr-X / X-ray, Ward Plant / Children's Ward, Mamolaeth / Maternity, Allanfa / Exit, Croeso / Welcome, Diolch / Thank you.`,
  `Table of clinical terms for the coding audit:
| Term | Code system |
| Addison disease | SNOMED CT |
| Crohn disease | ICD-10 K50 |
| Graves disease | ICD-10 E05.0 |
| Huntington disease | OMIM |
| Parkinson disease | ICD-11 8A00 |
| Lyme disease | ICD-10 A69.2 |`,
  `Wheelchair and seating brands at the clinic: Invacare Küschall K-Series, RGK, Quickie Nitrum, Otto Bock Ventus, TiLite, Spex cushions, Jay J3, ROHO, Permobil F5 Corpus, Sunrise Medical Zippie, SmartDrive MX2+, Batec, Freewheel; ward 3, bay 2, chair 5.`,
  `Yes-no answers in other languages for the communication board: Ja / Nein, Oui / Non, Sí / No, Sim / Não, Tak / Nie, Да / Нет, Ναι / Όχι, Evet / Hayır, نعم / لا, بەڵێ / نەخێر, Haa / Maya, Ewe / Ayi, Yebo / Cha, Ee / Nnyaa, 是 / 不是, はい / いいえ, 네 / 아니요, हाँ / नहीं.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter33', '/tmp/deid-ood-letters33.jsonl');
