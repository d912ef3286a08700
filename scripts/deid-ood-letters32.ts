/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirty-fifth session, engineer author: short and
 * long clinician texts, about half of them the most common real case (ordinary English clinic letters, discharge
 * summaries, referrals, clerking and ward-round notes, handovers, theatre and clinic lists, pre-assessment, antenatal,
 * hospice, rehab, psychiatry, oncology, renal, ophthalmology, audiology, dental, genetics, screening, fit-note,
 * solicitor, coroner, safeguarding, custody, pharmacy, portal, SMS, fax-cover, billing, licence-check and audit lines
 * from England, Scotland, Wales, Northern Ireland, Ireland, the US, Canada, Australia, New Zealand and Singapore), and
 * the rest of kinds beyond letters14-31: hospital-at-home virtual wards, GLP-1 weight-loss telehealth, e-scooter,
 * lithium-battery and pickleball injuries, nitrous-oxide myelopathy, vaping lung injury, esports strain, tattoo-laser
 * and dermal-filler complications, long-COVID, ketamine-infusion, vasectomy, egg-donor and IVF notes, reindeer-herder,
 * cotton-picker, Aral-dust, crab-boat, whaling, coal-mine, mica-belt, cattle-camp, coffee-washing, kente-weaver,
 * boat-builder and compressor-diver clinics, a jungle migrant reception post, returnee screening, IDP and refugee camp
 * clinics, a black-lung claim and a centenarian clinic; written in the styles of regions and peoples not named in the
 * headers of letters14-31: Yakutia (Sakha greeting, Cyrillic), the Hazarajat and Bamyan (Dari, Persian script, Afghan
 * solar date), Herat and Islam Qala, Kandahar (Pashto script), Erbil, Landi Kotal, the Ferghana Valley (Uzbek),
 * Karakalpakstan (Karakalpak, CSV), South Sulawesi (Bugis), Gorontalo (Bajau), Flores, Sumba, Lanao del Sur (Maranao),
 * Palawan (Pala'wan), Bohol, Rakhine, Kachin State (Burmese script), Arunachal (Apatani), Jharkhand (Devanagari),
 * Haryana, the Nuba Mountains, Dinka country (Warrap, Wau), the Gambia's Upper River (Mandinka), the Fouta-Djallon,
 * Ashanti (Twi), the Bamileke West of Cameroon, Sidama (Ethiopian dates), Gambella (Nuer, Anuak), Kigoma (Swahili),
 * Tete, Namibia's Zambezi Region, Ghanzi (San), southern Madagascar (Antandroy, Malagasy), the Darién (Emberá), the
 * Chihuahua Mennonite colonies (Plautdietsch), Alaska's North Slope (Iñupiaq), the Aleutians, Saipan (Chamorro),
 * Nibutani (Ainu, Japanese script) and the Saguenay. Human patients only. Written by hand by engineer author on
 * 2026-12-07 (thirty-fifth session) without reading the engine's rules or lexicons, and never run through ddx by its
 * author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read its misses
 * text by text.
 * It varies: names with and without cue words (alone, in theatre, clinic and handover lists, CSV rows, contact lists,
 * greetings, SMS, signatures, surname first in capitals, with "binti", Daeng, Haji, Daw and "-san" outside or inside as
 * the convention says, Cyrillic, Persian, Pashto, Burmese, Devanagari and Japanese script); lone first names and lone
 * surnames; places of every kind (streets, flats, cottages, closes, mews, villages, kebeles, fokontany, barangays and
 * puroks, mahallas, camps, colonies, mines, washing stations, boatyards, clubs, schools, employers, pharmacies,
 * practices, hospitals, hospices, care homes, funeral directors, a custody suite, an airport terminal); ages over 89 as
 * digits (", 93", "aged 96", "93歳", "91 yo"); dates in many formats (dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy, ISO, "Tue 1
 * Dec", "Thursday 3rd December", "Friday 4th December 2026", "Dydd Llun 7 Rhagfyr", "le 2 décembre 2026", "domingo 6 de
 * diciembre", "Rabu, 2 Desember 2026", "3 Desemba 2026", "2 Desambra 2026", "Lunes, Disyembre 7, 2026", "dushanba
 * 7-dekabr", "2 декабря", "Hidar 25, 2019 E.C.", "24/03/2019 E.C.", "۱۴۰۵/۰۹/۱۶", "۱۶ قوس ۱۴۰۵", 2026年12月3日); IDs of
 * many shapes (PPSN, RUT, tazkira, JShShIR, NIK, CNIC, Aadhaar, Ghana Card, Omang, BI, CNI, Namibian ID, CURP, NRIC,
 * passports, camp, refugee, IOM, register, lab, accession, screening, tribunal, coroner, custody, booking, donor and
 * cryo-storage numbers); health plans (Medicare AU and MBI, Medicaid, Aetna, UHC, Highmark, Medical Assistance, AHCIP,
 * RAMQ, OMS, BPJS, PhilHealth, NHIS, ABHA); licences (GMC, GPhC, GDC, HCPC, NPI, DEA); NHS, CHI, H&C, NHI, UR and
 * hospital numbers; phones and bleeps of many countries, faxes, e-mails, URLs, IPv4; device serials (pump, CGM, ICD,
 * hearing aids, CPAP, syringe driver, pendant alarm, prosthesis lot, oximeter kit); vehicles (road plates, a scooter
 * fleet number, ambulance call signs, aircraft and helicopter marks, a crab boat, a snowmobile); SNILS, UK NI numbers
 * and a US SSN (SSN); MRNs; accounts, claims and billing numbers. Every name, address and number is invented;
 * institution names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters30.ts: PHI is marked inline as {{TYPE|text}}; titles and honorifics
 * ("Dr", "Mr", "Mrs", "Ms", "Sr.", "Sgt", "Haji", "Daeng", "Daw" (ဒေါ်), "opa", "さん") stay outside a name, facility
 * words inside; US states, provinces, regions, territories, counties and countries are not marked; roads by number are
 * not marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE; wards, beds, bays, side rooms, theatres and chairs are not marked. An AGE span is one stated exact
 * age over 89, only its number. Medical, dental, pharmacy, HCPC and DEA licences are LICENSE; national, staff, camp,
 * register, lab and case numbers ID (SNILS and UK NI numbers and a US SSN are SSN); NHS, CHI, H&C, NHI, UR and hospital
 * numbers MRN; health-insurance numbers HEALTH_PLAN; billing accounts and claims ACCOUNT; postcodes ZIP; a DEVICE span
 * is the serial only; bleeps are PHONE. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, signs, scales and criteria (Wolff-Parkinson-White, Brugada, Hoehn and Yahr, Kurtzke,
 * House-Brackmann, Colles to Gustilo-Anderson, Bishop, Robson, McRoberts, Mallampati, Cormack-Lehane, Virchow, Koebner,
 * Kerley, Bosniak, Jones, Duke, CASPAR, Ottawa and Pittsburgh rules), place-named diseases (Lyme, Ross River, Murray
 * Valley, Kyasanur Forest, Lassa, Crimean-Congo, Bornholm, Pontiac, Norwalk, Coxsackie, Omsk, Aleppo boil), drug,
 * device and brand names (Eliquis, Xarelto, Madopar, Fostair, Trelegy, Calpol, Gaviscon, Keytruda, Enhertu, FreeStyle
 * Libre, Dexcom, Omnipod, Medtronic, Fresenius, Siemens SOMATOM, Lucas, 3M Aura, Strava, Garmin), tables and lists of
 * clinical terms, regimen acronyms, guideline years, languages, and greetings, closings and signs in other languages
 * (Croeso, Fáilte, Akwaaba, Dorobo, Xush kelibsiz, Maligayang pagdating, Mit freundlichen Grüßen, Tashakor, Gawat
 * Darurat, Bawal manigarilyo), which must stay.
 *   node --import tsx scripts/deid-ood-letters32.ts [--out /tmp/deid-ood-letters32.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters32.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Halloran}},

Re: {{NAME|Bernadette Culkin}}, DOB {{DATE|14/03/1961}}, NHS No {{MRN|482 119 6637}}
{{LOCATION|14 Pennyfield Close}}, {{LOCATION|Kidderminster}} {{ZIP|DY10 3QW}}

Thank you for referring this 65-year-old lady with exertional chest tightness. Exercise ECG was positive at stage 2 with 2 mm ST depression in V4-V6. I have started bisoprolol 2.5 mg and atorvastatin 80 mg and listed her for CT coronary angiography on {{DATE|19 January 2027}}. Her daughter {{NAME|Shona}} rang on {{PHONE|07700 914 382}} with questions and I have answered them.

Yours sincerely,
Dr {{NAME|Priyanka Venugopal}}, Consultant Cardiologist, {{LOCATION|Worcestershire Royal Hospital}}`,

  `DISCHARGE SUMMARY
Patient: {{NAME|WHITLOCK, Garry Dean}}   MRN {{MRN|00731846}}   Admitted {{DATE|28/11/2026}}   Discharged {{DATE|04/12/2026}}
Consultant: Dr {{NAME|A. Mbeki-Rowe}} (Acute Medicine)
Diagnosis: community-acquired pneumonia, CURB-65 2; AKI stage 1 resolved.
Course: IV co-amoxiclav 3 days then oral; creatinine 148 to 91. Discharged home to {{LOCATION|Flat 3, 22 Dunmore Road}}, {{LOCATION|Gateshead}}.
GP: {{LOCATION|Bensham Family Practice}}. District nurse to check obs on {{DATE|Mon 7 Dec}}.`,

  `Referral - urgent suspected cancer (lower GI)
From: {{LOCATION|Millbrook Surgery}}, {{LOCATION|Ashford}}, Kent {{ZIP|TN24 8HD}} - tel {{PHONE|01233 640 218}}, fax {{FAX|01233 640 219}}
Patient: Mr {{NAME|Oluwaseun Adeyemi-Clarke}}, 58, FIT 212 ug/g, Hb 104, ferritin 9. Weight loss 5 kg.
Referring GP: Dr {{NAME|Helen Brierley}}, GMC {{LICENSE|4419826}}. Sent {{DATE|03/12/2026 16:42}}.`,

  `Outpatient letter, Endocrinology, {{LOCATION|Royal Prince Alfred Hospital}}
Date: {{DATE|2 December 2026}}
Dear Dr {{NAME|Nguyen}},
I reviewed Ms {{NAME|Tahlia Brennan-Moss}} (DOB {{DATE|09/07/1994}}, MRN {{MRN|RPA7712094}}) of {{LOCATION|Glebe}} NSW {{ZIP|2037}} with Graves' disease. TRAb 9.8 IU/L. Carbimazole 20 mg, review with bloods in 6 weeks. Medicare {{HEALTH_PLAN|4127 83306 1}}.
Kind regards, Dr {{NAME|Saul Ebrahimi}}`,

  `HPI: {{AGE|91}} yo M from {{LOCATION|Cedar Ridge Assisted Living}} brought by EMS for a fall. On apixaban. CT head: small R SDH 6 mm. Neurosurgery (Dr {{NAME|K. Lindqvist}}) - nonop. Daughter {{NAME|Marcia Tolliver}} is HCPOA, cell {{PHONE|(502) 555-0179}}. Admit to stepdown. Seen {{DATE|12/06/2026}} 2315.`,

  `Dear Colleague,
This gentleman, {{NAME|Desmond O'Rourke}}, was seen in the Falls Clinic at {{LOCATION|St Vincent's University Hospital}} on {{DATE|Thursday 3rd December}}. He lives alone at {{LOCATION|Ballinteer}}, {{LOCATION|Dublin 16}}. Lying and standing BP 138/82 to 112/70 with symptoms. I have stopped his tamsulosin. PPSN {{ID|7714302KA}}. Please review at {{LOCATION|Dundrum Medical Centre}}.
Dr {{NAME|Aoibheann Fitzsimons}}, Registrar in Geriatric Medicine`,

  `Hospital-at-home (virtual ward) note - day 3
{{NAME|Pauline Vosper}}, 79, COPD exacerbation; pulse oximeter kit {{DEVICE|VW-OX-55821}} returned readings 91-93 % on air; RR 20. Home address {{LOCATION|7 Tregenna Terrace}}, {{LOCATION|St Austell}} {{ZIP|PL25 4DR}}. Tele-review by ANP {{NAME|Jory Penhaligon}} {{DATE|06/12/26}}. Next visit tomorrow.`,

  `GLP-1 weight-management telehealth consult
Patient {{NAME|Krystal Ameling}}, BMI 41.2, A1c 6.1 %. Started semaglutide 0.25 mg weekly. Member ID {{HEALTH_PLAN|UHC 944 018 227 03}}. Email {{EMAIL|krystal.ameling@mailbox.example.com}}. Pharmacy: {{LOCATION|Hy-Vee Pharmacy #1482}}, {{LOCATION|Ankeny}}, IA. Provider {{NAME|J. Osterhout}}, NP, NPI {{LICENSE|1649372018}}. {{DATE|Dec 5, 2026}}.`,

  `E-scooter trauma - ED triage
Name: {{NAME|Mateusz Krawczyk}}   DOB {{DATE|1999-02-11}}
Fell off rental scooter on {{LOCATION|Deansgate}} at 01:20; helmet no; GCS 15; deformed L wrist, abrasions. Scooter fleet no. {{VEHICLE|LM-4471}}. Friend {{NAME|Kacper}} with him. ED no. {{MRN|E26-0918344}}.`,

  `Nitrous oxide myelopathy - neurology clinic
{{NAME|Jaden Okonkwo-Birch}}, 22, uses 3-4 large canisters of nitrous a weekend for 8 months. Numb feet, unsteady; B12 198 ng/L, MMA 1.9, homocysteine 58. MRI: inverted-V dorsal column T2 signal. IM hydroxocobalamin started. Lives {{LOCATION|Moss Side}}. Mobile {{PHONE|+44 7911 520 744}}. Clinic date {{DATE|01.12.2026}}.`,

  `Vape-associated lung injury follow-up
{{NAME|Brayden Kowalczyk}}, 19, {{LOCATION|Sheboygan}}, WI {{ZIP|53081}}. Used THC cartridges bought from a friend. CT: bilateral ground glass with subpleural sparing. Prednisone taper ends {{DATE|12/20/2026}}. Medicaid ID {{HEALTH_PLAN|WI-84410293}}. Mom {{NAME|Denise}} at {{PHONE|920-555-0144}}.`,

  `Lithium-ion battery burn, burns unit
{{NAME|Rhiannon Price-Evans}}, 34, e-bike battery caught fire in hallway at {{LOCATION|4 Heol y Parc}}, {{LOCATION|Pontypridd}} {{ZIP|CF37 2LP}}. 6 % TBSA partial thickness lower legs. Admitted {{LOCATION|Morriston Hospital}} {{DATE|Sat 5 Dec}}; hospital no. {{MRN|M3391077}}.`,

  `Pickleball injuries clinic log - {{LOCATION|Sun City West}}, AZ
1) {{NAME|Loretta Hanks}}, 72 - Achilles rupture, Thompson test positive.
2) {{NAME|Harold "Hal" Bjornstad}}, {{AGE|93}} - distal radius fracture after fall on court.
3) {{NAME|Cheryl Ybarra}}, 66 - lateral epicondylitis.
Clinic {{DATE|12/04/2026}}; PA {{NAME|Trevor Mulcahy}}.`,

  `Esports clinic (repetitive strain): {{NAME|Minh Khoa Tran}}, 20, plays 10 h/day for team {{LOCATION|Nova Raptors}} house in {{LOCATION|Garden Grove}}; de Quervain's tenosynovitis R, Finkelstein +; splint. Discord handle not recorded. Email {{EMAIL|mk.tran20@gmail.example}}. Seen {{DATE|11/30/2026}}.`,

  `Tattoo-removal laser complication: {{NAME|Chantelle Marsh}}, Fitzpatrick V, blistering and hypopigmentation after Q-switched Nd:YAG at {{LOCATION|InkAway Clinic}}, {{LOCATION|Croydon}}. Photos on {{URL|https://photos.inkaway-clinic.example.co.uk/case/88213}}. Complaint ref {{ACCOUNT|IAC-CMP-88213}}. {{DATE|29/11/2026}}.`,

  `Filler complication (vascular occlusion) - ED
Pt {{NAME|Sofía Larraguibel}}, 31, dermal filler to nasolabial fold at a salon in {{LOCATION|Providencia}} 2 h ago; livedo and pain; hyaluronidase 1500 IU given. RUT {{ID|18.442.907-3}}. Tel {{PHONE|+56 9 8821 4407}}. Fecha {{DATE|05-12-2026}}.`,

  `Long COVID clinic summary letter
Dear Dr {{NAME|McAlister}},
{{NAME|Fiona Gilchrist}} (CHI {{MRN|1208761442}}) attended on {{DATE|27/11/2026}}. Post-exertional malaise, orthostatic HR rise of 38 bpm on NASA lean test. We suggest pacing and ivabradine trial. Address {{LOCATION|Bridge of Allan}} {{ZIP|FK9 4JS}}.
Physio: {{NAME|Euan Dalgleish}}.`,

  `Ketamine clinic session record
Client: {{NAME|Dorian Feliciano}}, 44, TRD (failed 4 agents). Session 5 of 6 at {{LOCATION|Clearwater Infusion Center}}, {{LOCATION|Tampa}}, FL. BP peak 152/90. PHQ-9 from 22 to 11. Ride home: wife {{NAME|Marisol}}, plate {{VEHICLE|FL KJT-4927}}. {{DATE|12/02/2026}}.`,

  `Vasectomy clinic consent line: {{NAME|Callum Strachan}}, 38, no-scalpel vasectomy {{DATE|11 Jan 2027}} at {{LOCATION|Leith Community Treatment Centre}}; semen analysis at 12 weeks; phone {{PHONE|0131 496 0721}}.`,

  `Egg-donor screening: donor code {{ID|ED-26-0417}}, {{NAME|Alina Rusu}}, 27; AMH 32 pmol/L, karyotype 46,XX, CF carrier negative. Clinic {{LOCATION|Bourn Hall Clinic}}; coordinator {{NAME|Gemma Cottrell}}, {{EMAIL|g.cottrell@bournhall.example.org}}. Seen {{DATE|2 Dec 2026}}.`,

  `Discharge summary (Psychiatry)
Name: {{NAME|Tomasz Wierzbicki}}   Hospital no. {{MRN|K448213}}
Admitted informally {{DATE|12/11/2026}}, discharged {{DATE|02/12/2026}}. Diagnosis: severe depressive episode without psychotic symptoms. Mirtazapine 30 mg. Follow-up: CMHT {{LOCATION|Southfields}}, care coordinator {{NAME|Bola Adeleke}} on {{PHONE|020 8871 6630}}.`,

  `To: {{EMAIL|referrals.ent@nhs-example.net}}
Subject: routine ENT referral - {{NAME|Harriet Lomax}}
Unilateral tinnitus R with 20 dB asymmetric SNHL at 4 kHz; MRI IAMs please. Patient DOB {{DATE|22.05.1970}}, lives {{LOCATION|Hebden Bridge}}. Regards, {{NAME|Ravi Chandarana}} (GP)`,

  `Ward round note 08:10 {{DATE|07/12/2026}}
Bed 14: Ms {{NAME|Jeanette Ruddock}}, day 2 post lap chole, eating, drain 20 mL. Plan home. Registrar Dr {{NAME|Faisal}}.`,
  `Клиника {{LOCATION|Якутска}} - выписка
Пациент: {{NAME|Саргылана Егоровна Винокурова}}, 47 лет, с. {{LOCATION|Намцы}}. Отморожение II ст. пальцев стоп после поломки снегохода на зимнике {{DATE|28 ноября 2026}}. Полис ОМС {{HEALTH_PLAN|1497 8820 4413 0962}}. Врач {{NAME|Эверстова А. П.}} Тел. {{PHONE|+7 914 227-38-05}}.`,

  `Reindeer herder camp visit, {{LOCATION|Oymyakon}} ulus, Yakutia
{{NAME|Afanasy Nikolaev}}, 61, herder; chest pain when breathing frost -52; ECG normal; advised mask. Snowmobile plate {{VEHICLE|4417 ЯК 14}}. Paramedic {{NAME|Tuyaara Sleptsova}}. {{DATE|3 Dec 2026}}.`,

  `Hazarajat mobile clinic, {{LOCATION|Nawur}} district
بیمار: {{NAME|فاطمه حسینی}}، ۳۴ ساله، از قریه {{LOCATION|سنگ‌ماشه}}. کم‌خونی شدید، Hb 6.9. تاریخ {{DATE|۱۴۰۵/۰۹/۱۶}}. Tazkira {{ID|1400-0107-48812}}. Midwife {{NAME|Zahra Rezaie}}.`,

  `{{LOCATION|Bamyan Provincial Hospital}} referral letter
Patient: {{NAME|Ghulam Sakhi Mohammadi}}, 52, from {{LOCATION|Yakawlang}}; fell from a potato cart, closed tibial fracture; splinted. Referred to {{LOCATION|CURE International Hospital}}, {{LOCATION|Kabul}}. Relative phone {{PHONE|+93 79 441 2038}}. Date {{DATE|06 Dec 2026}}. Dr {{NAME|Nasir Ahmad Jawadi}}.`,

  `Ferghana Valley cotton-picker clinic (Uzbek)
Bemor: {{NAME|Dilnoza Tursunova}}, 29 yosh, {{LOCATION|Qo'qon}} shahri, {{LOCATION|Navbahor mahallasi}}. Pestitsid bilan zaharlanish: qusish, mioz; atropin berildi. JShShIR {{ID|42905974410028}}. Sana: {{DATE|02.12.2026}}. Shifokor {{NAME|Rustam Yo'ldoshev}}. Tel {{PHONE|+998 90 517 44 28}}.`,

  `Aral Sea dust clinic, {{LOCATION|Mo'ynoq}}, Karakalpakstan
Patient {{NAME|Aybek Seytmuratov}}, 58, ex-fisherman, chronic cough, TB smear negative, GeneXpert negative; spirometry FEV1/FVC 0.61. Next review {{DATE|15 January 2027}}. Nurse {{NAME|Gulnara Jumabaeva}}.`,

  `{{LOCATION|Puskesmas Watampone}}, Sulawesi Selatan - rujukan
Pasien: {{NAME|Andi Besse Tenriajeng}}, perempuan, 36 thn, dari {{LOCATION|Desa Mallari}}. G4P3, HPL {{DATE|20 Desember 2026}}, TD 162/108, proteinuria +3. Rujuk ke {{LOCATION|RSUD Tenriawaru}}. BPJS {{HEALTH_PLAN|0002147739180}}. Bidan {{NAME|Hasnah}}.`,

  `Flores leprosy control visit - {{LOCATION|Kampung Wolowaru}}, {{LOCATION|Ende}}
{{NAME|Yohanes Nong Bata}}, 44, multibacillary, MDT month 9; new ulcer on R sole; MCR footwear ordered. NIK {{ID|5308021207820004}}. Pemeriksa Sr. {{NAME|Maria Goreti}}, {{DATE|Kamis, 3 Desember 2026}}.`,

  `Sumba Timur: catatan rawat jalan, {{LOCATION|Puskesmas Kanatang}}
{{NAME|Umbu Hina Ndapamerang}}, 7 thn, malaria falciparum, RDT +; DHP 3 hari. Ibu {{NAME|Rambu Lika}}. HP {{PHONE|0812-3877-4019}}. {{DATE|4/12/2026}}.`,

  `Lanao del Sur rural health unit - {{LOCATION|Marawi}}
Patient: {{NAME|Sittie Nur-Aina Macabando}}, 24, post-partum day 5, fever, foul lochia; ampicillin + gentamicin + metronidazole. From {{LOCATION|Barangay Datu Saber}}. PhilHealth {{HEALTH_PLAN|14-050882194-7}}. Midwife {{NAME|Norhaya Pangandaman}}. {{DATE|Dec 3, 2026}}.`,

  `Palawan malaria post - {{LOCATION|Sitio Tagnaya}}, {{LOCATION|Rizal}}
Pala'wan patient {{NAME|Lumbay Dalumpines}}, 17, P. falciparum, artemether-lumefantrine started; mother {{NAME|Inay Sulima}}. Barangay microscopist {{NAME|Jomar Tacloban}}. {{DATE|Lunes, Disyembre 7, 2026}}.`,

  `Bohol district hospital, {{LOCATION|Talibon}}: snakebite chart
{{NAME|Crisanto Bagaipo}}, 39, bitten by Philippine cobra in rice paddy at {{LOCATION|Purok 3, San Isidro}}; ptosis at 2 h; antivenom 5 vials, intubated. Wife contact {{PHONE|0917 662 4418}}. Admitted {{DATE|06-12-2026}}. Hospital no. {{MRN|TDH-26-11487}}.`,

  `MSF clinic, {{LOCATION|Sittwe}} (Rakhine) - consultation
Patient {{NAME|Noor Begum}}, 31, from {{LOCATION|Thet Kae Pyin}} camp; moderate acute malnutrition in her son (MUAC 118 mm); referred to OTP. Camp household no. {{ID|TKP-H-0933}}. Health worker {{NAME|Ko Aung Thura}}. {{DATE|2 Dec 2026}}.`,

  `ဆေးရုံ ({{LOCATION|မြစ်ကြီးနား}}) - လွှဲပြောင်းစာ
လူနာ ဒေါ် {{NAME|ဆိုင်းနော်}} ({{NAME|Hkawn Nu}}), Kachin jade-mine worker's wife; TB, sputum Xpert MTB detected, RIF not. Husband {{NAME|Brang Seng}} works at {{LOCATION|Hpakant}}. {{DATE|2026-12-01}}.`,

  `Arunachal district hospital, {{LOCATION|Ziro}}
Pt {{NAME|Tage Yassung}}, 55, Apatani farmer, goitre; TSH 0.02, FT4 38; from {{LOCATION|Hong village}}. ABHA {{HEALTH_PLAN|91-4471-8830-2215}}. Dr {{NAME|Nabam Tuki Riba}}. {{DATE|05/12/2026}}.`,

  `Jharkhand mica-belt occupational clinic, {{LOCATION|Koderma}}
मरीज: {{NAME|सोमरा हेम्ब्रम}} ({{NAME|Somra Hembrom}}), 46, mica scrap collector; silicotuberculosis suspected, CXR nodular opacities. Aadhaar {{ID|4410 9927 3308}}. {{DATE|03-12-2026}}.`,

  `Haryana PHC note, {{LOCATION|Sonipat}}
Patient {{NAME|Kamla Devi}}, 68, wheat farmer's widow, paraquat splash to eyes during stubble spraying; corneal erosion; referred to {{LOCATION|PGIMS Rohtak}}. Son {{NAME|Rajbir Dahiya}}, mobile {{PHONE|98120 44731}}. Date {{DATE|1 Dec 2026}}.`,

  `Nuba Mountains field hospital, {{LOCATION|Gidel}}
{{NAME|Kuku Tia Kafi}}, 12, visceral leishmaniasis: spleen 14 cm, rK39 +; SSG/PM started. Father {{NAME|Tia Kafi Angelo}}. Register {{ID|GDL-VL-2026-0412}}. {{DATE|30/11/2026}}. Clinical officer {{NAME|Abdelrahman Kuwa}}.`,

  `Dinka cattle-camp health post, {{LOCATION|Ajak Kuach}}, Warrap
{{NAME|Deng Mabior Kuol}}, 27, gored by bull, 6 cm thigh wound; cleaned, tetanus given. Brother {{NAME|Garang Mabior}} carried him. {{DATE|Wed 2 Dec}}. CHW {{NAME|Abuk Ayen}}.`,

  `Gambia RCH clinic, {{LOCATION|Basse Santa Su}}
Child {{NAME|Fatoumata Sanneh}}, 2 yrs, severe pneumonia, SpO2 86 %, oxygen and ampicillin/gent; mother {{NAME|Mariama Sanneh}}; Mandinka interpreter. Village {{LOCATION|Sabi}}. Phone {{PHONE|+220 771 4428}}. {{DATE|04.12.2026}}.`,

  `Fouta-Djallon centre de santé, {{LOCATION|Labé}} (Guinée)
Patient : {{NAME|Mamadou Saliou Diallo}}, 33 ans, cultivateur à {{LOCATION|Tountouroun}}. Fièvre typhoïde probable, Widal non fiable; ciprofloxacine. Carte {{ID|GN-LB-447102}}. Dr {{NAME|Kadiatou Bah}}, {{DATE|le 2 décembre 2026}}.`,

  `{{LOCATION|Komfo Anokye Teaching Hospital}}, {{LOCATION|Kumasi}} - referral reply
Re: {{NAME|Kwabena Osei-Bonsu}}, 49, cocoa farmer from {{LOCATION|Offinso}}; hepatocellular carcinoma 7 cm, AFP 2100. NHIS {{HEALTH_PLAN|01847731}}. Asante Twi: "Me ho yɛ me ya". Contact {{PHONE|024 771 3906}}. Dr {{NAME|Akosua Boatemaa}}, {{DATE|Friday 4th December 2026}}.`,

  `{{LOCATION|Hôpital de district de Dschang}} (Ouest, Cameroun) - compte rendu
Patiente : Mme {{NAME|Ngoufack Tchinda Pauline}}, 57 ans, chefferie de {{LOCATION|Foréké}}; diabète type 2 découvert, glycémie 3,4 g/L. CNI {{ID|110447285}}. {{DATE|03/12/2026}}.`,
  `Sidama coffee-washing station first aid, {{LOCATION|Bensa}}
{{NAME|Abebe Dukale Hirbaye}}, 38, hand crushed in pulper at {{LOCATION|Daye Bensa washing station}}; open fracture 4th metacarpal; referred {{LOCATION|Hawassa University Comprehensive Specialized Hospital}}. Date {{DATE|Hidar 25, 2019 E.C.}}. Phone {{PHONE|0916 448 207}}.`,

  `Gambella refugee camp clinic, {{LOCATION|Nguenyyiel}}
Nuer patient {{NAME|Nyakuoth Gatluak Chuol}}, 21, kala-azar relapse; husband {{NAME|Gatdet Ruach}}. proGres no. {{ID|GMB-26-C0448193}}. {{DATE|1/12/2026}}. Nurse {{NAME|Tesfaye Olana}}.`,

  `{{LOCATION|Maweni Regional Referral Hospital}}, {{LOCATION|Kigoma}}
Mgonjwa: {{NAME|Rehema Bukuru Ntibazonkiza}}, miaka 26, kutoka kambi ya {{LOCATION|Nyarugusu}}; kifafa cha mimba (eclampsia) wiki 34; MgSO4. Namba ya kambi {{ID|NYG-117-4402}}. Tarehe {{DATE|3 Desemba 2026}}. Dkt {{NAME|Yusuph Lwamba}}.`,

  `Tete coal-mine clinic, {{LOCATION|Moatize}} (Moçambique)
Trabalhador {{NAME|Armando Chaúque Nhantumbo}}, 41, mina {{LOCATION|Benga}}; pneumoconiose suspeita, CXR opacidades pequenas 1/1. BI {{ID|050103447218N}}. Contacto {{PHONE|+258 84 771 4403}}. {{DATE|2 de Dezembro de 2026}}.`,

  `Zambezi Region outreach, {{LOCATION|Katima Mulilo}} (Namibia)
{{NAME|Mwisepi Simataa}}, 63, crocodile bite L forearm while fishing at {{LOCATION|Lisikili}}; debridement; amoxiclav. ID {{ID|63041200872}}. Nurse {{NAME|Mbumu Liswaniso}}, {{DATE|04/12/2026}}.`,

  `Ghanzi mobile clinic (San community), {{LOCATION|D'Kar}}, Botswana
{{NAME|Xhoase Qgam}}, 54, TB contact, IGRA positive, isoniazid preventive therapy started. Omang {{ID|541218477}}. Translator {{NAME|Kgao Tshisimogo}}. {{DATE|30 Nov 2026}}.`,

  `Antandroy district clinic, {{LOCATION|Ambovombe}} (Madagasikara)
Marary: {{NAME|Tsimaroke Vonjy}}, 9 taona, kere (famine) - MUAC 109 mm, oedema ++; RUTF. Reny {{NAME|Soamiavo}}. Fokontany {{LOCATION|Ankilimarovahatsy}}. Daty {{DATE|2 Desambra 2026}}.`,

  `Darién health post, {{LOCATION|Bajo Chiquito}} (Panamá) - migrant reception
Paciente: {{NAME|Yusleidy Carolina Pérez Mora}}, 26, venezolana, 8 días de selva; picaduras infectadas, deshidratación leve. Pasaporte {{ID|138844207}}. Emberá guide {{NAME|Arcelio Cabezón}}. {{DATE|domingo 6 de diciembre}}.`,

  `Emberá community clinic, {{LOCATION|Puerto Lara}}: {{NAME|Dabeiba Cunampio}}, 34, leishmaniasis cutánea úlcera 2 cm; glucantime. Cédula {{ID|5PI-447-902}}. {{DATE|01/12/2026}}. Promotor {{NAME|Aurelio Dogirama}}.`,

  `Mennonite colony clinic, {{LOCATION|Campo 6½}}, {{LOCATION|Cuauhtémoc}} (Chihuahua)
Patient: {{NAME|Aganetha Friesen Wall}}, 39, Plautdietsch only; 9th pregnancy, Hb 8.4; iron sucrose. Husband {{NAME|Jakob Wall Klassen}}. Dr {{NAME|Heinrich Thiessen}}. CURP {{ID|FIWA870412MCHRLG05}}. {{DATE|3.12.2026}}.`,

  `North Slope Borough clinic note, {{LOCATION|Utqiaġvik}}
Iñupiaq whaling captain {{NAME|Amos Ahkivgak}}, 57, frostbite fingers after whale hunt; rewarmed. Village clinic {{LOCATION|Nuiqsut}} CHA {{NAME|Dora Kanayurak}}. Medicaid {{HEALTH_PLAN|AK 7741093218}}. Flight {{VEHICLE|N441RV}} medevac to {{LOCATION|Alaska Native Medical Center}}. {{DATE|12/01/2026}}.`,

  `Aleutian clinic log, {{LOCATION|Unalaska}}
Crab-boat deckhand {{NAME|Jesse Ulukoa}}, 24, crush injury of foot from crab pot on F/V {{VEHICLE|Bering Wake}}; XR: 2nd metatarsal fracture. Employer contact {{PHONE|(907) 581-4476}}. {{DATE|Dec 3}}. Clinic PA {{NAME|Roxanne Galaktionoff}}.`,

  `Saipan health center, {{LOCATION|San Vicente}}
Pt {{NAME|Juanita Camacho Tenorio}}, {{AGE|92}}, Chamorro, fell at home on her porch; intertrochanteric hip fracture. Medicaid CNMI {{HEALTH_PLAN|MP-0041877}}. {{DATE|12/05/2026}}.`,
  `{{LOCATION|Mirwais Regional Hospital}}, {{LOCATION|Kandahar}} - burn unit note
ناروغ: {{NAME|عبدالولي نورزی}}، ۱۹ کلن، د {{LOCATION|ارغنداب}} ولسوالۍ. Gas cylinder burn 22 % TBSA. Father Haji {{NAME|Mohammad Nabi Noorzai}}. {{DATE|۱۶ قوس ۱۴۰۵}}.`,

  `{{LOCATION|Herat Regional Hospital}} - discharge (Dari)
بیمار: {{NAME|مریم سلطانی}}، ۴۲ ساله، از {{LOCATION|گذره}}. Diagnosis brucellosis (raw milk); doxycycline + rifampicin 6 weeks. Tel {{PHONE|0799 441 278}}. {{DATE|2026-12-04}}.`,

  `{{LOCATION|Erbil Emergency Hospital}}, Kurdistan Region - triage card
Name: {{NAME|Shilan Hawrami Aziz}}, 31, kerosene heater CO exposure at home in {{LOCATION|Bnaslawa}}; COHb 24 %; 100 % O2. Brother {{NAME|Karwan}} phone {{PHONE|0750 447 1920}}. {{DATE|05/12/2026}}.`,

  `Pashto-speaking patient, {{LOCATION|Peshawar}} referral note
Patient: {{NAME|Gul Zaman Afridi}}, 66, from {{LOCATION|Landi Kotal}}; haemoptysis; CXR cavity RUL; GeneXpert MTB detected. CNIC {{ID|21102-4478091-7}}. Son {{NAME|Shah Faisal}}, {{PHONE|0333 9142 776}}. {{DATE|01-12-2026}}.`,

  `Ainu cultural centre first-aid log, {{LOCATION|Nibutani}}, {{LOCATION|平取町}}
{{NAME|萱野 ミチ}}さん、{{AGE|93}}歳。 転倒、右手関節痛。付き添い {{NAME|貝沢 耕一}}。{{DATE|2026年12月3日}}。`,

  `Dear Dr {{NAME|Ferreira}},

Thank you for seeing {{NAME|Lorraine Ashdown}}, 71, of {{LOCATION|Lower Quinton}}, with a 4-month history of painless jaundice and weight loss. Bilirubin 188, ALP 640. CT shows a 3 cm mass in the head of pancreas with double-duct sign. She lives with her husband {{NAME|Keith}} who is her carer. Hospital number {{MRN|S0884127}}.

Best wishes,
Dr {{NAME|Olu Fashola}}`,

  `ADMISSION CLERKING (Medicine)
Name {{NAME|Agnieszka Pawlak}}  DOB {{DATE|03/08/1987}}  Hosp no {{MRN|RXH 441 8820}}
PC: 3/7 SOB, pleuritic CP. Wells 4.5. D-dimer 1,840. CTPA: bilateral segmental PE. Started apixaban. NOK: partner {{NAME|Lewis Gorman}} {{PHONE|07842 118 509}}.
Clerked by FY1 {{NAME|Imogen Tasker}} bleep {{PHONE|4471}} at 22:40 {{DATE|06/12/2026}}.`,

  `Discharge letter - Orthopaedics, {{LOCATION|Sunshine Coast University Hospital}}
Patient {{NAME|Kerrie-Anne Doyle}} (UR {{MRN|SC0771428}}), {{LOCATION|Caloundra}} QLD {{ZIP|4551}}. ORIF R ankle (Weber B) {{DATE|29/11/2026}}. NWB 6 weeks in boot, clexane 40 mg daily for 14 days. Follow-up fracture clinic {{DATE|14/12/2026}}. Surgeon Dr {{NAME|Marcus Tiernan}}.`,

  `Referral to community mental health team
From Dr {{NAME|Sadia Akhtar}}, {{LOCATION|Northgate Medical Practice}}, {{LOCATION|Bradford}} {{ZIP|BD1 3HN}}
Patient: {{NAME|Kieran Boyes}}, DOB {{DATE|17/10/2001}}. Low mood, passive SI, no plan. PHQ-9 19. Mum {{NAME|Tracey Boyes}} aware.`,

  `Clinic letter (Rheumatology), {{LOCATION|Waikato Hospital}}
Dear Dr {{NAME|Te Whare}},
{{NAME|Huia Rangihuna}} (NHI {{MRN|ZKB4471}}) has seropositive rheumatoid arthritis, DAS28 5.1. Methotrexate 15 mg weekly with folic acid. Review {{DATE|8 February 2027}}. She works at {{LOCATION|Fonterra Te Rapa}}.
Regards, {{NAME|Nicola Whitfield}}, Rheumatology CNS`,

  `From: Dr {{NAME|Brendan Kavanagh}} <{{EMAIL|b.kavanagh@gp-lisburn.example}}>
To: Diabetes Centre
Please could you see {{NAME|Ciara McCaughey}}, 24, H&C No {{MRN|712 448 9031}}, with new T1DM (ketones 2.1 at diagnosis). She lives in {{LOCATION|Lisburn}} {{ZIP|BT28 1XJ}}. Thanks, Brendan`,

  `Paediatric ED discharge
{{NAME|Noah Abernethy}}, 4, croup, Westley 3; dexamethasone 0.15 mg/kg. Home with mum {{NAME|Kirsty}}. GP {{LOCATION|Craigshill Health Centre}}, {{LOCATION|Livingston}}. Return if stridor at rest. {{DATE|07/12/2026}} 03:15.`,

  `Antenatal booking note
{{NAME|Ayesha Siddiqa Rahman}}, G2P1, LMP {{DATE|02/09/2026}}, EDD {{DATE|09/06/2027}}; BMI 31; previous LSCS; GDM risk - OGTT at 24-28 weeks. Address {{LOCATION|31 Carlyon Road}}, {{LOCATION|Wembley}} {{ZIP|HA0 1HH}}. Midwife {{NAME|Folasade Ogunleye}}.`,

  `Surgical pre-assessment
Patient: {{NAME|Trevor Lightbody}}, 62, for TKR R on {{DATE|21 Jan 2027}}. STOP-Bang 6; sleep study booked. On clopidogrel (stop 7 days before). Hb 131. NHS {{MRN|650 221 9047}}. Nurse {{NAME|Lynne Skelton}}.`,

  `Oncology clinic letter
Dear Dr {{NAME|Appiah}},
I saw {{NAME|Marguerite Delacroix-Hill}} today ({{DATE|03/12/2026}}) to discuss adjuvant treatment for her pT2 N1 ER+ HER2- breast cancer. Oncotype not indicated given nodal status. We plan 4 cycles of EC then weekly paclitaxel. She works as a teacher at {{LOCATION|Sandhill Primary School}}.
Dr {{NAME|Yusuf Kaplan-Reid}}, Consultant Medical Oncologist`,

  `Hospice admission summary
{{NAME|Reginald Pottinger}}, aged {{AGE|96}}, metastatic prostate cancer, admitted to {{LOCATION|St Wilfrid's Hospice}}, {{LOCATION|Eastbourne}}, from home on {{DATE|04/12/2026}}. Syringe driver: morphine 10 mg + midazolam 5 mg/24 h, pump serial {{DEVICE|T34-3319024}}. Niece {{NAME|Gail Pottinger-Reeves}} is NOK.`,

  `Referral: memory clinic
{{NAME|Evangelos Papadakis}}, 81, MoCA 19/30, 2 years of decline; lives with wife at {{LOCATION|12 Halyard Mews}}, {{LOCATION|Bristol}} {{ZIP|BS5 9QT}}. B12 and TFTs normal. Referring GP: Dr {{NAME|Imran Qureshi}}, fax {{FAX|0117 955 4210}}.`,

  `Discharge summary - Cardiology, {{LOCATION|Massachusetts General Hospital}}
Patient: {{NAME|Francis X. Donnelly}}   MRN {{MRN|5532908}}   DOB {{DATE|07/22/1949}}
Admission {{DATE|11/29/2026}} - {{DATE|12/03/2026}}. NSTEMI; PCI to LAD with DES. DAPT 12 months. Cardiac rehab at {{LOCATION|Quincy}}. PCP Dr {{NAME|Lisa Feinberg}}. Medicare MBI {{HEALTH_PLAN|1EG4-TE5-MK72}}.`,

  `Progress note, {{LOCATION|Cook County Health}} - {{DATE|12/05/2026}}
S: {{NAME|DeShawn Littlejohn}}, 37, here for HIV f/u; VL undetectable, CD4 612.
O: BP 128/79.
A/P: continue Biktarvy; PrEP for partner {{NAME|Marcus}}. Next visit {{DATE|03/05/2027}}. SSN on file {{SSN|342-71-0948}}.`,
  `Clinic note - {{LOCATION|Kaiser Permanente Fontana Medical Center}}
{{NAME|Guadalupe Arreola}}, 52, DM2 A1c 10.4, neuropathy; started insulin glargine 10 units. Kaiser MRN {{MRN|000118447302}}. Spanish interpreter ID {{ID|INT-22841}}. Daughter {{NAME|Yesenia}} ({{PHONE|909-555-0127}}). {{DATE|12/03/26}}.`,

  `Discharge summary (Obstetrics), {{LOCATION|Royal Women's Hospital}}
{{NAME|Chloe Vandenberg}}, P1, SVD {{DATE|02/12/2026}} at 39+3; PPH 900 mL, syntocinon infusion; baby boy {{NAME|Archer}} 3.62 kg. Home to {{LOCATION|Brunswick East}} VIC {{ZIP|3057}}. MCH nurse {{NAME|Ruth Abeysekera}}.`,

  `Emergency department note - {{LOCATION|Foothills Medical Centre}}
{{NAME|Blake Thunderchild}}, 28, Cree, from {{LOCATION|Siksika}}; rollover MVC, seatbelted; FAST negative; L clavicle fracture. AHCIP {{HEALTH_PLAN|41447-2290}}. Alberta plate {{VEHICLE|CJK-4471}}. {{DATE|2026-12-06}}.`,

  `GP letter to school: Re {{NAME|Amelia Hart}}, 9, {{LOCATION|Oakfield Primary}}. Asthma plan: salbutamol 2 puffs via spacer; call parent {{NAME|Jess Hart}} on {{PHONE|07533 218 664}}. Dr {{NAME|P. Odunsi}}, {{DATE|30.11.2026}}.`,

  `Referral to gastroenterology - {{LOCATION|Christchurch Hospital}}
{{NAME|Rawiri Paewai-Moore}}, 46, iron-deficiency anaemia, tTG IgA 128 U/mL. NHI {{MRN|LPT7732}}. Address {{LOCATION|18 Hoon Hay Road}}, {{LOCATION|Christchurch}} {{ZIP|8025}}. GP Dr {{NAME|Anna Wilkes}}. {{DATE|3/12/2026}}.`,

  `Physiotherapy discharge: {{NAME|Jacqueline Ormsby}}, rotator-cuff repair, ROM flexion 160; home exercise plan; {{LOCATION|Nuffield Health Cheltenham}}; physio {{NAME|Tom Bridgwater}}, HCPC {{LICENSE|PH118823}}. {{DATE|2 Dec}}.`,

  `US - Primary care referral to pulmonology
Patient {{NAME|Earl Dwayne Hatcher}}, 67, {{LOCATION|Pikeville}}, KY {{ZIP|41501}}, 45 pack-years, coal miner 22 years; FEV1 48 %. Black lung benefits claim {{ACCOUNT|BLB-2026-447102}}. Ph {{PHONE|(606) 555-0133}}. Dr {{NAME|Rhonda Slone}}, {{DATE|12/04/2026}}.`,

  `Dear Dr {{NAME|Moreau}},
I reviewed {{NAME|Stéphane Gauthier-Lévesque}} at the {{LOCATION|Hôpital de Chicoutimi}} on {{DATE|3 décembre 2026}} for myotonic dystrophy type 1 (Saguenay–Lac-Saint-Jean founder effect). ECG PR 240 ms; Holter booked. RAMQ {{HEALTH_PLAN|GAUS 7811 0419}}. Cordialement, Dr {{NAME|Émilie Tremblay}}`,

  `Ophthalmology letter - {{LOCATION|Moorfields Eye Hospital}}
Re: {{NAME|Dennis Okafor}}, DOB {{DATE|01/02/1958}}, hosp no {{MRN|MEH 2231487}}. Primary open-angle glaucoma, IOP 28/26; latanoprost nocte; SLT offered. DVLA: visual fields meet standard. Dr {{NAME|Ingrid Solberg}}.`,

  `Dermatology (teledermatology) reply
Image set from {{LOCATION|Penrith Health Centre}} for {{NAME|Jean Armstrong}}, 74: nodular BCC L nasal ala; refer for Mohs. Ref {{ID|TD-26-04471}}. Reviewed by Dr {{NAME|Caroline Pugh}} {{DATE|04/12/2026}}.`,

  `Renal clinic letter
{{NAME|Balwinder Kaur Sandhu}}, 66, CKD G4 A3 (eGFR 21), diabetic nephropathy; started on dapagliflozin; access planning with vascular at {{LOCATION|New Cross Hospital}}. Lives {{LOCATION|Tettenhall}}. Son {{NAME|Harjit}} on {{PHONE|07958 330 112}}. {{DATE|3 Dec 2026}}.`,

  `Urology clinic, {{LOCATION|Monash Health}}: {{NAME|Con Karamanlis}}, aged {{AGE|90}}, LUTS, PVR 420 mL; long-term catheter; Greek-speaking, son {{NAME|Spiros}} interprets. Medicare {{HEALTH_PLAN|2387 55102 4}}. {{DATE|Tue 1 Dec}}.`,

  `Rehab unit progress note: {{NAME|Gwendolyn Ashby}}, L MCA stroke; FIM 72; walks 20 m with frame; aphasia improving. SALT {{NAME|Naomi}}. Discharge planning meeting {{DATE|10/12/2026}} with daughter {{NAME|Rebecca Sinclair}}. Unit: {{LOCATION|Hillcrest Rehabilitation Centre}}.`,

  `SMS reminder sent 09:00: Hi {{NAME|Dwayne}}, your appt with Dr {{NAME|Kostas}} is {{DATE|Wed 9 Dec}} 10:40 at {{LOCATION|Lakeside Medical}}. Reply N to cancel. {{PHONE|0400 118 732}}`,

  `Discharge summary (General Surgery), {{LOCATION|Auckland City Hospital}}
{{NAME|Sione Fifita}}, 34, perforated appendicitis, lap appendicectomy {{DATE|30/11/2026}}; ileus day 2-4. NHI {{MRN|ACH4412}}. Home to {{LOCATION|Ōtāhuhu}}. Tongan-speaking mother {{NAME|Mele Fifita}}.`,

  `Letter to DWP / fit note
I certify that {{NAME|Gary Ellwood}}, {{LOCATION|9 Canal Side}}, {{LOCATION|Burnley}} {{ZIP|BB11 1JZ}}, NI {{SSN|JB 44 71 92 C}}, is not fit for work from {{DATE|01/12/2026}} to {{DATE|31/12/2026}} because of lumbar radiculopathy. Dr {{NAME|Anjali Mistry}}.`,

  `Infectious diseases consult
{{NAME|Oyelaran Babatunde}}, 45, returned from {{LOCATION|Ibadan}} {{DATE|22 Nov}}; fever, P. falciparum 3.2 %; IV artesunate. Works at {{LOCATION|Heathrow Terminal 4}}. Wife {{NAME|Folake}}. {{DATE|28/11/2026}}.`,

  `Gastroscopy report, {{LOCATION|Ninewells Hospital}}
Patient {{NAME|Alasdair Crombie}} CHI {{MRN|0304551128}}. Barrett's C3M5, no dysplasia; biopsies x 12 (Seattle). Endoscopist Dr {{NAME|Mhairi Lennox}}. {{DATE|01/12/26}}.`,
  `Sakha (Yakut) greeting on a GP note: Дорообо! {{NAME|Ньургун Иванов}} - пациент 34 лет, {{LOCATION|Чурапча}}, травма при подлёдной рыбалке {{DATE|2 декабря}}; СНИЛС {{SSN|114-772-903 41}}.`,

  `Karakalpak clinic ledger (CSV)
date,name,village,dx,phone
{{DATE|2026-12-01}},{{NAME|Zamira Ótepbergenova}},{{LOCATION|Qazaqdárya}},anaemia Hb 82,{{PHONE|+998 61 447 2290}}
{{DATE|2026-12-01}},{{NAME|Baxtiyar Allanazarov}},{{LOCATION|Shımbay}},hepatitis A,{{PHONE|+998 91 301 7718}}
{{DATE|2026-12-02}},{{NAME|Gúlnara Seytova}},{{LOCATION|Nókis}},TB contact,-`,

  `Bugis boat-builder injury, {{LOCATION|Tanah Beru}}, Bulukumba
Daeng {{NAME|Mappasessu}}, 51, adze wound L shin while shaping a pinisi keel; 8 sutures. Workshop {{LOCATION|Galangan Haji Abdul Rahman}}. {{DATE|Rabu, 2 Desember 2026}}.`,

  `Theatre list - {{LOCATION|Queen Elizabeth University Hospital}}, Theatre 7, {{DATE|Tuesday 8 December 2026}}
1. {{NAME|MACKAY, Isla}} 0801 - lap chole
2. {{NAME|O'DONNELL, Francis}} 0804 - inguinal hernia
3. {{NAME|AHMED, Rukhsana}} 1203 - excision lipoma
Surgeon: Mr {{NAME|Gordon Baird}}; anaesthetist Dr {{NAME|Wen Li}}.`,

  `Handover (night, med reg) {{DATE|06/12}}:
- {{NAME|Jennings}} bed 4: K 6.4, calcium gluconate + insulin/dex given, repeat 02:00.
- Mrs {{NAME|Okoro}} bed 9: NEWS 5, sepsis screen, blood cultures sent.
- {{NAME|Wilfred Amos}} side room 2: DNACPR, family ({{NAME|Glenys}}) on way.`,

  `Tele-ICU hub note: bed 12 at {{LOCATION|Mercy Hospital Joplin}}; {{NAME|Rodney Wehmeyer}}, 59, septic shock; norepi 0.18; advised vasopressin. Bedside RN {{NAME|Kayla Stroud}}. Cart IP {{IP|10.44.17.208}}. {{DATE|12/06/2026 04:12}}.`,

  `Interpreter booking: Dari interpreter for {{NAME|Sima Habibi}} ({{MRN|H77120435}}), clinic {{DATE|10/12/2026}} 14:00, {{LOCATION|Leicester Royal Infirmary}}; booking ref {{ID|BKG-448190}}.`,

  `Occupational health (NHS staff): {{NAME|Chidinma Eze}}, HCA, staff no. {{ID|E0448217}}; needlestick {{DATE|04/12/2026}} from source patient {{MRN|K771204}}; HBsAb 210; baseline bloods; PEP not required. OH nurse {{NAME|Pam Hollis}}.`,

  `Clinic list - {{LOCATION|Ysbyty Gwynedd}} diabetes foot, {{DATE|Dydd Llun 7 Rhagfyr}}
09:00 {{NAME|Dafydd Wyn Roberts}} - ulcer L hallux
09:20 {{NAME|Gwenllian Parry}} - Charcot R
09:40 {{NAME|Ifan ap Iorwerth}} - review offloading
Podiatrist {{NAME|Mali Hughes}}.`,

  `Coroner's request for records
HM Coroner for West Yorkshire (Western) requests the GP records of {{NAME|Liam Whiteley}}, date of death {{DATE|21/11/2026}}, of {{LOCATION|Halifax}}. Ref {{ID|COR-26-3318}}. Officer Sgt {{NAME|Dean Fairclough}}, {{EMAIL|coroners.office@example.gov.uk}}.`,

  `Safeguarding referral (adult): {{NAME|Margaret Tulloch}}, {{AGE|94}}, self-neglect at {{LOCATION|2 Kirkgate Wynd}}, {{LOCATION|Kirkwall}} {{ZIP|KW15 1AB}}; hoarding, no heating. Neighbour {{NAME|Sandy Flett}} raised concern. Social worker {{NAME|Inga Rendall}}. {{DATE|02/12/2026}}.`,

  `Pharmacy query: Re {{NAME|Stanley Briggs}} - methotrexate 10 mg DAILY on script (?weekly). Please call {{LOCATION|Boots Hanley}} on {{PHONE|01782 214 903}}. Pharmacist {{NAME|Aisha Mahmood}}, GPhC {{LICENSE|2079146}}. {{DATE|03/12/26}} 11:05.`,

  `Ambulance PRF: Call sign {{VEHICLE|NW-RRV 447}}; pt identified later as {{NAME|Ryan Costigan}}, 31, {{LOCATION|Platt Bridge}}; OD of 40 x 30/500 co-codamol; GCS 14. Conveyed to {{LOCATION|Royal Albert Edward Infirmary}} {{DATE|06/12/2026}}.`,

  `Community nurse visit: {{NAME|Elsie Higginbottom}}, {{AGE|99}}, leg ulcer dressing, compression 4-layer; key safe code with office only. Address {{LOCATION|Rose Cottage, Back Lane}}, {{LOCATION|Holmfirth}}. Next visit {{DATE|Thu 10/12}}. Nurse {{NAME|Sian Hepworth}}.`,

  `Genetics letter: {{NAME|Olivia Brandreth}}, 35, BRCA2 c.5946del pathogenic; her sister {{NAME|Harriet}} and mother {{NAME|Pauline}} offered testing. Lab no. {{ID|GEN-26-114872}}. {{LOCATION|Manchester Centre for Genomic Medicine}}. {{DATE|1 December 2026}}.`,

  `Breast screening result letter: Dear Ms {{NAME|Ramsden}}, your mammogram on {{DATE|18/11/2026}} was normal. Screening ID {{ID|BSS-0447120}}. {{LOCATION|Leeds Breast Screening Unit}}, {{LOCATION|Seacroft Hospital}}, tel {{PHONE|0113 206 3500}}.`,
  `Discharge summary - {{LOCATION|Christiana Hospital}}, {{LOCATION|Newark}}, DE
Patient: {{NAME|Latoya Pinkett}}  DOB {{DATE|05/19/1983}}  Acct {{ACCOUNT|CH-99401827}}
Dx: DKA (pH 7.08, AG 28) precipitated by missed insulin; resolved on protocol. Insulin pump {{DEVICE|PMP-88-2017-4412}} restarted. Endocrine f/u {{DATE|12/16/2026}}. Insurance: Highmark {{HEALTH_PLAN|HMK448190277}}.`,

  `Letter to patient
Dear Mr {{NAME|Abernathy}},
Your blood tests from {{DATE|1 December}} show your cholesterol is 7.2. Please book a review with Dr {{NAME|Sunita Rao}} at {{LOCATION|The Grange Surgery}}, {{LOCATION|Bingham}}. Our phone number is {{PHONE|0115 983 2201}}.
Reception team`,

  `Paramedic-to-ED pre-alert (ATMIST): Age 34, M - {{NAME|Kyle Rennison}}; Time 14:20; Mechanism: fell 4 m from scaffold at {{LOCATION|Kings Wharf}} site, {{LOCATION|Hull}}; Injuries: open tib/fib R, ?pelvis; Signs HR 118 BP 96/60; Treatment: TXA, pelvic binder. Crew {{VEHICLE|YAS 3318}}. {{DATE|07.12.2026}}.`,

  `Tuberculosis contact tracing list - {{LOCATION|Hounslow}}
Index: {{NAME|Mohammed Rafiq Chaudhry}} (NHS {{MRN|443 118 2094}})
Contacts: wife {{NAME|Nasreen}}, son {{NAME|Adeel}} (14), lodger {{NAME|Piotr Zieliński}}; IGRA booked {{DATE|14/12/2026}}. TB nurse {{NAME|Rosa Mensah}}.`,

  `Sexual health clinic note
Client no. {{ID|GUM-26-88412}} (named: {{NAME|Jordan Ellery}}), 23, urethral discharge; Gram stain GNDC; ceftriaxone 1 g IM. Partner notification: 2 partners, contact slips issued. Clinic {{LOCATION|Archway Centre}}. {{DATE|05/12/2026}}.`,

  `Occupational therapy home visit
{{NAME|Hilda Brockbank}}, {{AGE|92}}, lives {{LOCATION|Flat 11, Moorview Court}}, {{LOCATION|Accrington}}. Bath board and perching stool fitted; pendant alarm serial {{DEVICE|TL-447-90318}}. Son {{NAME|Malcolm}} visits daily. OT {{NAME|Becky Nuttall}}, {{DATE|03/12/2026}}.`,

  `Radiology report
Patient: {{NAME|Chen Wei-Lin}}  Accession {{ID|RAD2612044718}}  {{DATE|2026-12-04}}
CT abdomen/pelvis: 3.4 cm enhancing R renal mass, Bosniak n/a, solid; no nodes. Reported by Dr {{NAME|Helena Marsh}}, {{LOCATION|St James's University Hospital}}.`,

  `Care-home transfer form
Resident: {{NAME|Doris Entwistle}}  DOB {{DATE|12/04/1932}}
From: {{LOCATION|Lavender Lodge Care Home}}, {{LOCATION|Chorley}} {{ZIP|PR7 2QR}}
Reason: reduced intake, ?UTI, confusion. DNACPR in place. Contact: {{NAME|Sharon Entwistle}} (daughter) {{PHONE|01257 448 201}}.`,

  `Prior authorization request
Member: {{NAME|Ricardo Villaseñor}}  Member ID {{HEALTH_PLAN|AET W448219037}}  DOB {{DATE|09/13/1971}}
Drug: adalimumab biosimilar for psoriatic arthritis (failed MTX). Prescriber Dr {{NAME|Naomi Feld}}, NPI {{LICENSE|1427755019}}, fax {{FAX|(312) 555-0162}}.`,

  `Dental referral: {{NAME|Priya Nair}}, 29, lower third molar impaction with pericoronitis x3; OPG attached; {{LOCATION|Smile Dental Care}}, {{LOCATION|Slough}}; dentist {{NAME|Arjun Bhatt}}, GDC {{LICENSE|184471}}. {{DATE|30/11/2026}}.`,

  `Audiology report: {{NAME|Lachlan Ferguson}}, 68, bilateral presbycusis; hearing aids fitted L {{DEVICE|PH-M90-447219}} R {{DEVICE|PH-M90-447220}}. {{LOCATION|Australian Hearing Ballarat}}. {{DATE|4/12/2026}}.`,

  `Death notification to GP: We are sorry to inform you that {{NAME|Ernest Sowerby}}, {{AGE|97}}, died on {{DATE|05/12/2026}} at {{LOCATION|Scarborough Hospital}}. Cause: aspiration pneumonia; frailty. MCCD issued by Dr {{NAME|Fatima Zaheer}}. Funeral directors: {{LOCATION|J. Rymer Funeral Service}}.`,

  `Maternity triage phone log: 21:14 {{NAME|Leanne Duckworth}}, 38+2, reduced FM since afternoon; advised to attend; partner {{NAME|Aaron}} driving, car {{VEHICLE|MA19 KZT}}. Midwife {{NAME|Sue Cartwright}}. {{DATE|06/12/2026}}.`,

  `Medication reconciliation - {{LOCATION|Tan Tock Seng Hospital}}
{{NAME|Lim Ah Kow}}, {{AGE|91}}, NRIC {{ID|S3144728J}}; home meds from {{LOCATION|Guardian Toa Payoh}}: amlodipine 5, metformin 500 bd. Daughter {{NAME|Lim Siew Ling}} {{PHONE|9447 2181}}. {{DATE|03/12/2026}}.`,

  `Interfacility transfer: {{NAME|Rosalind Achterberg}}, 58, from {{LOCATION|Greymouth Hospital}} to {{LOCATION|Christchurch Hospital}} ICU by helicopter {{VEHICLE|ZK-IMC}}; SAH Fisher 3, WFNS 2. NHI {{MRN|QNR2291}}. Accepting Dr {{NAME|Tomasz Nowicki}}. {{DATE|7/12/2026}}.`,

  `Portal message from clinician: Hi {{NAME|Brittany}}, your thyroid results are back - TSH 0.01, free T4 high. Dr {{NAME|Mendez}} would like to see you {{DATE|Friday 12/11}}. Call {{PHONE|(480) 555-0193}}. - {{LOCATION|Banner Health Center Peoria}}`,

  `Vaccination record (travel): {{NAME|Oskar Lindahl}}, yellow fever {{DATE|02 DEC 2026}}, ICVP no. {{ID|YF-447219}}; typhoid, hep A; malaria prophylaxis atovaquone-proguanil. Clinic {{LOCATION|Nomad Travel Clinic}}, {{LOCATION|Bristol}}. Email {{EMAIL|o.lindahl@outlook.example}}.`,

  `Police custody healthcare note: Detainee {{NAME|Curtis Mayhew}}, custody no. {{ID|CU-26-47718}}, {{LOCATION|Wolverhampton custody suite}}; opiate withdrawal COWS 11; dihydrocodeine per protocol. HCP {{NAME|Vicky Lane}}. {{DATE|06/12/2026 05:40}}.`,

  `Cardiac device clinic: {{NAME|Norman Gilliland}}, ICD {{DEVICE|RXY-441927S}}, 1 appropriate shock for VT 210 bpm on {{DATE|29/11/2026}}; amiodarone loaded. {{LOCATION|Royal Victoria Hospital}}, {{LOCATION|Belfast}}. Physiologist {{NAME|Orla Quinn}}.`,

  `Handwritten-style fax cover: TO Dr {{NAME|Zeller}} FROM {{LOCATION|Peachtree Urgent Care}} FAX {{FAX|404-555-0168}} RE {{NAME|Tameka Holloway}} DOB {{DATE|2/14/90}} - CXR + labs attached, 4 pages.`,
  `Sidama health extension worker household visit, kebele {{LOCATION|Hula Bokaso}}
Mother {{NAME|Tigist Bekele Dangiso}}, 28, 2 months post-partum, family planning Implanon; infant {{NAME|Mihret}} weighed 5.1 kg. HEW {{NAME|Almaz Hanicha}}. Phone {{PHONE|0926 117 408}}. {{DATE|24/03/2019 E.C.}}.`,

  `{{LOCATION|Hôpital régional de Bafoussam}} : patient {{NAME|Tchoupo Kengne Rodrigue}}, 44 ans, plaie diabétique du pied gauche, Wagner 2; amoxicilline-acide clavulanique. Quartier {{LOCATION|Tamdja}}. {{DATE|05/12/2026}}.`,

  `{{LOCATION|Yakutsk}} perinatal centre note (English summary): mother {{NAME|Aiyyna Petrova}}, 23, from {{LOCATION|Verkhoyansk}}; preterm 31 weeks, flown by {{VEHICLE|RA-67241}} in -48 C; neonate to NICU. Polis OMS {{HEALTH_PLAN|1455 2290 7781 3306}}. {{DATE|04.12.2026}}.`,

  `Uzbek-Tajik border clinic SMS: "Assalomu alaykum {{NAME|Malika}} opa, tahlil natijasi tayyor, {{DATE|dushanba 7-dekabr}} kuni keling. Dr {{NAME|Sherzod}}" - sent to {{PHONE|+998 93 447 1206}}.`,

  `Herat-Islam Qala returnee screening: {{NAME|Abdul Basir Rahimi}}, 36, deported from {{LOCATION|Mashhad}}; TB screen CXR clear; measles vaccine. IOM no. {{ID|IQ-2612-04471}}. {{DATE|1405/09/13}}.`,

  `Bajau fishing community outreach, {{LOCATION|Torosiaje}}, Gorontalo
{{NAME|Sanrawati binti Lamusu}}, 33, ruptured eardrum from compressor diving; ofloxacin ear drops, no diving 6 weeks. {{DATE|Sabtu, 5 Desember 2026}}.`,

  `Kachin IDP camp clinic, {{LOCATION|Jan Mai Kawng}}
{{NAME|Lahpai Zau Awng}}, 8, scabies with secondary impetigo; ivermectin household; mother {{NAME|Nhkum Lu Ja}}. Camp ID {{ID|JMK-0447}}. {{DATE|1 Dec 2026}}.`,

  `Dinka translator-assisted discharge, {{LOCATION|Wau Teaching Hospital}}
{{NAME|Achol Garang Deng}}, 16, snakebite (carpet viper) day 6; 20WBCT normal since day 2. Uncle {{NAME|Makuei Deng}}. {{DATE|03/12/2026}}.`,

  `Ashanti kente weavers' clinic, {{LOCATION|Bonwire}}
{{NAME|Kwame Nkansah Darko}}, 61, lumbar spondylosis from loom work; diclofenac. Ghana Card {{ID|GHA-714420985-3}}. {{DATE|Wednesday, 2nd December}}. Nurse {{NAME|Abena Serwaa}}.`,

  `{{LOCATION|Gambella General Hospital}}: {{NAME|Ochan Omot Ojulu}}, 44, Anuak farmer from {{LOCATION|Abobo}}, malaria with severe anaemia Hb 5.2; transfused 1 unit, donor no {{ID|GMB-BT-4471}}. {{DATE|02/12/2026}}.`,
  `Discharge summary - {{LOCATION|Norfolk and Norwich University Hospital}}
Name: {{NAME|Pearl Gotts}}  DOB {{DATE|30/06/1938}}  Hosp no {{MRN|N2291447}}
Admitted {{DATE|25/11/2026}} with fast AF and decompensated heart failure; digoxin and furosemide; BNP 4,120. Discharged {{DATE|05/12/2026}} to {{LOCATION|Wymondham}}. Heart failure nurse {{NAME|Kerry Amis}} to phone on {{PHONE|01603 286 447}}.`,

  `Referral letter (physio to orthopaedics)
Dear Mr {{NAME|Castellanos}},
{{NAME|Ben Sutherland-Kaye}}, 26, rugby player at {{LOCATION|Otley RUFC}}, sustained a twisting knee injury {{DATE|14/11/2026}}; positive Lachman and pivot shift. MRI please. Mobile {{PHONE|07702 445 118}}.
{{NAME|Holly Brennan}}, MCSP`,

  `Clinic letter, Neurology - {{LOCATION|Royal Hobart Hospital}}
{{NAME|Dylan Pickering}}, 19, two generalised tonic-clonic seizures; EEG generalised 3-4 Hz polyspike-wave; JME. Levetiracetam 500 mg bd. Driving: no for 6 months. Medicare {{HEALTH_PLAN|5520 14479 2}}. {{DATE|1 December 2026}}. Dr {{NAME|Anouk de Vries}}.`,

  `Post-op note: {{NAME|Irene Kowalski}}, 77, hemiarthroplasty L NOF {{DATE|05/12/2026}}; spinal + block; EBL 300 mL. Ortho-geri review by Dr {{NAME|Hamish Blair}}. Prosthesis lot {{DEVICE|EXT-2026-44719}}.`,

  `US clinic referral (behavioral health): {{NAME|Skyler Merriweather}}, 15, {{LOCATION|Duluth}}, MN {{ZIP|55811}}; restrictive eating, BMI 15.8, HR 44 supine; admit for medical stabilization. Mother {{NAME|Andrea}} {{PHONE|(218) 555-0110}}. Medical Assistance {{HEALTH_PLAN|MA 00447192}}. {{DATE|12/04/2026}}.`,

  `IVF clinic note: couple {{NAME|Yasmin Haddad}} and {{NAME|Omar Haddad}}; ICSI cycle 2; 11 eggs, 6 blastocysts; embryo transfer {{DATE|9 Dec 2026}} at {{LOCATION|CARE Fertility Nottingham}}. Cryo storage ref {{ID|CRY-26-44172}}.`,

  `Occupational health fitness note: {{NAME|Declan Moriarty}}, train driver, {{LOCATION|Irish Rail Inchicore}}; OSA on CPAP (machine {{DEVICE|RM-AS11-224471}}), compliance 96 %; fit for safety-critical duties. {{DATE|03/12/2026}}. OH physician Dr {{NAME|Ruth Garvey}}.`,

  `Inpatient psychiatry MHA note: {{NAME|Shane Pickles}} detained s2 {{DATE|02/12/2026}} at {{LOCATION|Parklands Hospital}}; AMHP {{NAME|Janine Foulkes}}; NR {{NAME|Carol Pickles}}. Tribunal application {{ID|MHT-26-3391}}.`,

  `Discharge summary (Paeds), {{LOCATION|Starship Children's Hospital}}
{{NAME|Aroha Tipene-Walker}}, 6, acute rheumatic fever (Jones: carditis, polyarthritis, ESR 88); monthly benzathine penicillin. NHI {{MRN|TKW9921}}. School {{LOCATION|Manurewa East School}}. Whānau: mum {{NAME|Tania}}. {{DATE|4/12/2026}}.`,

  `Letter to solicitor: Re your client {{NAME|Kelly Ann Dobbs}}, DOB {{DATE|07/07/1985}}, RTC on the A56 near {{LOCATION|Burnley}}: whiplash grade II, expected recovery 9 months. Your ref {{ACCOUNT|SL/DOBB/2291}}. Dr {{NAME|Aled Morgan}}.`,
  `Portal audit line: user {{EMAIL|t.okeke@trust.example.nhs.uk}} opened the record of {{NAME|Ivy Chambers}} from {{IP|172.20.14.93}} at 03:12 {{DATE|05/12/2026}}; break-glass reason "covering ward".`,

  `Remote monitoring upload: CGM {{DEVICE|3MH-0044-7129}} for {{NAME|Ellis Drummond}}; report {{URL|https://clarity.example.com/reports/p/447129}}; TIR 48 %.`,

  `Billing line: patient acct {{ACCOUNT|4471-0093-2218}}, {{NAME|Marlon Beckford}}, CPT 99214, DOS {{DATE|12/01/2026}}, balance $85.`,

  `Licence check (locum): Dr {{NAME|Adaeze Nwankwo}}, GMC {{LICENSE|7441208}}, full registration with licence to practise, checked {{DATE|04/12/2026}} for shifts at {{LOCATION|Furness General Hospital}}.`,

  `Benefits form extract: claimant {{NAME|Wayne Oldroyd}}, NI number {{SSN|NR 18 44 72 B}}, PIP review; GP factual report sent {{DATE|02/12/2026}}.`,

  `Webinar notice for a patient group, link {{URL|https://meet.example.org/j/84471209}} - host nurse {{NAME|Carys Lloyd}} ({{EMAIL|carys.lloyd@example-health.wales}}).`,

  `Age note: centenarian clinic - {{NAME|Violet Ainsworth}}, aged {{AGE|103}}, lives independently in {{LOCATION|Lytham}}.`,

  `Fax from {{LOCATION|Sacred Heart Medical Center}} ({{LOCATION|Spokane}}) {{FAX|509-555-0151}}: path report for {{NAME|Curtis Lamb}}, acct {{ACCOUNT|SH-7741902}}.`,

  `Lab request: {{NAME|Ana-Maria Popescu}}, sample {{ID|LB26-0447128}}, ferritin + B12; requested by Dr {{NAME|Ndlovu}} {{DATE|07/12/2026}}.`,

  `Pharmacist note (US): {{NAME|Gloria Tafoya}}, {{AGE|95}}, warfarin INR 4.8 - held 1 dose; prescriber Dr {{NAME|Leon Whitehorse}}, DEA {{LICENSE|BW4471902}}. {{DATE|12/05/2026}}.`
];

const PHI_FREE_TEXTS: string[] = [
  `DISCHARGE TEMPLATE (blank): Diagnosis / Procedures / Medications on discharge / Follow-up. Example entries: Parkinson disease (Hoehn and Yahr 3), co-careldopa 25/100 tds, Madopar CR nocte; Addison disease with hydrocortisone 10/5/5 mg; Cushing's excluded by dexamethasone suppression test (cortisol under 50 nmol/L).`,
  `Cardiology reference card: Wolff-Parkinson-White, Brugada type 1, Romano-Ward and Jervell and Lange-Nielsen syndromes; CHA2DS2-VASc, HAS-BLED, ORBIT; Eliquis (apixaban) 5 mg bd, Xarelto 20 mg od, Pradaxa 150 mg bd; Medtronic Micra, Boston Scientific and Abbott devices; Holter 24-72 h; QTc by Bazett and Fridericia.`,
  `TABLE - TROPICAL AND PLACE-NAMED INFECTIONS
| Disease | Organism | Drug |
| Lyme disease | Borrelia burgdorferi | doxycycline |
| Ross River fever | alphavirus | supportive |
| Murray Valley encephalitis | flavivirus | supportive |
| Kyasanur Forest disease | flavivirus | vaccine in Karnataka |
| Lassa fever | arenavirus | ribavirin |
| Crimean-Congo haemorrhagic fever | nairovirus | supportive |
| Ebola, Marburg | filovirus | Inmazeb, Ebanga |`,
  `Welcome board (multilingual): Welcome, Croeso, Fáilte, Bienvenue, Willkommen, Witamy, Bun venit, Hoş geldiniz, Karibu, Akwaaba, Salama, Dorobo, Xush kelibsiz, Selamat datang, Maligayang pagdating, Swagatam. Please sanitise your hands. Lifts to Outpatients, Pharmacy, Radiology.`,
  `Neurology scales: Glasgow Coma Scale, NIHSS 0-42, modified Rankin 0-6, ABCD2, ROSIER, Expanded Disability Status Scale (Kurtzke), MoCA, Addenbrooke's ACE-III, Hoehn and Yahr, UPDRS; Guillain-Barré with Miller Fisher variant; Bell palsy graded by House-Brackmann; Tinel and Phalen for carpal tunnel.`,
  `GP formulary (winter 2026): amoxicillin 500 mg tds 5 days, doxycycline 200 mg then 100 mg, nitrofurantoin MR 100 mg bd 3 days, Fostair 100/6, Trelegy Ellipta, Ventolin Evohaler with AeroChamber, Anoro, Spiriva Respimat; Oramorph 10 mg/5 mL; Movicol; Lyrica and Neurontin misuse warning.`,
  `Sign language and signage in the ED: "Urgência", "Acil", "Nødmottak", "Päivystys", "Ensiapu", "Sürgősségi", "Urgentní příjem", "Tez yordam", "Gawat Darurat", "IGD", "Emergencia", "Isipatala". No smoking / Rauchen verboten / Interdit de fumer / Bawal manigarilyo / Dilarang merokok.`,
  `Obstetric quick reference: Bishop score, Apgar at 1 and 5 minutes, Robson classification, McRoberts and Woods screw manoeuvres, Rubin, Zavanelli; Kielland forceps, Kiwi OmniCup; Syntocinon, Syntometrine, carboprost (Hemabate), misoprostol 800 mcg; Bakri balloon; MBRRACE-UK 2024 report.`,
  `Orthopaedic eponyms list: Colles, Smith, Barton, Bennett, Rolando, Monteggia, Galeazzi, Jones, Lisfranc, Maisonneuve, Segond, Hill-Sachs, Bankart, Weber A/B/C, Garden I-IV, Schatzker, Salter-Harris, Gustilo-Anderson; Thomas splint; Ilizarov frame; Kocher and Hippocratic reductions.`,
  `Diabetes devices: FreeStyle Libre 3, Dexcom G7, Omnipod 5, Tandem t:slim X2 with Control-IQ, Medtronic MiniMed 780G, CamAPS FX; NovoRapid, Fiasp, Lyumjev, Tresiba, Toujeo, Abasaglar; HbA1c 48 mmol/mol target; DAFNE and DESMOND courses.`,
  `Greetings and closings seen in clinic letters: Dear Colleague, Dear Doctor, Yours sincerely, Kind regards, Mit freundlichen Grüßen, Cordialement, Atentamente, Met vriendelijke groet, Cu stimă, Z poważaniem, Saygılarımla, Hormat kami, Salam hormat, Asante sana, Spasibo, Rahmat, Tashakor, Dhanyavaad.`,
  `PAEDIATRIC MILESTONES AND SCORES: Denver II, Ages and Stages, Schedule of Growing Skills; Westley croup score, PEWS, Centor and FeverPAIN, Kawasaki criteria, Kocher criteria for septic hip, Ottawa ankle rules (adult), Pittsburgh knee rules; WHO growth charts 2006; Ready Steady Go transition.`,
  `Oncology regimen names: FOLFOX, FOLFIRINOX, CAPOX, R-CHOP, ABVD, BEACOPP, EC-T, TCHP, Keytruda (pembrolizumab), Opdivo, Herceptin, Kadcyla, Enhertu, Tagrisso, Lynparza; ECOG 0-4; RECIST 1.1; CTCAE v5; Karnofsky 70 %.`,
  `Year list for a guideline history: NICE CG95 (2010), NG185 (2020), GOLD 2023, GINA 2024, KDIGO 2012 and 2024, ESC 2023, AHA/ACC 2022, SIGN 158 (2019), WHO 2021 TB consolidated guidance; Helsinki 1964, Alma-Ata 1978, Ottawa Charter 1986.`,
  `Place-named diseases and signs: Bornholm disease, Pontiac fever, Legionnaires' disease, Norwalk (norovirus), Coxsackie, Marburg, Ebola, Zika, Hendra, Nipah, Hantaan, Oropouche, Chikungunya, Tahyna, Omsk haemorrhagic fever, Bolivian and Venezuelan haemorrhagic fevers, Mediterranean spotted fever, Mexican hat and Aleppo boil.`,
  `Rheumatology criteria: ACR/EULAR 2010 RA score 6 of 10, Jones criteria, Duke criteria (modified), Yamaguchi for adult Still's, CASPAR for psoriatic arthritis, ASAS for axial SpA; Schober test 5 cm; Gottron papules, heliotrope rash, Raynaud phenomenon, Sjögren, Behçet, Takayasu, Kawasaki.`,
  `PHARMACY SHELF LABELS: Calpol Six Plus, Nurofen for Children, Piriton, Gaviscon Advance, Rennie, Imodium, Dioralyte, Canesten, Daktarin, Bonjela, Sudocrem, E45, Diprobase, Hydromol, Zerobase, Epimax; Panadol, Panadeine, Nexium, Losec; Vicks VapoRub and Olbas Oil.`,
  `Mental health tools: PHQ-9, GAD-7, AUDIT-C, CAGE, EPDS (Edinburgh), HoNOS, BPRS, PANSS, Y-BOCS, MDQ, ASRS v1.1, CIWA-Ar, COWS, Columbia (C-SSRS); Beck Depression Inventory; Mini-Mental (Folstein); Hamilton rating scale.`,
  `Radiology vocabulary: Kerley B lines, Hampton hump, Westermark sign, Golden S sign, Rigler sign, Chilaiditi sign, Bosniak I-IV, LI-RADS, BI-RADS 4a, PI-RADS 3, TI-RADS, Fleischner 2017 nodule guidance, Agatston score 412; Siemens SOMATOM, GE Revolution, Philips Ingenia.`,
  `Infection control poster: Clostridioides difficile - bleach wipes (Chlor-Clean, Actichlor); MRSA decolonisation with Octenisan and Bactroban; CPE screening; FFP3 (3M Aura 1863) fit testing; Respiratory season 2026/27; "Bare below the elbows"; WHO 5 Moments; Semmelweis 1847.`,
  `Dermatology pattern list: Koebner phenomenon, Auspitz sign, Nikolsky sign, Darier sign, Wickham striae, Hutchinson sign, Leser-Trélat, Sister Mary Joseph nodule, Spitz naevus, Becker naevus, Mongolian spot, café-au-lait, Fitzpatrick I-VI, SCORAD, PASI 12, DLQI 18.`,
  `RENAL WARD WHITEBOARD (template): Bay A-F, Dialysis chairs 1-8, Fresenius 5008S and Baxter AK 98 machines, Gambro filters, Tego connectors; targets: Kt/V over 1.2, URR 65 %, Hb 100-120; Alport, Fabry, Goodpasture, Berger (IgA), Henoch-Schönlein, Bartter and Gitelman syndromes.`,
  `Travel medicine table: yellow fever zones (sub-Saharan Africa, Amazon basin), Japanese encephalitis (Ixiaro), rabies (Rabipur, Verorab), typhoid (Typhim Vi, Vivotif), cholera (Dukoral), tick-borne encephalitis (TicoVac, Encepur), malaria: Malarone, doxycycline, Lariam; the Hajj and Umrah meningococcal ACWY rule.`,
  `Anaesthesia list: ASA I-VI, Mallampati, Cormack-Lehane, Wilson score, Apfel PONV, RCRI (Lee), Caprini, POSSUM, P-POSSUM, NELA; propofol, sevoflurane, rocuronium, sugammadex (Bridion), suxamethonium; LMA Supreme, i-gel, Macintosh and McGrath blades, Bougie (Eschmann).`,
  `Nutrition and diet terms: Mediterranean diet, DASH, Atkins, ketogenic, FODMAP (Monash University app), Slimming World, Weight Watchers, Ensure, Fortisip, Fresubin, Ensure Plus, Nutrison; MUST 2, refeeding risk (NICE), Thiamine (Pabrinex), Wernicke-Korsakoff.`,
  `Vascular and haematology eponyms: Virchow triad, Trousseau sign, Buerger disease, Raynaud, Leriche syndrome, May-Thurner, Paget-Schroetter, Budd-Chiari, von Willebrand, Glanzmann, Bernard-Soulier, Christmas disease, Waldenström, Hodgkin, Burkitt, Philadelphia chromosome; Wells DVT score 2.`,
  `Languages list for interpreter services: Arabic, Bengali, Dari, Pashto, Farsi, Kurdish Sorani, Kurmanji, Tigrinya, Amharic, Somali, Swahili, Twi, Yoruba, Igbo, Polish, Romanian, Lithuanian, Urdu, Punjabi, Gujarati, Tamil, Mandarin, Cantonese, Vietnamese, Uzbek, Russian, Ukrainian, BSL, Makaton.`,
  `Emergency drug chart: adrenaline 1 mg IV every 3-5 minutes, amiodarone 300 mg then 150 mg, atropine 500 mcg, adenosine 6-12-18 mg, magnesium 2 g, calcium chloride 10 mL 10 %, naloxone 400 mcg, glucagon 1 mg, hydrocortisone 200 mg, chlorphenamine 10 mg; Lucas 3 and AutoPulse CPR devices.`,
  `Occupational lung disease glossary: silicosis, asbestosis, coal workers' pneumoconiosis (Caplan syndrome), byssinosis (Monday fever), farmer's lung, bird fancier's lung, hot-tub lung, baker's asthma, berylliosis, siderosis, stannosis, hard-metal disease; ILO 2022 classification; Helsinki criteria for asbestos.`,
  `Sports medicine terms: Osgood-Schlatter, Sinding-Larsen-Johansson, Sever disease, jumper's knee, tennis and golfer's elbow, de Quervain, Finkelstein and Eichhoff tests, Lachman, pivot shift, McMurray, Thessaly, Ottawa knee rules; SCAT6, Maddocks questions; World Rugby HIA 1-3; Strava and Garmin data.`
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter32', '/tmp/deid-ood-letters32.jsonl');
