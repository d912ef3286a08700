/**
 * A FOURTH out-of-domain check set for the de-identifier (issue 14), shaped like the held-out set it stands in for:
 * short clinician texts with names, hospitals, dates, MRNs, plan numbers and e-mails, US-heavy with some
 * international ones. Written by hand by engineer ood-author on 2026-12-03, BEFORE that session's deid rule changes
 * were merged, and never run against the rules by its author. It is scored ONCE, by the lead, at the end of the
 * session; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It deliberately varies: names with no cue word, names with initials, hyphenated and non-English names, hospitals
 * and clinics with and without their facility word, institution acronyms, MRN / account / plan / licence / device /
 * serial numbers in many shapes, dates in many formats, phones, faxes, e-mails, URLs, IPs, street addresses,
 * cities, ZIPs and ages over 89. Every name, address and number is invented; institution names may be the public
 * names of real hospitals, as organisations only.
 * Format as deid-ood-letters.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US state abbreviations and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them). PHI-free texts carry eponyms, drugs, doses,
 * scores, ages under 90, bare years, units, lab panels and institution-like clinical words, which must stay.
 *   node --import tsx scripts/deid-ood-letters2.ts [--out /tmp/deid-ood-letters2.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters2.jsonl --json
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Jasper Kettleborough}} saw ortho on {{DATE|17-Feb-2023}} for a left wrist buckle fracture. Cast for 3 weeks. Mom {{NAME|Delphine}} asked for a school note for {{LOCATION|Lakewood Elementary}}; her number is {{PHONE|720-555-0131}}.`,

  `Pt {{NAME|Lorna B.}} (MRN {{MRN|40-118-2276}}) seen in clinic {{DATE|2023-02-17}}. BP 148/92 on amlodipine 5 mg. Recheck {{DATE|3/17}} with {{NAME|Hollis}} (RN) at the {{LOCATION|Eastgate Family Clinic}}.`,

  `Called {{NAME|Teodoro Albuquerque-Sins}} back at {{PHONE|786-555-0142}} re: his A1c of 8.9. He wants to see Dr. {{NAME|Nakashima}} at {{LOCATION|Jackson Memorial}} instead of here.`,

  `Referral from {{LOCATION|Henry Ford Hospital}} ({{LOCATION|Detroit}}) for {{NAME|Marguerite-Anne Szabo}}, DOB {{DATE|Feb 17th, 1961}}, with biopsy-proven sarcoidosis. Fax records to {{FAX|313-555-0189}}.`,

  `{{DATE|17/02/23}} - Reviewed by {{NAME|Siddharth Venkataraman}} (SpR). Mrs. {{NAME|Oyelaran}}'s potassium 5.9, repeat sample sent. NHS number {{ID|943 476 5919}}.`,

  `From: {{EMAIL|k.whitmore-ames@cedarvalleyfp-example.com}}
Hi {{NAME|Raffaella}}, can you add {{NAME|Cosmo Dunleavy}} to Thursday's list? Plan # {{HEALTH_PLAN|BCX 7730014582}}, group {{HEALTH_PLAN|00491-B}}. Thanks - {{NAME|Kit}}`,

  `Pt transferred from {{LOCATION|UTSW}} to {{LOCATION|Parkland}} ICU overnight. Wife {{NAME|Ngozi Ekwueme-Hart}} at bedside, cell {{PHONE|214.555.0163}}.`,

  `{{NAME|MCALLISTER, TOBIAS J}}   Acct {{ACCOUNT|A000938172}}   Adm {{DATE|03/02/2024}}
Attending {{NAME|Ngata}}. Dx: community-acquired pneumonia, CURB-65 of 2. Ceftriaxone plus azithromycin.`,

  `Seen with {{NAME|Anouk van der Berghe}} (interpreter: {{NAME|Ruud}}). Lives at {{LOCATION|88 Cortland Street}}, {{LOCATION|Poughkeepsie}}, NY {{ZIP|12601}}. Follow-up {{DATE|March 9}}; reminders to {{EMAIL|anouk.vdberghe@example.nl}}.`,

  `Pacemaker check: {{NAME|Eugenia Pratt-Whitcombe}}, {{AGE|91}} years old. Device serial {{DEVICE|RXK-882104-H}}, model Azure XT. Battery 8.5 years. Remote monitoring via {{URL|www.carelinkremote-example.net}}.`,

  `Dear Dr. {{NAME|Hoang}},
Thank you for referring {{NAME|Ximena Ruiz de Alarcón}} to {{LOCATION|Lurie Children's}}. We saw her on {{DATE|the 4th of April}} for recurrent wheeze.
{{NAME|Bartosz Wiśniewski}}, MD, Pediatric Pulmonology`,

  `ED note {{DATE|Sept 30}}: {{AGE|93}} yo woman from {{LOCATION|Rosewood Manor}}. Hip pain after a fall. Son {{NAME|Clement Ashby}} is POA, {{PHONE|(503) 555-0127}}.`,

  `Prescriber: {{NAME|Ingeborg Halvorsen}}, NP   DEA {{LICENSE|MH4418207}}   State lic {{LICENSE|RN-0772314}}
Patient: {{NAME|Abdirahman Yusuf Warsame}}   DOB {{DATE|11.09.1977}}
Rx: sertraline 50 mg daily, #30, no refills.`,

  `lmk if {{NAME|jack smith}} ever came back for his stress test - he was supposed to go to {{LOCATION|barnes-jewish}} on {{DATE|the 12th}}. his # is {{PHONE|314 555 0158}}`,

  `Radiology report  Acc# {{ID|RAD2293018}}  MRN {{MRN|0004419823}}
Patient: {{NAME|Dobrzański, Feliks}}   Exam: CT head w/o contrast   Date: {{DATE|2024-01-22}}
Impression: no acute intracranial abnormality.`,

  `Insurance verified: {{NAME|Rosalía Montenegro}}, Medicare MBI {{HEALTH_PLAN|3QK7-RD2-WX48}}, secondary AARP {{HEALTH_PLAN|AA 418 220 917}}. Copay $25. Billing account {{ACCOUNT|HB-55820173}}. Address on file {{LOCATION|4410 Bluebonnet Trail}}, {{LOCATION|Round Rock}}, TX {{ZIP|78664-2210}}.`,

  `Portal message from {{NAME|Wilhelmina Croft}}: "my sugars were 210 this am, should i take more lantus?" Reply sent by {{NAME|Dez}} on {{DATE|2/17}}.`,

  `{{NAME|Kwame Asante-Boateng}} was admitted to {{LOCATION|Korle Bu Teaching Hospital}} in {{LOCATION|Accra}} in 2019 with malaria; now here in {{LOCATION|Columbus}} for follow-up of sickle cell disease.`,

  `IT ticket: workstation {{IP|10.44.18.203}} in Clinic B could not open the chart for MRN {{MRN|77120948}}. User {{EMAIL|lperalta@stvincenthealth-example.org}} ({{NAME|Lucinda Peralta}}), printer at {{IP|10.44.18.77}}.`,

  `Case discussed with Dr {{NAME|Ferreira-Lindqvist}} from {{LOCATION|MD Anderson}}. Pt {{NAME|Benedetta Lo Russo}}, {{AGE|90}}, prefers palliative care only; her sister {{NAME|Graziella}} ({{AGE|94}}) agrees.`,

  `{{NAME|Lily A.}} and {{NAME|Tomás R.}} both missed their {{DATE|Feb 21}} appointments. Front desk to call at {{PHONE|415-555-0135}} and {{PHONE|415-555-0199}}.`,

  `Work note: {{NAME|Guadalupe Echeverría}} was seen at {{LOCATION|MinuteClinic}} in {{LOCATION|Sacramento}} on {{DATE|Tuesday, 3/5/24}} and may return to work on {{DATE|3/7/24}}.`,

  `Handoff: Bed 12 is {{NAME|Sorensen}}, {{AGE|96}}F, urosepsis, on pip-tazo. Daughter {{NAME|Birgit}} visiting. Bed 14 is Mr. {{NAME|Okafor}}, chest pain rule-out.`,

  `Specimen {{ID|S-24-0017723}} received from {{LOCATION|Tampa General}}. Patient {{NAME|Ruth-Ellen Castellucci}}, collected {{DATE|01/30/2024}}. Result: Helicobacter pylori stool antigen positive.`,

  `Subject: {{NAME|Hamid Rahimzadeh}} DOB {{DATE|1959-07-14}}
{{NAME|Priyanka}}, please send his last 3 echos to {{EMAIL|echo.reads@northshorecardio-example.com}}. License plate for parking validation {{VEHICLE|8ZRD441}}.`,

  `Chaplain {{NAME|Obadiah Thornquist}} visited Mrs. {{NAME|Delacroix-Nwosu}} on {{DATE|12-Dec}}. Family from {{LOCATION|Port-au-Prince}} arriving {{DATE|Friday the 15th}}.`,

  `Interstate referral: {{NAME|Aroha Te Whata}}, URN {{MRN|2094417}}, Medicare no {{HEALTH_PLAN|2953 81746 1}}. Seen at the {{LOCATION|Royal Melbourne Hospital}} {{DATE|14/03/2024}}.`,

  `OK to schedule {{NAME|Hyun-woo Baek}} for colonoscopy at {{LOCATION|CHOP}}? No wait, he's 19 - book at {{LOCATION|Penn Presbyterian}} GI. Cell {{PHONE|267-555-0114}}.`,

  `Consent witnessed by {{NAME|Ludmila Chernenko}}, RN and {{NAME|Faisal Al-Qahtani}}, MD on {{DATE|Mar 3, 2024}} at {{LOCATION|Grady}}.`,

  `SSN {{SSN|431-70-2258}}, DOB {{DATE|06/19/1948}}, {{NAME|Cornelius Ravenscroft}}. Requesting records from {{LOCATION|Hennepin Healthcare}}, fax {{FAX|(612) 555-0177}}.`,

  `Wound clinic - {{NAME|Zainab Oduya}} - stage 3 sacral ulcer. Photos uploaded to {{URL|https://woundimages.mercyhealth-example.org/case/55102}}. Next visit {{DATE|Feb 28}}.`,

  `Per {{NAME|Jean-Baptiste Moreau}}, the patient's nephew, she lived alone at {{LOCATION|1207 W. Fullerton Ave}}, Apt 3, {{LOCATION|Chicago}}, IL {{ZIP|60614}} until {{DATE|Jan 2nd}}.`,

  `Dr. {{NAME|Amara Okoye-Lindstrom}} (nephrology, {{LOCATION|Christiana Care}}) recommends holding lisinopril. Pt {{NAME|Percival Hume}}, acct {{ACCOUNT|7788-20193-4}}.`,

  `DME order: CPAP for {{NAME|Rainer Schöttler}}, {{LOCATION|22 Linden Court}}, {{LOCATION|Frederick}}, MD {{ZIP|21702}}. Serial {{DEVICE|DS2-4471893}}. AHI 34.`,

  `Spoke to Ms. {{NAME|Yazzie}} by phone ({{PHONE|928-555-0106}}); she will drive in from {{LOCATION|Chinle}} to the {{LOCATION|Gallup Indian Medical Center}} on {{DATE|5 June}}.`,

  `Peds: {{NAME|Oisín Mac Giolla Bhríde}}, 4 yo, otitis media. Amoxicillin 90 mg/kg/day. Dad {{NAME|Cathal}} prefers texts to {{PHONE|+353 87 555 0192}}.`,

  `Claim denied: member {{NAME|Augustina Pereira}}, ID {{HEALTH_PLAN|UHC-9920418-01}}, DOS {{DATE|01/04/24}}. Appeal to {{EMAIL|appeals@uhc-claims-example.com}}.`,

  `{{NAME|Stellan Boije}} presented to {{LOCATION|Karolinska}} in {{LOCATION|Stockholm}} with chest pain; personnummer {{ID|19520314-5521}}. Transferred here {{DATE|16 Mar}}; Swedish records at {{URL|https://journal.example.se/pat/55213}}.`,

  `Nurse line: caller {{NAME|Maybelle}}, mother of {{NAME|DeShawn Pruitt-Hayes}} (MRN {{MRN|HX0093321}}), fever 102.4 F since {{DATE|Tues 2/13}}. Advised {{LOCATION|Children's Mercy}} ED.`,

  `Vaccine lot {{DEVICE|FL8833}} given to {{NAME|Ileana Vasquez-Oduro}} {{DATE|10/12}}; VIS dated 2023 provided. Registry ID {{ID|WIR-5502186}}.`,

  `Research consent: subject {{NAME|Nakoma Redcloud}}, study ID {{ID|STRIDE-0412}}, enrolled at {{LOCATION|Intermountain Medical Center}} in {{LOCATION|Murray}}, UT. Contact {{EMAIL|nredcloud77@example.net}}.`,

  `Signed out to {{NAME|Ravi}} at 19:00. Pending: troponin x2 for {{NAME|Eleftheria Papadakis}}, CT read for Mr. {{NAME|Gunnarsson}}.`,

  `Home health: {{NAME|Florentyna Zielińska}}, {{AGE|99}} y/o, {{LOCATION|17 Orchard Hill Rd}}, {{LOCATION|Worcester}}, MA {{ZIP|01609}}. Gate code on file. Aide {{NAME|Precious Mhlongo}}.`,

  `Telemetry alarm review: VPN login from {{IP|172.16.240.17}} at 02:10. {{NAME|Hazel Brightwater}}, RN, confirmed it was her, working from {{LOCATION|Ogden}}.`,

  `CLINIC LIST {{DATE|Wed 2/21}} - Dr. {{NAME|Okeke}}
08:30 {{NAME|Bellweather, Iris}} ({{MRN|KP-7730921}}) - DM f/u
08:50 {{NAME|Tran Thi Ngoc Anh}} ({{MRN|KP-7741180}}) - HTN
09:10 {{NAME|Ezra Goldfarb-Nunes}} ({{MRN|KP-6620045}}) - knee pain
09:30 {{NAME|Sunniva Aasgaard}} ({{MRN|KP-8812307}}) - new pt, from {{LOCATION|Kaiser Oakland}}`,

  `--
{{NAME|Marisela Quijano-Brandt}}, MD, MPH
Associate Program Director, Internal Medicine | {{LOCATION|Rush University Medical Center}}
{{LOCATION|2150 W. Polk St}}, {{LOCATION|Chicago}}, IL {{ZIP|60612}}
T {{PHONE|312.555.0148}} | F {{FAX|312.555.0149}} | {{EMAIL|marisela_quijano-brandt@rush-example.edu}}
Pager {{PHONE|555-0871}}`,

  `Lab requisition ({{LOCATION|LabCorp Burlington}}): patient {{NAME|Desmond Achterberg-Oyelowo}}, DOB {{DATE|Aug 3 1955}}, MRN {{MRN|01-4475-20}}, insurance {{HEALTH_PLAN|HUM H55019283}}. Tests: CMP, TSH, PSA. Physician {{NAME|Liesel Amundsen}}, NPI {{LICENSE|1427083156}}, phone {{PHONE|(336) 555-0123}}, fax {{FAX|(336) 555-0124}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Parkinson's disease, Hoehn and Yahr 2. Carbidopa-levodopa 25/100 mg three times daily. Tremor improved.`,
  `Crohn's disease of the terminal ileum, Harvey-Bradshaw index 9. Started ustekinumab 390 mg IV induction.`,
  `Babinski upgoing on the left, Hoffmann sign positive. MRI C-spine ordered. Glasgow 15.`,
  `Apgar scores 8 and 9 at 1 and 5 minutes. Birth weight 3.4 kg. Vitamin K given.`,
  `Glasgow Coma Scale 9 (E2 V2 M5) on arrival to the ED. Intubated. CT head pending in Radiology.`,
  `BMP: Na 138, K 4.1, Cl 102, HCO3 24, BUN 18, Cr 0.9, glucose 104 mg/dL. CBC unremarkable.`,
  `Metformin 1000 mg BID, empagliflozin 10 mg daily. A1c 7.2% down from 8.4% in 2022.`,
  `45-year-old man with Guillain-Barre syndrome after Campylobacter enteritis; FVC 1.9 L, transferred to ICU.`,
  `Hashimoto's thyroiditis, TSH 6.8 mIU/L, free T4 0.9 ng/dL. Levothyroxine 50 mcg.`,
  `Wells score 4.5, D-dimer 1.8 mg/L FEU. CTPA negative for PE. Discharged from the ED.`,
  `CHA2DS2-VASc 4, HAS-BLED 2. Apixaban 5 mg twice daily. Echo: LVEF 50%.`,
  `Cushing's syndrome excluded: late-night salivary cortisol normal x2. Repeat in 2025 if symptoms persist.`,
  `Lipid panel: total cholesterol 232, LDL 151, HDL 38, triglycerides 215 mg/dL. Atorvastatin 40 mg.`,
  `Epworth Sleepiness Scale 14. STOP-BANG 6. Polysomnography requested from the Sleep Lab.`,
  `Kernig and Brudzinski negative. LP deferred. Ceftriaxone 2 g q12h started empirically.`,
  `The 88-year-old was seen by Cardiology and Physical Therapy; Morse Fall Scale 55.`,
  `Alzheimer's dementia, MMSE 18/30. Donepezil 10 mg nightly. Caregiver support discussed.`,
  `PHQ-9 of 16, GAD-7 of 12. Escitalopram 10 mg. Safety plan reviewed; no SI.`,
  `Bishop score 8 at 39+2 weeks. Oxytocin started. GBS negative.`,
  `Tanner stage 3. Height on the 50th centile, BMI 21.4 kg/m2. HPV vaccine dose 2 due.`,
  `Sjogren's syndrome with anti-Ro positive; Schirmer test 3 mm at 5 minutes. Hydroxychloroquine 200 mg daily.`,
  `Ferritin 9 ng/mL, TSAT 6%, Hb 9.8 g/dL, MCV 71 fL. Ferrous sulfate 325 mg every other day.`,
  `Graves' disease treated with radioactive iodine in 2016; now hypothyroid on levothyroxine 125 mcg.`,
  `Ankle-brachial index 0.62 right, 0.88 left. Cilostazol 100 mg BID. Vascular Surgery consult.`,
  `Westley croup score 4. Dexamethasone 0.6 mg/kg PO once. Observed 3 hours in Pediatrics.`,
  `Meniere's disease: episodic vertigo, low-frequency hearing loss on audiogram. Betahistine 16 mg TID.`,
  `Child-Pugh B, MELD-Na 17. Lactulose 20 g TID, rifaximin 550 mg BID. Paracentesis removed 4.5 L.`,
  `Troponin I 0.02 then 0.03 ng/mL, HEART score 3. Discharged with outpatient stress testing.`,
  `Hodgkin's lymphoma stage IIA, ABVD x4 cycles completed in 2021; PET negative.`,
  `Raynaud's phenomenon, nailfold capillaroscopy normal. Nifedipine ER 30 mg daily in winter.`,
];

writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter2', '/tmp/deid-ood-letters2.jsonl');
