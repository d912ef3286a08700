/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), tenth session: short clinician texts (referral
 * and clinic letters, discharge snippets, portal and text messages, phone notes, nursing and ICU handoffs, pharmacy,
 * radiology, pathology, dental, physiotherapy, social work, billing and registration notes) with PHI of all 18 Safe
 * Harbor kinds, US-heavy with UK, Irish, Canadian, Australian, New Zealand, South African and Indian ones, plus
 * PHI-free texts. Written by hand by engineer author on 2026-12-04 (tenth session), before that session's deid
 * changes were merged, and never run for scores by its author. It is scored by the lead only; never tune rules,
 * lists or models to its texts, and do not read its misses text by text.
 * It deliberately varies: names with no cue word (alone on a line, in lists, in lowercase or all caps, surname
 * first, initials only, hyphenated, with particles, English-word names, of Korean, Samoan, Somali, Ukrainian,
 * Portuguese, Irish, Maori, Filipino, Hmong, Greek, Turkish, Finnish, Dutch, Tamil, Persian, Icelandic, Haitian,
 * Hungarian, Zulu and Amharic origin), nicknames and relatives, hospitals and clinics without a facility word,
 * employers, schools, churches, neighbourhoods, towns, counties, street and rural addresses, ZIPs and postcodes,
 * ages over 89 in many wordings, dates in many formats (ISO, dotted, compact, ordinal, weekday, month-year,
 * holidays), phones and faxes in national and international shapes, e-mails, URLs, IPv4 and IPv6 addresses, MRN,
 * account, plan, licence, NPI, DEA, device, serial, lot, VIN and plate numbers, biometric and photo identifiers,
 * and SSNs. Every name, address and number is invented; institution names may be the public names of real
 * hospitals, as organisations only.
 * Format as deid-ood-letters5.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US states, provinces and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them); ages of 89 and under are not marked.
 * Biometric and photo identifiers are typed ID. Before writing, the script checks every gold span against the
 * string marked for it, and that no marked string also occurs unmarked in the same text.
 * PHI-free texts carry eponyms, drugs (generic and brand), doses, scores, scales, ages under 90, bare years, units,
 * lab values and capitalised clinical words, which must stay.
 *   node --import tsx scripts/deid-ood-letters6.ts [--out /tmp/deid-ood-letters6.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters6.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Seong-ho Baek}}
{{DATE|2024-06-11}}
Return visit, plantar fasciitis. Night splint helping. Continue stretching; review in 8 weeks.`,

  `Dear Dr {{NAME|Faleolo}},
Many thanks for referring {{NAME|Tavita Leiataua}}, a 52-year-old bus driver from {{LOCATION|Otara}}, with exertional chest tightness. Stress echo is booked at {{LOCATION|Middlemore}} for {{DATE|14 August}}. His daughter {{NAME|Losa}} can be reached on {{PHONE|021 555 0193}}.
Yours sincerely,
{{NAME|Annika Sorensen-Hale}}, FRACP`,

  `Phone msg 16:05 - {{NAME|Hodan Warsame}} called re her father {{NAME|Abdirahman}} ({{AGE|94}}), not eating x3 days. Lives with her at {{LOCATION|1420 Riverside Ave #312}}, {{LOCATION|Minneapolis}}. Call back {{PHONE|612 555 0148}}. Interpreter Somali.`,

  `DISCHARGE SUMMARY
Patient: {{NAME|HRYHORCHUK, OKSANA V.}}   Hosp # {{MRN|RX-449018-2}}
Admitted {{DATE|03.02.2024}}  Discharged {{DATE|09.02.2024}}
Dx: community-acquired pneumonia RLL, resolved. Amoxicillin-clavulanate to complete 7 days. GP: Dr {{NAME|Ferrante}}, {{LOCATION|Grove Lane Surgery}}.`,

  `hey it's {{NAME|Jolene}} at front desk - {{NAME|Rhett Calloway}} is asking if his sleep study can move to the {{LOCATION|Lakewood}} location. his cell is {{PHONE|720.555.0166}}`,

  `{{AGE|93}} yo F from {{LOCATION|Brookdale Eastridge}} sent for eval of R hip pain after unwitnessed fall. Son {{NAME|Conrad Vieira}} POA, {{PHONE|(508) 555-0132}}. Xray: impacted femoral neck fx.`,

  `SURGICAL PATHOLOGY
Case {{ID|S24-00771}}  Pt: {{NAME|Teixeira Monteiro, Joana}}  MRN {{MRN|0099 4418 72}}
Collected {{DATE|11-Mar-24}}  Surgeon: {{NAME|R. Halvorsen}}
Final: appendix with acute suppurative appendicitis, no neoplasm.`,

  `From: {{NAME|Desmond O'Rourke}} <{{EMAIL|desmond.orourke@example.ie}}>
Date: {{DATE|Thu 7 Mar 2024}} 21:40
To: practice inbox
Hi, the inhaler you gave me (the brown one) makes my voice hoarse. Should I keep going? {{NAME|Des}}`,

  `Handoff 19:00 - bed 7 {{NAME|Kealoha}}, {{AGE|90}}F, hip fx POD2, Hgb 8.1 recheck AM. bed 8 {{NAME|Nakamura-Reyes}}, COPD, 2L NC. bed 9 {{NAME|Papadakis}} ("{{NAME|Papa K}}") - sundowning, sitter ordered.`,

  `Referral to {{LOCATION|Sunnybrook}} Memory Clinic for {{NAME|Lorraine Beauchesne}}, DOB {{DATE|1938-12-20}}. Progressive word-finding trouble. MMSE 22. Fax {{FAX|416 555 0172}}.`,

  `Pharmacy called from {{LOCATION|Hy-Vee}} on {{LOCATION|Ingersoll}}: {{NAME|Dagny Lindqvist}} is asking about the generic for Xarelto for pt {{NAME|Hollis Broadwater}}. Prescriber NPI {{LICENSE|1386 620 447}}.`,

  `{{NAME|thanh nguyen pham}} came in w/ her aunt, cough x6 wks, night sweats. from {{LOCATION|westminster}}. CXR RUL cavity. placed in airborne isolation. sputum AFB x3 ordered.`,

  `MRI LUMBAR SPINE W/O
{{NAME|KOWALCZYK, BRONISLAW}}   DOB {{DATE|05/17/1949}}   ACC# {{ID|MR24-5581042}}
Ordering: {{NAME|Oyelaran Bisi}}, MD   Site: {{LOCATION|Advocate Good Samaritan}}
Impression: L4-5 broad disc bulge with moderate canal stenosis.`,

  `Ms {{NAME|Aoife Ní Bhriain}} was seen in the rheumatology clinic at {{LOCATION|St. Vincent's University Hospital}} on {{DATE|the 22nd of January}}. PPS no. {{ID|8273645TA}}. Address: {{LOCATION|7 Sandymount Green}}, {{LOCATION|Dublin 4}}, {{ZIP|D04 X2F7}}.`,

  `{{NAME|Tupou}} and {{NAME|Mele Fifita}} brought {{NAME|Sione}} (4y) for a rash. Kindy is {{LOCATION|Little Kiwis Early Learning}}. Mum's mobile {{PHONE|+64 27 555 0128}}.`,

  `ED note {{DATE|12/25/23}} 23:58 - {{AGE|ninety-seven}} year old man, brought by neighbour {{NAME|Gus Petrakis}} after he found him confused. Lives at {{LOCATION|38 Old Mill Rd}}, {{LOCATION|Hancock}}, NH {{ZIP|03449}}. Na 121.`,

  `Pharmacist note: gentamicin level 2.4 for {{NAME|Ngozi Eze-Williams}} (MRN {{MRN|#5571-302}}). Extend interval to q36h. - {{NAME|T. Vaillancourt}}, PharmD`,

  `Portal message
From: {{NAME|Yusuf Demir}}
Sent: {{DATE|2024/04/02}}
"Doctor, my wife {{NAME|Elif}} says I snore and stop breathing. Can I get the home sleep test? We moved to {{LOCATION|Paterson}} last month."`,

  `Consult - Nephrology
Requested by Dr. {{NAME|Magdalena Quispe}} for {{NAME|Emil Virtanen}}, 63, retired ferry engineer from {{LOCATION|Astoria}}, AKI on CKD 3b after contrast. Cr 3.1 from 1.8. Hold metformin. Renal US ordered for {{DATE|Fri 3/15}}.`,

  `{{NAME|Pa Nhia}}, can you add {{NAME|Yer Vang}} to {{DATE|Monday 6/17}} afternoon? Her plan changed to {{LOCATION|UCare}}; member ID {{HEALTH_PLAN|UC 0044719283}}.`,

  `Home visit: {{NAME|Jacobus van der Merwe}}, {{AGE|102}}, with daughter {{NAME|Elna}} in {{LOCATION|Durbanville}}. BP 148/70. Bruising from fall last week.`,

  `SS#: {{SSN|407 22 8195}}
Pt: {{NAME|Lashonda Tibbs}}
Employer: {{LOCATION|Piggly Wiggly}} distribution, {{LOCATION|Bessemer}}
L&I claim {{ID|LI-2024-0077103}}; injury {{DATE|03/19/2024}}.`,

  `Dear {{NAME|Philippa}},
Your bone density scan on {{DATE|9 April}} at {{LOCATION|Ochsner Baptist}} showed osteopenia (T-score -1.8). Calcium and vitamin D, repeat in 2 years.
Best wishes, {{NAME|Ifeyinwa Chukwu}}, PA-C`,

  `XR CHEST 1V
{{NAME|Halldórsdóttir, Sigrún}}   MRN {{MRN|883-20-991}}   {{DATE|20240311}} 04:40
ETT 4 cm above carina. NG tip in stomach. Bibasal atelectasis.`,

  `Tumour board {{DATE|Wed 15th May}}: {{NAME|Kamala Venkataraman}}, 59, rectal adenocarcinoma, MRI T3N1. Imaging from {{LOCATION|Apollo Chennai}}. Son {{NAME|Raghav}} joining from {{LOCATION|Bengaluru}}.`,

  `{{NAME|D. Fitzsimmons}} - L shoulder adhesive capsulitis. Hydrodilatation done, lot {{DEVICE|HX-220417-B}}. Car in bay 14, reg {{VEHICLE|KX19 ABE}}.`,

  `TO: Dr {{NAME|Moana Herewini}} FROM: device clinic. {{NAME|Piripi Walker}}'s pacemaker (Medtronic Azure, SN {{DEVICE|RNB 418822 H}}) checked {{DATE|4/29}}: battery 9 yrs, 3% RV pacing.`,

  `Phone: {{NAME|Marie-Ève Gagnon}} calling from {{LOCATION|Trois-Rivières}}; in {{LOCATION|Plattsburgh}} for work. Lost her levothyroxine. RAMQ {{HEALTH_PLAN|GAGM 7852 1418}}. 14-day supply sent.`,

  `{{NAME|Bubba}} ({{NAME|Clarence Odom}} III) here with his grandma {{NAME|Odessa Odom}}. Needs sports physical for {{LOCATION|Pine Bluff Middle}}. Cleared.`,

  `Wound clinic: {{NAME|Wilhelmina Hart}}, aged {{AGE|95}}, sacral pressure injury stage 3, 3.2 x 2.0 cm. Photo {{ID|WND_0412_0931.png}}. District nurse {{NAME|Sunita}} to dress three times a week.`,

  `Subject: records transfer
Please forward {{NAME|Lachlan Fraser-Doyle}}'s notes (DOB {{DATE|2 Dec 1982}}) to {{EMAIL|medrec@harbourside-example.com.au}} or fax {{FAX|(02) 5550 1187}}. He's moved to {{LOCATION|Manly}} NSW {{ZIP|2095}}.`,

  `Spoke with Mr. {{NAME|Yazzie}} about A1c 10.2. Will start glargine 10 units. He works at {{LOCATION|Peabody}} mine near {{LOCATION|Kayenta}}, gets home weekends only.`,

  `CRITICAL VALUE: lactate 6.1 for {{NAME|Mukherjee, Anirban}} ({{MRN|UH00448127}}), called to {{NAME|Bridget}} RN 03:17 on {{DATE|2/11/24}}, read back.`,

  `Dear colleague,
I saw {{NAME|Ngaio Te Rangi}} in {{LOCATION|Rotorua}} on {{DATE|3/4/2024}}. She relocates to {{LOCATION|Perth}} next month; IHI {{HEALTH_PLAN|8003 6088 1234 5678}}. Please continue hydroxychloroquine 200 mg daily.
{{NAME|Callum Whitcombe}}, rheumatologist`,

  `Social work: {{NAME|Florentino Baca}}, {{AGE|91}}, lives alone outside {{LOCATION|Española}}. Neighbor {{NAME|Dolores Archuleta}} brings groceries. APS referral not needed.`,

  `IMMUNIZATION - {{NAME|Ji-woo Han}} - MMR #2 lot {{DEVICE|Y009271}}, R thigh. {{DATE|Sept 30 2023}}. State registry {{ID|WAIIS 4401992}}.`,

  `Cath report {{DATE|1 March 2024}}: {{NAME|Kofi Asante-Mensah}}. Femoral access. Chronic total occlusion of LAD, not crossed. Closure device lot {{DEVICE|AG77104-C}}. Attending {{NAME|Rivka Abramowitz}}.`,

  `pt {{NAME|graciela}} (apellido {{NAME|mejía}}) needs interpreter, from honduras. bp 188/104, headache. came w/ sister {{NAME|yessenia}}.`,

  `Med rec: {{NAME|Bartholomew Nkemelu}}. Verified with {{LOCATION|Walmart Pharmacy #5820}} on {{LOCATION|Ellis Blvd}} ({{PHONE|319 555 0107}}). Previous admit at {{LOCATION|Mercy}}.`,

  `DEA: {{LICENSE|BK 9021457}}
State lic: {{LICENSE|MD.45009918}}
{{NAME|Anselm Okafor}}, MD
Rx: tramadol 50 mg q8h prn #15 for {{NAME|Lyle Haskins}}, DOB {{DATE|Oct 8 1961}}`,

  `Ophthalmology: {{NAME|Gurpreet Grewal}}, 71. IOP 32 OS. Referred by {{LOCATION|Fraser Health}}. OCT images at {{URL|http://oct.example-imaging.ca/viewer?study=44120}}.`,

  `{{NAME|Tsegaye Bekele}}, {{NAME|Almaz Bekele}} and baby {{NAME|Hana}} - new arrivals, {{LOCATION|Clarkston}} refugee clinic intake {{DATE|1/9}}. Hep B sAg pending.`,

  `Incident: {{DATE|Jan 31st}} 04:10, {{NAME|Ephraim Goldfarb}} ({{AGE|99}}) pulled out his IV on 4 North. No harm. Daughter {{NAME|Shoshana}} notified, {{PHONE|(718) 555 0124}}.`,

  `{{NAME|Marisol Quintero}} - 31+2 weeks, BP 152/98, urine P:C 0.42. To L&D at {{LOCATION|Parkland}}. Husband {{NAME|Efraín}}. EDD {{DATE|8 July 2024}}.`,

  `Re: {{NAME|Mehmet Ali Yıldırım}}, transferred from {{LOCATION|Acıbadem Maslak}}, {{LOCATION|İstanbul}}. Passport {{ID|U 08812344}}. Liver transplant {{DATE|March 2021}}; everolimus 1 mg BID.`,

  `Rounds
- {{NAME|Okonjo}}: sepsis, lines out
- {{NAME|Van Houten}}: GI bleed, scope today
- {{NAME|MacAskill}}: AKI, improving
- {{NAME|De la Cruz-Fuentes}}: new AF`,

  `Employee health: {{NAME|Santiago Pizarro}}, RN on 6 East, badge {{ID|ID-118402}}. Needle-stick {{DATE|5/14/24}} 02:00. Source pt labs sent.`,

  `Home health intake: {{LOCATION|RR 2 Box 118}}, {{LOCATION|Mud Lake}}, ID {{ZIP|83450}}. Pt {{NAME|Orval Pettingill}} is {{AGE|96}}; grandson {{NAME|Tanner}} lives on the property.`,

  `email from {{EMAIL|femi_adebayo1970@example.net}}: "pls doc my mum's legs are swelling again". Pt {{NAME|Adunni Adebayo}}, MRN {{MRN|A-2204 8817}}.`,

  `Pre-assessment: {{NAME|Eleftheria Konstantinou}}, 68 F, for hysterectomy {{DATE|June 3}}. STOP-BANG 5. Home CPAP serial {{DEVICE|22161844091}}.`,

  `Transfer from {{LOCATION|Baptist Memorial-Golden Triangle}} ({{LOCATION|Columbus}}, MS) accepted. Pt {{NAME|Clementine Fairley}}. Accepting Dr {{NAME|Obuya}}. Callback {{PHONE|662-555-0173}}.`,

  `{{NAME|Rukhsana}} (billing): resubmit for {{NAME|Tobias Achterberg}}, acct {{ACCOUNT|H0093-11827}}, DOS {{DATE|19-Jan-2024}}, BCBS {{HEALTH_PLAN|YXH882140915}}.`,

  `To whom it may concern: {{NAME|Xiadani Ortega}} was seen on {{DATE|the 2nd}} and may return to {{LOCATION|Cesar Chavez Academy}} on {{DATE|Thursday 3/7}} without restriction.`,

  `Transplant f/u: {{NAME|Narges Hosseini}}, tac 8.4, Cr 1.3. Biopsy at {{LOCATION|Cedars}} on {{DATE|5/20}}. Husband {{NAME|Dariush}} drives her.`,

  `app msg: "hi its {{NAME|crystal}} again, {{NAME|braxton}} threw up twice and wont drink" - reply {{NAME|Ofa Tuipulotu}} RN: to ED.`,

  `Mr {{NAME|Emrys Vaughan-Thomas}}, {{AGE|ninety-two}}, attended the falls clinic at {{LOCATION|Ysbyty Gwynedd}} on {{DATE|12 Mar}}. Timed up-and-go 24 s. Lives in {{LOCATION|Bethesda}} with wife {{NAME|Myfanwy}}.`,

  `{{NAME|Lor Xiong}}
{{NAME|Chue Thao}}
{{NAME|Kia Moua}}
- due flu shots, {{LOCATION|Frogtown}} health fair {{DATE|Saturday Oct 12}}.`,

  `Post-op call {{DATE|Wed 2/21}} - daughter {{NAME|Charmaine}} answered. Mr. {{NAME|Boudreaux}} doing ok, drain output 20 mL. Follow up at {{LOCATION|Touro}} in a week.`,

  `{{NAME|Ingrid Sørensen}}
labs only - TSH, ferritin. ordered by Dr {{NAME|Abernathy}}. Draw at {{LOCATION|LabCorp}} on {{LOCATION|Whitney Ave}}.`,

  `Pt {{NAME|Abdulwahab Haidari}}, 44, arrived via {{LOCATION|Fort Bliss}}. A# {{ID|A-208 117 493}}. LTBI - rifapentine/isoniazid weekly x12.`,

  `Cardiology phone: Mrs {{NAME|Pearline Gooding}} says her Apple Watch flagged AF (account {{EMAIL|pgooding.61@example.com}}). Already on rivaroxaban. Seen {{DATE|5/8}}.`,

  `{{NAME|GONZÁLEZ IRIARTE, MARÍA FERNANDA}}
Fecha de ingreso {{DATE|03/03/2024}}. Referida del {{LOCATION|Hospital Civil}} de {{LOCATION|Guadalajara}}. LES con nefritis clase IV.`,

  `Old records from {{LOCATION|Brigham}} reviewed for {{NAME|Philippa Grosvenor}}: 2017 echo normal; 2020 Holter benign. New referral to {{LOCATION|MGH}} EP.`,

  `Pt {{NAME|Ama Boateng}} (MRN {{MRN|BO-7720018}}) and her sister {{NAME|Akosua}} (MRN {{MRN|BO-7720019}}) both HbSC. Seen at {{LOCATION|Children's Mercy}}.`,

  `Moved from {{LOCATION|Pharr}} to {{LOCATION|Edinburg}} in {{DATE|February}}; new address {{LOCATION|1907 W Canton Rd}}, {{ZIP|78539}}. Pt {{NAME|Itzel Garza}}.`,

  `CCU sign-out: {{NAME|Eberhardt}}, 88, cardiogenic shock on dobutamine 5. Wife ({{NAME|Hannelore}}) at {{LOCATION|Ronald McDonald House}}, {{PHONE|402 555 0191}}.`,

  `{{NAME|B. K. Oduya}}, {{NAME|R. Sandoval}}, {{NAME|H. Nieminen}} - overdue pap smears, please call.`,

  `Referral from {{LOCATION|Heartland Hospice}}: {{NAME|Cleophus Mayweather}}, age {{AGE|96}}, ESRD off dialysis. RN {{NAME|Trudy Vance}} {{PHONE|(601) 555-0159}}, fax {{FAX|(601) 555-0160}}.`,

  `Pt {{NAME|Rosalba Chávez}} works at {{LOCATION|JBS}} beef plant in {{LOCATION|Greeley}}; needs note for HR ({{EMAIL|leave-admin@example-jbs.com}}). Trigger finger confirmed.`,

  `Radiation oncology: {{NAME|Siosaia Vainikolo}}, NPC, 33 fractions at {{LOCATION|MD Anderson}}. Start {{DATE|May 6}}. Mask ID {{ID|RT-MSK-20418}}.`,

  `{{NAME|Zainab Bibi}}, {{AGE|ninety-three}}, lives with son {{NAME|Tariq}} in {{LOCATION|Sparkbrook}} ({{ZIP|B11 1RG}}). Referred by {{LOCATION|Heartlands}} frailty team.`,

  `Crisis text: texter said she is "{{NAME|Lumi}}", 17, from {{LOCATION|Spokane}}. Safety plan done. Follow-up to {{PHONE|509-555-0117}} tomorrow.`,

  `DIABETES - {{NAME|Maka Tuilagi}} - Omnipod serial {{DEVICE|OP5-71XK204}}; data to {{URL|https://glooko.example.com/share/maka-t44}}. TIR 47%.`,

  `{{DATE|01/22/2024}}: Mr. {{NAME|Vusumuzi Dlamini}}'s driver's licence {{LICENSE|DL 772 045 118}} scanned; ID photo {{ID|IMG-PT-402217}} updated.`,

  `Dialysis: {{NAME|Horace Middlebrook}}, TTS 1st shift at {{LOCATION|Fresenius Southgate}}. Access R AVG. Ride by {{LOCATION|ModivCare}}; trip {{ID|MC-99120-7}}.`,

  `{{NAME|Abshir Farah}} - 5 yo - {{LOCATION|Riverside Plaza}}. Lead 9. Inspection at {{LOCATION|1525 S 4th St Apt 1102}}, {{LOCATION|Minneapolis}} {{ZIP|55454}}.`,

  `Pharmacy: {{NAME|Evangeline Ashworth-Mbeki}} on linezolid + sertraline. Called prescriber {{NAME|Dmitri Volkov}}, PA (lic {{LICENSE|PA-0017723}}). Sertraline held.`,

  `H&P {{DATE|5.3.24}}: {{NAME|Ollie Mae Pruitt}}, {{AGE|103}} years old, from {{LOCATION|Hattiesburg}}, with hypercalcemia. Great-grandson {{NAME|Jaylen}} at bedside.`,

  `Hi - {{NAME|Thandiwe}} here from {{LOCATION|Lurie}} cardiology. We saw {{NAME|Emiliano Rocha}} on {{DATE|12/1}}. Call {{PHONE|312-555-0102}} or pager {{PHONE|312-555-0988}}.`,

  `Fracture clinic, {{LOCATION|Royal Columbian}}, {{DATE|23 Feb 2024}}. Re: {{NAME|Katarzyna Wójcik}}, PHN {{HEALTH_PLAN|9012 448 215}}. R distal radius, cast off.`,

  `RT note: {{NAME|Chinonso Uzor}}, home vent serial {{DEVICE|TB2-0044-81723}}, PC 18/5. Supplier {{LOCATION|Lincare}}, {{PHONE|1 (800) 555-0110}}.`,

  `Pt {{NAME|Muthoni Gathoni}} (prefers {{NAME|Mumbi}}), 27, grad student at {{LOCATION|UW-Madison}}. Tension headaches.`,

  `{{NAME|Wiesław Kaczorowski}} brought in by workmate. Lives in {{LOCATION|Bridgeport}}, {{LOCATION|Chicago}}. Lac L forearm 5 cm, 7 sutures.`,

  `Signed, {{NAME|Kalani Akana}}, APRN
{{LOCATION|Kapiolani Medical Center}} | {{LOCATION|1319 Punahou St}} | {{LOCATION|Honolulu}}, HI {{ZIP|96826}}
{{EMAIL|kakana@kapiolani-example.org}} | {{PHONE|808.555.0146}}`,

  `Registration: SSN {{SSN|519-40-2278}} was entered as {{SSN|519-04-2278}} for {{NAME|Fidencio Arellano}}. Guarantor acct {{ACCOUNT|G-7720114}} merged into {{ACCOUNT|G-7720118}}.`,

  `Financial counselling: {{NAME|Percival Osgood}}, uninsured, account {{ACCOUNT|5510-0093-7741}}. Last four SSN {{SSN|3390}} verified. $75/mo plan.`,

  `RPM alert from {{IP|192.168.14.203}} (hub at pt home, {{LOCATION|Kettering}}): {{NAME|Zebulon Crane}}'s SpO2 84% overnight. Called at {{PHONE|937-555-0111}}.`,

  `Voiceprint ({{ID|VP-2208-4471}}) enrolled for {{NAME|Gaynell Starks}} for phone refills. Portal {{URL|https://portal.example-health.org/u/gstarks}}.`,

  `{{NAME|OKORO, CHUKWUEMEKA}} {{DATE|11/30/1951}} acct {{ACCOUNT|000772104481}} adm for syncope. Tele unremarkable. d/c home to {{LOCATION|Decatur}}.`,

  `{{NAME|Hope Sterling}}
BP 128/76. Doing well on lisinopril. Rtc 6 months.`,

  `{{NAME|Will Mason}}'s mother called: he is still wheezing. Advised albuterol 4 puffs q4h and review tomorrow.`,

  `{{NAME|Grace Fielding}} and {{NAME|Faith Fielding}}, twins, 8 mo, both with bronchiolitis. Grandmother {{NAME|Rose Baker}} is the contact.`,

  `Text from {{NAME|Summer}}: "can I bring {{NAME|Dakota}} in at 3?" Reply: yes, {{LOCATION|Eastside}} office.`,

  `Clinic list {{DATE|Fri 8 Mar}}:
09:00 {{NAME|Bill Carpenter}}
09:20 {{NAME|Page Whitlow}}
09:40 {{NAME|Sterling Banks}}
10:00 {{NAME|Dawn Foster}}`,

  `Vehicle: {{NAME|Orlando Beckwith}} drove himself here after the seizure (license plate {{VEHICLE|7KLM392}}, CA). DMV notified per policy; driver licence {{LICENSE|D5528193}}.`,

  `Tow receipt in pt belongings: VIN {{VEHICLE|1FTFW1E58MFA04417}}, owner {{NAME|Rodney Kimbrough}}. Pt unidentified on arrival, now identified by wife {{NAME|Leeann}}.`,

  `EMS run sheet: unit M14, pt {{NAME|Bertrand Lavallée}}, {{AGE|91}}y, from {{LOCATION|Résidence Les Jardins}}, {{LOCATION|Laval}}. Incident {{ID|2024-118-04472}}. Ambulance plate {{VEHICLE|FZX 4471}}.`,

  `Fingerprint template {{ID|FP-0093-LT-2}} on file for {{NAME|Ulrike Baumgartner}} (controlled-substance cabinet access). Badge {{ID|NRS-40917}}.`,

  `Iris scan ID {{ID|IRIS-44-7719-A}} linked to {{NAME|Nomvula Khumalo}} in the registration kiosk at {{LOCATION|Chris Hani Baragwanath}}, {{LOCATION|Soweto}}.`,

  `Derm photos for {{NAME|Tamsin Pengelly}} uploaded as {{ID|DSC_4418.JPG}} and {{ID|DSC_4419.JPG}} on {{DATE|17/05/24}}. Lesion R shin, ?BCC.`,

  `Lab interface error from host {{IP|10.44.201.17}} for specimen of {{NAME|Reinhold Dietz}} collected {{DATE|4/30/2024}} 06:12. Re-sent.`,

  `Telehealth session log: pt {{NAME|Farrukh Tashkentov}} joined from {{IP|2001:db8:4a1c::77}} at {{DATE|2024-05-02}} 10:03. Video fine.`,

  `PACS link for {{NAME|Colette Marchand}}: {{URL|https://pacs.example-radiology.net/study/1.2.840.44120.77}}. Outside CT from {{LOCATION|Lahey}}.`,

  `{{NAME|Kwame}}, call Mrs. {{NAME|Ofori}}'s daughter on {{PHONE|+44 20 7946 0318}} about the biopsy date.`,

  `Patient {{NAME|Nikolaos Stavridis}} ({{AGE|ninety}}) from {{LOCATION|Tarpon Springs}} reports chest pain since {{DATE|Easter Sunday}}.`,

  `Pt {{NAME|Antanas Jurgaitis}}, {{AGE|100}}, turned {{AGE|100}} on {{DATE|March 3}}. Party at {{LOCATION|St. Casimir's}} parish hall. Fit for travel.`,

  `{{NAME|Ruthie Blankenship}} is {{AGE|94}} years of age and lives at {{LOCATION|Shady Oaks}}. Moderate AS on echo. No intervention.`,

  `DOB {{DATE|2/29/1932}}; {{NAME|Wendeline Roche}} ({{AGE|92}}F). Admitted from {{LOCATION|Sacred Heart}} nursing home.`,

  `A {{AGE|ninety-eight}}-year-old woman, {{NAME|Adelina Russo}}, was reviewed on the morning of {{DATE|4 June}} at {{LOCATION|Villa Scalabrini}}.`,

  `Pt is {{AGE|97}} y/o, lives with her son {{NAME|Goran Petrović}} in {{LOCATION|Lemont}}. Presents with delirium, UA positive.`,

  `{{NAME|Taini Blackhorse}}, age: {{AGE|93}}, from {{LOCATION|Pine Ridge}}. Transport by {{LOCATION|Oglala Sioux Tribe}} EMS. Case mgr {{NAME|Wenona}}.`,

  `Our oldest patient, {{NAME|Shizue Okamoto}} ({{AGE|106}}), had cataract surgery at {{LOCATION|Kuakini}} on {{DATE|Jan 10}}. Niece {{NAME|Emiko}} drove.`,

  `MRN: {{MRN|000-4471-992}} | Encounter: {{ID|ENC24011887}} | {{NAME|Rasmussen, Bodil}} | Admit {{DATE|12 Jan}} | Ward 6B`,

  `UR No. {{MRN|771204}} {{NAME|PATEL, HEMA}} DOB {{DATE|04/05/1958}} - {{LOCATION|Royal Melbourne}}. Medicare {{HEALTH_PLAN|2953 71802 1-1}}.`,

  `CHI {{MRN|1205847731}}. {{NAME|Eilidh MacLeod}}, {{LOCATION|Ninewells}} ward 7. Discharged {{DATE|Sat 20 Jan}} to {{LOCATION|Broughty Ferry}}.`,

  `NHI {{MRN|ZAC4412}} - {{NAME|Rawiri Ngata}}, {{LOCATION|Gisborne}}. Gout flare, colchicine.`,

  `Medicaid ID {{HEALTH_PLAN|11-88420-77B}} inactive for {{NAME|Destiny Rollins}}. Please verify with {{LOCATION|Molina}} at {{PHONE|888-555-0140}}.`,

  `Aetna member {{HEALTH_PLAN|W 1882 0417 33}}, group {{HEALTH_PLAN|0087719-010}}. Subscriber {{NAME|Quentin Ashby}}; dependant {{NAME|Harper Ashby}}.`,

  `Tricare ID {{HEALTH_PLAN|1244 8819 07}} for SSgt {{NAME|Marcus Delgado}}'s wife {{NAME|Anneliese}}. Base: {{LOCATION|Fort Cavazos}}.`,

  `Invoice {{ACCOUNT|INV-2024-004471}} for {{NAME|Fenella Marchbanks}} disputed; see billing acct {{ACCOUNT|77-0041-2290}}.`,

  `Hearing aid s/n {{DEVICE|2214X8R}} (L) and {{DEVICE|2214X9R}} (R) for {{NAME|Lucien Arcand}}, fitted at {{LOCATION|Costco Hearing}} {{DATE|7/19/23}}.`,

  `Insulin pump serial #{{DEVICE|NG4-117-0932}} replaced under warranty for {{NAME|Kiri Pohatu}}; old pump returned via courier {{ID|1Z 88W 412 03 4471 220}}.`,

  `Cochlear implant, R, serial {{DEVICE|CI622-00918443}}. Pt {{NAME|Aurelio Bustamante}}, activation {{DATE|11 Oct}}.`,

  `Spinal cord stimulator IPG {{DEVICE|SC-1232 Y 448810}} for {{NAME|Glenda Hargrove}}. Programmer rep {{NAME|Troy}} {{PHONE|(405) 555-0127}} x 204.`,

  `Knee implant stickers: femoral {{DEVICE|LOT 5014472-08}}, tibial {{DEVICE|LOT 5014881-02}}. Pt {{NAME|Solveig Haugen}}, surgeon {{NAME|Iwu}}.`,

  `Prescriber: {{NAME|Nandini Rao}}, MD | NPI {{LICENSE|1467 3302 85}} | DEA {{LICENSE|FR2294417}} | {{LOCATION|Sunset Family Medicine}}, {{LOCATION|4120 W Sunset Blvd}}, {{LOCATION|Los Angeles}} {{ZIP|90029}}`,

  `GMC {{LICENSE|7044182}}
Dr {{NAME|Oluwafemi Adeleke-Ross}}
Consultant Geriatrician, {{LOCATION|Queen Elizabeth Hospital Birmingham}}`,

  `AHPRA {{LICENSE|MED0001882741}}. Dr {{NAME|Siobhan Kerrigan}}, {{LOCATION|Gold Coast University Hospital}}. Pt {{NAME|Jarrah Nolan}}, {{DATE|09/04/2024}}.`,

  `Nursing licence {{LICENSE|RN 2284771}} (MI) for float nurse {{NAME|Precious Mahlangu}} verified {{DATE|4/1}}.`,

  `SSN {{SSN|xxx-xx-6619}} on file (partial) and full {{SSN|618-44-6619}} on the old face sheet for {{NAME|Everett Dunlap}}. Shred the old copy.`,

  `Social: {{SSN|233 90 1176}}. {{NAME|Maybelle Coggins}}. {{LOCATION|Route 3}}, {{LOCATION|Bluefield}}, WV {{ZIP|24701-3318}}.`,

  `Fax to {{FAX|+1 905 555 0183}} attn Dr. {{NAME|Harjit Gill}}, {{LOCATION|Brampton Civic}}. Re: {{NAME|Simran Dhillon}}, echo result.`,

  `F: {{FAX|312.555.0190}} | T: {{PHONE|312.555.0191}} | {{LOCATION|Rush}} Neurology | Re: {{NAME|Wojciech Mazur}}`,

  `Please call Mrs. {{NAME|Apinya Srisuk}} at {{PHONE|555-0137}} ext. 12 (work) - her daughter {{NAME|Nok}} translates.`,

  `Tel {{PHONE|0161 496 0321}} or mobile {{PHONE|07700 900 417}} for {{NAME|Ffion Pritchard}}. GP {{LOCATION|Levenshulme Health Centre}}.`,

  `Contact (AU): {{PHONE|0491 570 156}}, {{EMAIL|t.nguyen.bao@example.com.au}}. Pt {{NAME|Nguyen Bao Tran}}, {{LOCATION|Cabramatta}}.`,

  `Sister's WhatsApp {{PHONE|+234 803 555 0192}}. Pt {{NAME|Obiageli Nwosu}} visiting from {{LOCATION|Enugu}}, here for 6 weeks.`,

  `Kiosk check-in from {{IP|172.16.8.41}}; pt {{NAME|Hamish Ogilvie}} DOB {{DATE|14.11.1966}} confirmed. Copay card on file.`,

  `Please ask {{NAME|Guadalupe}} in scheduling to rebook {{NAME|Esperanza Villalobos}} for {{DATE|Cinco de Mayo}}? Clinic closed {{DATE|Memorial Day}}.`,

  `Last seen in 2023? Chart shows {{DATE|Sept 2023}} at {{LOCATION|Hennepin Healthcare}}. {{NAME|Idil Abdullahi}} needs repeat HbA1c.`,

  `Discharge instructions given to {{NAME|Marguerite Thibodeaux}} and her partner {{NAME|Jolie}}. Appt {{DATE|Tuesday the 14th}} 10:30 at {{LOCATION|Lafayette General}}. Questions: {{EMAIL|nurse.line@lgh-example.org}}.`,

  `Student health: {{NAME|Kai Oyelowo-Brandt}}, {{LOCATION|Tulane}} sophomore, dorm {{LOCATION|Sharp Hall}} rm 412. Mono spot positive.`,

  `School nurse letter from {{LOCATION|Lincoln Elementary}}, {{LOCATION|Sioux Falls}}: {{NAME|Aiyana Redcloud}} (gr 3) had 2 seizures at school this month. Contact Mrs. {{NAME|Beaulieu}}.`,

  `Chaplain note: Pastor {{NAME|Abernathy}} of {{LOCATION|Greater Bethel AME}} visited {{NAME|Cornelius Pettway}}. Family requests no resus discussion until son {{NAME|Marcus}} arrives from {{LOCATION|Montgomery}}.`,

  `Dental: {{NAME|Zsófia Kovács}} - #30 fractured cusp. Crown prep {{DATE|5/22}}. Insurance Delta Dental {{HEALTH_PLAN|DD 4402918-01}}.`,

  `PT eval: {{NAME|Lemuel Pryor}}, s/p R TKA at {{LOCATION|HSS}}. ROM 5-95. Works at {{LOCATION|Costco}} in {{LOCATION|Secaucus}}.`,

  `Pt {{NAME|Wanza Gitau}}'s employer is {{LOCATION|Kenya Airways}}; travel letter to {{EMAIL|occhealth@example-kq.co.ke}}. Fit to fly.`,

  `Sister {{NAME|Mary Bernadette}} (religious name; legal {{NAME|Kathleen Duggan}}), {{AGE|90}}, from {{LOCATION|Mount St. Joseph Convent}}. Pneumonia, improving.`,

  `SBAR: S - Mr. {{NAME|Ivanov}} in 1204 is hypotensive 82/40. B - {{AGE|92}} y.o., urosepsis. A - likely septic. R - fluids, cultures, call Dr {{NAME|Oyelowo}}.`,

  `ICU handoff: {{NAME|Teodora Ilieva}}, 58, ARDS day 4, prone. Husband {{NAME|Stoyan}} in family room, {{PHONE|773-555-0129}}.`,

  `Med student note: pt ({{NAME|JT}}, initials only per policy) is a 45M. Admission {{DATE|6/1}}.`,

  `Allergy alert for {{NAME|T. M. Oyinlola}}: penicillin (anaphylaxis {{DATE|1998-07-04}}).`,

  `Called mr {{NAME|kaminski}} at home, no answer. left vm on {{PHONE|414 555 0186}}. will try tmrw {{DATE|10/3}}.`,

  `{{NAME|ALVAREZ-ZAMORA, LUIS A}}, {{LOCATION|Apt 4C, 2250 Grand Concourse}}, {{LOCATION|Bronx}} {{ZIP|10457}}. {{DATE|Feb-2024}} visit: asthma control good.`,

  `Address change: from {{LOCATION|PO Box 2281}}, {{LOCATION|Fairbanks}} to {{LOCATION|112 Chena Pump Rd}}, same city, {{ZIP|99709}}. Pt {{NAME|Nanouk Ahsoak}}.`,

  `Clinic at {{LOCATION|Lakeview Plaza, Suite 300}}, {{LOCATION|6020 Hwy 17}}, {{LOCATION|Mount Pleasant}} SC {{ZIP|29464}}. Pt {{NAME|Deacon Ravenel}} arrived late.`,

  `{{NAME|Ilse de Vries}} from {{LOCATION|Rotterdam}}, on holiday in {{LOCATION|Orlando}}; EHIC {{HEALTH_PLAN|80528 00112 3344 5567}}. Sprained ankle.`,

  `{{NAME|Sipho Mthembu}} was referred by {{LOCATION|Discovery Health}} case manager {{NAME|Lerato}} ({{EMAIL|lerato.m@example-discovery.co.za}}).`,

  `Court-ordered eval for {{NAME|Jaxon Pruett}}, case no. {{ID|CR-24-00418}}, {{LOCATION|Tulsa County}}. Interview {{DATE|4/15}}.`,

  `Research consent: participant {{ID|STUDY-0447-019}} ({{NAME|Ottoline Brassey}}). Consent signed {{DATE|06 Mar 2024}}. Genomic ID {{ID|GX-88A1-0047}}.`,

  `Discharge to {{LOCATION|Elmhurst Care Center}}; report called to Nurse {{NAME|Ofelia}} at {{PHONE|(718) 555 0155}}. Pt {{NAME|Shlomo Katz}}, {{AGE|95}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Graves' disease on methimazole 10 mg daily; TRAb falling. Beta blocker stopped. Recheck TFTs in 6 weeks.`,
  `Hashimoto's thyroiditis, TSH 7.8 mIU/L, free T4 normal. Started levothyroxine 50 mcg (Synthroid).`,
  `Crohn's disease of the terminal ileum, Harvey-Bradshaw index 9. Stelara 90 mg every 8 weeks; calprotectin 420.`,
  `Seen by Cardiology and Interventional Radiology; Stanford type B dissection managed medically with labetalol.`,
  `Trousseau's sign positive, QTc 490 ms. Calcium gluconate 10 mL of 10% IV over 10 minutes.`,
  `Parkinson's disease, Hoehn and Yahr stage 2. Sinemet 25/100 TID; Azilect 1 mg added. MDS-UPDRS part III 28.`,
  `A 74-year-old with Alzheimer's dementia, MoCA 14/30, on donepezil (Aricept) 10 mg and memantine (Namenda) 10 mg BID.`,
  `Wells score 1, D-dimer 0.32 mg/L FEU. PE excluded. PERC rule not applied because age over 50.`,
  `Ozempic 0.5 mg weekly, Farxiga 10 mg, Januvia stopped. HbA1c 7.4% from 8.9% in 2022.`,
  `Brugada pattern type 1 after ajmaline challenge. ICD not indicated; avoid drugs on the Brugada list.`,
  `Babinski sign upgoing on the left, Romberg positive. MRI brain with gadolinium; Neurology will see in Stroke Clinic.`,
  `Charcot foot, Eichenholtz stage I. Total contact cast; offloading boot after 8 weeks. HbA1c 8.2%.`,
  `Glasgow Coma Scale 13 (E3 V4 M6). CT head per Canadian CT Head Rule: no bleed. Observation in the Clinical Decision Unit.`,
  `Kernig and Brudzinski signs negative. Lumbar puncture: opening pressure 18 cm H2O, WBC 3, protein 0.4 g/L.`,
  `Tanner stage 3. Bone age 12 years by Greulich and Pyle. Growth velocity 6 cm/year. Watchful waiting.`,
  `Apixaban (Eliquis) 2.5 mg BID because age 82 and weight 58 kg. Creatinine 1.3 mg/dL. HAS-BLED 2.`,
  `Raynaud phenomenon with digital pitting; Scl-70 positive. Nifedipine XL 30 mg. PFTs yearly; DLCO 71%.`,
  `Tinel and Phalen tests positive bilaterally. Nerve conduction: median motor latency 5.1 ms. Carpal tunnel release discussed with Hand Surgery.`,
  `MELD-Na 21, Child-Pugh B8. Rifaximin 550 mg BID and lactulose titrated to 3 stools daily. West Haven grade 1.`,
  `Bishop score 8 at 40+5 weeks. Oxytocin started at 2 mU/min. Group B Strep negative.`,
  `Horner syndrome on the right: ptosis, miosis, anhidrosis. CT angiogram of the neck to exclude carotid dissection.`,
  `Duke criteria: 1 major, 2 minor. TEE shows 9 mm vegetation on the mitral valve. Ceftriaxone and vancomycin per ID.`,
  `Paget's disease of bone, ALP 410 U/L. Zoledronic acid 5 mg IV once. Vitamin D 2000 IU daily.`,
  `Epworth Sleepiness Scale 16. AHI 38 on polysomnography. CPAP 10 cm H2O; ResMed mask fitted.`,
  `Hirschsprung disease repaired in infancy in 1998; now 26 and well. Annual review in the Adult Congenital Clinic.`,
  `PHQ-9 score 17, GAD-7 12. Sertraline (Zoloft) 50 mg, CBT referral to Behavioral Health. No suicidal ideation.`,
  `Gleason 3+4=7, PSA 8.1 ng/mL, PI-RADS 4. Active surveillance not advised; Urology and Radiation Oncology to discuss.`,
  `Murphy's sign positive; ultrasound shows gallbladder wall 5 mm with pericholecystic fluid. Tokyo Guidelines grade I.`,
  `Lachman and anterior drawer positive, McMurray negative. MRI: complete ACL tear. Sports Medicine follow-up.`,
  `Addisonian crisis excluded; random cortisol 612 nmol/L. Fludrocortisone not needed. Sodium 138, potassium 4.1.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter6', '/tmp/deid-ood-letters6.jsonl');
