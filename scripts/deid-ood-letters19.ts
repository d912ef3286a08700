/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-second session, second author: short and
 * long clinician texts of kinds beyond letters14-18: ward handover sheets, coroner's correspondence, occupational-
 * therapy home assessments, sexual-health clinic letters, renal dialysis unit notes, prison healthcare notes,
 * sports-medicine clearance letters, travel-clinic records, speech and language therapy reports, clinical photography
 * consent forms, bed-management e-mails, dentistry referrals, orthoptics, wheelchair service, stoma care, community
 * mental health, safeguarding, pharmacy and one-line messages; written in the styles of Nepal, Somalia, Hungary,
 * Colombia, Uzbekistan, Senegal, Finland, Cambodia, Jamaica, Georgia, Sudan, Samoa, Slovakia, Mongolia, Haiti,
 * Albania, Laos, Bolivia, Armenia, Tonga, the UK and the US (local words kept: utca, tér, tumani, mahallasi, kvartal,
 * barrio, zona, calle, carrera, quartier, Sangkat, Krong, Phum, Ban, khoroo, soum, fshati, Rruga, nu'u). Human
 * patients only. Written by hand by engineer author2 on 2026-12-05 (twenty-second session) without reading the
 * engine's rules or lexicons, and never run through ddx by its author. It is scored by the lead only; never tune
 * rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in handover tables, bed lists, cc lines, signatures, greetings,
 * lower case, all caps, surname first, Hungarian surname-first and "-né" forms, Somali three-part names, Samoan matai
 * titles as names, initials); lone surnames and lone first names; places of every kind (streets, flats, villages,
 * districts, mahallas, quartiers, prisons, schools, employers, funeral directors, care homes, sports clubs,
 * facilities in local languages); ages over 89 as digits and words ("aged 91", "(F, 94)", "90 éves", "93 yosh", "94
 * años", "93-ročná", "ikä 95", "91 v.", "92 yrs", "age 101", "ninety-six"); dates in many formats and calendars
 * (04/12/2026, 12/04/26, 09/14/2009, "Dec 3rd", "Jan. 5, 2027", 2026-12-04, 4. 12. 2026, "2026. december 4.", "4 de
 * diciembre de 2026", "3 décembre 2026", Bikram Sambat 2083/08/19, ISO timestamps, weekdays, month-year); IDs of many
 * shapes (TAJ, cédula, PINFL, CNI, HETU, TRN, Georgian personal numbers, rodné číslo, Mongolian register numbers,
 * prison numbers, coroner's and inquest references); health plans (TAJ, EPS, NHF, Kela, HIB, CNSS-style, Medicaid,
 * Medicare); licences (GMC, NMC, GDC, HCPC, DEA, NPI, driving licence); phones of many countries; faxes, e-mails,
 * URLs, IPv4 and IPv6; device serials (dialysis machines, tunnelled line, wheelchair and cushion, profiling bed,
 * pacemaker, insulin pump, ward iPad); vehicle plates of several countries; US SSNs and UK NI numbers. Every name,
 * address and number is invented; institution names may be the public names of real hospitals and places, as
 * organisations only.
 * Format and gold convention as deid-ood-letters17.ts: PHI is marked inline as {{TYPE|text}}; titles and kinship or
 * honorific words ("Dr", "Mrs", "Mr", "Ms", "Sr", "RN", "Prof", "özv.", "Sœur", "Tui", "aw", "bobo", "Yiey") stay
 * outside a name, facility words inside; US states, provinces, regions, counties and countries are not marked; years
 * on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a weekday are DATE,
 * "today", "tomorrow" and "yesterday" are not marked; numbered wards, units, rooms, bays, chairs and bed numbers are
 * not marked. An AGE span is one stated exact age over 89, only its number or number word. Medical-council, nursing,
 * dental, HCPC and driving-licence numbers are typed LICENSE; national and other ID numbers ID (a UK NI number and a
 * US SSN are typed SSN); NHS and hospital numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any country
 * ZIP; a DEVICE span is the serial only (make and model outside; vaccine and implant lot numbers are not marked);
 * label words (TAJ, C.C., PINFL, CNI, TRN, NHF, Kela, HIB) stay outside their numbers; employers, sports clubs,
 * prisons, funeral directors and care homes are marked as places, insurers and agencies are not. Before writing, the
 * script checks every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms (Parkinson, Alzheimer, Bell, Dupuytren, Charcot, Osgood-Schlatter, Perthes, Baker,
 * Colles, Smith, Monteggia, Guillain-Barré, Kawasaki, Down), place-like clinical words (Lyme, Coxsackie, Marburg,
 * Lassa, Norwalk, Hendra, Japanese encephalitis, Mediterranean spotted fever, Bornholm), ward and unit names, scales
 * and scores, drugs (generic and brand), devices, organisms, gene names, ages under 90, bare years and codes, which
 * must stay.
 *   node --import tsx scripts/deid-ood-letters19.ts [--out /tmp/deid-ood-letters19.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters19.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `WARD HANDOVER - Ward 12 (acute medicine) - night to day, {{DATE|05/12/2026}}
| bed | patient | age | issue | plan |
| 1 | {{NAME|BHANDARITHOK, Sushmaya}} | 71 | CAP day 3 | IV to oral at 48 h afebrile |
| 2 | {{NAME|Warsaamey, Ubaxle Cabdiqaadir}} | {{AGE|93}} | fall, #NOF | ortho list, fasted from 02:00 |
| 3 | {{NAME|Kertészné Dobrovai Irén}} | 84 | AKI, K 6.1 | repeat U&E 08:00 |
| 4 | empty (cleaning) | | | |
Handed over by {{NAME|Olusegbe}} RN to {{NAME|Tovito}} RN.`,

  `handover sbar: bed 14 {{NAME|sokhorn}} still vomiting, lactate 2.9, ?obstruction, surg reg aware. daughter {{NAME|chanthy}} wants a call on {{PHONE|07700 900 731}}.`,

  `Night handover (ICU): bay 3, Mr {{NAME|Gvantsadze}}, day 6 ventilation, proning overnight, P/F 14. Wife {{NAME|Mzekala}} stayed in relatives' room. Bay 4: {{NAME|Ngozika Ebiweni}}, extubated 04:10, on HFNO 40 L.`,

  `HM CORONER - AREA OF WEST MERSLAND
Coroner's ref: {{ID|WM/2026/04417}}
Inquest into the death of {{NAME|Desmondo Ashbery-Thwoita}}, aged {{AGE|91}}, late of {{LOCATION|Larkhollow Care Home}}, {{LOCATION|11 Mossgrave Lane}}, {{LOCATION|Brierdown}} {{ZIP|BD7 4QT}}
Date of death: {{DATE|22 November 2026}}
Dear Dr {{NAME|Onwubiko}},
I should be grateful for a statement covering your involvement in his care from {{DATE|1 October 2026}} until death, by {{DATE|18 December 2026}}. Please address it to the Coroner's Officer, {{NAME|Petronello Vine}}, tel. {{PHONE|01632 960 418}}, e-mail {{EMAIL|coroners.officer@westmersland.example.gov.uk}}.`,

  `Reply to coroner (ref {{ID|WM/2026/04419}}): I first saw Mrs {{NAME|Halvorsan-Pika}} on {{DATE|Tuesday 3rd November}} at {{LOCATION|Quayside Surgery}}; she was {{AGE|96}} and lived with her son {{NAME|Torvald}}. Cause of death as I understand it: 1a aspiration pneumonia, 1b Parkinson disease. Dr {{NAME|R. Okole-Sandbarg}}, GMC {{LICENSE|7244108}}.`,

  `Coroner's officer phone note {{DATE|04/12/26}} 10:15: police report CAD {{ID|4417/03DEC}}; body of Mr {{NAME|Faisol Abdelrazig Eltayeb}} found at {{LOCATION|Flat 3B, Corunna Mansions}} by neighbour {{NAME|Hyocenth}}. GP asked for last consultation date.`,

  `OCCUPATIONAL THERAPY HOME ASSESSMENT
Client: {{NAME|Ilono Farkasházy}}  DOB {{DATE|1934.03.11.}}  Age {{AGE|92}}
Address: {{LOCATION|Flat 17, Pemberly Court}}, {{LOCATION|Haskett Road}}, {{LOCATION|Ellingford}} {{ZIP|EL4 9RN}}
Visit {{DATE|02/12/2026}} with daughter {{NAME|Zsuzsa}} and carer from {{LOCATION|Brightwall Homecare}}.
Findings: bath transfer unsafe (unable to lift legs over rim); toilet 38 cm, needs raised seat +10 cm; 2 steps to front door without rail; bed height 46 cm adequate.
Recommendations: over-bath board and seat, raised toilet seat, grab rail (left side) at 45 degrees, key safe, pendant alarm.
OT {{NAME|Saskio Marrowby-Ledger}}, HCPC {{LICENSE|OT58817}}`,

  `OT follow-up: key safe fitted at {{LOCATION|27 Whinmoor Drive}}; code given to carers only. Mr {{NAME|Ruutu}} ({{AGE|97}}) managing the perching stool. Son {{NAME|Eino Ruutu}} on {{PHONE|+358 40 718 2294}}.`,

  `ot home visit (stroke pathway): {{NAME|tuilage}} managing stairs with rail + 1 supervision, kitchen assessment ok with perching stool. wife {{NAME|Lupeafa}} anxious. d/c planned {{DATE|fri 11/12}}.`,

  `SEXUAL HEALTH CLINIC - {{LOCATION|Kestrelgate Centre}}
Clinic no. {{MRN|KG-448102}} (patients known by clinic number only)
Seen {{DATE|01/12/2026}}. Result letter sent to the patient's chosen address: {{LOCATION|PO Box 4417}}, {{LOCATION|Tarnhollow}}.
NAAT: Chlamydia trachomatis detected, Neisseria gonorrhoeae not detected. HIV Ag/Ab, syphilis negative.
Partner notification: two contacts; contact slips {{ID|PN-26-0418}}, {{ID|PN-26-0419}}.
Health adviser {{NAME|Marisil Quinteri-Baena}}.`,

  `GUM letter to GP (with consent): Dear Dr {{NAME|Vaszkó}}, your patient {{NAME|Bence Hajduczki}} ({{DATE|22/07/1990}}) attended for PrEP. eGFR 96, HBsAg negative, started Truvada daily. Our number GUM {{MRN|0441927}}. Yours, Dr {{NAME|Kalane Whetcomba}}.`,

  `sexual health text log: "your results are ready, call {{PHONE|0300 124 4417}} quoting {{MRN|SH77108}}" sent to {{PHONE|07700 900 552}} {{DATE|03/12}} 09:02.`,

  `RENAL DIALYSIS UNIT - {{LOCATION|Hollinbrook Satellite Unit}} - session record
Patient: {{NAME|Abdikarin Xuseen Jaamoc}}  Hosp no. {{MRN|RX4417208}}  Shift: Mon/Wed/Fri am, chair 6
{{DATE|Wed 02/12/2026}}: pre weight 71.8 kg, target 69.5, UF 2.4 L; BP 168/92 pre, 131/78 post; access R brachiocephalic AVF, good thrill; needled by {{NAME|Cleona}}.
Machine: Fresenius 5008S serial {{DEVICE|5008S-2K44172}}. Kt/V 1.31.
Transport: {{LOCATION|Medivans Ltd}}, pick-up from {{LOCATION|8 Rocheby Walk}} 06:40.`,

  `Dialysis unit note {{DATE|2026-12-03}}: {{NAME|Siona Fifito Taufahema}}, {{AGE|90}}, missed Tuesday session (family funeral in {{LOCATION|Kolofo'ou}}). K 6.4 today, extra session booked. Tunnelled line serial {{DEVICE|LT7720418}}, inserted {{DATE|14/09/2026}}.`,

  `PD nurse visit: Mrs {{NAME|Ichiang}} doing 4 exchanges/day, effluent clear. Cycler Baxter HomeChoice Claria SN {{DEVICE|HCC448017}}. Supply company delivery to {{LOCATION|Unit 4, Threlkald Mews}} on {{DATE|Thursday}}.`,

  `HEALTHCARE - {{LOCATION|HMP Greystone Moir}}
Prisoner: {{NAME|KAIRATOV, Dilshod}}  Prison no. {{ID|A4417KD}}  NHS {{MRN|488 102 7731}}  Wing C, cell 2-14
Reception screen {{DATE|30/11/2026}}: on methadone 60 mL daily (confirmed with {{LOCATION|Lakeview Pharmacy}}, {{LOCATION|Sowerbank}}); hep C antibody positive 2023, RNA pending. ACCT not opened. Next: GP {{DATE|07/12/2026}}.
Nurse {{NAME|Bronogh Culhoun}}, NMC {{LICENSE|04H2217E}}`,

  `prison healthcare: {{NAME|Jacksin}} (cell 3-08) refused insulin again tonight - officer {{NAME|Breretin}} present. Escort to {{LOCATION|Whitmora General}} if BM over 25 with ketones.`,

  `Inter-prison transfer summary: Mr {{NAME|Tedros Haila Gebremeskal}}, prison no. {{ID|B8812TG}}, from {{LOCATION|HMP Ashdiwn Foll}} to {{LOCATION|HMP Kettlewick}} on {{DATE|08 Dec 2026}}. Meds in possession: sertraline 100 mg, omeprazole 20 mg.`,

  `SPORTS MEDICINE CLEARANCE
{{LOCATION|Clínica Deportiva Los Almendros}}, {{LOCATION|Carrera 43A # 14-109}}, {{LOCATION|El Poblado}}, {{LOCATION|Medallín}}
Fecha: {{DATE|4 de diciembre de 2026}}
Deportista: {{NAME|Yeferson Ondrés Mosquero Palaciis}}, C.C. {{ID|1.037.448.219}}
Club: {{LOCATION|Corporación Deportiva Belli Oriente}}
ECG de 12 derivaciones normal (criterios de Seattle); ecocardiograma sin hipertrofia. APTO para competición.
Dr. {{NAME|Liliana Cárdanos Ruez}}, R.M. {{LICENSE|05-44172}}`,

  `Sports clearance letter: To whom it may concern - {{NAME|Keshown Bramwall}} (DOB {{DATE|09/14/2009}}) may return to full-contact football on {{DATE|12/21/2026}} after concussion; graded return completed, SCAT6 normal. {{LOCATION|Greenvale High School}} athletic trainer {{NAME|Dano Okafir-Reyas}}. Signed {{NAME|Morcas Lindqvest}}, MD, NPI {{LICENSE|1447208813}}.`,

  `pre-participation screen: {{NAME|Ahmadjonov}} (U19 wrestling, {{LOCATION|Olmaliq}}) - BP 128/74, no murmur, Marfan features absent. cleared.`,

  `TRAVEL CLINIC RECORD
Name: {{NAME|Prakriti Dhungelwa}}  DOB {{DATE|2071/02/14}} BS  Clinic no. {{MRN|TC-26-1108}}
Trip: {{DATE|18 Dec 2026}} to {{DATE|10 Jan 2027}}, rural Terai (visiting family in {{LOCATION|Birtamod-4}}, Jhapa)
Given: typhoid Vi (Typhim Vi) lot V3K218, hepatitis A booster; JE vaccine (Ixiaro) dose 1; rabies PrEP discussed.
Malaria: atovaquone-proguanil. Next appointment {{DATE|11/12/2026}}.`,

  `Travel clinic: yellow fever certificate no. {{ID|YF-GB-0441872}} issued to {{NAME|Cheekh Ibrahima Ndiaya}} on {{DATE|03/12/2026}} (Stamaril); travelling to {{LOCATION|Thiès}} via {{LOCATION|Dakar}}. Passport {{ID|A02217488}}.`,

  `travel nurse note: ms {{NAME|afamasaga}} going home to {{LOCATION|Faleoli}} for 3 wks, typhoid + hep A given L deltoid, advice re dengue (no vaccine for her). seen by {{NAME|Rhiannedd}}.`,

  `SPEECH AND LANGUAGE THERAPY REPORT
Child: {{NAME|Tsotne Beridzeishvili}}  DOB {{DATE|17.06.2022}}  Setting: {{LOCATION|Little Acorns Day Nursery}}, {{LOCATION|Stanwell Vale}}
Assessed {{DATE|25/11/2026}} (parent interview in Georgian via interpreter {{NAME|Tamuno}}): expressive language below expected (PLS-5 standard score 74), receptive within range. Bilingual exposure considered.
Plan: 6-week block, Hanen advice to parents {{NAME|Lavon}} and {{NAME|Ekaterine}}.
{{NAME|Hilles Obernathy-Radd}}, Speech and Language Therapist, HCPC {{LICENSE|SL44109}}`,

  `SLT swallow review {{DATE|Fri 4 Dec}}: {{NAME|Nabanita}} (bed 22) - IDDSI level 5 minced and moist, level 2 mildly thick fluids; supervise. FEES booked {{DATE|Mon 7 Dec}}.`,

  `SLT adult: Mr {{NAME|Bakhytzhan Seitkale}}, post-stroke aphasia, Western Aphasia Battery AQ 48. Communication book made with his granddaughter {{NAME|Aruzhan}}. Lives {{LOCATION|12 Fennimora Close}}.`,

  `CLINICAL PHOTOGRAPHY CONSENT FORM
Patient name: {{NAME|Odaeza Chinwendu Ikwuoso}}   Hospital no. {{MRN|H0448172X}}
Department: Dermatology   Date: {{DATE|01/12/2026}}
Images of: left lower leg ulcer. Uses agreed: [x] medical record [x] teaching (face not shown) [ ] publication
Photographer: {{NAME|Fergol Mac Donncho}}, Medical Illustration
Signature of patient: {{NAME|A. C. Ikwuoso}}   Witness: {{NAME|Preyanko Sethuraman}}`,

  `Photography consent withdrawn: {{NAME|Taufo}} asked on {{DATE|02.12.2026}} that images taken {{DATE|12.11.2026}} (series {{ID|MI-26-77184}}) not be used for teaching. Logged by {{NAME|G. Hartnall}}.`,

  `From: {{EMAIL|bed.manager@royalfenwick.example.nhs.uk}}
Sent: {{DATE|05/12/2026 07:12}}
Subject: 07:00 bed state
ED: 14 waiting for beds. Plan: Ward 22 bed 6 to Mrs {{NAME|Szabados}} (NEWS 2, from ED cubicle 4). Discharge lounge: {{NAME|Pumaj}}, {{NAME|Isei-Binsa}}, {{NAME|Lindroos}}. Escalation beds open on Ward 30. Call {{PHONE|01632 960 519}} with delays.
{{NAME|Homesh Strochon-Lowa}}, Site Manager`,

  `Re: bed request - {{NAME|Beatrez Quispa Mamane}} (F, {{AGE|94}}) needs side room (CPE carrier). Only SR on Ward 8 held for {{NAME|Sokho}}. Can ICU step-down take her? - {{EMAIL|patientflow@fenwick.example.nhs.uk}}`,

  `DENTAL REFERRAL
To: Oral Surgery, {{LOCATION|Eastmon Dental Hospital}}
From: {{NAME|Fíonnuala Corcoran-Blytha}}, BDS, GDC {{LICENSE|228104}}, {{LOCATION|Horboursida Dental Practice}}, {{LOCATION|4 Quay Parade}}, {{LOCATION|Soltmorsh}} {{ZIP|SM3 7LD}}
Date: {{DATE|2 December 2026}}
Patient: {{NAME|Luan Berisha}}, DOB {{DATE|30/01/1987}}
Reason: LL8 impacted, horizontal, close to IDN on OPG; recurrent pericoronitis x3. On warfarin (INR 2.4) - please advise.
Tel {{PHONE|01632 960 227}}   Fax {{FAX|01632 960 228}}`,

  `dental triage: {{NAME|tupoa}} 7yo facial swelling upper L, temp 38.4 - sent to maxfacs. mum {{NAME|Salota}} {{PHONE|021 448 1097}}.`,

  `Domiciliary dental visit {{DATE|03/12/2026}}: {{NAME|Ellan Moberly}} ({{AGE|98}}), {{LOCATION|Saint Aldhalm's Nursing Home}}, denture relined; mouth care plan for staff. Dentist {{NAME|Vikrom Aulakh}}.`,
  `ZÁRÓJELENTÉS (discharge report) - {{LOCATION|Szent Kristóf Kórház}}, Belgyógyászat
Név: {{NAME|Tóthné Várkonyi Erzsébat}}   TAJ {{HEALTH_PLAN|044 172 086}}   Szül.: {{DATE|1931. 05. 19.}}   {{AGE|95}} éves
Lakcím: {{ZIP|1083}} {{LOCATION|Budapest}}, {{LOCATION|Práter utca 41. II/7}}
Felvétel {{DATE|2026. november 27.}}, távozás {{DATE|2026. december 4.}}
Dg.: szívelégtelenség (NYHA III), pitvarfibrilláció. Javaslat: furosemid 40 mg, apixaban 2,5 mg x2.
Háziorvos: Dr. {{NAME|Lengyelfi Ákos}}. Kezelőorvos: Dr. {{NAME|Bodnár-Sziráki Réko}}, pecsétszám {{LICENSE|71842}}`,

  `Hungarian GP note (translated): özv. {{NAME|Pálfalvi Jánosné}} ({{AGE|90}} éves), lives {{LOCATION|Kisújszállás}}, {{LOCATION|Kossuth tér 3}}. BP 158/84. Granddaughter {{NAME|Dorka}} {{PHONE|+36 30 418 2207}}.`,

  `Colombian referral (remisión): Paciente {{NAME|Marío del Socorro Arboledo Quiñonas}}, C.C. {{ID|31.448.902}}, {{AGE|94}} años, EPS Sura afiliación {{HEALTH_PLAN|7714420988}}. Dirección {{LOCATION|Calle 5 # 38-14}}, {{LOCATION|barrio San Fernandi}}, {{LOCATION|Cale}}. Remitida a medicina interna por anemia (Hb 7.9). Teléfono {{PHONE|+57 315 448 2091}}. Dra. {{NAME|Yurony Benítaz Ocoró}}.`,

  `historia clínica (urgencias, {{LOCATION|Hospital San Vicenta de Paúl}}): {{NAME|jhin frady cuesta}} 23a, herida por arma cortopunzante hemitórax izq, hemodinámicamente estable; RX: neumotórax 20%. acompañante {{NAME|Dayana}} (pareja).`,

  `Uzbek polyclinic extract (translated): {{NAME|Xolmatova Mohlaroyim Rustamovna}}, PINFL {{ID|41208870214478}}, born {{DATE|12.08.1987}}. Address: {{LOCATION|Chilonzir tumani}}, {{LOCATION|9-kvartal, 14-uy, 27-xonadon}}, {{LOCATION|Toshkent}}. Diagnosis: iron-deficiency anaemia in pregnancy, 24 weeks. Family doctor {{NAME|Rahimova M. T.}}, {{LOCATION|42-oilaviy poliklinika}}.`,

  `uzbek home visit: bobo {{NAME|Ergash}} {{AGE|93}} yosh, {{LOCATION|Qoraqamish mahallasi}}, bedbound, sacral pressure sore grade 2. son {{NAME|Baxtiyor}} {{PHONE|+998 90 417 22 86}}.`,

  `Lettre de sortie - {{LOCATION|Hôpital Principal de Dakar}}
Le {{DATE|3 décembre 2026}}
Patient : Mme {{NAME|Ndèye Khady Faye}}, née le {{DATE|14/02/1979}}, CNI {{ID|2 751 1979 04417}}
Domicile : {{LOCATION|Sicap Liberté 4, villa n° 5127}}, {{LOCATION|Dakar}}
Diagnostic : paludisme grave (TDR positif), traité par artésunate IV, relais ACT. Sortie à J5.
Dr {{NAME|Mamadoa Lamine Sarr}}, service de médecine interne.`,

  `Senegal CHW note: {{NAME|aïssatou}} (enceinte 7 mois) au {{LOCATION|quartier Médina Gounass}}, {{LOCATION|Guédiawaye}} - TA 150/100, référée poste de santé. mari {{NAME|Ousmane Badji}} informé.`,

  `Finnish discharge (epikriisi, translated): {{NAME|Hämäläinen, Aili Kyllikki}}, HETU {{ID|230631-2448}}, ikä {{AGE|95}}. Address {{LOCATION|Koivukuja 3 A 12}}, {{ZIP|33720}} {{LOCATION|Tampera}}. Kela card {{HEALTH_PLAN|8812-4417-0912}}. Hip fracture operated {{DATE|28.11.2026}}; to {{LOCATION|Hervanta health centre ward}} {{DATE|4.12.2026}}. Physician {{NAME|Juho Mäkitalo-Räsänan}}.`,

  `home care (Finland): {{NAME|Veikko}} {{AGE|91}} v., lives alone at {{LOCATION|Rautalammintie 8}}, {{LOCATION|Suonenjoki}}; insulin via Omnipod serial {{DEVICE|OP5-11948207}}; nurse {{NAME|Satu Lehtinen}} checks daily.`,

  `Cambodian referral (translated): patient {{NAME|Sik Chanmony}}, female, 34, from {{LOCATION|Phum Prey Chrouk}}, {{LOCATION|Sangkat Kork Chambak}}, {{LOCATION|Krong Siem Reap}}. Referred from {{LOCATION|Mondul Muoy health centre}} to the provincial referral hospital. ID poor card {{ID|IDP-17-04-1129}}. Phone {{PHONE|+855 12 448 907}}. Signed Dr {{NAME|Phin Sovannarith}}.`,

  `khmer family note: grandma Yiey {{NAME|Chhorn}} ({{AGE|92}}) lives with {{NAME|Vannak}} in {{LOCATION|Phum Trapeang Sala}}; cough 6 wks, sputum AFB x2 sent.`,

  `Jamaican clinic card: {{NAME|Delriy Augustas Foircloagh}}, TRN {{ID|112-448-903}}, NHF card {{HEALTH_PLAN|0441-8827-19}}. Address {{LOCATION|Lot 14, Bog Walk Road}}, {{LOCATION|Linstead}}, St Catherine. Hypertension + DM2, JADEP drugs. Next visit {{DATE|Jan 8, 2027}}. Nurse {{NAME|Sonia Gayla-Thorpa}}.`,

  `jamaica - community nurse: miss {{NAME|icylda}} (age {{AGE|101}}!) at {{LOCATION|Goshen district}}, {{LOCATION|Santa Craz}}, foot ulcer clean. niece {{NAME|Marcia}} {{PHONE|876-448-2017}} picks up meds from {{LOCATION|Mandeville Regional}}.`,

  `Georgian consultation (translated): {{NAME|Nini Tsikhelashvili-Gelovani}}, personal no. {{ID|01024087731}}, {{DATE|04.12.2026}}. Address {{LOCATION|Vazha-Pshavela Ave 27, apt 44}}, {{LOCATION|Tbilise}} {{ZIP|0186}}. Universal Healthcare Programme beneficiary. Thyroid nodule TI-RADS 4, FNA booked at {{LOCATION|Chachava Clinic}}. Dr {{NAME|Giorge Khurtsidze}}.`,

  `Sudanese transfer letter: {{NAME|Awadia Elnour Babiker Hamed}}, F, {{AGE|96}}, from {{LOCATION|Omdurman Teaching Hospital}} to {{LOCATION|Al-Shaab Teaching Hospital}}. Dx: obstructive jaundice, CBD stone. National no. {{ID|114-0877-2215}}. Son {{NAME|Mohammad Osman}} {{PHONE|+249 912 448 073}}.`,

  `sudan refugee health screen ({{LOCATION|Adré transit site}}): {{NAME|hawa adom yahya}}, 29, MUAC 21 cm, Hb 8.4, malaria RDT neg. registration UNHCR {{ID|442-26C-04417}}.`,

  `Samoa outpatient (translated): {{NAME|Fa'afetai Laiatauo Tuimavava}}, nu'u {{LOCATION|Lalomanu}}, Aleipata; age {{AGE|90}}; gout flare R ankle, urate 0.62. Clinic {{LOCATION|Lufilufi District Hospital}}. Grandson {{NAME|Iosefo}} {{PHONE|+685 77 41 208}}.`,

  `Samoan church-hall clinic: Tui {{NAME|Lealaiauloti}} and wife {{NAME|Malio}} - both BP check, he 164/96. Referred {{LOCATION|TTM Hospital}} {{DATE|Mon 7 Dec}}.`,

  `Prepúšťacia správa (translated) - {{LOCATION|Nemocnica Milosrdní bratia}}, {{LOCATION|Bratislava}}
Pacientka: {{NAME|Zuzano Hrušovská}}, r. č. {{ID|335817/118}}, {{AGE|93}}-ročná
Bydlisko: {{LOCATION|Karpatská 14}}, {{ZIP|811 05}} {{LOCATION|Bratislava}}
Poisťovňa: Dôvera, č. poistenca {{HEALTH_PLAN|9335817118}}
Prijatá {{DATE|26. 11. 2026}}, prepustená {{DATE|4. 12. 2026}}. Dg.: pneumónia, delírium. MUDr. {{NAME|Morak Štrbák}}`,

  `slovak GP: pán {{NAME|Ondrej Kollárik}} z {{LOCATION|Zemplínske Hradište}} - INR 4.1, warfarin hold x1, recheck {{DATE|8. 12.}}. dcéra {{NAME|Janka}}.`,
  `Mongolian referral (translated): {{NAME|Batbayaryn Oyunchimeg}}, register no. {{ID|УБ87041218}}, {{LOCATION|Bayonzürkh district}}, {{LOCATION|13th khoroo}}, {{LOCATION|ger no. 412}}. Hepatitis D co-infection, referred to {{LOCATION|First Central Hospital of Mongolia}}. Phone {{PHONE|+976 9911 4728}}.`,

  `herder family visit: {{NAME|Dorjsürengiin Tömörbaatar}} (M, {{AGE|90}}) at winter camp, {{LOCATION|Bayan-Öndör soum}}; frostbite toes, sent with grandson {{NAME|Temuulan}} by jeep plate {{VEHICLE|4417 УНА}}.`,

  `Haitian clinic note (translated): {{NAME|Wiselande Jaan-Boptista Peerre-Loues}}, 41, {{LOCATION|Delmas 33}}, {{LOCATION|rue Magloire Ambroisa}}; cholera suspected, ORS plan B, referred {{LOCATION|CTC Carrefour}}. Contact {{PHONE|+509 3448 2217}}. Sœur {{NAME|Moria-Lucienne}} accompanied.`,

  `Albanian discharge (translated): {{NAME|Gjergj Marku}}, nr. personal {{ID|J70412098R}}, born in {{LOCATION|fshati Thethi}}, lives {{LOCATION|Rruga Myslym Shyri 22}}, {{LOCATION|Tiranë}} {{ZIP|1001}}. Acute MI, PCI to LAD {{DATE|29.11.2026}}. Dr {{NAME|Elona Hoxhaj}}.`,

  `Lao district hospital note: {{NAME|Nang Khamphouvong}}, 27, {{LOCATION|Ban Nongbua}}, Sanakham district; postpartum haemorrhage, 2 units given. husband {{NAME|Thoi Somphone}}.`,

  `Bolivian lab request: {{NAME|Juana Condore Huanco}}, CI {{ID|4417209 LP}}, {{LOCATION|zona Villa Adela}}, {{LOCATION|El Alti}}; SUS (Sistema Único de Salud) registro {{HEALTH_PLAN|LP-0992241}}; Chagas serology, hemograma. {{DATE|04/12/2026}}.`,

  `Armenian cardiology letter (translated): {{NAME|Hasmik Vardanyon-Grigoryon}}, SSN-style social card {{ID|4418770219}}, {{LOCATION|Komitas Ave 49}}, {{LOCATION|Yerevan}} {{ZIP|0051}}; severe AS, TAVI work-up at {{LOCATION|Nairi Medical Center}}. Dr {{NAME|Orman Sahakyan}}.`,

  `Tongan family doctor: {{NAME|'Ofa Lātū Fonuo}}, {{LOCATION|Kolomotu'a}}, {{LOCATION|Nuku'alofo}}; diabetes foot check, monofilament 6/10. Cousin {{NAME|Viko}} drives him in van {{VEHICLE|P 4417}}.`,

  `US MEDICAID PRIOR AUTH NOTE
Member: {{NAME|Lashondo R. Pettifird}}   Medicaid ID {{HEALTH_PLAN|NC7720448193}}   SSN {{SSN|241-44-8073}}
Address: {{LOCATION|2207 Hollistar Ridge Rd}}, {{LOCATION|Fayetteville}}, NC {{ZIP|28304}}
Rx: dupilumab for moderate-severe atopic dermatitis (EASI 26). Prescriber {{NAME|Alan Whetfiald}}, MD, DEA {{LICENSE|BW4417208}}. Fax to {{FAX|(919) 555-0148}}.`,

  `Billing line: acct {{ACCOUNT|40-7718-2291}} / pt {{NAME|GUTIERRAZ-OCHOO, RAMON}} / DOS {{DATE|11/30/2026}} / CPT 99214 / payer Medicare MBI {{HEALTH_PLAN|1EG4-TE5-MK72}}.`,

  `Patient portal message (clinician to patient), {{DATE|Dec 3rd}}: Hi {{NAME|Trevaughn}}, your kidney numbers are stable (creatinine 1.4). Your next dialysis access check is at {{LOCATION|Westbroik Vascular}}. Log in at {{URL|https://portal.westbrookhealth.example.org/u/tr448172}}. - {{NAME|Jenno}}, RN`,

  `IT audit: user {{NAME|k.mwange-hola}} opened record {{MRN|RX4417291}} from {{IP|10.44.17.208}} at {{DATE|2026-12-04T23:14:07Z}}; break-glass reason "clinical". Reviewed by {{NAME|Ittilia Fann}}.`,

  `VPN log: clinician session from {{IP|2001:db8:4417:22::9}} accessed {{NAME|Boptista}}'s dialysis chart {{DATE|05/12/2026}} 03:11.`,

  `Orthoptic report: {{NAME|Amaro Iyelaron-Brookes}}, 4y, {{LOCATION|Sunnyfield Infants}}; visual acuity 0.300 logMAR R, 0.100 L (Kay pictures); 2 hours patching daily. Next {{DATE|15/01/2027}}. Orthoptist {{NAME|Risalend Ferrier}}.`,

  `WHEELCHAIR SERVICE - handover of equipment
Client: {{NAME|Nkosinathe Dlomine-Harcoart}}  Service no. {{ID|WS-0448172}}
Chair: Quickie Argon 2 serial {{DEVICE|QA2-77108-G}}; cushion Jay J3 serial {{DEVICE|J3-448821}}
Delivered to {{LOCATION|Ground floor flat, 6 Copperbeech Row}}, {{LOCATION|Marliw Cross}} on {{DATE|Thursday 3 December}}. Rehab engineer {{NAME|Oskar Wiśniak}}.`,

  `stoma nurse visit: Mr {{NAME|brannogh}}, ileostomy output 1.4 L/day, loperamide increased. supplies from {{LOCATION|Fittleworth}} delivery service, customer account {{ACCOUNT|FW-228104}}.`,

  `CMHT note {{DATE|01/12/2026}}: {{NAME|Ravshan}} seen at home ({{LOCATION|Room 4, Beaconsfield Hostel}}), PHQ-9 19, no active plan. Care coordinator {{NAME|Adjoo Mansoh-Qaaya}}. Clozapine clinic {{DATE|Tue}}; bloods via {{LOCATION|Lakeside Clozapine Clinic}}.`,

  `SAFEGUARDING ADULTS CONCERN: {{NAME|Margaretha Oosthuysen}}, {{AGE|ninety-six}}, unexplained bruising both forearms. Lodger {{NAME|Curtis Renwick}} handles her money (bank acct {{ACCOUNT|20-44-17 40817729}}). Raised by district nurse {{NAME|Faeth Ndlova}} on {{DATE|4 Dec 2026}}; ref {{ID|SA-26-11872}}.`,

  `Pharmacy MDS note: {{NAME|Glodys Aniekwe}} ({{AGE|91}}) blister packs from {{LOCATION|Hilltop Pharmacy}}, {{LOCATION|48 Stanier Street}}; delivery driver plate {{VEHICLE|KX71 DFO}}. NHS {{MRN|944 201 7730}}.`,

  `UK NI number for DWP form: {{NAME|Yeboakye Tweneboah Osanta-Fordjour}}, NINO {{SSN|JT 44 17 20 B}}, fit note {{DATE|04/12/2026}} to {{DATE|01/01/2027}}, lumbar radiculopathy. Employer {{LOCATION|Trentside Distribution}}.`,

  `Driving: DVLA notified for patient {{NAME|Jasur Ibragimov}}, licence no. {{LICENSE|IBRAG804127J99LK}}, first seizure {{DATE|20/11/2026}}; 6 months off driving advised.`,

  `Funeral director request: {{LOCATION|Marchbonks & Sons Funeral Directors}} ask for cremation form for {{NAME|Ada Wetherell}} ({{AGE|99}}), died {{DATE|Sunday}} at {{LOCATION|Willowmera House}}. Pacemaker serial {{DEVICE|PJN448172S}} removed by Dr {{NAME|Castellanis}}.`,
  `Nepal discharge (translated): {{NAME|Gyanu Thapa Magar}}, {{AGE|92}} yrs, {{LOCATION|Lekhnath-12}}, {{LOCATION|Pokhara}}; HIB insurance no. {{HEALTH_PLAN|880441720}}; admitted {{DATE|2083/08/14}}, discharged {{DATE|2083/08/19}} (BS). COPD exacerbation. Citizenship no. {{ID|27-01-74-05512}}. Son {{NAME|Bir Bahadur}} {{PHONE|+977 9846 047 712}}.`,

  `nepal fchv note: {{NAME|sanito}} (ward 5, {{LOCATION|Dhurkot}} rural municipality) delivered at home, baby 2.4 kg, chlorhexidine to cord. referred {{LOCATION|Gulmi District Hospital}}.`,

  `Somali MCH card (translated): {{NAME|Hodon Maxamad Cilmi}}, age 31, {{LOCATION|Hodon district}}, {{LOCATION|Muqdisho}}; ANC 3; Hb 9.8; husband {{NAME|Cabdiraxmaon Yuusaf}}. Next visit {{DATE|15/12/2026}}.`,

  `somali elder, {{LOCATION|Gabilay}}: aw {{NAME|Jaamoc Xirsi Faarox}}, {{AGE|98}}, cataract both eyes, for camp surgery at {{LOCATION|Borama}}.`,

  `Ward handover (paeds, Ward 4 Rainbow): cot 2 {{NAME|Zuriel Kiwalczak-Omade}} bronchiolitis, HFNC 2 L/kg; cot 5 {{NAME|Ilyos}} DKA, on 0.05 units/kg/h, next gas 06:00; cot 7 {{NAME|Maila}} post-op appendix, mum {{NAME|Analu}} staying.`,

  `handover (maternity, Delivery Suite): room 3 - {{NAME|Eoano Răducanu-Pârvuleț}}, P0, 7 cm, epidural, CTG normal; room 5 - {{NAME|Keme}}, PPH 1.1 L, on syntocinon, Hb 84.`,

  `Surgical handover {{DATE|Sat 05/12}}: Mr {{NAME|Vasquaz-Ledesma}} day 1 Hartmann's, stoma pink; Dr {{NAME|Imre}} handing over to Dr {{NAME|Kaushal}}.`,

  `Coroner inquest listing: {{DATE|Wednesday 13 January 2027}}, 10:00, {{LOCATION|Harrowdan Coroner's Court}} - inquest touching the death of {{NAME|Bortholomaw Iweala-Crana}} (prison no. {{ID|A7714BI}}, {{LOCATION|HMP Greystone Moir}}). Witnesses: Nurse {{NAME|Odebise}}, Dr {{NAME|Karppinen}}.`,

  `coroner's regulation 28 response due {{DATE|22/12/2026}}: re deceased {{NAME|Violet Amberley-Hughas}}, ref {{ID|INQ-26-0441}}. Trust lead {{NAME|Ceridwan Pryco}}.`,

  `OT wheelchair-accessible housing letter: To {{LOCATION|Marlbank Housing Association}}, re tenant {{NAME|Gulnaro Yusupovo}}, {{LOCATION|Flat 41, Tennant House}}, {{LOCATION|Callowoy Street}}. She cannot manage the 3 flights since her amputation; please consider ground floor transfer. Tenancy ref {{ACCOUNT|MHA-44172-09}}.`,

  `OT kitchen assessment: {{NAME|phung}} safe making hot drink with kettle tipper. {{DATE|2/12}}.`,

  `Sexual health partner notification: index {{MRN|KG-448177}}; contact {{NAME|Darnall}}, phone {{PHONE|07700 900 915}}, treated at {{LOCATION|Riverside Clinic}} {{DATE|04/12/2026}}.`,

  `Contraception clinic: {{NAME|Tatiana Ospino}} Nexplanon inserted L arm, lot NX7720418; removal due {{DATE|12/2029}}. Clinician {{NAME|Helga Brunnsdóttir}}.`,

  `Dialysis unit MDT: {{NAME|Koroi}} (chair 11), albumin 29, dietitian to see; {{NAME|Mamadoa Dialli-Keita}} transplant work-up - HLA typing sent; {{NAME|Elsa}} withdrawn from dialysis, palliative care at {{LOCATION|St Colambo's Hospice}}.`,

  `Home haemodialysis: NxStage System One serial {{DEVICE|NXS1-0448172}} installed at {{LOCATION|33 Millbroik Terrace}}, {{LOCATION|Drumcarriw}} {{ZIP|DC4 2HN}} on {{DATE|01/12/2026}}; water test passed. Patient {{NAME|Taodoro Vasilesca}}; carer husband {{NAME|Mihae}}.`,

  `prison dental: {{NAME|Okonji}} (prison no. {{ID|A3318KO}}) abscess LR6, amoxicillin, extraction list {{DATE|Tuesday}}.`,

  `Prison mental health in-reach: Mr {{NAME|Povil Ďurčanský}}, {{LOCATION|HMP Ravensfold}}, wing B. For transfer under s47/49 to {{LOCATION|Ashwirth Hospital}}, awaiting bed; MHA assessor Dr {{NAME|Ilungo}}.`,

  `Sports medicine: {{NAME|Farrakh Tursunov}}, boxer, {{LOCATION|Andijan Boxing Academy}}, MRI brain normal; licence to box renewed. Federation ID {{ID|UZB-BX-44172}}.`,

  `Marathon medical tent log {{DATE|06/12/2026}}: runner bib {{ID|4417}} ({{NAME|Azekial Kiproni Rotech}}) collapsed km 40, T 40.6 rectal, ice-water immersion, to {{LOCATION|Southmere General}}.`,

  `cricket club medical: {{NAME|Siona}} (no. 7) facial laceration, steri-strips, head injury screen neg. {{LOCATION|Mount Albart Cricket Club}}.`,

  `Travel health certificate (fitness to fly): {{NAME|Madina Abdulkadir Nuurow}}, 34 weeks, singleton; uncomplicated; flight {{DATE|12 Dec 2026}} {{LOCATION|Heathrow}} to {{LOCATION|Hargeiso}} via {{LOCATION|Addes Ababo}}. Midwife {{NAME|Olwen Trevithick}}, NMC {{LICENSE|91A3307E}}.`,

  `travel clinic phone call: {{NAME|Sanjar}} asking about rabies booster before {{LOCATION|Samarqand}} trip; last dose {{DATE|March 2024}}.`,

  `Post-travel clinic: {{NAME|Lindiwa Maseko}} returned {{DATE|28/11/2026}} from {{LOCATION|Kruger}}; fever, eschar on ankle - ?African tick-bite fever; doxycycline. Blood film x3 negative.`,

  `SLT report (voice): {{NAME|Réko Szentgyörgyi}}, teacher at {{LOCATION|Bárdos Lajos Általános Iskola}}, vocal nodules; 6 sessions; VHI-10 score 24. Next {{DATE|2026. december 16.}}`,

  `SLT dysphagia screen fail: {{NAME|abukar}} (bed 9) NBM, NG planned. {{DATE|5.12.}}`,

  `Stammering therapy (Lidcombe): {{NAME|Taha}} 5y, severity rating 3/10 this week, parent {{NAME|Oroho Te Kani}} doing daily practice.`,

  `Medical illustration: wound photos for {{NAME|Barnadetta Uchenno Obe}}, hospital no. {{MRN|H0448211X}}, taken on ward iPad asset {{DEVICE|IPAD-MI-0417}}, uploaded to PACS {{DATE|03/12/2026}} 14:20.`,

  `consent: photos of {{NAME|safo}}'s hands (eczema) for the record only, not teaching - mum {{NAME|Leoto}} signed.`,

  `Bed management e-mail {{DATE|Fri 04/12/2026 16:55}}: weekend discharges - Mr {{NAME|Hamidulloh Qaderi}} (ward 18) waiting on POC from {{LOCATION|Caremark Southwark}}; {{NAME|Anneli Paavola}} (ward 20) for {{LOCATION|Oakharst Lodge}} Monday.`,

  `bed meeting 14:00: ED {{NAME|dacosta}} needs HDU, no bed - {{NAME|Maunsell}} stepping down to ward 6 at 15:00.`,

  `Dental referral (paediatric): {{NAME|Amane Ssekitoleko}}, 6, multiple carious primary molars, GA extraction; referred by {{LOCATION|Brookwood Family Dental}}, {{PHONE|020 7946 0418}}.`,

  `dental: Mrs {{NAME|Pahuja}} (IV bisphosphonate 4 yrs) - extraction under specialist care only. GDC {{LICENSE|119284}}.`,

  `Renal transplant clinic: {{NAME|Adiel Mbeke-Harriw}}, tacrolimus level 7.2, creatinine 118; next clinic {{DATE|Jan. 5, 2027}}. Transplant no. {{ID|UKT-44172}}.`,

  `Ward handover (care of elderly, Heron Ward): bed 1 {{NAME|Enid}} {{AGE|95}}, delirium improving; bed 2 {{NAME|Ó Fearghaíl-Morsh}}, waiting POC; bed 3 {{NAME|Kwadwi}}, NG feed.`,

  `Short message: Dr {{NAME|Bakuradze}} please call {{PHONE|+995 599 44 17 20}} about {{NAME|Tamor}}.`,

  `msg from reception: {{NAME|aigerem}} rang, can't make {{DATE|thurs}} appt, rebook.`,

  `Pager: bleep 4417 - Mr {{NAME|Osuagwu}}`,

  `{{NAME|Félicité Ndiaya-Lemaire}} ({{AGE|97}}) - for DNACPR discussion with nephew {{NAME|Aliou}} on {{DATE|Monday}}.`,

  `Email to GP: re {{NAME|Tovito Faleoli-Su'a}}, DOB {{DATE|03/03/1958}}, NHS {{MRN|401 772 9981}}: dialysis moving to {{LOCATION|Hollinbrook Satellite Unit}} from {{DATE|7 Dec}}. {{EMAIL|renal.admin@northvale.example.nhs.uk}}`,

  `Prison healthcare complaint: ref {{ID|COMP-26-0417}}, from {{NAME|Liom Ó Broin}}, {{LOCATION|HMP Castlebay}}, re delayed dental; response by {{DATE|18/12/2026}}.`,

  `Travel vaccine batch log: {{DATE|02/12/2026}}: {{NAME|Nilufor}} - Vivotif; {{NAME|Keeron Beaumint}} - Dukoral; {{NAME|Oyunbileg}} - Rabipur; nurse {{NAME|Gemmo Lyla}}.`,
  `FAX - {{LOCATION|Hollinbrook Satellite Unit}} to {{LOCATION|Carnbeck Renal Unit}}
Fax no. {{FAX|01632 960 774}}   Pages 3   {{DATE|04/12/2026}}
Holiday dialysis request for {{NAME|Ronge Pōtaa-Whitmora}}, hosp no. {{MRN|RX4417355}}, {{DATE|21/12/2026}} to {{DATE|04/01/2027}}, staying at {{LOCATION|14 Gull Cottages}}, {{LOCATION|Porthcurnick}}. Hep B sAg neg ({{DATE|11/2026}}), MRSA screen neg.`,

  `Sports cardiology clearance (US college): athlete {{NAME|DaShown Moultrie-Akanda}}, student ID {{ID|U0448172}}, {{LOCATION|Brookhaven State University}}; ECG: incomplete RBBB, early repolarization (normal athlete findings). Cleared {{DATE|12/04/26}}. Upload to {{URL|www.athletehealth.example.edu/records/448172}}.`,

  `Travel clinic online booking: booking by {{NAME|Sotheara Kem}}, {{EMAIL|sotheara.kim88@example.com}}, from {{IP|192.0.2.147}}, for {{DATE|09/12/2026}} 10:30.`,

  `SLT report to school: {{NAME|Abdirahmon}} ({{LOCATION|Cheethom Park Primary}}), developmental language disorder; EHCP ref {{ID|EHC-26-04417}}. Parent {{NAME|Sahro Cige}}, {{PHONE|07700 900 402}}.`,

  `Dental emergency: {{NAME|Tigran Avetisyan}}, avulsed UR1, replanted at {{LOCATION|Tollgata Dental}} within 40 min, splint 2 weeks. Car park permit for {{VEHICLE|LR19 XKW}}.`,

  `OT equipment loan: profiling bed serial {{DEVICE|CASA-ELITE-448172}} and pressure mattress to {{NAME|Wandelina Okori-Toet}}, {{LOCATION|9 Brackenfield}}, {{LOCATION|Oldhythe}} {{ZIP|OH2 6PW}}; loan store account {{ACCOUNT|LS-0441-7720}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Ward handover template: bed | age | diagnosis | NEWS2 | escalation | plan. Flag: DNACPR, falls risk (Morse 45+), sepsis six started, VTE assessed, Waterlow 20+. Wards: Heron, Kingfisher, Ward 12, AMU, CDU, SDEC.`,
  `Night handover checklist (ICU): RASS target -2 to 0; CAM-ICU; proning 16 h; P/F under 20 kPa; ARDSnet table; VAP bundle; Bair Hugger off at 37.5.`,
  `Coroner referral criteria (England): death unnatural or unknown cause, violent, in state detention, not seen by a doctor within 28 days, industrial disease (mesothelioma, asbestosis). MCCD within 5 days; Medical Examiner scrutiny.`,
  `OT home assessment measures: toilet height 43-48 cm, chair 45 cm, bed 50 cm; grab rail 32 mm diameter; Barthel, FIM, Canadian Occupational Performance Measure, Berg Balance 45/56.`,
  `Sexual health: NAAT for Chlamydia trachomatis and Neisseria gonorrhoeae; Mycoplasma genitalium with macrolide-resistance testing; Treponema pallidum (TPPA, RPR 1:16); HSV-2 PCR; doxycycline 100 mg BD 7 days; ceftriaxone 1 g IM.`,
  `Renal unit protocol: Kt/V over 1.2, URR over 65%; dry weight review monthly; Fresenius 5008S, Baxter AK 98, NxStage; heparin lock 5000 units/mL; Staphylococcus aureus line infection: vancomycin per level.`,
  `Prison healthcare: reception screen within 24 h, secondary screen within 7 days; ACCT, CSIP; methadone and Espranor titration; hepatitis C (opt-out BBV testing); Wings A-F, Healthcare Centre, Segregation Unit.`,
  `Sports medicine: Seattle criteria 2017; Brugada pattern type 1; HCM, ARVC (Naxos), long QT (KCNQ1, KCNH2, SCN5A); SCAT6; graded return to play 6 stages; Osgood-Schlatter, Sever, Sinding-Larsen-Johansson.`,
  `Travel clinic: Japanese encephalitis (Ixiaro 0, 7 days), tick-borne encephalitis (TicoVac), yellow fever (Stamaril) over 9 months, Dukoral, Vivotif, Rabipur; Lyme disease, Lassa fever, Marburg, West Nile, Mediterranean spotted fever, Rocky Mountain spotted fever.`,
  `SLT: IDDSI levels 0-7; FEES, videofluoroscopy (Penetration-Aspiration Scale 1-8); CELF-5, PLS-5, WAB-R; Lidcombe, Camperdown; Parkinson (LSVT LOUD); motor neurone disease voice banking.`,
  `Clinical photography consent tiers: record only / teaching within the trust / publication (anonymised) / publication (identifiable). Withdrawal at any time. GMC guidance 2011; Medical Illustration, Dermatology, Plastics.`,
  `Bed state definitions: OPEL 1-4; ward codes AMU, SAU, CCU, HDU, ITU, Ward 30 (escalation); discharge lounge; "criteria-led discharge"; 12-hour trolley wait; NEWS2 5 or more: review within 1 h.`,
  `Dental referral criteria: LL8 impacted near inferior dental nerve (Pell and Gregory, Winter classification); MRONJ risk with alendronate, denosumab (Prolia); INR under 4 for extraction; Ludwig angina; Hutchinson incisors.`,
  `Eponyms: Parkinson, Alzheimer, Huntington, Bell palsy, Dupuytren, Charcot, Perthes, Baker cyst, Colles, Smith, Monteggia, Galeazzi, Guillain-Barré, Kawasaki, Down syndrome, Ménière, Hodgkin, Burkitt, Kaposi.`,
  `Place-like clinical words: Coxsackie B, Norwalk virus, Hendra, Nipah, Lassa, Marburg, Ebola, Bornholm disease, Lyme carditis, Zika, Chikungunya, Omsk haemorrhagic fever, Crimean-Congo, Madura foot, Delhi belly, Mediterranean diet.`,
  `Genes and variants: BRCA1, BRCA2, PALB2, TP53, MLH1, MSH2, APC, CFTR F508del, HBB c.20A>T, APOL1 G1/G2 (kidney disease risk), PKD1, PKD2, COL4A5 (Alport), NPHS2, HLA-B*58:01 (allopurinol).`,
  `Organisms: Pseudomonas aeruginosa, Klebsiella pneumoniae (KPC, NDM, OXA-48), Enterococcus faecium (VRE), Candida auris, Clostridioides difficile, Streptococcus pyogenes, Plasmodium falciparum, Schistosoma haematobium.`,
  `Brands and devices: Truvada, Descovy, Nexplanon, Mirena, Omnipod, FreeStyle Libre 3, Dexcom G7, Quickie Argon, Jay J3, Baxter HomeChoice Claria, Stamaril, Typhim Vi, Ixiaro, Epipen, Fortisip, Ensure Plus.`,
  `Scores: NEWS2, qSOFA, CURB-65, Wells, HAS-BLED, CHA2DS2-VASc, Rockwood 6, Clinical Frailty Scale, 4AT, MMSE 24/30, MoCA 21/30, PHQ-9, GAD-7, EPDS, Glasgow Coma Scale 14, APGAR 9.`,
  `Ages under 90: aged 89, 88-year-old, 74 years, 65+ vaccine clinic, "octogenarian"; "nonagenarian" as a word; centenarian study from 2019; years alone: 1998, 2007, 2026.`,
  `Hungarian protocol (translated): TAJ-kártya check at reception; népegészségügyi szűrés (population screening) for colorectal cancer from 50 to 70 years, FIT every 2 years.`,
  `Colombian EPS rules: Plan de Beneficios en Salud (PBS); MIPRES prescription for non-PBS drugs; autorización within 5 días hábiles; triage I-V (Resolución 5596 de 2015).`,
  `Uzbekistan: IMCI classification; ORS for some dehydration; zinc 20 mg 10-14 days; vitamin A; measles-rubella at 12 months and 6 years; BCG at birth; pentavalent at 2, 3, 4 months.`,
  `Senegal protocol: paludisme simple - TDR, ACT (artéméther-luméfantrine) 3 jours; paludisme grave - artésunate IV 2,4 mg/kg; SP en TPI chez la femme enceinte.`,
  `Finnish care guideline (Käypä hoito): atrial fibrillation - CHA2DS2-VASc 2 or more in men, 3 or more in women: DOAC; Kela reimbursement category 62.`,
  `Cambodia, Jamaica, Georgia, Sudan, Samoa, Slovakia, Nepal, Somalia: national dengue, cholera and TB programmes follow WHO 2024 guidance; DOTS, GeneXpert MTB/RIF Ultra, BPaLM regimen 6 months.`,
  `Codes: ICD-10 N18.5 (CKD stage 5), Z99.2 (dependence on dialysis); ICD-11 GB61.Z; SNOMED CT 238318009; LOINC 2160-0; CPT 90935; OPCS X40.3; ATC J05AR03.`,
  `Dialysis diet leaflet: potassium under 5.5 mmol/L (avoid bananas, potatoes unless double-boiled); phosphate binders (Renvela, Fosrenol) with meals; fluid 500 mL plus urine output; Nepro, Renilon.`,
  `Wheelchair and seating: tilt-in-space; pressure mapping; Waterlow 20; ROHO cushion; Quickie, Invacare, Sunrise Medical; attendant-propelled; EPIOC criteria; Motability scheme rules.`,
  `Stoma and continence: Bristol stool chart type 7; ileostomy output over 1.5 L/day: St Mark's solution, loperamide 4 mg QDS, codeine; Coloplast SenSura, Dansac, ConvaTec Esteem; Kegel exercises.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter19', '/tmp/deid-ood-letters19.jsonl');
