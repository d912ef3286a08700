/**
 * A SIXTH out-of-domain check set for the de-identifier (issue 14): 110 short clinician texts with hand-marked PHI and
 * 30 PHI-free texts. Kinds: referral and discharge letters, portal messages, telephone encounters, pathology, cytology
 * and radiology headers, consult notes, lab requisitions, social-work and safeguarding notes, prescriptions (including
 * controlled drugs), care-coordination e-mails with signatures, nursing and ICU hand-offs, fax covers, billing, audit,
 * research, transport, EMS and hospice notes; US-heavy with UK, Irish, Canadian, Australian, German and Spanish ones.
 * Written by hand by engineer author on 2026-12-04 (eighth session), BEFORE that session's deid changes were merged,
 * from the author's own knowledge of clinical documents and without reading the detectors, lists or dev scripts; never
 * run against the rules or models by its author (only its format and self-check were run). It is scored by the lead
 * only, once on the session's starting tree and once after its merge; never tune rules, lists or models to its texts,
 * and do not read its misses text by text.
 * It deliberately varies: names of many origins (Nigerian, Ghanaian, Vietnamese with diacritics, Polish, Arabic,
 * Hispanic, Irish with fadas, Korean, Chinese, Japanese, Indian, Hmong, Navajo, Greek, Dutch particles) with and without
 * cue words, given-name-first and family-name-first orders, ALL-CAPS "SURNAME, GIVEN", initials, nicknames, hyphenated,
 * particle (van der, de la, de los, Ní, Mac) and O'/Mc surnames, and surnames that are also eponyms; hospitals, clinics,
 * practices, shelters, care homes, funeral homes, employers, universities, invented acronyms, cities, streets, rural
 * routes and ZIPs/postcodes; dates as 2023-03-07, 7 Mar 23, March 7th, 07/03/2023, 3/7, 07.03.23, 1 III 1966,
 * "Tuesday the 7th"; ages over 89 (patients and relatives); phones and faxes in national and international shapes,
 * e-mails, URLs, IPs, MRNs, accession/case/claim/study numbers, accounts, plan/member/Medicare numbers, DEA/NPI/state
 * licence/CDL numbers, device serials, VIN and plates, SSNs (full and last four).
 * Format as deid-ood-letters3.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs", "Nurse", "Sgt.") and
 * degrees ("MD") stay outside a name, facility words ("Hospital", "Clinic") inside; US state and Canadian province
 * abbreviations and countries are not marked; years on their own are never marked (Safe Harbor keeps them, see
 * /work/shared/notes/standards.md section 5); bare weekdays and months without a day are not marked. PHI-free texts
 * carry eponyms, drug and device brands, doses, scores, ages under 90, bare years, units, ward names and place-like
 * disease names, which must stay.
 *   node --import tsx scripts/deid-ood-letters4.ts [--out /tmp/deid-ood-letters4.jsonl] [--counts]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters4.jsonl --json
 * The script refuses to write when its self-check fails (a gold span whose text differs from the marked text, a
 * stray brace, an unknown type, or a PHI-free text carrying a mark).
 */
import { unmark, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Oyelaran}},
Thank you for seeing {{NAME|Chukwuemeka Nwosu}} (DOB {{DATE|14/02/1961}}, MRN {{MRN|HMC-2290417}}), a retired bus driver with 6 months of progressive dysphagia to solids and 7 kg weight loss. OGD at {{LOCATION|Hollins Ferry Medical Center}} on {{DATE|7 Mar 23}} showed a friable lesion at 32 cm; biopsies pending.
Kind regards,
Consultant Gastroenterologist`,

  `Handoff 19:00, Ward 6B
- Bed 1 Mr {{NAME|Trần Văn Đức}}, {{AGE|91}}, post TURP day 1, CBI running clear, pain 2/10
- Bed 2 {{NAME|Ngozi}} (prefers "{{NAME|Zizi}}"), sickle crisis, PCA morphine, sats 96% RA
- Bed 3 {{NAME|KOWALCZYK, ZBIGNIEW}}, NBM from midnight for ERCP`,

  `Telephone encounter {{DATE|3/7}} 14:20. Spoke with patient's daughter {{NAME|Marisol}} at {{PHONE|(505) 555-0163}}. Mom is dizzier since the amlodipine increase. Advised to hold tonight's dose; nurse BP check tomorrow.`,

  `SURGICAL PATHOLOGY REPORT
{{LOCATION|Saint Columba's University Hospital}} - Department of Pathology
Patient: {{NAME|O'SHAUGHNESSY, BRIDGET A}}   MRN: {{MRN|00418-3392}}   Case: {{ID|S23-011847}}
Received: {{DATE|07/03/2023}}
Specimen: sigmoid colon, anterior resection.`,

  `CT CHEST WITH CONTRAST
Pt: {{NAME|Hoang Thi Lan}}   Acc# {{ID|RAD7730291}}   DOB {{DATE|1957-10-23}}
Ordering: {{NAME|J. de la Fuente}}, MD
Findings: 1.8 cm spiculated RUL nodule.`,

  `Portal message received {{DATE|Tuesday the 7th}}:
"Dr. {{NAME|Ruiz-Calderón}}, this is {{NAME|Guadalupe Ibáñez}}. Fasting sugars 250 to 300 all week even with the Lantus at 30 units. Can someone call me at {{PHONE|915-555-0128}}? I work nights."`,

  `{{LOCATION|Kettering Lane Family Practice}}
{{LOCATION|412 Kettering Lane}}, {{LOCATION|Dayton}}, OH {{ZIP|45429}}
Pt: {{NAME|Wojciech Zieliński}}   DOB: {{DATE|09.11.1948}}
Rx: Apixaban 5 mg tab, 1 bid, #60, RF x5
Prescriber DEA {{LICENSE|FO4418203}}`,

  `SW note: Met with pt and her partner {{NAME|Dwayne}} at bedside. Pt is staying at the {{LOCATION|Bright Horizons Women's Shelter}} and has no phone; shelter caseworker {{NAME|Imelda Sotelo}} can be reached at {{PHONE|412.555.0190}}, ext 3. Medicaid pending.`,

  `From: {{EMAIL|t.abernathy@sunvalleyhealth-example.org}}
To: {{EMAIL|carecoord@pinecresthomecare-example.com}}
Subject: {{NAME|Ferreira, Joaquim}} - hospital follow-up
Hi, {{NAME|Joaquim}} was discharged from {{LOCATION|Sun Valley Regional}} yesterday on home O2, 2 L. Can your RN visit by {{DATE|Friday 10th}}? Thanks`,

  `DISCHARGE SUMMARY - {{LOCATION|Queen Adelaide Infirmary}}
Patient: {{NAME|Siobhán Ní Bhriain}}   Hospital No: {{MRN|QAI 771 304}}
Admitted: {{DATE|28.02.23}}   Discharged: {{DATE|07.03.23}}
Diagnosis: community-acquired pneumonia, CURB-65 2.
GP: Dr {{NAME|Eamon Kavanagh}}`,

  `Triage 02:14: {{AGE|96}} yo female from {{LOCATION|Larchmont Gardens Assisted Living}}, found on floor by aide {{NAME|Precious Dlamini}}. Shortening and external rotation of L leg. Son en route.`,

  `LAB REQUISITION
Patient: {{NAME|Al-Rashid, Yousef}}   DOB: {{DATE|3/7/1972}}   Sex: M
Insurance: BlueShield member {{HEALTH_PLAN|XJH884012337}}
Tests: HbA1c, lipid panel, UACR
Ordering provider: {{NAME|Mei-Ling Chou}}, NP   Fax results to {{FAX|(602) 555-0147}}`,

  `Seen with {{NAME|Amara}} and her brother {{NAME|Chinedu}}, who interpreted. {{NAME|Chinedu}} says she stopped the metformin after moving in with them in {{LOCATION|Sacramento}} because of diarrhoea.`,

  `Pacemaker check: {{NAME|Bartholomew Quigley}}. Device Medtronic Azure XT DR, serial {{DEVICE|RNB418822S}}. Battery 9.5 years, RV threshold 0.75 V. Next remote {{DATE|June 7th}}.`,

  `ED security log: pt {{NAME|Rahim Chowdhury}} arrived by private car, plate {{VEHICLE|7KZP 391}}, left in the ambulance bay; car moved by valet at 23:50.`,

  `Registration: {{NAME|Efua Mensah-Bonsu}}, SSN {{SSN|412-66-0389}}, address {{LOCATION|88 Whitfield Court, Apt 2}}, {{LOCATION|Decatur}}, GA {{ZIP|30030}}. Emergency contact: brother, {{PHONE|404-555-0172}}.`,

  `Audit: chart of {{NAME|Haruka Nishimura}} accessed from {{IP|10.44.201.17}} at 03:12 on {{DATE|2023-03-05}} by a user not on the care team. Report filed at {{URL|https://compliance.lakeshorehealth-example.org/incident/88213}}.`,

  `{{NAME|Park Ji-hoon}} ({{AGE|93}}) - home visit. Lives with her daughter-in-law at {{LOCATION|1540 Ridgewood Ave}}, {{LOCATION|Fort Lee}}, NJ. BP 152/80, weight stable.`,

  `CC: Dr. {{NAME|Pieter van der Berghe}}, {{NAME|María José de la Cruz}} RN
Re: {{NAME|Annelies van den Heuvel}}, seen in clinic {{DATE|3/7/23}}.`,

  `{{NAME|Bobby}} (legal name {{NAME|Robert Akintola}}) back again, third visit this month for the same cough. Wife {{NAME|Funmi}} thinks it's the new dog.`,

  `{{LOCATION|Northgate Pathology}}, {{LOCATION|Leeds}} {{ZIP|LS9 7TF}}
Patient: {{NAME|HUSSAIN, Nadia}}   NHS: {{ID|485 230 7716}}   Hosp: {{MRN|J4482119}}
Sample taken: {{DATE|07 Mar 2023}} 09:05
Ferritin 6 ug/L (L)`,

  `Update from {{NAME|Lindiwe}}: {{NAME|Pavlos}} is back at {{LOCATION|Hawthorne House}} and eating. Her daughter will bring the dosette box round after 4.`,

  `Controlled substance Rx
Patient: {{NAME|Darnell Whitaker-Boone}}   Address: {{LOCATION|2307 Poplar Grove Rd}}, {{LOCATION|Memphis}}, TN {{ZIP|38117}}
Oxycodone 5 mg q6h prn, #20, no refills. Date {{DATE|March 7, 2023}}
Prescriber: {{NAME|Anjali Venkataraman}}, DO   DEA: {{LICENSE|BV7710432}}`,

  `Consult: {{NAME|Fatima bint Khalid Al-Harbi}}, 34F, 28/40, referred by Dr {{NAME|Yasmin Haddad}} from {{LOCATION|Al Noor Women's Clinic}} for GDM. OGTT {{DATE|27/02/2023}}: fasting 5.8, 2-h 9.1 mmol/L.`,

  `Prior authorization request
Member: {{NAME|Consuelo Barrientos}}   Member ID {{HEALTH_PLAN|W2740019983}}   Group {{HEALTH_PLAN|HMO-GOLD-4410}}
Drug: adalimumab 40 mg q2w for Crohn's disease. Failed azathioprine.
Prescriber phone {{PHONE|(210) 555-0114}}, fax {{FAX|(210) 555-0115}}`,

  `Billing note: account {{ACCOUNT|4400-18829-03}} for {{NAME|Teodora Vasilescu}} (DOS {{DATE|3/07/2023}}) was billed twice. Refund to card on file.`,

  `Consultant reviewed {{NAME|Lakshmi Narayanan}} on the ward round; {{NAME|Karthik}} (son) wants a family meeting on {{DATE|Thursday 9 March}}. Contact via {{EMAIL|karthik.narayanan83@example.in}}.`,

  `Well-child 15 mo: {{NAME|Mateo Quispe-Huamán}} with mom {{NAME|Rocío}}. Weight 10.4 kg (50th). MMR and varicella given. Daycare: {{LOCATION|Little Acorns Learning Center}}. Next visit 18 mo.`,

  `School medication form
Student: {{NAME|Imani Oduya}}   Grade 4   School: {{LOCATION|Roosevelt Elementary}}
Medication: albuterol HFA 2 puffs prn wheeze
Parent: {{NAME|Wanjiru Oduya}}, cell {{PHONE|651-555-0139}}
Date: {{DATE|03/07/23}}`,

  `{{NAME|Hashimoto Kenji}} (no relation to the thyroiditis, he jokes) has Graves' disease, on carbimazole 10 mg. Seen at {{LOCATION|Ridgeline Endocrine Associates}} {{DATE|7th March}}.`,

  `Pronounced 04:37 on {{DATE|8 March 2023}}. Decedent {{NAME|Eulalia Grzybowska}}, age {{AGE|97}}. Next of kin notified: granddaughter {{NAME|Kasia Nowak}} by phone.`,

  `Video visit link: {{URL|https://meet.brightpathvirtualcare-example.com/room/4471-ocasio}}. Patient {{NAME|Yamilet Ocasio}} will join from work; backup number {{PHONE|787-555-0155}}.`,

  `FAX
To: Dr. {{NAME|Benedikt Hollmann}}, {{LOCATION|Cedar Bend Orthopaedics}}   Fax {{FAX|319-555-0102}}
From: {{LOCATION|Iowa River Imaging}}
Re: MRI L knee, {{NAME|Colm Ó Súilleabháin}}
4 pages`,

  `Neurology consult for {{NAME|Nguyễn Thị Hồng}}, 67F, new L facial droop. Husband noticed at dinner 19:30 on {{DATE|3/6}}; LKW 18:45. NIHSS 4. Outside window for alteplase.`,

  `L&D triage: {{NAME|Ayelet Ben-David}} G3P2 at 37+2, EDD {{DATE|March 24, 2023}}, SROM at 06:10, clear fluid. GBS negative. Partner {{NAME|Yoni}} present.`,

  `Hospice admission: {{NAME|Augustin Delacroix}}, {{AGE|94}}, metastatic prostate cancer. Lives at {{LOCATION|7 Marigny Row}}, {{LOCATION|New Orleans}}, LA {{ZIP|70117}}. POLST on file. Primary caregiver: niece.`,

  `Psych: {{NAME|Ruairí}} reports voices telling him to go back to {{LOCATION|Galway}}. Roommate {{NAME|Ikenna}} called 911 after he left the stove on. No SI/HI.`,

  `XR chest PA/lat {{DATE|07/03}}: pt {{NAME|K.M.O.}}, ref. {{NAME|T. Nakashima-Reyes}}. No acute process; unchanged from {{DATE|14/11/2021}}.`,

  `Hi Dr. {{NAME|Jang}}, thanks for taking over {{NAME|Seo-yeon}}'s care while I'm away. Her last INR was 2.4 on {{DATE|3/2}}. My cell if needed: {{PHONE|(213) 555-0171}}.`,

  `Work injury: {{NAME|Estanislao Mendoza}}, employed by {{LOCATION|Ridgeback Freight}}, fell from a loading dock {{DATE|2/28/23}}. Claim # {{ID|WC-23-004419}}.`,

  `Critical value called: K 6.9 mmol/L on {{NAME|Abimbola Fashanu}} (MRN {{MRN|7740912}}) to RN {{NAME|Keziah}} at 02:31, read back.`,

  `Appointment letter
Mrs {{NAME|Philippa Hargreaves-Lyle}}
{{LOCATION|Flat 3, 19 Wexcombe Road}}
{{LOCATION|Bristol}} {{ZIP|BS6 5RJ}}
Your appointment at the {{LOCATION|Avonmouth Eye Unit}} is on {{DATE|Tuesday 14 March 2023}} at 10:40.`,

  `Paciente {{NAME|Rigoberta Cux Tzoc}}, 41 años, refiere dolor epigástrico. Vive en {{LOCATION|Chimaltenango}}; referida por el {{LOCATION|Centro de Salud San Andrés Itzapa}}. Cita control {{DATE|15/03/2023}}.`,

  `MICU sign-out
1. {{NAME|ABDULLAHI, MUSA}} - septic shock, norepi 0.12, lactate 2.1 downtrending
2. {{NAME|Reyes}} - DKA, gap closed 23:00, transition to SC insulin
3. {{NAME|Oluwaseun}} - ARDS, prone session #2, P/F 118`,

  `Pharmacist from {{LOCATION|Walgreens #10437}} called re {{NAME|Jerome Batiste}}'s warfarin - interaction with fluconazole. Call back {{PHONE|(504) 555-0137}}.`,

  `VA referral: Veteran {{NAME|Lemuel Ashby}}, SSN last four {{SSN|4417}}, ICN {{ID|1012847752V338104}}. PTSD, on prazosin. Community provider: {{LOCATION|Bayside Behavioral Health}}.`,

  `Dialysis unit: {{NAME|Tomasz Wiśniewski}}, chair 12, MWF. Fistula L arm. Dry weight 78.5 kg. Transport van {{VEHICLE|MT-2217}}.`,

  `Genetics: {{NAME|Rebecca Goldfarb}}, 29F, Ashkenazi. Sister {{NAME|Naomi}} carries BRCA1 185delAG (tested in 2019). Pedigree uploaded to {{URL|progeny.hillcrestgenetics-example.org/ped/55210}}.`,

  `Wound photos for {{NAME|Wilhelmina Hardcastle}} ({{AGE|90}}) stored under image set {{ID|WND-0307-118}}. Sacral stage 3, 4.2 x 3.1 cm. Dressing by {{NAME|Chioma}} q48h.`,

  `Referral to {{LOCATION|Westmead Paediatric Sleep Service}}: {{NAME|Lachlan Beaumont-Riley}}, 6 y, snoring and witnessed apnoeas. Medicare {{HEALTH_PLAN|2947 61830 1}}. Mum on {{PHONE|0412 555 907}}. Home {{LOCATION|Parramatta}} NSW {{ZIP|2150}}.`,

  `Ontario Health Card {{HEALTH_PLAN|6628-419-305-KM}}. {{NAME|Marie-Ève Bouchard-Lévesque}} seen at {{LOCATION|Clinique Médicale Saint-Roch}}, {{LOCATION|Ottawa}} ON {{ZIP|K1N 5T2}}, on {{DATE|2023/03/07}}.`,

  `Mandarin interpreter present. Patient {{NAME|Zhang Xiuying}}, {{AGE|92}}, hip pain after a fall. Her son lives in {{LOCATION|Flushing}}.`,

  `Mr {{NAME|Addison}} does not have Addison's disease; cortisol 480 nmol/L at 09:00. His GP Dr {{NAME|Parkinson}} requested the test because of fatigue.`,

  `Please send the echo report to {{EMAIL|rheum.admin@lakelandarthritis-example.co.uk}}. Re: {{NAME|Gideon Marsh}}, hosp no {{MRN|LLA-003318}}.`,

  `Transplant list: {{NAME|Farhan Qureshi}}, UNOS ID {{ID|ABX4471}}, blood group B+, cPRA 12%. Listed at {{LOCATION|Garden State Transplant Institute}} {{DATE|Jan 3, 2023}}.`,

  `Family hx: father died at {{AGE|93}} of "old age"; mother {{AGE|91}}, alive, Alzheimer's. Brother 64, MI. Patient {{NAME|Cornelius Vandermeer}}, 61, asymptomatic.`,

  `Contact in {{LOCATION|Lagos}}: cousin {{NAME|Babatunde Ogunleye}} {{PHONE|+234 803 555 0192}}. Patient {{NAME|Folake Adeyemi}} flying back {{DATE|12/03/2023}}.`,

  `Dental referral: {{NAME|Jaxon Pruitt}}, 16, impacted 38 and 48. Referring dentist {{NAME|Leticia Arroyo}}, DDS, {{LOCATION|Smile Harbor Dental}}, licence {{LICENSE|DN 22194}}.`,

  `The food challenge slots for next month are on {{URL|www.childallergybooking-example.ie}}. Can you book {{NAME|Saoirse}} and {{NAME|Fionn Mac Giolla}} for {{DATE|the 21st}}?`,

  `CYTOLOGY
Patient: {{NAME|DE LOS SANTOS, EDUARDO}}   Accession {{ID|C23-0451}}   Collected {{DATE|03-07-2023}}
Site: thyroid FNA, R lobe. Bethesda II.`,

  `EMS: picked up from {{LOCATION|3318 W Belmont Ave}}, {{LOCATION|Chicago}} at 21:14. Pt {{NAME|Stanisław Mazur}} found by a neighbour. BGL 2.1 mmol/L, glucagon 1 mg IM.`,

  `Message from {{EMAIL|lien.tran.family@example.net}}: "My father {{NAME|Trần Minh Quang}} is still coughing after the antibiotics. Can he be seen before {{DATE|Wed 15th}}?"`,

  `Specimen ID {{ID|SPC-88310274}} for {{NAME|Kamalei Kahananui}}, collected {{DATE|2023-03-07}} 08:15 at {{LOCATION|Kapiolani Outpatient Lab}}, {{LOCATION|Honolulu}}.`,

  `Omnipod 5 PDM serial {{DEVICE|PDM4410-7721-B}}; Dexcom G7 receiver {{DEVICE|DX7R-0093188}}. {{NAME|Priya Chattopadhyay}}, 13, T1D. Mum {{NAME|Sunita}} sends weekly reports.`,

  `{{NAME|Edna}} in room 4 refused her Adcal again. Room 6 ({{AGE|95}}) had a good night. Mrs {{NAME|O'Driscoll}}'s daughter rang, will visit {{DATE|Sunday 12th}}.`,

  `Referral to rheumatology
Patient: {{NAME|Małgorzata Kaczmarek}}, DOB {{DATE|1 III 1966}}, MRN {{MRN|PL-339018}}. Symmetrical small-joint synovitis, RF 88, anti-CCP >340. Referred by {{LOCATION|Greenpoint Community Health}}.`,

  `{{LOCATION|St. Bonaventure's Medical Center}} Microbiology: blood cultures x2 on {{NAME|Lucius Thornbury}} drawn {{DATE|3/7/2023}} 22:40 - GPC in clusters at 14 h. Called to the night resident.`,

  `Transferred from {{LOCATION|NVRMC}} ({{LOCATION|North Valley Regional Medical Center}}) to {{LOCATION|KUMC}} for ECMO evaluation. Pt {{NAME|Desmond Achebe}}, 44M.`,

  `Student health: {{NAME|Zainab Oyelowo}}, student ID {{ID|U7730184}}, {{LOCATION|University of Eastbridge}}. Presented with fever and petechial rash; transferred to ED.`,

  `0300: Mr. {{NAME|Gunnarsson}} pulled out his IV again. Wife {{NAME|Solveig}} (HCP) aware by phone. Sitter requested.`,

  `Re: {{NAME|Hon Ming Leung}} (b. {{DATE|9 Aug 1931}}, age {{AGE|91}}) - worsening breathlessness. Please see urgently.`,

  `Best,
{{NAME|Soledad Villanueva}}, LCSW
{{LOCATION|Eastlake Community Mental Health}} | {{LOCATION|Seattle}}, WA {{ZIP|98122}}
T {{PHONE|206-555-0124}} | F {{FAX|206-555-0125}} | {{EMAIL|svillanueva@eastlakecmh-example.org}}`,

  `{{NAME|Pa Nhia Xiong}}, 52F, diabetic foot ulcer; her husband {{NAME|Tou}} changes the dressing. They live on a farm outside {{LOCATION|Merced}}.`,

  `Arztbrief
Patient: Herr {{NAME|Jürgen Oberhäuser}}, geb. {{DATE|12.05.1954}}
Aufnahme {{DATE|01.03.2023}}, Entlassung {{DATE|7.3.}}
{{LOCATION|Kreisklinik Bad Tannenau}}, Innere Medizin`,

  `Pre-employment physical for {{LOCATION|Harborview Logistics}}: {{NAME|Tyrell Jenkins}}, CDL {{LICENSE|D4410-77291-06}}, BP 128/82, vision 20/20. DOT card issued.`,

  `Blood bank: {{NAME|Nomvula Sithole}}, anti-Kell detected. Transfusion ID band {{ID|BB-44190-X}}. Crossmatch 2 units for theatre tomorrow. Haematology aware.`,

  `MVC: pt {{NAME|Dakota Runningwater}}, driver of a 2014 Ford F-150, VIN {{VEHICLE|1FTFW1EF5EKE44812}}, plate {{VEHICLE|ABX 447}} (NM). Extricated after 35 min. GCS 13.`,

  `Dr. {{NAME|Ailsa McCorquodale}} asked me to see {{NAME|Hamish MacLeod}} re falls. Lives alone on the {{LOCATION|Isle of Lewis}}; daughter visits weekly.`,

  `RN phone triage {{DATE|Sat 3/4}} 08:50. Caller {{NAME|Jasmine Pham}} (self), 27, dysuria 2 days, no fever. Call back {{PHONE|480-555-0193}}. Rx sent to CVS on {{LOCATION|Southern Ave}}.`,

  `HIM: duplicate charts for {{NAME|Olga Petrenko}} - MRNs {{MRN|0091827}} and {{MRN|0091872}} - merged. DOB verified {{DATE|1962-04-18}}.`,

  `Outside slides received from {{LOCATION|Piedmont Valley Dermatopathology}}, {{LOCATION|Greenville}}, SC {{ZIP|29601}}: case {{ID|DP23-3310}}, {{NAME|Beaumont, Claire}}. Melanoma, Breslow 1.2 mm.`,

  `NIPT result for {{NAME|Ha-eun Choi}} ({{DATE|7/03/23}}): low risk for T21, T18, T13. Fetal fraction 9%. Results mailed to {{LOCATION|Palisades Park}}, NJ {{ZIP|07650}}.`,

  `Med rec done with {{NAME|Ignatius}} and {{NAME|Bernadette}} at the bedside; {{NAME|Bernadette}} keeps the pill organiser. Stopped ibuprofen.`,

  `Consent: {{NAME|Habib Rahmani}} for laparoscopic cholecystectomy, Dr. {{NAME|Olamide Bankole-Shaw}}, {{DATE|March 9th}}.`,

  `Safeguarding: {{NAME|Kayden}} (3) presented with a spiral fracture of the R tibia; mum's partner {{NAME|Liam Shortt}} gave the history. Children's social care informed, ref {{ID|CSC-2023-11874}}.`,

  `Full-face clinical photographs taken of {{NAME|Valentina Russo}} for rosacea tracking; stored at {{URL|https://photos.veronaderm-example.it/p/88214}}. Next photo {{DATE|06/06/2023}}.`,

  `Enrolled {{NAME|Leopold Abernathy-Klein}} in voice-biometric phone login; voiceprint ID {{ID|VP-00418832}}. Backup PIN set.`,

  `Study CARDIO-TRACK. Participant {{NAME|Raphael Okonjo}}, study ID {{ID|CT-0419}}, consented {{DATE|7 March 2023}}.`,

  `Interpreter request: Dari, for {{NAME|Gul Bibi Ahmadzai}}, appt {{DATE|Mon 13 Mar}} 10:00 at {{LOCATION|Riverbend Refugee Health Clinic}}.`,

  `Wheelchair serial {{DEVICE|WC-PR2-118447}} issued to {{NAME|Beatrix Holloway}}; repair vendor {{LOCATION|Mobility Plus of Tulsa}}, {{PHONE|918-555-0176}}.`,

  `Immunisation record: {{NAME|Ravi Teja Bollapragada}}, Tdap {{DATE|2023-03-07}}, L deltoid. Shingrix #2 due in two months.`,

  `Follow up with Dr {{NAME|Ekaterina Volkova}} at {{LOCATION|Lakeview Cardiology}}, {{LOCATION|Chicago}}, IL {{ZIP|60657}} on {{DATE|3/21/23}} at 9:15 AM.`,

  `{{NAME|Aoife Ní Dhomhnaill}} and {{NAME|Jean-Baptiste Nkurunziza}} both tested positive for influenza A; {{NAME|Jean-Baptiste}} started oseltamivir.`,

  `Home O2 order: concentrator serial {{DEVICE|EV-5510-33892}}, 2 L/min continuous. Patient {{NAME|Gertrude Blackwood}}, {{LOCATION|RR 2 Box 114}}, {{LOCATION|Harlan}}, KY {{ZIP|40831}}. Supplier acct {{ACCOUNT|LIN-0048871}}.`,

  `Police Sgt. {{NAME|Dominic Ferrante}}, badge {{ID|4471}}, requested a blood alcohol on the driver, {{NAME|Cody Larkin}}. Declined without a warrant.`,

  `{{NAME|Takahashi Yumiko}}, 58, breast cancer follow-up; on tamoxifen since 2021. Husband {{NAME|Hiroshi}} asks about genetic testing for their daughter.`,

  `Onset of chest pain {{DATE|Sunday the 26th}} while shoveling snow; seen at {{LOCATION|Urgent Care of Fairmont}} on Monday, ECG there reportedly normal. Wife {{NAME|Ilse}} drove him in.`,

  `Statement for account {{ACCOUNT|88-4419302}}. Patient {{NAME|Kofi Asante-Darko}}. Insurer Aetna, subscriber ID {{HEALTH_PLAN|W448812907}}. Balance $145.20.`,

  `Interface error: results for {{NAME|Bogdan Ionescu}} from the analyzer at {{IP|172.16.8.44}} not filed; resent from {{IP|172.16.8.45}}. MRN {{MRN|R-00772615}}.`,

  `"{{NAME|Doc}}" ({{NAME|Harlan Beauchamp}}) is what everyone on the unit calls him; retired vet, {{AGE|90}}. Daughter is POA.`,

  `She shared her smartwatch ECG export via {{URL|https://share.heartlog-example.com/u/mfarouk}}: AF episodes on {{DATE|3/1}} and {{DATE|3/4}}. {{NAME|Mariam Farouk}}, 66.`,

  `Transfer from {{LOCATION|Evergreen Terrace Nursing & Rehab}} ({{PHONE|802-555-0110}}): {{NAME|Florence Amadi-Nwosu}}, {{AGE|99}}, fever and confusion. DNR.`,

  `Req: {{NAME|Paulo Tuilagi}}, DOB {{DATE|11/30/1983}}, urate + renal panel. Ordering NPI {{LICENSE|1083664210}}, {{LOCATION|Manukau Family Health}}.`,

  `OPERATIVE NOTE - {{DATE|07-MAR-2023}}
Patient: {{NAME|Idowu Balogun}}   MRN: {{MRN|BLG0071934}}
Surgeon: {{NAME|Caoimhe Brennan-Walsh}}, MD
Procedure: laparoscopic appendicectomy.`,

  `Crisis line: caller identified as {{NAME|Jessamyn}}, 22, staying at a motel on {{LOCATION|Route 9}} in {{LOCATION|Saugerties}}. Mobile crisis team dispatched.`,

  `Pre-procedure call: {{NAME|Ezekiel Odhiambo}} confirmed colonoscopy {{DATE|3/14}} 7:30 AM at {{LOCATION|Lakeside Endoscopy Center}}. Driver: neighbor {{NAME|Ruth Ann}}. Bowel prep reviewed.`,

  `From {{EMAIL|nurse.hollis@cedarhurstschools-example.org}}: {{NAME|Aarav}} in Mrs. {{NAME|Delgado}}'s class had a nosebleed again today. Mom asked me to let you know.`,

  `GUM clinic no. {{ID|GU-44-0718}}, seen {{DATE|07/03/23}} at {{LOCATION|Brook Street Sexual Health}}. Chlamydia NAAT positive; doxycycline 100 mg bd for 7 days.`,

  `CGA: Mrs {{NAME|Kalliopi Papadakis}}, {{AGE|102}}, lives with her grandson above the family bakery on {{LOCATION|Astoria Blvd}}. MMSE 21/30. Independent in feeding.`,

  `Please fax the signed DME order to {{FAX|+1 (928) 555-0141}}, {{LOCATION|Tuba City Home Medical}}. Patient {{NAME|Marlene Begay}}, member {{HEALTH_PLAN|AZ-IHS-0044718}}, CPAP serial {{DEVICE|RS10-22B-77410}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Idiopathic Parkinson's disease since 2018, Hoehn and Yahr stage 2. Sinemet CR 25/100 at night and rasagiline 1 mg daily. Wearing-off before the midday dose.`,
  `Ileocolonic Crohn's disease, Harvey-Bradshaw index 9. Started ustekinumab 90 mg SC every 8 weeks after infliximab failure in 2021.`,
  `Hashimoto thyroiditis with TPO antibodies over 600 IU/mL. Levothyroxine 100 micrograms daily; TSH 3.2 mIU/L on the last check.`,
  `Babinski sign upgoing on the right, Hoffmann sign positive, Romberg negative. Glasgow Coma Scale 14 (E4 V4 M6).`,
  `Wells score for DVT 3, Caprini score 6. Compression ultrasound of the left leg negative from the common femoral to the popliteal vein.`,
  `Apgar 8 and 9. Ballard score consistent with 38 weeks. Erythromycin eye ointment and vitamin K 1 mg IM given in the delivery room.`,
  `Prostate biopsy: Gleason 3+4=7 (Grade Group 2) in 3 of 12 cores. PSA 7.8 ng/mL, PSA density 0.16. MRI PI-RADS 4 lesion.`,
  `Erythema migrans 9 cm at the popliteal fossa after a tick bite in a Lyme-endemic area; doxycycline 100 mg twice daily for 10 days.`,
  `Rocky Mountain spotted fever considered because of the rash on the palms and soles; Ebola and Lassa fever excluded on travel history.`,
  `Hodgkin lymphoma, nodular sclerosis, stage IIA; ABVD cycle 3 of 6. Echo LVEF 62%, DLCO 78% predicted before bleomycin.`,
  `Type 2 diabetes since 2015. Ozempic 1 mg weekly, Jardiance 25 mg, metformin XR 2 g. HbA1c 7.4% (57 mmol/mol). eGFR 68.`,
  `Atrial fibrillation, CHA2DS2-VASc 5, on Eliquis 5 mg twice daily. Watchman device considered because of recurrent GI bleeding.`,
  `Alzheimer's disease, MoCA 17/30. Donepezil 10 mg and memantine 10 mg twice daily. Lives with her husband, aged 84, who manages medications.`,
  `Sarcoidosis stage II on chest X-ray, serum ACE 92 U/L, calcium 2.71 mmol/L. Prednisone 20 mg daily, taper over 6 months.`,
  `Sjögren syndrome and Raynaud phenomenon; anti-Ro positive. Hydroxychloroquine 200 mg daily; annual retinal screening with OCT.`,
  `Ménière disease with episodic vertigo, tinnitus and low-frequency hearing loss on the left; betahistine 16 mg three times daily.`,
  `Cushing syndrome work-up: late-night salivary cortisol 9.1 nmol/L, 1 mg dexamethasone suppression cortisol 38 nmol/L. Not consistent with Cushing's.`,
  `Ranson criteria 2 at admission, BISAP 1. Lipase 1,870 U/L. Cullen and Grey Turner signs absent. IV Hartmann's solution 250 mL/h.`,
  `Kawasaki disease in the differential; fever 5 days, conjunctival injection, strawberry tongue. IVIG 2 g/kg and aspirin started; echo on day 7.`,
  `Fitted with a Freestyle Libre 3 sensor and an Omnipod 5 pump in 2022. Time in range 71%, below range 2%. Carb ratio 1:10.`,
  `Guillain-Barré syndrome, Hughes grade 3. Forced vital capacity 1.9 L. Plasma exchange 5 sessions. Miller Fisher variant not suspected.`,
  `Seen in the Intensive Care Unit after transfer from the Coronary Care Unit. Renal team and Infectious Diseases consulted; Nephrology to review on Monday.`,
  `Conn syndrome suspected: aldosterone 620 pmol/L, renin suppressed, ARR 95. Potassium 3.1 mmol/L on spironolactone washout in January.`,
  `Bishop score 4 at 41 weeks; cervical ripening with a Cook balloon, then oxytocin. Epidural at 5 cm. Spontaneous vaginal delivery.`,
  `Barrett oesophagus, Prague C2M4, no dysplasia on Seattle protocol biopsies. Omeprazole 40 mg daily; surveillance in 3 years.`,
  `Wernicke encephalopathy treated with Pabrinex two pairs three times daily. CIWA-Ar 14; chlordiazepoxide reducing regimen.`,
  `Ehlers-Danlos syndrome, hypermobile type; Beighton score 7/9. Marfan syndrome excluded; aortic root 3.1 cm on echo.`,
  `Rhesus negative at 28 weeks; anti-D 1500 IU given. Hb 108 g/L, ferritin 14 ug/L; ferrous fumarate 210 mg daily.`,
  `Tetralogy of Fallot repaired in 1998; now 26 years old with free pulmonary regurgitation, RV end-diastolic volume 168 mL/m2 on cardiac MRI.`,
  `Charcot foot, Eichenholtz stage 1. Total contact cast; Dexa T-score -2.6 at the hip. Vitamin D 42 nmol/L, started colecalciferol 800 IU daily.`,
];

const TYPES = new Set(['NAME', 'LOCATION', 'ZIP', 'DATE', 'AGE', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN', 'ACCOUNT', 'HEALTH_PLAN', 'LICENSE', 'VEHICLE', 'DEVICE', 'URL', 'IP', 'ID']);
const MARK = /\{\{([A-Z_]+)\|([^}]*)\}\}/g;

/** Checks every marked text: each gold span's text equals its marked text, types are known, no brace is left over. Returns problems and counts by kind. */
function selfCheck(): { problems: string[]; counts: Record<string, number> } {
  const problems: string[] = [];
  const counts: Record<string, number> = {};
  PHI_TEXTS.forEach((src, k) => {
    const marked = [...src.matchAll(MARK)].map((m) => ({ type: m[1] ?? '', text: m[2] ?? '' }));
    const { text, phi } = unmark(src);
    if (marked.length === 0) problems.push(`text ${k}: no PHI marked`);
    if (marked.length !== phi.length) problems.push(`text ${k}: ${marked.length} marks but ${phi.length} spans`);
    phi.forEach((p, j) => {
      const want = marked[j];
      if (!want || text.slice(p.start, p.end) !== want.text || p.type !== want.type) problems.push(`text ${k}: span ${j} does not equal its marked text`);
      if (!TYPES.has(p.type)) problems.push(`text ${k}: unknown type ${p.type}`);
      if (want && want.text.trim() !== want.text) problems.push(`text ${k}: span ${j} has surrounding blanks`);
      counts[p.type] = (counts[p.type] ?? 0) + 1;
    });
    if (/\{\{|\}\}/.test(text)) problems.push(`text ${k}: stray mark characters left after unmarking`);
  });
  PHI_FREE_TEXTS.forEach((t, k) => {
    if (/\{\{|\}\}/.test(t)) problems.push(`free text ${k}: carries a mark`);
  });
  return { problems, counts };
}

const check = selfCheck();
if (check.problems.length > 0) {
  process.stderr.write(`${check.problems.join('\n')}\n`);
  process.exit(1);
}
if (process.argv.includes('--counts')) {
  const total = Object.values(check.counts).reduce((a, b) => a + b, 0);
  process.stdout.write(`${JSON.stringify({ phi_texts: PHI_TEXTS.length, phi: total, by_type: check.counts })}\n`);
}
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter4', '/tmp/deid-ood-letters4.jsonl');
