/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twenty-first session: short and long clinician
 * texts of kinds beyond letters14-16: outpatient clinic dictations with cc lists, discharge summaries with medication
 * tables, referral triage e-mails and portal comments, emergency-department triage sheets and boards, midwifery,
 * antenatal and health-visitor notes, school-nurse letters, occupational-health fitness notes and fit notes,
 * solicitors', court, coroner and police requests for records, research consent logs, blood-bank and transfusion forms
 * and reaction reports, home-visit and district-nurse notes, handwritten-style fax cover sheets, CSV extracts, clinic
 * lists and rotas, device, billing and audit lines, and one-line messages; written in the styles of Nigeria (Yoruba,
 * Igbo, Hausa), Vietnam, Poland, Brazil, Iran, Ethiopia, the Philippines, Turkey, Sri Lanka (Sinhala, Tamil, Muslim),
 * Argentina, Greece, Malaysia (Malay, Chinese, Indian), South Africa, Chile, Thailand, Czechia, Ireland, Tanzania,
 * Lebanon, Serbia, Jamaica, Fiji, Cambodia, Finland, Uzbekistan, the UK and the US (local words kept: Przychodnia,
 * Klinik Kesihatan, Kebele, Purok, Brgy., Phường, Quận, xã, huyện, Odos, ASM, Kentro, Hogar, Ladang, Tambon, Amphoe,
 * Phum, Khan, Población). Human patients only. Written by hand by engineer author on 2026-12-05 (twenty-first
 * session) without reading the engine's rules or lexicons, and never run through ddx by its author. It is scored by
 * the lead only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists and tables, consent logs, clinic lists, ED boards, cc
 * lines, signatures, greetings, lower case, all caps, surname first, hyphenated, initials, with particles and
 * patronymic or estate forms such as "binti", "a/l", "d/o", "Ma.", "Jr.", "Ó", "Ní"); lone surnames and lone first
 * names; places of every kind (streets, houses, flats, compounds, barangays and puroks, kebeles, wards and districts,
 * schools, employers, solicitors' firms, funeral directors, care homes, facilities in local languages); ages over 89
 * as digits and words ("aged 96", "F/93", "93F", "(99)", "91 tuổi", "93 yaşında", "90 lat", "95-vuotias",
 * "ninety-one", "ninety-three"); dates in many formats and calendars (04/12/2026, 12/04/2026, 2026-12-04,
 * 04.12.2026, "Dec. 3, 2026", "4 Δεκεμβρίου 2026", "5 de enero de 2027", solar hijri 1405/09/10, Ethiopian 24/03/2019
 * and "Tahsas 10", ISO timestamps, weekdays, month-year); IDs of many shapes (PESEL, MyKad, NIN-style, TC Kimlik,
 * Iranian national code, AMKA, CPF, DNI, RUT, rodné číslo, JMBG, HETU, court, solicitor, research, incident, RIDDOR,
 * interpreter, transport and air-waybill numbers); health plans (NHIA, PhilHealth, SGK, BHYT, Cartão SUS, OSDE,
 * PAMI, CBHI, Tamin Ejtemaei, VZP, NHIF, NSSF, medical card, medical aid, Medicare); licences (MDCN, NMC, GMC, PWZ,
 * CRM, MMC, PRC, MN, NPI, bar roll, driving licence); phones of many countries; faxes, e-mails, URLs, IPv4 and IPv6;
 * device serials (ICD, insulin pump, CGM, hearing aid, syringe driver, blood bag); vehicle plates of several
 * countries; US SSNs and UK NI numbers. Every name, address and number is invented; institution names may be the
 * public names of real hospitals and places, as organisations only.
 * Format and gold convention as deid-ood-letters16.ts: PHI is marked inline as {{TYPE|text}}; titles and kinship or
 * honorific words ("Dr", "Mrs", "Mr", "Ms", "Sr", "RN", "PC", "DC", "Alhaji", "Lola", "bà", "BS.", "Av.") stay
 * outside a name, facility words inside; US states, provinces, regions, counties and countries are not marked; years
 * on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a weekday are DATE,
 * "today", "tomorrow" and "yesterday" are not marked; numbered wards, units, rooms, bays and bed numbers are not
 * marked. An AGE span is one stated exact age over 89, only its number or number word. Medical-council, nursing,
 * bar and driving-licence numbers are typed LICENSE; national and other ID numbers ID (a UK NI number and a US SSN are
 * typed SSN); NHS and hospital numbers MRN; health-insurance numbers HEALTH_PLAN; postcodes of any country ZIP; a
 * DEVICE span is the serial only (make and model outside); employers, solicitors' firms and funeral directors are
 * marked as places, insurers and agencies are not. Before writing, the script checks every gold span (shared checker
 * in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms (Addison, Cushing, Graves, Turner, Wilson, Murphy, Thompson, Trendelenburg, Dawes-
 * Redman, Bishop, Manchester, Bruce, Donath-Landsteiner, Coombs, Blantyre), scales and scores, drugs (generic and
 * brand), doses, ages under 90, bare years, gene and variant names (HGVS) and codes (ICD-10, ICD-11, CPT, SNOMED CT,
 * LOINC, ATC), which must stay.
 *   node --import tsx scripts/deid-ood-letters17.ts [--out /tmp/deid-ood-letters17.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters17.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `OUTPATIENT CLINIC LETTER - Cardiology, {{LOCATION|Ikorodu University Teaching Hospital}}, {{LOCATION|Idi-Araba}}
Dictated {{DATE|02/12/2026}}, typed {{DATE|04/12/2026}}
Re: {{NAME|Oluwaseye Adebanja-Okorafor}}, DOB {{DATE|11/03/1961}}, Hosp no. {{MRN|LUTH/0448172}}
Dear Dr {{NAME|Nkimdirem}},
Thank you for referring this 65-year-old trader with exertional chest tightness. Exercise ECG: 2 mm horizontal ST depression at stage 2. I have started bisoprolol 2.5 mg and atorvastatin 40 mg and booked angiography.
Yours sincerely, Dr {{NAME|Folashade Ikwuemesi}}, Consultant Cardiologist, MDCN {{LICENSE|MDCN/R/41772}}
cc: patient, {{LOCATION|14 Adeniran Ogunsanyo Street}}, {{LOCATION|Surulere}}; Dr {{NAME|Chukwuebuko Nwaozor}}, {{LOCATION|Mainland Family Clinic}}`,

  `Clinic dictation (neurology), {{DATE|3 Dec 2026}}. Mr {{NAME|Triệu Van Khiim}}, 58, seen with his son {{NAME|Mịch}} as interpreter. Right hand tremor at rest, 4 Hz, micrographia, reduced arm swing. DaTscan requested. cc GP Dr {{NAME|Ninh Thi Lanh}}, {{LOCATION|Cabramatto Medical Centre}}.`,

  `DISCHARGE SUMMARY
Patient: {{NAME|KOWALCZEWSKA, Bożena}}   PESEL {{ID|58071204826}}   Ward 7B
Admitted {{DATE|24.11.2026}}, discharged {{DATE|01.12.2026}}
Diagnosis: community-acquired pneumonia, CURB-65 2.
Medications on discharge:
| drug | dose | route | freq | change |
| amoxicillin | 1 g | PO | TDS | new, 2 more days |
| ramipril | 5 mg | PO | OD | unchanged |
| furosemide | 40 mg | PO | OM | withheld, restart {{DATE|05.12.2026}} |
Follow-up: {{LOCATION|Przychodnia Rodzinna Zabłocie}}, Dr {{NAME|Wieńczysław Gadomski}}, tel. {{PHONE|+48 12 417 20 88}}.`,

  `Discharge summary - {{LOCATION|Hospital Sultanah Bahiyah}}, {{LOCATION|Alor Setar}}
Name: {{NAME|Nurol Syafiqah binti Zainordin}}  MyKad {{ID|880417-02-5562}}  RN {{MRN|HSB2026-118403}}
Dx: dengue with warning signs, recovered. Platelets nadir 22, discharged at 118.
Meds: paracetamol 1 g QID PRN. No NSAIDs.
Review: {{LOCATION|Klinik Kesihatan Jitra}} on {{DATE|8/12/2026}}.`,

  `From: {{EMAIL|triage@sthelierpaeds.example.nhs.uk}}
To: {{EMAIL|r.ashwanden@coldmoor-surgery.example.nhs.uk}}
Sent: {{DATE|Wed 02/12/2026}} 16:41
Subject: Referral {{ID|ERS-004417-2208}} - returned
Dear Dr {{NAME|Ashwanden}}, thank you for referring {{NAME|Tobioh Quennill}} (NHS {{MRN|621 448 9017}}). Triage outcome: advice and guidance; please trial movicol disimpaction first. {{NAME|Margueriti Ellacott}}, paediatric triage.`,

  `re referral email: "pls see {{NAME|adaezi}} asap, 19, ?ectopic, bhcg 2900, pain RIF" - triaged to EPAU same day by {{NAME|ifunanyo}}.`,

  `ED TRIAGE SHEET   Arrival {{DATE|05/12/2026}} 02:14   Mode: walk-in
Name: {{NAME|Đàm Thị Xoan Ngạn}}   Age: 34   Sex: F
Presenting complaint: abdominal pain LIF 6 h, vomiting x2
Obs: HR 96, BP 118/72, RR 18, T 37.9, SpO2 99%, pain 7/10
MTS: Abdominal pain in adults - Yellow (urgent)
Triage RN: {{NAME|J. Papadakou}}   Hospital no. {{MRN|K0441872}}`,

  `Triage (ESI) {{DATE|12/04/2026}} 19:20 - pt {{NAME|Mehmit Alparslan Yıldırımoğlo}}, 71M, SOB, known COPD, SpO2 86% RA, RR 28. ESI 2. Brought by son {{NAME|Emri}} in car plate {{VEHICLE|34 KRT 418}}. Phone {{PHONE|+90 532 417 20 86}}.`,

  `ED triage: {{AGE|92}}F from {{LOCATION|Fernleigh Court Nursing Home}}, fall, head strike, on apixaban. GCS 15. CT head per NICE. NOK daughter {{NAME|Phelippo Durrance-Oielaron}} {{PHONE|07700 900 644}}.`,

  `Midwife booking visit {{DATE|01/12/2026}} - {{NAME|Cheamako Obiekwe-Ladipo}}, G2P1, LMP {{DATE|14/09/2026}}, EDD {{DATE|21/06/2027}}. Lives {{LOCATION|Flat 9, Tamworth House}}, {{LOCATION|Harrowby Road}}, {{ZIP|LS6 2QJ}}. Partner {{NAME|Obinno}}. BMI 29. GDM risk: previous baby 4.3 kg, OGTT at 24-28 weeks. Midwife {{NAME|Rhosin Tellwright}} RM, NMC {{LICENSE|19E4417O}}.`,

  `Antenatal note 32+4: {{NAME|mariete eduarda nascimenta ferroz}}, BP 142/94, urine protein 1+, PCR 38. Sent to {{LOCATION|Maternidade Escola Januário Cicco}}. Cartão SUS {{HEALTH_PLAN|704 2081 4417 2290}}.`,

  `Health visitor new birth visit (day 12): baby {{NAME|Ayaon}} and mum {{NAME|Thilini Wickramanayake}}, {{LOCATION|43 Portreeve Gardens}}. Breastfeeding well, weight 3.62 kg (birth 3.48). Mum EPDS 8. Dad {{NAME|Ruwan}} works nights. Next contact 6-8 weeks, HV {{NAME|Gwenllion Pargeter}}.`,

  `HV 2-year review: {{NAME|Kacpir Wróblewecz}}, DOB {{DATE|19.10.2024}}. ASQ-3 communication below cut-off (25). Bilingual Polish/English at home. Referral to SALT ({{LOCATION|Eastgati Children's Centre}}). Mother {{NAME|Agnieszko}} mob {{PHONE|07700 900 318}}.`,

  `School nurse letter
{{LOCATION|St Brendon's Primary School}}, {{LOCATION|Clonmellon Road}}, {{LOCATION|Kilbeggan}}
{{DATE|30 November 2026}}
Dear Parent/Guardian of {{NAME|Saoirsi Né Bhriaen}} (Class 4),
At the national vision screening your child read 6/18 with the right eye. Please take this letter to an optometrist. Yours, {{NAME|Aoifi Cullinani}}, Public Health Nurse.`,

  `school nurse: {{NAME|darnill}} (yr 9) asthma plan out of date - spacer missing from medical room. Mum {{NAME|Lorraini McKinstry}} called {{DATE|1/12}}, bringing in Monday.`,

  `OCCUPATIONAL HEALTH - FITNESS FOR WORK
Employee: {{NAME|Bartholomiw Nnadozie}}   Staff no. {{ID|E0441872}}   Employer: {{LOCATION|Ravensmoor Logistics}}
Role: forklift driver. Assessed {{DATE|03/12/2026}}.
Outcome: fit with adjustments: no night shifts for 4 weeks after starting insulin; hypo awareness checked. Review {{DATE|07/01/2027}}. OH physician Dr {{NAME|Imeldo Vasquiz-Thornicroft}}, GMC {{LICENSE|7041872}}.`,

  `OH note: pilot {{NAME|Kostos Varvaressos}}, class 1 medical, post-ablation for AF; deferred until 3 months in sinus rhythm. CAA ref {{ID|GBR.MED.44172}}. Seen at {{LOCATION|Gatwick Aeromedical Centre}}.`,

  `{{LOCATION|Hartwill & Pryci Solicitors}}
{{LOCATION|3 Chancery Yard}}, {{LOCATION|Wrexley}} {{ZIP|WX2 8HD}}
Our ref: {{ID|PI/DKN/44172}}   {{DATE|25 November 2026}}
Medical Records Department
Re: our client {{NAME|Dismand Kwobeno Nyamekyi}}, DOB {{DATE|07/05/1979}}, road traffic collision on {{DATE|14/06/2025}}
We enclose a signed form of authority and request copies of all A&E and fracture clinic records. Please quote our reference.
{{NAME|Harriit Pryci}}, Partner`,

  `Court order (Family Division) case {{ID|FD26P01172}}: disclosure of health visiting records for the child {{NAME|Lexi-Marnie Hollingbury}} and mother {{NAME|Shannon Hollingbury}} by {{DATE|18 December 2026}}. Records held at {{LOCATION|Brinksway Health Centre}}.`,

  `Subject access request received {{DATE|02/12/26}} from the solicitor of Mr {{NAME|Ferhat Özkanlı}}; ID checked (passport {{ID|U44172086}}). Due within one month.`,

  `RESEARCH CONSENT LOG - study REC 26/NW/0417
| date | participant ID | initials | consent v | taken by |
| {{DATE|01/12/2026}} | {{ID|CARDIO-117}} | {{NAME|A.O.}} | 3.1 | Dr {{NAME|Ibi}} |
| {{DATE|02/12/2026}} | {{ID|CARDIO-118}} | {{NAME|M.T.}} | 3.1 | Sr {{NAME|Okwuoso}} |
| {{DATE|03/12/2026}} | {{ID|CARDIO-119}} | {{NAME|K.W.}} | 3.1 | Dr {{NAME|Ibi}} |`,

  `Consent log: participant {{NAME|Khúc Thi Hoo}} consented {{DATE|28/11/2026}} with Vietnamese interpreter ({{NAME|Lục Khắc Tiệp}}, booking {{ID|INT-88172}}); copy filed, GP informed.`,

  `BLOOD TRANSFUSION REQUEST FORM
Surname: {{NAME|OYEDEPO}}  Forename: {{NAME|Temitopi}}  DOB: {{DATE|16/02/1990}}
Hospital no.: {{MRN|FMC-ABK-20441}}   Ward: Labour
Product: red cells x 2 units   Reason: PPH, Hb 64 g/L
Requested by: Dr {{NAME|Ugochi Anyanwo}} bleep 4417   Date/time: {{DATE|04/12/2026}} 22:40
Sample taker signature: {{NAME|Y. Balogon}}`,

  `Blood bank: group and screen for {{NAME|Panagioto Stamatopoulou}} - anti-Kell detected. Antenatal, 22 weeks, titre 1:32. MFM at {{LOCATION|Venizelou Maternity Hospital}} informed. Lab no. {{ID|BB26-044172}}.`,

  `Transfusion reaction report: {{NAME|Leandra Garibotti}}, 70, unit {{DEVICE|G041726044172}} stopped at 40 mL, fever 38.9, rigors. DAT negative. Reported to SHOT {{DATE|05/12/2026}}.`,

  `Home visit {{DATE|Thu 3 Dec}} - Mrs {{NAME|Edno Pocklington}}, {{AGE|94}}, {{LOCATION|2 Lime Kiln Cottages}}, {{LOCATION|Nether Broughton}}. Mild confusion, urine dip nitrite +. Lives alone, carer {{NAME|Praise}} twice daily. Key safe code given by phone.`,

  `GP home visit: {{NAME|Gerasimos Tzanetakis}} age {{AGE|96}}, {{LOCATION|Odos Ermoo 12}}, {{LOCATION|Chanio}}, with daughter {{NAME|Eleni}}; pressure sore sacrum grade 3. District nurse to dress. AMKA {{ID|01022904418}}.`,

  `FAX COVER SHEET
To: {{LOCATION|Moorgate Renal Unit}}   Fax: {{FAX|020 7946 0881}}
From: {{LOCATION|Benbow Lane Surgery}}   Fax: {{FAX|01632 960 447}}   Tel: {{PHONE|01632 960 440}}
Date: {{DATE|04/12/26}}   Pages: 3 incl. cover
Re: {{NAME|Ngoze}} {{NAME|Ezeokafor}} - eGFR trend, urgent
CONFIDENTIAL: if received in error phone the sender.`,

  `fax: Attn Dr {{NAME|Mahinda}} - results for {{NAME|S. Jayawardhane}} (ref {{MRN|NHSL-KDY-4417}}) - Hb 74, ferritin 6. Pls call {{PHONE|+94 81 222 4417}}. {{NAME|kanthi}}, lab.`,

  `Clinic letter (Iran style, translated): {{NAME|Mohammadreza Jafarinezhad}}, national code {{ID|0441720863}}, from {{LOCATION|Shahrak-e Gharb}}, {{LOCATION|Tehron}}; thalassaemia minor confirmed, HbA2 5.4%. Partner {{NAME|Pariso}} to be tested before pregnancy. Insurance: Tamin Ejtemaei {{HEALTH_PLAN|TE-4417208}}.`,

  `Dermatology clinic: {{NAME|Sepideh Khorramabadi}} 29F, acne conglobata, isotretinoin started 20 mg; pregnancy prevention programme signed {{DATE|2/12/2026}}. Phone {{PHONE|+98 912 417 2086}}.`,

  `Referral (Ethiopia): pt {{NAME|Tigest Alemayeho Gibremedhen}}, 27F, from {{LOCATION|Baher Dor}}, {{LOCATION|Kebele 14}}, to {{LOCATION|Tikor Anbessa Specialized Hospital}} for mitral valve assessment. Severe MS, valve area 0.8 cm2. Card no. {{MRN|TASH-226-4417}}. Brother {{NAME|Dowet}} +251 not working, use {{PHONE|+251 91 144 1720}}.`,

  `Ethiopia, health extension worker note: {{NAME|Alganesh Kebede}}, 2nd ANC, {{LOCATION|Gote Mariom}} village, Hb 10.2; iron folate given. CBHI member {{HEALTH_PLAN|CBHI-AMH-044172}}.`,

  `Philippines, RHU consult slip {{DATE|Dec. 3, 2026}}: {{NAME|Ma. Cristino Demaculangon}}, 41, {{LOCATION|Purok 5, Brgy. San Isedra}}, {{LOCATION|Lipo City}}, {{LOCATION|Batangos}}. BP 170/100. PhilHealth {{HEALTH_PLAN|02-044172086-3}}. Refer to {{LOCATION|Villamor Mediatrix Medical Center}}.`,

  `PH discharge: {{NAME|Jon-jon Macaraig}}, 6, typhoid, completed azithromycin. Father {{NAME|Rodelio}} {{PHONE|0917 441 7208}}. Address {{LOCATION|Blk 12 Lot 8}}, {{LOCATION|Camella Homes}}, {{LOCATION|Dasmariñas}}.`,

  `Turkey, outpatient: {{NAME|Zeynip Karaağaçla}}, TC {{ID|44172086410}}, {{LOCATION|Kadıköy}}, hypothyroid, TSH 14. Levothyroxine 50 mcg. e-Nabız ok. Kontrol {{DATE|05.01.2027}}.`,

  `Sri Lanka clinic book: {{NAME|W.M. Chandrasiri Bandara}}, 63, {{LOCATION|No. 22/4, Temple Road}}, {{LOCATION|Peradeniyo}}; DM, HbA1c 9.1. Clinic no. {{MRN|THP/DM/4417}}. Next clinic {{DATE|2026.12.19}}.`,

  `Argentina, guardia: {{NAME|Valentino Sosa Echeverrío}}, 22, DNI {{ID|41.722.086}}, from {{LOCATION|Barrio Alberdi}}, {{LOCATION|Córdoba}} {{ZIP|X5003}}. Cefalea, fotofobia; TC normal, PL sin alteraciones. Obra social OSDE {{HEALTH_PLAN|61 441720 8 01}}.`,

  `Greek discharge note: {{NAME|Dimitro Chatzigeorgiou}}, aged {{AGE|91}}, hip fracture, DHS on {{DATE|27/11/2026}}. To rehab at {{LOCATION|Kentro Apokatastasis Agias Loukas}}. Son {{NAME|Stavras}} {{PHONE|+30 697 441 7208}}.`,

  `Malaysia clinic: {{NAME|Lim Wee Jii}}, 45, {{LOCATION|Taman Sri Muda}}, {{LOCATION|Subang Alom}} {{ZIP|40400}}, Selangor; gout flare, urate 0.62. Wife {{NAME|Chong Meiyun Leng}}. Plate {{VEHICLE|WXY 4417}}.`,

  `Vietnam, discharge paper: {{NAME|Tiêu Thị Tho Trong}}, sinh ngày {{DATE|15/07/1988}}, {{LOCATION|Phường 12}}, {{LOCATION|Quận Gò Vấp}}; khoa Sản, mổ lấy thai. BHYT {{HEALTH_PLAN|GD4797944172086}}.`,

  `Brazil, UBS: {{NAME|Josivaldo Wellington dos Anjos}}, 57, CPF {{ID|441.720.860-17}}, {{LOCATION|Rua Padri Cícero, 118}}, {{LOCATION|Juazeiro do Norti}}; hanseníase paucibacilar, PQT started {{DATE|02/12/2026}}. ACS {{NAME|Francineide}}.`,

  `Polish referral: skierowanie, pacjent {{NAME|Zdzisłow Brzęczyszczak}}, {{AGE|90}} lat, {{LOCATION|ul. Długa 17 m. 4}}, {{LOCATION|Tarnów}} {{ZIP|33-100}}; do poradni geriatrycznej. Lekarz {{NAME|Halino Szczepankiewicz}}, PWZ {{LICENSE|4417208}}.`,

  `Nigeria, NHIA enrolee: {{NAME|Abdolrahmon Sane Danjumo}}, {{LOCATION|Tudun Wada}}, {{LOCATION|Kana}}; NHIA no. {{HEALTH_PLAN|NHIA-KN-0441720}}. Sickle cell, Hb SS, crisis x3 this year; hydroxyurea.`,

  `Ward round dictation: "Mrs {{NAME|Adiyeme-Fasholo}} bed 12, day 3 post lap chole, eating, drain out. Home tomorrow"`,

  `Clinic letter, respiratory, {{DATE|December 1, 2026}}
RE: {{NAME|Rasalend Threlkild}} DOB {{DATE|4/18/1955}} MRN {{MRN|00441720}}
Ms {{NAME|Threlkild}} returns after pulmonary rehab. FEV1 1.12 L (44%). Continue tiotropium/olodaterol. Oxygen not indicated (SpO2 93%).
{{NAME|Ignotios Obuyo}}, MD, NPI {{LICENSE|1447208617}}
cc: {{NAME|Carmelita Ruelas}}, NP, {{LOCATION|Bayfrant Community Health}}, {{LOCATION|1820 Marlin Ave}}, {{LOCATION|Port Halvey}}, TX {{ZIP|77459}}`,

  `cc list: Dr {{NAME|Phon}} (GP), Dr {{NAME|Szymańsko}} (renal), {{NAME|Ewelino Dąbrowska-Nowik}} (diabetes specialist nurse), patient.`,

  `Discharge summary (US)
Patient: {{NAME|Dwayni Featherstonhaugh}}   MRN: {{MRN|7720-4417}}   Acct: {{ACCOUNT|HAR 90044172}}
Admit: {{DATE|11/28/2026}}   Discharge: {{DATE|12/03/2026}}
Principal dx: NSTEMI; PCI to LAD with DES.
Medications:
  aspirin 81 mg daily - continue
  ticagrelor 90 mg BID - NEW, 12 months
  metoprolol succinate 25 mg daily - NEW
  lisinopril 10 mg daily - continue
  atorvastatin 80 mg nightly - increased
Cardiac rehab: {{LOCATION|Suttir Ridge Heart Center}}. Call {{PHONE|(530) 555-0147}}.
SSN on file {{SSN|512-44-1720}} (billing only).`,

  `Discharge, surgery: pt {{NAME|Ooi Kah Sing}}, IC {{ID|720417-14-5083}}, lap appendicectomy {{DATE|30 Nov 2026}}; review {{LOCATION|Klinik Pakar Bedah, Hospital Pulau Pinang}} 2/52. TCA.`,

  `Referral triage email thread
> From: {{EMAIL|dr.ekwueme@akoka-clinic.example.ng}}
> 40F, breast lump 2.5 cm, hard, axillary node. Pls urgent.
Reply from breast triage ({{NAME|Yetundi Omisore}}): accepted 2WW, booked {{DATE|Tue 8 Dec}} 09:30, one-stop clinic, {{LOCATION|Gbagada General Hospital}}. Pt name {{NAME|Bukolo Adewunme}}, phone {{PHONE|0803 441 7208}}.`,

  `Triage comment on e-referral UBRN {{ID|0441 7208 6617}}: "Downgraded to routine - GP please repeat FIT". Clinician: {{NAME|r.mcguckian}}.`,

  `ED triage card
Time 14:06 / Name {{NAME|Gözde Çelikkanat}} / 26F / PC: palpitations 40 min / HR 188 regular narrow / BP 110/70 / Cat 2 / RN {{NAME|Thaba}}`,

  `Triage nurse note ({{DATE|5 Dec 2026}} 07:55): elderly man, says he is "{{AGE|ninety-three}}", from {{LOCATION|Kearsley Mews}}, no ID, calls himself {{NAME|Albie}}. Confused, temp 38.4. Police officer PC {{NAME|Yardley}}, collar PC {{ID|4417}}, brought him.`,

  `Emergency triage (Philippines ER): {{NAME|Rogelio Bautisto Jr.}}, {{AGE|90}} y/o, fever 3 days, sensorium altered, BP 80/50. Triage level 1. Accompanied by granddaughter {{NAME|Kristine Jovelyn}}.`,

  `Midwife home visit day 5: {{NAME|Asma Bibe}} and baby, {{LOCATION|112 Whalley Range Avenue}}; baby weight loss 9%, jaundice to chest, SBR 268. Readmit to {{LOCATION|Hallybonk Neonatal Unit}}. Husband {{NAME|Tareq}}.`,

  `Midwifery, Brazil: gestante {{NAME|Anaísa Clara Rabelo Pimentel}}, 19, DUM {{DATE|02/06/2026}}, IG 26 semanas, PA 150/100. Encaminhada à {{LOCATION|Maternidade Climério de Oliveira}}. Tel {{PHONE|(71) 98441-7208}}.`,

  `Midwife (Vietnam): sản phụ {{NAME|Mạc Thị Mơ}}, 24, {{LOCATION|xã Tân Phước}}, {{LOCATION|huyện Tân Hang}}, sinh con trai 3.1 kg ngày {{DATE|03/12/2026}}, khám lại sau 7 ngày.`,

  `Health visitor: safeguarding. Child {{NAME|Kaydin Muirhouse}}, DOB {{DATE|02/03/2023}}, missed 3 appointments. Mum's partner {{NAME|Lemar Bracegirdle}} not known to services. Address {{LOCATION|27 Tannery Walk}}, {{LOCATION|Droitley}} {{ZIP|DR4 7NP}}. Discussed with named nurse {{NAME|Fiono Leishmann}}.`,

  `HV note: dad {{NAME|Tamosz}} asked about vitamin D drops for {{NAME|Zuzia}} (4 mo). Healthy Start info given.`,

  `School nurse referral to CAMHS: {{NAME|Zara Okankwa-Belltower}}, 15, {{LOCATION|Lyndhurst Academy}}, self-harm (superficial cuts, forearm), low mood 3 months. Parents aware. Mother {{NAME|Ifeomo}} {{PHONE|07700 900 902}}. School nurse {{NAME|Bethan Illingworth}}.`,

  `Letter from the school nurse, {{LOCATION|Colégio Estadual Tiradentes}}: aluno {{NAME|Pedro Henrique Lacerda}}, 13, diabetes tipo 1, hipoglicemia na educação física {{DATE|01/12}}. Responsável {{NAME|Luciana}}.`,

  `Occupational health management referral reply ({{DATE|04.12.2026}}): {{NAME|Marik Zawadzkiewicz}}, welder, {{LOCATION|Stocznia Północna}}; lumbar disc prolapse, fit for modified duties, no lifting over 10 kg for 6 weeks. Dr {{NAME|Ireno Kołodziejczyk}}.`,

  `Fit note: {{NAME|Chinedo Umeakunne}}, not fit for work {{DATE|01/12/2026}} to {{DATE|14/12/2026}}, condition: fractured 5th metacarpal. Issued by Dr {{NAME|Hamido Rahmatullah}}, {{LOCATION|Oakhanger Surgery}}.`,

  `OH health surveillance, lead workers: {{NAME|Iain Stratheorn}} blood lead 1.62 umol/L - suspended from lead work {{DATE|3 December 2026}}; employer {{LOCATION|Keelside Battery Recycling}} notified (HSE RIDDOR ref {{ID|RIDDOR-4417208}}).`,

  `Solicitors' letter: {{LOCATION|Abeodon & Partners}}, {{LOCATION|Plot 44, Ademolo Adetokunba Crescent}}, {{LOCATION|Wuse II}}, {{LOCATION|Abuja}}. Re: {{NAME|Hadizo Mohammid Bella}} (deceased), DOD {{DATE|19/10/2026}}. Request certified copies of the case notes for probate. Email {{EMAIL|chambers@abiodunpartners.example.ng}}.`,

  `Police request for medical records (Section 29 equivalent): officer DC {{NAME|Oyinlolo}}, crime ref {{ID|CR/44172/26}}, re victim {{NAME|Marcen Pietruszewski}}, assault {{DATE|29/11/2026}}. Injuries documented in ED notes.`,

  `Coroner's request: inquest into the death of {{NAME|Auberan Pickersgell}}, {{AGE|95}}, died {{DATE|22/11/2026}} at {{LOCATION|Whitstone Community Hospital}}. Statement required from Dr {{NAME|Kalu}} by {{DATE|11/12/2026}}. Coroner's officer {{NAME|Jenna Staveley}} {{PHONE|01632 960 772}}.`,

  `Consent audit row: PRJ-SEPSIS-0417; {{NAME|Adewali Fagbemiro}}; consented by consultee (wife, Mrs {{NAME|Fagbemiro}}); {{DATE|2026-11-30}}; REDCap record {{ID|1-0442}}.`,

  `Research log (Malaysia): subjek {{NAME|Syazwani Khadijah Mohd Yusof}}, RN {{MRN|HKL/2026/044172}}, consent form signed {{DATE|29/11/2026}}, witness {{NAME|Kumaresan}}, PI Dr {{NAME|Teoh Boon Hock}}. Trial site IP {{IP|203.106.44.172}} logged.`,

  `Blood bank call log: 02:15 {{DATE|05/12/2026}} - MHP activated, trauma, unknown male, temp no. {{MRN|T9904417}}, O neg x4, FFP x4. Caller Dr {{NAME|Dunleavi}} ext 4417.`,

  `Transfusion form (Brazil): receptor {{NAME|Raimunda Nonata Sales}}, prontuário {{MRN|HC-0441720}}, tipo A+, concentrado de hemácias 1 unidade, bolsa {{DEVICE|B0441 26 720860}}. Médico {{NAME|Caio Vilhena}}, CRM CRM-PE {{LICENSE|44172}}.`,

  `Home visit (Sri Lanka PHM): {{NAME|Rathnayake Mudiyanselage Sunethro}}, postnatal day 3, {{LOCATION|Udugama}}, {{LOCATION|Galli}}. Baby well. PHM area {{LOCATION|Kalubowitiyana}}.`,

  `District nurse visit {{DATE|Fri 04/12}}: pt {{NAME|Cyril Oakenshaw}}, {{AGE|99}}, {{LOCATION|Bramble Lodge}}, {{LOCATION|Fallowfiild Lane}}. Syringe driver {{DEVICE|SD-44172-B}} running 24 h, midazolam 10 mg/oxycodone 10 mg. Family present: {{NAME|Maurein}} and {{NAME|Keith}}.`,

  `FAX COVER - {{LOCATION|Kandy Road Medical Centre}}
TO: Dr {{NAME|Vithanage}}   FAX: {{FAX|+94 11 269 4417}}
RE: {{NAME|Kumari Herath}}, ECG attached, urgent review please
Sender: {{NAME|Nilmini}}   {{DATE|05-12-2026}}`,

  `fax cover (handwritten style): to PHARMACY {{FAX|0161 496 0732}} / from ward 9 / pt {{NAME|Hughie Mallindir}} / MAR pages 1-2 / sorry re writing! {{NAME|Gina}}`,

  `Iran, discharge: {{NAME|Fatemih Mirzakhani-Rod}}, 54, {{LOCATION|Imam Rezo Hospital}}, {{LOCATION|Mashhod}}; CABG x3 {{DATE|1405/09/10}} (solar hijri). Follow-up {{PHONE|+98 51 3841 7208}}.`,

  `Ethiopian referral letter: {{NAME|Abebi Tesfayi Woldi}}, MRN {{MRN|0441720}}, {{LOCATION|Hawassa University Comprehensive Specialized Hospital}} to {{LOCATION|St. Yekatit's Hospital Millennium Medical College}}; ESRD, for dialysis. Date {{DATE|24/03/2019}} E.C..`,

  `Greece, ΕΟΠΥΥ prescription note: {{NAME|Ioannes Kourmoulis}}, AMKA {{ID|12035101447}}, metformin 1 g BD. Pharmacist {{NAME|Sofia Gkika}}, {{LOCATION|Odos Panepistimiou 33}}, {{LOCATION|Athino}} {{ZIP|106 79}}.`,

  `Argentine referral: {{NAME|Facundo Ezequiel Pereyra}}, 34, {{LOCATION|Villa Lugano}}, CABA; HIV CV 84,000 copias, CD4 210. Derivado al {{LOCATION|Hospital Fernández}}. Tel {{PHONE|+54 9 11 4417-2086}}.`,

  `Turkey, ASM note: {{NAME|Hatici Gündoğdu}}, {{AGE|93}} yaşında, {{LOCATION|Yenimahalle}}, {{LOCATION|Ankaro}}; evde bakım, bası yarası. Oğlu {{NAME|Mustafo}}.`,

  `Malaysia, KK: {{NAME|Muthusamy a/l Ramasami}}, 62, {{LOCATION|Ladang Sungai Bogak}}, estate worker, TB contact screening. Wife {{NAME|Letchumy}}.`,

  `Vietnam, lab slip: BN {{NAME|Khúc Văn Tom}}, 45, mã BN {{MRN|BV175-0441720}}, HBsAg (+), HBV DNA 4.2 log. {{LOCATION|Bệnh viện Nhiệt đới}}.`,

  `Nigerian ANC card: {{NAME|Chikaodili Ogechukwo}}, booking {{DATE|12-08-2026}}, EDD {{DATE|20-03-2027}}, PHC {{LOCATION|Ogbaku}}. Husband's phone {{PHONE|0806 417 2208}}.`,

  `Orthopaedic clinic dictation {{DATE|04/12/2026}}: {{NAME|Andrzej Pawlikowski}} attends with his wife. Right total knee replacement 6 weeks, flexion 105. Happy. Discharge to physio at {{LOCATION|Rehabilitacja Bielany}}. cc: GP, physio, patient ({{LOCATION|ul. Kasprowicza 88}}, {{LOCATION|Warszawa}} {{ZIP|01-949}}).`,

  `Haematology clinic: {{NAME|Kanyinsola}} 24F, Hb SC, splenic sequestration history. HbF 6%. cc Dr {{NAME|Osagie-Ighodara}}.`,

  `Endocrine clinic letter to GP Dr {{NAME|Tuğbo Erşahin}}: your patient {{NAME|Serkan Tozluyurt}}, prolactin 4,800 mIU/L, MRI 14 mm macroadenoma; cabergoline 250 mcg twice weekly. cc optometry {{LOCATION|Moda Göz Merkezi}}.`,

  `DISCHARGE LETTER - Paediatrics
Child: {{NAME|Thạch Khúc-Whetlack}}   DOB {{DATE|2019-08-02}}   NHS {{MRN|702 118 4417}}
Stay: {{DATE|2026-12-01}} to {{DATE|2026-12-04}}. Bronchopneumonia with SpO2 88% on arrival.
Discharge meds: amoxicillin 250 mg TDS 3 days; salbutamol 4 puffs PRN.
Parents: {{NAME|Helen Whetlack}}, {{NAME|Thạch Khúc}}. GP: {{LOCATION|Riverview Practice}}.`,

  `Discharge summary, Nigeria: {{NAME|Ikechukwo Obidiki-Nwoso}}, 50, hosp no. {{MRN|UNTH/ENU/26/4417}}, hypertensive emergency, BP on admission 230/140. Meds: amlodipine 10 mg, lisinopril 20 mg, HCTZ 25 mg. Review in MOPD, {{LOCATION|Ituko-Ozallo}}, {{DATE|December 18}}.`,

  `Referral triage (ENT) email: "Hi, 62M hoarse 8 wks smoker - for 2WW? pt is {{NAME|duncan fairweathir-okara}}, NHS {{MRN|4417208866}}" - accepted. {{NAME|Priyanko}} (ENT booking).`,

  `Referral rejected via portal {{URL|https://ers.example.nhs.uk/ref/4417208}}: gastro triage by Dr {{NAME|Ifeanye Agbasi}} - "coeliac serology first".`,

  `Triage sheet - paeds ED: {{NAME|Baa Khuyến}} 3y, fever 40.1, rash non-blanching on legs, CRT 4 s. PEWS 6. Straight to resus. Mum {{NAME|Vu Thi Liin}}.`,

  `ED triage {{DATE|04/12}} 23:51: {{NAME|Krzysztaf}} (no surname given), ~40, intoxicated, scalp lac 3 cm, GCS 14. Found on {{LOCATION|Mellbroak Street}} by ambulance {{VEHICLE|NX68 FWE}}.`,

  `ED triage (Argentina): {{NAME|Doloris Ibarguren}}, {{AGE|97}} años, disnea, fiebre; triage rojo. Vive en {{LOCATION|Hogar San Camilo}}, {{LOCATION|Mar del Plata}}.`,

  `Midwife notes, community: {{NAME|Praise Moya-Adeyinko}} 36/40, reduced fetal movements since yesterday; CTG at {{LOCATION|Ridgewell Maternity Triage}} normal. Next appt {{DATE|09/12}} with midwife {{NAME|Coralie}}.`,

  `Postnatal: {{NAME|Mơ Lenh}} day 3, perineal tear 2nd degree healing, baby {{NAME|Leo}} 3.4 kg; NIPE done at {{LOCATION|Fairhavin Birth Centre}}.`,

  `Health visitor handwritten-style note: saw {{NAME|nomvulo dlamine}} + twins at {{LOCATION|4b cotton mill yard}}; both feeding, ok. next wk.`,

  `School nurse to GP: {{NAME|Joaquín Etcheverry}} (yr 7), BMI 98th centile, BP 128/82 at school. Please review. School: {{LOCATION|Harrowden Hill School}}, {{LOCATION|Westover Lane}}. Tel {{PHONE|01632 960 119}}.`,

  `School nurse, Philippines: {{NAME|Prinsesa Maica Ocampa}}, Grade 4, {{LOCATION|Sto. Niño Elementary School}}, deworming given, Hb 10.8; referred to RHU.`,

  `OH fitness note (Malaysia): pekerja {{NAME|Mohd Hafiz bin Kamarudin}}, {{LOCATION|Kilang Getah Bukit Beruntung}}, audiometry 4 kHz notch 45 dB; fit with hearing protection. Dr {{NAME|Cheah Soa Lingyi}}, MMC MMC {{LICENSE|44172}}.`,

  `OH pre-placement: {{NAME|Eduarda Marcelino Quispi}} - fit, hep B immune (anti-HBs 240), TB screen negative. Start {{DATE|14/12/2026}} at {{LOCATION|Santa Lucia Theatre Suite}}.`,

  `{{LOCATION|Moxley Brinnon LLP}} - request for records, clinical negligence. Client: {{NAME|Roisen Gallaghir-Ncubi}}; DOB {{DATE|28.02.1987}}; treated at {{LOCATION|Ardmore General}} {{DATE|03.2024}}-{{DATE|05.2024}}. Our ref {{ID|CN/RGN/0441}}. Fee account {{ACCOUNT|MB-INV-44172}}.`,

  `Court: witness summons to Dr {{NAME|Senanayake}} to attend {{LOCATION|Harleston Crown Court}} on {{DATE|12 January 2027}}, case R v {{NAME|Dobbins}}, ref {{ID|T20267041}}.`,

  `Records request (Turkey, avukat): müvekkilimiz {{NAME|Burok Eskicioğlu}}, {{LOCATION|Bakırköy}}, iş kazası {{DATE|17.09.2026}}; epikriz talebi. Av. {{NAME|Derya Kalkavan}}, baro sicil İstanbul {{LICENSE|44172}}.`,

  `RESEARCH CONSENT LOG (Vietnam site)
site 04 | {{NAME|Trenh Quong Hiệp}} | {{ID|VN04-0117}} | {{DATE|01/12/2026}} | consent v2 | BS. {{NAME|Lương}}
site 04 | {{NAME|Lục Thị Ngac}} | {{ID|VN04-0118}} | {{DATE|02/12/2026}} | consent v2 | BS. {{NAME|Lương}}`,

  `Consent withdrawal: {{ID|SCREEN-0447}} {{NAME|sunito rajapaksho}} withdrew by phone {{DATE|03/12}}; data kept to point of withdrawal.`,

  `Blood bank form (Greece): {{NAME|Evongelas Papathanasiou}}, Rh D neg, 2 units, Ward Orthopedic, Dr {{NAME|Tsamis}}, bag nos {{DEVICE|GR-4417-20861}}, {{DEVICE|GR-4417-20862}}.`,

  `Transfusion (Iran): بیمار {{NAME|Rezo Ghorbanpour}}, plasma 2 units, Hb 7.1, platelets 42; request {{ID|TR-1405-4417}}.`,

  `Home visit (Nigeria CHEW): {{NAME|Keleche}}'s mother, compound at {{LOCATION|Umuahia Road}}, {{LOCATION|Aba}}; measles in 2 children, vitamin A given.`,

  `Home visit note: {{NAME|Władysława}} ({{AGE|98}}) lives with son {{NAME|Jerzi}}, {{LOCATION|Osiedle Tysiąclecia 12}}; falls, PEG. Carer agency rota attached.`,

  `Palliative home visit {{DATE|2/12/2026}}: {{NAME|Riginold Ashcombi}}, metastatic prostate ca, pain controlled. Wife {{NAME|Dorothy}}. Just-in-case meds in house. Out-of-hours informed, SPN {{ID|SPN-44172}}.`,

  `FAX
TO: {{LOCATION|Clinica Bellavista}} radiology   FAX {{FAX|+54 11 4441 7208}}
FROM: Dr {{NAME|Gastón Ferreyra}}
PATIENT: {{NAME|Mirta Lucera}}   DNI {{ID|17.441.208}}
Please send MRI report. Thanks!`,

  `fax cover sheet, {{DATE|12.04.26}}, to Ms {{NAME|Adibaya}} at {{FAX|01632 960 583}}, 2 pages, re pt {{MRN|RX4417208}}.`,

  `Nigeria, letter: Alhaji {{NAME|Usmon Garba Kwankwaso}}, 68, {{LOCATION|Sabon Gari}}, {{LOCATION|Zario}}; prostate, PSA 48. Son {{NAME|Abubakor}} {{PHONE|+234 803 441 7208}}.`,

  `Vietnam clinic: bà {{NAME|Kha Thị Sáu}}, {{AGE|91}} tuổi, {{LOCATION|Cần Thơ}}; THA, đột quỵ cũ.`,

  `Brazil, consulta: {{NAME|Antônio Carlas Bezerra}}, {{AGE|92}} anos, {{LOCATION|Vila Mariano}}, {{LOCATION|Sãa Paula}}, {{ZIP|04117-091}}; ICC, FE 30%. Filha {{NAME|Sandra}} {{EMAIL|sandra.bezerra@example.com.br}}.`,

  `Iran clinic: {{NAME|Kaurash Bahmanyar}}, 39, {{LOCATION|Shiroz}}, {{LOCATION|Khiaban-e Zand}}; migraine. Car {{VEHICLE|63 ع 417 - 20}}.`,

  `Ethiopia: {{NAME|Meseret}}, 8, from {{LOCATION|Debri Markos}}, rheumatic heart disease, benzathine penicillin monthly; next {{DATE|Tahsas 10}}.`,

  `Philippines, barangay health: Lola {{NAME|Pacita Manalastos}}, {{AGE|95}}, {{LOCATION|Brgy. Malinta}}, {{LOCATION|Valenzuelo}}; bedridden, pneumonia, for home care. Grandson {{NAME|Jomor}} {{PHONE|0928 441 7208}}.`,

  `Turkish discharge (epikriz): {{NAME|Ecrin Noz Özdemirci}}, dosya no {{MRN|2026-044172}}, {{LOCATION|Cerrahpaşa Tıp Fakültesi}}; appendektomi. SGK SGK {{HEALTH_PLAN|44172086410}}.`,

  `Sri Lanka, MOH: {{NAME|Fathima Rizna}}, {{LOCATION|Kattankudy}}, dengue notification {{ID|H544-4417}}; fogging requested.`,

  `Argentina, receta: {{NAME|Ramán Aguirre}}, PAMI {{HEALTH_PLAN|15-44172086-3-00}}, enalapril 10 mg. Firma Dr {{NAME|Lisandro Bustos}}, MN MN {{LICENSE|144172}}.`,

  `Greece, pt letter: Mrs {{NAME|Kalliope}}, your MRI is booked {{DATE|Monday 14/12}} at {{LOCATION|Iatriko Kentro Marousi}}.`,

  `Malaysia, ward: {{NAME|Kavitho d/o Subramaniom}}, 33, post-LSCS day 2; husband {{NAME|Ganeson}}; discharge {{DATE|Saturday}}.`,

  `Rota, ED, week of {{DATE|7 Dec}}:
Mon nights: {{NAME|Ogunleyi}}, {{NAME|Giáp}}, {{NAME|Wiśniewske}}
Tue nights: {{NAME|Ogunleyi}}, {{NAME|Fonseka}}, {{NAME|Karamanlis}}
Weekend cons: Dr {{NAME|Bayraktaroğlu}}`,

  `pt {{NAME|tamosz}} asked for dr {{NAME|wójcek}} only. ok.`,

  `Clinic dictation, rheumatology: {{NAME|Thandeko Mobuzo-Pillay}}, 44, seropositive RA, DAS28 5.2 despite methotrexate 20 mg. Plan: add sulfasalazine. cc Dr {{NAME|Riaan Oosthuizen}}, {{LOCATION|Parow Medical Suites}}, {{LOCATION|Voortrekker Road}}, {{LOCATION|Bellville}} {{ZIP|7530}}. Medical aid Discovery {{HEALTH_PLAN|441720864}}.`,

  `Outpatient letter (Chile): {{NAME|Catalino Henríquiz Araneda}}, RUT {{ID|17.441.208-K}}, {{LOCATION|Población La Vitoria}}, {{LOCATION|Pedro Aguirre Cerda}}; asma, espirometría obstructiva. FONASA tramo B. Control {{DATE|5 de enero de 2027}}.`,

  `Thai clinic note: {{NAME|Somchae Kittiwongsakul}}, HN {{MRN|63-044172}}, {{LOCATION|Tambon Nong Hoi}}, {{LOCATION|Amphoe Mueang}}, {{LOCATION|Chiang Maica}} {{ZIP|50000}}; melioidosis, ceftazidime. Wife {{NAME|Malee}} {{PHONE|+66 81 441 7208}}.`,

  `Czech discharge: {{NAME|Jiřina Procházková}}, r.č. {{ID|515204/4417}}, věk {{AGE|96}}, {{LOCATION|Fakultní nemocnice Královské Vinohrady}}; fraktura krčku, TEP. Pojišťovna VZP VZP {{HEALTH_PLAN|5152044417}}.`,

  `Irish GP referral: {{NAME|Pádraeg Ó Súilleabháen}}, 71, {{LOCATION|Ballyvourney}}, {{LOCATION|Co. Cark}} {{ZIP|P12 XW44}}; medical card {{HEALTH_PLAN|4417208PA}}; claudication at 100 m, ABPI 0.6. To vascular, {{LOCATION|Cark University Hospital}}.`,

  `Tanzania: {{NAME|Neemo Mwakalinga}}, 23, {{LOCATION|Mbeya}}, {{LOCATION|Iyunga}}; severe anaemia Hb 5.1, malaria RDT positive. NHIF {{HEALTH_PLAN|NHIF-101441720}}. Mother {{NAME|Upendo}}.`,

  `Lebanon clinic: {{NAME|Ranio Haddod-Khouri}}, 52, {{LOCATION|Achrafieh}}, {{LOCATION|Beirut}}; breast ca, tamoxifen. NSSF no. NSSF {{HEALTH_PLAN|44172086}}. Dr {{NAME|Ziad Abou Jaoude}}.`,

  `Serbia: {{NAME|Dragoljub Stevanović}}, JMBG {{ID|0712951710447}}, {{LOCATION|Novi Sad}}, {{LOCATION|Bulevar Oslobođenja 44}}; COPD exacerbation. Dr {{NAME|Milico Radosavljević}}.`,

  `Jamaica, KPH: {{NAME|Delroi Fitzgerold McKenzie}}, 35, {{LOCATION|Spanish Town}}, {{LOCATION|St. Catherine}}; GSW left thigh, ED triage level 2. Mother {{NAME|Hyacenth}} {{PHONE|(876) 555-0144}}.`,

  `Fiji: {{NAME|Saloti Vuniwaqa}}, 58, {{LOCATION|Nausori}}, diabetic foot, BKA discussed. Husband {{NAME|Sakiusa}}. CWM hosp no. {{MRN|CWM/26/4417}}.`,

  `Cambodia: {{NAME|Sok Sreymom}}, 31, {{LOCATION|Phum Prek Leop}}, {{LOCATION|Khan Chroy Changvar}}, {{LOCATION|Phnom Penh}}; TB, 2HRZE/4HR. ID poor card {{ID|IDP-12-0441720}}.`,

  `Finland: {{NAME|Aina-Maija Kettunen}}, HETU {{ID|140351-442K}}, {{AGE|95}}-vuotias, {{LOCATION|Kuopio}}; hip fracture.`,

  `Uzbekistan: {{NAME|Delnozo Rakhimovo}}, 29, {{LOCATION|Chilonzor}}, {{LOCATION|Tashkint}}; pregnancy 30 weeks, anaemia. Phone {{PHONE|+998 90 441 72 08}}.`,

  `{{NAME|Moya}} to see {{NAME|Okofar}} re her BP, Tuesday clinic.`,

  `Pls phone {{NAME|efosa}} back re sick note - {{PHONE|07700 900 453}}.`,

  `dr {{NAME|nwochukwo}} happy for d/c.`,

  `{{NAME|Quóch}} bed 4 for CT.`,

  `Seen with {{NAME|Szczepan}} today. Better.`,

  `{{NAME|Babatundi}}'s INR 4.8 - warfarin held, recheck {{DATE|Tue}}.`,

  `{{NAME|Dimakatso}} rang: sore throat, wants abx. Advised.`,

  `Portal message reply (clinician): Hi {{NAME|Farzanih}}, your ferritin is 9, please start ferrous fumarate. Regards, Dr {{NAME|Leontiou}}.`,

  `Email to patient: {{EMAIL|oyinda.ajibola@example.com}} - "Your results: HbA1c 48. Please book with nurse {{NAME|Olamidi}}."`,

  `App access log: user {{NAME|kkowalska}} viewed record of {{NAME|Aleksandir Mroczkowski}} from {{IP|172.16.44.17}} at {{DATE|2026-12-04T10:11:42Z}}; alert: no legitimate relationship.`,

  `VPN audit: {{IP|2001:db8:4417:208::1f}} session for {{NAME|dr.egbe}}, {{DATE|03/12/2026}}.`,

  `Device clinic: ICD {{DEVICE|PZF441720S}} (Medtronic Cobalt XT) in {{NAME|Wojciich Ziółkowski}}; 1 appropriate shock {{DATE|28.11.2026}}. Remote monitoring via {{URL|https://carelink.example.com/clinic/4417}}.`,

  `Insulin pump: {{NAME|Chloë Zawade Ombeni}}, Omnipod serial {{DEVICE|OP5-4417208-T}}, CGM {{DEVICE|DX7-44K172}}; TIR 61%.`,

  `Hearing aid repair form: Mr {{NAME|Hamesh Lennax-Boydell}}, {{AGE|93}}, aid serial {{DEVICE|2144172086}} (right), posted to {{LOCATION|9 Rowon Terrace}}, {{LOCATION|Pitlochry}} {{ZIP|PH16 5AQ}}.`,

  `Billing: {{NAME|Rosaria Vellanuevo}}, account {{ACCOUNT|ACC-0044172086}}, balance $412.50; Medicare {{HEALTH_PLAN|1EG4-TE5-MK72}}; SSN {{SSN|441-72-0863}}.`,

  `Invoice to {{LOCATION|Ashbi Weller Insurance Solicitors}}: report on {{NAME|Gedean Akinwande}}, fee £450, invoice {{ACCOUNT|INV-2026-0447}}, sort code and account on letterhead.`,

  `Patient transport: collect {{NAME|Bronisławo Kaczmarska}} ({{AGE|ninety-one}}) from {{LOCATION|14 Lilac Close}}, {{LOCATION|Hednesford}} at 08:15 {{DATE|Wed 09/12}} for dialysis, {{LOCATION|Cannock Renal Satellite}}. Stretcher. Booking {{ID|PTS-44172}}.`,

  `Driving (DVLA): {{NAME|Rhis Abernethi-Okeki}}, licence {{LICENSE|ABERN702148RA9XY}}, seizure {{DATE|20/11/2026}}; told not to drive. Van reg {{VEHICLE|GF24 HXU}}.`,

  `Firearms certificate medical: applicant {{NAME|Euon Macbrayne}}, {{LOCATION|Glen Lyonach Farm}}, certificate no. {{ID|FAC/44172/P}}; no relevant conditions.`,

  `NI number {{SSN|QQ 44 17 20 C}} for {{NAME|Kelechukwu Amade-Rowbotham}} added to OH record.`,

  `TB clinic (UK): {{NAME|Mạc Quac Baa}}, 24, student at {{LOCATION|Wexmoor University}}, from {{LOCATION|Hải Phòng}}; LTBI, 3HP. Student ID {{ID|WU2044172}}.`,

  `Safeguarding adults: {{NAME|Gertrudi Kilbane}}, {{AGE|90}}, concerns re financial abuse by nephew {{NAME|Warren}}; social worker {{NAME|Abembolo Craig}} {{PHONE|01632 960 228}}.`,

  `Mental health act: {{NAME|Olumidi Fagbenle}} detained s2 {{DATE|02/12/2026}} at {{LOCATION|Lorkspor Unit}}; AMHP {{NAME|Justyna Kaleta}}; nearest relative mother {{NAME|Funmilaya}}.`,

  `Sexual health clinic: {{NAME|JSO}} (initials only, GUM no. {{MRN|GUM26-4417}}), chlamydia positive, partner notification: 2 contacts.`,

  `Dental (Poland): {{NAME|Michalina Grzesiak}}, ząb 36, leczenie kanałowe, {{LOCATION|Gabinet Stomatologiczny Uśmiech}}, {{LOCATION|Kraków}}. Tel {{PHONE|12 441 72 08}}.`,

  `Optometry (Brazil): {{NAME|Vitória Albuquerqui}}, 11, miopia -3.50, óculos; {{LOCATION|Ótica Bom Jesus}}.`,

  `Vaccine record (Turkey): {{NAME|Yusof Emir Kaplanoğlo}}, DOB {{DATE|14.05.2025}}, KKK {{DATE|14.05.2026}}, {{LOCATION|Çankayo ASM}}.`,

  `Death notification (Sri Lanka): {{NAME|Dayan Piyasena Karunaratni}}, {{AGE|97}}, died {{DATE|02.12.2026}} at home, {{LOCATION|Kurunegala}}. Informant {{NAME|Sunel}}.`,

  `Death verification: {{NAME|Agatho Pennefather}}, verified 03:40 {{DATE|05/12/2026}} by RN {{NAME|Seon Adebise}}; undertaker {{LOCATION|Groves & Tallis Funeral Directors}}.`,

  `Bereavement: daughter {{NAME|Neomh}} to collect certificate; {{NAME|Finbar Ó Dálaegh}}, died {{DATE|30 Nov}}.`,

  `Interpreter note: Dari interpreter {{NAME|Wahidullah}} for {{NAME|Gulalai Noorzai}}, {{DATE|01/12/2026}}, booking {{ID|BK-44172}}.`,

  `Physio (Greece): {{NAME|Athanasia Roussou}}, frozen shoulder, 8 sessions, {{LOCATION|Physiokinesis Thessaloniki}}.`,

  `Dietitian: {{NAME|Khúc Hiển Khuyến}}, PEG feed 1500 mL/day, {{LOCATION|Pennyroyal Care Home}}; weight 48 kg.`,

  `Mortuary: body of {{NAME|Yohannis Berhani}} released to family {{DATE|04/12/2026}}, repatriation to {{LOCATION|Mekelle}}; AWB {{ID|071-44172086}}.`,

  `Incident report {{ID|IR-2026-44172}}: patient {{NAME|Ewo Rutkowska}} received wrong-strength enoxaparin; no harm. Reported by {{NAME|Nkeche}} (RN). {{DATE|4/12/2026}}.`,

  `Datix: fall in bay 3, Mr {{NAME|Abdol-Karem}}, {{AGE|94}}, no injury.`,

  `CSV extract:
mrn,name,dob,ward
{{MRN|K441720}},{{NAME|BALOGON Adeolo}},{{DATE|1958-02-11}},W3
{{MRN|K441721}},{{NAME|TRIỆU Mịch Chao}},{{DATE|1974-09-30}},W3
{{MRN|K441722}},{{NAME|PAPADOPOULOU Irini}},{{DATE|1931-05-06}},W5`,

  `clinic list {{DATE|09/12}}: 09:00 {{NAME|Kaczmarik}}, 09:20 {{NAME|Ezi}}, 09:40 {{NAME|Yüzbaşıoğlu}}, 10:00 {{NAME|Perero}}, 10:20 DNA`,

  `GERIATRIC CLINIC LETTER
{{LOCATION|Evangelismos General Hospital}}, 2nd Medical Clinic
Date: {{DATE|4 Δεκεμβρίου 2026}}
Patient: {{NAME|Chrysoula Anagnostopoulou}}, F/{{AGE|93}}, AMKA {{ID|21063304417}}
Address: {{LOCATION|Odos Ypsilantou 17}}, {{LOCATION|Kolonaki}}, {{ZIP|106 76}}
Frailty 6, MMSE 19/30, recurrent falls. Stop zopiclone, reduce amlodipine to 5 mg. Hip protectors.
Dr {{NAME|Konstantinos Xydakis}}   cc: daughter {{NAME|Maro}}, {{EMAIL|maro.anagn@example.gr}}`,

  `ED board: bay 6 {{AGE|96}}M ?sepsis / bay 7 {{NAME|Siwiec}} chest pain / bay 8 {{NAME|Ogbonnayo}} ({{AGE|99}}) fall / bay 9 {{NAME|Heng}} vomiting`,

  `Clinic dictation (ortho, Nigeria): Mrs {{NAME|Olabisi Akintolo-Colquitt}}, {{AGE|91}}F; wrist fracture, cast. Lives {{LOCATION|Bodija}}, {{LOCATION|Ibadon}}.`,

  `Handwritten-style ward note: {{AGE|93}}F {{NAME|bozenka}} from {{LOCATION|rosewoad}} - eating better, family {{NAME|doroto}} visiting 2pm.`,

  `Philippine discharge summary
Name: {{NAME|DELA CROZ, Tiodoro Mercado}}   Age: {{AGE|94}}   Sex: F
Hosp. No.: {{MRN|PGH-26-0441720}}   PhilHealth PIN: {{HEALTH_PLAN|19-044172086-5}}
Admitted {{DATE|Nov. 27, 2026}} / Discharged {{DATE|Dec. 4, 2026}}
Dx: UTI with sepsis, resolved.
Home meds: cefuroxime 500 mg BID x 5 days; losartan 50 mg OD.
Address: {{LOCATION|1147 Kalye Maginhawa}}, {{LOCATION|Teachers Village}}, {{LOCATION|Quezon City}} {{ZIP|1101}}
Attending: Dr {{NAME|Renato Sison Villaroman}}, PRC {{LICENSE|0104417}}`,
];

const PHI_FREE_TEXTS: string[] = [
  `Clinic letter template: Diagnosis: heart failure with reduced ejection fraction (NYHA II), LVEF 32%. Plan: sacubitril/valsartan 24/26 mg BD, bisoprolol 2.5 mg, dapagliflozin 10 mg. cc: GP, heart failure nurse, patient.`,
  `Discharge medication table:
| drug | dose | route | frequency | status |
| co-amoxiclav | 625 mg | PO | TDS | 5 days |
| prednisolone | 30 mg | PO | OD | stop after 5 days |
| salbutamol | 100 mcg | inhaled | PRN | unchanged |
| Fostair | 100/6 | inhaled | 2 puffs BD | new |`,
  `Referral triage outcome codes: A = accept urgent (2WW), B = accept routine, C = advice and guidance, D = redirect. Median triage time November: 2.1 days; 94% within 5 days.`,
  `ED triage: Manchester Triage System chart "shortness of breath in adults"; discriminators: SpO2 under 92% on air = orange; RR over 30; exhaustion. Reassess every 30 minutes. NEWS2 5 or more: escalate.`,
  `Midwifery: Bishop score 5, cervix 2 cm, 50% effaced, station -2. Propess 10 mg inserted. CTG normal (Dawes-Redman criteria met). Group B strep negative. Aged 29, G1P0, 40+12.`,
  `Health visitor contact schedule: antenatal (28 weeks), new birth (10-14 days), 6-8 weeks, 9-12 months (ASQ-3), 2-2.5 years (ASQ-3 and ASQ:SE-2). WHO growth charts; 0.4th-99.6th centiles.`,
  `School nurse guidance: anaphylaxis - two adrenaline auto-injectors (Epipen 0.3 mg if over 25 kg); call 999; lie flat with legs raised. Asthma: salbutamol 10 puffs via spacer.`,
  `Occupational health: fitness for night work after myocardial infarction: return at 4-6 weeks if LVEF over 40% and no inducible ischaemia (Bruce protocol stage 3). HGV group 2: 6 weeks.`,
  `Solicitor request checklist: signed form of authority under 6 months old, date range, records requested, fee (none for first copy under UK GDPR), 30 calendar days to respond.`,
  `Research consent log fields: participant number, date, version of PIS (v4.0 12-Oct-2025 template), consent taken by (delegation log), copy to participant, copy in notes. Good Clinical Practice (ICH E6 R3).`,
  `Transfusion: Hb threshold 70 g/L (80 g/L in ACS); one unit then reassess. Irradiated components for Hodgkin lymphoma and after fludarabine. CMV-negative in pregnancy. Kleihauer test after 20 weeks.`,
  `Blood bank antibody screen: anti-D, anti-c, anti-E, anti-K, anti-Fya, anti-Jka. Coombs (DAT) positive with IgG and C3d. Donath-Landsteiner test negative. Cold agglutinin titre 1:64.`,
  `Home visit risk assessment: lone worker policy, buddy call at 17:00, dogs secured, no smoking 1 hour before visit, oxygen in use. Braden 14, MUST 2, 4AT 0.`,
  `Fax cover sheet template: CONFIDENTIAL - intended only for the named recipient. If you have received this in error, please telephone the sender and destroy all pages. Pages: __ including this cover.`,
  `Nigerian guideline note: severe malaria: IV artesunate 2.4 mg/kg at 0, 12 and 24 h then daily; Blantyre coma score in children; transfuse if Hb under 5 g/dL.`,
  `Vietnam protocol: dengue grade II (Vietnam MOH 2019): Ringer lactate 6-7 mL/kg/h for 1-3 h; hematocrit every 2-4 h. Avoid NSAIDs. Platelets under 20,000 with bleeding: transfuse.`,
  `Polish note format: rozpoznanie I10 (ICD-10) nadciśnienie tętnicze; zalecenia: amlodypina 5 mg 1x1, kontrola RR. Skala Glasgow 15. Wiek 54 lata.`,
  `Brazilian protocol: Manchester classification in UPA; APGAR 8/9; Capurro 39 weeks; teste do pezinho at day 3-5; teste da orelhinha (OAE) before discharge.`,
  `Iranian thalassaemia screen: MCV under 80 fL and MCH under 27 pg in both partners: HbA2 by HPLC; HbA2 over 3.5% = beta trait. Iron studies to exclude deficiency.`,
  `Ethiopia, IMNCI: fast breathing 50 or more per minute at 2-12 months; chest indrawing = severe pneumonia; amoxicillin DT 250 mg BD 5 days. MUAC under 11.5 cm = SAM.`,
  `Philippines DOH: animal bite category III - wound washing 15 minutes, rabies immune globulin 20 IU/kg and PCEC vaccine days 0, 3, 7, 28. Tetanus toxoid.`,
  `Turkey: Ramadan fasting in type 2 diabetes (IDF-DAR risk score 4, moderate); sulfonylurea dose halved at iftar; SMBG at 3 time points. HbA1c 7.2%.`,
  `Sri Lanka: snakebite (Russell's viper): 20-minute whole blood clotting test; 10 vials AVS. Hump-nosed viper: no antivenom; monitor creatinine for AKI.`,
  `Argentina: Chagas serology (ELISA and IHA) in pregnancy; benznidazole 5-7 mg/kg/day for 60 days after delivery, not in pregnancy. Newborn PCR at birth.`,
  `Greece: thalassaemia major chelation - deferasirox 20-40 mg/kg/day; ferritin target under 1,000 ug/L; T2* MRI heart over 20 ms normal, liver iron concentration 3-7 mg/g.`,
  `Malaysia: Hand, foot and mouth disease notification within 24 h; exclusion from kindergarten 10 days. EV-A71 PCR. Leptospirosis: MAT titre 1:400.`,
  `Eponym teaching sheet: Addison, Cushing, Conn, Graves, Hashimoto, Sheehan, Kallmann, Turner, Klinefelter, Wilson, Gilbert, Crigler-Najjar, Dubin-Johnson, Budd-Chiari, Mallory-Weiss, Zenker, Barrett, Whipple, Meckel, Hirschsprung.`,
  `Signs: Murphy, Rovsing, Cullen, Grey Turner, Kernig, Brudzinski, Babinski, Romberg, Trendelenburg, Homans, Tinel, Phalen, Finkelstein, McMurray, Lachman, Thompson, Trousseau, Chvostek.`,
  `Codes: ICD-10 O14.1 severe pre-eclampsia; ICD-11 JA24.1; SNOMED CT 398254007; LOINC 2160-0 creatinine; CPT 59510; HGVS NM_000518.5(HBB):c.20A>T (p.Glu7Val). ATC B01AB05.`,
  `Aged 89, lives alone, independent with stick; Rockwood 4; Timed Up and Go 18 s; Barthel 85/100; 4AT 2. Bare years: hip fracture 2019, cataract 2021, pacemaker 2024.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter17', '/tmp/deid-ood-letters17.jsonl');
