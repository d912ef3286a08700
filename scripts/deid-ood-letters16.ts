/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twentieth session: short and long clinician texts
 * of kinds beyond letters13-15: ambulance hand-over sheets and patient-report forms, pharmacy queries and
 * interventions, dental and optometry letters, physiotherapy progress notes, insurance prior-authorisation requests,
 * care-home transfer forms, interpreter booking notes, mortuary, bereavement-office and death-certificate queries,
 * genetic-counselling letters, patient-portal messages written by clinicians, audit spreadsheets pasted as text,
 * incident reports, rota and on-call lists, podiatry, audiology, speech-and-language, dietetic and wheelchair-service
 * notes, transfusion requests, critical-result call logs, patient-transport bookings, home-oxygen orders, district
 * nurse visit logs, organ-donation referrals, driving and firearms medical forms; written in the styles of Ghana,
 * Indonesia, Ukraine, Peru, Egypt, Bangladesh, Romania, Kenya, Portugal, Mongolia, Nepal, Brazil, Morocco,
 * Kazakhstan, Georgia, Haiti, Somalia, Samoa, Colombia, Pakistan, the UK, the US and Canada (local words kept:
 * Rumah Sakit, Puskesmas, Likarnia, Policlínico, Mustashfa, Spitalul, Centro de Saúde, Emnelg, Upazila, Posta,
 * Kelurahan, Desa, Kampung, Oblast, Raion, Sumu, Khoroo, Bagh). Human patients only. Written by hand by engineer
 * author on 2026-12-05 (twentieth session) without reading the engine's rules or lexicons, and never run through ddx
 * by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read its
 * misses text by text.
 * It varies: names with and without cue words (alone, in lists and tables, rota columns, signatures, greetings, cc
 * lines, chat, lower case, all caps, surname first, hyphenated, with particles), Akan, Ewe and Ga, Javanese and
 * Sundanese, Ukrainian, Quechua and Peruvian Spanish, Egyptian Arabic, Bengali, Romanian, Kikuyu, Luo and Kalenjin,
 * Portuguese, Mongolian, Nepali, Brazilian, Moroccan, Kazakh, Georgian, Haitian, Somali, Samoan and Pakistani name
 * forms written in Latin letters; lone surnames and lone first names; places of every kind (towns and villages,
 * streets with and without type words, compounds, plots, kelurahan, raions, soums and khoroos, wards named after
 * people, facilities, institutions as acronyms, foreign-language facility words, pharmacies, practices, funeral
 * directors, care homes); ages over 89 as digits and words ("aged 96", "F/93", "93F", "usia 92 tahun", "95 anos",
 * "92 ani", "91 rokiv", "(99)", "ninety-four"); dates in many formats and languages (05/12/2026, 12/05/2026,
 * 2026-12-05, 05.XII.2026, 20261205, "5 Desember 2026", "5 de dezembro de 2026", "5 decembrie 2026", "5 grudnia"
 * style Ukrainian "5 hrudnia 2026", "2026.12.05", ISO timestamps, weekdays, "the 3rd"); IDs of many shapes (Ghana
 * Card, NIK, RNOKPP, DNI, Egyptian national ID, Bangladesh NID, CNP, Kenyan ID, Cartão de Cidadão, NIF, Mongolian
 * register, CPF, CIN, Kazakh IIN, Somali, incident, audit, booking, job, courier, interpreter, mortuary and
 * certificate numbers); health plans (NHIS, BPJS, SIS, EsSalud, SHA, CASS, ADSE, Medicaid, Medicare, insurers'
 * member and authorisation numbers); licences (GMC, NMC, GPhC, GDC, HCPC, MDC, KMPDC, STR, CMP, CMR, BMDC, Ordem,
 * NPI, DEA, driving licences); phones of many countries, bleeps and extensions; faxes, e-mails, URLs, IPv4 and IPv6;
 * device serials (pacemaker, ICD, insulin pump, CGM, hearing aid, wheelchair, oxygen concentrator, CPAP, syringe
 * driver); vehicle plates of several countries and ambulance fleet plates; US SSNs and UK NI numbers. Every name,
 * address and number is invented; institution names may be the public names of real hospitals and places, as
 * organisations only.
 * Format and gold convention as deid-ood-letters15.ts: PHI is marked inline as {{TYPE|text}}; titles and kinship or
 * honorific words ("Dr", "Mrs", "Mr", "Miss", "Ms", "Sr", "Nurse", "Ibu", "Bapak", "Pak", "Bu", "Dona", "Sra", "Sr.",
 * "Doamna", "Domnul", "Hajj", "Nana", "Mzee", "Auntie") stay outside a name, facility words inside; US states,
 * provinces, regions, oblasts, counties and countries are not marked; years on their own are never marked; ages of
 * 89 and under are not marked; weekdays and dates named by a weekday are DATE, "today", "tomorrow" and "yesterday"
 * are not marked; numbered wards, units, rooms, bays and bed numbers are not marked, but a ward named after a person
 * is a LOCATION. An AGE span is one stated exact age over 89, only its number or number word. GMC, NMC, GPhC, GDC,
 * HCPC, MDC, KMPDC, STR, CMP, CMR, BMDC, Ordem, NPI and DEA numbers and driving-licence numbers are typed LICENSE;
 * national and other ID numbers ID (a UK NI number and a US SSN are typed SSN); NHS, CHI, SNS utente and hospital
 * numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any country ZIP; a DEVICE span is the serial only
 * (make and model outside). Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms (some of them place or person words: Monteggia, Galeazzi, Colles, Smith, Bankart,
 * Hill-Sachs, Baker, Lisfranc, Jones, Apgar, Ranson, Wells, Geneva, Berlin, Paris, Lund and Browder, Snellen),
 * scales and scores, drugs (generic and brand), doses, ages under 90, bare years, gene and variant names (HGVS) and
 * codes (ICD-10, ICD-11, CPT, SNOMED CT, LOINC, ATC), which must stay.
 *   node --import tsx scripts/deid-ood-letters16.ts [--out /tmp/deid-ood-letters16.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters16.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `AMBULANCE HANDOVER (ATMIST) - {{DATE|05/12/2026}} 07:42
Age: {{AGE|93}}. Time of call 06:58. Mechanism: found on floor at home, {{LOCATION|14 Quarrendon Rise}}, {{LOCATION|Hathersago Vale}} {{ZIP|HV7 2QD}}, long lie approx 6 h.
Injuries: shortened externally rotated L leg. Signs: HR 104, BP 108/64, RR 20, SpO2 95% RA, GCS 15, temp 35.6.
Treatment: morphine 2.5 mg IV, fascia iliaca block by HEMS doc. Pt name {{NAME|Winifrede Ashbourne-Kwarteng}}, NHS {{MRN|486 211 7093}}. Crew: {{NAME|T. Okonye}} / {{NAME|Laszlo Fenwroght}}, vehicle {{VEHICLE|YX71 KPD}}.`,

  `Handover ED resus {{DATE|Sat 5 Dec}}: 41M RTC, driver, car {{VEHICLE|KP19 ZWA}} vs lamp post on {{LOCATION|Ellerby Bypass}}. Airbag deployed. Chest seatbelt sign, HR 118. Name given as {{NAME|Dobromir}}, surname unknown. Paramedic {{NAME|Mireya Quonby}}, HCPC {{LICENSE|PA44817}}.`,

  `PCR (patient care record) no. {{ID|PCR-2026-1188042}}
Patient: {{NAME|AMPONSOH, Kwadjo Boatong}}   DOB: {{DATE|1958-03-17}}
Address: {{LOCATION|House No. 7, Asafo Kotoko Lane}}, {{LOCATION|Adum}}, {{LOCATION|Obuasi}}
Complaint: chest pain 2 h, ECG STE II, III, aVF. Aspirin 300 mg, GTN. Pre-alert to {{LOCATION|Effiduase Holy Family Hospital}} cath lab. Ghana Card {{ID|GHA-711204833-6}}.`,

  `999 call log {{DATE|04-12-2026}} 23:14 - caller {{NAME|siobhro nettlefold}} (neighbour) says the lady at no. 31 {{LOCATION|Cobbet Row}} not answering, lights on. Callback {{PHONE|07700 900 281}}. Crew dispatched from {{LOCATION|Pellingford station}}.`,

  `Handover to triage nurse: "This is {{NAME|Sutrisno}}, 67, from the {{LOCATION|Kampung Melati}} hostel, vomiting blood since {{DATE|Thursday}}, two episodes, coffee-ground. On naproxen. Pulse 112. His nephew {{NAME|Agus Wibisana}} is parking."`,

  `HEMS handover {{DATE|2026-12-05T14:22Z}}: aircraft from {{LOCATION|Rhosfarren airbase}}, scene {{LOCATION|Cwm Elgar}} quarry. Pt {{NAME|Groffydd Penmaen}}, 29, fall 8 m. GCS 9 (E2V2M5), L pupil 5 mm sluggish. RSI on scene. Next of kin: partner {{NAME|Tegwedd}}, {{PHONE|07700 900 517}}.`,

  `ambulance sheet (Kenya): pt {{NAME|wanjiko muthono gathecha}} F 34, from {{LOCATION|Githurai 45}} via {{LOCATION|Thika Road}}, PV bleeding 28/40. BP 86/50. Referred from {{LOCATION|Kahawa West Health Centre}} to {{LOCATION|Kenyatta National Hospital}}. Ambulance {{VEHICLE|KCF 218M}}. SHA no. {{HEALTH_PLAN|SHA-0071842296}}.`,

  `Crew report: called to {{LOCATION|Sunnyholme Care Home}} for Mr {{NAME|Cornelios Tollgato}}, {{AGE|97}}, DNACPR in place, increased breathlessness. Conveyed. Carer {{NAME|Reyno}} accompanied.`,

  `Paramedic handover (Peru): paciente {{NAME|Yupanquo Huamaní, Celestino}}, 58 años, DNI {{ID|40718362}}, natural de {{LOCATION|Ayaviri}}, {{LOCATION|Jr. Lampa 412}}, {{LOCATION|Cercado de Puno}}. Dolor torácico, SatO2 84% (altitud). SIS {{HEALTH_PLAN|2-40718362}}. Llega {{DATE|05/12/2026}} 10:05.`,

  `RRV log - {{DATE|Friday 4th December}} - 19:40 {{LOCATION|Londis Express, Marlow Parade}}: man collapsed, later ID'd as {{NAME|Piotr}} (staff know him). Hypo, BM 1.9, buccal glucose, recovered. Refused conveyance. Capacity assessed by {{NAME|Honor Blackwick}}.`,

  `Inter-facility transfer (Egypt): from {{LOCATION|Mustashfa El Sahel Teaching}} to {{LOCATION|Ain Shams University Hospitals}}. Patient {{NAME|Mahmood Abdelrazek Shalaby}}, national ID {{ID|28503120104537}}, 41, STEMI post lysis. Escort Dr {{NAME|Nourhan Elkashef}}, mobile {{PHONE|+20 100 482 7719}}.`,

  `PHARMACY QUERY - Ward 6B - {{DATE|05/12/26}}
Patient: {{NAME|Khadiza Mahfuza Bhowmik}}  Hosp no: {{MRN|RW0448917}}
Query: clarithromycin 500 mg BD started by Dr {{NAME|Annunziato Roe}}; patient on simvastatin 40 mg. Interaction - suggest withhold statin. Pharmacist {{NAME|Tejinder Sahota}}, GPhC {{LICENSE|2079314}}, bleep {{PHONE|3318}}.`,

  `Community pharmacy to GP: Dear Dr {{NAME|Oyerinde}}, Ms {{NAME|Prisca Wambui}} presented a prescription for amoxicillin 500 mg TDS but reports a penicillin rash as a child. Could you review? {{LOCATION|Bramhope Pharmacy}}, {{LOCATION|22 Chapel Fold}}, tel {{PHONE|0113 496 0572}}, fax {{FAX|0113 496 0573}}.`,

  `Pharmacy intervention log
{{DATE|2026-12-03}} | {{NAME|Rusu, Ileano}} | {{MRN|K4471820}} | gentamicin level 3.1 pre-dose, dose held | {{NAME|ckarimjee}}
{{DATE|2026-12-03}} | {{NAME|Oprescu, Vasile}} | {{MRN|K4469033}} | enoxaparin 1 mg/kg, CrCl 24 - reduced | {{NAME|ckarimjee}}
{{DATE|2026-12-04}} | {{NAME|Akhtaruzzaman, Md}} | {{MRN|K4480712}} | duplicate PPI stopped | {{NAME|lmbeki}}`,

  `Hi, pharmacist {{NAME|Nilufar}} here from {{LOCATION|Dhanmondi Lifecare Pharmacy}}. Patient {{NAME|Rafiqul Alam Bhuiyan}} asks if metformin 850 mg can be taken during Ramadan fasting. Prescriber Dr {{NAME|Sharmin Nahar}}, BMDC {{LICENSE|A-48117}}. Call {{PHONE|+880 1711 408 263}}.`,

  `Controlled drug discrepancy, {{LOCATION|Heronbrook Community Hospital}}, {{DATE|4 December}}: oxycodone 5 mg capsules, register 27, count 26. Patient concerned {{NAME|Bartholomow Quost}}. Witnessed by Sr {{NAME|Adaezo Nwosisi-Lylo}} and HCA {{NAME|Joleno Priddy}}. Datix {{ID|W-2026-33019}}.`,

  `Farmácia Central - consulta: utente {{NAME|Marília da Graça Teixeiro Loba}}, n.º utente SNS {{MRN|284 119 306}}, receita de varfarina 5 mg; INR de {{DATE|1 de dezembro}} 4,6. Contactar médica de família Dra. {{NAME|Inos Valadares}}, {{LOCATION|USF Ribeira Nova}}, tel. {{PHONE|+351 253 410 882}}.`,

  `Pharmacist note: methotrexate 10 mg DAILY on the discharge script for {{NAME|alhassan yakubu}}, should be weekly. Called Dr {{NAME|Kostyantyn Havryliuk}} on ext {{PHONE|5521}} who amended. Script {{ID|TTO-8841207}}.`,

  `Query from {{LOCATION|Apotek Sehat Sentosa}}, {{LOCATION|Jl. Pemuda No. 38}}, {{LOCATION|Semarang}} {{ZIP|50132}}: pasien Bapak {{NAME|Slamet Riyanto}}, BPJS {{HEALTH_PLAN|0001384472915}}, resep amlodipine 10 mg dan nifedipine - double CCB. Dokter dr. {{NAME|Ratna Kusumawardhani}}, STR {{LICENSE|3311200219148822}}.`,

  `Email from {{EMAIL|pharmacy.queries@lindenmoor.example.nhs.uk}}: re {{NAME|Tudora Vlădesco}} (DOB {{DATE|09/09/1931}}), {{AGE|95}}: alendronic acid with eGFR 22. Please consider stopping. {{NAME|Oison}}`,

  `Outpatient pharmacy, {{DATE|12/04/2026}} (US): Rx for {{NAME|Dequan Makepeace}}, DOB {{DATE|02/19/1979}}, Medicaid {{HEALTH_PLAN|OH8837162049}}, pharmacy account {{ACCOUNT|RXA-448172}}, buprenorphine/naloxone 8/2 mg. Prescriber DEA {{LICENSE|FM4471829}}, NPI {{LICENSE|1184720395}}. PDMP checked.`,

  `DENTAL REFERRAL - oral surgery
Patient: {{NAME|Ioano-Cristina Mărgineanu}}  DOB {{DATE|22.07.1990}}
Address: {{LOCATION|Str. Lăptarilor nr. 9}}, {{LOCATION|Sector 3}}, {{LOCATION|Bucureşti}}
Impacted LR8, recurrent pericoronitis x3. OPG {{DATE|28.11.2026}}: close to IAN canal. Referring dentist Dr {{NAME|Vlod Costacho}}, GDC {{LICENSE|281447}}, {{LOCATION|Smilecraft Dental, Brindloy Street}}.`,

  `Dentist's note: {{NAME|kofo}} (7 y) attended with mum {{NAME|Afuo Sarpang-Danquah}}. Caries 74, 84. FV applied. Next {{DATE|3/3/27}}. Course of treatment no. {{ID|DC-118-4471}}.`,

  `Dear Dr {{NAME|Kamao}}, I saw {{NAME|Zawadi Njero Karanja}} at {{LOCATION|Ngong Road Dental Surgery}} on {{DATE|2nd December 2026}}. Bisphosphonate history (zoledronate 2022-24). Extraction of 36 deferred; risk of MRONJ discussed. Yours, Dr {{NAME|Owiti Ouma Acholo}}, KMPDC {{LICENSE|B-08817}}.`,

  `Community dental service, domiciliary visit {{DATE|Tue 1/12}} to {{LOCATION|Bramblegate House}}, room 4: {{NAME|Phyllida Grosvenar-Yeo}}, {{AGE|101}}, upper denture cracked, sore at 13. Relined. Carer {{NAME|Mthunzo}}.`,

  `Orthodontic letter: {{NAME|Luana Fa'alogo}}, 14, Class II div 1, overjet 9 mm. Twin block started {{DATE|20 Nov 2026}}. Parent {{NAME|Tavito Fa'alogo}} - {{EMAIL|tavita.faalogo@example.co.nz}}.`,

  `Dental trauma, ED {{DATE|3.12.2026}}: avulsed 11 replanted at scene by Coach {{NAME|Rourko}}, splinted. Tetanus up to date. Pt {{NAME|Darrogh Feeney-Mbatho}}, 12, school {{LOCATION|St Ultan's College}}. Follow-up {{LOCATION|Ashburnham Dental}}.`,

  `OPTOMETRY REFERRAL (GOS 18)
To: {{LOCATION|Westhampton Eye Casualty}}   Date: {{DATE|04/12/2026}}
Patient: {{NAME|Gulshan Ara Mollah}}, 71. IOP R 34 L 18 mmHg (Goldmann). R disc C/D 0.8, notch inferiorly. Optometrist {{NAME|Harpal Dhesi}}, GOC {{LICENSE|01-28814}}, {{LOCATION|Clearview Opticians}}, {{LOCATION|98 High Street}}, {{LOCATION|Saltmorsh}} {{ZIP|SM4 1AY}}.`,

  `Optician to GP: {{NAME|rubaba tasnim}} has a visual field defect consistent with bitemporal hemianopia (Humphrey 24-2, {{DATE|30/11/2026}}). Urgent MRI pituitary suggested. Please see. {{NAME|Brennon}} (optometrist).`,

  `Driving vision check: {{NAME|Hristo Zhelyazkav}}, licence {{LICENSE|ZHELY711056H99QK}}, binocular VA 6/12, fields Esterman 96 points with 2 missed. Meets DVLA standard. {{DATE|2 Dec}}.`,

  `Diabetic eye screening result, {{DATE|1 December 2026}}: {{NAME|Esperanzo Quispo Mamano}}, DES ID {{ID|DES-77104812}}: R2M1 right, R1M0 left. Referred to {{LOCATION|Penharrow Medical Retina}}.`,

  `Low-vision clinic: {{NAME|Eba Quansah}}, {{AGE|ninety-four}}, dry AMD, VA 6/60 both. Magnifier issued x4. Wife {{NAME|Efuo}} reads post. Next {{DATE|Mon 8 Feb}}.`,

  `Optometry (Mongolia, English copy): {{NAME|Batbayar Enkhjargal}}, register {{ID|UB70051432}}, from {{LOCATION|Bayanzürkh}} district, {{LOCATION|khoroo 14}}, {{LOCATION|Ulaanbaatar}}. Myopia -6.50, keratoconus suspected, topography at {{LOCATION|Songdo Eye Clinic}}. Contact {{PHONE|+976 9911 4827}}.`,

  `contact lens complication: {{NAME|rubie-jeon castellow}} 23, slept in lenses, R corneal ulcer 2 mm. Swab sent ({{ID|MB26-118402}}). Hourly levofloxacin. Seen by {{NAME|Ezeanyika}}.`,

  `PHYSIOTHERAPY PROGRESS NOTE
Name: {{NAME|Tarni Whitebridge}}   Hosp no: {{MRN|GH-2284710}}   Session 4   {{DATE|03/12/2026}}
S: knee less swollen, stairs still hard. O: flexion 0-105, quads lag 10 deg, Timed Up and Go 14 s. A: progressing post TKR. P: add step-ups. Physio {{NAME|Caoimho Lindqvost-Odo}}, HCPC {{LICENSE|PH118204}}.`,

  `Physio note, {{DATE|Wednesday}}: {{NAME|Yerlon}} managed 20 m with frame, SpO2 stayed 93%. Daughter {{NAME|Aigerom Nurlanovna}} wants him home to {{LOCATION|Kenesary Street}}, {{LOCATION|Astana}} after flight. IIN {{ID|540312300817}}.`,

  `Pulmonary rehab group, {{DATE|Thu 3 Dec}}, {{LOCATION|Larkspor Leisure Centre}}: attended - {{NAME|Hoggart}}, {{NAME|Nwachukwo}}, {{NAME|Delacroox-Bando}}, {{NAME|Tsegoy}}; DNA - {{NAME|Pemborthy}} (phoned {{PHONE|01632 961 448}}, no answer). ISWT for all on {{DATE|17 Dec}}.`,

  `Neuro physio discharge: {{NAME|Anaís Lúcio Cerqueira Bastos}}, 64, L MCA stroke {{DATE|14/09/2026}}. Berg 41/56. Independent with stick indoors. Onward to {{LOCATION|Casa de Saúde da Boavista}} day rehab. Physio {{NAME|Ruo Pestana}}, cédula {{LICENSE|OF-20418}}.`,

  `Hand therapy: {{NAME|Mihaelo}} (surname {{NAME|Dumitresco-Ilio}}), flexor tendon repair zone II L ring finger {{DATE|20.11.2026}}. Early active motion protocol week 2. Splint checked.`,

  `Physio - respiratory on-call {{DATE|05/12}} 02:10: called to bed 12 for {{NAME|Hamida Banu}}, sputum retention, ACBT + suction. Called by Dr {{NAME|Ugwo-Fairbaorn}}. On-call physio {{NAME|Jaspreet}}, mobile {{PHONE|07700 900 732}}.`,

  `Vestibular physio: {{NAME|Tymon Pieńkowski}} - R posterior canal BPPV, Dix-Hallpike positive, Epley x2, resolved. Discharged {{DATE|1st Dec}}.`,

  `PRIOR AUTHORIZATION REQUEST
Payer: Keystone Mutual   Member ID: {{HEALTH_PLAN|KMX442918730}}   Group: {{HEALTH_PLAN|GRP-22814}}
Patient: {{NAME|Mariselo Quintanor-Oduyo}}   DOB: {{DATE|11/23/1968}}
Request: adalimumab 40 mg SC q2w for rheumatoid arthritis; failed methotrexate 25 mg and sulfasalazine. DAS28 5.6.
Prescriber: Dr {{NAME|Howord Lindeman}}, NPI {{LICENSE|1942281037}}, fax {{FAX|(614) 555-0188}}.`,

  `Prior auth (MRI lumbar spine): member {{NAME|Tyroll Ashwicken}}, {{HEALTH_PLAN|UHX 9928 4417 02}}, 6 weeks conservative care, L5 radiculopathy with foot drop 4/5. Ref no. {{ID|PA-26-7781042}}. Submitted {{DATE|12/02/2026}} via portal {{URL|https://provider.aetherhealth.example.com/pa/7781042}}.`,

  `Denial appeal: Dear Medical Director, re {{NAME|Guadalupo Ixtaccihuatl Rojas}}, member {{HEALTH_PLAN|MCD-88120477}}, claim {{ACCOUNT|CLM-4407719-03}} denied {{DATE|November 18, 2026}} for CGM. She has 3 documented hypoglycaemia events below 54 mg/dL. Sincerely, {{NAME|Pritha Kasthurirangan-Hoult}}, MD.`,

  `Insurance pre-approval (Egypt): Allianz card {{HEALTH_PLAN|AZ-EG-30117428}}, patient {{NAME|Yasmine Fathy Abdelmoneim}}, laparoscopic cholecystectomy at {{LOCATION|Cleopatra Hospital}}, {{LOCATION|Heliopolis}}. Surgeon Dr {{NAME|Kamal Soliman}}. Approval ref {{ID|EG-PA-558201}}.`,

  `Pre-authorisation form (Kenya): Member name {{NAME|OCHIONG ODHIAMBA Fredrick}}; member no. {{HEALTH_PLAN|JUB/2281/0447-01}}; employer {{LOCATION|Mombasa Cement}}; procedure: MRI brain; facility {{LOCATION|Pandya Memorial Hospital}}; date requested {{DATE|08/12/2026}}.`,

  `Seguro (Peru): EsSalud asegurado {{NAME|Flor de Mariña Ccahuano Tito}}, autogenerado {{HEALTH_PLAN|7204181CCTIF004}}, solicitud de quimioterapia en {{LOCATION|Hospital Nacional Edgardo Rebagliati}}. Médico tratante Dr. {{NAME|Renzo Alvarada Chumpitaz}}, CMP {{LICENSE|41182}}.`,

  `CARE HOME TRANSFER FORM
Resident: {{NAME|Dorcos Ampofa-Wilberforce}}   Age: {{AGE|92}}   Room 18
From: {{LOCATION|Willowmere Lodge}}, {{LOCATION|Bracken Lane}}, {{LOCATION|Stourleigh}} {{ZIP|ST9 4LN}}
To: {{LOCATION|Queen Adelmar Hospital}} ED   Date/time: {{DATE|05/12/2026}} 05:30
Reason: fall, head strike, on apixaban. Baseline: walks with frame, mild dementia (MMSE 21). Allergies: none. NOK: nephew {{NAME|Kwamo Ampofa}}, {{PHONE|07700 900 946}}. Completed by {{NAME|Rosalond Tebbit}} (nurse).`,

  `transfer note from {{LOCATION|Heathercroft}}: mr {{NAME|alfio dunstablo}}, {{AGE|96}} per MAR, catheter changed {{DATE|1/12}}, grade 2 sacral sore, Waterlow 22. DNACPR attached. Bag packed.`,

  `Care home to hospital (Portugal): {{NAME|Joaquom Alberico Meireles}}, {{AGE|95}} anos, {{LOCATION|Lar de São Bento}}, {{LOCATION|Rua do Paraíso 140}}, {{LOCATION|Barcelos}} {{ZIP|4700-372}}. NIF {{ID|187440913}}. Febre e tosse. ADSE {{HEALTH_PLAN|0049281177}}.`,

  `Return to care home: {{NAME|Marguerito Asanto}}, {{AGE|ninety-one}}, back to {{LOCATION|Elmsteod Court}} {{DATE|Sunday}}. New: furosemide 40 mg OD. Weigh daily. Call ward 9 on {{PHONE|01632 960 202}} if weight up 2 kg.`,

  `Red bag handover: {{NAME|Eustaco Pughsley}}, room 3, {{LOCATION|The Laurels}}. Hearing aid (L) serial {{DEVICE|HA-5530917}}, glasses, dentures upper. Meds in bag. Senior carer {{NAME|Lornah}}.`,

  `Nursing home referral (Romania): Doamna {{NAME|Elisabeta Hârțescu}}, {{AGE|93}} ani, CNP {{ID|2330614400291}}, din {{LOCATION|Comuna Vulturești}}, jud. Argeș. Transfer la {{LOCATION|Spitalul Județean de Urgență Pitești}} {{DATE|5 decembrie 2026}}.`,

  `INTERPRETER BOOKING
Booking ref: {{ID|INT-26-448102}}   Language: Somali   Date: {{DATE|Mon 07/12/2026}} 10:00
Patient: {{NAME|Faadumo Cabdullaahi Xasan}}   MRN {{MRN|EV7718342}}
Clinic: antenatal, {{LOCATION|Riverside Maternity}}   Interpreter: {{NAME|Cabdiraxmaan}} (agency LinguaBridge), face-to-face. Booked by {{NAME|Corys}} ext {{PHONE|2241}}.`,

  `Please book Ukrainian interpreter for {{NAME|Oleksandra Kovalchuk-Ryabko}} ({{DATE|14.12}}, 14:30, diabetes clinic). She arrived from {{LOCATION|Kharzivka}}. Husband {{NAME|Bohdon}} speaks some English but please do not use him.`,

  `BSL interpreter booked: {{NAME|Merrick Halloway}}, 58, pre-op {{DATE|9 Dec}}, {{LOCATION|Hollybonk Day Surgery}}. Interpreter {{NAME|Gemima Strudwick}}, NRCPD {{LICENSE|R12847}}. Patient texts only: {{PHONE|07700 900 385}}.`,

  `Bengali (Sylheti) interpreter needed - {{NAME|Abdur Mannan Talukdar}}, {{AGE|90}}, renal clinic, {{DATE|Thursday 10th}}. Lives {{LOCATION|Brack Lane}}. Granddaughter {{NAME|Tahmino}} usually comes.`,

  `MORTUARY QUERY
Deceased: {{NAME|Barnabos Ogunleyo-Thwaito}}   DOB {{DATE|03/04/1940}}   DOD {{DATE|02/12/2026}}
Mortuary no. {{ID|M26-1147}}   Ward 22
Query to Dr {{NAME|Aoifo Gallaghor}}: implanted device? Yes - pacemaker, serial {{DEVICE|PJN 448127 S}}; must be removed before cremation. Funeral director: {{LOCATION|Hollons & Keepe}}, {{PHONE|01632 960 611}}.`,

  `Bereavement office to FY1: the MCCD for {{NAME|Nanette Ofosuhene}}, {{AGE|98}}, has "old age" as 1a but she was only in hospital with pneumonia - please discuss with ME Dr {{NAME|Furqan Farooqi}} ({{EMAIL|medical.examiner@heronbrook.example.nhs.uk}}) before {{DATE|Monday}}.`,

  `Death certificate query (Kenya): Permit for burial no. {{ID|BP-0448172}}; deceased {{NAME|Kiprono arap Rotoch}}, {{AGE|94}}, of {{LOCATION|Kaptagat}}, Elgeyo; died {{DATE|1st Dec 2026}} at {{LOCATION|Moi Teaching and Referral Hospital}}. Cause 1a needs correcting.`,

  `Repatriation paperwork: {{NAME|Shahidul Alam Sarker}}, passport {{ID|BA0448172}}, died {{DATE|29/11/2026}}; body to {{LOCATION|Hazrat Shahjalal International Airport}} via Biman cargo; consulate contact {{PHONE|020 7946 0821}}. Embalming cert {{ID|EMB-2026-339}}.`,

  `ME scrutiny: {{NAME|Gheorghița Popa}}, {{AGE|90}}; referred to coroner ({{ID|COR-26-02281}}) because of fracture after fall at {{LOCATION|Parkside Grange}}. Family: son {{NAME|Ion}}, {{PHONE|+40 721 448 392}}.`,

  `Cremation form 4, section: attended deceased in last illness? Yes, {{DATE|30 Nov}}. Deceased {{NAME|Agnos Pennycook}}. Pacemaker - none. Radioactive implants - none. Signed Dr {{NAME|Tobios Wron}}, GMC {{LICENSE|7044813}}.`,

  `CLINICAL GENETICS - {{LOCATION|Northgato Regional Genetics Service}}
{{DATE|4 December 2026}}
Dear Ms {{NAME|Olamido Fashano-Reyos}},
Thank you for coming to see me with your sister {{NAME|Temitopo}} on {{DATE|24 November}}. The BRCA2 variant c.5946del found in your late mother {{NAME|Abosedo}} was also found in your sample (lab no. {{ID|NGS-26-084417}}). We discussed breast MRI from now and risk-reducing salpingo-oophorectomy after 40.
Yours sincerely,
{{NAME|Eirlys Castelvetro}}, Genetic Counsellor, {{PHONE|0161 496 0734}}`,

  `Genetics letter (Lynch): {{NAME|Ștefan Bălănesco}} carries MLH1 c.1852_1854del. Cascade testing offered to brother {{NAME|Radu}} in {{LOCATION|Timișoara}} and daughter {{NAME|Irino Bălănesco-Mott}} in {{LOCATION|Knottingley}}. Family ref {{ID|FAM-11847}}.`,

  `pedigree note: proband {{NAME|iman abdelhamid}} (III-2), father {{NAME|Hosny}} (II-1) died 47 sudden, uncle (II-3) ICD. Long QT suspected, KCNQ1 panel sent {{DATE|02/12/2026}}.`,

  `Genetic counselling (Indonesia): {{NAME|Ni Luh Putu Ayu Suryaningsih}}, usia 29, from {{LOCATION|Desa Sukawati}}, {{LOCATION|Gianyar}}. Thalassaemia carrier (HbE), partner {{NAME|I Made Wirawon}} tested {{DATE|1 Desember 2026}}: beta-thal trait. Prenatal diagnosis discussed at {{LOCATION|RSUP Sanglah}}.`,

  `Dear Dr {{NAME|Mwango}}, your patient Baby {{NAME|Wairimo}} (DOB {{DATE|28/10/2026}}) newborn screen: IRT raised, CFTR F508del / R117H. Sweat test {{DATE|7 Dec}} at {{LOCATION|Lenana Children's Hospital}}.`,

  `Portal message to patient, {{DATE|12/03/2026}} 4:12 PM:
Hi {{NAME|Rosalond}}, your potassium came back 5.9, which is higher than we like. Please stop the spironolactone and come in tomorrow for a repeat blood test at the {{LOCATION|Maplo Hollaw}} lab. Details: {{URL|https://mychart.maplehollow.example.org/msg/448172}} - Dr. {{NAME|Ekwuemo}}`,

  `MyChart message from Dr {{NAME|Sunnivo Halvorson-Adjeo}}: "Mr {{NAME|Okwudiba}}, your colonoscopy pathology showed 2 tubular adenomas under 10 mm. Repeat in 7 years. Any questions reply here." Sent {{DATE|Dec 4, 2026}}.`,

  `Patient portal reply (Canada): Mrs {{NAME|Akosuo Boakyo-Lindsoy}}, your INR today is 3.4; take 4 mg tonight instead of 5 mg and recheck Monday at {{LOCATION|LifeLabs}} on {{LOCATION|Bloor St W}}. OHIP {{HEALTH_PLAN|4417-208-336-KT}}. - {{NAME|Renata}}, RN`,

  `message to pt via app: hi {{NAME|dilnozo}}, x-ray of your wrist shows a scaphoid fracture after all - please come to fracture clinic tomorrow 9am? no: come {{DATE|Monday 7 Dec}} 9am. {{NAME|Eilodh}}`,

  `Portal note (Brazil, English): Olá {{NAME|Thales Nascimento Rocho}}, your dengue NS1 was negative and IgM positive; platelets 88 mil. Keep drinking fluids. CPF {{ID|318.447.209-15}}. Dra. {{NAME|Luíza Monteverde}}, CRM-BA {{LICENSE|28117}}. Link: {{URL|https://portal.saudebahia.example.br/r/44172}}`,

  `Clinician e-consult reply: Dear {{NAME|Tuyết}}, I reviewed your photos from {{DATE|Tuesday}}. The rash looks like pityriasis rosea and should settle in 6-8 weeks. Dr {{NAME|H. Qadri}}, {{EMAIL|hqadri@fernleaf-practice.example.com}}`,

  `AUDIT - VTE risk assessment within 24 h, Ward 8 ({{LOCATION|Beaumant}}), November
MRN | initials | admitted | VTE RA done | prophylaxis
{{MRN|BW104471}} | {{NAME|JK}} | {{DATE|02/11}} | Y | enox
{{MRN|BW104582}} | {{NAME|SQ}} | {{DATE|03/11}} | N | none
{{MRN|BW104613}} | {{NAME|PL}} | {{DATE|05/11}} | Y | stockings
{{MRN|BW104790}} | {{NAME|OMO}} | {{DATE|09/11}} | Y | enox
Compliance 3/4 (75%). Auditor {{NAME|Jasmin Okeko-Farraw}}.`,

  `Sepsis audit extract (pasted):
pt_id,name,arrival,abx_time,lactate
{{MRN|RX-90017}},{{NAME|Garfield Nunnally}},{{DATE|2026-11-02 03:14}},04:40,4.1
{{MRN|RX-90034}},{{NAME|Yesenio Coaquira}},{{DATE|2026-11-02 11:58}},12:31,2.2
{{MRN|RX-90102}},{{NAME|Adjoa Kyerematen}},{{DATE|2026-11-04 19:07}},21:15,6.0
Target abx within 1 h: 1 of 3.`,

  `Audit of warfarin INR in range (TTR), Anticoag Clinic, {{LOCATION|Pendlebory}}:
{{NAME|Whitlack}} 71% | {{NAME|Onyanga}} 48% | {{NAME|Ferreiro da Cunha}} 82% | {{NAME|Babatundo}} 39% | {{NAME|Ilyasova}} 66%
Below 65%: switch to DOAC discussed. Lead Dr {{NAME|Maren Soltvedt}}.`,

  `Re-audit hip fracture (NHFD), third quarter: case 11 ({{NAME|Phoebe Arkwroght}}, {{AGE|100}}) theatre delayed 52 h awaiting echo; case 14 ({{NAME|Guðrún Ólafsdóttir-Pelle}}, 86) delirium not screened. NHFD nos. {{ID|NHFD-448120}}, {{ID|NHFD-448197}}.`,

  `Antibiotic audit (Bangladesh): {{LOCATION|Sreepur Upazila Health Complex}}, Nov 2026: 41 of 60 children with cough given antibiotics. Examples: {{NAME|Md. Sohel Rana}} (reg {{MRN|UHC-2611-0447}}), {{NAME|Sumaiya Nahar Mim}} ({{MRN|UHC-2611-0519}}). Auditor Dr {{NAME|Tawhid Hasan Kazi}}.`,

  `Clinic DNA list pasted from PAS:
{{NAME|OBONG Yeboa Frimpang}}   {{MRN|K7711208}}   {{DATE|01-Dec-26}}   diabetes
{{NAME|LUNGU Chisoma}}        {{MRN|K7712044}}   {{DATE|01-Dec-26}}   diabetes
{{NAME|HAVRYSH Oksano}}       {{MRN|K7709931}}   {{DATE|02-Dec-26}}   thyroid
{{NAME|MOLDOVAN Cornel}}      {{MRN|K7710456}}   {{DATE|02-Dec-26}}   lipids`,

  `INCIDENT REPORT {{ID|IR-2026-04471}}
Date/time: {{DATE|03/12/2026}} 22:50   Location: Ward 5 ({{LOCATION|Farnaby}})
Description: patient {{NAME|Dennis Ogundipo}} found on floor beside bed, unwitnessed fall. No head injury; CT not needed per NICE. On 4-hourly obs. Family (daughter {{NAME|Bimpe}}) informed {{DATE|04/12/2026}} 08:00.
Reporter: {{NAME|Niomh Casserly}}, RN, NMC {{LICENSE|09I4471E}}.`,

  `Incident (medication): insulin given twice to {{NAME|Rhono McAlister}} - 10 units glargine at 21:00 by Staff Nurse {{NAME|Phiri}} and again at 22:15 by agency nurse {{NAME|Jude}}. BM monitored hourly, nadir 4.2. Duty of candour letter sent {{DATE|7 Dec}}.`,

  `Datix: wrong-patient blood sample. Labels for {{NAME|Amal Yassin Hamdi}} ({{MRN|RH0023817}}) on tubes drawn from {{NAME|Amina Yassin Hisham}} ({{MRN|RH0031472}}) in bay 2. Detected by lab (WBIT). Ref {{ID|DX-118027}}.`,

  `Incident, ambulance delay: call {{DATE|30/11/2026}} 17:03 to {{LOCATION|Gorsemoor Farm}}, {{LOCATION|Lower Tanhouse}}; arrival 19:41. Patient {{NAME|Ivar Penwardon}}, {{AGE|91}}, hip fracture, long lie. Serious incident review {{ID|SI-2026-118}}.`,

  `Security incident (IT): unusual access to the record of {{NAME|Chiamako Ezeilo}} from workstation {{IP|10.44.182.19}} at 02:14 on {{DATE|01/12/2026}} by user {{NAME|tborrowdale}}. Access revoked; IG lead informed.`,

  `Needlestick: {{NAME|Sebastian Ngugi Kariuki}} (FY2) - 21G hollow needle from source Mr {{NAME|Dumbuya}} ({{MRN|ZZ884172}}), {{DATE|04/12}} 03:20. Source bloods consented. Occ health {{PHONE|ext 4417}}.`,

  `Violence and aggression report, ED {{LOCATION|Ashford Vale}}, {{DATE|Sat 28 Nov}} 01:15: patient {{NAME|Ruairc Loughnano}} kicked HCA {{NAME|Bongano}}. Police ref {{ID|CAD-4417-28112026}}. Vehicle he arrived in: {{VEHICLE|LR68 FXT}}.`,

  `ON-CALL ROTA - MEDICINE - WEEK OF {{DATE|7 DEC}}
Mon  {{NAME|Abimbolo}} / {{NAME|Reubon}}     bleep {{PHONE|1447}}
Tue  {{NAME|Nkemdirom}} / {{NAME|Ceridwen}}   bleep {{PHONE|1447}}
Wed  {{NAME|Prabin}} / {{NAME|Saoirso}}      bleep {{PHONE|1447}}
Thu  {{NAME|Ogecho}} / {{NAME|Anatoliy}}      bleep {{PHONE|1447}}
Consultant of the week: Dr {{NAME|Emmeline Sarpang}}, mobile {{PHONE|07700 900 118}}.`,

  `rota (anaesthetics) - {{DATE|Dec 2026}} gaps: 12th night - nobody; 19th day - {{NAME|pieterse}} off sick; 24th - {{NAME|okwudili}} on leave. Locum agency contact {{EMAIL|rota@medstaffline.example.com}}.`,

  `GP practice duty doctor list: {{DATE|Mon}} - Dr {{NAME|Farquharsan}}; {{DATE|Tue}} - Dr {{NAME|Adesanya-Clarko}}; {{DATE|Wed}} - Dr {{NAME|Ntom}}; {{DATE|Thu}} - Dr {{NAME|Zielińsko}}; {{DATE|Fri}} - Dr {{NAME|Mahfouz}}.`,

  `Radiology on-call list: CT reporting {{DATE|4/12}} - Dr {{NAME|Suranga Rathnasekara}}; IR - Dr {{NAME|Ngozo Iloro}}, {{PHONE|07700 900 662}}; home PACS login from {{IP|2001:db8:4417:2a::19}}.`,

  `Nursing rota, Ward 11 ({{LOCATION|Nightingalo-Amado}}), {{DATE|Sun 6 Dec}}: early - {{NAME|Kezia}}, {{NAME|Bolanlo}}, {{NAME|Tamás}}; late - {{NAME|Gintarė}}, {{NAME|Khethiwe-Onn}}; night - {{NAME|Marikit}}, {{NAME|Oreoluwa}}. NIC nights {{NAME|Marikit}}.`,

  `Podiatry (diabetic foot): {{NAME|Harvinder Sohal}}, 68, ulcer R hallux 1.2 x 0.8 cm, probe to bone negative, ABPI 0.92. Offloading boot. Next {{DATE|11/12/2026}} at {{LOCATION|Oakfield Health Centre}}. Podiatrist {{NAME|Ludmilo}}.`,

  `AUDIOLOGY REPORT {{DATE|02/12/2026}}
Name: {{NAME|Cuthbort Ollerenshow}}  Age {{AGE|92}}
PTA: bilateral sloping SNHL, 4FA R 58 dB, L 61 dB. Tympanometry type A. Fitted BTE aids, serials R {{DEVICE|2291AX4471}} / L {{DEVICE|2291AX4478}}. Audiologist {{NAME|Mehwish Ansari}}, HCPC {{LICENSE|AS40881}}.`,

  `Cochlear implant clinic: {{NAME|Aroho}} (age 6) - processor lost at {{LOCATION|Puriri Park}} playground; replacement processor serial {{DEVICE|CP1100-8847221}}. Mum {{NAME|Hinewao Tapsell}} {{PHONE|021 555 0193}}.`,

  `SLT swallow assessment, {{DATE|Thu 3/12}}: {{NAME|Ephraom Lubega}}, post-stroke. Coughing on thin fluids; IDDSI level 2 fluids, level 5 diet. Wife {{NAME|Aidah Nalwogo}} trained. SLT {{NAME|Bryany}}.`,

  `Speech therapy (paeds): {{NAME|Mehmot Emin Yıldırımoğlu}}, 3y 4m, expressive language delay; bilingual Turkish/English. Nursery {{LOCATION|Little Acarns, Fennel Road}}. Next {{DATE|15 Jan 2027}}.`,

  `Dietitian note: {{NAME|Zinhle}} (surname {{NAME|Mabuzo-Hearn}}), BMI 16.8, refeeding risk high (NICE). Start 10 kcal/kg. Phosphate 0.62. Weigh Mon/Thu. Dietitian {{NAME|Orlo Keating}}, HCPC {{LICENSE|DT33179}}.`,

  `Home enteral feeding: {{NAME|Bolat Seitkali}}, PEG, Nutrison 1500 mL/day via pump serial {{DEVICE|FLX-7720418}}; delivered by NutriHome to {{LOCATION|Flat 6, Orwoll Mansions}}, {{LOCATION|Tottenbridge}} {{ZIP|TB2 8RW}}. Customer no. {{ACCOUNT|NH-0044817}}.`,

  `WHEELCHAIR SERVICE - prescription
Client: {{NAME|Shazia Naheed Mirza}}   NHS {{MRN|943 476 5919}}   Referral {{DATE|20/10/2026}}
Chair: active user, serial {{DEVICE|WCS-26-00814}}, cushion high-risk. Delivery to {{LOCATION|12 Laburnum Close}}, {{LOCATION|Wythall}} {{ZIP|B47 6PT}}. Therapist {{NAME|Dofydd Morgon-Ochiong}}.`,

  `Transfusion request: {{NAME|Nkecho Ezo-Wallaco}}, DOB {{DATE|15/05/1988}}, {{MRN|TX4419208}}, Hb 62, sickle cell, 2 units HbS-negative, Rh/K matched. Group and save sample {{ID|GS-2612-0447}} taken {{DATE|05/12}} 06:10 by {{NAME|Kelecho}}. Requester Dr {{NAME|Amma Serwao Owuso}}, bleep {{PHONE|6614}}.`,

  `CRITICAL RESULTS LOG - biochemistry
{{DATE|05/12/2026}} 03:41 | {{NAME|Abdirahim Warsamo Egal}} | {{MRN|L6642187}} | K+ 7.1 | phoned to Dr {{NAME|Penroso}} (read back) | {{NAME|ABS}}
{{DATE|05/12/2026}} 04:02 | {{NAME|Yevheniio Lysenko}} | {{MRN|L6642240}} | Na+ 114 | phoned to Sr {{NAME|Ochiong}} (ward {{NAME|Atieno}}) | {{NAME|ABS}}`,

  `Microbiology call: blood cultures positive (GPC in clusters) for {{NAME|Panio Rewito}}, {{MRN|MC-7714012}}, line in situ. Told Dr {{NAME|Wheto}} {{DATE|3/12}} 16:45. Lab no. {{ID|BC26-448192}}.`,

  `PATIENT TRANSPORT BOOKING
Ref: {{ID|PTS-8841207}}   Pickup {{DATE|Tue 08/12/2026}} 07:15
Name: {{NAME|Seraphino Hollowoy-Nunos}}   Mobility: stretcher, O2 2 L
From: {{LOCATION|23 Gannet Drive}}, {{LOCATION|Port Essingham}} {{ZIP|PE3 7GW}}   To: Renal Unit, {{LOCATION|St Aidon's}}
Contact: {{PHONE|01632 960 774}}. Escort: husband {{NAME|Dominoc}}.`,

  `Taxi voucher: {{NAME|Ahsan Zohaib Minhas}}, {{LOCATION|House 44, Street 9, G-10/2}}, {{LOCATION|Islamabad}}, to {{LOCATION|PIMS}} oncology {{DATE|07-12-2026}}. CNIC {{ID|61101-4417208-3}}. Company Cityline Cabs, cab {{VEHICLE|LEB-4417}}.`,

  `HOME OXYGEN ORDER FORM (HOOF)
Patient: {{NAME|Wilfred Abankwah}}   NHS {{MRN|401 023 2188}}   DOB {{DATE|12/08/1945}}
Address: {{LOCATION|4 Roak Terrace}}, {{LOCATION|Slingsby Moor}} {{ZIP|YO62 4QT}}   Tel {{PHONE|01653 496 017}}
LTOT 2 L/min 16 h/day via concentrator; ambulatory cylinders. Smoker: no (CO 2 ppm). Supplier Baywater. Concentrator serial {{DEVICE|PM-0C-771842}}. Ordered by {{NAME|Aled Rhydd-Boatong}}.`,

  `CPAP download: {{NAME|Gonzalo Ccori Huillco}}, device serial {{DEVICE|23174418225}}, usage 6.1 h/night, AHI 3.2, leak 12 L/min. Modem IP {{IP|172.16.44.207}}. Review {{DATE|March 2027}}.`,

  `DISTRICT NURSE VISIT LOG
{{DATE|01/12}} 09:20  {{NAME|Hepziboh Strang}}, {{LOCATION|2 Mill Cottages}} - leg ulcer dressing, compression 40 mmHg
{{DATE|01/12}} 10:05  {{NAME|Fyodor Bondarenko}}, {{LOCATION|Flat 12, Aldor House}} - insulin 14 units, BM 11.2
{{DATE|01/12}} 11:00  {{NAME|Abrafi Awuah}}, {{AGE|95}}, {{LOCATION|9 Tannor's Yard}} - syringe driver check, serial {{DEVICE|T34-448211}}
Key safe codes in the secure record only.`,

  `DN note: {{NAME|gwendolon}} - no answer at {{LOCATION|Bramley Cottage}}; neighbour mrs {{NAME|pattacini}} has key. Called son {{NAME|Senan}} {{PHONE|07700 900 419}}. Police welfare check requested {{DATE|4/12}} 15:30.`,

  `Catheter passport: {{NAME|Adewunmi Bamgboso}}, long-term urethral 14Fr, changed {{DATE|1 December 2026}}, batch {{ID|LOT 2411847}}, next due {{DATE|1 March 2027}}. Continence nurse {{NAME|Rutha Emeniko}}.`,

  `Organ donation referral {{DATE|05/12/2026}} 01:30: potential DBD, {{NAME|Callom Strachon-Ibo}}, 34, SAH, Neuro ICU, {{LOCATION|Western General}}. Referred to SNOD {{NAME|Birgitte}}, {{PHONE|0300 555 0177}}. Organ Donor Register {{ID|ODR-7741280}}: registered.`,

  `DVLA medical (D4): applicant {{NAME|Gerwyn Prythorch}}, driving licence no. {{LICENSE|PRYTH609120GW9XY}}, insulin-treated diabetes, hypo awareness intact, CGM. Examined {{DATE|3/12/2026}} at {{LOCATION|Dolgarrog Surgery}}.`,

  `Firearms licensing: police ref {{ID|FEL/26/8812}} re {{NAME|Ambroso Thistlewoad}}, {{LOCATION|Hexhope Farm}}, {{LOCATION|Carlow Bridge}}. Medical: depression 2019, now well. Doctor {{NAME|Leontyno Adaor}}. Response sent {{DATE|1/12}}.`,

  `Fit note: {{NAME|Roxano-Marília Stoica}}, not fit for work {{DATE|04/12/2026}} to {{DATE|18/12/2026}}, lumbar disc prolapse. Employer {{LOCATION|Greyfield Logistics}}. NI {{SSN|SN 44 17 28 D}}.`,

  `US clinic intake: {{NAME|Latoya Fairweathor-Ncube}}, SSN {{SSN|078-44-1729}}, address {{LOCATION|4417 Sycamore Bend Rd}}, {{LOCATION|Xenia}}, OH {{ZIP|45414}}, cell {{PHONE|(937) 555-0142}}, Medicare {{HEALTH_PLAN|4TE8-YK2-RN71}}.`,

  `Billing: account {{ACCOUNT|ACC-00774419}} for {{NAME|Tobios Eckhardt-Mwalo}} - self-pay, ED visit {{DATE|11/29/2026}}; statement to {{EMAIL|t.eckhardt.mwale@example.net}}.`,

  `Invoice (Portugal): fatura {{ACCOUNT|FT 2026/44817}}, cliente {{NAME|Vasco Sá Carneiro Lopes}}, NIF {{ID|219447108}}, consulta de cardiologia em {{DATE|02-12-2026}}, {{LOCATION|Clínica do Bonfim}}, {{LOCATION|Amarante}}.`,

  `{{LOCATION|Tribhuvan University Teaching Hospital}}, {{LOCATION|Maharajgunj}}, {{LOCATION|Kathmandu}}
Discharge summary (English)
Name: {{NAME|Pasang Dolmo Sherpo}}   Age/Sex: 38/F   IP no. {{MRN|TUTH-2083-44172}}
Address: {{LOCATION|Khumjung-4}}, Solukhumbu
Admitted {{DATE|2083/08/14}} B.S. ({{DATE|29 Nov 2026}}), discharged {{DATE|2083/08/19}} B.S. HAPE after trek guiding, SpO2 62% on arrival, nifedipine and oxygen. Husband {{NAME|Ong Nima}}. Dr {{NAME|Bishnu Prasad Adhikari}}, NMC Nepal {{LICENSE|8841}}.`,

  `Referral from {{LOCATION|Centre de Santé Sidi Moumen}}, {{LOCATION|Kenitra}}: Mme {{NAME|Fadwa-Zineb El Ouazzani}}, 52, CIN {{ID|BK448172}}, diabète type 2, ulcère du pied. CNSS/AMO {{HEALTH_PLAN|AMO-118447209}}. Dr {{NAME|Yassine Benkirane}}.`,

  `Kazakh patient letter: {{NAME|Zhanar Amangeldiyevna Bekova}}, IIN {{ID|780915401238}}, from {{LOCATION|Kentau}}, {{LOCATION|Tauke Kazi Avenue 71}}, apt 14. Brucellosis serology positive (Wright 1:400). Works on family farm near {{LOCATION|Sairam}}. Phone {{PHONE|+7 701 448 1729}}.`,

  `Georgian tourist, ED {{DATE|3/12}}: {{NAME|Ninia Tsiklauri}} and husband {{NAME|Levon Gogoladze}}, from {{LOCATION|Vake}}, {{LOCATION|Tbilisi}}; she has appendicitis (Alvarado 8). Passport {{ID|13AB44172}}. Travel insurer Aldagi, policy {{HEALTH_PLAN|ALD-TR-0044817}}.`,

  `Haitian clinic note (English): {{NAME|Roselande-Guerline Désor}}, 27, from {{LOCATION|Cité Soleil}}, {{LOCATION|Pétion-Ville}}; cholera suspected, 8 rice-water stools. ORS and Ringer lactate. Mother {{NAME|Yolette}}. {{LOCATION|Hôpital Saint-Nicolas}}, {{LOCATION|Verrettes}}.`,

  `Somali family, school nurse: {{NAME|Xaliimo}} (Y4) and {{NAME|Maxamed Cali}} (Y6) - mother {{NAME|Sahra Warsamo Jaamac}}, {{LOCATION|Flat 41, Kelham Tower}}, {{LOCATION|Nechells}}. Vitamin D deficiency, 25-OH 18 nmol/L. Call {{PHONE|0121 496 0381}}.`,

  `Samoan church minister brought {{NAME|Tuala Sefa Leiatauo}}, {{AGE|91}}, from {{LOCATION|Vaimoso}}, to {{LOCATION|Tupua Tamasese Meaole Hospital}}; gout flare, urate 0.62. Granddaughter {{NAME|Lago}}.`,

  `Colombia (English summary): {{NAME|Jhon Fredy Cárdenos Ospina}}, CC {{ID|1.017.448.219}}, EPS {{HEALTH_PLAN|SURA 44817209}}, from {{LOCATION|Barrio Manrique}}, {{LOCATION|Medellon}}; leishmaniasis cutánea, 2 úlceras en antebrazo after army posting in {{LOCATION|Urabá}}. Seen {{DATE|1 de diciembre de 2026}}.`,

  `Pakistan clinic slip: {{NAME|Gulzar Murtaza Bajwa}} s/o {{NAME|Allah Ditta}}, {{AGE|90}} years, village {{LOCATION|Chak 44 GB}}, tehsil {{LOCATION|Jaranwala}}. Cataract R. Sehat card {{HEALTH_PLAN|SSP-3310-4417208}}. {{DATE|05-12-2026}}.`,

  `Ukrainian records (transl.): {{NAME|Hnatiuk Vasyl Petrovych}}, {{AGE|91}} rokiv, {{LOCATION|vul. Shevchenka 14}}, {{LOCATION|smt. Kozova}}, Ternopil oblast. RNOKPP {{ID|1214408271}}. Discharged from {{LOCATION|Kozivska Likarnia}} {{DATE|5 hrudnia 2026}}. Daughter {{NAME|Halyno}} in {{LOCATION|Wrocław}}.`,

  `Indonesian hajj health check: Hj. {{NAME|Siti Aminah binti Sukardi}}, usia {{AGE|92}} tahun, {{LOCATION|Kelurahan Tegalsari}}, {{LOCATION|Kecamatan Candisari}}, {{LOCATION|Kota Semarang}}. NIK {{ID|3374014507340002}}. Istitha'ah: tidak memenuhi syarat (heart failure NYHA III).`,

  `Puskesmas referral: {{NAME|Dewi Lestari Purnamasari}}, 24, G1P0 32 minggu, BP 162/108, protein +3. Rujuk ke {{LOCATION|RSUD dr. Soetomo}}, {{LOCATION|Surabaya}}, {{DATE|05-12-2026}}. Bidan {{NAME|Endang}}, HP {{PHONE|0812 4417 2083}}.`,

  `Peru, zona rural: {{NAME|Apolinario Condoro Layme}}, {{AGE|96}} años, comunidad campesina {{LOCATION|Chillihuani}}, distrito de {{LOCATION|Ocongate}}. Neumonía. Traslado a {{LOCATION|Hospital Antonio Lorena}} {{DATE|4-dic-2026}}.`,

  `Egyptian family letter: re Hagga {{NAME|Zeinab Mohamed Ragab}}, {{AGE|93}} sana, {{LOCATION|Shubra El Kheima}}, Qalyubia; fall and hip pain; son Eng. {{NAME|Tamer Abdelaziz}}, {{PHONE|+20 122 418 7720}}, {{EMAIL|tarek.abdelaziz77@example.com.eg}}.`,

  `Bangladesh (NID): Most. {{NAME|Rupali Banu}}, NID {{ID|1993 4417 2081 66}}, Vill. {{LOCATION|Charkhada}}, {{LOCATION|Kotalipara}}, Gopalganj. Snake bite L foot ({{DATE|২ ডিসেম্বর ২০২৬}}), ASV 10 vials at {{LOCATION|Gopalganj 250 Bed District Hospital}}.`,

  `Romanian discharge (transl.): pacient {{NAME|Neculai Bârzoi}}, {{AGE|92}} ani, internat {{DATE|28.XI.2026}}, externat {{DATE|05.XII.2026}}, {{LOCATION|Spitalul Clinic Județean Iași}}. Pneumonie. Medic de familie dr. {{NAME|Camelia Ungureanu}}, {{LOCATION|Târgu Frumos}}. Parafa {{LICENSE|C44172}}.`,

  `Kenya (Luo family): Mzee {{NAME|Ocholo Owino Ogada}}, {{AGE|97}}, {{LOCATION|Kanyamkago}}, Migori; prostate cancer, PSA 212. Grandson {{NAME|Brian Owiti Ocholo}} {{PHONE|+254 722 448 170}}. Clinic: {{LOCATION|Rapcom Medical Centre}}.`,

  `Kenya (Kalenjin): athlete {{NAME|Chebot Jepkosgei Kiplagat}}, 24, {{LOCATION|Iten}}, ferritin 9, Hb 10.8, amenorrhoea 6 months. Coach {{NAME|Kibet}}. KMPDC licence of reviewer {{LICENSE|A-44817}}.`,

  `Portuguese GP letter: Exmo. Colega, envio D. {{NAME|Conceição Almeida Pires}}, {{AGE|95}} anos, utente {{MRN|118 447 209}}, residente em {{LOCATION|Rua da Fonte Velha 7}}, {{LOCATION|Vila Nova de Famalicão}}. Fibrilhação auricular, INR 1,4. Com os melhores cumprimentos, {{NAME|Tadeu Ventura Fonseco}}, Ordem {{LICENSE|44172}}.`,

  `Mongolian herder: {{NAME|Erdenebileg}} (one name used), 58, {{LOCATION|Möngönmorit sum}}, Töv aimag; anthrax cutaneous lesion R forearm after slaughtering sheep on {{DATE|2026.11.28}}. Penicillin. Contact family via {{PHONE|+976 8811 4472}}.`,

  `Ghana clinic card: Nana {{NAME|Yao Konadu Asantewao}}, {{AGE|98}}, {{LOCATION|Kokofu}}, NHIS {{HEALTH_PLAN|08811472}}, hypertension, BP 172/96; grandson {{NAME|Kwako Duoh}} collects drugs. {{LOCATION|Bekwai Municipal Hospital}}, {{DATE|4th Dec. 2026}}.`,

  `Ewe family: {{NAME|Edem Kwaso Agbenyega}}, 6, {{LOCATION|Jasikan}}; severe malaria, Hb 5.1, transfused. Father {{NAME|Selorm}}, mother {{NAME|Dzifo}}. {{LOCATION|Margret Marquart Catholic Hospital}}, {{LOCATION|Kpando}}.`,

  `ga family (accra): {{NAME|naa adjeley tetteh}} 19, {{LOCATION|jamestown}}, sickle cell crisis, admitted {{LOCATION|lekma hospital}}. contact aunt {{NAME|naa dedei}} {{PHONE|024 418 7720}}.`,

  `Short: {{NAME|Abebo}} seen, BP 128/80. Back {{DATE|Jan 2027}}.`,

  `seen {{NAME|oksano}} re contraception, coil fitted, check strings in 6 wks, on {{DATE|15/01/2027}}.`,

  `{{NAME|Kweso}}'s mum called - fever gone.`,

  `Note to self: chase MRI for {{NAME|Ndungu}} (no report yet, done {{DATE|20/11}}).`,

  `Spoke to {{NAME|mehreen}} - she'll bring {{NAME|zayan}} in at 4.`,

  `warfarin clinic: {{NAME|Hilda Purcell}} INR 2.6, same dose, 2 wks.`,

  `{{NAME|Bayarmaa}} - pregnancy test positive, LMP {{DATE|14/10/2026}}. Booking bloods.`,

  `{{NAME|fonoto}} wound check: clean, sutures out {{DATE|Friday}}.`,

  `Dear Dr {{NAME|Achterborg}},
Re: {{NAME|Marlon Quiñonos-Baptisto}}, DOB {{DATE|17 February 1977}}, {{LOCATION|Apt 3B, 1180 Riverside Terrace}}, {{LOCATION|Newark}}, NJ {{ZIP|07104}}
I reviewed Mr {{NAME|Quiñonos-Baptisto}} (hospital account {{ACCOUNT|HAR-8841720}}) in the sleep clinic on {{DATE|December 2}}. Epworth 17, neck 44 cm, home sleep test AHI 38. We started auto-CPAP (serial {{DEVICE|A10-2231-8847}}); compliance data will upload to {{URL|https://airview.example.com/p/8847}}. He drives a commercial truck (CDL {{LICENSE|N4417-20883-19047}}) and I advised him not to drive until treated.
Sincerely, {{NAME|Eudoxia Parekh-Harraw}}, MD, fax {{FAX|(973) 555-0119}}`,

  `Pacemaker check: {{NAME|Eulalio Bustamanto Ccapa}}, {{AGE|90}}, device serial {{DEVICE|RXB448172S}}, battery 6.5 y, RV threshold 0.75 V. Remote monitor linked {{DATE|1/12/2026}}. Next in clinic at {{LOCATION|Instituto Nacional Cardiovascular}}, {{LOCATION|Josefa Mariña}}.`,

  `ICD shock report: {{NAME|Volodymyr Sydorenko}}, ICD serial {{DEVICE|PXT 7744 12C}}, 1 appropriate shock for VF on {{DATE|02.12.2026}} 04:41. Wife {{NAME|Larysa}}. Driving ban 6 months (DVLA). Physiologist {{NAME|Eshe}}.`,

  `Insulin pump incident: {{NAME|Keira-Lea Bramwell}}, 15, pump serial {{DEVICE|SN 88714420}}, occlusion alarm overnight, DKA pH 7.19. Pump returned to manufacturer, RMA {{ID|RMA-4417208}}. Diabetes nurse {{NAME|Nokuthulo}}.`,

  `CGM sharing set-up: patient {{NAME|Ebrima Jallow}} shares Libre data with clinic account {{EMAIL|diabetes.team@hollowmere.example.nhs.uk}}; sensor serial {{DEVICE|0M0044A7XK}}; app user id {{ID|LV-8841720}}.`,

  `Remote monitoring server log: {{DATE|2026-12-04 22:17:09}} upload from {{IP|192.168.44.17}} (home hub of {{NAME|Tamson Rowe-Abiola}}), {{DATE|2026-12-04 22:19:31}} from {{IP|fe80::4417:2aff:fe08:19}}. Weight 84.2 kg (+2.1).`,

  `Clinical photo consent: photos of R shin wound, {{NAME|Ignatios Mbeko-Lowo}}, uploaded {{DATE|03/12/2026}} to {{URL|https://photos.trust-intranet.example.nhs.uk/case/448172}}; image IDs {{ID|IMG-448172-01}} to -04.`,

  `Email thread (pasted): From {{EMAIL|dr.nkrumah-bell@eastlea.example.nhs.uk}} To {{EMAIL|renal.spr@eastlea.example.nhs.uk}} - "Could you see {{NAME|Khethiwe Mabena}} on 14? creatinine 312 from 140 in a week, K 6.0." Reply: "will come at 3."`,

  `Fax cover: TO {{LOCATION|Birchway Medical Practice}} FAX {{FAX|01632 960 885}}; FROM {{LOCATION|Halewoad Hospice}}; RE {{NAME|Lionol Gatward}}; pages 3. Confidential.`,

  `Hospice referral: {{NAME|Hortensio Villanuevo Paucar}}, {{AGE|ninety-two}}, metastatic breast cancer, PPS 40%. Wishes to die at home, {{LOCATION|Calle Los Sauces 218}}, {{LOCATION|Miraflores}}. Daughter {{NAME|Milagros}} {{PHONE|+51 987 441 720}}. Referred {{DATE|04/12/2026}}.`,

  `Safeguarding adult alert (care home): unexplained bruising to {{NAME|Archibald Fenn}}, {{AGE|94}}, at {{LOCATION|Meadowsweot House}}, {{LOCATION|Crossgate}}. Reported by visiting GP Dr {{NAME|Sanaa Belhaj}}. Council ref {{ID|ASC-2026-44172}}.`,

  `Ambulance vehicle check failure, {{DATE|01/12/2026}}: vehicle {{VEHICLE|WX70 HBN}} defib failed self-test, patient transported in {{VEHICLE|WX70 HBO}} instead: {{NAME|Zdenka Horáková}}, chest pain. Fleet ticket {{ID|FLT-44172}}.`,

  `Police request (section 29): {{NAME|Keenan Sharrock}}, DOB {{DATE|3/3/1996}}, seen ED {{DATE|28/11/2026}} 02:40 with hand laceration. Requesting officer PC {{NAME|Rubaba Lomox}}, collar {{ID|4417}}. His NI no. {{SSN|QQ 44 17 20 C}}. Vehicle involved {{VEHICLE|FN19 RUE}}.`,

  `ED note: brought by taxi; patient {{NAME|Hatim Boutaleb}}, 22, from {{LOCATION|Derb Sultan}}, {{LOCATION|Kenitra}}, student at {{LOCATION|Eastbrook University}}, overdose paracetamol 24 g. Student ID {{ID|EBU-2204471}}.`,

  `Egypt (long): {{LOCATION|Mansoura University Hospital}}, Dept of Nephrology. Patient {{NAME|Abdelrahman Samir El-Sayed Zaghloul}}, 33, from {{LOCATION|Meet Ghamr}}, Dakahlia, national ID {{ID|29303121201873}}, phone {{PHONE|+20 114 772 0418}}. Admitted {{DATE|29/11/2026}} with nephrotic syndrome; biopsy {{ID|MUH-B-26-4471}}: membranous, PLA2R positive. Started rituximab {{DATE|03/12/2026}}. Follow-up with Prof. {{NAME|Hallah Elgendy}}.`,

  `Clinic list (Kenya, diabetes), {{LOCATION|Siaya County Referral Hospital}}, {{DATE|Tue 8 Dec}}:
1. {{NAME|Akinyi Adhiamba Onyanga}}, 56, {{MRN|KCRH/DM/4417}}
2. {{NAME|Owiti Were}}, 61, {{MRN|KCRH/DM/4502}}
3. {{NAME|Nafula Wekeso}}, 44, {{MRN|KCRH/DM/4519}}
4. {{NAME|Kipchumbo}}, 70, {{MRN|KCRH/DM/3988}}`,

  `Tea estate clinic (Kenya): worker {{NAME|Chepkoech Ruto}}, payroll no. {{ID|KTDA-44172}}, {{LOCATION|Kaimosi estate}}, line 14; machete laceration L hand. Tetanus given. Supervisor {{NAME|Langat}}.`,

  `Bangladesh garment worker (occ health): {{NAME|Shapla Rani Mondal}}, 23, factory {{LOCATION|Ashulia Knitwear Ltd}}, {{LOCATION|Savar}}; byssinosis? FEV1 drop across shift 14%. Employee card {{ID|AKL-0448172}}. Seen {{DATE|03/12/2026}}.`,

  `Romanian seasonal worker, UK farm: {{NAME|Floron-Cătălon Zaharia}}, passport {{ID|058441727}}, caravan 9 at {{LOCATION|Tithebarn Fruit Farm}}, {{LOCATION|Evesdown}} {{ZIP|WR11 7QP}}. Heat rash and dehydration. Phone {{PHONE|+40 745 118 447}}.`,

  `Long-term care (Canada): {{NAME|Mariette-Thérèse Gagnan-Ezeanyika}}, {{AGE|103}}, {{LOCATION|Résidence Les Mélèzes}}, {{LOCATION|Magog}}, QC {{ZIP|J1H 4K7}}. RAMQ {{HEALTH_PLAN|GAGM 2301 1544}}. Influenza A outbreak on unit; oseltamivir renal dose.`,

  `Peru, TB programme (PCT): {{NAME|Wilder Huarcaya Quillca}}, DNI {{ID|45018872}}, {{LOCATION|AA.HH. Señor de los Milagros}}, {{LOCATION|San Jerónimo de Lurigancho}}; MDR-TB, GeneXpert rif resistant; DOT at {{LOCATION|C.S. Jaime Zubieta}}. Inicio {{DATE|30/11/2026}}.`,

  `Indonesia, dengue: {{NAME|Raihan Rizky Pratama}}, 9, {{LOCATION|RT 04/RW 07}}, {{LOCATION|Kelurahan Cilandak Barat}}, {{LOCATION|Jakarta Selatan}} {{ZIP|12430}}; platelets 38,000, hematocrit 48. Father Pak {{NAME|Heru Santoso}} {{PHONE|+62 813 4417 2208}}.`,

  `Ukrainian refugee GP registration: {{NAME|Iryna Ostapchuk}}, {{NAME|Maksym Ostapchuk}} (7), {{NAME|Zlato Ostapchuk}} (4); host {{NAME|Penelope Wickenden}}, {{LOCATION|The Old Rectory}}, {{LOCATION|Little Askham}}. Immunisations from {{LOCATION|Vinnytsia}} card transcribed.`,

  `Mongolia, TB contact screen: index {{NAME|Gantulga Ochirbat}}; contacts {{NAME|Saruul}} (wife), {{NAME|Temuulen}} (son, 12), {{NAME|Anujin}} (daughter, 9); ger district, {{LOCATION|Songinokhairkhan}}, {{LOCATION|khoroo 29}}. Registration {{ID|УЕ85031214}}.`,

  `NHS 111 call summary {{DATE|Sun 06/12/2026}} 03:02: caller {{NAME|Jago Trelawnoy}} re wife {{NAME|Morwenno}}, 44, sudden severe headache. Disposition: 999. Call ID {{ID|111-44172-0912}}. Postcode {{ZIP|TR18 4QA}}.`,

  `Telehealth log: {{DATE|2026-12-03}} video consult, patient {{NAME|Omari Kiprotoch}} joined from IP {{IP|41.90.118.44}}, clinician {{NAME|ahenshaw}} from {{IP|10.4.17.201}}; duration 14 min.`,

  `Research withdrawal: participant {{ID|HEART-UK-04471}} ({{NAME|Philippo Dunmore}}) withdrew {{DATE|02/12/2026}}; samples to be destroyed; contact {{EMAIL|heart.trial@exmoorcardio.example.ac.uk}}.`,

  `Vaccination record (Ghana EPI card): child {{NAME|Kwabeno Oforo Atto-Menyah}}, DOB {{DATE|12/06/2025}}, {{LOCATION|Dodowa}}; Penta3 {{DATE|11/09/2025}}, MR1 {{DATE|10/03/2026}}; mother {{NAME|Akuo}}. CWC no. {{ID|DDW-25-0447}}.`,

  `Yellow fever certificate reissue: {{NAME|Koja Antwo-Boasiako}}, passport {{ID|G4417208}}, vaccinated {{DATE|14 Aug 2019}} at {{LOCATION|Port Health Kotoka}}; certificate no. {{ID|GH-YF-0044172}}.`,

  `Haiti, maternal: {{NAME|Guerda Jeon-Baptisto}}, 31, postpartum haemorrhage, EBL 1400 mL, {{LOCATION|Hôpital Universitaire de Mirebalais}}; tranexamic acid, 2 units. Partner {{NAME|Wesly}} {{PHONE|+509 3744 1720}}.`,

  `Georgian outpatient: {{NAME|Tamta Kipiani-Berishvili}}, 46, personal no. {{ID|01024041720}}, {{LOCATION|Batumi}}, {{LOCATION|Gorgiladze St 44}}; thyroid nodule TI-RADS 4, FNA Bethesda III. Endocrinologist Dr {{NAME|Giorgo Lomidze}}.`,

  `Somaliland referral: {{NAME|Cabdi Yuusuf Faarax}}, 40, from {{LOCATION|Gabiley}}, to {{LOCATION|Hargeisa Group Hospital}}; snakebite? no - scorpion sting, priapism, tachycardia. Brother {{NAME|Maxamuud}} {{PHONE|+252 63 441 7208}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Ambulance handover (ATMIST): age 72. Time 14:05. Mechanism: fall from standing. Injuries: Colles-type deformity L wrist. Signs: HR 88, BP 146/82, RR 16, SpO2 97%, GCS 15. Treatment: splint, Entonox. NEWS2 1.`,
  `Pharmacy query: clarithromycin with atorvastatin 80 mg - risk of myopathy; suggest withhold statin for 7 days or use doxycycline 100 mg BD. CrCl 48 mL/min (Cockcroft-Gault). ATC J01FA09.`,
  `Dental: LR8 mesioangular impaction, Pell and Gregory class II B. Winter's lines reviewed. OPG shows darkening of root (Rood and Shehab sign). Extraction under LA with articaine 4% 1:100,000.`,
  `Optometry: VA 6/9 R, 6/12 L (Snellen), IOP 16/17 mmHg (iCare), Van Herick grade 3. Amsler grid normal. Pachymetry 540 microns. Refer routine if C/D over 0.7.`,
  `Physiotherapy progress: week 6 post ACL reconstruction (hamstring graft). ROM 0-125. Single-leg squat controlled. Lysholm 78. Begin running on treadmill at week 12 if LSI over 80%.`,
  `Prior authorisation: adalimumab biosimilar for Crohn disease (Montreal A2 L3 B1), Harvey-Bradshaw 11, faecal calprotectin 840. Failed azathioprine (TPMT normal). CPT 96372. ICD-10 K50.80.`,
  `Care home transfer checklist: MAR chart, DNACPR (ReSPECT form), Waterlow 18, MUST 1, Rockwood Clinical Frailty Scale 6, Abbey pain 4. Hearing aids, glasses, dentures. Aged 86.`,
  `Interpreter booking policy: book at least 48 h ahead; telephone interpreting for under 20 minutes; face-to-face for consent, mental capacity and breaking bad news; never use children or family as interpreters.`,
  `Death certificate guidance: avoid "old age" as sole cause under 80; report to coroner if the death followed a fall with fracture, industrial disease (e.g. mesothelioma from asbestos) or an operation. ICD-10 J18.9 pneumonia.`,
  `Genetics: BRCA2 c.5946del (p.Ser1982fs), pathogenic, class 5. Manchester score 22. Cascade testing offered to first-degree relatives. Autosomal dominant, 50% risk.`,
  `Portal message template: your cholesterol is 6.8 mmol/L, LDL 4.6, HDL 1.1, QRISK3 12%. We recommend atorvastatin 20 mg and a repeat lipid profile in 3 months.`,
  `Audit standard: 90% of adults with suspected sepsis receive antibiotics within 1 hour (NICE NG51). November: 41 of 52 (79%). Re-audit in 2027.`,
  `Incident learning: unwitnessed falls in bays rose from 4 to 9 per month; actions: bay nursing, low beds, hip protectors, lying and standing BP (postural drop over 20 mmHg).`,
  `Rota rules: no more than 4 consecutive long days, 11 h rest between shifts, maximum 72 h in 168 h; nights in blocks of 3 or 4; compensatory rest after on-call.`,
  `Podiatry: Monteggia? no - this is a foot note: Lisfranc injury excluded, Jones fracture of 5th metatarsal base zone 2. Non-weight-bearing 6 weeks. ABPI 1.05.`,
  `Audiology: 4-frequency average 52 dB HL, Weber lateralises left, Rinne positive both. Tympanogram type As right (otosclerosis?). Stapedial reflexes absent right.`,
  `Transfusion: O negative emergency units x2, then group-specific. Thromboelastography: R 12 min, MA 44 mm. Cryoprecipitate if fibrinogen under 1.5 g/L. Tranexamic acid 1 g.`,
  `Critical value list (biochemistry): K+ over 6.5 or under 2.5 mmol/L; Na+ under 120 or over 160; glucose under 2.5; calcium (adjusted) over 3.5; troponin I over 1,000 ng/L; lactate over 4.`,
  `Home oxygen: ABG on air pO2 6.9 kPa, pCO2 5.8; on 2 L pO2 8.6, pCO2 6.1. Meets LTOT criteria (BTS 2015). No smoking; fire risk explained.`,
  `Burns: Lund and Browder estimate 18% TBSA partial thickness; Parkland formula 4 mL x kg x %TBSA, half in first 8 h. Weight 70 kg. Urine output target 0.5 mL/kg/h.`,
  `Galeazzi fracture-dislocation, Bankart lesion and Hill-Sachs defect reviewed in teaching; Smith fracture versus Colles; Baker cyst rupture mimicking DVT (Wells score 1).`,
  `Neonatal: Apgar 6 and 9, birthweight 2,840 g, 38+2 weeks. Ranson criteria not relevant; BiliCheck 180 umol/L at 48 h, below treatment line (NICE CG98).`,
  `PE work-up: Wells 4.5, revised Geneva 6, D-dimer 1,200 ng/mL FEU, CTPA segmental emboli. ARDS Berlin definition not met (PaO2/FiO2 310). Apixaban 10 mg BD for 7 days.`,
  `Dietetics: BMI 17.2, weight loss 12% in 3 months, MUST 3. NICE refeeding criteria met. Phosphate 0.71, magnesium 0.64. Pabrinex, thiamine 100 mg TDS.`,
  `ICD-11 codes: 5A11 type 2 diabetes, BA00 essential hypertension, CA22 COPD. LOINC 4548-4 HbA1c. SNOMED CT 44054006. Paris classification 0-IIa polyp.`,
  `Wheelchair prescription: seat width 42 cm, depth 44 cm, cushion high-risk (Braden 12). Tilt-in-space. Pressure mapping peak 58 mmHg. Aged 67.`,
  `Organ donation: potential DCD, age 58, cause hypoxic brain injury. Contraindications screen: none. Ventilation FiO2 0.4, PEEP 8. Noradrenaline 0.1 mcg/kg/min.`,
  `Driving and medical conditions: after first unprovoked seizure, 6 months off driving (group 1); after ICD implant for secondary prevention, 6 months; after single shock, 1 month if no incapacity.`,
  `Incident grading: no harm; learning shared at governance 2026. Root cause: look-alike sound-alike drugs (hydroxyzine and hydralazine). Tall Man lettering adopted.`,
  `Dementia screen: MoCA 21/30, ACE-III 74/100, clock drawing 3/5. B12 and folate normal, TSH 2.1, calcium normal. CT head: small vessel disease (Fazekas 2). Aged 79.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter16', '/tmp/deid-ood-letters16.jsonl');
