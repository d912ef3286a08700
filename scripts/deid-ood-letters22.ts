/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-fifth session: short and long clinician
 * texts of kinds beyond letters14-21: allergy-clinic letters (drug provocation, venom immunotherapy, food ladders),
 * anticoagulation-clinic INR books and phone logs, systemic anticancer therapy prescriptions, oncology hotline triage,
 * radiotherapy summaries, anaesthetic pre-operative assessments, colonoscopy and OGD reports and bowel-screening
 * letters, mental-capacity assessments, ReSPECT forms and advance directives, opioid-substitution supervised
 * consumption and needle-exchange notes, haemophilia home-treatment diaries, sickle-cell day-unit sheets, kidney
 * transplant follow-up, heart-failure telemonitoring alerts, pulmonary rehabilitation and lymphoedema notes, fracture
 * liaison and memory-clinic letters, eating-disorder admissions, outbreak line lists and MRSA slips, trachoma surgery,
 * leprosy and mass-drug-administration registers, malnutrition (OTP) cards, family-planning registers, ART cards,
 * cholera treatment-centre registers, MEDIF fit-to-fly forms and travel-assistance cases, clinical ethics consults,
 * complaint replies, subject-access-request logs, clinical-coding queries, hyperbaric-oxygen logs, social-prescribing
 * notes, growth and developmental checks, teledermatology and Mohs notes, urodynamics, lactation clinic, M&M minutes,
 * OPAT, bariatric MDT, driving assessment, hospital security and portal audit lines, chemo day-unit lists and one-line
 * messages; written in the styles of Slovenia, Brunei, Malta, Montenegro, Mauritius, Jordan (Latin and Arabic script),
 * the Dominican Republic, Cambodia (Latin and Khmer script), Zambia, Nicaragua, Estonia, Benin (French), Eswatini,
 * Kiribati, Timor-Leste (Tetum), Rwanda (Kinyarwanda, French), Suriname (Dutch), Belize, Tonga, New Zealand, Quebec,
 * Scotland, Wales, England, Australia, Laos (one line) and the US. Human patients only. Written by hand by engineer
 * author on 2026-12-06 (twenty-fifth session) without reading the engine's rules or lexicons, and never run through ddx
 * by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read its
 * misses text by text.
 * It varies: names with and without cue words (alone, in lists, table cells, registers, line lists, day-unit lists,
 * signatures, lower case, all caps, surname first, hyphenated, initials, Arabic and Khmer script, with "bin"); lone
 * surnames and lone first names; places of every kind (streets, triq, ulica, barrios, compounds, villages, suku, phum
 * and khum, comarcas, plots, care homes, pharmacies, clubs, churches, employers, facilities in local languages); ages
 * over 89 as digits and words (", 96," after a name, "F 90", "M/91", "93 años", "94 ans", "starost 95 let", "92 tahun",
 * "91 anos", "96 jaar", "imyaka 93", "90 godina", "97 sena", "ta'u 94", "العمر 93", "ninety-four", "ninety-one",
 * "101-year-old", "98/F"); dates in many formats (03/12/2026, 2026-12-04, 04.12.2026, "2. 12. 2026", "3. decembra
 * 2026", "11. decembar 2026", "4 de diciembre de 2026", "3 décembre 2026", "3 Disember 2026", "4 Dezembru 2026", "3
 * december 2026", "3 Ukuboza 2026", "3 ta' Diċembru 2026", "3 كانون الأول 2026", Khmer, 10DEC, 03DEC2026, "Dec 3rd",
 * "4th of December", 20261103, 3-Dec-26, 02-Dec, 30/11, ranges, weekdays alone and abbreviated); IDs of many shapes
 * (Slovene EMŠO, Montenegrin JMBG, Brunei IC, Mauritian NIC, Dominican and Nicaraguan cédulas, Cambodian ID, Zambian
 * NRC, Estonian isikukood, Beninese NPI, Eswatini PIN, Rwandan national ID, Maltese ID card, Jordanian national number,
 * NHS, CHI and NHI numbers, booking references, assistance cases, SAR and complaint references, register numbers, in
 * tables and without labels); health plans (ZZZS, SENASA, INSS, NHIMA, Mutuelle, Medicare, MBI, RAMQ, HEF, travel
 * insurance); licences (exequátur, GMC, NMC, MCM, DEA, Slovene licence, nursing council); phones of many countries;
 * faxes, e-mails, URLs, IPv4; device serials (CPAP, pulse oximeter, insulin pump, ICD, LVAD, CGM, hearing aid,
 * wheelchair); vehicle plates of several countries; US SSNs and a UK NI number. Every name, address and number is
 * invented; institution names may be the public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters20.ts and 21.ts: PHI is marked inline as {{TYPE|text}}; titles and
 * honorifics ("Dr", "Dra.", "Mr", "Mrs", "Ms", "Mme", "prim.", "dr.", "Sister", "Rev.", "Hajah", "doña", "don",
 * "Makcik", "Mevrouw", "mrs", "mr") and degrees ("MD", "dr. med.") stay outside a name, facility words inside; US
 * states, provinces, regions, districts at county level and countries are not marked; years on their own are never
 * marked; ages of 89 and under are not marked; weekdays and dates named by a weekday are DATE, "today" and "tomorrow"
 * are not; numbered wards, units, rooms, bays, beds and flight numbers are not marked. An AGE span is one stated exact
 * age over 89, only its number or number word. Medical, nursing, pharmacy and DEA numbers are LICENSE; national,
 * booking, case, register and other ID numbers ID (UK NI numbers and US SSNs are SSN); hospital and clinic numbers MRN;
 * health-insurance and travel-insurance numbers HEALTH_PLAN; billing, hospital-account and bank-account numbers
 * ACCOUNT; postcodes of any country ZIP; a DEVICE span is the serial only (make and model outside); employers,
 * pharmacies, clubs, churches, schools and care homes are marked as places, insurers, assistance companies and agencies
 * not; "le" before a French date and a trailing ordinal dot stay outside the date. Before writing, the script checks
 * every gold span (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms and eponymous scales (Gell-Coombs, RegiSCAR, PEN-FAST, HAS-BLED, Rosendaal, RECIST,
 * ECOG, Boston, Paris, Prague, Los Angeles, Forrest, Rockall, Bethesda, Banff, Stemmer, Greulich-Pyle, Tanner, Prader,
 * Ridley-Jopling, Breslow, Fitzpatrick, Hazelbaker, Edmonton, Denver), place-named diseases, scales and words
 * (Bornholm, Pontiac fever, Coxsackie, Norwalk, West Nile, Ogawa, Inaba, El Tor, Bristol stool chart, Manchester
 * triage, Ottawa rules, Edinburgh scale, Oviedo Convention, Belmont Report), drug and device brands and makers,
 * organisms, genes, scores, ward and unit names, ages under 90, bare years, weekdays in a timetable and country names,
 * which must stay.
 *   node --import tsx scripts/deid-ood-letters22.ts [--out /tmp/deid-ood-letters22.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters22.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `ALERGOLOŠKA AMBULANTA - drug provocation test
Bolnik: {{NAME|Tjaša Kovačič Zupin}}   EMŠO {{ID|1207968505238}}   ZZZS {{HEALTH_PLAN|084557219}}
Naslov: {{LOCATION|Prešernova ulica 14}}, {{ZIP|4240}} {{LOCATION|Radovljica}}
Datum: {{DATE|3. decembra 2026}}
History: urticaria 20 min after amoxicillin in 2019. Skin prick and intradermal tests to benzylpenicillin and amoxicillin negative. Oral challenge amoxicillin 500 mg in two steps: no reaction after 2 h, none at the day-5 phone call.
Conclusion: penicillin allergy label removed. Letter to GP dr. {{NAME|Mativž Oblak}}, {{LOCATION|ZD Blid}}.
Alergolog: prim. {{NAME|Katja Hrovatin Pečar}}, dr. med., licenca {{LICENSE|SI-0448127}}`,

  `Venom immunotherapy - maintenance log, allergy clinic {{LOCATION|RIPAS Hospital}}
Name: {{NAME|Haziq bin Abdal Salleh}}   IC: {{ID|01-338914}}   RN {{MRN|RP0927731}}
Wasp venom 100 mcg s/c left arm {{DATE|03/12/2026}}; BP 128/76 before, 124/74 at 30 min; no large local reaction.
Next dose {{DATE|7 Januari 2027}}. Adrenaline autoinjector (EpiPen 300) carried.
Nurse: {{NAME|Sito Nurhidayah}}`,

  `Baked milk ladder step 4 tolerated - {{NAME|Luca Farrugie Vella}} (6), mum happy. Next review {{DATE|Tuesday}}.`,

  `Antikoagulantna ambulanta - {{LOCATION|Dom zdravlja Nikšić}}
Pacijent: {{NAME|Milice Vuksanović}}, {{AGE|92}} godine, JMBG {{ID|0805934215017}}
Varfarin (Farin 3 mg) - AF, CHA2DS2-VASc 5.
{{DATE|01.12.2026}}. INR 4.1 - izostaviti 1 dan, zatim 2.5 mg dnevno
{{DATE|04.12.2026}}. INR 2.7 - nastaviti
Sljedeći INR {{DATE|11. decembar 2026}}; ćerka {{NAME|Dragane}} tel. {{PHONE|+382 67 418 209}}`,

  `INR clinic phone: mrs {{NAME|o'keeffe}} - INR 1.6, missed 2 doses at the weekend; no booster; recheck {{DATE|Mon 7th}}. Spoke to {{NAME|Bernadetti}} (carer).`,

  `SACT prescription - FOLFOX cycle 4 of 12
Patient: {{NAME|Ramesh Doorgakant}}   NIC {{ID|D0504612803291}}   Hosp no {{MRN|VH-772019}}
BSA 1.84 m2; oxaliplatin 85 mg/m2 = 156 mg; folinic acid 400 mg/m2; 5-FU bolus 400 mg/m2, infusion 2400 mg/m2 over 46 h (elastomeric pump).
Bloods {{DATE|02/12/2026}}: neut 1.6, plt 142, bili 12, CrCl 78. Neuropathy grade 1 - full dose.
Prescriber: Dr {{NAME|Enjalo Ramgoolam-Seetul}}, MCM reg. {{LICENSE|MC 3318}}
Verified: pharmacist {{NAME|K. Appadoo}}, {{LOCATION|Victorie Hospital Candos}}`,

  `Oncology 24-h line, UKONS triage - {{DATE|Fri 04 Dec 2026}} 02:10
Caller: {{NAME|Rasha}} (wife) for {{NAME|Khaled Al-Tarawneh}}, MRN {{MRN|KHCC-448102}}, day 9 after docetaxel.
Temp 38.4, rigors. Red - told to attend now; ED at {{LOCATION|Al-Bashor Hospital}} informed. Call-back number {{PHONE|079 551 6628}}.
Triage nurse: {{NAME|Hiba Mahasneh}}`,

  `Radiotherapy treatment summary
{{NAME|Bojan Štrukelj}}, 67 y, prostate adenocarcinoma Gleason 4+3, cT2c N0.
VMAT 60 Gy in 20 fractions, {{DATE|28.10.2026}} to {{DATE|24.11.2026}}; ADT (Eligard) 6 months.
Toxicity: RTOG GU 1, GI 0. PSA in 3 months at {{LOCATION|Onkološki inštitut Ljubljane}}.
GP: dr. {{NAME|Petra Vidmar}}`,

  `Evaluación preanestésica
Paciente: {{NAME|Yokaste Altagracie Peñe Rosariu}}   Cédula: {{ID|402-2291846-3}}
ARS SENASA, afiliado {{HEALTH_PLAN|027418833}}
Fecha: {{DATE|4 de diciembre de 2026}}
Procedimiento: colecistectomía laparoscópica, {{LOCATION|Hospital Regional Jaen Pablu Pina}}, {{LOCATION|San Cristóbel}}.
ASA II, Mallampati II, IMC 31. Hb 12.8, glucosa 104. Ayuno 8 h. Plan: anestesia general, TIVA.
Anestesióloga: Dra. {{NAME|Milagrus Encarnación}}, exequátur {{LICENSE|188-14}}`,

  `COLONOSCOPY REPORT
Patient: {{NAME|Suk Chenthy}}   ID card {{ID|010472219}}   HN {{MRN|CK-26-08814}}
Date {{DATE|03-12-2026}}; endoscopist Dr {{NAME|Chea Vannarith}}; Olympus CF-HQ190.
Indication: FIT positive. Boston bowel prep score 8. Caecum reached (appendix orifice and ileocaecal valve photographed).
Findings: 12 mm sessile polyp sigmoid, Paris 0-Is, cold snare, clip x1; sigmoid diverticulosis.
Histology to follow; surveillance in 3 years. Copy to GI clinic, {{LOCATION|Calmette Hospital}}.`,

  `Bowel screening programme
Dear Mr {{NAME|P. Ashwurth}},
{{LOCATION|14 Clough Lane}}, {{LOCATION|Todmordin}} {{ZIP|OL14 6QT}}
Your FIT kit (number {{ID|22 0148 7761}}) returned on {{DATE|27 November 2026}} found blood at 150 µg/g. A specialist screening practitioner, {{NAME|Bithen Ullerenshew}}, will phone you to arrange a colonoscopy.`,

  `OGD {{DATE|Wed}}: LA grade B oesophagitis, 3 cm Barrett's C2M3 (Prague), biopsies x8 (Seattle). Pt {{NAME|juma bende}}, {{LOCATION|Chipata Central Hospital}}.`,

  `Mental Capacity Assessment (MCA 2005, s.2-3)
Person: {{NAME|Ermengarde Ashbrouk}}, {{AGE|96}}, {{LOCATION|Larchfiild Care Home}}, {{LOCATION|Settli}}
Decision: whether to have a PEG for nutrition.
Diagnostic test: Alzheimer's dementia (MMSE 11). Functional test: could not retain the information after 5 minutes nor weigh risks.
Outcome: lacks capacity for this decision on {{DATE|2 December 2026}}. Best-interests meeting {{DATE|9/12}} with son {{NAME|Graham}} (LPA health and welfare, OPG ref {{ID|7003-4418-2205}}).
Assessor: Dr {{NAME|Omren Quresho}}, consultant geriatrician, GMC {{LICENSE|7044128}}`,

  `ReSPECT form - summary
{{NAME|Edmund Onyekwere-Lyli}}   NHS no. {{ID|485 777 3456}}   DOB {{DATE|14/03/1931}}
Preferences: prioritise comfort; CPR not recommended; ward-based care only, no ICU.
Discussed with patient and niece {{NAME|Chiome}}; clinician Dr {{NAME|Hannah Priestley}}, {{DATE|3/12/26}}`,

  `Directives médicales anticipées déposées au registre - {{NAME|Gisèle Thibodeaa-Marquis}}, {{AGE|93}} ans, NAM {{HEALTH_PLAN|THIG 3358 1214}}, {{LOCATION|CHSLD Saint-Aubin-de-Lévos}}. Refuse: réanimation, ventilation mécanique, dialyse, alimentation par sonde. Témoin: {{NAME|Réjean Fortier}}.`,

  `Supervised consumption - {{LOCATION|Kirkgate Pharmacy}}, {{LOCATION|Dunfermline}}
Client {{NAME|Dali McGurk}}, CHI {{ID|1502817734}}: methadone 1 mg/mL 70 mL daily, supervised.
Missed {{DATE|Tue 1 Dec}} and {{DATE|Wed 2 Dec}} - 3 missed doses means re-titration; keyworker {{NAME|Shone}} told on {{PHONE|01383 557 214}}.
Take-home naloxone (Prenoxad) issued.`,

  `NSP visit: "{{NAME|Kez}}" (known, no surname given), 20 x 1 mL syringes, sharps bin. Abscess left groin - advised to attend {{LOCATION|Hope Street Clinic}} {{DATE|Friday}}.`,

  `Hemofiilia koduravi päevik - {{NAME|Rasmas Kõiv}}, isikukood {{ID|50811062736}}
Advate 2000 IU prophylaxis three times a week.
{{DATE|28.11.2026}} right knee bleed, extra 2000 IU, ice
{{DATE|30.11.2026}} knee better, full range
{{DATE|02.12.2026}} routine dose
Haemophilia nurse {{NAME|Kedro Lepik}}, {{LOCATION|Tarta Ülikooli Kliinikum}}, tel {{PHONE|+372 731 9402}}`,

  `Unité drépanocytose - fiche de passage
Nom: {{NAME|HOUNKPATIN Sèna Géraud}}   NPI {{ID|1094782236}}   Dossier {{MRN|CNHU-DR-3108}}
Date: le {{DATE|3 décembre 2026}}
Crise vaso-occlusive, EVA 8/10; Hb 7.1 g/dL (base 8), réticulocytes 9 %. Morphine orale, hydratation, Hydréa 500 mg poursuivie.
Doppler transcrânien du frère {{NAME|Koffo}} (7 ans): 128 cm/s, normal.
Médecin: Dr {{NAME|Adjovi-Tossou}}, {{LOCATION|CNHU-HKM}}, {{LOCATION|Cotonou}}; fax {{FAX|+229 21 30 18 44}}`,

  `Consulta de trasplante renal - {{LOCATION|Hospital Escuela Antoniu Lenín Fonsece}}
{{NAME|Xiomare del Socorru Gutiérrez Obando}}, cédula {{ID|001-150389-0012K}}, INSS {{HEALTH_PLAN|18834021}}
Tacrolimus 7.4 ng/mL (meta 5-8), creatinina 1.3, viremia BK negativa.
Próxima cita: {{DATE|martes 12 de enero}}. Vive en {{LOCATION|Barrio Monseñor Lezcano}}, {{LOCATION|Managua}}; teléfono {{PHONE|8845 2271}}.`,

  `Heart failure nurse - telemonitoring alert
{{NAME|Carmil Burg Bonaci}}, ID {{ID|0412948M}}: weight 78.9 kg (+2.3 kg in 3 days), SpO2 94%, HR 96.
NYHA III, EF 30%; furosemide 40 to 80 mg for 3 days. Phone review {{DATE|Sat 5th}}.
Home: {{LOCATION|Triq il-Kbira}}, {{LOCATION|Żebbiġ}} {{ZIP|ZBG 1014}}
Nurse {{NAME|Roderock Camillero}}, HF clinic, {{LOCATION|Matir Dei Hospital}}`,

  `Pulmonary rehab discharge - {{NAME|Sooni Tu'ipulotu}}, COPD GOLD 3.
ISWT 190 m -> 310 m; CAT 24 -> 17; MRC 4 -> 3. Home programme given. Reviewed {{DATE|2/12/26}} at {{LOCATION|Vaiola Hospital}}, {{LOCATION|Naka'alofe}}.`,

  `Lymphoedema clinic: {{NAME|Noeline Barrowcliffe}}, Medicare {{HEALTH_PLAN|2953 71846 2}}, left arm after axillary clearance; limb volume difference 14% (perometer). Flat-knit sleeve class 2 ordered {{DATE|04-12-2026}}. Next MLD {{DATE|Thursday}}.`,

  `Fracture liaison: {{NAME|Gwinllien Bevannick}}, {{AGE|91}}, wrist fracture after a fall on {{DATE|15/11/2026}}. FRAX major 31%, hip 14% - treat without DXA: alendronic acid 70 mg weekly and Adcal-D3 after a dental check. GP {{LOCATION|Meddygfa Llanfair}}.`,

  `Memory clinic letter
Re: {{NAME|Hemo Te Rangiwhetu}}   NHI {{ID|ZKT4418}}   age {{AGE|90}}
{{LOCATION|22 Kowhao Street}}, {{LOCATION|Ōpōteke}} {{ZIP|3122}}
Seen {{DATE|3 Dec 2026}} with his mokopuna {{NAME|Arohe}}. ACE-III 71/100 (attention 14, memory 12, fluency 7, language 23, visuospatial 15). CT: small vessel disease, no mass.
Impression: mixed dementia, mild. Donepezil 5 mg; advised to stop driving.
Dr {{NAME|Sina Mauga-Tafuna}}, old-age psychiatry, {{LOCATION|Whakatāne Hospital}}`,

  `Söömishäirete osakond: {{NAME|Liisbet Saer}} (17) - BMI 14.6, HR 38 lying, postural rise 32, K 3.0, phosphate 0.6. MEED red - admit. Ema {{NAME|Piret}}, tel {{PHONE|5589 3140}}.`,

  `Outbreak line list - norovirus, Ward 7, {{LOCATION|Furniss General Hospital}}
Bed | Patient | Onset | Stool sent
7-3 | {{NAME|Ivie Lomex}} | {{DATE|30/11}} 22:00 | yes
7-5 | {{NAME|Stanliy Birtwhistle}} | {{DATE|01/12}} 06:30 | yes
7-8 | {{NAME|Pearl}} (surname TBC) | {{DATE|01/12}} 14:00 | no
Staff: HCA {{NAME|Tracy-Aun Mellur}} off sick {{DATE|02/12}}
Ward closed to admissions; IPC nurse {{NAME|D. Farnclough}} informed.`,

  `MRSA screen positive (nose, groin) - {{NAME|Cornelias Ebare}}, hosp no {{MRN|K2048871}}; decolonise 5 days, side room. Result phoned to Sister {{NAME|Wrin}}.`,

  `TT surgery register - outreach camp, {{LOCATION|Chama District Hospital}}, {{DATE|1-3 Dec 2026}}
No | Name | Sex/Age | Village | Eye | Procedure
14 | {{NAME|Esnert Mwali}} | F/62 | {{LOCATION|Chikwa}} | R | BLTR
15 | {{NAME|Jusiph Zula Phoro}} | M/{{AGE|91}} | {{LOCATION|Kalovya}} | R+L | PLTR
16 | {{NAME|Agness Tembu}} | F/48 | {{LOCATION|Chikwa}} | L | epilation only
Surgeon: Mr {{NAME|Kelvin Chanda}}`,

  `Kartaun lepra
Naran: {{NAME|Domingas da Custe Soares}}   Idade 34   Suku {{LOCATION|Lahane Oriental}}, {{LOCATION|Dili}}
MB leprosy, 7 patches, right ulnar nerve thickened. MDT-MB blister 5 of 12 taken {{DATE|4 Dezembru 2026}}.
Health worker: {{NAME|Mau-Bere Ximenes}}, {{LOCATION|CHC Comoro}}`,

  `TDM ivermectine/albendazole - village {{LOCATION|Kpébié}}: ménage de {{NAME|N'Tcha Ousmani}}, 6 personnes, 5 traitées (1 femme enceinte exclue). Distributeur communautaire: {{NAME|Biu Gounou}}, {{DATE|02/12/2026}}.`,

  `OTP card - severe acute malnutrition
Child: {{NAME|Chisomu Bende}}   Reg no {{ID|OTP/0448/26}}   Age 14 months
Caregiver: {{NAME|Tiwonge}}   Village {{LOCATION|Mkanda}}, TA {{LOCATION|Kachindamoto}}
Admission {{DATE|19/11/2026}}: MUAC 10.9 cm, WHZ below -3, no oedema, RUTF appetite test pass.
Week 2 {{DATE|03/12/2026}}: weight 6.8 kg (+240 g), MUAC 11.3.
HSA {{NAME|Mphatsu Kalua}}`,

  `Family planning register - {{LOCATION|Centre de Santé Gikondo}}
{{DATE|03/12/2026}} | {{NAME|Uwimane Claudine}} | 27 | ID {{ID|1 1999 7 0048213 1 54}} | Mutuelle {{HEALTH_PLAN|MU-0413-22817}} | Jadelle implant, left arm | nurse {{NAME|Niyonsaba}}
{{DATE|03/12/2026}} | {{NAME|Mukeshimana Alice}} | 35 | ID {{ID|1 1991 7 0120064 0 11}} | Mutuelle {{HEALTH_PLAN|MU-0413-09142}} | Depo-Provera | nurse {{NAME|Niyonsaba}}`,

  `ART card - {{NAME|Sibusisu Dlamino}}, PIN {{ID|8507216401086}}, ART no {{MRN|MBA-ART-18823}}
Regimen TLD since 2021. VL {{DATE|10/11/2026}}: below 50 copies. Treatment supporter: {{NAME|Londiwi}} (sister), {{PHONE|7604 8821}}.
Next refill {{DATE|03/03/2027}} (3 months), community pick-up point {{LOCATION|Ngwane Park}}.`,

  `CTC register - {{LOCATION|Kanyama Cholera Treatment Centre}}
{{DATE|02-Dec}} 04:20 | {{NAME|Mwansa Chileshe}} | M 29 | severe dehydration, RL 7 L | RDT + | {{LOCATION|plot 1449, Chawama}}
{{DATE|02-Dec}} 06:05 | {{NAME|Greci Nkandu}} | F {{AGE|90}} | some dehydration, ORS | RDT + | {{LOCATION|Misisi compound}}
{{DATE|02-Dec}} 07:40 | baby of {{NAME|Chanda Mulenga}} | M 2 | no dehydration, ORS, zinc | RDT - | same house`,

  `MEDIF - Part 1
Passenger: {{NAME|Teretia Kaitamaki}}   Booking ref {{ID|FJ8K2Q}}   Flight FJ 230 {{DATE|10DEC}}
Diagnosis: NSTEMI {{DATE|20 Nov}}, PCI to LAD, uncomplicated; Hb 13.1; SpO2 97% on air.
In-flight oxygen: not needed. Wheelchair: WCHS. Escort: none.
Physician: Dr {{NAME|Tebwaa Ioani}}, {{LOCATION|Tungaru Central Hospital}}, {{LOCATION|Nawerewere}}, phone {{PHONE|+686 7502 8814}}, e-mail {{EMAIL|t.ioani@mhms-tch.ki}}`,

  `Assistance case {{ID|26-118834-MNE}}: {{NAME|Pietir-Jen Verschueren}}, hip fracture in {{LOCATION|Kotor}}, hemiarthroplasty at {{LOCATION|Opšta bolnica Kotor}} {{DATE|01.12.2026}}. Fit for stretcher repatriation {{DATE|Mon}} with a nurse escort. Travel policy {{HEALTH_PLAN|BE-TRV-5520147}}.`,

  `Clinical ethics consultation
Patient: {{NAME|Delbirt Rey Huckaby}}   MRN {{MRN|004471392}}
{{AGE|ninety-four}}-year-old man, ICU day 12 after aspiration pneumonia, not able to decide. Question: who decides about a tracheostomy. No advance directive. Daughter {{NAME|Charlene Huckaby-Vuss}} and son {{NAME|Wayne}} disagree; under state law adult children decide together.
Recommendation: time-limited trial of 7 days, family meeting {{DATE|12/07/2026}} at 2 pm.
Consultant: Rev. {{NAME|Martha Ezeadichie}}, {{LOCATION|Cumberlend Plateau Medical Center}}`,

  `Our ref: {{ID|COMP/26/0881}}
Dear Mrs {{NAME|Adegbesan}},
Thank you for your letter of {{DATE|12 November 2026}} about the care of your mother, Mrs {{NAME|Abosedi Adegbesan}}, on Ward 22 at {{LOCATION|Royal Blackburn Teaching Hospital}}. We are sorry that her hearing aids were lost on transfer; they will be replaced. If you remain unhappy you may contact the Ombudsman.
Yours sincerely,
{{NAME|Jane Whitfiild-Rowi}}, Chief Nurse`,

  `SAR log
ref | requester | received | due | status
{{ID|SAR-2611-042}} | {{NAME|Kamel Hossaon Bhuiyen}} (self) | {{DATE|05/11/2026}} | {{DATE|05/12/2026}} | sent to {{EMAIL|kh.bhuiyen77@protonmail.com}}
{{ID|SAR-2611-047}} | solicitors for Ms {{NAME|R. Quayli}} | {{DATE|09/11/2026}} | {{DATE|09/12/2026}} | awaiting consent form`,

  `CDI query: pt {{NAME|Lurette Fuentis-Bragg}}, HAR {{ACCOUNT|6004711822}}, adm {{DATE|11/29/2026}}. Na 126 with fluid restriction and urine osm 540 - please say whether SIADH is a diagnosis being treated. Provider: Dr {{NAME|Anend Iyir}}.`,

  `Hyperbaric unit: {{NAME|Omer Haddadon}}, carbon monoxide poisoning (COHb 28%), USN Treatment Table 6 completed {{DATE|3/12/2026}}; second session tomorrow. Ears TEED 0 both. Wife {{NAME|Ruba}} at bedside.`,

  `Link worker note: {{NAME|Pegine Sowerby}}, lonely since her husband {{NAME|Alvo}} died; referred to the lunch club at {{LOCATION|St Eiden's Church Hall}}, first session {{DATE|Wednesday 9th}}. Walking group at {{LOCATION|Thornley Park}} too.`,

  `عيادة النمو - growth clinic
الاسم: {{NAME|ليان محمود العبادي}} ({{NAME|Layan Al-Abbadi}}), 9 y, national no. {{ID|2001788431}}
Height 118.2 cm (-2.4 SD), mid-parental -0.5 SD, bone age 7 y (Greulich-Pyle), IGF-1 low; GH stimulation (clonidine) peak 4.1 ng/mL.
التاريخ {{DATE|3 كانون الأول 2026}}. Dr {{NAME|Tamir Khasawneh}}, {{LOCATION|مستشفى الجامعة الأردنية}}`,

  `ASQ-3 at 24 months: {{NAME|សុខ ម៉ាលីស}} ({{NAME|Suk Malis}}) - communication 25 (below cut-off), others pass. Mother {{NAME|Chan Sreypov}}. {{LOCATION|Phum Prik Tamak}}, {{LOCATION|Khum Prik Ta Kov}}. Refer for hearing test, {{LOCATION|Angkor Hospital for Children}}.`,

  `Teledermatology reply (image set {{ID|TD-BZ-2611-0093}}): lesion left shoulder 7 mm, two colours, atypical network and regression on dermoscopy; 7-point checklist 4. Excise with 2 mm margin. Patient {{NAME|Delmy Chiac}}, {{LOCATION|San Antoniu Village}}, Toledo District; clinic {{LOCATION|Punte Gorda Community Hospital}}.`,

  `Mohs micrographic surgery: {{NAME|Herlen Beaudry}}, DOB {{DATE|02/11/1934}}, SSN {{SSN|412-77-9081}}, BCC left nasal ala, 2 stages, defect 1.4 x 1.1 cm, bilobed flap. Medicare MBI {{HEALTH_PLAN|4TQ8-UW2-MN71}}. Surgeon: {{NAME|Cassandra Yip}}, MD`,

  `Urodinamika: {{NAME|Marjeta Zorko}}, 58 - detrusor overactivity with leak at 180 mL, no stress leak at 300 mL, PVR 20 mL. Mirabegron 50 mg. {{LOCATION|UKC Maribor}}, {{DATE|2. 12. 2026}}.`,

  `bladder diary returned by mrs {{NAME|echterbirg}} - 11 voids a day, 2 at night, 6 cups of coffee. pelvic floor three times daily, review in 6 wks.`,

  `Borstvoedingspoli {{LOCATION|'s Lands Hospitaal}}: baby {{NAME|Jayden Sital}} (11 dagen), gewicht 3120 g (geboorte 3350 g), tongriem (Hazelbaker 8) - frenotomie {{DATE|3 december 2026}}. Moeder {{NAME|Ravita Sital-Jankipersad}} kolft 3x per dag.`,

  `M&M {{DATE|Thursday}}: case 3 - Mr {{NAME|D. Kasongo}} (bed 14, ward 6), NEWS2 7 at 02:00 not escalated, sepsis six at 06:30. Learning: escalation card on every obs machine.`,

  `OPAT day 3: {{NAME|Kethlein Doyli-Mersh}}, cellulitis right leg, ceftriaxone 2 g daily at home; CRP 188 -> 96. Pulse oximeter lent (Masimo MightySat, serial {{DEVICE|MSAT-0448219}}), to be returned {{DATE|Sunday}}.`,

  `Bariatric MDT {{DATE|2/12/2026}}: {{NAME|Nuar Al-Hindawi}}, BMI 46.2, T2DM HbA1c 8.4, OSA on CPAP (ResMed AirSense 10, SN {{DEVICE|23181477052}}); approved for sleeve gastrectomy at {{LOCATION|Istishari Hospital}}.`,

  `Mobility centre driving assessment: {{NAME|Aleš Kranjc}}, after left MCA stroke; needs a steering knob and left-foot accelerator. Own car {{VEHICLE|LJ T7-048}}. Assessor {{NAME|Urška Gorjup}}.`,

  `ED triage, {{LOCATION|RIPAS Hospital}}: pedestrian struck by car {{VEHICLE|BAF 4481}} on {{LOCATION|Jalan Tutong}}; GCS 14, deformed right tibia. Driver Hajah {{NAME|Rosnah Metussin}} unhurt.`,

  `Security log 03:10: car {{VEHICLE|A 654321}} blocking the ambulance bay, owner {{NAME|Wilfredo Mateu}} visiting ICU - moved.`,

  `Portal audit: account of {{NAME|Marleni Gatt}} accessed from {{IP|41.77.18.203}} at 03:12 and {{IP|196.201.44.9}} at 03:15 - locked, patient told by SMS to {{PHONE|+356 7948 2210}}.`,

  `Fundraising page shared by the family: {{URL|https://www.gofundme.com/f/help-jayden-sital-come-home}} - social worker aware.`,

  `Chemo day unit list {{DATE|Fri 04/12}}: 08:30 {{NAME|Aboagye}}, 09:00 {{NAME|Sjöqvarn}}, 09:30 {{NAME|Tailago}}, 10:00 {{NAME|Frazão-Mendes}}, 11:00 {{NAME|Ukonju}} (cancelled - neutropenic).`,

  `Called {{NAME|Vusi}} about missed INR - no answer, voicemail left {{DATE|Thu}} 16:40.`,

  `Allergy clinic: not brought twice - {{NAME|Fernándiz}}, discharged to GP.`,

  `INR 2.4 - {{NAME|henrike}}, same dose, next in 4 weeks.`,

  `Thank-you card from the {{NAME|Mwaba}} family for the chemo unit staff.`,

  `Methadone collected by {{NAME|Tyroni Blackwoud}}'s partner {{NAME|Kayleigh}} - not on the authorisation, refused.`,

  `Ethics consult closed. Family meeting held {{DATE|Dec 3rd}}; plan agreed.`,

  `Stool sample lost in transit - {{NAME|Hamod}} (bed 9) needs a repeat.`,

  `Venom IT: {{NAME|Þorgeir}} had a large local reaction (12 cm) after 40 mcg; repeat 40 mcg next week.`,

  `Pre-op: {{NAME|Merthe-Noëlle Agbodjen}}, {{AGE|94}} ans, fracture du col fémoral; Goldman II; anticoagulée (apixaban) - dernière prise {{DATE|mercredi}} 20 h.`,

  `Visita domiciliaria: doña {{NAME|Cándida Urbina}} de {{AGE|93}} años, {{LOCATION|Comarca El Ojoche}}, {{LOCATION|Nandaime}}; úlcera sacra grado 2, colchón antiescaras pedido. Nieta {{NAME|Yahoska}} la cuida.`,

  `Admission note, {{LOCATION|Hospital Dr. Vinicio Calventi}}: {{NAME|Rafaelina Santana Mejíe}}, {{AGE|97}} años, cédula {{ID|001-0448127-5}}, fiebre y disuria; vive en {{LOCATION|Calle Daarti 55}}, {{LOCATION|Los Alcarrizos}}. Hija {{NAME|Maritza}} {{PHONE|809-544-1287}}.`,

  `Starost {{AGE|95}} let - {{NAME|Frančiška Kos}}, {{LOCATION|Dom starejših Šiška}}: sum na zlom kolka, ortoped dr. {{NAME|Vrhovnik}} ({{DATE|petek}}).`,

  `Makcik {{NAME|Salmah binti Omer}}, berumur {{AGE|92}} tahun, dirujuk dari {{LOCATION|Klinik Kesihatan Pekan Tutong}} pada {{DATE|3 Disember 2026}} - heart failure, BNP 2100.`,

  `Pasiente {{NAME|Jacinte Guterres}}, idade {{AGE|91}} anos, suku {{LOCATION|Becora}} - TB pulmonar, GeneXpert pozitivu {{DATE|02/12/2026}}.`,

  `Mevrouw {{NAME|Sumintra Ramdin}}, {{AGE|96}} jaar, wonend {{LOCATION|Kwattaweg 412}}, {{LOCATION|Paramaribo}} - valpartij, heupfractuur links.`,

  `Umukecuru {{NAME|Mukandori Verediyana}}, imyaka {{AGE|93}}, umudugudu wa {{LOCATION|Kabeza}} - yarwaye malaria, RDT +, {{DATE|3 Ukuboza 2026}}.`,

  `Pacijentkinja {{NAME|Stana Radulovoć}}, {{AGE|90}} godina, {{LOCATION|Cetinje}}: pneumonija, CURB-65 3.`,

  `{{NAME|Rożina Zammit}} għandha {{AGE|97}} sena; ħarġet mill-isptar {{DATE|3 ta' Diċembru 2026}}, lura lejn {{LOCATION|Dar il-Mediterran}}.`,

  `Tongan home visit: {{NAME|Losaline Vaipula}}, ta'u {{AGE|94}}, {{LOCATION|Kolomota'a}}; ulcer left foot, dressing changed.`,

  `المريض {{NAME|عبد الرحمن الزعبي}}، العمر {{AGE|93}} سنة، {{LOCATION|إربد}} - هبوط قلب، ارسل إلى {{LOCATION|مستشفى الأميرة بسمة}}`,

  `Ward round: mr {{NAME|eshby}} ({{AGE|ninety-one}}) more settled, eating; home {{DATE|Monday}} if bloods stable.`,

  `Centenarian card sent - {{NAME|Ede Pennycuock}}, {{AGE|101}}-year-old resident of {{LOCATION|Heathervali Lodge}}.`,

  `Age/sex {{AGE|98}}/F - {{NAME|R. Tonkin}}, hypoactive delirium, urine dip neg, CTH no bleed.`,

  `Ward 3 board: Bed 1 {{NAME|Petrosyen}} | Bed 2 {{NAME|Whitelaw}} | Bed 3 empty | Bed 4 {{NAME|Mbokani-Oseo}} (falls risk) | Bed 5 {{NAME|Gallachir}}`,

  `Pharmacy: please re-label for Mrs {{NAME|Y. Lu}} - wrong bed on the label.`,

  `Anaesthetic assessment: {{NAME|Kavih Shirazian}}, 52, STOP-BANG 6, neck 44 cm; for laparoscopic hernia repair {{DATE|Fri 11th}}; refer sleep clinic.`,

  `Chemo phone call {{DATE|04/12}}: {{NAME|Berthe Chisanga}} - diarrhoea grade 2, loperamide, recheck tomorrow.`,

  `Discharge summary - {{LOCATION|Mwinilunga District Hospital}}
Patient: {{NAME|Kalaba Kasongo Mutale}}   NRC {{ID|448217/64/1}}   NHIMA {{HEALTH_PLAN|NHM-1102-447819}}
Admitted {{DATE|24/11/2026}}, discharged {{DATE|03/12/2026}}.
Diagnosis: severe malaria (Pf RDT +, parasitaemia 6%), AKI (creatinine 310 -> 98).
Treatment: IV artesunate 3 doses, then AL; 2 L fluids/day.
Follow up at {{LOCATION|Kanyihampa Rural Health Centre}} in 2 weeks. Clinical officer {{NAME|Brien Musonda}}, HPCZ {{LICENSE|CO/3318/2019}}`,

  `Kidney transplant clinic - {{NAME|Matíes Blandón}}, {{DATE|Thursday 3/12}}: creatinine 2.1 (baseline 1.4), tac 11.2 - hold one dose, repeat {{DATE|Monday}}; biopsy if no better.`,

  `Insulin pump download: {{NAME|Esmé Galea}}, Medtronic 780G SN {{DEVICE|NG4412983H}}, CGM sensor Guardian 4, transmitter {{DEVICE|GT3314097K}}; TIR 71%, TBR 3%.`,

  `ICD interrogation: {{NAME|Valenton Pečnik}}, Medtronic Cobalt XT, serial {{DEVICE|BFL228114S}}; 1 ATP for VT {{DATE|29.11.2026}}, no shocks; battery 9.1 y.`,

  `LVAD clinic: {{NAME|Dernill Witherspoun}}, HeartMate 3 serial {{DEVICE|MLP 004172}}, speed 5400 rpm, LDH 240; driveline exit clean. Wife {{NAME|Tamike}} does dressings. Address {{LOCATION|1187 Old Hickury Blvd}}, {{LOCATION|Madisun}}, TN {{ZIP|37115}}.`,

  `Wheelchair service: {{NAME|Fotofili Lolohea}}, Küschall K-Series, frame no. {{DEVICE|KSH-21-44810}}; new cushion (Jay) issued.`,

  `Hearing aid repair: {{NAME|Ongrod Saarmets}}, Phonak Audéo serial {{DEVICE|2231X0419}} - receiver replaced {{DATE|Tue}}.`,

  `Chemo consent: {{NAME|Julien Houngbédji}}, carboplatin and pemetrexed for lung adenocarcinoma stage IIIA; son {{NAME|Arnaud}} present as witness.`,

  `US SSN on the transfer sheet was wrong: correct SSN for {{NAME|Earlini Pettifurd}} is {{SSN|519-08-3374}}; billing account {{ACCOUNT|88410273}}.`,

  `Employment support allowance medical: {{NAME|Koeren Lusty}}, NI no. {{SSN|JT 44 81 27 C}}, claimant's GP {{LOCATION|Yarrow Lane Surgery}}.`,

  `Travel clinic bill: {{NAME|Jonas Timm}}, invoice account {{ACCOUNT|EE-88-2204917}}; paid by card.`,

  `Refund for {{NAME|Mojca Bizjak}}: IBAN {{ACCOUNT|SI56 0510 0801 4471 298}} (overpaid co-payment).`,

  `Recibo {{ACCOUNT|FAC-2026-118804}} - {{NAME|Ramún Ysidru Pichardo}}, cirugía ambulatoria, {{LOCATION|Centro Médico Cibao}}.`,

  `Outpatient prescription account RX {{ACCOUNT|4471-90283}} for {{NAME|Haya Obeidat}}, dispensed at {{LOCATION|Pharmacy One Abdoun}}.`,

  `DEA {{LICENSE|BW4419283}} - prescriber {{NAME|Trint Galloway}}, NP, buprenorphine for {{NAME|Cudy Rainwatir}}.`,

  `NMC PIN {{LICENSE|14A2283E}} - nurse {{NAME|Ozioma Nwechukwa}}, signed off the INR competency {{DATE|2 Dec}}.`,

  `Nursing council reg. {{LICENSE|NC/TL/0447}} - {{NAME|Olinda Belu}}, CHC nurse.`,

  `Lab slip: {{NAME|Sophal Keo}}, {{AGE|92}} ឆ្នាំ, HN {{MRN|KSF-118223}}, creatinine 2.4, Na 131. ថ្ងៃទី {{DATE|03/12/2026}}`,

  `Fax cover - to {{LOCATION|Clinique Mahouna}}, fax {{FAX|+229 21 33 47 02}}; from oncology; 4 pages re {{NAME|Afiavi Dossou-Yovo}}.`,

  `Referral faxed to {{FAX|(615) 447-2291}} - cardiology, for {{NAME|Leland Pruott}}, {{DATE|12/03/2026}}.`,

  `Please e-mail results to {{EMAIL|mwila.c.mwape@gmail.com}} - patient {{NAME|Mwila Mwape}} asked, consent on file.`,

  `Portal message: {{NAME|Sunite Ramlakhan}} writes from {{EMAIL|sunite.rl@sr-telesur.net}} asking when the biopsy results will be back.`,

  `Study visit 4 - participant {{ID|GX-07-0412}}, initials {{NAME|T.K.M.}}, randomised {{DATE|20261103}}; AE: nausea grade 1.`,

  `Referral letter
{{LOCATION|Centre Hospitalier Départemental du Borgou}}, {{LOCATION|Parakou}}
{{LOCATION|Parakou}}, le {{DATE|4 décembre 2026}}
Confrère, je vous adresse Mme {{NAME|Bakoro Roukayatou}}, 41 ans, pour prise en charge d'une insuffisance rénale chronique stade 4 (créatinine 480, DFG 11). Hb 8.2. HTA ancienne.
Elle habite {{LOCATION|quartier Banikanni}}, tél {{PHONE|+229 97 44 18 23}}.
Dr {{NAME|Sourou Gbaguidi}}`,

  `Eye camp: {{NAME|Setareki}} and {{NAME|Ene}} (twins, 8) - both 6/6; brother {{NAME|Peni}} needs glasses.`,

  `Dietetics handover: {{NAME|Tomés Altamiranu}}, PEG feed Nutrison 1.5 L, stop at 06:00 for {{DATE|Tue}} procedure.`,

  `Post-transplant phone: {{NAME|lucíe morazán}} feels well; tacrolimus taken at 08:00 and 20:00; next bloods {{DATE|Wed 9 Dec}}.`,

  `Endoscopy list {{DATE|FRI 04DEC}}
1 {{NAME|KAUFUSO, Meli}} - OGD
2 {{NAME|RAKOTU, Fidèle}} - colonoscopy
3 {{NAME|SALLEH, Azman}} - flexi sig
4 {{NAME|DUNCEN-PRICI, Olwin}} - ERCP (to main theatre)`,

  `Audit note {{DATE|03DEC2026}}: record of {{NAME|Gintaras}} opened by student - no clinical reason; reported.`,

  `Haemophilia: {{NAME|Ehmed Zulkiflo}}, emicizumab 3 mg/kg weekly; mum {{NAME|Norsiah}} injects; next review {{DATE|4th of December}}.`,

  `Sickle cell hydroxyurea clinic: {{NAME|Kosso}}, 9 y, HbF 21%, MCV 98; dose 25 mg/kg. Prochain RDV {{DATE|3-Dec-26}}.`,

  `Hospital-acquired pneumonia review: {{NAME|Zdenke}} on ward 4 - CRP falling, step down to oral.`,

  `Memory clinic DNA: {{NAME|Ralph Oddie}}; letter to {{LOCATION|Flat 3, 18 Scarsdale Road}}, {{LOCATION|Whotby}} {{ZIP|YO21 3QP}}.`,

  `Tonga pharmacy note: {{NAME|Sela}} collected insulin for her father {{NAME|Voliamo Funue}}; pen needles out of stock.`,

  `Perearsti saatekiri: {{NAME|Mert Lõhmus}}, {{AGE|90}}-aastane, sünd. {{DATE|12.03.1936}}, lives {{LOCATION|Riia mnt 44-7}}, {{LOCATION|Pärnu}} {{ZIP|80010}}.`,

  `ESAFC visita: don {{NAME|Ernesto Palacius}}, {{LOCATION|Comunidad Las Mercedes}}, glucosa 287, sin insulina desde el {{DATE|lunes}}; promotora {{NAME|Fátime}}.`,

  `Epilepsy nurse: {{NAME|Keomany}} bit her tongue in a seizure {{DATE|Sunday}}; levetiracetam up.`,

  `Bowel screening kit for {{NAME|Seamas Flanagen}} went to the old address, {{LOCATION|7 Rathmore Terrace}}; new address {{LOCATION|22 Carrowmore Park}}, {{LOCATION|Strabane}} {{ZIP|BT82 9DL}}.`,

  `DISCHARGE SUMMARY - {{LOCATION|Mondulkiri Provincial Referral Hospital}}
Patient: {{NAME|Yim Sreyneeng}}   Sex F   Age 46   HN {{MRN|MKR-26-01187}}   ID card {{ID|200318664}}
HEF card no. {{HEALTH_PLAN|HEF-11-0448-2210}}
Address: {{LOCATION|Phum Pu Trom}}, {{LOCATION|Khum Romonea}}, {{LOCATION|Sen Monorom}} town
Admitted ថ្ងៃទី {{DATE|26 ខែវិច្ឆិកា ឆ្នាំ 2026}} ({{DATE|26 Nov 2026}}), discharged {{DATE|03/12/2026}}.
History: 5 days of fever, headache and myalgia after working in a cassava field; no rash. On arrival T 39.6, BP 92/58, jaundice, eschar behind the left knee.
Investigations: WBC 11.2, platelets 48, ALT 188, bilirubin 64, creatinine 156; malaria RDT negative; scrub typhus IgM positive.
Treatment: doxycycline 100 mg twice daily 7 days, IV fluids; afebrile by day 3, platelets 131 at discharge.
Advice: finish doxycycline, return if fever comes back; review at {{LOCATION|Pech Chenda Health Centre}} in 1 week.
Husband {{NAME|Bunroeun Thy}}, phone {{PHONE|097 448 2231}}.
Doctor: {{NAME|Lom Sokunthea}}, MD; signed ថ្ងៃទី {{DATE|3 ខែធ្នូ ឆ្នាំ 2026}}`,

  `Home ventilation review - {{LOCATION|Karl Heusner Memorial Hospital}} outreach
Patient: {{NAME|Dorien Augustini Flowers}}   SSB no. {{ID|000448217}}   DOB {{DATE|17 Feb 1998}}
Lives at {{LOCATION|#14 Cemetery Road}}, {{LOCATION|Dangriga}}, with mother {{NAME|Yvette Flowers}} and aunt {{NAME|Coreen}}.
Diagnosis: Duchenne muscular dystrophy, non-invasive ventilation at night since 2022, now 14 h a day.
Device: Philips Trilogy Evo, serial {{DEVICE|TV221044187}}; iVAPS, IPAP max 22, EPAP 6, backup rate 14; interface full-face mask size M.
Download (last 30 days): use 13.8 h/day, leak 22 L/min, SpO2 mean 95%, TcCO2 6.1 kPa overnight.
Cough assist twice daily; peak cough flow 180 L/min. Echo: EF 42%, on ramipril and bisoprolol.
Plan: add daytime mouthpiece ventilation; replace humidifier chamber; power-cut plan (generator at cousin's shop, {{LOCATION|Flowers Hardware}}).
Seen {{DATE|Thursday 3 December}} by respiratory therapist {{NAME|Shanici Castillo}} and Dr {{NAME|Rigoberto Pook}}; next visit {{DATE|January 14}}.
Contact {{PHONE|+501 622 4418}}; e-mail {{EMAIL|yvette.flowers@btl.net}}`,

  `Preoperativna procjena - {{LOCATION|Klinički centar Crne Gore}}, {{LOCATION|Podgorica}}
Pacijent: {{NAME|Radomor Šćekić}}   JMBG {{ID|1204951210046}}   karton {{MRN|KCCG-2026-33871}}
Adresa: {{LOCATION|Ulica Vojislavljevića 71}}, {{ZIP|81000}} {{LOCATION|Podgorica}}
Zakazano: totalna endoproteza desnog kuka, {{DATE|08.12.2026}}
Anamneza: hipertenzija, DM tip 2 (metformin, gliklazid), stent LAD 2019, klopidogrel ukinut prije 12 mj. Pušač 40 pack-years, prestao 2020.
Status: TA 146/84, puls 72, SpO2 95%, Mallampati III, interincisal 3.5 cm, tiromentalna 6 cm.
Lab {{DATE|02.12.2026}}: Hb 131, Tr 214, INR 1.0, kreatinin 104, eGFR 63, HbA1c 7.4%, K 4.6.
EKG: sinusni ritam, stari Q u III i aVF. Ehokardiografija: EF 50%, bez značajne valvulopatije.
ASA III; RCRI 2; METs oko 4 (penje se na drugi sprat sa odmorom).
Plan: spinalna anestezija, metformin izostaviti na dan operacije, gliklazid ujutru ne; video-laringoskop spreman.
Anesteziolog: dr {{NAME|Jelena Bulatović-Vujošević}}, licenca {{LICENSE|LKCG-0447}}; supruga {{NAME|Vesne}}, tel. {{PHONE|069 448 217}}`,

  `Patient blog mentioned in clinic: {{URL|https://kristinavrhovec.blogspot.com/2026/12/kemoterapija}} - she writes about her chemo; reminded about photos of other patients.`,

  `Specimen labels (pasted):
{{NAME|KANDEH-WURIE, Fatmata}}   F   {{MRN|44810297}}   {{DATE|12/05/1961}}
{{NAME|TOKOTUU, Paletu}}   M   {{MRN|44810311}}   {{DATE|30/09/1953}}   {{ID|SCN 0448 2217 09}}`,

  `{{NAME|Vongsakda Inthavong}} {{ID|A07-228146}} {{DATE|2026-12-04}} sputum x3 sent; {{PHONE|020 5544 8127}}`,
];

const PHI_FREE_TEXTS: string[] = [
  `Allergy terms: Gell-Coombs types I-IV; SJS/TEN (SCORTEN), DRESS (RegiSCAR score), AGEP, fixed drug eruption; PEN-FAST score under 3 - direct oral challenge; tryptase at 1 h and 24 h; EpiPen, Jext and Emerade autoinjectors; venom immunotherapy for 3-5 years.`,
  `Anticoagulation clinic: warfarin (Marevan, Coumadin), target INR 2.5 for AF and VTE, 3.5 for some mechanical mitral valves; time in therapeutic range by Rosendaal method; HAS-BLED and ORBIT scores; DOACs: Xarelto, Eliquis, Lixiana, Pradaxa; idarucizumab (Praxbind) and andexanet alfa reversal.`,
  `Oncology: RECIST 1.1, ECOG 0-4, CTCAE v5 grading, FOLFOX, FOLFIRINOX, CAPOX, R-CHOP, AC-T; Keytruda (pembrolizumab), Opdivo (nivolumab), Herceptin (trastuzumab); EGFR exon 19 deletion, ALK, ROS1, KRAS G12C, BRAF V600E, NTRK, MSI-high, BRCA1 and BRCA2; UKONS triage tool red/amber/green; neutropenic sepsis within 1 hour.`,
  `Radiotherapy: linear accelerators (Varian TrueBeam, Elekta Versa HD), CyberKnife, Gamma Knife, proton beam; IMRT, VMAT, SABR; Stupp protocol 60 Gy in 30 fractions with temozolomide; RTOG toxicity grades; bolus, tattoo marks, thermoplastic mask.`,
  `Endoscopy scales: Boston bowel preparation scale, Paris classification, NICE and JNET for polyps, Prague C and M for Barrett's, Los Angeles grades A-D, Forrest classification of ulcers, Glasgow-Blatchford and Rockall scores, Mayo endoscopic score; Olympus, Pentax and Fujifilm scopes.`,
  `Capacity and consent: Mental Capacity Act 2005 (two-stage test), best interests checklist, Lasting Power of Attorney, Court of Protection, deprivation of liberty safeguards; Montgomery, Bolam and Gillick; Jehovah's Witness advance decisions; ReSPECT and DNACPR; IMCA for the unbefriended.`,
  `Opioid substitution: methadone, buprenorphine (Subutex, Espranor wafer), prolonged-release buprenorphine (Buvidal weekly or monthly), naloxone (Prenoxad, Nyxoid nasal); COWS score, Orange Book guidance, supervised consumption, blood-borne virus testing, hepatitis B vaccination.`,
  `Bleeding disorders: haemophilia A and B, von Willebrand disease types 1-3, Bethesda assay for inhibitors; F8 intron 22 inversion, F9 variants; Advate, Elocta, Alprolix, Hemlibra (emicizumab), NovoSeven (rFVIIa), FEIBA; tranexamic acid; Haemtrack diary; HJHS joint score.`,
  `Sickle cell and thalassaemia: HbSS, HbSC, HbS beta-thalassaemia; hydroxycarbamide (Hydrea, Siklos), crizanlizumab, voxelotor; transcranial Doppler (STOP trial thresholds 170 and 200 cm/s); exchange transfusion; desferrioxamine (Desferal), deferasirox (Exjade), deferiprone (Ferriprox); T2* MRI.`,
  `Kidney transplant follow-up: tacrolimus (Prograf, Advagraf, Envarsus), mycophenolate (CellCept, Myfortic), prednisolone; BK polyomavirus, CMV (valganciclovir), PJP prophylaxis (co-trimoxazole); Banff classification of rejection; donor-specific antibodies; KDIGO guidance.`,
  `Heart failure: NYHA I-IV, ACC/AHA stages, Framingham criteria; Entresto (sacubitril/valsartan), bisoprolol, eplerenone, Jardiance (empagliflozin), Forxiga (dapagliflozin); IV iron (Ferinject) if ferritin under 100; CardioMEMS, ICD, CRT-P and CRT-D; daily weights.`,
  `Pulmonary rehabilitation and lymphoedema: MRC dyspnoea scale 1-5, Borg scale, incremental and endurance shuttle walk tests, CAT score; Stemmer sign, ISL stages 0-III, manual lymphatic drainage, multilayer bandaging, Juzo, Sigvaris and Haddenham garments; perometer.`,
  `Memory clinic: MoCA, ACE-III (Addenbrooke's), MMSE, Mini-Cog, 6CIT, clock drawing; Alzheimer's disease, Lewy body dementia, Pick disease, Creutzfeldt-Jakob disease, Wernicke-Korsakoff syndrome, Huntington disease; donepezil (Aricept), rivastigmine (Exelon), memantine (Ebixa).`,
  `Eating disorders: MEED (Medical Emergencies in Eating Disorders) guidance, SCOFF questionnaire, EDE-Q, refeeding syndrome (phosphate, potassium, magnesium, thiamine with Pabrinex), Maudsley family-based therapy, CBT-E, Russell sign, lanugo, sit-up-squat-stand test.`,
  `Infection control: Clostridioides difficile (Bristol stool chart types 5-7), Candida auris, CPE, ESBL, MRSA, VRE, norovirus (Norwalk virus), Legionella (Legionnaires' disease, Pontiac fever), Coxsackie (Bornholm disease), West Nile virus; Chlorclean, Actichlor, Clinell wipes; side rooms and cohort bays.`,
  `Neglected tropical diseases: trachoma (WHO simplified grading TF, TI, TS, TT, CO; SAFE strategy; azithromycin/Zithromax), leprosy (Mycobacterium leprae, Ridley-Jopling, WHO MB/PB, MDT), onchocerciasis (Onchocerca volvulus, Mectizan), lymphatic filariasis (Wuchereria bancrofti), Loa loa, schistosomiasis (Schistosoma mansoni, S. haematobium, praziquantel).`,
  `Acute malnutrition: MUAC tapes (red under 11.5 cm), WHZ, bilateral pitting oedema (kwashiorkor, marasmus), RUTF (Plumpy'Nut), F-75 and F-100 milks, ReSoMal, amoxicillin, OTP and stabilisation centre, appetite test; WHO growth standards 2006.`,
  `Family planning methods: Jadelle and Implanon NXT (Nexplanon) implants, Depo-Provera and Sayana Press injectables, Mirena and Copper T380A IUDs, combined pill (Microgynon), progestogen-only pill, emergency contraception (levonorgestrel, ulipristal/ellaOne); UKMEC categories 1-4.`,
  `HIV care: dolutegravir-based TLD (tenofovir, lamivudine, dolutegravir), Biktarvy, Truvada and Descovy for PrEP; viral load suppression below 50 copies; CD4, CrAg screening, TB preventive therapy (3HP: rifapentine and isoniazid); differentiated service delivery, adherence clubs, multi-month dispensing.`,
  `Cholera: Vibrio cholerae O1 (El Tor biotype; Ogawa and Inaba serotypes) and O139; rice-water stool; WHO dehydration assessment A/B/C; Ringer's lactate, ORS, zinc for children; doxycycline single dose; oral vaccines Dukoral, Shanchol, Euvichol-Plus; CTC and ORP layout.`,
  `Fitness to fly: IATA MEDIF and FREMEC, cabin altitude 6,000-8,000 ft, Boyle's law and pneumothorax, hypoxic challenge test (15% oxygen), post-MI flying advice (3 days to 2 weeks), DVT risk on long-haul flights, WCHR, WCHS and WCHC wheelchair codes, stretcher and medical escort.`,
  `Clinical ethics: Beauchamp and Childress four principles, Oviedo Convention, Nuremberg Code, Declaration of Helsinki, Belmont Report, Tuskegee study, double effect, futility, time-limited trials, surrogate decision-making hierarchies, substituted judgement.`,
  `Complaints and records: NHS complaints regulations 2009, duty of candour, Parliamentary and Health Service Ombudsman, Francis report, Caldicott principles, UK GDPR articles 15 and 9, subject access within one month, redaction of third-party data; coding in ICD-10, ICD-11, SNOMED CT, OPCS-4, HRG and DRG.`,
  `Hyperbaric oxygen and diving: US Navy Treatment Tables 5 and 6, Haldane, Boyle's and Henry's laws, decompression illness, arterial gas embolism, carboxyhaemoglobin, TEED (Teed) scale for middle-ear barotrauma, monoplace and multiplace chambers, Divers Alert Network.`,
  `Growth and development: Greulich-Pyle and Tanner-Whitehouse bone age, Tanner stages, Prader orchidometer, WHO and UK-WHO charts; Turner, Noonan, Prader-Willi, Silver-Russell and Laron syndromes; Denver II, ASQ-3, Bayley-4, Griffiths III, M-CHAT-R, Schedule of Growing Skills.`,
  `Dermatology and Mohs: ABCDE rule, Glasgow 7-point checklist, Breslow thickness, Clark levels, Fitzpatrick skin types I-VI, Mohs micrographic surgery, bilobed and rhomboid (Limberg) flaps, Dermlite dermoscopes, Efudix, Aldara, photodynamic therapy (Metvix).`,
  `Continence and lactation: ICIQ-UI SF, Oxford pelvic floor scale 0-5, Kegel exercises, urodynamics (filling cystometry, VLPP), Betmiga, Vesicare, Botox; LATCH score, Hazelbaker tool for tongue-tie, Montgomery tubercles, Medela and Lansinoh pumps, Baby Friendly Initiative.`,
  `Bariatric surgery: Edmonton Obesity Staging System, Roux-en-Y gastric bypass, sleeve gastrectomy, gastric band (Lap-Band), Ozempic and Wegovy (semaglutide), Mounjaro (tirzepatide), Saxenda; dumping syndrome, Petersen hernia, Wernicke encephalopathy after vomiting.`,
  `Ages and years for the audit: patients aged 16, 34, 58, 72 and 89; cohort born 1940-1955; data 2018 to 2025; pump started 2020, replaced 2024; the oldest was in her late eighties. Scales named after places: Manchester triage, Ottawa ankle rules, Edinburgh Postnatal Depression Scale, Glasgow Coma Scale, Geneva score, San Francisco syncope rule. Ward and unit names: Frangipani Ward, Hibiscus Unit, Jasmine Suite, Rainbow Ward, Oak Day Unit, Discharge Lounge.`,
  `Country notes (no places named): Zambia, Eswatini and Rwanda - community-based health insurance and ART adherence clubs; Benin and Cambodia - trachoma and lymphatic filariasis elimination; Jordan, Malta, Slovenia and Montenegro - ageing populations; Dominican Republic, Nicaragua, Belize and Suriname - dengue and leptospirosis seasons; Brunei, Timor-Leste, Kiribati and Tonga - diabetes and rheumatic heart disease. Clinics run on Mondays, Wednesdays and Fridays; closed Sundays.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter22', '/tmp/deid-ood-letters22.jsonl');
