/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), twelfth session: short clinician texts (referral
 * letters, portal messages, discharge and transfer snippets, insurance, billing and prior-authorisation notes, lab and
 * imaging requisitions, texts and pages between clinicians, all-lowercase chat messages, pharmacy, home-health, EMS,
 * device-clinic, occupational-health and registration notes) with PHI of all 18 Safe Harbor kinds, US-heavy with UK,
 * Irish, Canadian, Australian, New Zealand, South African, Indian, Ghanaian, Filipino and other ones, plus PHI-free
 * texts. Written by hand by engineer author on 2026-12-04 (twelfth session), before that session's deid changes were
 * merged, and never run for scores by its author. It is scored by the lead only; never tune rules, lists or models to
 * its texts, and do not read its misses text by text.
 * It deliberately varies: names with no cue word (alone on a line, in lists, in signatures, in lowercase or all caps,
 * surname first, initials only, hyphenated, with particles, English-word names, of Hmong, Somali, Tamil, Telugu,
 * Malayalam, Tagalog, Samoan, Tongan, Maori, Zulu, Xhosa, Akan, Hausa, Amharic, Tigrinya, Turkish, Kurdish, Persian,
 * Pashto, Ukrainian, Lithuanian, Hungarian, Finnish, Greek, Portuguese, Dutch, Irish, Korean, Burmese, Khmer,
 * Haitian and Inuit origin), nicknames and relatives, hospitals, clinics, pharmacies, labs, employers, schools,
 * nursing homes and churches with and without a facility word, neighbourhoods, towns and counties, street, unit,
 * rural-route and PO box addresses, ZIPs and postcodes, ages over 89 in many wordings, dates in many formats, phones and
 * faxes, e-mails, URLs, IPv4 and IPv6 addresses, MRN, account, claim, plan, member, licence, NPI, DEA, device,
 * serial, lot, UDI, VIN and plate numbers, biometric and photo identifiers, and SSNs, in shapes with letters, dashes,
 * dots, slashes, spaces and prefixes and with weak cue words or none (a payer name then a number).
 * Every name, address and number is invented; institution names may be the public names of real hospitals, as
 * organisations only.
 * Format as deid-ood-letters7.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US states, provinces and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them); ages of 89 and under are not marked.
 * Ages: an AGE span is one stated exact age over 89, only its number or number word ("a {{AGE|96}}-year-old", "aged
 * {{AGE|92}}", "{{AGE|90}} y/o", "{{AGE|ninety-seven}}"); a decade or range that names no single age ("in his 90s",
 * "nonagenarian", "over 90", "90+") is not marked. NPI and DEA numbers are typed LICENSE, biometric and photo
 * identifiers ID. Before writing, the script checks every gold span against the string marked for it, and that no
 * marked string also occurs unmarked in the same text (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, drugs (generic and brand), doses, scores, scales, ages under 90, bare years, units,
 * lab values shaped like identifiers, capitalised clinical words and ward or unit names, which must stay.
 *   node --import tsx scripts/deid-ood-letters8.ts [--out /tmp/deid-ood-letters8.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters8.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Pa Houa Xiong}}
{{DATE|2025-01-14}}
Seen for thyroid nodule, TI-RADS 3, 1.4 cm. Repeat US in 1 year. Husband {{NAME|Tou Vang}} drove her from {{LOCATION|Frogtown}}, St Paul, MN {{ZIP|55104}}.`,

  `Dear Dr {{NAME|Warsame}},
Many thanks for seeing {{NAME|Hodan Abdirahman Farah}}, 34, a cashier at {{LOCATION|Cub Foods Lake Street}}, with three months of epigastric pain despite omeprazole. H. pylori stool antigen negative. Address {{LOCATION|2419 Cedar Ave S Apt 208}}, {{LOCATION|Minneapolis}} {{ZIP|55404}}. Mobile {{PHONE|(612) 555-0193}}.
Yours,
{{NAME|Colm Fitzmaurice-Adair}}, MB BCh`,

  `hey its {{NAME|thulani}} from the ward, mr {{NAME|dlamini}} in bed 9 spiked 38.9, cultures sent. can u review? wife {{NAME|nomvula}} is asking for u`,

  `DISCHARGE SUMMARY
Patient: {{NAME|KARLSSON-MWALE, INGRID}}   Unit No. {{MRN|RX 448 2190}}
Admitted {{DATE|03.02.2025}}   Discharged {{DATE|09.02.2025}}
Dx: community-acquired pneumonia, CURB-65 2. Amoxicillin 1 g TDS to complete 5 days. GP: Dr {{NAME|Oyelowo}}, {{LOCATION|Brockley Road Surgery}}.`,

  `{{NAME|Ferenc Halász}}, {{AGE|93}} y/o M, found on floor by neighbour, CK 2,840. Niece {{NAME|Réka}} coming from {{LOCATION|Skokie}}. Plan IV fluids, PT eval.`,

  `MyChart message from {{NAME|Leilani Fonoti}}:
"Hi doctor, my sugars have been 250s since {{DATE|Sunday}}. I ran out of Lantus and the pharmacy on {{LOCATION|Kalihi Street}} said the insurance expired. Can you call me at {{PHONE|808-555-0164}}?"`,

  `Pastor {{NAME|Jean-Robert Pierre-Louis}} phoned for {{NAME|Marie-Ange Désir}}, {{AGE|97}}, who attends {{LOCATION|Église Baptiste Bethel}} in {{LOCATION|North Miami}}. She has stopped eating since her fall.`,

  `MRI LUMBAR SPINE
Pt: {{NAME|PAPADOPOULOS, STAVROS}}   DOB: {{DATE|1958/11/03}}   Accession {{ID|MR25-0441927}}
Findings: L4-5 broad-based disc bulge with moderate canal stenosis. No cord signal change.`,

  `{{NAME|Sione Taufa}} and {{NAME|Mele Taufa}} brought {{NAME|Viliami}}, 4, with wheeze. Daycare: {{LOCATION|Little Acorns Learning Center}}. SpO2 94%, salbutamol x3. Grandma's phone {{PHONE|650 555 0128}}.`,

  `{{NAME|Raghunathan, Lakshmi}}   MRN {{MRN|07-3318-6642}}   Bed 14B`,

  `Phone note {{DATE|02/12/25}} 09:40. {{NAME|Ayaan Chaudhry}} (grandson) re {{NAME|Zubeida Begum}}, {{AGE|ninety-one}}: confused since last night, not passing urine. Lives {{LOCATION|Sparkbrook}}, {{ZIP|B11 4RJ}}. Advised 999.`,

  `Referral: {{NAME|Tatum Longhorn}}, 29, from {{LOCATION|Pine Ridge}}, SD, to {{LOCATION|Monument Health Rapid City Hospital}} rheumatology. ESR 64, RF positive. Contact aunt {{NAME|Verna Two Bulls}} {{PHONE|605-555-0102}}.`,

  `Chaplaincy: {{NAME|Ikaika Kealoha}} asked for a kahu before his amputation. Family attends {{LOCATION|Kawaiahao Church}}.`,

  `{{NAME|Mamani Choque, Eusebia}}
{{AGE|94}} años. Interpreter (Aymara) by video. Seen {{DATE|21/01/2025}} at {{LOCATION|Clínica Familiar San Lucas}}. Cataract referral. Granddaughter {{NAME|Yessica}} accompanies.`,

  `HOLTER: {{NAME|Davit Grigoryan}}  {{DATE|Jan 8 2025}}  AF burden 22%. Ref Dr {{NAME|Sarkissian-Boyd}}. Study {{ID|HOL-70214-C}}. Results faxed {{FAX|626-555-0199}}.`,

  `{{NAME|levan kapanadze}} 61m, copd, wants inhaler refill, says daughter {{NAME|ketevan}} picks up. sats 92 ra.`,

  `Hi {{NAME|Priyanka}} - can you add {{NAME|Mohammed Al-Rashidi}} to tomorrow's list? Bed 6, Ward 22... sorry, Bay 3. Thx {{NAME|Gav}}`,

  `INSURANCE VERIFICATION
Member: {{NAME|ONYEKACHI NWOSU}}
Payer: Aetna Better Health {{HEALTH_PLAN|W118 0442 917}}
Group {{ACCOUNT|0086412-11}}   Eff. {{DATE|01/01/2025}}
Subscriber SSN on file: {{SSN|529-41-7730}}`,

  `Lab requisition — {{LOCATION|Quest Diagnostics Tustin}}
Patient {{NAME|Huynh, Bao Tran}}  DOB {{DATE|7/19/1972}}
Ordering: {{NAME|Elena Castellanos-Ruiz}}, NP  NPI {{LICENSE|1487 330 925}}
Tests: lipid panel, HbA1c, TSH. Bill to Blue Shield {{HEALTH_PLAN|XEH 904 22781}}.`,

  `page from 4W: pt {{NAME|Odhiambo}} rm 4118 BP 84/50 after lasix, pls call {{PHONE|617-555-0148}}`,

  `{{NAME|Aroha Te Whata}}
NHI {{ID|QRT 6610}}
Seen {{DATE|4 Feb 2025}} at {{LOCATION|Ōtara Family and Christian Health Centre}}. Gestational diabetes, metformin 500 mg BD.`,

  `To: {{EMAIL|intake@wellspringortho.example.com}}
From: {{NAME|Brigid O'Sullivan}} <{{EMAIL|brigid.osullivan@example.ie}}>
Re: my mother {{NAME|Nora O'Sullivan}}, born {{DATE|3 March 1933}}
She fell at {{LOCATION|St Gabriel's Nursing Home}} in {{LOCATION|Raheny}} and the x-ray showed a hip fracture. Please advise.`,

  `EMS run sheet: {{AGE|90}}F from {{LOCATION|1150 Old Mill Rd}}, {{LOCATION|Cullowhee}}, NC {{ZIP|28723}}. Husband drove her car, plate {{VEHICLE|NC HKT-4410}}, behind the ambulance. GCS 14, BG 62, given D10.`,

  `{{NAME|Yirga}} - {{NAME|Tsegaye Wolde}} ok for d/c? PT cleared. taxi booked to {{LOCATION|Columbia Heights}}.`,

  `Device clinic: {{NAME|Rasmussen, Gunnar}}. Medtronic Azure pacemaker SN {{DEVICE|RNB402913S}}, RV lead {{DEVICE|5076-52 PJN7719384}}. Battery 9.1 years. Remote monitor IP {{IP|10.44.182.7}}.`,

  `Claim denied: {{NAME|Felicia Oduya-Brandt}}, DOS {{DATE|12/30/2024}}, claim {{ACCOUNT|CLM-2025-00841176}}. UnitedHealthcare member {{HEALTH_PLAN|917 448 203-01}}. Resubmit with modifier 25.`,

  `Dear {{NAME|Kwabena}},
Thanks for the referral of {{NAME|Abena Ofori-Atta}} (DOB {{DATE|02/05/1988}}) to the sickle cell clinic at {{LOCATION|Korle Bu}}. We will see her on {{DATE|the 17th}}.
{{NAME|Efua Asante}}`,

  `{{NAME|MIKKELSEN}}
{{NAME|ABERNATHY}}
{{NAME|QUARSHIE}}
- all three for Dexa today, {{LOCATION|Imaging Suite B at Fairview Ridges}}`,

  `wound care nurse visit {{DATE|1/22}}. {{NAME|hollis pruitt}}, {{AGE|92}}, stage 3 sacral ulcer 3x2 cm. lives w/ son {{NAME|dale}} on {{LOCATION|rr 2 box 118}}, {{LOCATION|possum trot}}, ky.`,

  `Pharmacy: {{NAME|Babajide Oyinlola}} picking up warfarin 5 mg. INR 2.6 on {{DATE|Feb 3}}. Rx {{ID|RX 7719042}}. {{LOCATION|Walgreens #10442}}, {{LOCATION|Decatur}}.`,

  `Transfer: {{NAME|Agnieszka Wróblewska-Hart}} from {{LOCATION|Mercy Hospital Cadillac}} to {{LOCATION|Corewell Health Butterworth}} for ERCP. Chart {{MRN|MCH00448190}}. Sending RN {{NAME|Darcy}} {{PHONE|231.555.0146}}.`,

  `Prior auth request
Patient: {{NAME|Dariusz Kowalczyk}}  DOB {{DATE|30-Jun-1967}}
Plan: Highmark BCBS, member ID {{HEALTH_PLAN|YPB883104522}}
Drug: adalimumab 40 mg q2w for psoriatic arthritis, failed methotrexate.
Prescriber {{NAME|Imani Whitfield}}, MD, DEA {{LICENSE|BW4418027}}, fax {{FAX|412-555-0187}}`,

  `{{NAME|Chaska Redcloud}} 52 F, here with partner {{NAME|June}}. A1c 9.4. Works at {{LOCATION|Prairie Knights Casino}}. Next visit {{DATE|March 11}}.`,

  `text from Dr {{NAME|Banerjee}}: "{{NAME|Rekha}} the post-op in 12 has Hb 71, transfuse 1 unit, I'm in theatre till 4"`,

  `Occupational health — {{LOCATION|Tyson Foods Amarillo}}
Employee {{NAME|Kham Phommavong}}, badge {{ID|TF-AM 22918}}
Laceration L index finger {{DATE|2/6/25}}, 2 sutures. Return to light duty.`,

  `Home health: {{NAME|Ruthanne Gebhardt}} is {{AGE|99}} today! Vitals stable, BP 128/70. Daughter-in-law {{NAME|Connie}} asks for bath aide. {{LOCATION|412 Maple Hollow Ln}}, {{LOCATION|Hershey}}, PA {{ZIP|17033}}.`,

  `{{NAME|Ng, Wing-Yee Agnes}}
HKID {{ID|K552018(4)}}
Seen at {{LOCATION|Queen Mary Hospital}} {{DATE|15/1/2025}}. Nasopharyngeal carcinoma follow-up; EBV DNA undetectable.`,

  `Billing note: pt {{NAME|Henrietta Ashdown}} called about invoice {{ACCOUNT|INV 0028-77415}}; she was charged twice for the {{DATE|Dec 19}} visit. Card ending 4471 refunded. Call back {{PHONE|+1 (503) 555-0115}}.`,

  `{{NAME|Oluwaseyi}} pls can you bleep me when Mrs {{NAME|Adebanjo-Harte}}'s K comes back - bleep 6120`,

  `Dear Colleague,
Re: {{NAME|Siddharth Venkataraman}}, DOB {{DATE|11/09/1979}}, {{LOCATION|44 Ranelagh Road}}, {{LOCATION|Ipswich}} {{ZIP|IP2 0AD}}
NHS No. {{ID|486 221 9073}}
Thank you for seeing this man with resistant hypertension (BP 172/104 on three agents).
Dr {{NAME|Harriet Quennell}}`,

  `{{NAME|tran van minh}} 77m ckd4, egfr 21. pls book fistula assessment at {{LOCATION|kaiser san jose}}. son {{NAME|tuan}} {{PHONE|408 555 0170}}`,

  `Vaccine record: {{NAME|Elif Yıldırım}}, {{DATE|10 Jan 2025}}, Shingrix dose 2, lot {{DEVICE|K7H4T}}, left deltoid. Given by Nurse {{NAME|Sorensen}}.`,

  `Discharge to {{LOCATION|Brookdale Senior Living Gig Harbor}}
{{NAME|Walter Ostrowski}}, {{AGE|95}}, after CHF exacerbation. Furosemide 40 mg daily, weigh daily. Facility fax {{FAX|253.555.0133}}.`,

  `From {{EMAIL|lfonseca.familia@example.com.br}}: "Dr, my father {{NAME|Joaquim Fonseca}} is visiting from {{LOCATION|Belo Horizonte}} and his feet are very swollen after the flight yesterday."`,

  `{{NAME|Gulnara Sadykova}}
{{NAME|Ilkhom Sadykov}}
Couple, both for flu shots. Interpreter Uzbek. Address {{LOCATION|3320 Ocean Pkwy Apt 5F}}, {{LOCATION|Brooklyn}} {{ZIP|11235}}.`,

  `Pathology requisition
Specimen {{ID|S25-01877}}  Pt {{NAME|Okonkwo, Chidimma}}  MRN {{MRN|M0091-4471-2}}
Source: endometrial biopsy. Clinical: PMB, ET 9 mm. Collected {{DATE|2025-02-04 10:15}}.`,

  `hi its {{NAME|marisol}} from front desk, mr {{NAME|yeboah}} is here for his 2pm but he says his ride left. can someone call his son {{NAME|kofi}} at {{PHONE|2675550182}}`,

  `{{NAME|Ahmad Shah Popalzai}}, 40, interpreter Pashto, arrived {{DATE|Nov 2024}} from {{LOCATION|Kandahar}}. Latent TB, IGRA positive. Case worker {{NAME|Leah Bronstein}} at {{LOCATION|IRC Sacramento}}.`,

  `Rx label: {{NAME|MAKOA, KEONI}}  Rx# {{ID|0448217-06}}  lisinopril 10 mg  Dr {{NAME|P. Lindqvist}}  Filled {{DATE|02/01/25}}  {{LOCATION|Longs Drugs Hilo}}`,

  `Consult: {{NAME|Bezawit Haile}} — {{AGE|90}} tomorrow — admitted with hip fracture. Son {{NAME|Dawit}} is POA. Prefers Amharic.`,

  `REGISTRATION
Name: {{NAME|Cuthbert, Isadora J.}}
Address: {{LOCATION|PO Box 772}}, {{LOCATION|Ely}}, NV {{ZIP|89301}}
Home {{PHONE|775-555-0107}}   Work {{PHONE|775-555-0156}}
Medicare {{HEALTH_PLAN|4TW7-JK2-MP81}}
Emergency contact: {{NAME|Lorne Cuthbert}}`,

  `{{NAME|Kealani}} — the CT for {{NAME|Pomaikai Kahale}} is on PACS, acc {{ID|CT0088214}}. looks like SBO. surgery aware`,

  `Letter to school: {{NAME|Amara Nwachukwu-Lindgren}} (DOB {{DATE|08/22/2014}}) may use her inhaler in class at {{LOCATION|Hawthorne Middle School}}. Dr {{NAME|Tobiah Ferreira}}, {{LOCATION|Bayside Pediatrics}}.`,

  `CPAP download: {{NAME|Zoltan Varga}}. ResMed AirSense 11 SN {{DEVICE|23241187654}}. AHI 3.1, usage 6.4 h. Modem IP {{IP|192.168.41.203}}.`,

  `{{NAME|Kaufusi}} wants to know if {{NAME|Lupe}} can go home on the oral abx. CRP down to 38.`,

  `Sick note: {{NAME|Ruairí Ó Dálaigh}} was unfit for work {{DATE|27/01/2025}} to {{DATE|02/02/2025}}, gastroenteritis. {{LOCATION|Clonakilty Medical Centre}}. Dr {{NAME|Siobhán Ní Bhriain}}, IMC {{LICENSE|418872}}.`,

  `AMBULANCE HANDOVER: {{AGE|ninety-six}}-year-old woman from {{LOCATION|Rosewood Care Home}}, {{LOCATION|Harrogate}}. Fall, shortened rotated L leg. Known as {{NAME|Peggy}} ({{NAME|Margaret Threlkeld}}).`,

  `{{NAME|Shwe Zin Htet}} 33F G2P1 at 28 wks, GTT 1-h 182. booked at {{LOCATION|Highland Hospital}}. husband {{NAME|Kyaw Min Oo}}. wa: {{PHONE|510 555 0162}}`,

  `Patient portal: "This is {{NAME|Gideon Abernethy-Cole}}. I got a bill from {{LOCATION|Summit Radiology}} for account {{ACCOUNT|SR-4471092}} but my insurer says it was covered. Can someone help?"`,

  `{{NAME|Sokha Chhim}}, 58, Khmer interpreter, from {{LOCATION|Lowell}}, MA. Hep B surface Ag positive, DNA 2,100 IU/mL. Refer {{LOCATION|Lowell Community Health Center}} hepatology.`,

  `Dear Dr {{NAME|Mthembu}},
Please see {{NAME|Sipho Ndlovu}}, ID {{ID|7904125883081}}, with haemoptysis and weight loss. Lives {{LOCATION|Soweto}}, Zone 4. Medical aid Discovery {{HEALTH_PLAN|DH 400188327}}.
Regards, {{NAME|Anneliese van der Merwe}}`,

  `ED triage 03:12 — {{NAME|Branimir Kovačević}}, 44, MVC, restrained driver. Vehicle {{VEHICLE|2019 Subaru Outback VIN 4S4BSANC7K3301184}}. Plate {{VEHICLE|OR 882 LMW}}. GCS 15, seatbelt sign.`,

  `{{NAME|Ekow}}: {{NAME|Nana Yaa Boateng}} had her ECV this am, unsuccessful, for ELCS {{DATE|Tue 18 Feb}}. {{NAME|Esi}}`,

  `Message to Dr. {{NAME|Kaczmarek}}'s inbox from {{NAME|Thandiwe Mokoena}}: "I am {{AGE|91}} and cannot do the stairs at {{LOCATION|Riverside Physicians}} anymore. Can I have a phone visit instead?"`,

  `HEARING AID FITTING
{{NAME|Lauritz Sandberg}}  DOB {{DATE|05.08.1940}}
Phonak Audéo L90 L: SN {{DEVICE|2318X0M4K}}  R: SN {{DEVICE|2318X0M4P}}
Audiologist {{NAME|Camille Dufresne}}, AuD, lic. {{LICENSE|AU-44182}}`,

  `{{NAME|Rahel Tesfamariam}}
{{NAME|Yonas Tesfamariam}}
both from {{LOCATION|Asmara}}, arrived via {{LOCATION|Kakuma}}. Refugee health screen {{DATE|Feb 5}}. Alien no. {{ID|A 214 880 731}}.`,

  `PT eval: {{NAME|Bjorn Halvorsen}}, {{AGE|98}}, s/p L TKA, walking 20 ft with FWW. Lives alone, {{LOCATION|Decorah}}, IA. Neighbour {{NAME|Arlene Stumme}} checks in.`,

  `Hi team, reminder that {{NAME|Jasmine Okafor-Whyte}} (locum) covers clinic {{DATE|Friday 21st}}. Pager {{PHONE|555-0129}}. {{NAME|Marcus}}`,

  `WORKERS COMP
Claimant {{NAME|Esteban Arellano Ruiz}}  SSN {{SSN|614 22 9081}}
Employer {{LOCATION|Granite Rock Quarry}}, {{LOCATION|Watsonville}}
Claim {{ACCOUNT|WC-25-118470}}  DOI {{DATE|01/09/2025}}
Lumbar strain; modified duty 2 weeks.`,

  `re: {{NAME|Hamid}} - GFR 38 so halve the gabapentin. I told {{NAME|Shirin Moradi}} (his wife) by phone {{PHONE|(818) 555-0141}}`,

  `Outside records from {{URL|https://portal.example-northshore.org/records/884120}}
Pt {{NAME|Casimir Dąbrowski}}, {{AGE|92}}, of {{LOCATION|Niles}}, IL. Acct {{ACCOUNT|NS-0044-71189}}.`,

  `{{NAME|Fiifi Quaicoe}} needs his inhaler tech reviewed. works nights at {{LOCATION|O'Hare}} cargo. next appt {{DATE|3/4}}`,

  `Dentist letter: {{NAME|Saoirse Kavanagh}}, 8, extraction of 74 and 84 under GA at {{LOCATION|Temple Street}}. Mum {{NAME|Aoife}} consents. Ph {{PHONE|087 555 2214}}.`,

  `INR clinic: {{NAME|Agustín Benítez}} INR 4.8, hold 1 dose. Coaguchek XS SN {{DEVICE|UQ0441872}}. Next check {{DATE|2-14-25}}.`,

  `To whom it may concern,
{{NAME|Mohan Lal Agarwal}}, aged {{AGE|94}}, resident of {{LOCATION|Sector 21}}, {{LOCATION|Chandigarh}} {{ZIP|160022}}, is unfit to travel owing to heart failure (EF 25%).
Dr {{NAME|Navdeep Grewal}}, Reg. No. {{LICENSE|PMC-33180}}`,

  `{{NAME|Tupac Huamán}} pt of Dr {{NAME|Villacorta}}? cant find him on the list. DOB {{DATE|11-2-61}}`,

  `insurance call log: spoke w/ {{NAME|Brenda}} at Cigna, ref {{ID|CX-92-44107}}. pt {{NAME|Lamont Greer}} plan {{HEALTH_PLAN|U4418 20391}} covers sleep study. auth {{ID|AUTH 8822019}}.`,

  `Patient {{NAME|Keziah Amankwah-Ross}} asks that results go to {{EMAIL|keziah.ar@example.co.uk}} not the old address. Updated {{DATE|06/02/2025}} by {{NAME|TM}}.`,

  `Telehealth connection log: {{NAME|Ignatius Mbeki}}, session from IP {{IP|2001:db8:4a1:77::2c}}, {{DATE|2025-02-07 14:02}}. Audio only.`,

  `{{NAME|Brannigan}}, {{NAME|Okeke}}, {{NAME|Sørlie}}, {{NAME|Whitlock}} - bloods due 6am`,

  `Discharge instructions for {{NAME|Aziz Karimov}}: take apixaban 5 mg twice daily. Call {{LOCATION|Valley Anticoagulation Service}} on {{PHONE|509-555-0190}}. Follow-up {{DATE|February 19, 2025}}.`,

  `Wound photo uploaded: {{ID|IMG_20250203_114522.jpg}} for {{NAME|Gertrude Kilbride}}, {{AGE|100}}, heel ulcer. Consent by daughter {{NAME|Maureen}}.`,

  `{{NAME|dimitra}} can u swap my sat shift? {{NAME|kostas}} is sick. also mrs {{NAME|alexiou}} in 8 needs her insulin checked`,

  `Lab: {{NAME|FAKATAVA, SIOSAIA}}  Acc# {{ID|24L-991722}}  Collected {{DATE|02/05/2025 07:30}}
Hb 92 g/L, MCV 68 fL, ferritin 6 ug/L. Requested by Dr {{NAME|Tuilagi}}, {{LOCATION|Middlemore Hospital}}.`,

  `{{NAME|Wiremu}} here - just seen {{NAME|Hemi Parata}} at {{LOCATION|Kaitaia}} clinic, cellulitis L leg, started fluclox. Will review {{DATE|Mon}}.`,

  `Refill request by fax from {{LOCATION|Rite Aid 04418 Camden}} ({{FAX|856-555-0174}}): {{NAME|Lucinda Marchetti}}, atorvastatin 40 mg, #90.`,

  `Consent witness: {{NAME|Habibullah Noori}}. Patient {{NAME|Farzana Noori}}, 27, for C-section. Interpreter Dari, {{NAME|Mina Rahimi}} ID {{ID|INT-0447}}.`,

  `Dr {{NAME|Abeywickrama}} - the {{AGE|93}}yo in resus is DNACPR per daughter, paperwork from {{LOCATION|Sunnybank Lodge}} with ambulance.`,

  `SOCIAL WORK
{{NAME|Marguerite Dufour-Lapointe}} lives alone in {{LOCATION|Rosemont}}, Montréal. RAMQ {{HEALTH_PLAN|DUFM 4411 2918}}. CLSC worker {{NAME|Josée Beaulieu}} {{PHONE|514 555-0138}}.`,

  `{{NAME|Kaveh}} can you check the vanc level for {{NAME|Laleh Esfandiari}}? trough was 24 this am`,

  `PCP letter: {{NAME|Obadiah Lytle}}, born {{DATE|April 2, 1931}} ({{AGE|93}}), of {{LOCATION|Hazard}}, KY, seen for syncope. Holter normal. Grandson {{NAME|Tyler Lytle}} drives.`,

  `{{NAME|Miyamoto Kenji}} 71M, Parkinson's, H&Y 3. wife {{NAME|Miyamoto Sachiko}} reports freezing. Sinemet 25/100 QID. {{LOCATION|Torrance Memorial}} neuro f/u {{DATE|4/8}}.`,

  `Referral from {{LOCATION|Penrith Family Practice}}, {{LOCATION|Penrith}} NSW {{ZIP|2750}}
Re: {{NAME|Jarrah Collins}}, Medicare {{HEALTH_PLAN|2951 44718 2}}, DOB {{DATE|14/07/1996}}
Query coeliac, tTG 112 U/mL. Ph {{PHONE|0412 555 781}}.`,

  `{{NAME|bongani}} pls chase the ct report for {{NAME|zanele khumalo}}, she's waiting in bay 2`,

  `Pharmacist note: {{NAME|Ofelia Sandoval}}'s Humira lot {{DEVICE|LOT 1128476}} recalled; replacement shipped to {{LOCATION|1719 W 36th St}}, {{LOCATION|Austin}} {{ZIP|78731}}.`,

  `{{NAME|MCCALLISTER, EUNICE MAE}}   {{AGE|96}}F   Acct {{ACCOUNT|00144829917}}   Adm {{DATE|02/02/25}}   Room 3112`,

  `Emailed {{NAME|Tamar Ben-Ami}} at {{EMAIL|tbenami@example.org.il}} the ultrasound report. Gallstones 1.2 cm, CBD 4 mm.`,

  `Case manager: {{NAME|Luis Ángel Pacheco}} needs dialysis placement near {{LOCATION|Pharr}}, TX. DaVita {{LOCATION|McAllen}} chair open MWF. Medicaid {{HEALTH_PLAN|518 449 201 T}}.`,

  `{{NAME|Ingeborg}} and {{NAME|Sverre}} (her son) came in. she is {{AGE|ninety-two}}, falls x3 this month. orthostatic BP 142/80 -> 108/64.`,

  `Handoff: bed 12 {{NAME|Pham}}, bed 14 {{NAME|Gallagher}}, bed 15 {{NAME|Oyebode}} - 14 needs K replacement`,

  `Lab requisition
{{LOCATION|LabCorp Burlington}}
Patient: {{NAME|Shapiro, Ezra M}}  DOB {{DATE|1949-05-30}}  SSN last 4 only
Insurance: Humana {{HEALTH_PLAN|H44187203}}
Tests: PSA, CMP. Physician {{NAME|Lorraine Okoro}}, NPI {{LICENSE|1093882714}}.`,

  `{{NAME|Gwenllian Pryce}}
{{LOCATION|Ysbyty Gwynedd}}
Seen {{DATE|29.01.25}}. COPD exacerbation. Home to {{LOCATION|Llanberis}}.`,

  `hey {{NAME|tomasz}} its {{NAME|becca}}, mr {{NAME|nakamura}}'s daughter rang asking about discharge, number is {{PHONE|07700 900 418}}`,

  `Dear Dr {{NAME|Aggarwal}},
I saw {{NAME|Pavitra Subramanian}} today at {{LOCATION|Kauvery Hospital}}, {{LOCATION|Alwarpet}}. HbA1c 8.9%. She will return on {{DATE|12 March 2025}}.
{{NAME|R. Krishnamoorthy}}`,

  `Biometrics: right index fingerprint template {{ID|FP-7718-2234-A}} enrolled for {{NAME|Demetrius Holloway}} for controlled-drug cabinet access.`,

  `{{NAME|Ana Lúcia Ferraz}} — {{LOCATION|Rua Augusta 1420}}, {{LOCATION|São Paulo}}, CEP {{ZIP|01304-001}}. Traveller, dengue NS1 positive.`,

  `Nursing: pt states her name is {{NAME|Birdie}}, chart says {{NAME|Bernadette Oyelaran-Price}}, {{AGE|90}}. Confirmed with wristband {{MRN|E0044187}}.`,

  `Page to ortho: {{NAME|Kinnear}} in ED cubicle 7, open tib fx, from {{LOCATION|Highway 2 near Lakeport}}. Call {{PHONE|707-555-0119}}.`,

  `{{NAME|Hana Nováková}}, {{DATE|5. 2. 2025}}, gestation 12+3, NT 1.6 mm. Pojišťovna VZP {{HEALTH_PLAN|7556201447}}.`,

  `Dr {{NAME|Osei-Tutu}}: {{NAME|Adwoa}} in 5 is crying, her baby {{NAME|Kwame}} is in NICU cot 3, can someone take her down`,

  `AUDIT LOG: user {{NAME|jwhitacre}} accessed {{NAME|Rosalind Teague}} chart from {{IP|172.16.8.44}} at {{DATE|02/07/2025 23:14}}.`,

  `{{NAME|Cosmin Popescu}}, driver, license DL {{LICENSE|P221-7718-4401}}, {{LOCATION|Elk Grove Village}}. DOT physical: BP 138/88, vision 20/25. Certified 2 years.`,

  `Follow-up for {{NAME|Ximena Quintanilla}} on {{DATE|the 3rd of March}} at {{LOCATION|Clínica Esperanza}}, {{LOCATION|Pilsen}}. Ph {{PHONE|773-555-0151}}.`,

  `{{NAME|Tavita Leiataua}} is here w/ {{NAME|Faamanu}} (her dad, {{AGE|90}}). wants him seen today, short of breath.`,

  `CARDIAC REHAB referral: {{NAME|Gershon Liebowitz}}, CABG x3 {{DATE|1/10/25}} at {{LOCATION|Beth Israel Deaconess}}. Phone {{PHONE|617.555.0177}}. Email {{EMAIL|gliebowitz@example.net}}.`,

  `ok so {{NAME|nkechi}} is doing the 8am bloods and {{NAME|femi}} has the ward round. {{NAME|obi}} off.`,

  `Dear Ms {{NAME|Wainwright}},
Your appointment at {{LOCATION|Oxford Eye Hospital}} is on {{DATE|Thursday 20 February 2025}} at 10:40. Hospital number {{MRN|J4418920}}.`,

  `{{NAME|Alapaki}} said the kupuna in 7 (Mrs {{NAME|Kamakea}}) is {{AGE|ninety-eight}} and wants her hula group to visit`,

  `Insulin pump: {{NAME|Beatrix Lindholm}}, Tandem t:slim X2 SN {{DEVICE|1144872}}, Dexcom G7 transmitter {{DEVICE|8QT4K2}}. TIR 71%.`,

  `{{NAME|Njoroge}} pls see {{NAME|Wanjiku Kamau}} in {{LOCATION|Kibera}} tomorrow. fever and rash, ?measles`,

  `Post-mortem: {{NAME|Aurelio Bustamante}}, {{AGE|101}}. Died {{DATE|2/8/2025}} at {{LOCATION|Laguna Honda Hospital}}. Informant {{NAME|Rosario Bustamante-Lee}}.`,

  `Fax cover — To: {{LOCATION|Sutter Roseville Cardiology}} {{FAX|(916) 555-0121}}  From: {{LOCATION|Placer Family Medicine}} {{FAX|(916) 555-0186}}
Re: {{NAME|Winnifred Ames}}, DOB {{DATE|09/14/1955}}. 4 pages incl. echo.`,

  `SSA disability form: {{NAME|Royce Tillman}}, SSN {{SSN|401-88-2917}}, unable to stand more than 20 min since {{DATE|June 2024}}.`,

  `pt ssn on old chart {{SSN|522 71 4408}} doesnt match card, registration please fix. {{NAME|ortega, marisela}}`,

  `Identity check failed: SSN {{SSN|318447290}} entered for {{NAME|Quentin Abara}} belongs to another record. MRN {{MRN|A-00221847}} flagged.`,

  `Scan the QR to fill your pre-visit form: {{URL|https://forms.example-clinic.com/p/8Kx2Lm44}} (link sent to {{NAME|Delphine Mourad}}).`,

  `Pt shared her blog {{URL|www.sallyslupusjourney.example.net}} with photos of her rash. {{NAME|Sally Rendón}}, 31, SLE, HCQ 300 mg.`,

  `Video visit link for {{NAME|Adebayo Ilori}}: {{URL|https://meet.example-health.org/j/44188201?pwd=Qm72}}. Starts {{DATE|2/10}} at 3:30 pm.`,

  `Parking permit: {{NAME|Lorraine Fitzgibbon}}, dialysis MWF, car plate {{VEHICLE|7XLM442}} (CA). Valid until {{DATE|06/30/2025}}.`,

  `Security note: visitor {{NAME|Dwayne Corliss}} left a grey Silverado, tag {{VEHICLE|GA RTK 1189}}, in the ambulance bay. Patient's brother.`,

  `Scooter accident: {{NAME|Arjun Pillai}}, 23, e-scooter ID {{VEHICLE|LIME-8K2Q}} hit by car plate {{VEHICLE|WA BXF4471}}. Wrist fracture.`,

  `Hospice intake
{{NAME|Euphemia Cartwright}}, aged {{AGE|102}}
{{LOCATION|1808 Larkspur Ct}}, {{LOCATION|Sun City West}}, AZ {{ZIP|85375}}
Hospice of the Valley #{{ACCOUNT|HV-2025-00417}}
PCP Dr {{NAME|Valentin Moraru}}`,

  `{{NAME|Rivka}} - please note Mr {{NAME|Zilberman}} turns {{AGE|100}} on {{DATE|Feb 22}}; the family is bringing a cake to {{LOCATION|4 East}}.`,

  `Pt is a {{AGE|91}} yr old retired teacher from {{LOCATION|Bemidji}}, brought by her nephew.`,

  `Age: {{AGE|95}}
Sex: M
PCP: {{NAME|Ferdinand Okpara}}
Preferred pharmacy: {{LOCATION|CVS 7741 Kenosha}}`,

  `{{NAME|Ottilie Baumgartner}} (aged {{AGE|ninety}}) declined the flu jab again this year.`,

  `{{AGE|104}}-y-o woman, {{NAME|Claribel Hutto}}, oldest resident of {{LOCATION|Magnolia Terrace}}, seen for cough.`,

  `Decedent age {{AGE|97}} yrs. Pronounced {{DATE|02/09/2025 05:48}} by {{NAME|Ingrid Solheim}}, RN.`,

  `wife says he is {{AGE|ninety four}} but the chart says 89, pls check DOB {{DATE|3/3/1930}}. mr {{NAME|pettigrew}}`,

  `Email from {{EMAIL|acc.dept+billing@example-memorial.org}} re account {{ACCOUNT|00-771-44218}}: balance $418.20 for {{NAME|Hyacinth Moriarty}}.`,

  `Portal username {{ID|kwesi_m_1984}} locked; user {{NAME|Kwesi Mensah}} asked for reset at {{EMAIL|k.mensah84@example.com}}.`,

  `Wi-Fi log: tablet of {{NAME|Bertil Engström}} on guest network {{IP|203.0.113.88}}, MAC {{ID|3C:22:FB:41:7A:09}}.`,

  `PACS push to {{IP|10.2.18.115}} failed for study of {{NAME|Nkiruka Eze}}, acc {{ID|XR-2502-88417}}.`,

  `MRN {{MRN|4418 2290 7}}
{{NAME|Cordelia Beauchamp}}
{{DATE|Feb-11-2025}}
BP 168/96, amlodipine increased to 10 mg.`,

  `Hosp # {{MRN|KGH-0094418}} {{NAME|Mukami Gathoni}} adm via ED`,

  `Pt ID: {{MRN|9921-07}} / visit {{ACCOUNT|V0044182}}. {{NAME|Halloran}} for colonoscopy.`,

  `Member: {{NAME|Yusuf Demirci}}  Anthem {{HEALTH_PLAN|XYZ W442917603}}  Copay $40`,

  `Kaiser {{HEALTH_PLAN|000 4418 2207}}, {{NAME|Ramona Etsitty}}, eligibility confirmed for PT x12.`,

  `Tricare {{HEALTH_PLAN|DBN 1180 4472}} sponsor SSgt {{NAME|Devontae Harlan}}; dependent {{NAME|Kiara Harlan}}, 6, otitis media.`,

  `Lic. {{LICENSE|RN 884102}} — {{NAME|Perpetua Agyemang}}, RN, administered the dose.`,

  `Attending {{NAME|Zhu Mingyu}} MD, NPI {{LICENSE|1558 220 471}}, DEA {{LICENSE|FZ 2217840}}. Controlled Rx for {{NAME|Holt Varner}}: oxycodone 5 mg #12.`,

  `Pacemaker ID card: {{NAME|Evander Solis}}. Abbott Assurity MRI, model PM2272, serial {{DEVICE|8841920}}. Implanted {{DATE|04 Nov 2019}}, {{LOCATION|St. Joseph's Hospital Tampa}}.`,

  `UDI {{DEVICE|(01)00884521114729(17)270131(10)A44K82}} hip stem implanted in {{NAME|Marjorie Kettleborough}}.`,

  `Glucometer SN {{DEVICE|GN-44Q-18B7}} issued to {{NAME|Tevita Mahe}} on {{DATE|2.10.25}}.`,

  `{{NAME|Chiamaka}} got her 2nd HPV vaccine today, Gardasil 9 lot {{DEVICE|U018442}}, exp 11/2026.`,

  `Outside referral from {{LOCATION|Aravind Eye Hospital}} {{LOCATION|Madurai}}: {{NAME|Kannan Ramasamy}}, {{AGE|90}}, PDR both eyes. Mobile {{PHONE|+91 98435 55102}}.`,

  `{{NAME|Nomfundo}}'s mum called from {{LOCATION|Khayelitsha}} - she is vomiting again. Folder {{MRN|GSH 41882207}}. Ph {{PHONE|082 555 0194}}.`,

  `Discharge {{DATE|10/2/2025}} (DD/MM). {{NAME|Liam Tūhoe-Wallace}} to {{LOCATION|Whakatane}}. GP {{LOCATION|Te Tāwharau Health}}.`,

  `{{NAME|Iosefa}}: the pt in 4 ({{NAME|Leota}}) is {{AGE|98}}, triage typed 89, fixed.`,

  `Please send the records to {{LOCATION|Lakeland Regional}}, attn {{NAME|Vernice}}, fax {{FAX|863.555.0108}}, re: {{NAME|Ottis Blevins}}.`,

  `{{NAME|Hyun-woo Park}} ({{NAME|박현우}}), {{DATE|2025.02.03}}, gastroscopy: 8 mm gastric ulcer, CLO positive. {{LOCATION|Seoul St. Mary's}}.`,

  `Tenancy letter: {{NAME|Noor Jahan Sultani}} of {{LOCATION|Flat 12, Ashby House}}, {{LOCATION|Leicester}} {{ZIP|LE2 7QP}} needs ground-floor housing due to COPD.`,

  `{{NAME|juanito}} ({{NAME|juan pablo ochoa}}) 7yo asthma, mom {{NAME|gloria}} says inhaler ran out {{DATE|sat}}. {{PHONE|956 555 0137}}`,

  `Tumour board {{DATE|12 Feb}}: {{NAME|Fionnuala Gaughan}}, T2N1 breast, ER+, from {{LOCATION|Ballina}}. Plan neoadjuvant.`,

  `{{NAME|Kalinda Wirth}} PIN for results line {{ID|88-4172}}; do not share.`,

  `Photo ID on file: driver's licence {{LICENSE|W44182977}} ({{NAME|Marcelo Ibarra-Quiroz}}). Face photo {{ID|PHOTO-2025-0217}}.`,

  `Retinal scan {{ID|RSCAN-4Q8821}} for {{NAME|Tomasina Reyes}}; diabetic screen, no retinopathy.`,

  `Greetings from {{NAME|Lindiwe}} at {{LOCATION|Grey's Hospital}}, {{LOCATION|Pietermaritzburg}}: Mr {{NAME|Zwane}} transferred to you {{DATE|10 Feb}} 14h00.`,

  `{{NAME|Olamide}} pls book {{NAME|Kehinde Adewale}} and {{NAME|Taiwo Adewale}} (twins) for 4-month jabs.`,

  `{{NAME|Dmytro Shevchuk}}, 36, from {{LOCATION|Kharkiv}}, TB screen for visa. CXR clear. Passport {{ID|FT 441827}}.`,

  `Inuit patient {{NAME|Annie Qaunaq}}, {{LOCATION|Iqaluit}}, NU {{ZIP|X0A 0H0}}, medevac to {{LOCATION|The Ottawa Hospital}}. Health card {{HEALTH_PLAN|NU 1144 8820}}.`,

  `{{NAME|Ronan}} text: "Mrs {{NAME|Flaherty}} refusing the NG again, can u talk to her son {{NAME|Declan}}? he's on {{PHONE|086 555 4410}}"`,


  `Collections: {{NAME|Thaddeus Okwuosa}}, full SSN {{SSN|231-58-4418}} verified by phone. Pay online at {{URL|https://pay.example-stlukes.org/acct/20044817}}.`,

  `W-9 for locum {{NAME|Ngozi Emenike-Stroud}}: SSN {{SSN|455.72.1906}}, address {{LOCATION|77 Birchwood Dr}}, {{LOCATION|Asheville}}, NC {{ZIP|28805}}.`,

  `patient sent a link to her fitness tracker data {{URL|tracker.example.com/share/u/meibel-2291}} - {{NAME|mei-ling abernathy}} wants us to see her resting HR of 48`,

  `Appeal letter: {{NAME|Horace Wimbley}}, Social Security no. {{SSN|512 30 7786}}, Medicare {{HEALTH_PLAN|1EG4-TE5-MK72}}. Records at {{URL|http://hie.example-ky.gov/r/7718204}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Addison disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg. Sick-day rules reviewed. Renin 4.1 ng/mL/h, Na 138.`,
  `Paget disease of bone, ALP 412 U/L. Zoledronic acid 5 mg IV once. Vitamin D 25-OH 78 nmol/L beforehand.`,
  `Admitted to Ward 9C under Respiratory. DECAF score 2. Prednisolone 30 mg for 5 days, doxycycline 200 mg then 100 mg daily.`,
  `Hodgkin lymphoma stage IIA, ABVD cycle 3 of 6. Deauville score 2 on interim PET. Bleomycin held; DLCO 64%.`,
  `A 74-year-old man, CHA2DS2-VASc 4, HAS-BLED 2. Apixaban (Eliquis) 5 mg BD. Creatinine 102 umol/L, weight 81 kg.`,
  `Parkinson disease, Hoehn and Yahr 2.5. Co-careldopa 25/100 TDS, rasagiline 1 mg. MoCA 26/30. Review by Movement Disorders.`,
  `Kernig and Brudzinski signs negative. LP: opening pressure 18 cmH2O, WCC 2, protein 0.38 g/L, glucose ratio 0.64.`,
  `Colles fracture, closed reduction under haematoma block. Backslab 4 weeks. Fracture Clinic in 1 week; DEXA if over 50.`,
  `Dupuytren contracture, Tubiana stage 2. Needle fasciotomy offered. Xiapex not funded.`,
  `Born 1948; aged 76. Lives with wife. Rockwood CFS 4. Stopped driving in 2022 after cataract surgery.`,
  `Child-Pugh B8, MELD-Na 17. Spironolactone 100 mg, furosemide 40 mg. Paracentesis 6 L with 20% albumin 100 mL.`,
  `HbA1c 58 mmol/mol (7.5%). Ozempic 0.5 mg weekly, metformin 1 g BD. eGFR 67. Retinal screening R0M0.`,
  `Bishop score 8 at 40+10. ARM then Syntocinon per protocol. CTG category 1. Group B Strep negative.`,
  `Meniere disease: low-frequency SNHL 40 dB on the left. Betahistine 16 mg TDS. Salt restriction advised.`,
  `Brugada pattern type 1 with ajmaline. ICD not indicated; avoid drugs on brugadadrugs list. Family screening offered.`,
  `Troponin T 14 ng/L at 0 h and 15 ng/L at 1 h. HEART score 3. Discharged from ED CDU with outpatient CT coronary angiogram.`,
  `Hirschsprung disease excluded: rectal suction biopsy shows ganglion cells. Movicol Paediatric Plain 1 sachet daily.`,
  `Rinne positive both sides, Weber central. Dix-Hallpike positive right; Epley manoeuvre performed x2.`,
  `Ferritin 1840 ug/L, transferrin saturation 72%, HFE C282Y homozygous. Venesection 500 mL weekly to ferritin under 100.`,
  `Edinburgh Postnatal Depression Scale 15. Sertraline 50 mg. Perinatal Mental Health Team referral. Baby 6 weeks, thriving.`,
  `Sample 2025-0417 haemolysed; K 6.8 spurious. Repeat: K 4.4 mmol/L, LDH 210. Lot QC 22418 within range.`,
  `Addenbrooke's Cognitive Examination 71/100. MRI: Fazekas 2. Donepezil 5 mg nocte, increase to 10 mg at 4 weeks.`,
  `Lewy body dementia suspected. DaTscan abnormal. Rivastigmine patch 4.6 mg/24 h. Avoid haloperidol.`,
  `Chest X-ray PA 2025: Kerley B lines, upper lobe diversion, small bilateral effusions. Furosemide 80 mg IV.`,
  `Wells score 1, D-dimer 310 ng/mL FEU (age-adjusted cut-off 650 at age 65). PE excluded. Naproxen for musculoskeletal pain.`,
  `Tanner stage 3, bone age 12.5 years at chronological age 11. LH 2.1 IU/L. Paediatric Endocrinology to review in 6 months.`,
  `Mantoux 14 mm. Quantiferon positive. Isoniazid 300 mg and pyridoxine 10 mg for 6 months; LFTs monthly.`,
  `Gleason 3+4=7, Grade Group 2, PSA 8.4 ng/mL, PI-RADS 4. MDT: active surveillance vs radical prostatectomy discussed.`,
  `Intensive Care Unit bed 4: norepinephrine 0.12 mcg/kg/min, vasopressin 0.03 U/min. SOFA 9. APACHE II 24. Lactate 3.1.`,
  `Ehlers-Danlos syndrome, hypermobile type, Beighton score 7/9. Physiotherapy in Rheumatology Outpatients.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter8', '/tmp/deid-ood-letters8.jsonl');
