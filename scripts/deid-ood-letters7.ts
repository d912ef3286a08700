/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), eleventh session: short clinician texts (referral
 * and clinic letters, discharge and transfer snippets, portal, e-mail and text messages, phone notes, nursing, ICU and
 * EMS handoffs, pharmacy, radiology, pathology, dental, optometry, podiatry, speech therapy, social work, chaplaincy,
 * billing, registration, insurance and device notes) with PHI of all 18 Safe Harbor kinds, US-heavy with UK, Irish,
 * Canadian, Australian, Kenyan, Nigerian and other ones, plus PHI-free texts. Written by hand by engineer author on
 * 2026-12-04 (eleventh session), before that session's deid changes were merged, and never run for scores by its
 * author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not read its misses
 * text by text.
 * It deliberately varies: names with no cue word (alone on a line, in lists, in lowercase or all caps, surname first,
 * initials only, hyphenated, with particles, English-word names, of Vietnamese, Yoruba, Igbo, Polish, Czech, Arabic,
 * Hebrew, Japanese, Chinese (pinyin), Punjabi, Bengali, Navajo, Cherokee, Quechua, Armenian, Georgian, Albanian,
 * Swahili, Thai, Lao, Nepali, Romanian, Basque, Welsh and Scots Gaelic origin), nicknames and relatives, hospitals,
 * clinics and practices with and without a facility word, employers, schools, churches, neighbourhoods, towns,
 * counties, street, apartment, rural-route and PO box addresses, ZIPs and postcodes, ages over 89 in many wordings,
 * dates in many formats, phones and faxes, e-mails, URLs, IPv4 and IPv6 addresses, MRN, account, plan, licence, NPI,
 * DEA, device, serial, lot, VIN and plate numbers, biometric and photo identifiers, and SSNs, in shapes with letters,
 * dashes, spaces and prefixes and with weak cue words ("ref", "no.", "#", a bare "Coverage ID:") or none.
 * Every name, address and number is invented; institution names may be the public names of real hospitals, as
 * organisations only.
 * Format as deid-ood-letters6.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US states, provinces and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them); ages of 89 and under are not marked.
 * Ages: as in letters6 an AGE span is one stated exact age over 89, only its number or number word ("a
 * {{AGE|93}}-year-old", "aged {{AGE|91}}", "{{AGE|101}} y/o", "{{AGE|ninety-four}}"); a decade or range that names no
 * single age ("in her 90s", "nonagenarian", "over 90", "90+") is not marked. NPI and DEA numbers are typed LICENSE,
 * biometric and photo identifiers ID. Before writing, the script checks every gold span against the string marked
 * for it, and that no marked string also occurs unmarked in the same text.
 * PHI-free texts carry eponyms, drugs (generic and brand), doses, scores, scales, ages under 90, bare years, units,
 * lab values, capitalised clinical words and ward or unit names, which must stay.
 *   node --import tsx scripts/deid-ood-letters7.ts [--out /tmp/deid-ood-letters7.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters7.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Nguyen Thi Lan}}
{{DATE|2024-09-03}}
F/u gout. Allopurinol 200 mg, urate 5.8. Next review 3 months. Daughter {{NAME|Kim-Anh}} interprets; home {{LOCATION|Westminster}}, CA {{ZIP|92683}}.`,

  `Dear Dr {{NAME|Adeyemi}},
Thank you for seeing {{NAME|Olufunmilayo Bankole}}, 47, a nurse at {{LOCATION|Harris Health}}, with a 6-month history of joint pain in the hands. She lives at {{LOCATION|8812 Bellfort Ave Apt 14C}}, {{LOCATION|Houston}}, TX {{ZIP|77061}}. Mobile {{PHONE|(832) 555-0147}}.
Kind regards,
{{NAME|Marguerite Lyle-Okonjo}}, MD`,

  `pt {{NAME|chinedu okafor}}, seen w/ brother {{NAME|emeka}}. cough + fever x5d. lives off {{LOCATION|grand concourse}} in the {{LOCATION|bronx}}.`,

  `DISCHARGE SUMMARY
Name: {{NAME|WOJCIECHOWSKA, HALINA}}   Hosp No. {{MRN|H0 772 5519}}
Admission {{DATE|14.10.2024}}   Discharge {{DATE|22.10.2024}}
Dx: NSTEMI, PCI to LAD. Ticagrelor 90 mg BD for 12 months. GP: Dr {{NAME|Przybylski}}, {{LOCATION|Ealing Broadway Medical Centre}}.`,

  `{{NAME|Dvořák}} - {{AGE|91}}M, fall at home, lac to scalp 4 cm, sutured. Wife {{NAME|Jarmila}} at bedside. Discharge back to {{LOCATION|Cicero}} w/ home PT.`,

  `Portal message from {{NAME|Yusuf Al-Haddad}}:
"Hi, my blood sugar was 310 this morning after the steroid shot on {{DATE|Tuesday the 8th}}. Should I call? My number changed, it's {{PHONE|313-555-0172}} now."`,

  `Rabbi {{NAME|Eliezer Hirschfeld}} called on behalf of {{NAME|Miriam Adler}}, {{AGE|95}}, of {{LOCATION|Borough Park}}. She is refusing food on the fast day; family asking for guidance.`,

  `RADIOLOGY REPORT
Pt: {{NAME|TAKAHASHI, HIROKO}}   DOB: {{DATE|1961/04/27}}   Acc: {{ID|CT-24-0098813}}
Exam: CT abdomen/pelvis with contrast
Impression: 2.1 cm simple renal cyst, Bosniak I. No follow-up needed.`,

  `{{NAME|Zhang Wei}} and {{NAME|Liu Fang}} brought their son {{NAME|Zhang Hao}}, 6, for asthma review. School: {{LOCATION|Lincoln Elementary}}. Peak flow 210 L/min. Mum prefers WeChat; alt phone {{PHONE|415 555 0136}}.`,

  `{{NAME|Kaur, Harpreet}}   MRN {{MRN|00-4418-2297}}   Rm 412`,

  `Telephone note {{DATE|11/04/24}} 14:20. {{NAME|Rubina Akhter}} (daughter-in-law) re {{NAME|Abdul Karim Miah}}, {{AGE|90}}: more breathless, ankles swollen. Lives {{LOCATION|Whitechapel}}, {{ZIP|E1 1BB}}. Advised same-day GP slot at {{LOCATION|Spitalfields Practice}}.`,

  `Referral: {{NAME|Darnell Yazzie}}, 38, from {{LOCATION|Chinle}}, AZ, to {{LOCATION|Northern Arizona Healthcare}} endocrinology. HbA1c 11.2%. Contact via sister {{NAME|Loretta Begay}} {{PHONE|928-555-0181}}.`,

  `Chaplain visit: {{NAME|Wilma Sixkiller}} asked for prayer before surgery. Member of {{LOCATION|Cherokee United Methodist Church}} in {{LOCATION|Tahlequah}}.`,

  `{{NAME|Quispe Mamani, Rosa}}
{{AGE|92}} años. Interpreter (Quechua) via phone line. Seen {{DATE|15/05/2024}} at {{LOCATION|La Clínica del Pueblo}}. Right knee OA, injection given. Grandson {{NAME|Wilber}} accompanies.`,

  `ECHO: {{NAME|Armen Hovhannisyan}}  {{DATE|Mar 19 2024}}  EF 35%. Ref Dr {{NAME|Ter-Petrosyan}}. Study ID {{ID|ECH-55120-B}}. Result to {{FAX|818-555-0103}}.`,

  `{{NAME|nino beridze}} 54M, htn, here for refill. says wife {{NAME|tamar}} has the list. bp 152/94.`,

  `Ms {{NAME|Arjola Hoxha}}, a cleaner at {{LOCATION|Logan Airport}}, presented on {{DATE|the 3rd of June}} with a hand laceration. Tdap given. Lot {{DEVICE|U7829AA}}. Employer WC claim {{ACCOUNT|WC-2024-118820}}.`,

  `Mama {{NAME|Wanjiru Kamau}} came from {{LOCATION|Kiambu}} with her granddaughter {{NAME|Neema}}. BP 168/102. Prescribed amlodipine 5 mg. Mobile {{PHONE|+254 722 555 014}}.`,

  `Dermatology: {{NAME|Somchai Rattanakorn}}, 63, pigmented lesion L shoulder. Dermoscopy image {{ID|DERM_20240712_0034.jpg}}. Excision booked {{DATE|July 26}}.`,

  `Lao interpreter {{NAME|Khamla}} present. Pt {{NAME|Souksavanh Phommachanh}}, from {{LOCATION|Elgin}}, reports epigastric pain. H. pylori breath test ordered.`,

  `ICU handoff: bed 3 {{NAME|Gurung}}, septic shock, norepi 0.12. bed 4 {{NAME|Tamang}} - {{NAME|Pemba}} - DKA, insulin gtt. bed 5 {{NAME|Shrestha, Bikash}} ETOH withdrawal, CIWA 14.`,

  `Mrs {{NAME|Ileana Popescu}}, aged {{AGE|94}}, was seen at home in {{LOCATION|Ridgewood}} on {{DATE|Friday 13 Sept}}. Her son {{NAME|Mihai}} ({{EMAIL|mihai.popescu71@example.com}}) manages her medicines.`,

  `{{NAME|Iñaki Etxeberria Goikoetxea}}
{{LOCATION|Bilbao}}-born, lives {{LOCATION|Boise}}, ID {{ZIP|83702}}. Works at {{LOCATION|Simplot}}. Lower back pain 3 wks, no red flags.`,

  `Dear {{NAME|Rhodri}},
Re: {{NAME|Gwenllian Pryce-Jones}}, {{DATE|12/09/1958}}, {{LOCATION|Ty Gwyn}}, {{LOCATION|Llanrwst}} {{ZIP|LL26 0DH}}.
Thank you for seeing this lady with new AF. CHA2DS2-VASc 2. Started apixaban.
{{NAME|Eleri}}`,

  `Mr {{NAME|Calum MacLeòid}} (Gaelic speaker) from {{LOCATION|Stornoway}}, referred by {{LOCATION|Western Isles Hospital}}. CHI {{ID|120356 4471}}. Dysphagia to solids, OGD booked.`,

  `Called {{NAME|Hope}} re: her mammogram. Left VM. Try again {{DATE|Mon}}. Her cell per chart: {{PHONE|555-0148}}; works at {{LOCATION|Costco}} {{LOCATION|Issaquah}}.`,

  `Pt is {{NAME|Will Marsh}}, 58, a roofer. Fell 10 ft on {{DATE|8/22}}. Wife {{NAME|Summer}} at bedside. CT C-spine neg. Employer: {{LOCATION|Summit Roofing}}, {{LOCATION|Loveland}}.`,

  `Ins: {{LOCATION|BlueCross BlueShield of Illinois}}  Member ID {{HEALTH_PLAN|XOF 884 221 093}}  Group {{HEALTH_PLAN|00 7731}}
Pt {{NAME|Bronwyn Gass}}  DOB {{DATE|02-11-1977}}`,

  `Coverage ID: {{HEALTH_PLAN|55819 3302}}
Subscriber: {{NAME|Delmar Tsosie}}
Plan: {{LOCATION|Tuba City}} CHR program`,

  `Billing: acct {{ACCOUNT|7740-22981-03}} for {{NAME|Tran Van Minh}}, DOS {{DATE|10/2/2024}}. Balance $42.10. Statement to {{LOCATION|PO Box 3318}}, {{LOCATION|Garden Grove}} CA {{ZIP|92842}}.`,

  `SSN {{SSN|512-44-0918}} on file for {{NAME|Rosalind Achterberg}}; please redact before faxing to {{LOCATION|Mercy Hospice}} at {{FAX|(515) 555 0193}}.`,

  `ref {{ID|RFX 22091-K}} - {{NAME|Obinna Eze}} (known as "{{NAME|Obi}}"), 29, rugby injury to R shoulder.`,

  `Pharmacy note: Rx for oxycodone 5 mg #20 by Dr {{NAME|Kagiso Molefe}}, DEA {{LICENSE|BM4471829}}, NPI {{LICENSE|1750392241}}. Dispensed to {{NAME|Jeremiah Swift}} {{DATE|Oct 14}}.`,

  `Device check: {{NAME|Ayelet Ben-David}}, Medtronic Azure pacemaker, SN {{DEVICE|RNB 601188 H}}. Remote monitor at {{IP|10.44.18.202}}. Battery 9.5 yrs.`,

  `EMS: pt {{NAME|Jaroslav Novák}}, {{AGE|ninety-six}}, found on floor of his apartment at {{LOCATION|2215 S Ridgeway Ave, 2nd fl}}. Medic unit plate {{VEHICLE|M 40 221}}.`,

  `Accident report: pedestrian vs car. Vehicle VIN {{VEHICLE|1HGCM82633A004352}}, plate {{VEHICLE|7RKD 339}} (CA). Pt {{NAME|Paulo Sefo}} transported to {{LOCATION|Harbor-UCLA}}.`,

  `{{NAME|Sabiha Chowdhury}} — fingerprint ID {{ID|FP-003-8812-77}} captured for controlled-drug cabinet access.`,

  `Pt photo on file ({{ID|IMG_4471_PT.jpg}}). {{NAME|Nawat}} prefers to be called "{{NAME|Tommy}}". Allergic to penicillin.`,

  `Licence no. {{LICENSE|D 5521-88430}} (WA) used to verify ID for {{NAME|Kalani Akana}} at registration on {{DATE|01 Feb 2024}}.`,

  `Hi {{NAME|Oksana}}, can you send Mr {{NAME|Ruiz}}'s last labs to {{EMAIL|records@riversidefp.example.org}}? thx {{NAME|Dev}}`,
  `A {{AGE|93}}-year-old retired teacher, {{NAME|Edith Blomqvist}}, was admitted from {{LOCATION|Wexford Gardens}} with a UTI and delirium. Son {{NAME|Lars}} (HCP) {{PHONE|651.555.0129}}.`,

  `Nonagenarian aged {{AGE|96}}, {{NAME|Bolesław Zieliński}}, seen in {{LOCATION|Hamtramck}} clinic {{DATE|9 Jan 2024}}. Hearing aids, HbA1c 6.9%. Parish: {{LOCATION|St. Florian}}. Grandson {{NAME|Kuba}} {{PHONE|313-555-0107}}.`,

  `{{AGE|101}} y/o F, {{NAME|Clementine Batiste}}, from {{LOCATION|Opelousas}}, LA. Family requests comfort care. Granddaughter {{NAME|Dominique}} {{PHONE|337-555-0164}}.`,

  `Pt in her 90s, lives alone in {{LOCATION|Barrow County}}. Name {{NAME|Opal Whitfield}}. Falls x2 this month; OT home safety eval.`,

  `{{NAME|Tomasz}}, aged {{AGE|ninety-one}}, had his 2nd COVID booster at {{LOCATION|Walgreens}} on {{DATE|Sept. 30}}.`,

  `Age: {{AGE|99}}
Sex: M
Name: {{NAME|Moshe Rabinowitz}}
Admitted from: {{LOCATION|Hebrew Home at Riverdale}}`,

  `Birthday card sent to our oldest patient, {{NAME|Yaa Asantewaa Boateng}}, who turns {{AGE|104}} on {{DATE|December 22nd}}. Lives with niece in {{LOCATION|Worcester}}.`,

  `SNF admit: {{NAME|Humberto Villalobos}}, {{AGE|92}}yo, s/p R hip hemiarthroplasty at {{LOCATION|St. Joseph's}} {{DATE|11/18}}. WBAT. Wife {{NAME|Consuelo}} {{PHONE|(520) 555 0177}}.`,

  `Pt {{NAME|ROBERTA CLAYPOOL}} IS A {{AGE|NINETY-FOUR}} YEAR OLD WOMAN FROM {{LOCATION|PIKEVILLE}} WITH CHF EXACERBATION.`,

  `Mr {{NAME|Ioane}} is {{AGE|90}} today! Cake in the day room. Stable, on 1L O2. Room 214, {{LOCATION|Leilani Care Home}}, {{LOCATION|Wai'anae}}.`,

  `Hospice intake. {{NAME|Lavinia Oduya}}, aged {{AGE|97}} yrs, metastatic breast ca. Address {{LOCATION|RR 4 Box 22A}}, {{LOCATION|Sparta}}, TN {{ZIP|38583}}. Nephew {{NAME|Otieno}} {{PHONE|931 555 0108}}.`,

  `{{NAME|Sakura Ishikawa}}, {{AGE|ninety-two}}-year-old, came to {{LOCATION|Kuakini Medical Center}} ED on {{DATE|New Year's Day}} with syncope. ECG: 2:1 AV block.`,

  `Clinic letter {{DATE|24th October 2024}}
Re: Mrs {{NAME|Pauline Ashdown}}
{{LOCATION|14 Chantry Close}}, {{LOCATION|Horsham}}, {{ZIP|RH12 4LN}}
NHS No. {{ID|485 777 3456}}`,

  `seen {{DATE|2024.02.17}} - {{NAME|petrov ivanka}} - dyspepsia, omeprazole 20 mg started.`,

  `Next appt {{DATE|Wed, Nov 6}} at 9:15 with Dr {{NAME|Kwabena Owusu-Ansah}} at {{LOCATION|Fairview Family Practice}}.`,

  `DOB {{DATE|19470305}}; MRN {{MRN|E112948}}; Enc {{ACCOUNT|900047712}}. {{NAME|Agnieszka Wróbel}}. Chest pain r/o ACS.`,

  `{{NAME|Kofi}} was seen in {{DATE|March 2024}} for a follow-up of his sickle cell disease. Hydroxyurea 1000 mg. Next visit in the {{LOCATION|Children's Mercy}} clinic.`,

  `TX from {{LOCATION|Good Shepherd Medical Center}} {{DATE|Thanksgiving Day}} 21:40 — {{NAME|Levi Hargrove}}, 67, STEMI, door-to-balloon 58 min.`,

  `Pt called yesterday — correction: spoke with {{NAME|Nadia Haddad}} on {{DATE|4/9}} about biopsy result.`,

  `Follow-up the week of {{DATE|2/12}}. Pt {{NAME|Rahul Bhattacharya}} to bring glucometer. Works at {{LOCATION|Infosys}} in {{LOCATION|Plano}}.`,

  `{{NAME|Maile}}: "pls call my work {{PHONE|808-555-0114 ext 22}} not my cell" - {{DATE|Tue 10/8}}`,

  `Fax cover sheet
To: {{LOCATION|Kaiser Permanente San Rafael}} Utilization Review   Fax: {{FAX|415.555.0126}}
From: {{NAME|Imogen Thackeray}}, RN   Phone: {{PHONE|415.555.0127}}
Re: {{NAME|Raphael Meir}}   DOB {{DATE|3/3/52}}`,

  `Tel. {{PHONE|+44 (0)1632 960 481}}, mob. {{PHONE|07700 900 312}}. Pt {{NAME|Siân Llewellyn}} would like a call after 5.`,

  `Contact: {{PHONE|0412 555 903}} (mum, {{NAME|Kylie}}) — {{NAME|Jaxon Pearce}}, 4, febrile convulsion, {{LOCATION|Westmead}}.`,

  `Our new fax is {{FAX|1-800-555-0199}}; the old number {{FAX|(212) 555-0140}} will stop on {{DATE|1 December}}. — {{LOCATION|Chelsea Dermatology Associates}}`,

  `e-mail from {{EMAIL|b.okeke@example-mail.ng}} ({{NAME|Blessing Okeke}}): asking for a sick note for {{LOCATION|Dangote}} HR.`,

  `Please see the shared images at {{URL|https://pacs.example-health.org/share/8f3a91c2}} and log in with the code sent to {{EMAIL|jl.moreau@example.fr}}.`,

  `Pt found our clinic via {{URL|www.drnakashima-peds.example.com}}. {{NAME|Ren Nakashima}} is not related.`,

  `Telehealth session from IP {{IP|2001:db8:41c::9a2}} failed; pt {{NAME|Keoni Kahale}} rejoined by phone.`,

  `Login audit: chart of {{NAME|Lwazi Dube}} opened from {{IP|192.168.44.17}} on {{DATE|2024-05-30}}.`,

  `MRN: {{MRN|K7-339-201}}
Pt: {{NAME|Ogunleye, Taiwo}} / twin {{NAME|Kehinde}} MRN {{MRN|K7-339-202}}
Both 2 mo, well baby visit, vaccines given.`,

  `Medical record number {{MRN|88 1044 3}} belongs to {{NAME|Svetlana}}, not {{NAME|Svetla}}. Merge request filed.`,

  `Pt acct# {{ACCOUNT|A-00981-7713}}; guarantor {{NAME|Marcus Delacroix}}, {{LOCATION|412 Esplanade Ave}}, {{LOCATION|New Orleans}}, LA {{ZIP|70116}}.`,

  `Medicaid ID {{HEALTH_PLAN|IL 44819 220 7}}. Pt {{NAME|Jamal Whitaker}}, 19. School: {{LOCATION|Harold Washington College}}.`,

  `Medicare no. {{HEALTH_PLAN|1EG4-TE5-MK73}} for {{NAME|Gertrude Vollmer}}; secondary {{LOCATION|AARP}} supplement {{HEALTH_PLAN|0442 18833 1}}.`,

  `OHIP {{HEALTH_PLAN|5584-219-366-KT}}. {{NAME|Maëlle Gagnon-Tremblay}} from {{LOCATION|Gatineau}}. Seen at {{LOCATION|The Ottawa Hospital}} Civic campus.`,

  `Licensed RN {{NAME|Precious Mahlangu}} (lic. {{LICENSE|RN-9981442}}) witnessed the consent.`,

  `Prescriber: {{NAME|A. Kowalski}}, PA-C, NPI# {{LICENSE|1184 937 260}}, state license {{LICENSE|PA 20771}}.`,

  `Implant card: Zimmer knee, cat. 5950-22, lot {{DEVICE|64017732}}, serial {{DEVICE|ZX-2022-99114}}. Pt {{NAME|Dorota Kamińska}}.`,

  `Insulin pump S/N {{DEVICE|NG1188403H}} replaced under warranty for {{NAME|Malia Fonoti}}. Tracking to {{LOCATION|1022 Kalihi St Unit B}}, {{LOCATION|Honolulu}} {{ZIP|96819}}.`,
  `Clinic list {{DATE|Thu 12/5}}
09:00 {{NAME|Pham, Duc}}
09:20 {{NAME|Oyelowo, Adaeze}}
09:40 {{NAME|Krejčí, Vojtěch}}
10:00 {{NAME|Bhandari, Sushila}}
10:20 {{NAME|Rose Baker}}`,

  `Family present: {{NAME|Nkechi}}, {{NAME|Chiamaka}}, {{NAME|Uchenna}} and their father {{NAME|Chukwuemeka Nwankwo}}. Goals of care discussed; DNR confirmed.`,

  `Hand-written note scanned: "{{NAME|J.K.}} - {{NAME|jiang xiuying}} - cough better, stop abx"`,

  `TRANSFER
FROM: {{LOCATION|Mayo Rochester}}   TO: {{LOCATION|Gundersen La Crosse}}
PT: {{NAME|Thorsen, Ingrid M.}}   {{AGE|95}} F
REASON: closer to family in {{LOCATION|Onalaska}}`,

  `Dr {{NAME|Aziz}} and Dr {{NAME|Ben-Ami}} reviewed. Plan discussed with pt's partner {{NAME|Gili}}.`,

  `{{NAME|Guy Carpenter}} from {{LOCATION|Wadena}} - hay farmer - cough and fever after unloading mouldy hay. Farmer's lung likely. Seen {{DATE|2 Sept}}; farm on {{LOCATION|County Road 29}}.`,

  `{{NAME|Baker}}, {{NAME|Cook}}, {{NAME|Fisher}} and {{NAME|Mason}} are all due flu shots on 3 West this week.`,

  `{{NAME|HERRERA DE LA PAZ, MARÍA JOSÉ}} — interpreter Spanish — Pap smear normal, HPV neg. Recall {{DATE|Aug 2027}}. Cell {{PHONE|(323) 555-0191}}.`,

  `Consult: {{NAME|van den Heuvel}}, {{NAME|Pieter}}. 74. Referred by {{LOCATION|Spectrum}} for chronic cough. Former worker at {{LOCATION|Steelcase}}.`,

  `{{NAME|Abu Bakr ibn Saeed al-Qahtani}} attended with his son {{NAME|Faisal}}. BP 128/80. Fasting glucose 7.9 mmol/L.`,

  `Kids seen today from {{LOCATION|Roosevelt Middle School}}: {{NAME|Aaliyah Brooks}}, {{NAME|Diego Fuentes}} (asthma), {{NAME|Thuy Vo}} (head lice).`,

  `School nurse at {{LOCATION|St. Brigid's Primary}}, Mrs {{NAME|Fennelly}}, rang re {{NAME|Oisín Breathnach}}'s EpiPen.`,

  `{{NAME|Tsering Dolma Sherpa}}, 41, porter trekking company owner, returned from {{LOCATION|Namche}} with HAPE symptoms last year; now well.`,

  `Worship leader at {{LOCATION|Mt. Zion Missionary Baptist Church}}, Deacon {{NAME|Ellis Boatwright}}, brought Sister {{NAME|Hattie Mae Lott}}, {{AGE|98}}, for her flu shot.`,

  `Lives in {{LOCATION|Little Saigon}}, works nights at {{LOCATION|Bolsa Nails}}. {{NAME|Lê Thị Hồng}} - contact dermatitis to acrylates.`,

  `Pt resides at {{LOCATION|Maple Glen Apts, Bldg C, Unit 207}}, {{LOCATION|Shawnee}}, KS {{ZIP|66203}}. Pt is {{NAME|Anjali Verma}}.`,

  `Home: {{LOCATION|47 Rua Augusta}}, {{LOCATION|Fall River}}, MA {{ZIP|02723-1104}}. Pt {{NAME|Fernanda Câmara}}, T2DM.`,

  `Address update — old: {{LOCATION|PO Box 771}}, {{LOCATION|Kykotsmovi}}, AZ {{ZIP|86039}}; new: {{LOCATION|HC 61 Box 9}}, {{LOCATION|Second Mesa}}. Pt {{NAME|Lomasi Honanie}}.`,

  `From {{LOCATION|Jackson County}}, referred by {{LOCATION|Jackson County Health Department}} for TB screening. Pt {{NAME|Ismail Dahir}}.`,

  `Veteran, {{NAME|Harlan Oakes}}, enrolled at {{LOCATION|VA Ann Arbor}}, VA ID {{ID|V-4418820-11}}. Served 1968.`,

  `Pt lives in the {{LOCATION|Eastside}} neighbourhood near {{LOCATION|Trinity Lutheran}}. Name {{NAME|Evangeline Moss}}. Wound care daily. Visiting nurse {{NAME|Corliss}} {{PHONE|216-555-0122}}.`,

  `ED triage 02:14: {{NAME|Beka Gelashvili}}, 33, stab wound L flank. Brought by friend {{NAME|Giorgi}}. Police ref {{ID|24-031775}}.`,

  `Intake: {{NAME|Aroha}}? No — correct name {{NAME|Anahera Walker}}. DOB {{DATE|17/08/1990}}. NHI {{ID|ZAC4417}}.`,

  `{{NAME|Bongani}} ({{PHONE|082 555 0193}}) will collect the results for his gogo, {{NAME|Nomvula Zungu}}, {{AGE|91}}.`,

  `{{NAME|Santiago Mamani}}, 17, from {{LOCATION|El Alto}}, visiting cousin in {{LOCATION|Arlington}}. Altitude no longer an issue; asthma follow-up.`,

  `Writer of this letter: {{NAME|Mererid Hopwood}}, occupational therapist, {{LOCATION|Ysbyty Glan Clwyd}}.`,

  `{{NAME|Eilidh}} and {{NAME|Ruairidh MacAulay}} attended with baby {{NAME|Seonaid}}; 6-week check normal. Health visitor {{NAME|Morag}}.`,

  `Phone: {{NAME|Vardan}} for his mother {{NAME|Anahit Sargsyan}} (Armenian speaker). BP at home 180/100. Lives {{LOCATION|Glendale}}.`,

  `{{NAME|Ketevan}} needs refills of levothyroxine 75 mcg. Last TSH {{DATE|6/2024}} 2.1.`,

  `Pt {{NAME|Mirela Ionescu-Vlad}} from {{LOCATION|Des Plaines}}, employer {{LOCATION|United Airlines}}, flight attendant. DVT L leg, DOAC started.`,

  `Emergency contact: {{NAME|Kwame}} (husband) {{PHONE|404/555/0186}}`,

  `{{NAME|RAMIREZ}}, {{NAME|ELIAS}} — {{LOCATION|Clinica Sierra Vista}} — {{DATE|08-19-24}}. Lipids: LDL 162.`,

  `{{NAME|Mustafa}} from {{LOCATION|Sunset Park}} came with {{NAME|Leila}}. Both had food poisoning after a wedding at {{LOCATION|Al-Noor Banquet Hall}} on {{DATE|Saturday}}.`,

  `She is {{AGE|ninety-nine}} and sharp as a tack — Mrs. {{NAME|Dorothea Kingsley}} from {{LOCATION|Ojai}}.`,

  `Age {{AGE|100}}. Skin tear R forearm. {{NAME|Azalea Pettibone}}. Steri-strips.`,

  `{{AGE|91}}F, {{NAME|Katalin}}. UTI. Nitrofurantoin not suitable (eGFR 24); cefalexin. Lives {{LOCATION|Pécs Court}}, {{LOCATION|New Brunswick}}.`,

  `aged {{AGE|90}}, {{NAME|Bheki Ndlovu}} walked into clinic on his own; BP 142/76.`,

  `pt is {{AGE|93}}. lives w/ daughter {{NAME|Aiko Fujimoto}} in {{LOCATION|Gardena}}. mild dementia, CDR 1.`,

  `{{NAME|Hemi Tautahi}} ({{AGE|92}} yrs old) from {{LOCATION|Rotorua}} on warfarin, INR 3.8, dose held.`,

  `The patient, a woman of {{AGE|97}} years, {{NAME|Beatrix Vanhoutte}}, resides at {{LOCATION|Sunrise of Bellevue}}.`,
  `SS# {{SSN|078 05 1120}} — verify with pt {{NAME|Clarence Pettaway}} before submitting disability forms.`,

  `Last 4 of social: {{SSN|4471}}. Pt {{NAME|Rosario Benítez}} confirmed identity by phone {{DATE|12.3.24}}.`,

  `social security no {{SSN|219093344}} (from old chart) - {{NAME|Ethel Brandvold}}`,

  `Ref. no. {{ID|NHS-RTT-0041 77352}}. {{NAME|Priya Raghunathan}} on the 18-week pathway for cholecystectomy at {{LOCATION|Lister}}.`,

  `#{{MRN|4401827}} {{NAME|Mukherjee}} - pre-op labs fine. Surgery {{DATE|Dec 17}} at {{LOCATION|Bellevue}}.`,

  `Pt ID {{MRN|ZH 0032 1845}} / {{NAME|Wang Jianguo}} / bed 12`,

  `Unit no. {{MRN|M0447120}}  {{NAME|Fitzgerald-Nakamura, Keiko}}`,

  `Chart {{MRN|C-77-10034}} merged with {{MRN|C-77-10347}} (duplicate registration, same pt {{NAME|Hosea Lightfoot}}).`,

  `Case no. {{ID|ME-2024-00917}}: medical examiner referral, decedent {{NAME|Reuben Tallchief}}, found {{DATE|2/14/2024}} at {{LOCATION|Lake Eufaula}} campground.`,

  `Claim {{ACCOUNT|CLM 0093 4412 875}} denied; resubmit with modifier 25. Pt {{NAME|Hadley Crump}}.`,

  `Invoice {{ACCOUNT|INV/24/008812}} — {{NAME|Ifeoma Chukwu}} — paid in full.`,

  `Plan: {{LOCATION|Aetna}} PPO. ID {{HEALTH_PLAN|W 2841 77603}}. Rx BIN 610502 / PCN ADV.`,

  `Tricare sponsor SSN on file; DoD ID {{HEALTH_PLAN|1288 4477 09}}. Pt {{NAME|Brantley Oakes}} Jr., dependent.`,

  `Policy #{{HEALTH_PLAN|UHC-889-2244-10}}, subscriber {{NAME|Tamika Reynolds}}, dependent {{NAME|Jalen}}.`,

  `Driver's licence {{LICENSE|S530-4418-2271-08}} scanned; pt {{NAME|Stanisław Lis}} had no other ID.`,

  `Passport {{ID|A12984401}} (visiting from {{LOCATION|Lagos}}); pt {{NAME|Adewale Ogunbiyi}}, travel insurance ref {{HEALTH_PLAN|AXA-TRV-5591020}}.`,

  `Signed: {{NAME|Samuel Okafor-Grant}}, MD. NPI {{LICENSE|1902884413}}. Medical licence {{LICENSE|MD.0077431}}.`,

  `DEA: {{LICENSE|FW 2281934}}. Buprenorphine waiver. Prescriber {{NAME|Wendell Farrow}}, DO.`,

  `CPAP serial {{DEVICE|22184417 9031}}, ResMed AirSense 11. Data card shows AHI 3.1. Pt {{NAME|Chaim Lieberman}}.`,

  `Hearing aid L: serial {{DEVICE|2213-AB-0045}}, R: {{DEVICE|2213-AB-0046}}. Pt {{NAME|Noelani Kamakau}}.`,

  `Vaccine given L deltoid: Shingrix, lot {{DEVICE|7X2DS}}, exp 06/2026. Pt {{NAME|Yuki Morimoto}}.`,

  `Glucose meter model FreeStyle Libre 3, sensor SN {{DEVICE|0M00084TXJ2}}. Reader synced to {{URL|https://libreview.example.com/p/55172}}.`,

  `Wheelchair asset tag {{DEVICE|WC-04417}} issued to {{NAME|Thelonius Byrd}} on discharge.`,

  `Pt drove himself: grey Honda, plate {{VEHICLE|KLM-4471}}. {{NAME|Dariusz Mazur}} advised not to drive after sedation. Lives {{LOCATION|Bridgeport}}; friend {{NAME|Stan}} to collect.`,

  `Reg {{VEHICLE|YX19 KVB}} parked in ambulance bay; owner {{NAME|Callum Ross}} (visitor). Security informed.`,

  `Motorcycle VIN {{VEHICLE|JH2RC5005LM200413}}, lic. plate {{VEHICLE|4M 7721}}. Rider {{NAME|Tevita Havili}}, helmeted.`,

  `Retinal scan template {{ID|RS-0034-77A1}} enrolled for {{NAME|Ngozi Adichie-Obi}} for the research portal.`,

  `Voiceprint ID {{ID|VP 5512 0090}} used by pt {{NAME|Ah-young}} for the refill line.`,

  `Full-face photo taken for wound clinic file, {{ID|PHOTO-2024-11-0043}}; {{NAME|Arturo Cienfuegos}} consented.`,

  `Palm-vein ID {{ID|PV#88120431}} registered at kiosk. Pt {{NAME|Oyinkansola Bello}}.`,

  `Connected from {{IP|73.181.22.204}}; pt {{NAME|Dagny Vik}} used the kiosk app.`,

  `Device MAC/IP on file: {{IP|172.16.8.141}} ({{NAME|Otto Lindahl}}'s home monitor).`,

  `Patient portal: {{URL|https://mychart.example-uhs.org/patient/2291847}} — {{NAME|Lakshmi Subramaniam}}.`,

  `Survey link sent: {{URL|surveys.example.net/r/ae77c19}} to {{EMAIL|dmuller@example.de}} ({{NAME|Dieter Müller}}).`,

  `Email: {{EMAIL|grandma.tupou@example.to}}. {{NAME|Losana Tupou}}, 88, asks for refill of bisoprolol.`,

  `Please email {{EMAIL|a_nowak_1962@example.pl}} the results — {{NAME|Adam Nowak}}.`,

  `Reply-To: {{EMAIL|kemi.ade+clinic@example.com}}
Subject: my son {{NAME|Tobi}}
He still has a cough after the antibiotics. — {{NAME|Kemi Adebayo}}`,

  `{{DATE|Sun 02 Jun 2024 18:02}} text from {{PHONE|+1 917 555 0133}}: "this is {{NAME|Bui}} - can i take ibuprofen with my bp meds"`,

  `Seen {{DATE|Christmas Eve}} by Dr. {{NAME|O}} in urgent care — pt {{NAME|Shoshana Peretz}} — sinusitis.`,

  `Appointment moved from {{DATE|04/02/24}} to {{DATE|April 9, 2024}}. {{NAME|Ifeanyi Obi}}.`,
  `REFERRAL LETTER
{{LOCATION|Riverbend Family Medicine}}, {{LOCATION|3300 Old Hickory Blvd, Suite 210}}, {{LOCATION|Nashville}}, TN {{ZIP|37221}}
Tel {{PHONE|615-555-0150}}  Fax {{FAX|615-555-0151}}
{{DATE|November 18, 2024}}
To: Dr {{NAME|Oluwaseun Fashola}}, {{LOCATION|Vanderbilt}} Hepatology
Re: {{NAME|Cody Ray Pruett}}, DOB {{DATE|07/14/1981}}, MRN {{MRN|RFM-0048812}}
Dear {{NAME|Seun}},
I would be grateful if you could see Mr {{NAME|Pruett}}, a welder at {{LOCATION|Nissan Smyrna}}, with ALT 212 and a FibroScan of 14.2 kPa. His wife {{NAME|Brandi}} can be reached at {{PHONE|615-555-0189}} or {{EMAIL|brandi.pruett@example.net}}.
With thanks,
{{NAME|Harriet Quiñones-Blake}}, MD, NPI {{LICENSE|1669 402 118}}`,

  `CONSENT / REGISTRATION
Name (Last, First): {{NAME|ABUBAKAR, HAUWA}}
Date of birth: {{DATE|02-03-1989}}
Address: {{LOCATION|Flat 6, 19 Gorsebrook Rd}}, {{LOCATION|Dartmouth}}, NS {{ZIP|B2Y 3K8}}
Phone: {{PHONE|(902) 555-0116}}   Email: {{EMAIL|h.abubakar@example.ca}}
MSI: {{HEALTH_PLAN|0044 771 298}}
Employer: {{LOCATION|IWK Health}}
Emergency contact: {{NAME|Musa Abubakar}} (brother) {{PHONE|(902) 555-0117}}`,

  `Discharge — {{LOCATION|Aga Khan University Hospital}}, {{LOCATION|Nairobi}}
Patient: {{NAME|Baraka Mwangi Kiprotich}}   IP No. {{MRN|AKU/IP/24/118204}}
Admitted {{DATE|02/09/2024}} with severe malaria, P. falciparum 4%. IV artesunate, then artemether-lumefantrine.
Discharged {{DATE|07/09/2024}} to {{LOCATION|Kitengela}}. NHIF no. {{HEALTH_PLAN|NHIF 5520198}}.
Follow-up with Dr {{NAME|Achieng Otieno}}, {{PHONE|0722 555 341}}.`,

  `From: {{NAME|Tadeusz Grabowski}} <{{EMAIL|tadek.grabowski@example.com}}>
Sent: {{DATE|Saturday, 5 October 2024 07:12}}
To: {{EMAIL|frontdesk@lakeshorepeds.example.org}}
Subject: {{NAME|Zofia}}'s shots
Hello, our daughter {{NAME|Zofia Grabowska}} (DOB {{DATE|4/22/2019}}) needs her kindergarten forms for {{LOCATION|Whittier Elementary}} by {{DATE|Friday}}. Insurance card photo attached ({{ID|card_front_IMG_2291.heic}}). We moved to {{LOCATION|5120 N Kenmore Ave Apt 3}}, {{LOCATION|Chicago}} {{ZIP|60640}}.
Thanks, {{NAME|Tadek}}`,

  `PHYSIOTHERAPY
{{NAME|Ngata, Rāwiri}}  NHI {{ID|PLK 2291}}  ACC claim {{ACCOUNT|ACC 10044 8813}}
Injury {{DATE|28/7/24}} at work ({{LOCATION|Fonterra Te Rapa}}). L rotator cuff strain.
Sessions at {{LOCATION|Hamilton East Physio}}, {{LOCATION|Grey Street}}. Next {{DATE|Tues 13th}}. Text {{PHONE|027 555 8812}}.`,

  `AUTOPSY REQUEST
Decedent: {{NAME|Bartholomew Quaye}}, {{AGE|94}}
Date of death {{DATE|11/02/2024}} 03:20, {{LOCATION|Meadowbrook Manor}}, {{LOCATION|Camden County}}
Next of kin: {{NAME|Afua Quaye-Mensah}} (daughter), {{LOCATION|219 Haddon Ave}}, {{LOCATION|Collingswood}}, NJ {{ZIP|08108}}, {{PHONE|856.555.0139}}
Attending: {{NAME|R. Vasquez-Oyelaran}}, MD`,

  `Pediatric dental note
Pt: {{NAME|Maya Begaye}} (age 7)   Guardian: {{NAME|Roberta Begaye}}
Clinic: {{LOCATION|Gallup Indian Medical Center}} Dental   Visit {{DATE|8-Aug-2024}}
Chart {{MRN|GIMC 771 204}}. 3 carious lesions, SDF applied. IHS beneficiary no. {{HEALTH_PLAN|4401-772-9918}}.
Bus from {{LOCATION|Tohatchi}} chapter house.`,

  `OUTSIDE RECORDS RECEIVED {{DATE|10/29}}
From {{LOCATION|Baptist Health Corbin}} via {{URL|https://records.example-baptist.org/req/77120}}
Pt {{NAME|Lorenzo Kessinger}}, {{AGE|90}}, of {{LOCATION|Williamsburg}}, KY. Acct {{ACCOUNT|BHC-5501-22908}}.
Includes echo {{DATE|May 2024}} and colonoscopy 2019. Sender {{NAME|Tammy Gilbreath}}, HIM, {{FAX|606-555-0112}}.`,

  `Night nursing note 02:30 — {{NAME|Thi Bich Ngoc}} ({{NAME|Ngoc}}) in 5 North bed 22, {{AGE|ninety-three}}, restless, pulling at cannula. Son {{NAME|Huy Tran}} phoned from {{LOCATION|San Jose}} ({{PHONE|408-555-0173}}), says she only settles to Vietnamese radio. Sitter requested; Dr {{NAME|Farah Siddiqui}} aware.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Cushing's syndrome screen: late-night salivary cortisol 9.1 nmol/L, 1 mg dexamethasone suppression cortisol 38 nmol/L. Endocrinology to review.`,
  `Graves disease, TRAb 6.2 IU/L. Carbimazole 20 mg daily; propranolol 40 mg TDS. Block-and-replace not chosen.`,
  `Admitted to Ward 7B under General Medicine. CURB-65 score 2. Co-amoxiclav and clarithromycin IV; switch to oral at 48 hours.`,
  `Kawasaki disease, day 6 of fever. IVIG 2 g/kg and aspirin. Echo: coronary Z-score +1.8. Paediatric Cardiology to repeat at 2 weeks.`,
  `Guillain-Barré syndrome, Hughes grade 3. FVC 2.1 L. Plasma exchange considered; IVIG 0.4 g/kg/day for 5 days started.`,
  `A 67-year-old man on Entresto 49/51 mg BID and Jardiance 10 mg. NYHA class II. NT-proBNP 940 pg/mL. Continue; recheck in 3 months.`,
  `Crohn's disease, Montreal A2 L3 B1. Harvey-Bradshaw index 9. Infliximab (Remicade) 5 mg/kg at weeks 0, 2 and 6.`,
  `Ottawa ankle rules negative; no X-ray needed. RICE, ibuprofen 400 mg TDS for 5 days. Return if unable to bear weight.`,
  `Bell's palsy, House-Brackmann grade IV. Prednisolone 50 mg for 10 days; eye taping at night. Ramsay Hunt excluded.`,
  `Mallampati class III, thyromental distance 5 cm. Difficult airway trolley to Theatre 4. Videolaryngoscope first.`,
  `Apgar 7 at 1 minute and 9 at 5 minutes. Birth weight 3.42 kg. Vitamin K given. To Postnatal Ward with mother.`,
  `Whipple procedure for pancreatic head adenocarcinoma, CA 19-9 412 U/mL. Adjuvant FOLFIRINOX planned by Oncology.`,
  `Lichtenstein mesh repair of right inguinal hernia. Day-case Surgical Unit. Paracetamol 1 g QDS and codeine 30 mg PRN.`,
  `Hashimoto thyroiditis with TSH 8.4 mU/L and anti-TPO 560 IU/mL. Levothyroxine (Synthroid) 50 mcg daily.`,
  `Fontaine stage IIb claudication, ABPI 0.62. Clopidogrel 75 mg and atorvastatin 80 mg. Supervised exercise for 12 weeks.`,
  `Sjögren syndrome: Schirmer test 3 mm at 5 minutes, anti-Ro positive. Hydroxychloroquine 200 mg BD; Ophthalmology annually.`,
  `Born in 1941; now 83. Frailty score CFS 5. Lives independently with carers twice daily. Medication review by Pharmacy.`,
  `Roux-en-Y gastric bypass in 2019; BMI now 31. B12 injections every 3 months, ferritin 14 ug/L. Ferinject 1000 mg.`,
  `Cardiac Catheterisation Lab: LAD 90% stenosis, drug-eluting stent 3.0 x 28 mm. TIMI 3 flow. Dual antiplatelet for 12 months.`,
  `Zollinger-Ellison syndrome suspected: gastrin 1,240 pg/mL off PPI for 7 days. Secretin test and Gallium-68 DOTATATE PET.`,
  `Nikolsky sign positive. Pemphigus vulgaris confirmed on biopsy with direct immunofluorescence. Rituximab 1 g x2.`,
  `Glasgow-Blatchford score 0. Outpatient endoscopy. Hb 141 g/L, urea 5.2 mmol/L, HR 78, SBP 132.`,
  `NICU: 29+4 weeks, 1,210 g. Surfactant via LISA. Caffeine citrate 20 mg/kg load. Cranial ultrasound on day 3 normal.`,
  `Depo-Provera 150 mg IM every 12 weeks. Next dose due in week 12. Mirena discussed as alternative.`,
  `Beck Depression Inventory 24. Escitalopram (Lexapro) 10 mg. Columbia Suicide Severity Rating Scale negative. Review in 2 weeks.`,
  `Barrett oesophagus, Prague C2M4, no dysplasia. Surveillance OGD in 3 years per BSG guidance. Esomeprazole 40 mg.`,
  `Stevens-Johnson syndrome, SCORTEN 2, after lamotrigine. Transferred to Burns Unit. Lamotrigine listed as allergy.`,
  `Morning ward round on Coronary Care Unit: 6 beds, 2 NSTEMI awaiting angiography, 1 post-TAVI, troponin trends reviewed.`,
  `Wilson disease: ceruloplasmin 0.08 g/L, 24-hour urine copper 2.1 umol, Kayser-Fleischer rings on slit lamp. Penicillamine started.`,
  `Reynolds Risk Score 12%. Rosuvastatin 10 mg. Lipoprotein(a) 180 nmol/L. Recheck lipids in 6 weeks; Lipid Clinic if LDL above 2.6.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter7', '/tmp/deid-ood-letters7.jsonl');
