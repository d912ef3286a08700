/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-seventh session, engineer author: short and
 * long clinician texts of kinds beyond letters14-23: polysomnography, audiogram, newborn hearing screen and
 * cochlear-implant mapping records, optometry prescriptions, orthoptic and ROP notes, EEG, nerve-conduction, patch-test
 * and phototherapy records, Holter and exercise-test reports, cath-lab and ablation lines, bronchoscopy and spirometry,
 * cardiac rehabilitation, stoma-nurse, swallow (IDDSI), renal-dietitian, diabetic-foot, prosthetic-fitting and
 * wheelchair-service records, IVF cycle sheets, semen analysis, egg-donor screening, menopause and antenatal booking,
 * human-milk-bank and cord-blood records, travel-clinic and yellow-fever certificates, rabies PEP cards, snakebite and
 * malaria registers, poison-centre calls, pilgrim health books, dengue charts, hepatitis C starts, Pharmacy First,
 * dental-extraction and orthodontic notes, RFDS clinic runs, SCAT6, ringside and pre-participation forms, school-nurse
 * logs, student health, refugee health assessments, interpreter bookings, chaplaincy referrals, clinical-photography
 * consent, syringe-driver charts, bereavement calls, lifeguard reports, haemovigilance, apheresis, stem-cell harvest,
 * PET-CT bookings, IR notes, trial screening logs, biobank consent, hearing-aid repair tickets, carer parking permits,
 * PCN appeals, exam special consideration, jury excusal, ship's infirmary and in-flight event logs, compounding
 * records, home-oxygen orders, DAFNE registers, stop-smoking, alcohol-liaison and gambling-harm notes, partner
 * notification, holiday dialysis, stammering therapy, music and art therapy, hydrotherapy, falls clinic, continence
 * orders, housing medical priority, visa TB screening, Ramadan fasting review, mine, offshore and farm injury reports,
 * dog-bite and food-poisoning notifications, blood-lead follow-up, volunteer-driver logs, medication review, mutuality
 * attestations, swimming-pool and spa certificates, employee health checks, elderly health vouchers, premarital
 * screening, IDP camp clinics, referral slips, initial injury certificates, kala-azar cards, oral-cancer screening,
 * typhoon and hurricane shelter registers, overseas treatment referrals, Barrio Adentro consultations, commercial
 * driver medicals, prior authorizations, NDIS requests, prescription exemptions, video-platform logs and one-line
 * messages; written in the styles of Mexico, Cuba, Panama, El Salvador, Venezuela, Puerto Rico, Curaçao (Papiamentu),
 * the Bahamas, Saint Lucia, Austria, Belgium (Dutch and French), Luxembourg, Sweden, Spain (Catalan, Basque, Canary
 * Islands, Cantabria), Bosnia and Herzegovina, Belarus and Russia (Cyrillic), Iraqi Kurdistan, Saudi Arabia (Arabic
 * script, Hijri date), the United Arab Emirates, Kuwait, Bahrain, mainland China (Chinese script), Hong Kong, Macau,
 * India, Algeria, the Gambia, Guinea, Togo, Gabon, Burundi, South Sudan, Seychelles, Comoros, Mauritania, São Tomé and
 * Príncipe, Tuvalu, Palau, the Marshall Islands, the Cook Islands, Micronesia (Pohnpei, Chuuk), Nauru, Canada,
 * Australia, Scotland, Wales, England and the US (local words kept: Col., Urb., e/, Kaya, Reparto, Parroquia,
 * colline, quartier, Cité, Bt, CURP, DUI, NISS, SV-Nr., personnummer, CIP, СНИЛС, полис ОМС, Iqama, CPR, HKID, Aadhaar,
 * ABHA, CNAS, CNAMGS, CAM, NNI). Human patients only. Written by hand by engineer author on 2026-12-06 (twenty-seventh
 * session) without reading the engine's rules or lexicons, and never run through ddx by its author. It is scored by the
 * lead only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in registers, lists, table cells, signatures, lower case, all
 * caps, surname first, hyphenated, initials, Arabic, Cyrillic and Chinese script, with "bin", "ould", "i", "de"); lone
 * surnames and lone first names; places of every kind (streets, colonias, urbanizaciones, repartos, collines, cités,
 * camps, estates, villages, farm stations, platforms, schools, pharmacies, chapels, care homes, employers);
 * ages over 89 as digits ("91 год", "90 лет", "93岁", "94 Joer", "92 anys", "92 años", "95 år", "92 ans", "90 anos", ",
 * 96;" after a name); dates in many formats (03/12/2026, 12/03/2026 (US), 03-12-2026, 03.12.2026, 2/XII/2026,
 * 2026-12-02, 2026/12/03, 2026年12月3日, 1448/06/23 (Hijri), "1 de diciembre de 2026", "3 de desembre de 2026", "2026ko
 * abenduaren 3a", "3 декабря 2026", "17 di desèmber 2026", "3 dec 2026", "Dec. 3rd, 2026", "03 DEC 2026",
 * "03-Dec-2026", "Do., 03.12.2026", month-year, weekdays alone and with dates in several languages); IDs of many shapes
 * (CURP, Cuban carné, Panamanian and Salvadoran numbers, Venezuelan C.I., Austrian SV-Nr., Belgian NISS, Luxembourg
 * matricule, Swedish personnummer, Belarusian passport, СНИЛС, Iraqi national card, Saudi ID, Emirates ID, Kuwaiti
 * civil ID, Bahraini CPR, Chinese 身份证号, HKID, Aadhaar, Algerian CNI, Mauritanian NNI, passports, study, screening,
 * camp, juror, donor, register and case numbers); health plans (IMSS, CSS, ISSS, OMS, Thiqa, ABHA, CNAS, CAM, CNAMGS,
 * CIP, TSI, MHSAL, IFH, Medicare, Medicaid, mutualities, travel insurance); licences (cédula profesional, DHA, TNMC,
 * NRCME, a commercial driving licence); phones of many countries; faxes, e-mails, a URL, IPv4; device serials; vehicle
 * plates; US SSNs and a UK NI number. Every name, address and number is invented; institution names may be the public
 * names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters20.ts to 23.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dr.", "Dra.", "Mr", "Mrs.", "Mme", "M.", "Smt.", "Rev.", "Sr.") and degrees ("MD", "PA-C") stay
 * outside a name, facility words inside; US states, provinces, regions, first-level districts, Macau and countries are
 * not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE, "today" and "tomorrow" are not; numbered wards, rooms, cabins, bays, beds, seats, blocks of a camp,
 * flights and ships are not marked. An AGE span is one stated exact age over 89, only its number. A trailing "г." or
 * "г.р." after a Russian date and "هـ" after a Hijri date stay outside it. Medical, nursing, pharmacy, physiotherapy
 * and driver-examiner numbers and a commercial driving licence are LICENSE; national, passport, booking, study, case,
 * register, juror, camp and other ID numbers ID (UK NI numbers and US SSNs are SSN); hospital and clinic numbers MRN;
 * health-insurance, mutuality and travel-insurance numbers HEALTH_PLAN; bank, voucher and supplier customer accounts
 * ACCOUNT; postcodes of any country ZIP; a DEVICE span is the serial only (make and model outside); employers,
 * pharmacies, chapels, schools, camps, platforms, farm stations and care homes are marked as places, insurers and
 * agencies not. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits
 * non-zero).
 * PHI-free texts carry eponyms and eponymous scales (Epworth, Mallampati, Weber, Rinne, Snellen, Ishihara, Amsler,
 * Bruce, Wenckebach, Brugada, Koch, Fleischner, Brooke, Hartmann, Kock, Eichenholtz, Semmes-Weinstein, Chopart,
 * Naegele, Kleihauer, Rumack-Matthew, Maddocks, Seldinger, Jarisch-Herxheimer), place-named diseases, organisms, scales
 * and declarations (Berlin, Duke, Bologna, Rotterdam, Tokyo, Atlanta, Lugano, Taipei, Lyme, Rocky Mountain, Rift
 * Valley, Murray Valley, Ross River, Barmah Forest, Kyasanur Forest, Omsk, Hendra, Nipah, Oropouche, Zika, St. Louis,
 * Powassan, Buruli, Bairnsdale, Madura, Aleppo, Malta fever, Katayama, Delhi belly, Norwalk), drug and device brands
 * and makers (ResMed, Fisher & Paykel, Med-El, Heidelberg Spectralis, Nihon Kohden, Boston Scientific, Össur, Ottobock,
 * Blatchford, Dräger, Laerdal), ages under 90, bare years, doses, scores, ward, bay and bed numbers, weekdays in the
 * plural and headings in capitals, which must stay.
 *   node --import tsx scripts/deid-ood-letters24.ts [--out /tmp/deid-ood-letters24.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters24.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `ESTUDIO DE POLISOMNOGRAFÍA - Clínica del Sueño, {{LOCATION|Hospital Ángelis Tlalnepantla}}
Paciente: {{NAME|Rigoberte Xochotl Anzúres Pliego}}   CURP {{ID|AUPR710418MMCNLG06}}   NSS IMSS {{HEALTH_PLAN|3186 71 0442 5}}
Fecha del estudio: {{DATE|1 de diciembre de 2026}}
IAH 38.4/h, SpO2 nadir 79%, T90 14%; ronquido en todas las posiciones; sin movimientos periódicos de piernas.
Dx: SAOS grave. Titulación de CPAP a 11 cmH2O bien tolerada.
Dra. {{NAME|Itzil Mondragón Quiróz}}, Céd. Prof. {{LICENSE|7714829}}`,

  `Audiograma - consultorio del médico de la familia, {{LOCATION|Policlínico Docente Plaza de la Revolución}}
{{NAME|Yusleidy Portuondo Garcés}}, carné de identidad {{ID|58031207734}}, {{LOCATION|Calle 19 No. 1054 e/ 12 y 14}}, {{LOCATION|Vedado}}
Hipoacusia neurosensorial bilateral simétrica, pérdida media 52 dB en 2-4 kHz; timpanograma tipo A.
Se indica prótesis auditiva; turno en el centro de audiología {{DATE|15/12/2026}}.`,

  `Newborn hearing screen (AABR) - {{LOCATION|Hospital Santo Tumés}}, sala de neonatos
Baby of {{NAME|Yaritza Quinteru de Ábrego}}, born {{DATE|02/12/2026}} 04:18, cédula madre {{ID|8-914-2277}}, CSS {{HEALTH_PLAN|8-914-2277-01}}
Right ear: pass. Left ear: refer (2 attempts, baby unsettled). Re-screen at 2 weeks booked {{DATE|16/12/2026}}.`,

  `Cochlear implant mapping - session 6
Name: {{NAME|Ernestu Alfaro Menjívar}}   DUI {{ID|04417782-6}}   ISSS {{HEALTH_PLAN|019228471}}
Device: Cochlear Nucleus CI622, serial {{DEVICE|CI622-5FH018827}}; processor Nucleus 8, serial {{DEVICE|N8-33A91047}}
Date {{DATE|03/12/2026}}: electrodes 3 and 4 deactivated (facial stimulation); T and C levels raised 5 CL across the apical array. Speech in quiet 78% (CNC words).`,

  `Óptica - fórmula de lentes
Sr. {{NAME|Argenis Colmenárez}}, C.I. {{ID|V-9.448.271}}, {{LOCATION|Urb. La Trigaleña}}, {{LOCATION|Valencia}}
OD -2.25 -0.75 x 180, OI -2.00 -1.00 x 170, ADD +2.50; DIP 64 mm. Presión intraocular 17/18 mmHg.
Optometrista {{NAME|Marbelis Rengifo}}, {{DATE|03-12-2026}}.`,

  `Eye clinic: {{NAME|Ajibolu-Tiptree}} for R aflibercept today, VA 6/24, IOP 16.`,

  `ROP screening - NICU, {{LOCATION|Hospital Universitario Dr. Remún Ruoz Arnau}}, {{LOCATION|Bayamún}}
Infant {{NAME|Adrián Echevarríe Toledu}}, MRN {{MRN|HURRA-558102}}, born 26+3 weeks
Exam {{DATE|12/03/2026}}: zone II, stage 2, no plus disease, both eyes. Repeat in 1 week ({{DATE|12/10/2026}}).`,

  `Orthoptic report: {{NAME|Jurriën Martina}} (age 5), {{LOCATION|Kaya Dr. Hindrikas 12}}, {{LOCATION|Sint Willibrordus}}. Alternating esotropia 20 PD near; patching 2 h a day. Mama {{NAME|Shurenska}}, {{PHONE|+5999 514 2278}}. Sita próksimo {{DATE|17 di desèmber 2026}}.`,

  `EEG booked for {{NAME|Devontai Rolle}} {{DATE|Dec 9}} - sleep-deprived, no caffeine that morning.`,

  `Nerve conduction study - {{LOCATION|Voctorie Hospital}}, {{LOCATION|Castries}}
{{NAME|Marcellas Théophile-Alexis}}, NIC {{ID|J-770412-19}}, DOB {{DATE|12/04/1977}}
R median distal motor latency 6.1 ms, sensory absent; ulnar normal. L median DML 4.6 ms. Severe R carpal tunnel, moderate L.`,

  `Epikutantestung (Patch test) - Dermatologie, {{LOCATION|Klinikum Klagenfurt am Wörthersee}}
Patientin: {{NAME|Ingeburg Pirker-Wutte}}   SV-Nr. {{ID|4471 120361}}   e-card
Anlage {{DATE|30.11.2026}}, Ablesung D2 und D4 ({{DATE|04.12.2026}}): Nickelsulfat ++, Kolophonium +, Methylisothiazolinon +++.`,

  `UVB-311 nm phototherapy card - {{LOCATION|UZ Brussel}}
{{NAME|Woutir Vandeputte}}, rijksregisternummer {{ID|84.07.12-331.58}}, mutualiteit CM {{HEALTH_PLAN|207-448912}}
Session 18, {{DATE|maandag 30 november}}: 0.84 J/cm2, no erythema. Session 19 {{DATE|woensdag 2 december}}: 0.92 J/cm2.
Psoriasis PASI 14.2 at start, 6.1 now. Unit nurse {{NAME|Femke Dewulf}}`,

  `Holter 48 h - {{LOCATION|Centre Hospitalier de Luxembourg}}
Patient: {{NAME|Romain Kieffer-Schmit}}, matricule {{ID|1958 0417 224 81}}, CNS
Pose {{DATE|01.12.2026}}, retrait {{DATE|03.12.2026}}. Rythme sinusal moyen 71/min; 3 épisodes de FA paroxystique (max 4 min 12 s), pause max 2.1 s. Symptômes notés dans le journal: palpitations à 02:14.
Appareil: Holter serial {{DEVICE|HLT-LX-0048817}}.`,

  `ARBETSPROV (exercise test) - Klinisk fysiologi, {{LOCATION|Norrlands universitetssjukhus}}
{{NAME|Gunnil Öhrvall}}, personnummer {{ID|19540611-4482}}
Datum {{DATE|2 december 2026}}. Cykel, max 120 W (71% av förväntat), avbröts pga trötthet i benen. Ingen bröstsmärta. ST-sänkning 1.5 mm horisontell i V4-V6 vid 110 W, normaliserad efter 3 min vila. BT 168/84 vid max.
Bedömning: positivt arbetsprov för ischemi. Läkare {{NAME|Mattias Hägglöf}}`,

  `Cateterisme demà a les 8: {{NAME|Vilaplana}}, dejú des de mitjanit, creatinina 0.9.`,

  `Ablazioa - Txostena. {{NAME|Iñako Goikoetxee Arrizabalage}}, {{DATE|2026ko abenduaren 3a}}, {{LOCATION|Gurutzetako Unibertsitate Ospitalea}}. Flutter tipikoa; istmo kabotrikuspidearen ablazioa, bloke bidirekzionala lortua. Dr. {{NAME|Garazi Zubizarrete}}.`,

  `Bronhoskopija sutra u 8 - {{NAME|Hadžiosmanović}}, natašte, klopidogrel ukinut prije 7 dana.`,

  `Спирометрия - {{LOCATION|Городская клиническая больница № 2}}, {{LOCATION|Гродно}}
Пациент: {{NAME|Ярослава Цвирко}}, паспорт {{ID|KH2284117}}, {{LOCATION|ул. Советских Пограничников, 42-18}}
Дата: {{DATE|3 декабря 2026}} г.
ОФВ1 1.42 л (58%), ФЖЕЛ 2.61 л (84%), ОФВ1/ФЖЕЛ 0.54; после сальбутамола +6%. ХОБЛ, GOLD 2.`,

  `Кардиореабилитация, 2-я неделя - {{LOCATION|Санаторий «Лесная поляна»}}, {{LOCATION|Кисловодск}}
{{NAME|Гусейнов Рамиз Алекперович}}, {{AGE|91}} год, полис ОМС {{HEALTH_PLAN|7751 2208 4418 9036}}, СНИЛС {{ID|118-447-229 03}}
Тест 6-минутной ходьбы: 310 м (было 240 м {{DATE|26.11.2026}}); Борг 13; ЧСС 64-98; АД 132/78.`,

  `Stoma nurse visit - {{LOCATION|Rizgary Teaching Hospital}}, {{LOCATION|Erbil}}
Patient: {{NAME|Shilen Berzinji}}, national card {{ID|199204118837}}, from {{LOCATION|Shaqlawa}}
Day 6 after end colostomy: stoma pink, 32 mm, output soft; peristomal skin intact. Taught bag change with her sister {{NAME|Avin}}. Supplies: Coloplast SenSura Mio 1-piece.
Next visit {{DATE|10/12/2026}}.`,

  `تقييم البلع - أخصائية النطق، {{LOCATION|مستشفى الملك فهد التخصصي}}، {{LOCATION|بريدة}}
المريض: {{NAME|عبدالرحمن بن صالح الحربي}}، العمر {{AGE|94}} سنة، رقم الملف {{MRN|KFSH-Q-448127}}، رقم الهوية {{ID|1044827713}}
التاريخ: {{DATE|1448/06/23}} هـ
IDDSI: thin liquids cough on 3 of 5 sips; level 2 mildly thick tolerated; level 6 soft and bite-sized diet. Upright 90 degrees, chin tuck.`,

  `Dietitian review - renal clinic, {{LOCATION|Tawam Hospital}}, {{LOCATION|Al Aon}}
{{NAME|Mahra Saeid Al Dhaheri}}, Emirates ID {{ID|784-1961-4482177-3}}, Thiqa {{HEALTH_PLAN|1005 4482 1177}}
K 5.9 mmol/L, phosphate 2.1, albumin 34 g/L. Dates and laban most days; advised low-potassium fruit list, phosphate binder with meals, 1.0 g/kg protein. Weight 71.4 kg.
Next {{DATE|17 Dec 2026}}; e-mail {{EMAIL|m.aldhaheri.family@emirates.net.ae}}`,

  `Diabetic foot clinic (podiatry)
Civil ID {{ID|261031207419}}, {{NAME|Fahed Al-Mutairi}}, {{LOCATION|Block 4, Street 12, House 31}}, {{LOCATION|Al Jahra}}
Plantar ulcer under R 1st MTP, 1.8 x 1.2 cm, depth to tendon, probe-to-bone negative; SINBAD 3; ABPI 0.92; monofilament 4/10.
Sharp debridement; total-contact cast; X-ray booked. Podiatrist {{NAME|Sheeba Varghese}}, {{LOCATION|Al Adan Hospital}}, {{DATE|03/12/2026}}`,

  `Prosthetic fitting record - transtibial, left
{{NAME|Alo Hasen Abdulla Jaffar}}, CPR {{ID|580312447}}, {{LOCATION|Flat 22, Building 1180, Road 3327}}, {{LOCATION|Sanad}}
Socket: total-surface-bearing, pin lock; Össur Pro-Flex foot, serial {{DEVICE|PFX-2711-08841}}. Gait training, walks 40 m with one crutch.`,

  `轮椅评估 Wheelchair service - {{LOCATION|上海市第六人民医院}}
姓名: {{NAME|蒋秀英}}   年龄: {{AGE|93}}岁   身份证号 {{ID|310104193303124427}}   医保卡 {{HEALTH_PLAN|0144827731}}
地址: {{LOCATION|徐汇区漕溪北路 188弄 7号 402室}}
日期: {{DATE|2026年12月3日}}
Seat width 42 cm, depth 40 cm; pressure cushion (Roho, high profile); tilt-in-space not needed. 女儿 {{NAME|周丽华}}, {{PHONE|139 1744 8261}}`,

  `IVF cycle sheet - {{LOCATION|Hung Kung Sanatorium & Hospital}}, assisted reproduction
Female: {{NAME|TSOI Wing-yan Vivian}}, HKID {{ID|Y448127(3)}}   Male partner: {{NAME|LAU Chun-kit}}, HKID {{ID|R771204(9)}}
Stim day 9 ({{DATE|03/12/2026}}): E2 6,840 pmol/L, 14 follicles over 14 mm; trigger tonight 22:00 with Ovidrel; egg collection {{DATE|05/12/2026}} 09:00.`,

  `Semen analysis: {{NAME|Wong Kuok Sing}}, {{ID|1/448821/7}}, {{LOCATION|Centro Hospitalar Conde de São Januáriu}}. Abstinence 3 days; volume 2.8 mL, 9 million/mL, progressive motility 21%, normal forms 2% (WHO 6th edn). Repeat {{DATE|Jan 2027}}.`,

  `Egg donor screening - {{LOCATION|Bloum Fertility Centre}}, {{LOCATION|Kondapur}}, {{LOCATION|Hyderabad}}
Donor code {{ID|BFC-D-2026-117}}; name held by the bank: {{NAME|Lavanye Reddy Kothapalli}}, Aadhaar {{ID|4471 8829 1043}}
AMH 4.1 ng/mL, AFC 22; HIV, HBsAg, HCV, VDRL negative; thalassaemia screen HbA2 2.6%; karyotype 46,XX.`,

  `Menopause clinic - {{LOCATION|Jehangir Hospital}}, {{LOCATION|Puni}}
Smt. {{NAME|Kamale Deshpandi}}, ABHA {{HEALTH_PLAN|91-4482-7719-2281}}, {{LOCATION|Flat 6, Shantivan Society, Karve Nagar}}, PIN {{ZIP|411052}}
Hot flushes 10 a day, night sweats, LMP 14 months ago; FSH 78 IU/L; BP 124/78; DXA T-score -1.8 spine.
Plan: transdermal estradiol 50 mcg with micronised progesterone 100 mg; review {{DATE|3 March 2027}}.`,

  `Antenatal booking - {{LOCATION|Mustapha Pacha}} maternité, {{LOCATION|Alger}}
Mme {{NAME|Lynda Benchikh-Ouali}}, CNI {{ID|109870442187}}, CNAS {{HEALTH_PLAN|87 0442 1877 14}}, {{LOCATION|Cité 200 Logements, Bt 14}}, {{LOCATION|Bab Ezzouar}}
G3P2, DDR {{DATE|12/08/2026}}, terme prévu {{DATE|19/05/2027}}. TA 118/72, Hb 10.9 g/dL, groupe O Rh négatif; toxoplasmose non immune.`,

  `Human milk bank - donor screening, {{LOCATION|Edwerd Francos Small Teaching Hospital}}
Donor {{NAME|Isatou Jalluw-Ceesay}}, {{LOCATION|Kanifing Estate, Plot 118}}; baby born {{DATE|04/11/2026}}
HIV, HBsAg, syphilis and HTLV negative; no smoking, no alcohol; milk 480 mL pasteurised (Holder), batch {{ID|MB-GM-26-0412}}.`,

  `Cord blood collection record - maternité, {{LOCATION|Hôpital National Ignace Dein}}, {{LOCATION|Conakry}}
Mère: {{NAME|Mariama Diallu Suw}}; nouveau-né né le {{DATE|2 décembre 2026}} à 06:40, garçon, 3 120 g
Unité {{ID|CB-GN-0447-12}}: 94 mL, TNC 1.2 x 10^9; consentement signé; sérologies maternelles au J0 et J7.`,

  `Travel clinic - {{LOCATION|Centre de Vaccinations Internationales}}, {{LOCATION|Lomé}}
{{NAME|Komlan Agbéko Dossoa}}, passeport {{ID|B2440817}}, départ pour le pèlerinage le {{DATE|14/12/2026}}
Fièvre jaune: certificat valide (2019). Méningocoque ACWY donné aujourd'hui, lot sur le carnet. Paludisme: atovaquone-proguanil. Assurance voyage {{HEALTH_PLAN|SUNU-VG-448217}}.`,

  `International Certificate of Vaccination - yellow fever
Name: {{NAME|Jien-Rémi Moussavou Ndong}}   Date of birth {{DATE|17.03.1971}}   Passport {{ID|GA0884172}}
Vaccinated {{DATE|3 December 2026}}, Stamaril; official centre stamp: {{LOCATION|Centre de Santé de Nzeng-Ayong}}, {{LOCATION|Libreville}}`,

  `Rabies PEP course - bite by a neighbour's dog, category III (hand)
{{NAME|Nshimirimana Claver}}, CAM {{HEALTH_PLAN|CAM-0448-2217}}, {{LOCATION|colline Rubirizi}}, {{LOCATION|Kinama}}
Day 0 {{DATE|30/11/2026}}: wound wash, RIG infiltrated, vaccine ID 0.1 mL x 2; day 3 {{DATE|03/12/2026}}: done; day 7 due {{DATE|07/12/2026}}.`,

  `Snakebite register - {{LOCATION|Juba Teaching Hospital}}
{{DATE|02 Dec}} | {{NAME|Deng Akech Garang}} | M 34 | {{LOCATION|Munuki}} | probable puff adder, swelling to knee, 20WBCT not clotted | antivenom 10 vials | {{PHONE|+211 912 448 217}}`,

  `Poison Information Centre call log
Caller: mother, {{NAME|Merii-Cleiri Hoareau}}, {{PHONE|+248 2 714 482}}, from {{LOCATION|Anse Royale}}
Child (2 y) swallowed up to 6 tablets of her grandmother's amlodipine 10 mg, around 14:30 on {{DATE|03/12/2026}}. Advised: ambulance to {{LOCATION|Seychelles Hospital}}, charcoal if within 1 h, 24 h monitoring for hypotension.
Taken by {{NAME|Jessie Laporte}}, pharmacist`,

  `{{NAME|Anfiat Saod Muhamid}}, {{AGE|92}} ans: perfusion finie, Na 146 ce matin, boit seule.`,

  `Carnet sanitaire du pèlerin - {{LOCATION|Centre Hospitalier National}}, {{LOCATION|Nouakchott}}
Nom: {{NAME|Muhamid Lemine ould Sido Ehmid}}, NNI {{ID|4482177190}}, né le {{DATE|31/12/1958}}
HTA et diabète; glycémie 1.62 g/L, TA 138/84; vacciné ACYW135 le {{DATE|28/11/2026}}; conseils chaleur et hydratation.`,

  `Hypertension review - {{LOCATION|Centro de Saúde de Neves}}
Utente: {{NAME|Albertinu Viegas da Greçe}}, {{AGE|90}} anos, {{LOCATION|Roça Monte Forti}}
TA 168/92 (sentado), 150/84 (em pé); FC 58; creatinina 1.4 mg/dL; K 4.1. Amlodipina 10 mg mantida; hidroclorotiazida parada (quedas).`,

  `Dengue observation chart - {{LOCATION|Princess Margarit Hospital}}, {{LOCATION|Vaiaku}}
{{NAME|Tealofi Simeona}}, F 19, from {{LOCATION|Lolua village}}; day 5 of fever ({{DATE|3/12/26}})
06:00 HR 104, BP 100/78, Hct 46% (baseline 38), plt 42; 12:00 HR 96, BP 104/80, Hct 44%, urine 0.6 mL/kg/h. Warning signs: abdominal pain, mucosal bleeding. NS1 positive.`,

  `Malaria RDT register - dispensary, {{LOCATION|Meyuns}}
{{DATE|12/01}} {{NAME|Obak Ngiraingas}} M 41 returned from work abroad, Pf positive, AL started, {{PHONE|488-2217}}
{{DATE|12/02}} {{NAME|Delilah Rengulbai}} F 23 negative`,

  `Hep C treatment start - {{LOCATION|Majuro Hospital}}
{{NAME|Jebro Langidrik}}, SSN {{SSN|586-44-1207}}, {{LOCATION|Majuro}} {{ZIP|96960}}
HCV RNA 2.4 million IU/mL, genotype 1a; FIB-4 1.1; eGFR 92. Sofosbuvir/velpatasvir 12 weeks from {{DATE|Dec. 3rd, 2026}}. SVR12 blood due {{DATE|May 2027}}.`,

  `Pharmacy First - sore throat
{{NAME|Teina Marsters}}, NHI {{ID|CI-448217}}, {{LOCATION|Arorangi}}, {{LOCATION|Rarotonga}}
FeverPAIN 4: fever, purulence, no cough, fast onset. Phenoxymethylpenicillin 500 mg qds 5 days. Pharmacist {{NAME|Meri Tangitamaiti}}, {{DATE|Thu 3/12}}`,

  `Dental extraction note - {{LOCATION|Pohnpei State Hospital}} dental clinic
Pt {{NAME|Kiosi Salvadur}}, MRN {{MRN|PSH-44817}}, {{LOCATION|Kolonia}}, FM {{ZIP|96941}}
Tooth 36 (lower L first molar), non-restorable caries; IDB 2.2 mL lidocaine 2% with epinephrine; elevators and forceps, socket intact; gauze 30 min.`,

  `Orthodontic referral: {{NAME|Renisha Detenamo}} (13), of {{LOCATION|Meneng Terrace}}, class II div 1, overjet 9 mm, IOTN 5a. From {{LOCATION|Republic of Nauru Hospital}} dental, {{DATE|03/12/2026}}.`,

  `RFDS clinic run - {{LOCATION|Ti Tree}} clinic, {{DATE|Wed 2 Dec}}
1. {{NAME|Shontelle Kngwarraye Russ}}, HRN {{MRN|448217}}, Medicare {{HEALTH_PLAN|2448 17720 1}} - HbA1c 9.8%, insulin titrated.
2. {{NAME|Clifford Perrurle}}, HRN {{MRN|552091}} - RHD, benzathine penicillin 28-day due, given.
Flying doctor {{NAME|Hemosh Drennan}}; next run {{DATE|16 December}}.`,

  `SCAT6 - sideline, {{LOCATION|Brandun Wheat Kings}} junior hockey game at {{LOCATION|Westoba Place}}
Player {{NAME|Braydin Kozakewich}}, 17, MHSAL {{HEALTH_PLAN|118 447 229}}
Hit to head {{DATE|Dec 2, 2026}} 20:10; no LOC; symptom score 14/22, severity 38; orientation 5/5, immediate memory 19/30; tandem gait 18 s.
Removed from play; father {{NAME|Darrell Kozakewich}} informed, {{PHONE|(204) 555-0117}}.`,

  `Ringside physician report - amateur boxing, {{LOCATION|Bellahouston Leisure Centre}}
Boxer: {{NAME|Cellam McIlhatton}}, registration {{ID|SAB-44821}}; bout 3, stopped round 2 (standing count x2)
Post-bout: GCS 15, pupils equal, no neurological deficit; 28-day medical suspension. Escorted home by coach {{NAME|Gerry Lafferty}}, {{PHONE|07700 900418}}.`,

  `Pre-participation exam (sports physical) - {{LOCATION|Fayettevilli Christian School}}
Student: {{NAME|Jaylin Okonkwu-Barnis}}, DOB {{DATE|04/19/2011}}, {{LOCATION|1182 Ridgewey Loop}}, {{LOCATION|Fayettevilli}}, AR {{ZIP|72704}}
BP 118/68, HR 62; no syncope with exercise, no family sudden death under 50; murmur none with Valsalva; Marfan screen negative. Cleared for all sports.`,

  `School nurse log, {{LOCATION|Kenwood Academy}} - {{DATE|12/3}}
10:05 {{NAME|Aaliyeh Brouks-Wendt}} gr 9, BG 58 before PE, 15 g glucose gel, recheck 96, back to class. Mom ({{PHONE|773-555-0162}}) called.
11:40 {{NAME|Marcu Tlatelpa}} gr 10, nosebleed, pressure 10 min, stopped.
13:15 {{NAME|Destony Quartermaine}} gr 11, inhaler 2 puffs, peak flow 380 → 420.`,

  `message from {{NAME|sharvani v}} via portal: can i come in {{DATE|thursday}} instead, exam clash`,

  `Refugee health assessment - {{LOCATION|Bridge Clinic}}, {{LOCATION|Winnipeg}}
Family {{NAME|Tesfamariem}}: father {{NAME|Birhani Tesfamariem}}, IFH (UCI) {{HEALTH_PLAN|11-4482-1779}}; mother {{NAME|Sabe Gebremichael}}; children {{NAME|Lidya}} (8), {{NAME|Nahum}} (4)
All: TB IGRA - father positive (CXR clear, latent TB, 3HP offered); strongyloides serology positive in mother (ivermectin); Hep B sAg negative; MMR catch-up for both children.`,

  `Interpreter booking: Dari, in person, for {{NAME|Gal Bibo Sharifi}}, outpatient gynaecology {{DATE|Tue 8 Dec}} 14:00, {{LOCATION|Royal Infirmary of Edinbargh}}. CHI {{MRN|0412714482}}. Contact son {{NAME|Wahidulleh}}, {{PHONE|07700 900731}}.`,

  `Chaplaincy referral - Mrs {{NAME|Eunici Tregothnen}}, ward 7, {{LOCATION|Royal Cornwell Hospital}}
Methodist; asks for her own minister, Rev. {{NAME|Peter Kittu}} of {{LOCATION|Mount Hawke Chapel}}, {{PHONE|01209 890417}}. Receiving end-of-life care; husband {{NAME|Wolfrid}} visits daily.`,

  `Clinical photography consent
Patient: {{NAME|Ashbel Wraxall}}   NHS no {{MRN|448 217 7190}}   DOB {{DATE|22/06/1949}}
Images of: pressure ulcer, sacrum (grade 3). Use: clinical record and teaching, face not shown. Photographer {{NAME|Gwerfyl Pagh}}, {{LOCATION|Ysbyty Gwynidd}}, {{DATE|03/12/2026}}.
Signed on his behalf by his son (LPA health and welfare) {{NAME|Nathaniil Wraxall}}.`,

  `Syringe driver chart - community, {{LOCATION|14 Tolpuddle Close}}, {{LOCATION|Weymouth}}, {{ZIP|DT4 9QL}}
{{NAME|Waltir Pinchbick}}, {{AGE|96}}; McKinley T34 serial {{DEVICE|T34-448217}}
Diamorphine 15 mg, midazolam 10 mg, levomepromazine 6.25 mg in WFI to 17 mL over 24 h; started {{DATE|02/12}} 10:20.`,

  `Bereavement follow-up call, 6 weeks: spoke to {{NAME|Margarit Pickergill}}, widow of {{NAME|Ormsby Pickergill}} (died {{DATE|20 October}}). Sleeping poorly, eating, daughter nearby. Offered the bereavement group at {{LOCATION|St Bernabes Hospice}}; she will ring {{PHONE|01903 706448}}.`,

  `Lifeguard incident report - {{LOCATION|Playa Miramer}}, {{LOCATION|Ciudad Madero}}
{{DATE|29/11/2026}} 16:20. Rescued: {{NAME|Brandun Uriel Zapata Lumbreras}}, 15, from {{LOCATION|Col. Tancol}}; pulled from rip current, coughing, SpO2 93%, crackles R base. Taken by ambulance to {{LOCATION|Hospital General de Tampico}}.`,

  `Transfusion reaction report (haemovigilance) - {{LOCATION|Hospital Universitario Marqués de Valdecilla}}
Paciente: {{NAME|Ascensión Ruoz de la Prada Gándara}}, {{AGE|92}} años, TSI {{HEALTH_PLAN|RDPG440412118017}}, NHC {{MRN|1044827}}
Unidad de hematíes {{ID|ES-0417-26-448217}}, inicio {{DATE|03/12/2026}} 10:05; a los 40 min fiebre 38.9, escalofríos, TA estable. Transfusión parada; cultivo de la bolsa; DAT negativo.`,

  `Apheresis unit - plasma exchange no. 4, {{LOCATION|AKH Wien}}
Patientin: {{NAME|Roswithe Haberl-Dorfmeister}}, SV-Nr. {{ID|2217 041266}}, ÖGK
TTP; Plättchen 38 → 96 G/L, LDH 410 U/L; ADAMTS13 unter 5%. 1.5 Plasmavolumina gegen Octaplas; Caplacizumab täglich.
Gerät Spectra Optia, Seriennummer {{DEVICE|1R44821}}. Pflege {{NAME|Elof Karadağ}}, {{DATE|Do., 03.12.2026}}`,

  `Stem-cell harvest - {{LOCATION|Ruttonjee Hospital}}, {{LOCATION|So Kon Po}}
{{NAME|TSANG Ho-yin}}, HN {{MRN|HN04482177}}, myeloma after 4 cycles VRd; G-CSF plus plerixafor.
Day 1 ({{DATE|2 Dec 2026}}): CD34+ 3.1 x 10^6/kg; day 2 ({{DATE|3 Dec 2026}}): 2.4 x 10^6/kg; total 5.5 - enough for two transplants.`,

  `PET-CT booking: {{NAME|Khadije Benslimani}}, dossier {{MRN|CHU-BM-448217}}, {{DATE|vendredi 11 décembre}} 08:15, à jeun 6 h, glycémie avant injection. {{LOCATION|CHU Mustapha}}. Tél. {{PHONE|0661 44 82 17}}.`,

  `IR procedure note - {{LOCATION|Sheokh Khalife Medical City}}
Pt {{NAME|Hesse Khalfen Al Mazrouei}}, MRN {{MRN|SKMC-4482177}}, {{DATE|03-Dec-2026}}
US-guided drainage of a liver abscess (segment 7, 6.2 cm): 10 Fr pigtail, 180 mL pus, sent for culture and Entamoeba serology.
Operator {{NAME|Umer Faroak Siddiquo}}, DHA licence {{LICENSE|DHA-P-0448217}}`,

  `Clinical trial screening log - study HF-REVIVE-301, site 204, {{LOCATION|Royal Darwin Hospital}}
{{ID|Scr-204-017}} {{NAME|Wirrpanda, Djalu}} {{DATE|01/12}} eligible, consented
{{ID|Scr-204-018}} {{NAME|Dellaporta, Merine}} {{DATE|02/12}} excluded (eGFR 22)`,

  `Biobank consent - {{LOCATION|Karolinske Universitetssjukhuset}}, {{LOCATION|Solna}}
Donator: {{NAME|Ebba Kallström-Yilmez}}, personnummer {{ID|19880214-2271}}
Samtycke till lagring av blod och tumörvävnad för forskning; kan återkallas. Provnummer {{ID|KI-BB-26-448217}}. Datum {{DATE|3 dec 2026}}. Forskningssköterska {{NAME|Pernilla Åkerlund}}`,

  `Hearing aid repair ticket - {{LOCATION|Audio centar Slušni put}}, {{LOCATION|Mostar}}
Mr {{NAME|Joven Bećirović}}, {{LOCATION|Ulica Kralja Tvrtka 9}}; Phonak Audéo L90, R serial {{DEVICE|2244A1X7Q}}, L serial {{DEVICE|2244A1X8R}}
Fault: R aid dead, receiver blocked with wax; new wax guard and receiver; L ok. Ready {{DATE|07.12.2026}}. Tel. {{PHONE|063 448 217}}`,

  `Carer parking permit - {{LOCATION|Aberdeen Royal Infirmary}}
Patient {{NAME|Mureg Cruickshank}} (haemodialysis Mon/Wed/Fri). Carer/driver: {{NAME|Alistaor Cruickshank}}, vehicle {{VEHICLE|SV19 KZT}}, valid to {{DATE|31/03/2027}}. Issued by renal unit clerk {{NAME|Foone Gauld}}.`,

  `PCN appeal - medical grounds. To: council parking services. Vehicle {{VEHICLE|LR68 WUO}} was at the {{LOCATION|Rushey Green}} bay on {{DATE|18 November 2026}} because its driver, {{NAME|Adebayu Ilesanmo}}, had a hypoglycaemic episode and waited for paramedics. Dr {{NAME|Ibiyemi Olowookere-Grent}}, {{LOCATION|Hilly Fields Medical Centre}}.`,

  `Special consideration - exams
Candidate: {{NAME|Blathnaid Ní Bhraonáon}}, exam no {{ID|LC-448217}}, {{LOCATION|Coláiste Íde agus Iosef}}
Fractured right wrist (distal radius) {{DATE|27 November 2026}}, in a cast for 6 weeks; needs a scribe for papers on {{DATE|9 December}} and {{DATE|10 December}}.`,

  `Jury service excusal - {{NAME|Hezekiel Vandermolen}}, juror no {{ID|JX-2026-448217}}, summoned for {{DATE|January 11, 2027}}, circuit court. He is the sole carer for his wife (advanced Parkinson disease). Signed {{NAME|Renate Szczipańske}}, MD, {{LOCATION|Bronson Family Medicine}}, fax {{FAX|(269) 555-0182}}.`,

  `SHIP'S INFIRMARY LOG - cruise ship, day 9 at sea
{{DATE|03 DEC 2026}} 02:40 Guest {{NAME|Beverly Enni Stoltzfus}}, cabin 8144, booking {{ID|CH-77-448217}}, {{AGE|91}}: fall in bathroom, laceration L forearm 6 cm (skin tear), steristrips; on apixaban. Travel insurer notified, policy {{HEALTH_PLAN|AXA-TR-4482177}}.
{{DATE|03 DEC 2026}} 09:15 Crew {{NAME|Rommil Dizon}}, seafarer ID {{ID|PHL-SID-448217}}: gastroenteritis, isolated in cabin.`,

  `In-flight medical event form - flight DY7014
Passenger {{NAME|Håkun Bruusgaard}}, seat 23C, e-ticket {{ID|328-4482177190}}; collapsed in galley 2 h after take-off; vasovagal, BP 86/50 then 118/70 lying, glucose 5.9. Oxygen 2 L. No diversion.
Volunteer doctor: {{NAME|Camilla Sørvoll}}; cabin chief {{NAME|Trine Haug}}`,

  `Compounding record - {{LOCATION|Farmacia Magistral Santa Fe}}, {{LOCATION|Av. Bolívar Norte 144}}, {{LOCATION|Maracay}}
Rx for {{NAME|Yelitza Guaramato}}, C.I. {{ID|V-14.482.177}}: omeprazole suspension 2 mg/mL, 150 mL, in sodium bicarbonate 8.4%; expiry 30 days refrigerated. Lote interno {{ID|MG-261203-2}}.`,

  `Home oxygen order (HOOF) - patient {{NAME|Leonerd Gathercole}}, NHS {{MRN|943 448 2177}}. LTOT 2 L/min 16 h/day via concentrator; ambulatory cylinders. Smoke-free home confirmed; fire service referral made. Supplier ref {{ID|BOC-HOOF-448217}}. Dr {{NAME|Ayeshe Rahom}}, {{DATE|02/12/2026}}.`,

  `DAFNE course register, {{LOCATION|Derriford Hospital}}, week of {{DATE|30 Nov}}:
{{NAME|Kezie Pengilly}} - HbA1c 71; {{NAME|Tiberius Whitmersh}} - HbA1c 64, pump user, serial {{DEVICE|NGP-1144827}}; {{NAME|Lowenne Jagu}} - HbA1c 80, two hypos a week.`,

  `Stop smoking clinic - week 4 quit: {{NAME|Gwenfair Prossir}}, CO 3 ppm (quit), varenicline 1 mg bd, nausea mild. Next {{DATE|17/12}}. Phone {{PHONE|01443 443 817}}.`,

  `Alcohol liaison - {{LOCATION|Hospital Dr. Negrín}}, {{LOCATION|Las Palmas}}
{{NAME|Guacimara Santane Perdomo}}, NHC {{MRN|448217}}; AUDIT 27; CIWA-Ar 12 at 08:00, 7 at 14:00; chlordiazepoxide reducing; thiamine IV; GGT 412 U/L, MCV 104 fL.
Enfermera de enlace {{NAME|Yaiza Trujillo}}, {{DATE|jueves 3 de diciembre}}`,

  `Gambling harm clinic: {{NAME|Zheng Weiming}}, {{LOCATION|Rua de Pequim 118, 9A}}, Macau; PGSI 19; debts MOP 420,000; wife {{NAME|Ho Sio Man}} attends. Bank self-exclusion letter for BNU account {{ACCOUNT|9019-448217-3}}. Counsellor {{NAME|Cheeng Ka Wao}}, {{DATE|2026/12/03}}.`,

  `Sexual health - partner notification
Index: clinic no {{ID|GUM-44821}} (chlamydia, NAAT positive {{DATE|27/11}}). Contacts named: {{NAME|Ryan}} (mobile {{PHONE|07700 900455}}), regular; one other, no details. Provider referral chosen. Health adviser {{NAME|Jenifry Orchard}}.`,

  `Holiday dialysis booking - from {{LOCATION|Kanoo Kidney Centre}}, {{LOCATION|Dammam}}, to {{LOCATION|Ibn Sine Dialysis Centre}}, {{LOCATION|Manama}}
Patient {{NAME|Turki Abdulaziz Al-Qahtano}}, Iqama/national ID {{ID|1088214477}}, dry weight 74.5 kg; HD 4 h x3/week, AVF L arm, heparin 2,000 units; HBsAg, HCV, HIV negative {{DATE|20/11/2026}}.`,

  `Speech and language therapy - stammering, {{LOCATION|Michael Palin Centre}}
Child: {{NAME|Raffirty Okoyi-Hägglöf}} (7), {{LOCATION|22 Malvern Road}}, {{LOCATION|Hackniy}}, {{ZIP|E8 3LT}}
Stuttering severity (SSI-4) 24, moderate; Palin PCI block 3 of 6; parents {{NAME|Chidinme}} and {{NAME|Anders}} doing special time 5 x a week.`,

  `Music therapy session note - dementia unit, {{LOCATION|Maison de Soins Sainte-Zithe}}, {{LOCATION|Luxembourg-Ville}}
Résident: {{NAME|Merii-Joséi Reuter-Hoffmenn}}, {{AGE|94}} Joer; sang the chorus of two songs from her youth, tapped rhythm, calmer for 40 min afterwards (Cohen-Mansfield score 31 → 22).
Thérapeute {{NAME|Los Weydert}}, {{DATE|Donneschdeg, 3. Dezember}}`,

  `Grupo de arte-terapia cancelado el {{DATE|miércoles}}; avisar a {{NAME|Yahaira}} al {{PHONE|6448-2177}}.`,

  `Hydrotherapy pool session - {{LOCATION|Nepeen Hospital}} physio
{{NAME|Dimitre Kontogiannis}}, MRN {{MRN|NEP2244817}}; TKR day 21; walks chest-deep 8 laps, knee flexion 95 degrees; pool temp 34 C.
Physio {{NAME|Fionnbarr Brierliy}}, {{DATE|Thu 3/12/2026}}`,

  `Falls clinic - {{LOCATION|Addenbrooki's Hospital}}
{{NAME|Cathbirt Elvidge}}, 86, {{LOCATION|The Old Forge, Church Lane}}, {{LOCATION|Swaffham Prior}}, {{ZIP|CB25 0LE}}
Falls x4 in 3 months, lying/standing BP 142/80 → 112/68 at 3 min; TUG 19 s; 4-m gait speed 0.6 m/s; on doxazosin and tamsulosin (doxazosin stopped). Vision: cataract R. Vitamin D 31.`,

  `Continence products order: {{NAME|Elwyn Probirt}}, {{LOCATION|Bryn Tig, Heol y Dderwen}}, {{LOCATION|Tregaron}}, {{ZIP|SY25 6JJ}}. All-in-one pads, size M, 4/day; delivery 12-weekly, next {{DATE|14 Dec}}. Customer no {{ACCOUNT|CON-448217}}. Continence nurse {{NAME|Nerys Jenkin}}.`,

  `Housing - medical priority assessment
Applicant {{NAME|Shukri Abdirahmen Warsami}}, housing register no {{ID|HR-448217}}, {{LOCATION|Flat 41, Carradale House}}, {{LOCATION|St Leonerd's Road}}, {{ZIP|E14 0SA}}
Son {{NAME|Ilyas}} (9), wheelchair user (cerebral palsy, GMFCS IV), on the 9th floor; lift out of order 3 times last month. Medical priority A recommended.`,

  `Visa TB screening (IOM panel physician) - {{LOCATION|IOM Migration Health Assessment Centre}}, {{LOCATION|Ashuk Nagar}}, {{LOCATION|Chennao}}
Applicant {{NAME|Meenaksho Sundarem Oyir}}, passport {{ID|W4482177}}, case {{ID|IOM-CHN-26-448217}}
CXR {{DATE|01/12/2026}}: no active TB; sputum not required. Certificate valid 6 months.
Panel physician Dr {{NAME|Raghavan Pillao}}, TNMC {{LICENSE|44821}}`,

  `Ramadan fasting review - {{LOCATION|Mubarak Al-Kabeer Hospital}} diabetes clinic
{{NAME|Noure Jassim Al-Enezi}}, civil ID {{ID|287021144827}}; type 2, HbA1c 7.1%, on metformin and gliclazide; IDF-DAR risk score 5.5 (moderate).
Gliclazide to suhoor-free schedule; check glucose at midday; break fast if under 3.9 mmol/L. Review {{DATE|15 Jan 2027}}. Educator {{NAME|Lincy Mathew}}`,

  `Mine medical station - underground injury
Miner {{NAME|Siphu Mahlanga}}, company no {{ID|EMP-448217}}, shaft 3, level 14, {{DATE|03/12/2026}} 11:20
Crush injury L hand under a rock bolt plate; ring and middle finger tips amputated; tourniquet not needed. Morphine 5 mg; to {{LOCATION|Witbank Hospital}} by mine ambulance {{VEHICLE|DNR 448 MP}}.
Mine medic {{NAME|Thimbe Nkoso}}`,

  `Offshore medic log - {{LOCATION|Brae Alpha}} platform
{{DATE|02/12}} 22:10 {{NAME|Diclen Muircroft}}, contractor ID {{ID|OPITO-448217}}: FB L eye (grinding), fluorescein: corneal abrasion, no rust ring; chloramphenicol; topside medic call to Dr {{NAME|Euen Auchterlonie}} ({{PHONE|+44 1224 448217}}).`,

  `Farm injury report - quad bike rollover, {{LOCATION|Tarrawonga Station}}, via {{LOCATION|Boggabri}}
{{NAME|Jedda Harcombe-Rix}}, 14, helmet worn; R clavicle fracture, abrasions; helicopter retrieval to {{LOCATION|Tamwurth Hospital}}. Father {{NAME|Brett Harcombe}}, {{PHONE|0427 448 217}}. Safework notification {{ID|SW-NSW-26-448217}}. {{DATE|29/11/2026}}`,

  `Dog bite notification to environmental health: victim {{NAME|Yousra Kaci}} (6), bitten on the face {{DATE|01/12}} at {{LOCATION|Parc de la Libertí}}, {{LOCATION|Oran}}; dog owner {{NAME|Rachid Bensaïd}}, {{LOCATION|Rue Khemisti 18}}; dog under observation 15 days. Dr {{NAME|Hanane Mekki}}.`,

  `Food poisoning notification (public health) - {{LOCATION|Hospital Pediátrico Docente Manuil Márquez}}, {{LOCATION|Marianao}}
Caso: {{NAME|Dariel Santiesteban Lugo}}, 9 años; tres compañeros de la {{LOCATION|Escuela Primaria Frank País}} con vómitos 3 h después de un dulce de crema; {{DATE|2/XII/2026}}.
Madre {{NAME|Yanelos Lugo}}, {{LOCATION|Calle 51 No. 12410}}.`,

  `Blood lead follow-up - paediatric clinic, {{LOCATION|Hurley Medical Center}}, {{LOCATION|Flont}}, MI
{{NAME|Kamari Whotfiild-Dann}}, 3 y, Medicaid {{HEALTH_PLAN|0044821779}}, {{LOCATION|2217 Kellar Avenue}}, {{ZIP|48504}}
Venous lead 14 mcg/dL (was 22 three months ago); ferritin 9, Hb 10.6; iron started. Home inspection found peeling paint on window sills; landlord notified.
Next level {{DATE|March 2027}}.`,

  `Volunteer driver log - hospice transport, {{LOCATION|New Providenci}}
{{DATE|Mon 30 Nov}} driver {{NAME|Cedric Knowles}}, car {{VEHICLE|AJ 4821}}: collected Mrs. {{NAME|Eloise Cartwroght}} from {{LOCATION|Soldier Road}} to day hospice 10:00, home 14:30.
Mileage claimed 38 miles.`,

  `Läkemedelsgenomgång - {{LOCATION|Äldreboendet Lindgården}}, {{LOCATION|Skellefteå}}
Boende: {{NAME|Sigvard Nordmark}}, {{AGE|95}} år, personnummer {{ID|19310922-4417}}
Elva läkemedel; utsatt: zopiklon (fall), oxybutynin (förvirring), omeprazol utan indikation. Kreatinin 118, eGFR 44: metformin sänkt till 500 mg x 2.`,

  `Attestation de soins donnés - kinésithérapie
Patient: {{NAME|Gérard Vanderhaeghen}}, NISS {{ID|52.03.11-447.29}}
12 séances (lombalgie) du {{DATE|02/11/2026}} au {{DATE|30/11/2026}}; à rembourser sur le compte {{ACCOUNT|BE71 0961 4482 1769}}. Mutualité Solidaris {{HEALTH_PLAN|317-448217}}.`,

  `СПРАВКА для посещения бассейна
Выдана {{NAME|Ковалёвой Дарье Сергеевне}}, {{DATE|14.05.2015}} г.р., проживающей: {{LOCATION|г. Екатеринбург, ул. Белинского, д. 86, кв. 41}}
Осмотрена {{DATE|03.12.2026}}: кожные и заразные заболевания не выявлены, соскоб на энтеробиоз отрицательный. Может посещать бассейн.
Врач-педиатр {{NAME|Сафронова И. Л.}}, {{LOCATION|Детская поликлиника № 13}}`,

  `Санаторно-курортная карта - {{LOCATION|Городская поликлиника № 19}}, {{LOCATION|Минск}}
{{NAME|Лукашевич Валентина Петровна}}, {{AGE|90}} лет, {{LOCATION|ул. Якубовского, 58-212}}
Диагноз: остеоартроз коленных суставов, АГ 2 ст. Рекомендован санаторий (грязелечение противопоказано). Действительна до {{DATE|03.06.2027}}.`,

  `体检报告 Annual employee health check
单位: {{LOCATION|杭州临平区纺织厂}}   姓名: {{NAME|俞建国}}   工号 {{ID|HZ-448217}}   体检日期 {{DATE|2026-12-02}}
BP 152/96 (repeat 148/94); fasting glucose 7.4 mmol/L; ALT 68 U/L, GGT 120; LDL 4.2; US: fatty liver. 建议: 内分泌科复查 HbA1c, 戒酒, 减重.
体检中心: {{LOCATION|浙江省人民医院}} 健康管理中心, 医师 {{NAME|沈燕}}`,

  `Elderly Health Care Voucher claim - {{NAME|LEANG Kwuk-wah}}, HKID {{ID|D447821(6)}}, {{AGE|97}}, {{LOCATION|Flat 1207, Block B, Lok Fu Estate}}; consultation and dressing HK$380 charged to voucher account {{ACCOUNT|EHV-0448217}}. Dr {{NAME|Fung Siu-mong}}, estate clinic, {{DATE|3/12/2026}}.`,

  `Premarital screening certificate - {{LOCATION|Al Barsha Health Centre}}
Groom: {{NAME|Khelod Rashod Bin Touq}}, Emirates ID {{ID|784-1994-7721448-1}}; Bride: {{NAME|Shamma Obaod Al Falasi}}, Emirates ID {{ID|784-1998-2214478-6}}
Thalassaemia: both HbA2 normal; sickle negative; HIV, HBV, HCV, syphilis negative; rubella immune (bride). Compatible. Issued {{DATE|02/12/2026}}`,

  `IDP camp clinic - {{LOCATION|Khanke camp}}, block 14
{{DATE|03/12}} {{NAME|Khalil Murad Hassen}}, M 7, camp ID {{ID|KHN-14-2217}}: scabies, permethrin for all 6 family members.
{{DATE|03/12}} {{NAME|Nadie Haji Khudeda}}, F 28, 30/40: BP 146/94, urine protein 1+; referred to {{LOCATION|Duhok Maternity Hospital}}.`,

  `Fiche de référence - {{LOCATION|Dispensaire de Bikélé}} vers {{LOCATION|CHU d'Owendo}}
Malade: {{NAME|Ornelle Mbe Nguema}}, 4 ans, CNAMGS {{HEALTH_PLAN|GA-448217-0}}; fièvre 4 jours, TDR palu positif, Hb 5.2 g/dL, léthargique. Artésunate IM donné. Transport: taxi du village {{VEHICLE|GA-448-AB}}.`,

  `Certificat médical initial (coups et blessures)
Je soussigné Dr {{NAME|Kuffo Amétépé}}, {{LOCATION|CHU Sylvanus Olympio}}, certifie avoir examiné le {{DATE|3 décembre 2026}} à 11 h M. {{NAME|Yawo Kpodar}}, né le {{DATE|12/07/1989}}, demeurant {{LOCATION|quartier Bè-Kpota}}, {{LOCATION|Lomé}}, qui déclare avoir été agressé la veille. Plaie du cuir chevelu 4 cm suturée, ecchymose péri-orbitaire gauche. ITT 7 jours.`,

  `Kala-azar treatment card - {{LOCATION|Lankien}} MSF hospital
{{NAME|Nyakuoth Gatluak Ruei}}, F 11, card {{ID|LK-VL-448}}; rK39 positive, spleen 8 cm; SSG + PM 17 days started {{DATE|24/11}}; Hb 7.8 → 8.4; day 10 today ({{DATE|03/12}}). Mother {{NAME|Nyabuay Kuol}}.`,

  `Oral cancer screening (betel nut users) - {{LOCATION|Belau National Hospital}} outreach, {{LOCATION|Ngerulmud}}
{{NAME|Santus Ngirmang}} - leukoplakia L buccal, referred; {{NAME|Ernestini Remengesau-Tellei}} - normal; {{NAME|Kebekol Sisior}} - submucous fibrosis, mouth opening 28 mm. {{DATE|Dec 2}}.`,

  `Typhoon shelter health post - {{LOCATION|Weno Elementary School}} shelter
{{DATE|12/01/2026}}: {{NAME|Kiakio Eperiam}} (insulin, fridge lost - supplied from {{LOCATION|Chuuk State Hospital}}); {{NAME|Merisele Hallers}} (dialysis Tue/Sat, transport arranged); {{NAME|Tomy Sapwan}} (laceration foot, cleaned, tetanus booster).`,

  `Medical Treatment Scheme referral - Tuvalu to Fiji
Patient {{NAME|Fakamalo Teuea}}, passport {{ID|TV448217}}, of {{LOCATION|Asau village}}; severe mitral stenosis (valve area 0.9 cm2), NYHA III, for balloon valvotomy at {{LOCATION|Colonial War Memorial Hospital}}, {{LOCATION|Suve}}.
Escort: daughter {{NAME|Lusane Teuea}}. Departure {{DATE|10 December 2026}}.`,

  `Consulta - Misión Barrio Adentro, {{LOCATION|Consultorio Popular Los Erasos}}, {{LOCATION|Parroquia Guaracarumbo}}, {{LOCATION|Caracas}}
{{NAME|Wilmir Josí Arteaga Pachecu}}, C.I. {{ID|V-17.448.217}}; tos 3 semanas, pérdida de peso 4 kg, sudores nocturnos; baciloscopia x2 enviada. Hermano {{NAME|Yorman}} con TB en 2025.`,

  `Hurricane special-needs register - {{LOCATION|Gros Islet}} health centre
{{NAME|Cathbirt St. Rosi}} - oxygen concentrator, needs generator shelter, {{LOCATION|Monchy}}, {{PHONE|758-450-4482}}
{{NAME|Pholomene Jn Beptisti}}, {{AGE|93}} - bedbound, daughter {{NAME|Egathe}} carer`,

  `MEDICAL EXAMINATION REPORT FOR COMMERCIAL DRIVER FITNESS DETERMINATION
Driver: {{NAME|Deli Eugene Hollingswurth}}   DOB {{DATE|09/14/1967}}   CDL {{LICENSE|T44821779}} (TX)   {{LOCATION|418 Farm Road 2217}}, {{LOCATION|Nacogdoches}}, TX {{ZIP|75961}}
BP 146/92 (recheck 138/88); vision 20/25 both eyes with glasses; whisper test passed; urine protein negative; AHI 22 on home sleep test, CPAP compliance 6.4 h/night.
Certified 1 year. Medical examiner {{NAME|Lorene Quintanille}}, PA-C, NRCME {{LICENSE|4482177190}}.`,

  `Prior authorization request - fax to {{FAX|1-888-555-0144}}
Member: {{NAME|Trisha Raylene Lovelady}}, member ID {{HEALTH_PLAN|XQP448217703}}, DOB {{DATE|03/30/1981}}
Drug: adalimumab biosimilar 40 mg q2w for moderate-severe plaque psoriasis; failed methotrexate (ALT 3x ULN) and NB-UVB (24 sessions); PASI 18, DLQI 17; QuantiFERON negative {{DATE|11/20/2026}}.`,

  `NDIS access request - evidence of disability
Applicant {{NAME|Tahnee Wolgramm}}, NDIS ref {{ID|430 448 217}}, {{LOCATION|7 Banksie Crescent}}, {{LOCATION|Kalgoorlii}} WA {{ZIP|6430}}
Spinal cord injury T10 ASIA A after a motorbike crash in 2025; full-time wheelchair user; needs hoist, pressure cushion and support worker 4 h/day.`,

  `Medical exemption certificate - application: {{NAME|Reth Ogilvii-Banks}}, NHS no {{MRN|485 221 7044}}; hypothyroidism on levothyroxine; exemption no {{ID|448 217 790}} issued, valid to {{DATE|12/2031}}. GP Dr {{NAME|Faisel Qaresho}}`,

  `Video consultation platform log - session {{ID|VC-20261203-448217}}: patient {{NAME|Sigrunn Sulheom-Beptisti}} joined 10:02 from IP {{IP|83.243.118.207}}, clinician Dr {{NAME|Kosisochukwu Nwaezeigwe}} from {{IP|10.44.82.17}}; dropped 10:09, rejoined 10:11; ended 10:24.`,

  `Complaint logged: {{NAME|Gereld Fothergoll}} posted a review of our out-of-hours service at {{URL|https://www.iwantgreatcare.org/doctors/dr-ilinca-dascalu-44821}} naming the doctor; patient liaison {{NAME|Sonie Berrow}} to reply. {{DATE|3/12/2026}}`,

  `NI number for the DWP form: {{SSN|JT 44 82 17 C}} - {{NAME|Connur Heptonstall}}, {{LOCATION|9 Pendle View}}, {{LOCATION|Colne}}, {{ZIP|BB8 7RE}}.`,

  `SSN {{SSN|448-21-7730}}; {{NAME|LaToye Merriweathir}}; {{DATE|12/03/26}} - SSI disability exam, {{LOCATION|Jacksun}}, MS; lumbar MRI copy requested from {{LOCATION|St. Duminoc Hospital}}.`,

  `Bishita na kas: {{NAME|Shurwin Cijntje}}, {{LOCATION|Kaya Grandi 44}}, {{LOCATION|Rincon}}; kuido di herida den pia, dia {{DATE|2 di desèmber}}. Tel {{PHONE|+599 717 4482}}.`,

  `{{NAME|Yordanka Matus}} - ingreso en el hogar, {{LOCATION|Reparto Sueño}}, {{LOCATION|Santiagu de Cuba}}; neumonía leve, amoxicilina; visita médico de familia {{DATE|lunes}}.`,

  `SMS de rappel: Mme {{NAME|Toiybou}}, RDV vaccin de {{NAME|Nadjma}} le {{DATE|8/12}} à {{LOCATION|PMI de Mutsamudu}}.`,

  `Registre des consultations prénatales - {{LOCATION|CDS Musaga}}, {{DATE|mercredi 2 décembre}}
{{NAME|Ndikumana Jeanine}}, 22 ans, CPN 3, TA 110/70, MILD donnée
{{NAME|Irakoze Béatrice}}, 31 ans, CPN 1, Hb 9.1, fer-folate
{{NAME|Nizigiyimana Odetti}}, 17 ans, CPN 2, test VIH négatif`,

  `Receta repetida - {{NAME|Anayansi Córdobe de Quinteru}}, losartán 50 mg, 90 días.`,

  `Constancia de incapacidad - ISSS
Trabajador: {{NAME|Wilfredu Entoniu Chicas Portillo}}, DUI {{ID|05448217-3}}, afiliación {{HEALTH_PLAN|448217903}}
Lumbalgia aguda, 5 días de incapacidad del {{DATE|03/12/2026}} al {{DATE|07/12/2026}}.`,

  `Discharge instructions (Spanish/English) - {{LOCATION|Hospital Menonita de Cayey}}
{{NAME|Wilfredu Rosado Colún}}, MRN {{MRN|HMC-0448217}}, Plan Vital {{HEALTH_PLAN|VITAL-72-448217}}
Celulitis pierna izquierda; cefalexina 500 mg cada 6 h x 7 días; elevar la pierna; regresar si fiebre o rojez se extiende. Cita {{DATE|diciembre 10}}.`,

  `Informe d'alta - hospitalització a domicili, {{LOCATION|Hospital Universitari de Girona Doctor Josep Trueta}}
{{NAME|Pere Masferrer i Sunyer}}, {{AGE|92}} anys, CIP {{HEALTH_PLAN|MACO 0 340118 00 2}}
Pielonefritis; ceftriaxona ev 7 dies a casa; creatinina 1.3 → 1.0. Alta {{DATE|3 de desembre de 2026}}.`,

  `Otpusna lista (skraćena): {{NAME|Zlatan Omerbašić}}, {{LOCATION|Kantonalna bolnica Zenica}}, primljen {{DATE|28.11.2026}}, otpušten {{DATE|03.12.2026}}; NSTEMI, PCI RCA; kontrola kod kardiologa za 6 sedmica; {{EMAIL|zlatan.omerbasic77@bih.net.ba}}.`
];

const PHI_FREE_TEXTS: string[] = [
  `SLEEP MEDICINE: Epworth Sleepiness Scale over 10, STOP-BANG 5 or more, Berlin questionnaire; AHI 5-14 mild, 15-29 moderate, 30 or more severe; Mallampati and Friedman tongue position; ResMed AirSense 11, Philips DreamStation 2, Fisher & Paykel masks; Kleine-Levin syndrome, narcolepsy type 1 (orexin), restless legs (Willis-Ekbom disease), Cheyne-Stokes respiration.`,
  `AUDIOLOGY AND IMPLANTS: Weber and Rinne tests, tympanometry types A, As, Ad, B and C, Carhart notch in otosclerosis, noise notch at 4 kHz; BKB sentence test; Cochlear Nucleus, Med-El Synchrony and Advanced Bionics implants; Oticon, Widex and Signia hearing aids; Pendred, Usher, Waardenburg and Alport syndromes; Meniere disease, Ramsay Hunt syndrome.`,
  `Eye terms: Snellen and logMAR charts, Jaeger near cards, Ishihara plates, Amsler grid; Eylea (aflibercept) 2 mg, Lucentis, Vabysmo; Heidelberg Spectralis and Topcon OCT; ETROP type 1 ROP, Plus disease; Coats disease, Stargardt disease, Best disease, Leber congenital amaurosis; Adie pupil, Argyll Robertson pupil, Horner syndrome.`,
  `Neurophysiology: EEG 10-20 system, Nihon Kohden and Natus amplifiers, photic stimulation 1-30 Hz; hypsarrhythmia in West syndrome, centrotemporal spikes, Landau-Kleffner syndrome; nerve conduction - Martin-Gruber anastomosis, Tinel and Phalen signs, Guillain-Barré (Miller Fisher variant), Charcot-Marie-Tooth type 1A, Lambert-Eaton syndrome.`,
  `PATCH TESTING: European baseline series (Chemotechnique, Allergeaze), readings at D2 and D4 (ICDRG + to +++), nickel, cobalt, Balsam of Peru (Myroxylon pereirae), colophony, fragrance mix I and II, MI/MCI (Kathon CG), paraphenylenediamine; Finn Chambers on Scanpor tape.`,
  `Phototherapy unit: NB-UVB 311 nm, PUVA with 8-MOP, Fitzpatrick types I-VI, MED testing; Waldmann and Daavlin cabinets; PASI, DLQI, EASI, SCORAD; Koebner phenomenon, Auspitz sign, Woronoff ring; psoriasis, vitiligo, mycosis fungoides, polymorphic light eruption; sessions on Mondays, Wednesdays and Fridays.`,
  `CARDIAC INVESTIGATIONS: Bruce and modified Bruce protocols, Duke treadmill score, 12-lead Holter (Spacelabs, Schiller, GE Marquette), Wolff-Parkinson-White pattern, Brugada type 1, Mobitz I (Wenckebach) and Mobitz II block, Lown-Ganong-Levine; CCS angina classes I-IV; Killip, TIMI and GRACE scores.`,
  `Cath lab and EP: radial access (Allen test, Barbeau test), Terumo Glidesheath, Boston Scientific Synergy and Medtronic Onyx stents, Abbott XIENCE; TIMI flow 0-3, SYNTAX score, FFR under 0.80; CARTO (Biosense Webster) and EnSite mapping; cavotricuspid isthmus ablation, Marshall ligament, Koch triangle.`,
  `Bronchoscopy and lung function: Olympus EBUS scopes, Rapid On-Site Evaluation, Brock model for nodules, Fleischner Society guidelines; GOLD 1-4 and groups A, B, E; FEV1/FVC under 0.70, GLI-2012 equations; Vyaire and MGC Diagnostics spirometers; Pancoast tumour, Kartagener syndrome, Swyer-James syndrome, Löfgren syndrome.`,
  `Stoma and swallow: Coloplast SenSura, ConvaTec Esteem, Hollister, Dansac and Salts appliances; Brooke ileostomy, Hartmann procedure, Kock pouch; Bristol stool types; IDDSI levels 0-7, Thick & Easy, Resource ThickenUp Clear, Nutilis; modified barium swallow, FEES, Zenker diverticulum.`,
  `Renal diet and diabetic foot: potassium under 5.5, phosphate binders (Renvela, Fosrenol, Phosex, Velphoro), Ketosteril; SINBAD, Wagner grades 0-5 and the University of Texas wound classification; Charcot neuroarthropathy (Eichenholtz stages), Semmes-Weinstein 10 g monofilament, ABPI 0.9-1.3, total-contact casting.`,
  `Prosthetics and seating: Össur Pro-Flex and Ottobock Triton feet, Genium knee, Blatchford Linx; K-levels 0-4 (Medicare Functional Classification), Symes and Chopart amputation, Gritti-Stokes; Invacare, Sunrise Medical Quickie and Permobil chairs; Roho and Jay cushions; Waterlow score under 10.`,
  `Fertility: Gonal-f, Menopur, Ovitrelle (choriogonadotropin alfa), Cetrotide and Orgalutran antagonists, Utrogestan and Crinone luteal support; AMH, AFC, Bologna criteria for poor response, OHSS classification (Golan); WHO 2021 semen reference values; Kallmann syndrome, Klinefelter 47,XXY, Asherman syndrome, Stein-Leventhal (PCOS), Rotterdam criteria.`,
  `MENOPAUSE AND PREGNANCY: Evorel patches, Oestrogel pump 0.75 mg, Sandrena, Utrogestan 100 mg, Mirena 52 mg, tibolone (Livial); FRAX and QFracture; Naegele rule, booking bloods at 8-12 weeks, anti-D at 28 weeks, Kleihauer test; HELLP syndrome, Sheehan syndrome, Couvelaire uterus.`,
  `Milk bank and cord blood: Holder pasteurisation 62.5 C for 30 min, HTLV-1 and HTLV-2 screening, donor exclusions (smoking, alcohol); cord blood TNC over 1.5 x 10^9, CD34+ count, HLA typing, NetCord-FACT standards; Wharton jelly; Rhesus (D) typing.`,
  `Travel vaccines: Stamaril and YF-Vax (yellow fever, 17D strain), Menveo, Nimenrix and MenQuadfi (ACWY for Hajj and Umrah), Typhim Vi, Vivotif, Dukoral, Ixiaro (Japanese encephalitis), Qdenga (dengue), Rabipur and Verorab (rabies, Essen and Zagreb schedules); Malarone, Riamet (Coartem), doxycycline 100 mg; Katayama fever, Delhi belly, Montezuma's revenge.`,
  `Place-named infections for the lecture: Lyme disease (Borrelia burgdorferi), Rocky Mountain spotted fever, Rift Valley fever, Japanese encephalitis, Murray Valley encephalitis, Ross River and Barmah Forest viruses, Kyasanur Forest disease, Omsk haemorrhagic fever, Hendra and Nipah viruses, Oropouche, Zika, St. Louis encephalitis, Powassan, Buruli ulcer (Bairnsdale ulcer), Madura foot, Aleppo boil, Brucella melitensis (Malta fever), tularemia.`,
  `Snakebite and poisons: 20-minute whole-blood clotting test, CroFab and Anavip, SAIMR polyvalent, EchiTAb-Plus-ICP, Fav-Afrique; Russell viper, puff adder, saw-scaled viper, black mamba; the Rumack-Matthew nomogram, Hunter serotonin criteria, Toxbase; amlodipine, sulfonylurea and button-battery ingestions in toddlers aged 1 to 4.`,
  `DENGUE AND MALARIA: WHO 2009 dengue warning signs, tourniquet test, haematocrit rise of 20%; NS1, IgM; Aedes aegypti and Aedes albopictus; Plasmodium falciparum, vivax, ovale, malariae and knowlesi; RDT (HRP2, pLDH), artesunate 2.4 mg/kg IV at 0, 12 and 24 h, artemether-lumefantrine 6 doses; primaquine after G6PD test.`,
  `Hepatitis C and pharmacy: Epclusa (sofosbuvir/velpatasvir) 12 weeks, Maviret 8 weeks, Harvoni; FIB-4, APRI, FibroScan over 12.5 kPa; SVR12; Pharmacy First conditions - sinusitis, sore throat (FeverPAIN, Centor), otitis media, infected insect bites, impetigo, shingles, uncomplicated UTI in women 16 to 64.`,
  `Dental and orthodontic: FDI tooth numbering (tooth 36, 46), IOTN grades 1-5, Angle classes I-III, Septanest (articaine 4%), Lignospan, inferior dental block; Invisalign, Damon brackets, Hawley retainer; dry socket (alveolar osteitis), Ludwig angina, Hutchinson incisors, Turner tooth.`,
  `Sports and ringside: SCAT6 and Child SCAT6, Maddocks questions, graduated return to sport over 6 stages (24 h each), Balance Error Scoring System; the Marquess of Queensberry rules, standing eight count, 28-day suspension; pre-participation ECG (Seattle criteria), hypertrophic cardiomyopathy, commotio cordis, Marfan syndrome (Ghent nosology).`,
  `SCHOOL AND STUDENT HEALTH: PHQ-9, GAD-7, Kessler K10; EpiPen 0.3 mg and Jext, Ventolin via spacer, glucose gel 15 g (rule of 15); Dexcom G7 and FreeStyle Libre 3; pupils aged 11 to 18 in years 7-13; head lice (Pediculus humanus capitis), Osgood-Schlatter disease, Sever disease.`,
  `Refugee and migrant health: IGRA (QuantiFERON-TB Gold Plus, T-SPOT.TB), 3HP and 4R regimens, Strongyloides serology, Schistosoma haematobium, Chagas disease (Trypanosoma cruzi), hepatitis B sAg, catch-up MMR and DTaP-IPV; interpreters for Tigrinya, Dari, Pashto, Arabic, Kurmanji and Somali; Istanbul Protocol.`,
  `Palliative syringe drivers: McKinley T34 (BD), diamorphine, oxycodone, midazolam, levomepromazine, glycopyrronium, cyclizine (not with oxycodone at high doses); water for injection; Gold Standards Framework, Liverpool Care Pathway (withdrawn 2014), Phase of Illness, IPOS, AKPS; ward 14 syringe-driver teaching every Tuesday.`,
  `Transfusion and apheresis: SHOT reporting categories, FNHTR, TACO, TRALI, ABO incompatibility; Octaplas, Beriplex, Kcentra; Spectra Optia and Amicus separators; plerixafor (Mozobil), filgrastim (Zarzio); PLASMIC score for TTP, ADAMTS13 under 10%, caplacizumab (Cablivi); Kell, Duffy and Kidd antibodies; Bombay phenotype.`,
  `IMAGING AND INTERVENTION: FDG PET-CT (Siemens Biograph, GE Discovery), Deauville 5-point scale, Lugano classification; SUVmax; Cook Medical, Boston Scientific and Merit drains, 8-12 Fr pigtail; Seldinger technique; Tokyo guidelines 2018, revised Atlanta classification, Berlin definition of ARDS.`,
  `Research, biobank and travel medicine at sea: Declaration of Taipei on biobanks, ICH-GCP E6(R3), CONSORT, Good Clinical Practice; screening logs and site numbers; cruise-ship norovirus (Norwalk) outbreaks, Vessel Sanitation Program, ENG1 and ML5 seafarer medicals; Aerospace Medical Association in-flight kit; cabin pressure at 8,000 ft.`,
  `Field and occupational injuries, 2019 to 2026 audit (no names): quad-bike rollovers with crush protection devices, farm workers aged 14 to 72, Dräger and MSA self-rescuers, OPITO BOSIET course, Laerdal Resusci Anne, Zoll and Philips HeartStart AEDs, drowning (van Beeck definition), rip currents; lead (blood level 3.5 mcg/dL reference), succimer (Chemet); Bacillus cereus, Clostridium perfringens, Salmonella Enteritidis and Typhimurium; Sphere standards for shelters; patients aged 2, 9, 15, 34, 58 and 86; Ward 3, Bay 2, Bed 11.`,
  `ADDICTIONS AND SEXUAL HEALTH: Fagerström test, exhaled CO under 10 ppm, Champix (varenicline) 1 mg twice daily, Nicorette and NiQuitin patches 21 mg; AUDIT, AUDIT-C, CIWA-Ar, Campral (acamprosate), Antabuse, Selincro (nalmefene), Pabrinex; PGSI 8 or more, GamStop; chlamydia and gonorrhoea NAAT, Treponema pallidum (Bicillin L-A, Extencilline 2.4 MU), Jarisch-Herxheimer reaction, lymphogranuloma venereum, Reiter syndrome; BASHH partner notification look-back of 6 months.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter24', '/tmp/deid-ood-letters24.jsonl');
