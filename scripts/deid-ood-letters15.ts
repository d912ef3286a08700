/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), nineteenth session: short clinician texts of
 * kinds beyond letters13-14: multidisciplinary team meeting minutes (upper GI, breast, lung, colorectal, skin,
 * haematology, renal, neuro-oncology, frailty), theatre lists (general, trauma, eye, gynae, paediatric, vascular),
 * outpatient, pre-op and endoscopy clinic lists, adult and child safeguarding referrals (self-neglect, domestic abuse
 * MARAC, modern slavery, strategy meetings), occupational-health letters (logistics, NHS staff, offshore, police,
 * farm, TB screening of health-care workers), clinical-trial screening logs and visit notes, laboratory sendaway forms,
 * telemedicine and telephone transcripts and session logs, prison, immigration-removal-centre and military health
 * records (army, navy, air force, veterans), school-nurse letters and health-care plans, travel-clinic certificates
 * and notes, coroner's, procurator fiscal's and medical examiner's requests and notices, research consent, assent and
 * withdrawal records, device and remote-monitoring lines, IT access audit lines, billing and claims; written in the
 * styles of Nigeria, Ghana, Uganda, the Philippines, Poland, Turkey, Vietnam, Ethiopia, Chile, Iran, Greece, Sri
 * Lanka, the UK, the US and Australia (local words kept: Szpital, Hastanesi, Bệnh viện, Nosokomeio, Bimarestan,
 * Darmangah, Ospital ng, CESFAM, Przychodnia, Barangay, Purok, Kebele). Human patients only. Written by hand by
 * engineer author on 2026-12-05 (nineteenth session) without reading the engine's rules or lexicons, and never run
 * through ddx by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and do
 * not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, signatures, greetings, cc lines, typist initials,
 * chat, lower case, all caps, surname first, hyphenated, with particles), Yoruba, Igbo, Hausa, Akan, Ganda, Filipino,
 * Polish, Turkish, Vietnamese (with and without diacritics), Amharic and Tigrinya, Chilean and Mapuche, Persian,
 * Greek, Sinhala and Tamil, Maori, Fijian and Romanian name forms written in Latin letters; lone surnames and lone
 * first names; places of every kind (towns and villages, streets with and without type words, flats and plots,
 * barangays, puroks, kebeles, wards named after people, facilities, institutions written as acronyms, foreign-language
 * facility words, shops, farms, funeral directors, barracks and custody sites); ages over 89 as digits and words
 * ("aged 93", "93 y/o", "yaş 91", "lat 95", "etos 96", "94 años", "93 tuổi", "(104)"); dates in many formats and
 * languages (02/12/2026, 1958-03-22, 01DEC26, "4 grudnia 2026", "28.11.2026", "ngày 20 tháng 11 năm 2026",
 * "2 de diciembre de 2026", "3-dic-2026", "Disyembre 1, 2026", "3 Dekemvriou 2026", "12 Azar 1405", "1405/09/13",
 * "Hidar 24, 2019 E.C.", ISO timestamps, weekdays, "the 15th"); IDs of many shapes (PESEL, T.C. kimlik, CCCD, RUT,
 * NIN, NIC old and new, Iranian national code, Fayda, passport, service, prison, Home Office, custody, trial,
 * screening, randomisation, sample, courier, interpreter, coroner and case numbers); health plans (NHIS, PhilHealth,
 * SGK, BHYT, FONASA, AMKA, Tamin, Medicare US and AU, insurers); licences (GMC, NMC, GPhC, GDC, NPI, MDCN, PRC, NPWZ,
 * SLMC); phones of many countries, bleeps and extensions; faxes, e-mails, URLs, IPv4 and IPv6; device serials
 * (pacemaker, ICD, insulin pump, CGM, BP cuff, oxygen concentrator, hearing aid); vehicle plates of several
 * countries; US SSNs and a UK NI number. Every name, address and number is invented; institution names may be the
 * public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters14.ts: PHI is marked inline as {{TYPE|text}}; titles and kinship
 * or honorific words ("Dr", "Mrs", "Mr", "Miss", "Ms", "Cpl", "Sgt", "LCpl", "Pte", "Lt", "Capt", "AB", "PC", "Chief",
 * "Lola", "Mama", "bà") stay outside a name, facility words inside; US states, Australian territories, provinces,
 * counties and countries are not marked; years on their own are never marked; ages of 89 and under are not marked;
 * weekdays and dates named by a weekday are DATE, "today", "tomorrow" and "yesterday" are not marked; numbered
 * wards, units, rooms, bays, cells, caravans and bed numbers are not marked, but a ward named after a person is a
 * LOCATION. An AGE span is one stated exact age over 89, only its number or number word. NPI, GMC, NMC, GPhC, GDC,
 * MDCN, PRC, NPWZ and SLMC numbers are typed LICENSE; national and other ID numbers ID (a UK NI number and a US SSN
 * are typed SSN); NHS, CHI and hospital numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any country
 * ZIP. Before writing, the script checks every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms (some of them place or person words: Ivor Lewis, Hartmann, Glasgow-Blatchford,
 * Rockall, Ottawa, Ann Arbor, Deauville, Erasmus, Ramsay Hunt), signs, scales and scores, drugs (generic and brand),
 * doses, ages under 90, bare years, gene and variant names (HGVS) and codes (ICD-10, CPT, SNOMED CT, OPCS-4, HRG),
 * which must stay.
 *   node --import tsx scripts/deid-ood-letters15.ts [--out /tmp/deid-ood-letters15.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters15.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `MULTIDISCIPLINARY TEAM MEETING - UPPER GI - {{DATE|Thursday 3 December 2026}}
Chair: Mr {{NAME|Obafemi Adeyenka-Holles}}. Present: Dr {{NAME|Marzena Wierzchosławska}} (radiology), Dr {{NAME|Thiện Vũ Hạnh}} (pathology), CNS {{NAME|Efoa Brightwillow}}.
1. {{NAME|Ksawary Dobrzyński}}, {{AGE|91}}, MRN {{MRN|KQH-7704219}}: oesophageal adenocarcinoma T3N1. Frail; for best supportive care. Daughter {{NAME|Halszka}} to be told by CNS.
2. {{NAME|Nnamdi Okwuasa-Brent}}, 58: gastric GIST 6 cm, for resection at {{LOCATION|St Aldric's}}.`,

  `MDT outcome (breast), {{DATE|02/12/2026}}: pt {{NAME|marical dumalagan}} (DOB {{DATE|14/06/1971}}), hospital no. {{MRN|88041273}}. Grade 2 IDC, ER 8/8, HER2 negative. Plan: wide local excision, SLNB. Surgeon: {{NAME|Ferrucci-Adamu}}. Next MDT {{DATE|10 Dec}}.`,

  `Lung MDT minutes - {{LOCATION|Kelderhaven General}}
Case 4: {{NAME|TESFOYE, Mulugeta}} (hosp no {{MRN|KG-3318806}}), ex-miner, 8 cm RUL mass, SUV 14. EBUS 4R positive for squamous. Stage IIIB. Referred to Dr {{NAME|Ioanna Papadrosou}} (clinical oncology) for chemoradiation. GP Dr {{NAME|Wanjeru}} informed by letter {{DATE|4.12.26}}.`,

  `THEATRE LIST - {{LOCATION|Brennock Hospital}}, Theatre 3, {{DATE|Fri 04-Dec-2026}}
08:00 {{NAME|Tường Lưu Quyền}} (M, 44) lap chole - {{MRN|BH220871}}
09:30 {{NAME|Özlem Karaağaçlı}} (F, 37) hysteroscopy - {{MRN|BH301194}}
11:00 {{NAME|Teodaro Villalobas Paredes}} (M, 67) R inguinal hernia, mesh - {{MRN|BH118452}}
13:30 {{NAME|Chidenma Ezenwa-Ashwithe}} (F, 29) excision sebaceous cyst back - {{MRN|BH402760}}
Surgeon: Mr {{NAME|Rustom Quoyle}}. Anaesthetist: Dr {{NAME|Sıla Bozdoğanlı}}.`,

  `Theatre list (trauma), {{DATE|Saturday}}: 1. {{NAME|dlangamandla-reeve}} NOF, DHS. 2. {{NAME|Ptak}} distal radius ORIF. 3. {{NAME|Berhanu}} washout R knee. Ortho reg {{NAME|Sunethra}} bleep {{PHONE|2216}}.`,

  `Ophthalmology theatre list, {{LOCATION|Hollinsfield Eye Unit}}, {{DATE|7/12/2026}}
- {{NAME|Stavroula Kyriakopoulou-Day}}, {{AGE|94}}, L phaco + IOL, biometry 21.5 D
- {{NAME|Wiesłow Grodecki}}, 71, R phaco, on tamsulosin - expect floppy iris
- {{NAME|Hamidreza Sotoudehnia}}, 63, L trabeculectomy
Consultant: Miss {{NAME|Chandrika Wijesooriya}}`,

  `OUTPATIENT CLINIC LIST - Diabetes, Dr {{NAME|Kehende Alabi-Trask}}, {{LOCATION|Rowanby Lodge Outpatients}}, {{DATE|Tue 8 Dec 2026}}
09:00 {{NAME|Quản Thị Lụa}} NEW  {{MRN|RL5520184}}
09:20 {{NAME|Jerzy Mikołajczak}} FU  {{MRN|RL4412097}}
09:40 {{NAME|Ayşenur Pekdemir}} FU  {{MRN|RL3390015}}
10:00 {{NAME|Elpidio Sumagaysay}} NEW  {{MRN|RL5520921}}
10:20 {{NAME|Firouzeh Ghaffarzadeh}} FU (interpreter Farsi booked)  {{MRN|RL2207743}}`,

  `Clinic list, cardiology, {{DATE|9.12}}: {{NAME|walde}}, {{NAME|kapetanaki}}, {{NAME|ranasinghe-poole}}, {{NAME|iwuchokwu}}, {{NAME|brzezicka}}. Echo first for the last two. Clinic nurse {{NAME|Maritess}}.`,

  `SAFEGUARDING ADULTS REFERRAL
Adult at risk: {{NAME|Chinwe Obioroh}}, DOB {{DATE|02/02/1933}}, aged {{AGE|93}}
Address: {{LOCATION|Flat 6, Merrow Court}}, {{LOCATION|22 Lydgate Rise}}, {{LOCATION|Ashback}} {{ZIP|AB7 2RT}}
Concern: son {{NAME|Ikanna}} holds her bank card; bills unpaid, no food in the fridge, pressure sore grade 3.
Referrer: {{NAME|Gráenne Holohan-Sule}}, district nurse, tel {{PHONE|01632 961 884}}.`,

  `Safeguarding children referral (ED), {{DATE|5 December 2026}}, 02:40. Child: {{NAME|Khuê Ngân Hứa}}, 7 months, spiral fracture R humerus, non-mobile. Mother {{NAME|Hứa Thị Mai}}, partner {{NAME|Caillin Frewin}} (not the father). Address {{LOCATION|41 Tannerby's Yard}}, {{LOCATION|Elmbredge Hythe}}. Social worker on call: {{NAME|Patience Ogunlaye}}, {{PHONE|0300 555 0192}}. Police ref {{ID|CAD 0412/05DEC}}.`,

  `Safeguarding note: {{NAME|rosalend}}, 15, disclosed at school nurse drop-in that a man called {{NAME|Dariosz}} meets her outside {{LOCATION|Kestwick Parade}} shops and gives her vapes. DSL Mr {{NAME|Oboya}} informed.`,

  `OCCUPATIONAL HEALTH REPORT - CONFIDENTIAL
Employee: {{NAME|Wojciach Pałasz}}   Employee no. {{ID|E-0048831}}   Employer: {{LOCATION|Harnwell Logistics Ltd}}, {{LOCATION|Unit 9, Gorse Park}}
Role: forklift driver. Seen {{DATE|1 Dec 2026}} after 3 weeks off with lumbar disc prolapse. Fit for adjusted duties, no lifting over 10 kg for 4 weeks.
OH physician: Dr {{NAME|Aurelea Boakyewaa-Frostwick}}, GMC {{LICENSE|7043918}}`,

  `Occ health (NHS trust staff): nurse {{NAME|Jocalyn Macaraeg}}, NMC PIN {{LICENSE|19I4427E}}, needlestick {{DATE|30/11/2026}} from source pt {{NAME|Kowalik}} (HBsAg neg, HIV neg, HCV Ab pending). Her anti-HBs 120. Follow-up {{DATE|14/12}}.`,

  `Occupational health letter (offshore): Mr {{NAME|Oğuzhan Tatlıdil}}, passport {{ID|U48821073}}, medic on rig {{LOCATION|Sevenstones Alpha}}. OGUK certificate renewed until {{DATE|03/12/2028}}. BMI 29, audiogram H1. Examiner Dr {{NAME|Dafydd Morwen-Ike}}.`,

  `Occ health e-mail, From: {{EMAIL|oh.referrals@penwithy-council.example.org}}. Re: {{NAME|Amaka Uzodenma}}, teaching assistant, asthma and mould in classroom 4 at {{LOCATION|Fellgate Primary}}. Please assess. {{NAME|Lorcon}} (HR).`,

  `Dementia clinic list {{DATE|Wed 9/12}}: {{NAME|Theodara Lykourezou}} ({{AGE|ninety-two}}), MoCA recheck; {{NAME|Bogumeła Sitarek}} (84), donepezil review; {{NAME|Karunaratne}} (79), new. Memory nurse {{NAME|Ifeyenwa}}.`,

  `MDT (neuro-oncology), {{DATE|26 Nov 2026}}: {{NAME|Farshid Golpayegani}}, 52, GBM IDH-wildtype, MGMT methylated. For Stupp regimen at {{LOCATION|Cresswold Cancer Centre}}. Wife {{NAME|Shiren}} present. Key worker {{NAME|Aoefe Ní Bhraonáen}}, {{PHONE|0161 496 0733}}.`,

  `Renal MDT: {{NAME|Ramiro Achurra Lizana}}, listed for transplant, HLA sensitised (cRF 85%). Donor brother {{NAME|Ignaceo}} incompatible; for paired exchange scheme. Coordinator {{NAME|Sinazo}} {{EMAIL|sinazo.transplant@elverhall.example.nhs.uk}}.`,

  `PAEDIATRIC THEATRE LIST {{LOCATION|Adaaze Ward}} admissions, {{DATE|11 December}}: {{NAME|Kacper Żmuda}}, 4, adenotonsillectomy; {{NAME|Joshua-Emaka Ihejirika}}, 6, orchidopexy L; {{NAME|Lạc Mẫn Khôi}}, 3, circumcision (balanitis xerotica). Play specialist {{NAME|Rhianydd}}.`,

  `Clinic list (rheumatology, virtual): {{NAME|Tsigereda Alemayahu}} 10:00 video; {{NAME|Evangelas Mavrogordoto}} 10:15 phone {{PHONE|+30 694 551 2207}}; {{NAME|Pınar Sözeri}} 10:30 video. Link {{URL|https://meet.kelderhaven-nhs.example/rheum-3}}.`,

  `Safeguarding (prison healthcare): prisoner {{NAME|Lysimach Okaro-Whitlom}}, prison no. {{ID|A4417DX}}, {{LOCATION|HMP Cranstoun}}, found with ligature marks; ACCT opened {{DATE|03/12/2026}}. Healthcare manager {{NAME|Beata Świątkowska}}.`,

  `Occupational health - fitness to fly (military): Cpl {{NAME|Ngazi Achabe-Lunvik}}, service no. {{ID|30118724}}, {{LOCATION|RAF Linthorpe}}. Post-PE, on apixaban; grounded until {{DATE|01/03/2027}}. SMO Sqn Ldr {{NAME|Halloron}}.`,

  `CLINICAL TRIAL SCREENING LOG - study HELIOS-HF (sponsor protocol HX-2291), site {{LOCATION|Drumcarrow University Hospital}}
Scr {{ID|S-014}} {{NAME|Onyekochi Nwachokwu}}, DOB {{DATE|1958-03-22}}, eligible, consented {{DATE|2026-11-30}}
Scr {{ID|S-015}} {{NAME|Bronisława Jędrzejczyk}}, DOB {{DATE|1931-07-05}}, excluded (age {{AGE|95}}, above limit)
Scr {{ID|S-016}} {{NAME|Vi Thiện Tùng}}, DOB {{DATE|1966-10-02}}, excluded (eGFR 24)
PI: Prof {{NAME|Kallirroi Antonopoulou}}. Research nurse {{NAME|Udeme}} ext {{PHONE|5518}}.`,

  `Screening log line: {{DATE|01DEC26}} | {{ID|SCR-0447}} | {{NAME|dela rama, rowena}} | F 49 | ECOG 1 | screen fail: HbA1c 10.2 | RN {{NAME|Tiamiyu}}`,

  `Research consent record
Study: ASPIRE-Frailty (REC ref 26/NW/0318). Participant: {{NAME|Jadwega Pełka-Oyelaron}}, participant ID {{ID|AF-0291}}. Consent taken by {{NAME|Chukwodi Anozee}} on {{DATE|3rd December 2026}} at {{LOCATION|Thornlea Day Hospital}}. Witness (daughter): {{NAME|Agniaszka}}. Capacity assessed, present. Copy given.`,

  `Research consent (biobank): donor {{NAME|Efthymios Raptopoulos}}, NHS number {{MRN|485 772 1906}}, agreed to broad consent and recontact by e-mail {{EMAIL|e.raptopoulos77@mailbox.example.com}}. Declined genome sequencing. Signed {{DATE|12/11/2026}}.`,

  `LABORATORY SENDAWAY FORM - Reference lab: {{LOCATION|Valebrook Specialist Laboratories}}, {{LOCATION|Cambrai Way}}, {{LOCATION|Harbury}} {{ZIP|HB3 9WD}}
Patient: {{NAME|ARIYARATNE, Dilrokshi}}   DOB {{DATE|23/09/1984}}   Hosp no {{MRN|S2280477}}
Test: anti-MOG antibodies (serum). Sample no {{ID|26-SE-448213}}. Collected {{DATE|04/12/2026 09:15}}.
Requesting clinician: Dr {{NAME|Olumede Fashala}}, fax results to {{FAX|01632 960 902}}.`,

  `Sendaway request: 24h urine metanephrines, pt {{NAME|Tuğba Erkılınç}}, {{MRN|H9904113}}. Invoice to account {{ACCOUNT|LAB-AC-77412}}. Courier {{DATE|Mon 7 Dec}}. Lab contact {{NAME|Gbenga}} {{EMAIL|gbenga.sendaways@harbury-path.example.nhs.uk}}.`,

  `Sendaway (genetics): EDTA 4 mL from {{NAME|Khổng Gia Khuê}}, 2, for SMN1 copy number. Parents {{NAME|Khổng Văn Định}} and {{NAME|Đặng Thị Huệ}}. Lab ref {{ID|GEN/26/11093}}.`,

  `TELEMEDICINE CONSULTATION TRANSCRIPT (auto, edited)
Clinician: Good morning, can you confirm your name and date of birth?
Patient: {{NAME|Rosalinda Tumanguil}}, {{DATE|eleventh of March 1962}}.
Clinician: And you're at home at {{LOCATION|Calle Sampaguita 18}}, {{LOCATION|Barangay Malinis}}?
Patient: Yes. My son {{NAME|Jomar}} is here too.
Clinician: Your blood pressure readings are around 160 over 95. We'll increase amlodipine to 10 mg.
[Session ID {{ID|TM-88213-QX}}, IP {{IP|203.0.113.77}}, clinician Dr {{NAME|Ligaya Balagtas}}]`,

  `Video consult note: {{NAME|nurettin cavit sarıkaya}} joined from {{LOCATION|Eskişehir}}, daughter {{NAME|zeynep}} translating. Connection dropped twice (client IP {{IP|198.51.100.142}}). Rash on shins, tender nodules - erythema nodosum. Bloods at {{LOCATION|Pendlebury Health Centre}}.`,

  `Telephone transcript, out of hours: "Hi, it's {{NAME|Temitape}}, I'm calling about my grandad, {{NAME|Oluwaseon Bamgbase}}, he's {{AGE|ninety-six}}, he's been vomiting since {{DATE|Sunday}}. We're at {{LOCATION|9 Wyvern Close}}. My number is {{PHONE|07700 900 614}}." Triage: 111 disposition ED within 1 h.`,

  `Telehealth (Chile): paciente {{NAME|Constanza Illanes Oyarzún}}, RUT {{ID|14.882.307-6}}, {{LOCATION|Pasaje Los Aromos 442}}, {{LOCATION|Coyhaique}}. Control de diabetes por videollamada el {{DATE|2 de diciembre de 2026}}. HbA1c 8,4 %. Dra. {{NAME|Macarena Sotomayor Fuenzalida}}.`,

  `PRISON HEALTHCARE RECORD - reception screen
Name: {{NAME|Dariosz Wiśniewicz}}   Prison no: {{ID|KT8842}}   Cell: B2-14   Date: {{DATE|28/11/2026}}
Opiate dependent, methadone 60 mg confirmed with {{LOCATION|Gorsay Lane Pharmacy}} ({{PHONE|0113 496 0521}}). Hep C Ab positive 2023. Next of kin: mother {{NAME|Halena Wiśniewicz}}.
Nurse: {{NAME|Fami Adeosun-Clerkin}}`,

  `Prison GP note: {{NAME|Okafuru}} (wing C) - chest pain on exertion, ECG at {{LOCATION|HMP Wealdmoor}} healthcare: ST depression V4-6. Escorted to {{LOCATION|Tillingham Royal}} ED, escort officers {{NAME|Brannigon}} and {{NAME|Yetunde}}. Van {{VEHICLE|KX71 HPW}}.`,

  `MILITARY HEALTH RECORD (F Med 5 style)
Service no. {{ID|25174460}}   Rank/Name: LCpl {{NAME|Emaka Okankwo-Taet}}   Unit: 2nd Bn, {{LOCATION|Tidworth Barracks}}
Injury: inversion ankle, exercise on {{LOCATION|Warminster Range}} {{DATE|19 Nov 26}}. Grade 2 ATFL. Downgraded MLD for 6 weeks.
Medical officer: Capt {{NAME|Irena Sobieraj}}   Medic: Pte {{NAME|Jayasekara}}`,

  `Aeromed request (deployed): Sgt {{NAME|Tomosz Lewandowicz}}, service no. {{ID|P8830152}}, blast injury L leg, tourniquet 02:10 local {{DATE|4 Dec}}. From role 2 at {{LOCATION|Camp Varnok}} to {{LOCATION|Role 4 Selly Oak}}. Flight nurse {{NAME|Ogachi}}.`,

  `SCHOOL NURSE LETTER
{{LOCATION|Heronsgate Academy}}, {{LOCATION|Mill Lane}}, {{LOCATION|Barrowden}} {{ZIP|BW2 6HF}}
{{DATE|4 December 2026}}
Dear Mr and Mrs {{NAME|Ekwuame}},
At the Year 8 health check, {{NAME|Chiamoka}} had a spinal curve on forward bend test. Please take this letter to your GP, Dr {{NAME|Isedro Manalastas}}.
Yours sincerely, {{NAME|Wendelene Harrowgote}}, School Nurse, {{PHONE|01632 960 277}}`,

  `School nurse to GP: {{NAME|diêu khả hân}} (year 3) has had 4 asthma attacks at school this term, inhaler often left at home. Mum {{NAME|thoa}} works nights. Please review. {{NAME|Stasia}}, school nurse, {{EMAIL|school.nursing@oakhurst-childrens.example.nhs.uk}}.`,

  `Health care plan (school): {{NAME|Aryan Wickramasenghe}}, type 1 diabetes, pump Tandem t:slim X2 SN {{DEVICE|1184402}}, CGM Dexcom G7 ID {{DEVICE|4HJ2-K7Q}}. Hypo treatment in Mrs {{NAME|Oyelawo}}'s office. Parent {{NAME|Nadeesha}}: {{PHONE|07700 900 188}}.`,

  `TRAVEL CLINIC CERTIFICATE
This is to certify that {{NAME|Dimitrios Hatzigeorgiou-Mensoh}}, passport no. {{ID|AN4471920}}, born {{DATE|17 Feb 1990}}, received yellow fever vaccine (Stamaril) on {{DATE|30 November 2026}} at {{LOCATION|Castlegate Travel Health}}, centre no. {{ID|YF-0772}}. Valid for life.
Signed: {{NAME|Ewelinka Przybyła}}, travel health nurse`,

  `Travel clinic note: {{NAME|Adaabi}} and {{NAME|Chukwuemaka Nnaji}} travelling to {{LOCATION|Awka}} {{DATE|18/12/2026}}-{{DATE|10/01/2027}}. Atovaquone-proguanil, typhoid, hep A given. Staying with grandmother in {{LOCATION|Oji River}}.`,

  `Fitness-to-travel letter (airline MEDIF): Mrs {{NAME|Byun Chae-rin}}, booking ref {{ID|QZ7M4P}}, flight on {{DATE|22/12}}. Oxygen 2 L/min in flight (COPD, SpO2 91% at rest). Wheelchair to gate. Dr {{NAME|Adewole Crossthwaite}}, {{LOCATION|Merefield Surgery}}.`,

  `HM CORONER - REQUEST FOR MEDICAL RECORDS
Deceased: {{NAME|Olusegon Abiodon Fakeye}}   Date of death: {{DATE|29 November 2026}}   Place: {{LOCATION|Brackwater Reservoir}}
Coroner's ref: {{ID|COR-26-04417}}. Please send GP records and any mental-health contacts to the coroner's officer, {{NAME|Geraldine Phelan}}, by {{DATE|18 December 2026}}.
{{LOCATION|Coroner's Court, 3 Tolbooth Wynd}}, {{LOCATION|Castleburgh}} {{ZIP|CB1 4TT}}   Tel {{PHONE|01632 960 050}}   {{EMAIL|coroners.officers@castleburgh-council.example.gov.uk}}`,

  `Coroner's request (reply): {{NAME|Halil İbrahim Doğrusöz}}, {{AGE|90}}, found at home {{DATE|01/12/2026}}. Last seen by GP {{DATE|12 Nov}} - stable heart failure, NYHA III. I am not able to issue an MCCD. Dr {{NAME|Yewande Okunola}}, GMC {{LICENSE|6190442}}.`,

  `Procurator fiscal report (Scotland): sudden death of {{NAME|Rhona Balfour-Ezeh}}, CHI {{MRN|0403671182}}, at {{LOCATION|Glenuig}} on {{DATE|30/11/26}}. Epilepsy, last seizure {{DATE|October}}. Police ref {{ID|PS-20261130-0871}}.`,

  `Coroner - Ghana style note: body of {{NAME|Kwabana Asonte-Mireku}} released from {{LOCATION|Kamfo Mortuary}} to {{LOCATION|Nyamekye Funeral Home}} on {{DATE|2nd December, 2026}}. Autopsy by Dr {{NAME|Efoa Quartey}}.`,

  `GP letter (Nigeria): {{LOCATION|Ikoyi Family Clinic}}, {{LOCATION|14B Ademola Odeku Crescent}}, {{LOCATION|Ikoyi}}, {{LOCATION|Ajah}} {{ZIP|101233}}
{{DATE|3rd December, 2026}}
Dear Dr {{NAME|Olanrewoju}},
Re: Chief {{NAME|Ebenezar Adetokunbo Ilesanmi}}, aged {{AGE|97}}, NHIS no. {{HEALTH_PLAN|NHIS/LAG/0448172}}, NIN {{ID|48120773316}}.
Kindly review for urinary retention; PSA 38 ng/mL. His driver {{NAME|Ebuka}} will bring him, car {{VEHICLE|LSD 482 KJA}}.
Dr {{NAME|Funmiloyo Adegbite}}, MDCN folio {{LICENSE|MDCN/R/44178}}`,

  `Hospital referral (Philippines): {{LOCATION|Ospital ng Malabanan}}, {{LOCATION|Rizal Avenue}}, {{LOCATION|Tacloban City}} {{ZIP|6500}}. Pasyente: {{NAME|Nenita Dumaguing}}, {{AGE|92}} y/o, PhilHealth no. {{HEALTH_PLAN|12-050774188-3}}. Admitted {{DATE|Disyembre 1, 2026}} for CAP. Attending: Dr. {{NAME|Ramil Sagisi}}, PRC lic. {{LICENSE|0118842}}.`,

  `Referral (Poland): {{LOCATION|Szpital Wojewódzki im. Kopernika}}, {{LOCATION|ul. Grunwaldzka 41}}, {{ZIP|62-510}} {{LOCATION|Konin}}. Pacjent: {{NAME|Zdzisław Pietrusewicz}}, PESEL {{ID|31022804417}}, lat {{AGE|95}}. Rozpoznanie: niewydolność serca. Data: {{DATE|4 grudnia 2026}}. Lek. {{NAME|Urszula Kołodziejska}}, NPWZ {{LICENSE|2847736}}.`,

  `Epikriz (Turkey): {{LOCATION|Yeşilova Devlet Hastanesi}}, {{LOCATION|Atatürk Cad. No: 72}}, {{ZIP|15500}} {{LOCATION|Yeşilova}}. Hasta: {{NAME|Fadime Gökçeoğlu}}, T.C. kimlik no {{ID|28461037752}}, yaş {{AGE|91}}. Yatış {{DATE|28.11.2026}}, taburcu {{DATE|03.12.2026}}. SGK no {{HEALTH_PLAN|SGK-0774412-9}}. Dr. {{NAME|Keram Yazıcıoğlu}}.`,

  `Giấy ra viện (Vietnam): {{LOCATION|Bệnh viện Đa khiêm Tâm Phúc}}, {{LOCATION|số 12 đường Lý Thường Kiệt}}, {{LOCATION|Quy Nhơn}}. Họ tên: {{NAME|Trịnh Thị Xuân Mai}}, {{AGE|93}} tuổi. CCCD {{ID|052139004771}}. BHYT {{HEALTH_PLAN|HT2520012345678}}. Vào viện {{DATE|ngày 20 tháng 11 năm 2026}}, ra viện {{DATE|ngày 2 tháng 12 năm 2026}}. BS. {{NAME|Lâm Quý Thịnh}}.`,

  `Referral (Ethiopia): {{LOCATION|Tikur Abay Specialised Hospital}}, {{LOCATION|Addis Ababa}}. Patient {{NAME|Almoz Gebremedhen Tsegoye}}, 41, card no. {{MRN|TA-0448193}}, from {{LOCATION|Dessie}}. Rheumatic MS, MVA 0.9 cm2, for PBMV. Phone {{PHONE|+251 911 448 207}}. Dr {{NAME|Yonos Haileselassie}}.`,

  `Epicrisis (Chile): {{LOCATION|Hospital Clínico San Borja del Maule}}, {{LOCATION|Talca}}. Paciente {{NAME|Eliana del Tránsito Riquelme Sepúlvada}}, RUT {{ID|4.337.912-K}}, {{AGE|94}} años, FONASA tramo B {{HEALTH_PLAN|FON-B-4337912}}. Ingreso {{DATE|27/11/2026}}, alta {{DATE|04/12/2026}}. Fractura de cadera. Dr. {{NAME|Benjamín Aravena}}.`,

  `Discharge summary (Iran, English): {{LOCATION|Bimarestan-e Shahid Kazemzadeh}}, {{LOCATION|Mashhad}}. Patient: {{NAME|Gholamreza Amirsoltani}}, national code {{ID|0941887312}}, age {{AGE|90}}. Admitted {{DATE|12 Azar 1405}} (= {{DATE|3 Dec 2026}}). Son {{NAME|Behrouz}} mobile {{PHONE|+98 915 332 4471}}. Dr {{NAME|Mahnaz Tabatabaei-Radfar}}.`,

  `Greek referral: {{LOCATION|Geniko Nosokomeio Agios Spyridan}}, {{LOCATION|Odos Ermou 18}}, {{ZIP|105 63}} {{LOCATION|Athina}}. Asthenis: {{NAME|Panagiota Zervoudaki}}, etos {{AGE|96}}, AMKA {{HEALTH_PLAN|12073008842}}. Imerominia: {{DATE|3 Dekemvriou 2026}}. Iatros: {{NAME|Spyros Angelopoulos-Tsiami}}.`,

  `Referral (Sri Lanka): {{LOCATION|Base Hospital Dambadeniya}}. Pt {{NAME|W. M. Kusumawathie Menike}}, NIC {{ID|196418702331}}, 62, from {{LOCATION|Kuliyapitiya}}. Snakebite (Russell's viper), 20WBCT prolonged. Transfer to {{LOCATION|THK}} by ambulance {{VEHICLE|WP NB-4471}}. MO Dr {{NAME|Chamara Dissanayake}}.`,

  `GP letter: Mr {{NAME|Wiktor Bednarczuk}} came in with his mother {{NAME|Leokadea}}, who is {{AGE|97}}, about her falls. Her carer {{NAME|Rodelia}} from {{LOCATION|Homewise Care}} says she has fallen 3 times since {{DATE|1 November}}.`,

  `MDT (colorectal) {{DATE|Mon 30/11}}: 1) {{NAME|Abimbala Oyebonji}} - rectal ca, MRI T3c, EMVI+, for TNT. 2) {{NAME|Lucjan}} - polyp cancer, Haggitt 2, clear margin, surveillance. 3) {{NAME|Papadimitriau}} - liver mets x3, for HPB MDT at {{LOCATION|QEH}}.`,

  `Theatre list (gynae), {{LOCATION|Sefton Vale Women's Unit}}, {{DATE|Dec 10}}: {{NAME|marisbel quespe}} - lap BSO; {{NAME|adeola}} - ERPC; {{NAME|Thoy}} - LLETZ. Consultant Mrs {{NAME|Ananthi Sivalingam}}.`,

  `Clinic list (urology, {{LOCATION|Tollbridge Community Hospital}}) {{DATE|14.12.2026}}: {{NAME|Stanisłow Wróblewicz}} {{MRN|TC-661204}}; {{NAME|Tundun Bakore-Hughesdon}} {{MRN|TC-552031}}; {{NAME|Emrah Kızılkaya}} {{MRN|TC-449017}}. Flexi cystoscopy x2, TRUS x1.`,

  `Safeguarding (domestic abuse) MARAC referral: victim {{NAME|Nnaka Obidike-Farraday}}, DOB {{DATE|09/08/1990}}; alleged perpetrator {{NAME|Kieron Ashdurne}}, DOB {{DATE|22/01/1987}}. Address withheld - refuge. Safe contact {{PHONE|07700 900 347}} (text only). DASH score 17. IDVA {{NAME|Marguerete Obeng}}.`,

  `Occupational health (police): PC {{NAME|Holyna Boiko-Rees}}, collar no. {{ID|4471}}, PTSD after RTC on {{LOCATION|Coldharboor Bypass}} {{DATE|17 Oct 2026}}. TRiM done. Referred to {{LOCATION|Oakwell Psychological Services}}.`,

  `Trial screening (oncology): {{NAME|Ngô Thiện Hương}}, hosp no {{MRN|ML0440921}}, screening no. {{ID|KEY-1187-0042}}, pre-screen PD-L1 TPS 60%. Randomised {{DATE|2026-12-02}}. Pharmacy IWRS confirmation {{ID|RND-8841273}}.`,

  `Lab sendaway: anti-NMDA receptor Ab (CSF + serum) for {{NAME|Maryom Hosseinzadah-Clark}}, 24, {{MRN|PR7720114}}. Send to {{LOCATION|Oxbourne Neuroimmunology Lab}}, {{LOCATION|Level 4, Radcliffe Wing}}. Results to {{EMAIL|neuro.registrar@pembury-royal.example.nhs.uk}}.`,

  `Telemedicine log: {{DATE|2026-12-03T14:22:07Z}} session opened by {{EMAIL|d.ukpabi@telehealth-north.example.com}} from {{IP|2001:db8:4f1::a27}}; patient {{NAME|Zofea Kameńska-Ogbu}} ({{MRN|TN-0078812}}) joined from {{IP|192.0.2.211}}. Duration 14 min.`,

  `Prison in-reach (mental health): {{NAME|Ercan}} has stopped eating, believes food poisoned. Transfer request to {{LOCATION|Ravenhorst Medium Secure Unit}} under s.47. Psychiatrist Dr {{NAME|Adaaze Okafuru-Linde}}.`,

  `School nurse: {{NAME|Kaloni}} (Year 10) weight 38.4 kg, BMI 14.9, bradycardic 48. Parents Mr and Mrs {{NAME|Fonati}} informed; urgent CAMHS referral. Head of Year: Mrs {{NAME|Okereke}}.`,

  `US clinic intake (occupational medicine): {{NAME|Rodrigo Bustamonte Yáñez}}, SSN {{SSN|529-41-7730}}, employer {{LOCATION|Sierra Cortez Packing Co.}}, {{LOCATION|2210 W Almendro Ave}}, {{LOCATION|Visalia}}, CA {{ZIP|93706}}. Workers' comp claim {{ACCOUNT|WC-26-0094471}}. Lacerated R index finger on band saw {{DATE|12/02/2026}}.`,

  `Disability claim (US): claimant {{NAME|Imalda Pagulayan}}, SSN {{SSN|611-08-2947}}, DOB {{DATE|05/19/1968}}. Treating physician Dr {{NAME|Oyinkansala Ajoyi}}, NPI {{LICENSE|1487720395}}, fax {{FAX|(559) 555-0148}}.`,

  `Occupational health (UK): NI number {{SSN|JT 40 19 82 C}}, {{NAME|Bartłomiej Szczęsny}}, warehouse operative, fit note {{DATE|01/12/2026}} to {{DATE|29/12/2026}}, back pain. Employer portal {{URL|https://ohportal.wexcombe-distribution.example.co.uk/case/44172}}.`,

  `Pacemaker check: {{NAME|Parthenopi Lazaridou}}, {{AGE|99}}, device Medtronic Azure XT DR SN {{DEVICE|RNB448217S}}, battery 7.5 y, RV threshold 0.75 V. Remote monitoring via {{URL|https://carelink.example.com/pt/7741902}}. Next in-clinic {{DATE|June 2027}}.`,

  `ICD shock report: {{NAME|Ahmadreza Keshavarz}}, ICD Boston Scientific Resonate EL SN {{DEVICE|884102}}, 1 appropriate shock for VT 212 bpm on {{DATE|02/12/2026 03:41}}. Remote data uploaded from home IP {{IP|198.51.100.23}}.`,

  `Insulin pump download (telemedicine): {{NAME|Mariela Cifuentes Larraín}}, pump Omnipod 5 PDM SN {{DEVICE|OP5-221874}}, CGM Libre 3 sensor {{DEVICE|0M00A4471KX}}. TIR 61%. Parent e-mail {{EMAIL|mcifuentes.mama@correo.example.cl}}.`,

  `Ambulance transfer (Philippines): patient {{NAME|Leonara Bacani}}, from {{LOCATION|Barangay San Isedro Health Station}} to {{LOCATION|Cagayan Valley Medical Center}}, ambulance plate {{VEHICLE|SAB 4417}}, driver {{NAME|Rolondo}}. Departed {{DATE|03-12-2026 21:15}}.`,

  `Transport (Turkey): 112 ambulance {{VEHICLE|06 AMB 417}} brought {{NAME|Sevgi Ünlütürk}} from {{LOCATION|Kızılay Mahallesi}}, {{LOCATION|Çankaya}} to {{LOCATION|Ankara Şehir Hastanesi}}. Paramedik {{NAME|Burak Aydemirli}}.`,

  `Parking/transport note: Mr {{NAME|Ogbonnoya}}'s wheelchair taxi {{VEHICLE|BD19 XMW}} booked for dialysis at {{LOCATION|Ferncliffe Renal Unit}} Mon/Wed/Fri. Contact {{NAME|Adanna}} {{PHONE|07700 900 561}}.`,

  `Poland ambulance card: pojazd {{VEHICLE|WZ 4471K}}, pacjentka {{NAME|Genowefa Ostrowiecka}}, l. {{AGE|92}}, adres {{LOCATION|ul. Polna 7/3}}, {{ZIP|05-800}} {{LOCATION|Pruszków}}. Godz. 22:14 {{DATE|03.12.2026}}. Ratownik {{NAME|Krystian Molenda}}.`,

  `Billing query: account {{ACCOUNT|ACC-0077412-BR}} for {{NAME|Kwome Owosu-Darkwah}}, self-pay, colonoscopy at {{LOCATION|Calderwood Private Hospital}} {{DATE|23 Nov 2026}}. Invoice {{ACCOUNT|INV-26-118830}}. Finance {{NAME|Shonagh}} {{PHONE|0131 496 0872}}.`,

  `Insurance pre-authorisation (Greece): asfalismenos {{NAME|Charalampos Vlachogiannis}}, policy {{HEALTH_PLAN|INTERAM-GR-5521870}}, MRI lumbar at {{LOCATION|Iatriko Kentro Kifisias}}. Approved {{DATE|02/12/2026}}.`,

  `Claims e-mail: From {{EMAIL|claims@heliosmutual.example.com}}: member {{NAME|Bùi Thị Thiện Tâm}}, member no. {{HEALTH_PLAN|HM-VN-00448217}}, claim {{ACCOUNT|CLM-2026-77104}} for cataract surgery approved. Fax {{FAX|+84 28 3822 4471}}.`,

  `Lab fax cover: To {{LOCATION|Harrowgill Medical Centre}}, fax {{FAX|01632 960 733}}. From {{LOCATION|Sandford Cytology}}. Patient {{NAME|DARAMOLA, Oluwatoyen}}, smear {{ID|CX-26-448120}}: HPV positive, high-grade dyskaryosis. Please refer to colposcopy.`,

  `Military medical board: Lt {{NAME|Jacenty-Paweł Zieleński}} ({{ID|PL-WP-778214}}), 12 Brygada Zmechanizowana, {{LOCATION|Szczecin}}. Hearing loss 45 dB at 4 kHz both ears. Category changed {{DATE|25.11.2026}}.`,

  `Military (US): SGT {{NAME|Deshown Okaye-Maxwell}}, DoD ID {{ID|1448720931}}, {{LOCATION|Fort Huachuca}}. Profile for stress fracture R tibia, {{DATE|12/1/2026}}. Provider CPT {{NAME|Lianne Abaya}}, {{EMAIL|lianne.abaya.mil@health.example.mil}}.`,

  `Veterans clinic: {{NAME|Augustyn Whitfiald-Nwoye}}, {{AGE|101}}, WWII veteran, VA claim {{ACCOUNT|VA-C-22148730}}. Lives at {{LOCATION|Magnolia Crest}}, {{LOCATION|1120 Orchard Blvd}}, {{LOCATION|Valdosta}}, GA {{ZIP|31204}}.`,

  `Coroner's officer phone note: {{NAME|Sibusisiwe}} from {{LOCATION|Haverleigh Coroner's Office}} rang re {{NAME|Edwyn Tebbs-Abora}} (d. {{DATE|27/11}}). Needs GP summary by {{DATE|Friday}}. Call back {{PHONE|01632 960 911}} ext {{PHONE|204}}.`,

  `Research consent withdrawal: participant {{ID|CARDIO-7-0831}} ({{NAME|Aleksondra Zawisza}}) withdrew on {{DATE|1 Dec 2026}}; samples to be destroyed. Notified sponsor {{EMAIL|dm@cardio7-trial.example.org}}. RN {{NAME|Babatonde}}.`,

  `Consent for photography (research): {{NAME|Cristóbal Henríquez Poblete}}, 33, agrees to wound photographs for the SCAR-PHOTO study. Images stored at {{URL|https://scarphoto.example.ac.uk/upload}}. Signed {{DATE|03/12/2026}}, witness {{NAME|Thandewe}}.`,

  `ward round note, {{LOCATION|Ojokwu Ward}} bed 12: {{NAME|olamede}} sats 94% RA, CRP down to 41, switch to oral. d/w {{NAME|ferreera-batista}} (micro). tto tmrw {{DATE|6/12}}.`,

  `Nursing handover {{LOCATION|Nightingale-Adeyami Ward}}: bed 2 {{NAME|wojtek}} confused, 1:1; bed 5 mrs {{NAME|papageorgiou}} refused obs; bed 7 {{NAME|khiem}} for home.`,

  `Handover {{LOCATION|Mariella Seacole Ward}}: {{NAME|Bogdon}} in side room 3 (C diff), {{NAME|Ifeama}} bay B awaiting NG, {{NAME|Sotiris}} for discharge to {{LOCATION|Larchmere Nursing Home}}.`,

  `{{NAME|KARUNATILAKE Sanjeewa}} 44M - R renal colic, 6 mm VUJ stone on CTKUB. Analgesia, tamsulosin. Urology FU {{LOCATION|Arden Hill}} 4/52.`,

  `Bed manager e-mail: can we move {{NAME|Şahin}} (HDU) to {{LOCATION|Florianna Ward}} and {{NAME|Chikwonha}} to {{LOCATION|Adaora Kenterbrook Ward}}? Thanks {{NAME|Paulina}}.`,

  `{{NAME|Nkachi}} rang re her mum {{NAME|Modupe Oyenuga}} ({{AGE|ninety-one}}) - still constipated after 3 sachets of laxido. Advised enema via DN. Callback {{PHONE|07700 900 275}}.`,

  `GP notes: seen with wife {{NAME|Despina}}. {{NAME|Stelias Karamanolis}} 78 increasingly breathless, bibasal creps, BNP 1,400. Echo req to {{LOCATION|Fairbourne Cardiac Investigations}}.`,

  `Pharmacy: {{NAME|Đỗ Mẫn Thắng}} collected warfarin 3 mg x 28 at {{LOCATION|Greenway Pharmacy, 88 Stokeley Road}}, {{DATE|02/12}}. INR book not shown. Pharmacist {{NAME|Folasode Ibikunle}}, GPhC {{LICENSE|2084471}}.`,

  `Dental letter: {{NAME|Yiannis Georgakopoulos}} seen at {{LOCATION|Pearlbrook Dental}}, {{LOCATION|3 Cheapsede Row}}, {{LOCATION|Wolvercote}} {{ZIP|OX2 8QL}}. Osteonecrosis of jaw risk - on alendronate. Dentist {{NAME|Amora Nwachokwu-Dean}}, GDC {{LICENSE|287144}}.`,

  `ED triage: {{NAME|Khưu}}, 19, cut hand on glass at {{LOCATION|The Copper Kettle}} bar, {{LOCATION|Wharf Street}}. Tendon intact. Tetanus given.`,

  `Letter from {{LOCATION|Kawempe Referral Hospital}}: {{NAME|Nakato Sarah Ssempijja}}, 29, eclampsia {{DATE|1/12/2026}}, MgSO4 given, delivered by CS. Baby girl {{NAME|Nalwoga}} 2.1 kg. Tel {{PHONE|+256 772 448 219}}.`,

  `Health visitor: new birth visit to {{NAME|Amarachi}} and baby {{NAME|Chizitere}} at {{LOCATION|12 Coppice Way}}, {{LOCATION|Hebburn Moor}} on {{DATE|5/12}} (day 11). Weight 3.41 kg (birth 3.52). Father {{NAME|Obenna Ezenwa-Pryddell}} present.`,

  `Notice to the surgery: with sadness we inform you that Mrs {{NAME|Perpetoa Agbaje}} of {{LOCATION|Holmwoad Gardens}} died peacefully on {{DATE|28th November}} aged {{AGE|102}}. Funeral at {{LOCATION|St Kizito's Church}}, {{DATE|11 December}}. Family: {{NAME|Olufami}}, {{NAME|Besi}} and {{NAME|Tayo}}.`,

  `Discharge (psychiatry, {{LOCATION|Oakleigh Unit}}): {{NAME|Ayodale}} discharged {{DATE|4 Dec}} to crisis team. Lives with partner {{NAME|Zuzanna}} at {{LOCATION|Flat 2, 60 Lorimer St}}. CPN {{NAME|Ngaeo Tūhae-Ranfurly}}, {{PHONE|0800 555 0117}}.`,

  `Clinic letter (Dear patient): Dear {{NAME|Mihail}}, thank you for coming to see me on {{DATE|2nd December}}. Your ferritin was 8. Please start ferrous fumarate. Dr {{NAME|Ebere Nwasu-Hartlay}}, {{LOCATION|Grovepark Surgery}}.`,

  `cc: Dr {{NAME|Kwasi Ampafo}} ({{LOCATION|Redfern Medical Group}}); {{NAME|Ilana Maciejewska}} (OT); patient. Dictated {{DATE|01/12/2026}}, typed {{DATE|04/12/2026}} by {{NAME|kj}}/{{NAME|ts}}.`,

  `MDT (haematology) {{DATE|27-11-2026}}: {{NAME|Tadesse Worku}}, DLBCL stage IV, IPI 4, for R-CHOP x6. {{NAME|Elżbieta Grabarczyk}}, {{AGE|90}}, MDS-EB1, for azacitidine? Frail - supportive. {{NAME|Nuwan Pathirana}}, CML chronic phase, BCR-ABL 0.08%.`,

  `MDT (skin): {{NAME|Hami Tautohi}} - BCC L nasal ala, Mohs at {{LOCATION|Penrhos Dermatology}}. {{NAME|Roksana}} - melanoma 1.4 mm, SLNB. Dr {{NAME|Theophilus Amankwoh}} to see both.`,

  `Pre-op assessment list {{DATE|Friday 11/12}}: {{NAME|MENDAZA-ILAGAN, Ma. Theresa}}; {{NAME|KOWALEWICZ, Roman}}; {{NAME|ADEBOWOLE, Taewo}}; {{NAME|YILMAZ-DOGAN, Ebru}}. Pre-op nurse {{NAME|Sinéod Ó Murchú}}.`,

  `Endoscopy list, {{LOCATION|Caldermoor GI Unit}}, {{DATE|Thu 10/12}}: OGD {{NAME|Hương}}; colon {{NAME|Bolaji}}; ERCP {{NAME|Kurkowski}} (GA, 90-min slot). Endoscopist Dr {{NAME|Anthimos Rallis}}.`,

  `Clinic outcome sheet: {{NAME|Fitsum Desta}}, seen {{DATE|03/12}}, discharged to GP. {{NAME|Gulnora}} DNA x2 - letter sent. {{NAME|Ravindu}} for repeat echo in 6/12.`,

  `Safeguarding (self-neglect): {{NAME|Reginold Ashcambe-Obidike}}, {{AGE|95}}, lives alone at {{LOCATION|Rook Cottage}}, {{LOCATION|Stangate}}, hoarding, no heating. Neighbour Mrs {{NAME|Deborah Kinsella}} has a key. Referral by GP {{DATE|1/12/26}}.`,

  `Safeguarding strategy meeting minutes {{DATE|02/12/2026}}: child {{NAME|Marak}} (5) - repeated head lice, weight < 0.4th centile, missed 3 dental appointments. Mother {{NAME|Jolanta Szymańczyk}}, social worker {{NAME|Rutendo Adjai-Mensoh}}, police DS {{NAME|Kowalenko-Hartigill}}. Outcome: s.47 enquiry.`,

  `Occupational health (health-care worker, TB): {{NAME|Marivic Loreine Tabangcura}}, staff no {{ID|448172}}, from {{LOCATION|Iloilo}}. IGRA positive, CXR clear. Latent TB - 3HR offered. OH nurse {{NAME|Elspeyth Garvie}}.`,

  `OH letter to manager: {{NAME|Kamil}} may return on a phased basis from {{DATE|7/12}}, 4 h days for 2 weeks, no night shifts. Reviewed by Dr {{NAME|Nkemdirem}}.`,

  `Trial visit note: week 12 visit for {{NAME|Abeba Kidone}} ({{ID|RADIANT-044-017}}). BP 128/76, eGFR 58. IMP kit {{ID|K-20871}} dispensed. Next visit {{DATE|2027-02-24}}.`,

  `Screening log (dementia prevention trial): {{ID|MEM-2291}} {{NAME|Dimetra Konstantinidou}} - ineligible (MoCA 18). {{ID|MEM-2292}} {{NAME|Cyprion Nwafor}} - eligible, consent booked {{DATE|9 Dec}}. {{ID|MEM-2293}} {{NAME|Teresa Chmielowska}} - declined.`,

  `Sendaway form (virology): HEV PCR, pt {{NAME|Obiagali Nwonkwo-Brelloway}}, DOB {{DATE|30.04.1979}}, {{MRN|LX3304127}}. To {{LOCATION|Colindale Reference Unit}}. Packed UN3373, courier ref DHL {{ID|4471 9920 13}}.`,

  `Sendaway (toxicology): serum for lithium and valproate, {{NAME|Rezvan}} ({{MRN|QM8812074}}), taken {{DATE|03/12/2026 07:40}}. Results to Dr {{NAME|Ifeolowa Akinyemi}} bleep {{PHONE|6642}}.`,

  `Telemedicine (Vietnam): {{NAME|Quản Văn Hậu}}, 56, tư vấn từ xa từ {{LOCATION|Trạm Y tế xã Hòa Phong}}. SĐT {{PHONE|0905 448 217}}. Huyết áp 170/100. Bác sĩ {{NAME|Phan Thị Ngân Ánh}}.`,

  `Telepsychiatry note: {{NAME|Emmanual Kpodo}} seen by video from {{LOCATION|Hohoe}}; link failed, switched to phone {{PHONE|+233 24 448 1207}}. Mood low, sleeping 3 h. Plan: sertraline 50 mg.`,

  `Teledermatology: image set {{ID|TD-26-8841}} uploaded by {{LOCATION|Brookfiald Surgery}} for {{NAME|Hatice Yurtsever}}, 61. Lesion R cheek, 9 mm, irregular pigment. Advice: urgent 2WW. Dermatologist Dr {{NAME|Olubunmi Sowemimo}}.`,

  `Prison healthcare (women's estate): {{NAME|Chanelle Mbotha-Roycroft}}, prison no. {{ID|B7721QF}}, 32 weeks pregnant, BP 152/98, urine protein 2+. Escort to {{LOCATION|Larkhall Maternity}} by {{VEHICLE|GN68 TZU}}. Officer {{NAME|Pettivant}}.`,

  `Custody (immigration removal centre): detainee {{NAME|Yared Mekonnan Ababe}}, Home Office ref {{ID|M1448207}}, {{LOCATION|Brookmoor IRC}}. Rule 35 report: scars consistent with account of torture. Dr {{NAME|Aleksondra Nowicka-Ballo}}.`,

  `Military sick parade: Pte {{NAME|Seru Nabuka}} (Fijian), service no {{ID|30271845}}, {{LOCATION|Catterick Garrison}}. Tonsillitis, Centor 4. Pen V. Excused duties to {{DATE|09 Dec}}.`,

  `Navy sick bay log {{DATE|02DEC26}} 1430: AB {{NAME|Kafi Annoh-Breggs}} (ship alongside {{LOCATION|Devonport}}) - lac to scalp, 4 sutures. Tetanus in date. PO Med {{NAME|Grimshow}}.`,

  `Veterans mental health (Op Courage): {{NAME|Marcin Jabłoński}}, ex-Royal Engineers, {{PHONE|07700 900 446}}, {{EMAIL|marcin.j.veteran@inboxmail.example.net}}. Nightmares, alcohol 60 u/wk. Case worker {{NAME|Obiora}}.`,

  `School nurse (vision screen) letter: Dear parent/carer of {{NAME|Khuc Ton Gia Vinh}}, at his screening on {{DATE|20 November}} at {{LOCATION|St Bede's RC Primary}} his vision was 0.300 right and 0.100 left (logMAR). Please book an optometrist. School nursing team, {{PHONE|0300 555 0421}}.`,

  `School nurse (anaphylaxis plan): {{NAME|Oluwadamilore}}, class 2B, peanut and sesame. Two adrenaline pens in office. Mum {{NAME|Bolonle}} {{PHONE|07700 900 802}}, dad {{NAME|Segun}} {{PHONE|07700 900 803}}.`,

  `Travel clinic (rabies PEP): {{NAME|Kasea Dudziak}}, bitten by a monkey at {{LOCATION|Ubud}} {{DATE|29/11/2026}}, RIG not given abroad. Rabies vaccine days 0, 3, 7 here at {{LOCATION|Northgote Travel Clinic}}. Insurer ref {{ACCOUNT|TRV-448271}}.`,

  `Travel certificate (Hajj): this certifies that {{NAME|Abdulrahmon Sanni Danjoma}}, passport {{ID|A07718244}}, received MenACWY on {{DATE|02 Dec 2026}}. Batch {{ID|MN4471B}}. Clinic stamp: {{LOCATION|Al-Hikmah Medical Centre, Zaria Road}}, {{LOCATION|Kaduna}}.`,

  `Travel health e-mail: Hi, I'm {{NAME|Zehra}}, leaving for {{LOCATION|Mersin}} on {{DATE|the 15th}}, pregnant 20 weeks - is Zika a risk? my number {{PHONE|07700 900 139}}. Reply from nurse {{NAME|Orlagh}}: no Zika there; see attached.`,

  `Coroner's inquest notice: inquest touching the death of {{NAME|Panagiotis Stergiou}} will be held at {{LOCATION|Millbroak Coroner's Court}} on {{DATE|14 January 2027}} at 10:00. Witness: Dr {{NAME|Abosede Fagbemi}}. Case no. {{ID|1184/2026}}.`,

  `Coroner (US medical examiner) records request: decedent {{NAME|Lluís Alberto Quintanella}}, case {{ID|ME-2026-04417}}, DOD {{DATE|11/28/2026}}, found at {{LOCATION|4471 E Saguoro Ln}}, {{LOCATION|Ajo}}, AZ {{ZIP|85712}}. Fax records to {{FAX|(520) 555-0199}}.`,

  `Research consent (paediatric assent): {{NAME|Tomosz}}, 11, assents to blood sample for the ASTHMA-GEN study; parent {{NAME|Beata Kubiak-Ezenwa}} consents. Participant {{ID|AG-K-0447}}. Researcher {{NAME|Ngazi Igwe}}, {{DATE|04/12/26}}.`,

  `Research consent (emergency, deferred): {{NAME|Ioannis Dimopoulos}}, {{AGE|ninety-four}}, enrolled in CRASH-7 on {{DATE|28 Nov 2026}} without prior consent. Consultee: niece {{NAME|Evanthia}}, {{PHONE|+30 210 448 7721}}. Agreed to continue {{DATE|30 Nov}}.`,

  `Lab sendaway (Sri Lanka): serum for leptospira MAT, {{NAME|H. A. Nimal Jayawardena}}, BHT no {{MRN|2026/11/4417}}, {{LOCATION|Teaching Hospital Peradeniya}} to {{LOCATION|MRI Ratmalana}}. {{DATE|02.12.2026}}.`,

  `Sendaway (Chile): muestra de LCR de {{NAME|Javiara Ancamil Huenchullán}}, ficha {{MRN|HCV-0447128}}, al {{LOCATION|ISP}}, {{LOCATION|Av. Los Alerces 1140}}, {{LOCATION|Ñuñoa}}. Fecha {{DATE|3-dic-2026}}.`,

  `Iranian clinic letter (translated): {{LOCATION|Darmangah-e Takhassosi Arya}}, {{LOCATION|Khiaban-e Ferdowsi, Kucheh 14}}, {{LOCATION|Yazd}}, postal code {{ZIP|7134845794}}. Patient {{NAME|Soroya Bahrampoor}}, 58, Tamin insurance no. {{HEALTH_PLAN|0044172819}}. Date {{DATE|1405/09/13}}. Dr {{NAME|Kourash Farahoni-Nejad}}.`,

  `Referral from Tehran: {{NAME|Parviz Eskandari}}, {{AGE|93}}, with his grandson {{NAME|Arash}}, living now at {{LOCATION|44 Cedarholt Avenue}}, {{LOCATION|Hendon Vale}}. Prostate ca on goserelin since 2019. Tel {{PHONE|020 7946 0813}}.`,

  `Greek GP note (English): {{NAME|Aikaterini Moschou}}, from {{LOCATION|Chania}}, visiting her son {{NAME|Nikos}} in {{LOCATION|Edgbrook}}. Ran out of apixaban. Temporary resident form. Tel {{PHONE|+30 697 448 2213}}.`,

  `Turkish family, interpreter-led consult: {{NAME|Emine Kaplanoğlu}} (mother), {{NAME|Yücel}} (father), child {{NAME|Elef Naz}}, 2, febrile convulsion. Interpreter {{NAME|Gülsüm Aktaş-Reidsholm}}, booking {{ID|INT-26-44172}}.`,

  `Nigerian hospital (Igbo) letter: {{LOCATION|Nnamdi Azikiwe University Teaching Hospital}}, {{LOCATION|Nnewi}}. Pt {{NAME|Ugochukwu Anyonwu-Okafuru}}, hosp. no. {{MRN|NAUTH/26/04471}}. Sickle cell (HbSS), 4 crises this year. Hydroxyurea started. Dr {{NAME|Chiamoka Ezeodu}}, {{PHONE|+234 803 448 2207}}.`,

  `Yoruba family note: Iya Agba (grandmother, {{AGE|98}}) lives with {{NAME|Adesewa}} at {{LOCATION|7 Oke-Ado Street}}, {{LOCATION|Oyo}}. Bedbound, sacral sore. Community nurse {{NAME|Moreneke}} visits.`,

  `Night handover (care home): {{NAME|Joy}} and {{NAME|Mylene}} on. Room 4 Mr {{NAME|Hargravine-Odoya}} chesty, sats 92. Room 9 Lola {{NAME|Consualo}} fine. GP out of hours if worse.`,

  `Ethiopian clinic card: {{NAME|Hirut Bekale Woldemariam}}, age 34, kebele {{LOCATION|Kebele 07}}, {{LOCATION|Bahir Dar}}. Fayda ID {{ID|FAN 4417 2209 8813}}. Seen {{DATE|Hidar 24, 2019 E.C.}} (= {{DATE|3 Dec 2026}}). HIV VL suppressed.`,

  `Sri Lankan discharge: {{NAME|Sivakumar Thevarajah}}, {{AGE|91}}, from {{LOCATION|Kokuvil}}, {{LOCATION|Jaffna}}. Admitted {{LOCATION|THJ}} ward 12, {{DATE|29/11/2026}} to {{DATE|03/12/2026}}. Daughter {{NAME|Tharsika}} (UK) {{PHONE|+44 7700 900 227}}.`,

  `Community health visit: bà {{NAME|Lý Thị Tư}}, {{AGE|ninety-nine}}, at {{LOCATION|14 Hẻm 72 Quản Trãi}}, {{LOCATION|Phường 3}}, {{LOCATION|Sóc Trăng}}, {{ZIP|950000}}. Grandson {{NAME|Khang}} caring. BP 150/80.`,

  `Chile (consultorio): {{NAME|Lluís Huaiquimil}}, 67, {{LOCATION|CESFAM Padre Hurtado Norte}}, {{LOCATION|Villa Los Copihues}}, {{LOCATION|Temuco}}. Control HTA {{DATE|1 dic 2026}}. Hija {{NAME|Rayen}} {{PHONE|+56 9 4471 2208}}.`,

  `Polish GP (przychodnia) referral: {{NAME|Stefania Borkowska-Nwasu}}, {{LOCATION|Przychodnia Pod Lipami}}, {{LOCATION|Łomża}}. Skierowanie do kardiologa {{DATE|2.12.2026}}. Tel {{PHONE|+48 86 216 44 71}}.`,

  `Philippine barangay health worker log: {{DATE|Nob. 30}} - Lola {{NAME|Pilor Magsino}}, {{AGE|95}}, {{LOCATION|Purok 3}}, {{LOCATION|Brgy. Dagatan}}, {{LOCATION|Lipa}}. BP 170/90, referred to RHU. BHW {{NAME|Marites}}.`,

  `spoke to {{NAME|adaugo}} again re {{NAME|kwiatkowski}} - happy for him to go to {{LOCATION|birchfield}} tomorrow if OT ok.`,

  `{{NAME|olufunke}} and {{NAME|mateusz}} both off sick today, rota gap on {{LOCATION|Okaye Ward}} - bank requested.`,

  `msg from {{NAME|wiramu}}: bloods for {{NAME|tekle}} clotted, needs repeat before 12.`,

  `Referral accepted by {{LOCATION|RVH}} stroke unit: {{NAME|Châu Van Lợi}}, 72, thrombolysed at 14:02 at {{LOCATION|Dunhallow}}, door-to-needle 38 min. Transfer by {{VEHICLE|NI-AMB 447}}.`,

  `Endocrine clinic letter: {{NAME|Fatemeh Rostami}}, 29, {{LOCATION|87 Kingfisher Drive}}, {{LOCATION|Oldacre}} {{ZIP|OA4 1PJ}}. TSH <0.01, TRAb 12. Carbimazole 20 mg. Next {{DATE|12/01/2027}}. Dr {{NAME|Elisaios Bakirtzis}}, {{EMAIL|endo.secretaries@oldacre-general.example.nhs.uk}}.`,

  `Referral (US, Filipino patient): {{NAME|Crisanto Dimaculangon}}, MRN {{MRN|00-448-7219}}, Medicare {{HEALTH_PLAN|4TQ7-HN2-MK81}}, {{LOCATION|815 Pacific Coast Hwy Apt 12}}, {{LOCATION|Daly City}}, CA {{ZIP|94014}}. Daughter {{NAME|Joanna}} is HCP agent, {{PHONE|(650) 555-0173}}.`,

  `Patient portal (clinician reply): Hi {{NAME|Oksona}}, your scan on {{DATE|1 December}} was normal. Results at {{URL|https://myhealth.farrowdale-nhs.example.uk/results/88421}}. Dr {{NAME|Wale Ogundepe}}`,

  `IT audit line: {{DATE|2026-12-04 23:17:55}} user {{ID|jmazur04}} opened record {{MRN|RX4471208}} ({{NAME|Onuoha, Chinadu}}) from workstation {{IP|10.44.17.208}} - no legitimate relationship flagged.`,

  `Access log: {{DATE|03/12/2026 08:02}} {{EMAIL|k.oyelaran@trust.example.nhs.uk}} viewed {{NAME|Delacroex-Ajoyi}}; {{DATE|03/12/2026 08:05}} printed discharge summary at printer {{IP|10.12.8.44}}.`,

  `Remote monitoring alert: {{NAME|Theodoros Kanellis}}, {{AGE|97}}, BP cuff Omron HEM-9210T SN {{DEVICE|20841177}} reported 84/50 at 06:10 {{DATE|05/12}}. Call {{PHONE|01632 961 447}}.`,

  `Oxygen concentrator delivery: {{NAME|Benadykt Sowa}}, {{LOCATION|Plot 4, Hazelbank Caravan Park}}, {{LOCATION|Coldridge}}. Concentrator Invacare Platinum 10 SN {{DEVICE|1447-2208}}. Home oxygen order {{ID|HOOF-88412}}.`,

  `Hearing aid repair: {{NAME|Fikirte}}'s aids (Phonak Audeo L90 SN {{DEVICE|2207Y4471}}) sent to audiology, {{LOCATION|Penhole}}. Collect {{DATE|14/12}}.`,

  `Mortuary release form: {{NAME|Adebesi Olawale Jonathas}}, date of death {{DATE|30.11.2026}}, released to {{LOCATION|Oyelaron & Daughters Funeral Directors}}, {{LOCATION|Unit 3 Caspion Works}}, hearse {{VEHICLE|FD21 OLA}}. APT {{NAME|Garrad Penry}}.`,

  `GP letter (Poland, English): {{NAME|Halena}} and {{NAME|Ryszard Szulc}} moved to {{LOCATION|Thornfiald Terrace}} from {{LOCATION|Gdynia}} in {{DATE|October 2026}}. Both on warfarin (AF). Registration done {{DATE|1/12}}.`,

  `Turkish referral (English): {{NAME|Necmettin Özbilgin}}, {{AGE|92}}, from {{LOCATION|Üsküdar}}, visiting son {{NAME|Cem}}. Fall, hip pain. A&E at {{LOCATION|Kingsreach}}. Travel insurance {{HEALTH_PLAN|AXT-TR-4471220}}.`,

  `Ethiopian family (interpreter Amharic): {{NAME|Selamawit}} brought her baby {{NAME|Nahom}}, 6 weeks, poor feeding; weight 3.2 kg (birth 3.4). Interpreter {{NAME|Dawet Gebre}} via phone {{PHONE|0800 555 0139}}.`,

  `Chilean exchange student: {{NAME|Matías Ignaceo Valdebenito}}, passport {{ID|P44172208}}, at {{LOCATION|UoB}} halls, {{LOCATION|Caxton Court}}, room 14. Mumps, parotid swelling. UKHSA notified {{DATE|03/12}}.`,

  `Vietnamese nail-bar worker (occ health): {{NAME|Tạ Thị Hằng}}, 31, works at {{LOCATION|Lotus Nails}}, {{LOCATION|Grangewood Arcade}}. Contact dermatitis to acrylates. Patch test {{DATE|10/12}}.`,

  `Sri Lankan clinic (English): {{NAME|Kumudini Rajapaksha-Perera}}, NIC {{ID|785224471V}}, {{LOCATION|No. 44, Duplication Road}}, {{LOCATION|Wellawatte}}, {{LOCATION|Ratmalana 06}}. HbA1c 9.1. Dr {{NAME|Roshan Gunasekera}}, SLMC {{LICENSE|22418}}.`,

  `Phone call: Mama {{NAME|Ronke}} (patient's mother) says {{NAME|Tobiloba}} has had fever 4 days after return from {{LOCATION|Ogbomosho}}. Advised ED now for malaria film. Number {{PHONE|07700 900 614}}.`,

  `MDT minutes (frailty / hip fracture) {{DATE|Wed 2 Dec}}: {{NAME|Winnifer Osai-Bansu}} ({{AGE|104}}) - day 3 post hemiarthroplasty, delirium settling, for {{LOCATION|Bramblecote}} rehab beds. {{NAME|Henryk Dąbrawski}} ({{AGE|ninety}}) - for home with reablement. Geriatrician Dr {{NAME|Zuwaira Olatunji-Mossendew}}.`,

  `Theatre list (vascular), {{LOCATION|Wrenfiald Royal}}: {{NAME|Ayo}} - R fem-pop bypass; {{NAME|Mirosław}} - L BKA; {{NAME|Christodoulou}} - AV fistula. List starts 08:30 {{DATE|Tue 15/12}}.`,

  `Clinic letter (fertility): Dear Dr {{NAME|Obenna-Carrinder}}, I saw {{NAME|Lưu Thị Phương}} and her husband {{NAME|Hà Văn Sơn}} on {{DATE|30th Nov 2026}}. AMH 4.1 pmol/L; semen analysis normal. Plan IVF at {{LOCATION|Elmsworth Fertility}}. Miss {{NAME|Adaaze Nnorom}}`,

  `Safeguarding (modern slavery, ED): man gives name as {{NAME|Floren}}, no ID, brought by "boss" {{NAME|Cătălin Ursu}} from {{LOCATION|Holmfield Car Wash}}, {{LOCATION|Vicarage Road}}. Burns to hands. NRM referral by Dr {{NAME|Yaaba Serwoa}}.`,

  `Occupational health (farm): {{NAME|Yohannas Tesfamariom}}, seasonal worker, {{LOCATION|Fenmere Farms}}, caravan 6. Organophosphate dip exposure {{DATE|2 Dec}}. Cholinesterase pending. Employer contact {{NAME|Gavin Tull}}, {{PHONE|01632 960 384}}.`,

  `Trial screening (vaccine): {{NAME|Roxana Bejarano Lillo}}, DOB {{DATE|07 Jul 1995}}, {{ID|VX-CL-0081}}, site {{LOCATION|Centro de Investigación Clínica Austral}}. Screen fail: pregnant.`,

  `Lab sendaway: TPMT genotype, {{NAME|Sevda Arıkan}}, {{MRN|BX-2208471}}; lab {{LOCATION|Exeworth Genomics}}; request ID {{ID|EG-26-77120}}; results portal {{URL|https://results.exeworth-genomics.example.org/r/EG-26-77120}}.`,

  `Telemedicine (rural Australia): {{NAME|Kirrily Kenwright-Khuc}}, 8, seen by video from {{LOCATION|Yarrabee Clinic}}, {{LOCATION|Tindoll Creek}} NT {{ZIP|0852}}. Medicare {{HEALTH_PLAN|2447 18203 1}}. Otitis media with perforation. RFDS nurse {{NAME|Bindi}}.`,

  `Prison discharge letter: {{NAME|Gheorghe Vasilascu}} released {{DATE|4.12.26}} from {{LOCATION|HMP Garthmoor}}. Registered with {{LOCATION|Harboursede Practice}}. Bridging prescription buprenorphine 16 mg x 7 days. Probation officer Ms {{NAME|Yebooh}}.`,

  `School nurse (enuresis clinic): {{NAME|Zuwaira Muhtar-Lawanson}}, 8, {{LOCATION|Kingsbury Lane Primary}}. Alarm from {{DATE|1 Dec}}; review {{DATE|5 Jan}}. Mother {{NAME|Haowa}}.`,

  `Travel clinic (occupational): {{NAME|Paweł Krzyżanowski}}, engineer posted to {{LOCATION|Warri}} from {{DATE|January}}. YF, typhoid, rabies pre-exposure, malaria chemoprophylaxis. Employer {{LOCATION|Delmont Offshore}} account {{ACCOUNT|DO-OH-4471}}.`,

  `Coroner's email: From {{EMAIL|coroner.officer@westridge.example.gov.uk}} - re {{NAME|Nomvola Dubazana-Hastengs}} (d. {{DATE|1/12}}): was she known to the falls service? Reply to {{NAME|Catriana}}, ext {{PHONE|4471}}.`,

];

const PHI_FREE_TEXTS: string[] = [
  `MDT outcome (upper GI): oesophageal adenocarcinoma, Siewert type II, cT3N1M0, performance status 1. Plan: FLOT x4 then Ivor Lewis oesophagectomy. Aged 66. Dietitian review, MUST 2.`,
  `Theatre list: 1. laparoscopic cholecystectomy (ASA 2), 2. Lichtenstein inguinal hernia repair, 3. excision of pilonidal sinus (Bascom cleft lift), 4. Hartmann reversal. Anaesthetic: GA plus TAP blocks.`,
  `Outpatient clinic list summary: 14 booked, 2 new, 12 follow-up; 1 interpreter needed; 3 for ECG before being seen; 2 for phlebotomy (HbA1c, U&E). Clinic overbooked by 1.`,
  `Safeguarding referral, clinical findings only: 4 bruises on the left upper arm, fingertip pattern, yellow-green; no fractures on skeletal survey; fundoscopy normal; clotting screen and von Willebrand panel normal. Aged 3.`,
  `Occupational health: fit for work with adjustments (Equality Act 2010). Carpal tunnel syndrome, Phalen and Tinel positive, NCS moderate. Avoid vibrating tools for 6 weeks. Review in 8 weeks.`,
  `Clinical trial screening: inclusion LVEF 40% or less, NT-proBNP 600 ng/L or more; exclusion eGFR under 30, potassium over 5.0, SBP under 95. Randomisation 1:1, double blind, NYHA II-IV.`,
  `Laboratory sendaway: anti-MOG and AQP4 antibodies, cell-based assay; TPMT activity; CYP2D6 genotype; HLA-B*57:01 and HLA-B*58:01. Turnaround 14 to 21 days. Store at 4 °C.`,
  `Telemedicine consult: BP diary average 148/92 over 7 days; home pulse 74. Amlodipine 5 mg to 10 mg. QRISK3 18.4%. Recheck U&E in 2 weeks. Lifestyle: DASH diet, salt under 6 g.`,
  `Prison health reception screen: alcohol AUDIT-C 11, opiate dependence (COWS 9), hepatitis C antibody positive, BBV testing offered (opt-out). Methadone 30 mg titration. Aged 27.`,
  `Military medical board: hearing H3 (loss 45 dB at 4 kHz both ears), JMES MLD. PULHHEEMS reviewed. Fit for non-deployable duties. Aged 34.`,
  `School nurse letter: height 132 cm (50th centile), weight 41 kg (98th centile), BMI 23.5 (over 98th centile). Healthy lifestyle advice. Vision 0.0 logMAR both eyes. Audiometry pass.`,
  `Travel clinic: typhoid Vi, hepatitis A (Havrix Monodose), yellow fever (Stamaril), rabies (Rabipur 3 doses), malaria prophylaxis atovaquone-proguanil 250/100 mg daily. Aged 45.`,
  `Coroner's request, medical answer: cause of death 1a acute myocardial infarction, 1b coronary atherosclerosis, 2 type 2 diabetes mellitus. ICD-10 I21.9, I25.1, E11.9. Aged 81.`,
  `Research consent record (generic): participant information sheet v3.2 read; GDPR and HRA statements explained; optional samples for genome sequencing (HGVS reporting) declined; right to withdraw explained.`,
  `Guillain-Barré syndrome, Hughes grade 4, EGRIS 5. IVIg 0.4 g/kg for 5 days. FVC 1.6 L, monitored 4-hourly. Erasmus score reviewed. Aged 52.`,
  `Hashimoto thyroiditis with TPO antibodies 640 IU/mL. TSH 14.2, free T4 9. Levothyroxine 75 mcg. Aged 38. Born 1988.`,
  `Kawasaki disease, 5 days of fever, conjunctivitis, strawberry tongue; z-score LAD 2.6. IVIG 2 g/kg, aspirin 30 mg/kg/day. Aged 4.`,
  `Takotsubo pattern, apical ballooning, EF 35%, InterTAK score 62. Coronaries normal. Bisoprolol 2.5 mg, ramipril 2.5 mg. Aged 71.`,
  `Parkinson disease, Hoehn and Yahr 3, UPDRS III 38. Co-careldopa 25/100 four times daily, rasagiline 1 mg. Falls risk, Timed Up and Go 19 s. Aged 74.`,
  `Addison disease: Synacthen 30-minute cortisol 112 nmol/L. Hydrocortisone 10/5/5 mg, fludrocortisone 100 mcg. Sick day rules. Aged 29.`,
  `Gene panel: BRCA1 c.68_69del (p.Glu23fs), pathogenic; TP53 no variant; PTEN no variant; ATM c.7271T>G. Tyrer-Cuzick lifetime risk 34%.`,
  `Glasgow-Blatchford score 12, Rockall 6. OGD: Forrest IIa duodenal ulcer, adrenaline and clips. Omeprazole 80 mg then 8 mg/h. H. pylori CLO test positive.`,
  `Codes: ICD-10 J44.1 (COPD with exacerbation), SNOMED CT 195951007, OPCS-4 E49.1, CPT 94640. HRG DZ65.`,
  `Ottawa ankle rules negative, Lachman negative, McMurray positive medial. Beighton score 2. Aged 23.`,
  `Eczema: EASI 21, POEM 18. Dupilumab 600 mg loading then 300 mg every 2 weeks. Emollients. Aged 17.`,
  `Bell's palsy, House-Brackmann grade IV. Prednisolone 50 mg for 10 days. Eye protection. Ramsay Hunt excluded (no vesicles).`,
  `Psoriatic arthritis, CASPAR criteria met, PASI 8, DAS28 4.9. Methotrexate 15 mg weekly, folic acid 5 mg. Aged 44. Diagnosed 2021.`,
  `Alvarado score 8, Pediatric Appendicitis Score 7. Ultrasound: non-compressible appendix 9 mm. Laparoscopic appendicectomy. Aged 12.`,
  `Roux-en-Y gastric bypass in 2019; now B12 180 ng/L, ferritin 9, vitamin D 22 nmol/L. Hydroxocobalamin 1 mg every 3 months. Forceval daily.`,
  `Hodgkin lymphoma, Ann Arbor IIB, Deauville 2 after 2 cycles of ABVD. Bleomycin stopped (DLCO 58%). Aged 24.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter15', '/tmp/deid-ood-letters15.jsonl');
