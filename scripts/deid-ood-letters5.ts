/**
 * A fresh out-of-domain check set for the de-identifier (issue 14): short clinician texts (referral letters,
 * discharge snippets, portal messages, phone notes, e-mails, radiology/pathology headers, consult notes, nursing
 * handoffs, pharmacy notes) with PHI of all 18 Safe Harbor kinds, US-heavy with some UK, Canadian and Australian
 * ones, plus PHI-free texts. Written by hand by engineer author on 2026-12-04 (ninth session), before that session's
 * deid changes were merged, and never run against the rules by its author. It is scored by the lead only; never tune
 * rules, lists or models to its texts, and do not read its misses text by text.
 * It deliberately varies: names with no cue word (alone at line starts, in lists, lowercase, all caps, with initials,
 * hyphenated, of Vietnamese, Nigerian, Polish, Arabic, Indian and Hispanic origin), nicknames, relatives' names,
 * hospitals, clinics, schools and employers with and without their facility word, acronyms, neighbourhoods, cities,
 * counties, street addresses, ZIPs and postcodes, ages over 89 in many wordings, dates in many formats, phones, faxes,
 * e-mails, URLs, IPs, MRN / account / plan / licence / DEA / device / serial / VIN / plate numbers, biometric and
 * photo identifiers, and SSNs in several shapes. Every name, address and number is invented; institution names may
 * be the public names of real hospitals, as organisations only.
 * Format as deid-ood-letters2.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US states, provinces and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them); ages of 89 and under are not marked.
 * PHI-free texts carry eponyms, drugs, doses, scores, ages under 90, bare years, units, lab panels, brand names and
 * institution-like clinical words, which must stay.
 *   node --import tsx scripts/deid-ood-letters5.ts [--out /tmp/deid-ood-letters5.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters5.jsonl --json
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Thaddeus Mulcahy}}
{{DATE|04/11/2024}}
Seen today for follow-up of gout. Uric acid 8.1 on allopurinol 100 mg; increase to 200 mg. Return in 6 weeks.`,

  `Dear Dr. {{NAME|Adeyemi}},
Thank you for seeing {{NAME|Chidinma Okonkwo-Bell}}, a 34-year-old teacher at {{LOCATION|Westbrook Middle School}}, for her palpitations. Holter attached. She can be reached on {{PHONE|(919) 555-0147}}.
Kind regards,
{{NAME|Reuben Ashdown}}, MD`,

  `PHONE NOTE {{DATE|6-3-24}} 14:20. Caller: {{NAME|Nguyen Van Thanh}} (son). His mother {{NAME|Le Thi Hoa}} fell at home in {{LOCATION|Garden Grove}} last night, no LOC. Advised urgent care. Callback {{PHONE|714-555-0183}}.`,

  `discharge summary - {{NAME|WOJCIECHOWSKA, HALINA M}} - MRN {{MRN|00733-9182}}
Admitted {{DATE|Jan 9 2024}}, discharged {{DATE|Jan 14 2024}}. Dx: NSTEMI, 2-vessel CAD, DES to LAD. Follow up with Dr. {{NAME|Pryce-Owusu}} at {{LOCATION|Cleveland Clinic}} in 2 weeks.`,

  `Hi Dr {{NAME|Lam}} - this is {{NAME|Maribel}} from the front desk. {{NAME|Ignatius Fairweather}} wants his refill of losartan sent to the {{LOCATION|Walgreens}} on {{LOCATION|Kedzie Ave}} instead. Thx`,

  `Pt is a {{AGE|92}}yo man brought in by EMS from {{LOCATION|Sunny Acres Assisted Living}} with hypoxia. Daughter-in-law {{NAME|Roxanne Pettibone}} is the contact: {{PHONE|603.555.0119}}.`,

  `Pathology report
Accession: {{ID|SP24-118402}}   Patient: {{NAME|Oyebanji, Folasade T.}}   MRN: {{MRN|M88204417}}
Received: {{DATE|03-Apr-2024}}   Submitting physician: {{NAME|Gundersen}}
Diagnosis: tubular adenoma, low-grade dysplasia, margins clear.`,

  `From: {{NAME|Bogdan Kaczmarek}} <{{EMAIL|bkaczmarek77@example.com}}>
Sent: {{DATE|Monday, February 5, 2024}} 9:14 AM
Subject: test results
Doc, my potassium was 3.1 on the last one, do I need to come in? Thanks, {{NAME|Bogdan}}`,

  `Nursing handoff 0700: Rm 4211 {{NAME|Aldana}}, {{AGE|97}} F, CHF exacerbation, net -1.2 L. Rm 4212 {{NAME|Pérez-Villanueva}}, post-op day 1 lap chole, ambulating. Rm 4214 {{NAME|Rayburn}} ("{{NAME|Big Ray}}", prefers it) - CIWA 6.`,

  `Referral to {{LOCATION|Mass General}} Neurology for {{NAME|Siobhan Ferriter}}, DOB {{DATE|7/22/1986}}. New left-sided facial numbness. MRI brain {{DATE|5/30}} showed 3 periventricular lesions. Fax: {{FAX|617-555-0164}}.`,

  `Rx clarification call to {{LOCATION|CVS #4471}}: pharmacist {{NAME|Hemant Deshpande}} asked about metoprolol tartrate vs succinate for {{NAME|Ruthanne Skaggs}}. Clarified succinate 50 mg daily. Our DEA {{LICENSE|BF6631902}}.`,

  `{{NAME|farida al-masri}} called back, says the amoxicillin made her itchy. no hives no swelling. switched to azithro. pharmacy is the {{LOCATION|kroger}} on {{LOCATION|Dublin-Granville Rd}}.`,

  `CT ABDOMEN/PELVIS W CONTRAST
Name: {{NAME|BRANNIGAN, COLM}}   DOB: {{DATE|1952-11-03}}   Acc: {{ID|CT-2024-0093317}}
Ordering: {{NAME|Tsegaye Alemu}}, MD   Location: {{LOCATION|St. Luke's Boise}} ED
Impression: acute uncomplicated sigmoid diverticulitis.`,

  `Mr {{NAME|Arjun Raghunathan}} was reviewed in the fracture clinic at {{LOCATION|Leeds General Infirmary}} on {{DATE|12th March 2024}}. NHS no. {{ID|485 777 3456}}. Address: {{LOCATION|14 Harehills Lane}}, {{LOCATION|Leeds}} {{ZIP|LS8 4HX}}.`,

  `{{NAME|Emeka}} and {{NAME|Adaeze Nwachukwu}} brought their son {{NAME|Obinna}} (age 6) for asthma review. Peak flow 180 L/min. School: {{LOCATION|Holy Cross Elementary}}. Mom's cell {{PHONE|832-555-0171}}.`,

  `ED TRIAGE {{DATE|11/19/23}} 03:12 - {{AGE|ninety-four}}-year-old female, found on floor by neighbor {{NAME|Wendell Ogbonna}}. From {{LOCATION|1180 Magnolia Blvd}}, {{LOCATION|Macon}}, GA {{ZIP|31204}}. GCS 14.`,

  `Pharmacy note: vancomycin trough 22.4 for {{NAME|Marguerite Oyelowo}} ({{MRN|#2290044}}). Hold next dose, recheck in AM. - {{NAME|K. Bhattacharya}}, PharmD`,

  `Patient portal message
From: {{NAME|Dolores Quiñones}}
Date: {{DATE|2024-03-17}}
"My daughter {{NAME|Yesenia}} says I should ask about the shingles shot. I had chickenpox as a kid. Can I get it at the {{LOCATION|Valle Vista}} clinic?"`,

  `Consult note - Infectious Disease
Asked by Dr. {{NAME|Rosalind Achebe}} to see {{NAME|Tomasz Zieliński}}, a 58-year-old welder from {{LOCATION|Hamtramck}} with MSSA bacteremia. TEE negative. Cefazolin 2 g q8h x 4 weeks. PICC placed {{DATE|Dec 2}}.`,

  `{{NAME|Huong}}, please pull the chart for {{NAME|Tran Minh Khoa}} - he's on the schedule for {{DATE|Thurs 4/18}} but his insurance changed. New plan ID {{HEALTH_PLAN|W2284107733}}.`,

  `Pt {{NAME|Moshe Abergel}}, {{AGE|101}}, lives with grandson {{NAME|Eli}} in {{LOCATION|Borough Park}}. Seen at home for pressure injury check.`,

  `SSN: {{SSN|523-81-4476}}
Name: {{NAME|Latrice Dunwoody}}
Employer: {{LOCATION|Tyson Foods}}, {{LOCATION|Springdale}} plant
Work comp claim # {{ID|WC-24-3381907}}. Date of injury {{DATE|02/27/2024}}.`,

  `Dear {{NAME|Marjorie}},
Your mammogram on {{DATE|March 8}} at {{LOCATION|Baptist Health Women's Center}} was normal (BI-RADS 1). Repeat in one year.
Sincerely, {{NAME|Consolata Mwangi}}, NP`,

  `Radiology - chest x-ray portable
{{NAME|Gutierrez Ramos, Efraín}}   MRN {{MRN|4431-0982-7}}   {{DATE|04.02.2024}} 06:05
Line: R IJ CVC tip at cavoatrial junction. No pneumothorax.`,

  `Case for tumor board {{DATE|Wednesday 4/24}}: {{NAME|Priya Subramaniam}}, 47, ER+ breast ca. Path from {{LOCATION|Northside Hospital}}. Genomic score 31. Her husband {{NAME|Karthik}} will attend by video.`,

  `{{NAME|K. O'Shaughnessy}} - R knee OA. Steroid injection today, lot {{DEVICE|KN48821A}}. Next in 3 months. Parks in Lot C, plate {{VEHICLE|JHT 4492}} (handicap placard requested).`,

  `TO: Dr. {{NAME|Osei}}, FROM: cardiology. Echo for {{NAME|Grzegorz Nowicki}} {{DATE|2/9/24}}: LVEF 35%, moderate MR. Device clinic to interrogate ICD serial {{DEVICE|PZJ 602118 S}}.`,

  `Telephone encounter: {{NAME|Bernadette Lavoie}} from {{LOCATION|Sherbrooke}}, QC, visiting her sister in {{LOCATION|Burlington}}. Ran out of apixaban. OHIP no. {{HEALTH_PLAN|4417-228-903-KT}}. Sent 7-day supply.`,

  `{{NAME|JJ}} ({{NAME|James}} Jr) - seen with dad {{NAME|James Whitlock}} Sr. Ear pain x2 days, TM bulging. Amoxicillin 80 mg/kg/day. Daycare: {{LOCATION|Little Sprouts Learning Center}}.`,

  `Wound care note: {{NAME|Abimbola Fashola}}, {{AGE|90}} y.o., L heel ulcer 2.1 x 1.4 cm. Photo stored as {{ID|IMG_20240319_101522.jpg}}. Nurse {{NAME|Trinidad}} to visit {{DATE|3/22}}.`,

  `Subject: FW: records request
Please send {{NAME|Callum McTavish}}'s records (DOB {{DATE|9 Nov 1971}}) to {{EMAIL|records@lakeshorehealth-example.ca}}, fax {{FAX|416-555-0128}}. He moved to {{LOCATION|Etobicoke}}, ON {{ZIP|M9W 5K2}}.`,

  `Called Ms. {{NAME|Begay}} re: INR 4.6. Hold warfarin x1, recheck {{DATE|Fri 5/3}}. She lives out past {{LOCATION|Kayenta}} so will go to {{LOCATION|Tuba City Regional}}.`,

  `LAB CRITICAL: K 6.8 on {{NAME|Delacruz, Anabel}} ({{MRN|HMC-0083312}}) called to {{NAME|Ifeoma}} RN at 22:47 {{DATE|5/1/24}}, read back confirmed.`,

  `Dear colleague,
I saw {{NAME|Wiremu Tane}} at {{LOCATION|Auckland City Hospital}} on {{DATE|18/01/2024}}. He now lives in {{LOCATION|Brisbane}}; Medicare {{HEALTH_PLAN|5120 44871 2}}. Please continue his methotrexate 15 mg weekly.
{{NAME|Harriet Tipene-Blackwell}}, FRACP`,

  `Social work: pt {{NAME|Reginald Fontenot}}, {{AGE|93}}, widowed, lives alone in {{LOCATION|Lafayette Parish}}. Niece {{NAME|Clothilde}} checks in weekly. Meals on Wheels referral sent.`,

  `VACCINE ADMIN - {{NAME|Sung-min Cho}} - Tdap, lot {{DEVICE|3CA71B2}}, L deltoid. VIS given. {{DATE|10/03/2023}}. Registry confirmation {{ID|IIS-77120558}}.`,

  `Cath lab note {{DATE|22 Feb 2024}}: {{NAME|Olumide Bakare}}. R radial access. 95% mid-RCA, DES x1. Stent lot {{DEVICE|S0099812-04}}. Attending {{NAME|Ines Carvalho-Reid}}.`,

  `Pt {{NAME|mariana}} (last name {{NAME|ochoa}}) in rm 3 needs a spanish interpreter. from el salvador, here 2 yrs. BP 162/98.`,

  `Medication reconciliation: {{NAME|Zofia Adamczyk}}. Home meds verified with {{LOCATION|Rite Aid}} on {{LOCATION|Main St}} ({{PHONE|215-555-0152}}). Pt brings pill bottles from prior admission at {{LOCATION|Temple}}.`,

  `DEA {{LICENSE|AM2874413}}
NPI {{LICENSE|1942261870}}
{{NAME|Aloysius Mbeki-Fraser}}, DO
Rx: oxycodone 5 mg q6h prn, #12, for {{NAME|Darnell Witherspoon}}, DOB {{DATE|03/14/1990}}`,

  `Ophthalmology consult: {{NAME|Rajinder Kaur Sandhu}}, 66, diabetic. VA 20/60 OD. Referred by {{LOCATION|Sutter Gould}}. Retinal photos at {{URL|https://eyeimg.sutter-example.org/p/88124}}.`,

  `{{NAME|Dawit Tesfaye}}, {{NAME|Genet Tesfaye}} and {{NAME|Liya Tesfaye}} - family visit, all need TB screening for {{LOCATION|Ramsey County}} refugee program. QuantiFERON drawn {{DATE|1/16}}.`,

  `Incident report: at 02:30 on {{DATE|Nov 4th}} pt {{NAME|Mortimer Arbuthnot}} ({{AGE|96}} year old) was found sitting on floor beside bed on 5 West. No injury. Son {{NAME|Gerald}} notified at {{PHONE|(207) 555-0134}}.`,

  `{{NAME|Ana Lúcia Figueiredo}} - pregnancy 28+3. Glucose challenge 152. Refer to {{LOCATION|UCSF Diabetes and Pregnancy Program}}. Partner {{NAME|Tiago}}. EDD {{DATE|June 19, 2024}}.`,

  `RE: {{NAME|Hassan Yousef Al-Dosari}}, Saudi national, transferred from {{LOCATION|King Faisal Specialist Hospital}}, {{LOCATION|Riyadh}}. Passport {{ID|K4471982}}. Kidney transplant {{DATE|Aug 2019}}; tacrolimus level 6.1.`,

  `Rounds list
1. {{NAME|Fenwick}} - PNA, day 3 ceftriaxone
2. {{NAME|Yamamoto-Graves}} - DKA resolved, sub-q insulin
3. {{NAME|Obi}} - syncope, tele neg
4. {{NAME|St. Germain}} - cellulitis L leg`,

  `Occupational health: {{NAME|Vikram Joshi}}, forklift driver at {{LOCATION|Amazon DFW7}}, employee no. {{ID|E0448172}}. Back strain {{DATE|4/2/24}}. Light duty x 2 wks.`,

  `Home visit to {{LOCATION|2207 Pecan Hollow Dr}}, {{LOCATION|Killeen}} {{ZIP|76542}}. Pt {{NAME|Effie Mae Crenshaw}} is {{AGE|98}} and bedbound; caregiver granddaughter {{NAME|Shaniqua}}.`,

  `email from {{EMAIL|lucas.ferreira.br@example.com}} - "dr {{NAME|meadows}}, my dad's sugars are 300s since the prednisone." Pt is {{NAME|Joaquim Ferreira}}, MRN {{MRN|60021193}}.`,

  `Anesthesia pre-op: {{NAME|Przemysław Grabowski}}, 71 M, for TKA {{DATE|5/13}}. Mallampati III, OSA on CPAP (serial {{DEVICE|P2231088761}}). ASA 3.`,

  `Transfer accepted from {{LOCATION|Our Lady of the Lake}} ({{LOCATION|Baton Rouge}}). Pt {{NAME|Antoinette Broussard}}. Accepting MD {{NAME|Fairbanks}}. Call-back {{PHONE|225-555-0176}}.`,

  `{{NAME|Nkechi}} in billing: please re-submit claim for {{NAME|Isidore Babatunde}}, account {{ACCOUNT|8802-441-93}}, DOS {{DATE|2.14.24}}, Medicaid {{HEALTH_PLAN|TX 559018842}}.`,

  `Letter for school: {{NAME|Mateo Castañeda}} was seen in our clinic on {{DATE|April 3rd}} and may return to {{LOCATION|Roosevelt High School}} on {{DATE|April 5th}} with no restrictions.`,

  `Nephrology f/u - {{NAME|Shreya Iyer}}. eGFR 28, K 5.2. Transplant eval at {{LOCATION|Johns Hopkins}} on {{DATE|the 29th}}. Husband {{NAME|Anand}} drives.`,

  `MYCHART: "hi its {{NAME|brandi}} from yesterday, the baby ({{NAME|kaylee}}) still has fever 101.9, is that ok?" - reply by {{NAME|Mei-Ling Chow}}, RN, advised recheck.`,

  `Ms {{NAME|Gwendolyn Pugh-Ellery}}, {{AGE|ninety-one}}, attended the memory clinic at {{LOCATION|Royal Gwent}} on {{DATE|5 Feb}}. MoCA 17/30. Lives in {{LOCATION|Caerleon}} with husband {{NAME|Idris}}.`,

  `{{NAME|Bui Thi Lan}}
{{NAME|Pham Quoc Bao}}
{{NAME|Dang Minh Chau}}
- all 3 due for hep B series, {{LOCATION|Little Saigon}} community clinic outreach {{DATE|Sat 3/9}}.`,

  `Post-op call {{DATE|Tues 4/9}} - spoke w/ wife {{NAME|Bernice}}. Mr. {{NAME|Tolliver}} eating, pain 3/10. Incision clean. Staples out at {{LOCATION|Piedmont Atlanta}} in 10 days.`,

  `Sleep study report {{ID|PSG-24-0551}}: {{NAME|Ravindra Pillai}}, BMI 36. AHI 41. Referred by {{NAME|Esperanza Loera}}, PA-C, {{LOCATION|Kaiser Permanente Fontana}}.`,

  `Fax cover
To: {{LOCATION|Duke Cardiology}} fax {{FAX|919-555-0117}}
From: {{LOCATION|Carolina Family Practice}}, {{LOCATION|Apex}}
Re: {{NAME|Ezekiel Okoro}}, DOB {{DATE|08/30/1966}}
Pages: 4`,

  `{{NAME|HAUGLAND, BRIGID}} - SSN {{SSN|447 20 9183}} - needs prior auth for Ozempic. BCBS ID {{HEALTH_PLAN|XYP884201552}}.`,

  `Pt states she's "{{NAME|Nana Ama}}" to everyone; legal name {{NAME|Ama Serwaa Boateng}}. From {{LOCATION|Kumasi}}, arrived {{DATE|Oct 2023}}. Hb 7.9, MCV 64.`,

  `ED course: {{NAME|Diego Armando Saucedo}}, motorcycle vs car on I-10 near {{LOCATION|Las Cruces}}. Bike plate {{VEHICLE|NM 7Y2K41}}. FAST negative. Ortho for R tib-fib.`,

  `Speech therapy: {{NAME|Lorcan}} (3y) - 20 words. Mom {{NAME|Aoife Brennan}} reports hearing test at {{LOCATION|Temple Street}} on {{DATE|11/01}} was normal.`,

  `Dr {{NAME|Mahalingam}} - re your pt {{NAME|Beatrix Holloway-Quist}}: her DEXA at {{LOCATION|Hoag}} showed T-score -2.9 at the hip. Happy to start zoledronic acid. - {{NAME|Ferdinand}}`,

  `Peds cardiology: {{NAME|Maryam Hussaini}}, 9 mo, VSD, weight 6.8 kg. Next echo {{DATE|2024-07-08}}. Family uses e-mail {{EMAIL|hussaini.family@example.org}}.`,

  `Telehealth note: session from IP {{IP|73.162.44.219}}; pt {{NAME|Wilbur Fanshawe}} at home in {{LOCATION|Bozeman}}. BP log avg 138/84. Continue amlodipine.`,

  `{{NAME|Chukwuemeka Eze}} came in w/ his cousin {{NAME|Uche}}. Works nights at {{LOCATION|FedEx Hub}} in {{LOCATION|Memphis}}. Fasting glucose 141, A1c 6.9.`,

  `Clinic: {{LOCATION|Mercy Fort Smith}} Pulmonary
Patient: {{NAME|Loretta Haskins}}   Age: {{AGE|95}}   Visit: {{DATE|2/20/2024}}
FEV1 1.02 L (48%). Continue tiotropium. O2 2 L at night.`,

  `handoff: {{NAME|magda}} in 12 is npo after midnight, mr {{NAME|patel}} in 14 needs his 2200 heparin. {{NAME|dre}} covering till 7a.`,

  `GI procedure note: colonoscopy {{DATE|17 Apr 2024}} on {{NAME|Hiroshi Tanabe}}. Scope serial {{DEVICE|CF-HQ190L 2847119}}. 2 polyps removed. Path to {{LOCATION|Quest}}.`,

  `{{NAME|Fatima Zahra Benali}}, 29, G2P1, from {{LOCATION|Casablanca}}. Seen at {{LOCATION|NewYork-Presbyterian}} {{DATE|1/12/24}}; her husband {{NAME|Youssef}} interprets (Darija).`,

  `Insurance: Aetna member {{HEALTH_PLAN|W113880492}}, group {{HEALTH_PLAN|0871654-10-003}}. Subscriber {{NAME|Roland Esterhazy}}. Patient {{NAME|Clementine Esterhazy}} (dependent).`,

  `Sleep clinic intake from {{EMAIL|jtorres-mendez@example.net}}: "I snore a lot, my wife {{NAME|Pilar}} says I stop breathing." Pt {{NAME|Jorge Torres-Méndez}}, 52. Epworth 15.`,

  `Vascular lab {{DATE|2024-04-04}}: ABI 0.54 R. Pt {{NAME|Lucius Abernathy}} III. Referred to Dr {{NAME|Ogunleye}}, {{LOCATION|Emory Vascular}}.`,

  `Dear Dr {{NAME|Whitcombe}},
Re: Master {{NAME|Kofi Asamoah}} DOB {{DATE|23.06.2015}}
{{NAME|Kofi}} was seen in the paediatric clinic at {{LOCATION|Evelina London}} with recurrent abdominal pain. Coeliac screen negative.
Yours sincerely`,

  `Rehab: {{NAME|Jadwiga Lis}}, {{AGE|ninety-two}} years old, s/p R hip ORIF at {{LOCATION|Loyola}}. Daughter {{NAME|Krystyna}} wants SNF near {{LOCATION|Berwyn}}.`,

  `Reminder texted to {{PHONE|(505) 555-0190}} for {{NAME|Esteban}} - appt {{DATE|Mon 4/22}} at 9:40. Bring med list.`,

  `Urology: {{NAME|Amadou Diallo}}, 64, PSA 9.8 (from 6.1 in 2022). MRI prostate PI-RADS 4. Biopsy at {{LOCATION|Sloan}} {{DATE|May 2}}.`,

  `Security log: badge {{ID|BDG-220417}} ({{NAME|Terrence Holloway}}, transport) accessed pharmacy at 03:11. Fingerprint template {{ID|FP-00918-R}} matched.`,

  `Sister {{NAME|Mary Agnes}} (religious name; legal {{NAME|Margaret Doherty}}), {{AGE|99}}, from {{LOCATION|St. Joseph's Convent}}, {{LOCATION|Latham}}. UTI, nitrofurantoin.`,

  `CONFIDENTIAL - HIV clinic. {{NAME|D. Okonjo}}, MRN {{MRN|ID-5561203}}. VL <20, CD4 612. Continue Biktarvy. Next visit {{DATE|08/15}}.`,

  `Patient: {{NAME|Lakshmi Narayanan}}
Address: {{LOCATION|4 Birchwood Crescent}}, {{LOCATION|Markham}}, ON {{ZIP|L3R 2Z7}}
Health card: {{HEALTH_PLAN|6629 118 402}}
Reason: thyroid nodule 2.3 cm, TI-RADS 4.`,

  `Chaplaincy: visited {{NAME|Bartholomew Iwu}} and wife {{NAME|Grace}}. He asked for Fr. {{NAME|Anyanwu}} from {{LOCATION|St. Brigid's}} parish.`,

  `{{NAME|TRUONG, MY LINH}}     DOB {{DATE|12/01/1979}}     MRN {{MRN|2208841}}
Seen in {{LOCATION|Westminster}} office. Hep B sAg positive, DNA 2,400 IU/mL. Ultrasound q6mo.`,

  `Note to self: call {{NAME|Gaylord}} at {{LOCATION|Hillcrest}} about the MRI for Ms. {{NAME|Ivey}} - {{PHONE|336-555-0172 x4471}}.`,

  `ICU daily: {{NAME|Abdulrahman Haddad}}, day 6 ARDS. P/F 140. Sister {{NAME|Rania}} arriving from {{LOCATION|Amman}} tomorrow; uncle in {{LOCATION|Dearborn}} is the surrogate.`,

  `Discharge instructions given to {{NAME|Pearline Washington}} and her son {{NAME|Marcus}}. F/u PCP Dr. {{NAME|Felder}} within 7 days at {{LOCATION|Southside Community Health}}.`,

  `OB triage {{DATE|3/3/24}} 01:40 - {{NAME|Keisha Lamont-Reyes}}, 36+1 wks, BP 158/104, protein/Cr 0.6. Preeclampsia w/o severe features. MRN {{MRN|OB-4419920}}.`,

  `Cardiac rehab enrollment: {{NAME|Seamus Kilbride}}, DOB {{DATE|02-29-1956}}. Heart rate monitor serial {{DEVICE|HRM-7Q4412}}. Emergency contact {{NAME|Noreen Kilbride}} {{PHONE|617 555 0102}}.`,

  `Per pt's brother {{NAME|Olamide}}, pt was last seen normal at 6 pm at their shop on {{LOCATION|Fulton St}}. NIHSS 9. tPA given 20:14.`,

  `Dental referral: {{NAME|Esmeralda Ybarra}}, 17, braces at {{LOCATION|Smile Bright Orthodontics}}. Needs clearance before wisdom teeth. Mom {{NAME|Rocío}} {{PHONE|956-555-0143}}.`,

  `Addendum {{DATE|3/12/2024}}: spoke with Dr. {{NAME|Pfeiffer-Nakamura}} at {{LOCATION|Mayo Clinic Rochester}}; they will accept the pt for TAVR eval. Pt {{NAME|Ottilie Brandvold}}, {{AGE|91}}.`,

  `SSN on file {{SSN|318449027}} does not match Medicare record for {{NAME|Cleon Haywood}}. Please verify at check-in.`,

  `PACU handoff: {{NAME|Nomvula Dlamini}}, lap appy. Received 4 mg morphine. Husband {{NAME|Sipho}} in waiting room, cell {{PHONE|+27 82 555 0147}}.`,

  `Derm: {{NAME|Aksel Thorvaldsen}}, 70, changing nevus L back, 9 mm. Dermoscopy images uploaded to {{URL|derm-images.example-health.com/c/44120}}. Excision next Tuesday.`,

  `{{NAME|Annunziata}} ({{NAME|Nancy}}) {{NAME|DiBenedetto}}, {{AGE|90}}, AF on apixaban. Lives at {{LOCATION|Brookdale Senior Living}} in {{LOCATION|Cranston}}.`,

  `Lab: {{LOCATION|Sonic Healthcare}} ref {{ID|24-7781022}}. Pt {{NAME|Tayla Kowalczyk}}, Medicare {{HEALTH_PLAN|3394 11820 5}}, {{LOCATION|Fitzroy}} VIC {{ZIP|3065}}. TSH 0.02, FT4 34.`,

  `Dr. {{NAME|Olusegun Adebayo-Smith}} is on leave {{DATE|4/8}} to {{DATE|4/19}}; his pts will be seen by {{NAME|Hsu}}.`,

  `Physical therapy: {{NAME|Rebekah}} - L ACL recon wk 6. ROM 0-115. Plays for {{LOCATION|Carmel High}} soccer. Coach {{NAME|Dunbar}} asked for update at {{EMAIL|coach.dunbar@example-schools.org}}.`,

  `Vehicle-involved: pt {{NAME|Sterling Abernethy}} drove himself in, car is a silver Camry VIN {{VEHICLE|4T1BF1FK5CU118392}} left in ambulance bay. Security to move it.`,

  `Pt is {{AGE|103}} years of age. Centenarian, lives w/ daughter (80) in {{LOCATION|Ocala}}. Name: {{NAME|Viola Threadgill}}.`,

  `IT: EHR access from {{IP|192.168.14.203}} flagged for MRN {{MRN|55019284}}. User {{EMAIL|jmcallister@baystate-example.org}} - inappropriate access review opened.`,

  `{{NAME|Agnieszka}}, RN -> Dr {{NAME|Kuti}}: bed 7 ({{NAME|Sokolowski}}) BP 84/50, lactate 3.9. Fluids running. Please come.`,

  `Return to work: {{NAME|Marisol Betancourt}}, cashier at {{LOCATION|H-E-B}} on {{LOCATION|Zarzamora}}, seen {{DATE|March 11}}. Off work until {{DATE|March 14}} (influenza A).`,

  `Dr. {{NAME|Emeka Chukwu}} (Hematology, {{LOCATION|Atlanta Medical Center}}): sickle cell pt {{NAME|Jamal Freeman}}, Hb 6.4, retic 14%. Transfuse 1 unit. Contact {{PHONE|404-555-0137}}.`,

  `Audiology: {{NAME|Magnus Lindqvist}}, {{AGE|96}}, bilateral hearing aids, serials {{DEVICE|PH-L 2231-778}} and {{DEVICE|PH-R 2231-779}}. Batteries replaced.`,

  `Family meeting {{DATE|12/28}}: present were pt's children {{NAME|Ahmed}}, {{NAME|Layla}} and {{NAME|Omar Farouk}}, and Dr {{NAME|Sethi}}. Decision: DNR/DNI.`,

  `{{NAME|Sadie}} - 14 y/o - from {{LOCATION|Maplewood}}, seen for sports physical. Parent signature {{NAME|Colleen Ritter}}. HR 62, BP 112/70.`,

  `Pre-auth #{{ID|PA-2024-0339112}} approved for MRI L-spine, pt {{NAME|Vernon Lightfoot}}, member {{HEALTH_PLAN|CIG 71138204}}, valid through {{DATE|06/30/2024}}.`,

  `Pt {{NAME|Xochitl Huerta}} seen at {{LOCATION|La Clínica de la Raza}} in {{LOCATION|Fruitvale}}. Pap/HPV done. Result to {{PHONE|510-555-0158}} by text.`,

  `Dear Sir/Madam,
I confirm that {{NAME|Oluwaseun Adeyemi-Grant}} of {{LOCATION|Flat 3, 22 Coldharbour Lane}}, {{LOCATION|Brixton}}, {{ZIP|SW9 8PR}} has been under my care for type 1 diabetes since 2015.
Dr {{NAME|P. Ramaswamy}}, GP`,

  `nurse line sun pm: {{NAME|tiffany howell}} calling about her dad {{NAME|earl}}, {{AGE|94}}, confused since this morning, fever 38.6. sent to ED at {{LOCATION|st francis}}.`,

  `{{NAME|Natalia Ivanova}}
Lab only - fasting lipid panel and A1c. Order placed by Dr {{NAME|Romero}}. Draw at {{LOCATION|Quest Diagnostics}} on {{LOCATION|Route 9}}.`,

  `Patient {{NAME|Bashir Rahmani}}, 38, Afghan SIV holder. Arrived via {{LOCATION|Fort McCoy}}. A-number {{ID|A 219-448-771}}. Latent TB, starting rifampin 4 months.`,

  `Cardiology telephone: Ms. {{NAME|Hyacinth Barrow}} reports her Kardia ECG (app account {{EMAIL|hbarrow58@example.com}}) showed AF twice this week. Apixaban already. Visit {{DATE|5/6}}.`,

  `{{NAME|RAMÍREZ LÓPEZ, JUAN CARLOS}}
Fecha {{DATE|14/02/2024}}. Referido desde {{LOCATION|Hospital Ángeles}} {{LOCATION|Tijuana}}. Cirrosis por VHC, MELD 18.`,

  `Reviewed old records from {{LOCATION|Beth Israel Deaconess}} (pt {{NAME|Imogen Sturrock}}): 2018 colonoscopy normal; 2021 echo LVEF 60%. New referral to {{LOCATION|BIDMC}} GI.`,

  `Pt {{NAME|Kwabena Owusu}} (MRN {{MRN|KO-2219045}}) and his twin {{NAME|Kwaku}} (MRN {{MRN|KO-2219046}}) both sickle trait. Genetic counselling at {{LOCATION|Nationwide Children's}}.`,

  `Pt reports she moved from {{LOCATION|Hialeah}} to {{LOCATION|Kissimmee}} in {{DATE|January}}; new address {{LOCATION|3318 Heron Pointe Way}}, {{ZIP|34741}}. Name {{NAME|Yamilet Cordero}}.`,

  `MICU sign-out: {{NAME|Gerhardt}}, 89, septic shock, on norepi 8. Family ({{NAME|Ursula}}, wife) at {{LOCATION|Comfort Inn}} across street, {{PHONE|319-555-0115}}.`,

  `{{NAME|A. J. Whitfield}}, {{NAME|T. Okonkwo}}, {{NAME|M. Szymańska}} - missed flu shots, please recall.`,

  `Consult request from {{LOCATION|Tri-County Hospice}}: {{NAME|Roosevelt Gaines}}, aged {{AGE|97}}, end-stage HF. Hospice RN {{NAME|Darlene Cobb}} {{PHONE|(803) 555-0161}}, fax {{FAX|(803) 555-0162}}.`,

  `Pt {{NAME|Lucía Marroquín}} works at {{LOCATION|Tyson}} poultry; asked for note for HR ({{EMAIL|hr-benefits@example-tyson.com}}). Carpal tunnel confirmed on EMG {{DATE|2/28}}.`,

  `Radiation oncology: {{NAME|Eamon Fitzgerald}}, prostate ca, 28 fractions at {{LOCATION|Dana-Farber}}. Start {{DATE|Apr 15}}. Mask ID {{ID|RO-MSK-5521}}.`,

  `{{NAME|Parveen Akhtar}}, {{AGE|ninety-five}}, lives with son {{NAME|Imran}} in {{LOCATION|Bradford}} ({{ZIP|BD8 7QA}}). Referred by {{LOCATION|St Luke's Hospital}} frailty team.`,

  `Crisis line note: caller identified as "{{NAME|Jax}}", 19, from {{LOCATION|Tacoma}}. Safety plan made. Follow-up call to {{PHONE|253-555-0188}} tomorrow at 10.`,

  `DIABETES EDUCATION - {{NAME|Thi Kim Nguyen}} - CGM serial {{DEVICE|G7-3JF44K21}}; data shared to clinic portal {{URL|https://clarity.example-dexcom.com/share/tkn81}}. TIR 58%.`,

  `{{DATE|01/05/2024}}: Mrs. {{NAME|Adaobi Ikenna}}'s driver's licence {{LICENSE|D1127-44820-1178}} scanned at registration; patient ID photo {{ID|PHOTO-88120441}} updated.`,

  `Dialysis unit: {{NAME|Leroy Fairclough}}, MWF 2nd shift at {{LOCATION|DaVita Northgate}}. Access L AVF. Dry weight 82 kg. Transport by Access-A-Ride; confirmation {{ID|AAR-558213}}.`,

  `{{NAME|Mohammed Abdullahi}} - 8 yo - {{LOCATION|Cedar-Riverside}}. Lead level 11. Home inspection requested at {{LOCATION|1815 S 6th St}}, {{LOCATION|Minneapolis}} {{ZIP|55454}}.`,

  `Pharmacy intervention: {{NAME|Gerard Adewale-Pike}} on clarithromycin + simvastatin. Called prescriber {{NAME|Yolanda Cisneros}}, NP (lic {{LICENSE|APRN.0088341}}). Statin held.`,

  `Hospitalist H&P {{DATE|04/20/24}}: {{NAME|Ruby Nell Hatcher}}, {{AGE|100}} years old, from {{LOCATION|Tupelo}}, presents with hypernatremia (Na 158). Granddaughter {{NAME|Tameka}} at bedside.`,

  `Hi - {{NAME|Sebastián}} here from {{LOCATION|Stanford}} peds GI. We saw your patient {{NAME|Ignacio Valdivia}} on {{DATE|11/7}}. Please call {{PHONE|650-555-0124}} or page {{PHONE|650-555-0999}}.`,

  `Orthopaedic clinic letter, {{LOCATION|Vancouver General Hospital}}, {{DATE|19 Jan 2024}}. Re: {{NAME|Ewa Kowalska}}, PHN {{HEALTH_PLAN|9876 543 210}}. L ankle fracture healing well.`,

  `Rt note: {{NAME|Sunday Ezeani}}, home BiPAP serial {{DEVICE|BP-4480-77123}}, settings 16/8. Supplier {{LOCATION|Apria}}, {{PHONE|1-800-555-0166}}.`,

  `Pt {{NAME|Wanjiru Kamau}} (goes by {{NAME|Wanji}}), 31, PhD student at {{LOCATION|Georgia Tech}}. Migraines; sumatriptan 50 mg prn.`,

  `{{NAME|Stanisław Dąbrowski}} brought by neighbour. Last tetanus unknown. Lives {{LOCATION|Greenpoint}}, {{LOCATION|Brooklyn}}. Lac R hand 3 cm, 4 sutures.`,

  `Signed, {{NAME|Leilani Kahananui}}, RN, BSN
{{LOCATION|Queen's Medical Center}} | {{LOCATION|1301 Punchbowl St}} | {{LOCATION|Honolulu}}, HI {{ZIP|96813}}
{{EMAIL|lkahananui@queens-example.org}} | {{PHONE|808-555-0135}}`,

  `Registration correction: SS# {{SSN|602.19.4471}} was keyed as {{SSN|602-91-4471}} for {{NAME|Concepción Arriaga}}. Guarantor account {{ACCOUNT|GA-00418827}} merged into {{ACCOUNT|GA-00418830}}.`,

  `Financial counselling: {{NAME|Barnaby Venn}}, self-pay, account no. {{ACCOUNT|7719 0042 1183}}. Last 4 of SSN {{SSN|8126}} verified by phone. Payment plan $50/month.`,

  `Remote monitoring alert from {{IP|10.210.7.44}} (gateway at pt's home, {{LOCATION|Ypsilanti}}): {{NAME|Cordelia Baptiste}}'s weight up 2.4 kg in 3 days. Called her at {{PHONE|734-555-0193}}.`,

  `Voice biometric enrollment ({{ID|VB-4471-2208}}) completed for {{NAME|Wendell Marsh}} so he can refill by phone. Portal: {{URL|https://myhealth.example-clinic.org/u/wmarsh}}.`,

  `{{NAME|AKINTOLA, BABAJIDE}} {{DATE|07/07/1944}} acct {{ACCOUNT|000418993102}} adm dx chest pain r/o ACS. Troponin neg x3. d/c home to {{LOCATION|Stone Mountain}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Addison's disease on hydrocortisone 15 mg AM and 5 mg PM, fludrocortisone 0.1 mg. Sick-day rules reviewed.`,
  `Seen in the Emergency Department; Ottawa ankle rules negative. RICE and ibuprofen 400 mg TID.`,
  `Mayo stand set up with 3-0 Vicryl and 4-0 Monocryl. Time-out completed in Operating Room 4.`,
  `Wilson's disease excluded: ceruloplasmin 28 mg/dL, 24-hour urine copper 30 mcg. Slit-lamp normal.`,
  `A 67-year-old man, NYHA class III, on sacubitril-valsartan 49/51 mg BID and spironolactone 25 mg.`,
  `CBC: WBC 11.2, Hb 13.1, Plt 402. CMP: ALT 44, AST 39, alk phos 118, bilirubin 0.8. Lipase 31.`,
  `Eliquis 5 mg BID, Jardiance 10 mg, Lipitor 40 mg, Synthroid 88 mcg. Patient prefers brand names.`,
  `Hodgkin lymphoma treated in 2009; echocardiogram every 5 years. LVEF 58%.`,
  `Bell's palsy, House-Brackmann grade III. Prednisone 60 mg x 5 days then taper; valacyclovir 1 g TID.`,
  `Child-Pugh A, MELD 9. HCC surveillance ultrasound every 6 months per AASLD.`,
  `Physical Therapy and Occupational Therapy evaluated on day 2; Barthel index 65. Discharge to Inpatient Rehabilitation.`,
  `Apgar 7 and 9. Gestational age 37+4. Birth weight 2.9 kg. Bilirubin at 36 hours 9.1 mg/dL, low-intermediate zone.`,
  `Fontaine stage IIb claudication at 150 m. Rutherford 3. Started cilostazol 100 mg BID and atorvastatin 80 mg.`,
  `Reynolds risk score 12%. Coronary artery calcium score 140 Agatston units. Rosuvastatin 20 mg.`,
  `Kawasaki disease criteria reviewed; 3 of 5 met. Echo: no coronary dilation (Z-score 1.2). IVIG 2 g/kg.`,
  `The 85-year-old had a CHA2DS2-VASc of 5; Watchman discussed at the Heart and Vascular Institute.`,
  `Gram stain: gram-positive cocci in clusters. Blood cultures 2/2 at 14 hours. Vancomycin 25 mg/kg load.`,
  `Ramsay Hunt syndrome on the right; vesicles in the external auditory canal. Valacyclovir and prednisone.`,
  `Westergren ESR 62 mm/h, CRP 48 mg/L. Temporal artery biopsy scheduled with General Surgery.`,
  `Pap smear: ASC-US, HPV negative. Co-test in 3 years per ASCCP 2019 guidelines.`,
  `Marfan syndrome, aortic root 4.4 cm. Losartan 50 mg. Ghent criteria met. Cardiothoracic Surgery follow-up.`,
  `Hemoglobin A1c 6.1%, fasting glucose 112 mg/dL: prediabetes. Diabetes Prevention Program referral.`,
  `Tdap, MMR and varicella given in 2019; hepatitis B series complete. Titers not needed.`,
  `Kussmaul respirations, anion gap 24, beta-hydroxybutyrate 6.2 mmol/L. Insulin infusion 0.1 units/kg/h.`,
  `Glasgow-Blatchford score 0. Discharge from the Emergency Room with PPI and outpatient endoscopy.`,
  `Morton's neuroma of the third web space. Metatarsal pad; steroid injection if no better in 6 weeks.`,
  `Cockcroft-Gault creatinine clearance 42 mL/min; renally dose enoxaparin 1 mg/kg daily.`,
  `Pediatric Intensive Care Unit admission for status asthmaticus; magnesium 50 mg/kg IV, albuterol continuous 15 mg/h.`,
  `Dupuytren's contracture of the ring finger, Tubiana stage 2. Hand Surgery referral for needle aponeurotomy.`,
  `Lhermitte's sign positive. Oligoclonal bands in CSF. McDonald 2017 criteria met; ocrelizumab discussed at the MS Center.`,
];

writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter5', '/tmp/deid-ood-letters5.jsonl');
