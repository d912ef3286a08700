/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), thirteenth session: short clinician texts (referral
 * letters, discharge and transfer snippets, portal and text messages, handover and ward-round notes, lab, pathology and
 * imaging reports, e-mails, insurance and billing letters, pharmacy, dental, optometry, physiotherapy, midwifery,
 * school-nurse, prison-health, hospice, telehealth and registration notes, all-lowercase chat messages) with PHI of all
 * 18 Safe Harbor kinds, US-heavy with UK, Irish, Scottish, Welsh, Canadian, Australian, New Zealand, Kenyan, Nigerian,
 * Caribbean, Pacific and other ones, plus PHI-free texts. Written by hand by engineer author on 2026-12-04 (thirteenth
 * session), before that session's deid changes were merged, and never run for scores by its author. It is scored by
 * the lead only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It deliberately varies: names with no cue word (alone on a line, in lists, in signatures, in lowercase or all caps,
 * surname first, initials, hyphenated, with particles, English-word names, of Vietnamese, Chinese, Japanese, Thai, Lao,
 * Nepali, Sinhalese, Bengali, Punjabi, Gujarati, Arabic, Oromo, Kikuyu, Luo, Igbo, Yoruba, Shona, Malagasy, Fijian,
 * Chamorro, Navajo, Cherokee, Welsh, Scottish Gaelic, Basque, Catalan, Icelandic, Norwegian, Polish, Czech, Romanian,
 * Serbian, Albanian, Bulgarian, Russian, Armenian, Yiddish, Brazilian, Dominican, Jamaican, Cajun and Quebecois
 * origin), nicknames and relatives, hospitals, clinics, pharmacies, labs, employers, schools, care homes, prisons,
 * shelters and churches with and without a facility word, neighbourhoods, towns and counties, street, unit, rural-route
 * and PO box addresses, ZIPs and postcodes, ages over 89 in many wordings, dates in many formats, phones and faxes,
 * e-mails, URLs, IPv4 and IPv6 addresses, MRN, account, claim, plan, member, licence, NPI, DEA, device, serial, lot,
 * UDI, VIN and plate numbers, biometric and photo identifiers, and SSNs, in shapes with letters, dashes, dots, slashes,
 * spaces and prefixes and with weak cue words or none.
 * Every name, address and number is invented; institution names may be the public names of real hospitals, as
 * organisations only.
 * Format as deid-ood-letters8.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") and degrees ("MD")
 * stay outside a name, facility words ("Hospital", "Clinic") inside; US states, provinces and countries are not
 * marked; years on their own are never marked (Safe Harbor keeps them); ages of 89 and under are not marked.
 * Ages: an AGE span is one stated exact age over 89, only its number or number word; a decade or range that names no
 * single age ("in her 90s", "over 90") is not marked. NPI and DEA numbers are typed LICENSE, biometric and photo
 * identifiers ID. Before writing, the script checks every gold span against the string marked for it, and that no
 * marked string also occurs unmarked in the same text (shared checker in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, drugs (generic and brand), doses, scores, scales, ages under 90, bare years, units,
 * lab values shaped like identifiers, capitalised clinical words and ward or unit names, which must stay.
 *   node --import tsx scripts/deid-ood-letters9.ts [--out /tmp/deid-ood-letters9.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters9.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `{{NAME|Nguyen Thi Bich Ngoc}}
{{DATE|14/03/2025}}
Gestational diabetes, OGTT 5.4 / 10.9 / 9.1. Diet first, review in 2 weeks. Husband {{NAME|Tran Van Hieu}} interprets. Lives {{LOCATION|Little Saigon}}, {{LOCATION|Westminster}}, CA {{ZIP|92683}}.`,

  `Dear Dr {{NAME|Achterberg}},
Thank you for seeing {{NAME|Wanjiru Kamau-Otieno}}, 41, a bus driver for {{LOCATION|King County Metro}}, with 6 weeks of exertional chest tightness. Exercise ECG equivocal. She lives at {{LOCATION|3310 S Myrtle St}}, {{LOCATION|Seattle}} {{ZIP|98108}}; mobile {{PHONE|206.555.0147}}.
Kind regards,
{{NAME|Bronwen Pritchard-Jones}} MRCGP`,

  `hi its {{NAME|siosaia}} on nights, mrs {{NAME|havili}} in 12 is pulling at her cannula again, daughter {{NAME|losana}} says she was like this last admission too. can u chart haloperidol?`,

  `TRANSFER NOTE
Patient: {{NAME|OKONKWO, CHIDINMA ADAEZE}}   Hosp No {{MRN|K0931884}}
From {{LOCATION|Lagos University Teaching Hospital}} to {{LOCATION|St Thomas' Hospital}}, {{DATE|2 March 2025}}.
Dx: sickle cell disease (HbSS) with acute chest syndrome, exchange transfusion x1.`,

  `{{NAME|Bohdana Nováková}}, {{AGE|95}}, fell at {{LOCATION|Oak Terrace Assisted Living}}. Shortening and external rotation L leg. X-ray: intertrochanteric fracture. Son {{NAME|Pavel}} on way from {{LOCATION|Cedar Rapids}}.`,

  `Portal message from {{NAME|Keoni Akana}}:
"Doc, the new BP pill makes my ankles swell like balloons. Started it {{DATE|last Tuesday}}. Can I go back to the old one? My number is {{PHONE|808 555 0121}}."`,

  `Father {{NAME|Nikolai Zhukovsky}} from {{LOCATION|Holy Trinity Orthodox Cathedral}} visited {{NAME|Anastasia Belova}}, {{AGE|92}}, and asked that we call him if she deteriorates: {{PHONE|415-555-0178}}.`,

  `CT HEAD WITHOUT CONTRAST
Name: {{NAME|ABERNETHY, CALUM}}   DOB: {{DATE|07-22-1941}}   Acc# {{ID|CT-25-118830}}
Findings: Chronic small vessel ischemic change. No acute hemorrhage. Ref: Dr {{NAME|Lindqvist}}.`,

  `{{NAME|Ana Lúcia Ferreira}} e {{NAME|Rogério Ferreira}} trouxeram {{NAME|Davi}}, 2 anos, febre há 3 dias. Creche {{LOCATION|Pequenos Passos}}. Tel. {{PHONE|+55 11 95555-0182}}.`,

  `{{NAME|Bhattarai, Sushila}}   MRN {{MRN|44 019 7723}}   Rm 611`,

  `Phone note {{DATE|3/4/25}} 16:10. {{NAME|Mahmoud Al-Khatib}} (son) about {{NAME|Samira Haddad}}, {{AGE|ninety-four}}: vomiting x3, not keeping tablets down. Lives {{LOCATION|Dearborn}}, MI {{ZIP|48126}}. Advised ED.`,

  `Referral: {{NAME|Shawnee Yazzie}}, 17, {{LOCATION|Chinle}}, AZ, to {{LOCATION|Phoenix Children's}} endocrinology. HbA1c 11.8%. Grandmother {{NAME|Loretta Begay}} is guardian, {{PHONE|928-555-0143}}.`,

  `Spiritual care: {{NAME|Tomasz Wójcik}} requested a priest; parish {{LOCATION|St. Stanislaus Kostka}}. Anointing given.`,

  `{{NAME|Ramírez Peña, Altagracia}}
{{AGE|91}} años. Seen {{DATE|5 de febrero de 2025}} at {{LOCATION|Centro de Salud Washington Heights}}. Hip OA, wants injection. Nieta {{NAME|Yokasta}} translates.`,

  `ECHO: {{NAME|Arman Petrosyan}}  {{DATE|Feb 11, 2025}}  EF 35%, moderate MR. Ordered by Dr {{NAME|Hovhannisyan}}. Report {{ID|ECH-5530917}} faxed to {{FAX|818-555-0166}}.`,

  `{{NAME|gurpreet sandhu}} 58m, t2dm, foot ulcer R hallux, wife {{NAME|harjit}} dresses it daily. temp 37.9.`,

  `{{NAME|Jóhanna Sigurðardóttir}} was reviewed in clinic on {{DATE|Thursday 20th February}}. Her TSH was 14.2. She is returning to {{LOCATION|Reykjavík}} on {{DATE|1 March}}.`,

  `Handover 07:30
Bed 3 {{NAME|Mwangi}} - DKA, off FRII, eating
Bed 5 {{NAME|Ó Súilleabháin}} - NOF day 2, Hb 84
Bed 7 {{NAME|Xiong Lee}} - ?PE, CTPA pending
Bed 8 {{NAME|Baptiste}} - pall care, family aware`,

  `Subject: re: {{NAME|Kwabena}}'s bloods
From: {{EMAIL|r.mensah-boateng@example-nhs.net}}
Potassium back at 5.9, repeat sent. Can you let his wife {{NAME|Akosua}} know? Her email is {{EMAIL|akosua.b77@example.com}}.`,

  `Pt {{NAME|Iolana Cruz-Santos}} is a {{AGE|99}}-year-old woman admitted from {{LOCATION|Hale Nani Rehabilitation}}, {{LOCATION|Honolulu}}, with urosepsis.`,

  `{{NAME|DUBOIS-THIBODEAUX, REMY}}
{{LOCATION|1207 Rue Bourbon}}
{{LOCATION|Breaux Bridge}}, LA {{ZIP|70517}}
Appt {{DATE|04/17/2025}} 10:15 - spirometry`,

  `Sent {{DATE|Mon}} to Dr. {{NAME|Oyin Adebayo-Lawal}}: "{{NAME|Folake}} is 30+2, BP 152/98, PCR 44. Can she be seen on DAU today?"`,

  `Dental: {{NAME|Aarav Deshmukh}}, 9, extraction of 85 under LA at {{LOCATION|Bright Smiles Pediatric Dentistry}}, {{LOCATION|Edison}}, NJ. Mum {{NAME|Priyanka}}.`,

  `{{NAME|Hamid}} - please ring {{NAME|Zainab Rahimi}} on {{PHONE|07700 900418}} about the colposcopy result.`,

  `Care home: {{LOCATION|Glenmoriston House}}, {{LOCATION|Inverness}} {{ZIP|IV3 5LD}}. Resident {{NAME|Morag MacLeod}}, {{AGE|100}} last week, chest infection, DNACPR in place.`,

  `Dr {{NAME|Ferreira}},
Re {{NAME|Kahurangi Te Rangi}} (NHI {{MRN|ZAC4417}}), {{DATE|3/3/2025}}. Cellulitis L leg, IV cefazolin day 3. Whānau contact {{NAME|Rawiri}} {{PHONE|021 555 0188}}.`,

  `{{NAME|Zhao Yiming}}  {{NAME|赵一鸣}}
Seen with daughter {{NAME|Zhao Lin}}. HBsAg positive, HBV DNA 2.1 x 10^5. Refer {{LOCATION|Chinatown Community Health Center}}.`,

  `Insurance: {{NAME|Leandro Figueiredo}} - Aetna member {{HEALTH_PLAN|W227 419 880}}, group {{HEALTH_PLAN|0844719-010}}. Prior auth for MRI knee.`,

  `Shelter nurse note: {{NAME|Dwayne "Smoke" Thibodeaux}}, staying at {{LOCATION|Ozanam Inn}}, {{LOCATION|843 Camp St}}. Wound check, no signs of infection.`,

  `{{NAME|Ruairidh}} rang from {{LOCATION|Stornoway}} - his mum {{NAME|Catriona MacIver}} ({{AGE|93}}) has stopped her warfarin on her own.`,

  `Lab: {{NAME|KOWALCZYK, B}}   Spec {{ID|H25-077314}}   Collected {{DATE|2025-02-27}} 06:12
Troponin I 2,840 ng/L (H). Called to Sr. {{NAME|Fidelma}} 06:58.`,

  `{{NAME|adaeze}}: can u cover my clinic thurs? mrs {{NAME|uchenna}} is coming at 2 for her depo.`,

  `Discharge summary
{{NAME|Ilie Constantinescu}}, 70. Adm {{DATE|11-Feb-2025}}, d/c {{DATE|16-Feb-2025}}. STEMI, PCI to RCA. Cardiac rehab at {{LOCATION|Mercy Hospital Springfield}}, {{LOCATION|1235 E Cherokee St}}.`,

  `{{NAME|Carmen Elizabeth Ortiz de la Fuente}}
Cédula {{ID|001-1844720-3}}
Consulta {{DATE|10/02/2025}}: hipertensión, losartán 50 mg.`,

  `Hospice: {{NAME|Otis Greenlee}}, {{AGE|96}} yrs, actively dying. Grandson {{NAME|Marquise}} asks that his cousin in {{LOCATION|Gary}}, IN be called: {{PHONE|219-555-0190}}.`,

  `Physio: {{NAME|Itziar Etxeberria}}, ACL reconstruction {{DATE|20 Jan}}, 6 weeks post-op, ROM 0-115. Works at {{LOCATION|Bilbao Bizkaia Kutxa}} call centre.`,

  `From the school nurse at {{LOCATION|Roosevelt Middle School}}: {{NAME|Jaylen Brooks}} had an asthma attack in gym; two puffs of albuterol given. Mother {{NAME|Tanisha Brooks}} notified {{DATE|2/25}}.`,

  `{{NAME|Sipho}}, the bloods for Mr {{NAME|Moyo}} are back - Hb 6.1. Please consent for transfusion. His brother {{NAME|Tendai}} is next of kin.`,

  `OPTOMETRY: {{NAME|Haruto Watanabe}}, VA 6/12 R 6/6 L, IOP 26/18. Refer glaucoma clinic {{LOCATION|Moorfields at St George's}}.`,

  `Prison health: {{NAME|Clarence Whitby}}, inmate no. {{ID|A4417-92}}, {{LOCATION|Angola}} ({{LOCATION|Louisiana State Penitentiary}}). Hep C RNA positive, start sofosbuvir/velpatasvir.`,

  `{{NAME|Mbali}} texted at 23:10: "gogo {{NAME|Nomsa}} fell, she's {{AGE|97}}, can't get up, we're at {{LOCATION|Mofolo}}, {{LOCATION|Soweto}}"`,

  `Prescription: {{NAME|Rasmus Haugen}}, {{DATE|02.03.2025}}. Amoxicillin 500 mg TDS 5/7. Prescriber {{NAME|K. Solberg}}, HPR {{LICENSE|9144821}}.`,

  `{{NAME|Lokelani}}
Your biopsy came back benign. No further action. - Dr. {{NAME|Kealamakia}}`,

  `Fax cover: To {{LOCATION|Baptist Health Lexington}} Medical Records, fax {{FAX|(859) 555-0117}}. Re: {{NAME|Earline Tackett}}, DOB {{DATE|9/30/1952}}.`,

  `Rm 4 - {{NAME|Yousef Barakat}}, wife {{NAME|Rania}}, kids {{NAME|Omar}} and {{NAME|Lina}} all with D&V since the wedding in {{LOCATION|Paterson}} on {{DATE|Saturday}}.`,

  `{{NAME|Petrov, Dimitar Ivanov}} - Bulgarian, on holiday from {{LOCATION|Plovdiv}}. EHIC {{HEALTH_PLAN|80100 0000 4471 8820 19}}. Renal colic, 6 mm stone.`,

  `Midwife note {{DATE|1/3/25}}: {{NAME|Siân Llewellyn}}, G2P1 at 36 weeks, SFH 33 cm, referred for growth scan at {{LOCATION|Ysbyty Glan Clwyd}}.`,

  `Vehicle: patient arrived in own car, plate {{VEHICLE|7KJN 448}}, left in ambulance bay - security asked {{NAME|Desmond}} to move it.`,

  `Triage: {{NAME|Faisal bin Talal Al-Otaibi}}, 52, works at {{LOCATION|Saudi Aramco}} {{LOCATION|Houston}} office. Chest pain 2 h. Troponin pending.`,

  `Hi {{NAME|Marisol}}, this is Dr. {{NAME|Kettering}}'s office confirming your colonoscopy on {{DATE|March 19}} at {{LOCATION|Gastro Associates of Tucson}}, {{LOCATION|5501 N Oracle Rd}}. Reply C to confirm.`,

  `Whānau note: {{NAME|Hēmi Walker}} discharged to {{LOCATION|Ōpōtiki}} with home O2. Concentrator serial {{DEVICE|CN7-2210944}}.`,

  `{{NAME|Ochieng Odhiambo}}, 44, HIV on TLD, VL undetectable, CD4 512. Collects at {{LOCATION|Kibera}} clinic. Phone {{PHONE|+254 712 555 019}}.`,

  `Case manager: {{NAME|Ludmila Sokolova}}, {{AGE|ninety}}, widowed, lives alone at {{LOCATION|Brighton Beach Ave}}, {{LOCATION|Brooklyn}}, NY {{ZIP|11235}}. Meals on Wheels arranged.`,

  `Ward round {{DATE|Fri 28/2}}: {{NAME|Abdullahi}}, 67, CAP improving. Step down to oral. Cons Prof. {{NAME|Ighodaro}}.`,

  `{{NAME|Yasmin}} from {{LOCATION|Boots}} {{LOCATION|Sauchiehall Street}} called: Mr {{NAME|Lindsay}}'s methotrexate script says daily, should be weekly?`,

  `Device clinic: {{NAME|Svetlana Orlova}}, dual-chamber pacemaker, Medtronic Azure, serial {{DEVICE|RNB418827S}}. Battery 9 years. Remote monitoring via {{URL|https://www.example-carelink.com/patient/88213}}.`,

  `{{NAME|wei chen}} asked via chat: can my dad {{NAME|chen guoqiang}} take ibuprofen with his eliquis? he is {{AGE|91}}`,

  `Occupational health: {{NAME|Darnell Whitfield}}, forklift operator at {{LOCATION|Amazon DFW7}}, {{LOCATION|Haslet}}, TX. Audiogram notch 4 kHz. Employee ID {{ID|E-0448172}}.`,

  `Social work: {{NAME|Ayesha Siddiqa}}, 29, and baby {{NAME|Ibrahim}} moved to {{LOCATION|Hope House Women's Refuge}}. Address withheld at her request. Contact via key worker {{NAME|Jo Pemberton}} {{PHONE|0161 555 0134}}.`,

  `Path report
Patient: {{NAME|Sundaram, Kavitha}}
Lab no: {{ID|S25-14420}}
Received: {{DATE|Feb 24 2025}}
Diagnosis: Invasive ductal carcinoma, grade 2, ER 8/8, HER2 1+. Reported by {{NAME|A. Mukherjee}}, FRCPath.`,

  `{{NAME|Tevita}} ph'd - his koro {{NAME|Sefo Lauina}} is in {{LOCATION|Middlemore}}, {{AGE|94}}, asking whether the family can bring food from home.`,

  `Welfare check requested at {{LOCATION|Unit 4, 22 Wattle Grove}}, {{LOCATION|Frankston}} VIC {{ZIP|3199}} for {{NAME|Maureen Dunstan}} who missed her dialysis.`,

  `{{NAME|Kiptoo}}, the locum, signed off the MAR for Mrs {{NAME|Chebet}} without countersign - {{NAME|Njeri}} to follow up.`,

  `Billing: Account {{ACCOUNT|HB-90031877}}, guarantor {{NAME|Rosalind Achebe}}, claim {{ID|CLM2025-0218-4471}}. Balance $412.10.`,

  `Ambulance PCR: pt {{NAME|Gideon Schwartz}}, {{AGE|98}}, from {{LOCATION|Hebrew Home at Riverdale}}. GCS 13, BM 2.4, given glucagon 1 mg IM. Unit Medic 17.`,

  `{{NAME|Phạm Quốc Bảo}}
Clinic {{DATE|18/2}}. Cough 6 weeks, night sweats. Sputum AFB x3 sent. Works at {{LOCATION|Pho Saigon Noodle House}} on {{LOCATION|Bellaire Blvd}}.`,

  `Telehealth ({{IP|10.44.18.203}}): {{NAME|Harper Lindgren}}, 19, acne, isotretinoin iPLEDGE ID {{ID|2209418851}}. Pregnancy test negative {{DATE|2/27/2025}}.`,

  `{{NAME|BEGAY}}, {{NAME|ROSEMARY}}
IHS chart {{MRN|55-02718}}
{{LOCATION|Gallup Indian Medical Center}}
Diabetic retinopathy screening, moderate NPDR OU.`,

  `Letter to DVLA: {{NAME|Gareth Lloyd-Evans}}, licence no. {{LICENSE|LLOYD712058GE9AB}}, first seizure {{DATE|12/01/2025}}. Advised not to drive for 6 months.`,

  `{{NAME|Chukwuemeka}} - dad {{NAME|Obinna Nwosu}} is {{AGE|ninety-two}} and wants to go home to {{LOCATION|Enugu}}. Fit to fly letter please.`,

  `Pt states sister {{NAME|Bernadette}} works in the pharmacy at {{LOCATION|Cork University Hospital}} and will bring his tablets.`,

  `{{NAME|Huang}}, {{NAME|Mei-Hua}} - photo of rash uploaded to chart as {{ID|IMG-20250301-7731}}; looks like shingles T6 dermatome.`,

  `Fingerprint sign-in failed for Nurse {{NAME|Abena Frimpong}}; template ID {{ID|FP-88120-B}} re-enrolled.`,

  `Rehab referral from {{LOCATION|Sunnybrook}}: {{NAME|Jean-Guy Tremblay}}, 81, stroke, R hemiparesis. Wife {{NAME|Ginette}} at {{LOCATION|45 rue des Érables}}, {{LOCATION|Trois-Rivières}} QC {{ZIP|G8Y 3K2}}.`,

  `{{NAME|Lupe}} my grandma {{NAME|Fetu}} sugar is 28 mmol, she is drowsy, we are in {{LOCATION|Mangere East}}`,

  `Consultant letter, {{DATE|26 February 2025}}
Dear Dr {{NAME|Abiodun}},
I saw Mr {{NAME|Edwin Crabtree}} today. His PSA is 14.2 and the MRI shows a PI-RADS 5 lesion. I have listed him for biopsy at {{LOCATION|Leeds General Infirmary}}.
{{NAME|Hilary Foxwell}}, Consultant Urologist`,

  `Dr. {{NAME|Thandeka Mthembu}} NPI {{LICENSE|1548223790}}, DEA {{LICENSE|BM4418820}}, {{LOCATION|Durban Family Practice}} (US branch), {{LOCATION|Teaneck}}, NJ.`,

  `IV pump {{DEVICE|ALRS-38821-4}} alarming in bay 2 (Mrs {{NAME|Kellerman}}); biomed ticket {{ID|BM-7719}}.`,

  `{{NAME|Obasi Eze}} and {{NAME|Nneka Eze}} - both tested positive for flu A. Live together at {{LOCATION|41 Cranmer Road}}, {{LOCATION|Forest Gate}}, {{LOCATION|London}} {{ZIP|E7 0JL}}.`,

  `Clinic list {{DATE|Wed 5 Mar}}
09:00 {{NAME|Kyaw Zin Htet}}
09:20 {{NAME|Piripi Marsh}}
09:40 {{NAME|Emer Galligan}}
10:00 {{NAME|Rahel Tesfaye}}`,

  `{{NAME|Arvo Kallas}}, {{AGE|90}} y, BP 96/58 standing, dizzy. Stop tamsulosin. Lives {{LOCATION|Kalamaja}}, {{LOCATION|Tallinn}}.`,

  `Email from {{EMAIL|dr.fitzgerald@example-cliniccork.ie}}: "{{NAME|Sorcha}}'s ferritin is 6, please start iron."`,

  `{{NAME|Tyrone}} said Mr {{NAME|Gayle}} in 6 wants to self-discharge to go to his daughter's in {{LOCATION|Spanish Town}} - capacity assessment needed.`,

  `Visitor log: {{NAME|Eleanora Vitale}}, {{AGE|ninety-six}}, visited by Father {{NAME|Gianluca}} of {{LOCATION|Our Lady of Pompeii}}, {{DATE|Sun 2 Mar}}.`,

  `Lot number {{DEVICE|FK8841}} (Shingrix) given L deltoid to {{NAME|Delphine Arceneaux}} {{DATE|2/20/25}}.`,

  `{{NAME|Odette}}, pls fax to {{FAX|+61 3 5555 0172}}: discharge for {{NAME|Ahmad Zia Noori}}, {{LOCATION|Dandenong}}, cholecystectomy {{DATE|27/2}}.`,

  `Chaplain Reverend {{NAME|Eunice Pryor}} of {{LOCATION|Ebenezer AME}} sat with Mr {{NAME|Hollis Dade}} overnight.`,

  `Triage {{DATE|2025.03.02}} 03:14 {{NAME|Yamamoto Kenji}} 79M fall, on apixaban, CT head ordered. Wife {{NAME|Yamamoto Sachiko}}.`,

  `Pharmacy: {{NAME|Bartholomew Quaye}} - Rx {{ID|RX 7718302}} ready at {{LOCATION|CVS #4471}}, {{LOCATION|Silver Spring}}, MD {{ZIP|20910}}.`,

  `{{NAME|Malala Rasoanaivo}}, 34, from {{LOCATION|Antananarivo}}, falciparum malaria, parasitaemia 4%. Travelled back {{DATE|22 Feb}}.`,

  `{{NAME|Connor}} says Granny {{NAME|Aggie}} ({{NAME|Agnes Wilkie}}, {{AGE|95}}) has been hallucinating since the new tramadol.`,

  `Referral via e-RS: {{NAME|Priya Raman}}, UBRN {{ID|0418 7720 1934}}, to {{LOCATION|Royal Free}} hepatology.`,

  `{{NAME|Kurmanbek Asanov}} - Kyrgyz seasonal worker on {{LOCATION|Haygrove}} farm, {{LOCATION|Ledbury}}. Hand laceration, tetanus booster given.`,

  `Dr {{NAME|Ramaswamy}} called re: {{NAME|Selvi}}, INR 7.8, no bleeding. Omit warfarin, vit K 1 mg PO.`,

  `{{NAME|Chayton Redcloud}}, 23, from {{LOCATION|Rosebud}}, SD, {{LOCATION|Rosebud IHS Hospital}}. Appendicitis, lap appendicectomy.`,

  `Admin: please update address for {{NAME|Vusumuzi Ndlovu}} - new: {{LOCATION|PO Box 2281}}, {{LOCATION|Bulawayo}}. Email {{EMAIL|vndlovu.zw@example.co.zw}}.`,

  `{{NAME|Aoife}} I'm running late, can you start {{NAME|Tadhg Ó Briain}}'s bloods, he's in the day ward`,

  `ADMISSION
{{NAME|Pérez-Kowalski, Natalia}} F 38
Adm {{DATE|03 Mar 25}} from {{LOCATION|Holy Cross ED}}
Hx: SLE, lupus nephritis class IV, now creatinine 2.4.`,

  `{{NAME|Kaimana}} sent an email to {{EMAIL|nurseline@example-kaiser.org}} at 02:00 saying her son {{NAME|Nainoa}} has had a fever of 104 for 5 days and red eyes.`,

  `{{NAME|Dolores Rutherford}} turned {{AGE|101}} on {{DATE|Feb 9}}. Family party at {{LOCATION|Sunrise of Bellevue}}. Mild cough since.`,

  `{{NAME|Esi}}, Mr {{NAME|Ansah}}'s chest drain bubbling, swinging, 200 mL serous. Keep.`,

  `Vehicle ID for home-health car: VIN {{VEHICLE|1FMCU9GD4LUA44817}}, plate {{VEHICLE|HHC-4402}}, assigned to {{NAME|Roxanne Petit}}.`,

  `{{NAME|Bilal Chaudhry}} is listed for TURP at {{LOCATION|Royal Preston Hospital}} on {{DATE|14.04.25}}. Pre-op at {{LOCATION|Chorley}}.`,

  `{{NAME|siddharth}} ok so {{NAME|rohan mehta}} 3yo in bay 2, croup, westley 4, dex given, parents {{NAME|kavya}} and {{NAME|nikhil}} want to go home`,

  `Advance directive witnessed by {{NAME|Gloria Mae Hutchins}} and Rev. {{NAME|Albert Sims}} at {{LOCATION|Magnolia Manor}}, {{LOCATION|Americus}}, GA {{ZIP|31709}}.`,

  `Memo: SSN on file for {{NAME|Lamont Pickens}} was wrong ({{SSN|318-44-2091}}); corrected to {{SSN|318-44-2019}}.`,

  `{{NAME|Ingeborg Solheim}}, {{AGE|93}}, from {{LOCATION|Tromsø}}, cruise passenger, AF with RVR. Ship doctor Dr. {{NAME|Lucas Fontaine}} {{EMAIL|ship.medical@example-hurtigruten.com}}.`,

  `{{NAME|Ahanu}} (patient's preferred name; legal {{NAME|Aaron Whitehorse}}) seen for sprain.`,

  `Note from Dr {{NAME|Blessing Chikwanha}}: {{NAME|Farai}} needs a sick note until {{DATE|10/03/2025}}.`,

  `Hi {{NAME|Benedikt}}, the MRI for Frau {{NAME|Lehmann}} is booked {{DATE|Dienstag, 11.03.}}, 08:00, {{LOCATION|Charité Campus Mitte}}.`,

  `{{NAME|Abuela Chayo}} ({{NAME|Rosario Quispe}}) needs glasses; we referred her to {{LOCATION|Lions Club Eye Clinic}} in {{LOCATION|Santa Ana}}.`,

  `Plan B for {{NAME|Georgina}}: if Mr {{NAME|Fairweather}} declines dialysis, hospice at {{LOCATION|St Columba's}}, {{LOCATION|Edinburgh}}.`,

  `Pt ID band {{MRN|000738815}} scanned for {{NAME|Leota Faleolo}}, {{AGE|ninety-nine}}, BG 3.1.`,

  `{{NAME|Nasrin Karimi}} works as a cleaner at {{LOCATION|Leeds Beckett University}}; latex allergy, anaphylaxis {{DATE|Nov 2024}}.`,

  `{{NAME|Jovan Petrović}} and his partner {{NAME|Marko}} attend for PrEP review. eGFR 104.`,

  `MRN {{MRN|E1179034}} / Encounter {{ACCOUNT|ENC-221-48830}} - {{NAME|Philippa Ashdown}}. ED attendance {{DATE|01/03/2025}}.`,

  `{{NAME|Ketut Wirawan}}, Balinese, visiting {{LOCATION|Perth}}, dengue NS1 positive, platelets 61.`,

  `Sr. {{NAME|Mary Concepta}}, {{AGE|104}}, of {{LOCATION|Loreto Convent}}, {{LOCATION|Rathfarnham}}: palliative, comfortable.`,

  `For {{NAME|Bettina}}: the son, {{NAME|Florin Dumitrescu}}, wants the records sent to {{EMAIL|florin.dumitrescu@example.ro}}.`,

  `Interpreter booked (Tigrinya) for {{NAME|Semhar Gebremedhin}}, antenatal {{DATE|March 12th}}, {{LOCATION|Harborview}} 3rd floor. Her caseworker {{NAME|Dawit}} at {{LOCATION|IRC Seattle}}.`,

  `{{NAME|Lachlan McAuliffe}}, 8, {{LOCATION|Wagga Wagga}}. Medicare {{HEALTH_PLAN|2951 44817 3-2}}. Fractured radius after trampoline fall.`,

  `RE: {{NAME|Tsering Dolma}}, {{NAME|Pema Dorjee}} (spouse)
Both Tibetan, arrived via {{LOCATION|Dharamshala}}. Latent TB screening, IGRA positive in {{NAME|Tsering}}.`,

  `{{NAME|oksana}}: ive rung mrs {{NAME|hryhorenko}}'s son, he says she's {{AGE|ninety-one}} not 81, pls fix the record`,

  `Apt. {{LOCATION|5C, 870 Grand Concourse}}, {{LOCATION|Bronx}}, NY {{ZIP|10451}} - home visit for {{NAME|Ysidro Almánzar}}, bed-bound, stage 3 sacral ulcer.`,

  `{{NAME|Hollie}}
Your smear came back showing HPV but normal cells. We'll repeat in 12 months.
Practice Nurse {{NAME|Gemma}}`,

  `Lab requisition: {{NAME|Darius Farahani}} DOB {{DATE|1979-06-13}} Ordering Dr. {{NAME|Shirin Tavakoli}} Tests: lipid panel, A1c. Bill to BCBS {{HEALTH_PLAN|XEP881290417}}.`,

  `{{NAME|Kalani}} - Mrs {{NAME|Kamakau}}'s CGM (Dexcom G7, SN {{DEVICE|8FT22K9J}}) fell off, she needs a new sensor.`,

  `Epic message {{DATE|3/1/2025}} 11:42 PM
{{NAME|Brayden Kowalski}}: "my son {{NAME|Eli}} swallowed a button battery i think, we are at {{LOCATION|Cabela's}} in {{LOCATION|Hamburg}}"`,

  `{{NAME|Anjali}} - covered {{NAME|Sunita Verma}} at 14:00; pt asking for Dr {{NAME|Kapoor}} by name.`,

  `Discharged to {{LOCATION|Pinewood Lodge}}, {{LOCATION|Rd 2}}, {{LOCATION|Te Awamutu}} {{ZIP|3872}}: {{NAME|Marjorie Pōtae}}, {{AGE|96}}, post-TAVI.`,

  `{{NAME|Halvorsen, Sigrid}}
Allergy: penicillin (rash, 1982)
Weight 58 kg
Next of kin: {{NAME|Erik Halvorsen}} {{PHONE|(701) 555-0114}}`,

  `Hi Dr. {{NAME|Oduya}}, Mrs. {{NAME|Adhiambo}} is at {{LOCATION|Aga Khan University Hospital}}, {{LOCATION|Nairobi}}, ICU bed 4. Husband's email {{EMAIL|j.adhiambo@example.co.ke}}.`,

  `Tattoo on R forearm reading "{{NAME|Keisha}}" - noted for ID purposes, patient unconscious, no ID. Photo {{ID|ED-PH-2025-0301-14}}.`,

  `{{NAME|Dominika Szymańska}}, {{LOCATION|ul. Piotrkowska 112 m. 7}}, {{ZIP|90-006}} {{LOCATION|Łódź}}. PESEL {{ID|85031204417}}. Ciąża 28 tyg.`,

  `{{NAME|Rustam}} said the wife of bed 14 (Mr {{NAME|Yusupov}}) brought plov; he's NBM for OGD tomorrow.`,

  `Radiology: {{NAME|MARTÍNEZ ECHEVARRÍA, PILAR}}. Exam {{DATE|02/28/2025}}. Mammogram BI-RADS 4B, R 10 o'clock. Callback {{PHONE|787-555-0153}}. {{LOCATION|San Juan}}, PR.`,

  `Dr {{NAME|Caoimhe Brennan}} (IMC {{LICENSE|411820}}) signed the death certificate for {{NAME|Patrick Joseph Hennessy}}, {{AGE|97}}, {{DATE|27/02/2025}}, {{LOCATION|Mayo University Hospital}}.`,

  `{{NAME|Bao}}, {{NAME|Lan}} and {{NAME|Minh}} (triplets, 3 months) - RSV; mum {{NAME|Dang Thi Thu}} exhausted.`,

  `Registration: {{NAME|Efua Asantewaa Owusu}}, {{LOCATION|12 Ringway Estate}}, {{LOCATION|Kumasi}}; NHIS {{HEALTH_PLAN|14458219}}; phone {{PHONE|024 555 0176}}.`,

  `Doc here is the link for Mr {{NAME|Vance}}'s home BP readings {{URL|https://bp.example-health.app/s/x9QkL2}}`,

  `Server log flagged login from {{IP|2001:db8:4c1a::17}} to {{NAME|Reuben Adeyemi}}'s record at 03:12.`,

  `Tox: {{NAME|Kayden Merriweather}}, 16, found at {{LOCATION|Lincoln High}} with empty bottle of his mom's sertraline. QTc 468.`,

  `{{NAME|AGUILAR-TZUL, MARCOS}}   {{AGE|90}}A   {{LOCATION|Huehuetenango}}   Dx: cataratas bilaterales`,

  `Thank-you card from the {{NAME|Delacroix}} family for the care of {{NAME|Odile Delacroix}}.`,

  `Handover: {{NAME|Ashkii}} bed 2, Mrs {{NAME|Tsosie}} bed 4 - both from {{LOCATION|Kayenta}}; {{NAME|Tsosie}} needs dialysis chair tomorrow 06:00.`,

  `To whom it may concern,
Ms {{NAME|Oluwaseun Bankole}} has been under my care since {{DATE|June 2019}} for bipolar disorder. She is fit to return to work at {{LOCATION|Barclays}} {{LOCATION|Canary Wharf}}.
Dr {{NAME|R. Sutherland-Hay}}`,

  `{{NAME|Bui Van Long}} - fishing boat {{VEHICLE|TX 4471 BJ}} out of {{LOCATION|Palacios}}, TX; hand injury from winch.`,

  `Child protection: {{NAME|Kyrie-Ann Haskins}}, 22 months, spiral fracture. Mother's partner {{NAME|Wade Lusk}}. Case no. {{ID|CPS-25-00417}}, {{LOCATION|Pike County}}.`,

  `hey {{NAME|mo}} - {{NAME|fatima}} in 7 is {{AGE|ninety-three}} not 39 lol, the ED typed it backwards`,

  `{{NAME|Lorcan}}, re Mrs {{NAME|Dympna Keogh}}, her CT is at {{LOCATION|Beaumont}} {{DATE|tmrw}} 9am, transport booked.`,

  `Medicaid ID {{HEALTH_PLAN|LA 9004418271}} for {{NAME|Precious Batiste}}; WIC at {{LOCATION|Lafayette Parish Health Unit}}.`,

  `{{NAME|Henare}}, {{NAME|Aroha}} and baby {{NAME|Mihi}} - whānau hui at 2pm about Koro {{NAME|Tipene}}'s care.`,

  `Dear colleague, I review {{NAME|Ioana Munteanu}} ({{DATE|b. 03.09.1988}}) regarding migraine with aura. She works as a pharmacist at {{LOCATION|Catena}} in {{LOCATION|Cluj-Napoca}}.`,

  `{{NAME|Eamon}} - the {{NAME|Carrolls}} are asking about Nana {{NAME|Bridie}}'s DNR, can u call {{PHONE|087 555 2041}}`,

  `Home O2 order: {{NAME|Rupert Vanstone}}, {{LOCATION|Rose Cottage}}, {{LOCATION|Much Wenlock}}, {{LOCATION|Shropshire}} {{ZIP|TF13 6AB}}. Flow 2 L/min 16 h/day.`,

  `Anaesthetic chart: {{NAME|Sadia Islam}}, ASA 2, Mallampati 2. Anaesthetist Dr. {{NAME|Ekow Mensah}}, GMC {{LICENSE|7044812}}.`,

  `{{NAME|Leila}}, Mr {{NAME|Kazemi}} ({{AGE|92}}) wants his hearing aids; left in {{LOCATION|Royal Berkshire}} ED.`,

  `Bone marrow donor registry ID {{ID|DKMS-44-1881-3720}} for {{NAME|Julian Ashworth}}; HLA typed {{DATE|Jan 2025}}.`,

  `{{NAME|Cornelius Vanderbilt-Okafor}}
{{LOCATION|66 Peachtree Pl NE}}, {{LOCATION|Atlanta}}, GA {{ZIP|30309}}
Ins: Kaiser {{HEALTH_PLAN|KP 0441 9902 17}}`,

  `{{NAME|Amaru}} from the {{LOCATION|Quechua Cultural Center}} will translate for Doña {{NAME|Filomena Huamán}}, {{AGE|95}}.`,

  `{{NAME|Rhiannon}} - swab result for {{NAME|Dylan ap Gruffudd}}: MRSA negative, clear for theatre at {{LOCATION|Ysbyty Gwynedd}}.`,

  `Urine drug screen for {{NAME|Shane Doherty}} positive for fentanyl; probation officer Ms {{NAME|Irvine}} requested results - declined without consent.`,

  `Ultrasound {{DATE|2/14/2025}}: {{NAME|Guadalupe Villanueva}}, IUP 11+3 weeks, CRL 4.4 cm. Sonographer {{NAME|T. Hargrove}}.`,

  `Covid vaccine record: {{NAME|Emil Kowalewski}}, Comirnaty lot {{DEVICE|GH4471}}, {{DATE|10/09/2024}}, {{LOCATION|Walgreens #9182}}.`,

  `{{NAME|Ahmed}} & {{NAME|Hoda}} - parents of {{NAME|Youssef Mansour}}, 5, peanut anaphylaxis at {{LOCATION|Al-Noor Academy}}; epipen x2 prescribed.`,

  `Letter for housing: {{NAME|Kwame Boakye-Yiadom}}, {{LOCATION|Flat 3, 19 Sandringham Road}}, {{LOCATION|Hackney}} {{ZIP|E8 2LR}}, has COPD and cannot manage stairs.`,

  `{{NAME|DENISE}} CALL MR {{NAME|PARFITT}} RE BLOODS {{PHONE|01792 555019}}`,

  `Patient {{NAME|Tahu Ngata}}, {{AGE|90}}, kaumātua, wants karakia before surgery. Escort {{NAME|Wiremu}}.`,

  `Audit: {{NAME|Jaroslav Dvořák}} chart opened from workstation {{IP|172.16.40.88}} by user {{NAME|rkaye}} without a care relationship.`,

  `Patient financial services: {{NAME|Odessa Fairclough}}, acct {{ACCOUNT|7730-019-4418}}, SSN ending {{SSN|4471}} verified; payment plan set up. Statement sent to {{LOCATION|PO Box 118}}, {{LOCATION|Yazoo City}}, MS {{ZIP|39194}}.`,

  `Disability form: {{NAME|Reginald Osei-Tutu}}, SSN {{SSN|604 11 8273}}, claim {{ID|DDS-2025-118304}}. Fax completed form to {{FAX|1-800-555-0129}}.`,

  `{{NAME|Marguerite Boudreau}}
Chart {{MRN|MB-00417-22}} | Acct {{ACCOUNT|V0022184719}} | {{LOCATION|Moncton Hospital}}
Cellulitis, cephalexin 500 mg QID.`,

  `Crash: {{NAME|Trevor Maddox}}, restrained driver, 2019 Silverado VIN {{VEHICLE|3GCUYDED7KG118402}}, plate {{VEHICLE|WV 4HX 227}}, T-boned on {{LOCATION|I-64}} near {{LOCATION|Beckley}}.`,

  `Implant card: {{NAME|Beatriz Salgado}}, L hip, stem lot {{DEVICE|2299418}}, UDI {{DEVICE|(01)00889024411831(17)290630(10)A44817}}, implanted {{DATE|6 Jan 2025}} at {{LOCATION|Hospital da Luz}}.`,

  `Results portal: {{URL|www.example-labcorp-results.com/p/ZT8821Q}}, PIN {{ID|447 192}} - sent to {{NAME|Chidi Okafor}} by SMS to {{PHONE|+1 (404) 555-0168}}.`,

  `{{NAME|Moana Tuilagi}} asked for her records on USB; her partner {{NAME|Sione Fifita}} will collect with photo ID (passport {{ID|LA 019 4472}}).`,

  `Voiceprint enrolment for phone refills: {{NAME|Nathaniel Greaves}}, voice ID {{ID|VP-55120-77}}, linked to MRN {{MRN|3340-8817}}.`,

  `From: {{EMAIL|triage.nurse@example-mayo.org}}
To: {{EMAIL|l.haugland@example.net}}
{{NAME|Liv}}, your father's ({{NAME|Torbjørn Haugland}}, {{AGE|94}}) echo is booked for {{DATE|March 27}}.`,

  `Workers' comp: {{NAME|Javier Montenegro}}, claim {{ID|WC 25-0448713}}, employer {{LOCATION|Sunbelt Rentals}} {{LOCATION|Fresno}}, injury {{DATE|02/03/2025}}.`,

  `Pt's medical alert bracelet reads: "{{NAME|HOLLOWAY, JUNE}} - ADDISON'S - {{PHONE|555-0142}} - #{{MRN|4471988}}".`,

  `CPAP download (ResMed AirSense 11, SN {{DEVICE|23221844719}}) for {{NAME|Grant Ebersole}}: AHI 3.2, usage 6.8 h/night.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Graves disease on carbimazole 20 mg OD, block-and-replace not used. Free T4 19 pmol/L, TSH still suppressed at 0.02. TRAb 3.1 IU/L.`,
  `Crohn disease, ileocolonic, Harvey-Bradshaw Index 9. Faecal calprotectin 640 ug/g. Infliximab 5 mg/kg at weeks 0, 2 and 6; TPMT normal.`,
  `Admitted to Ward 24 under Gastroenterology. Glasgow-Blatchford score 7, Rockall 3 pre-endoscopy. Pantoprazole 80 mg IV then 8 mg/h.`,
  `Wolff-Parkinson-White pattern: PR 100 ms, delta wave, QRS 124 ms. Refer Electrophysiology for ablation. Avoid verapamil and digoxin.`,
  `A 67-year-old woman, Nottingham Prognostic Index 3.4. Letrozole 2.5 mg daily for 5 years. DEXA T-score -2.1 at the spine; alendronate 70 mg weekly.`,
  `Guillain-Barre variant suspected: Miller Fisher with ophthalmoplegia and ataxia. Anti-GQ1b sent. FVC 3.1 L, checked 4-hourly. IVIg 0.4 g/kg/day x5.`,
  `Murphy sign positive. US: gallbladder wall 5 mm, pericholecystic fluid, stone 18 mm impacted in Hartmann pouch. Tokyo grade II. Co-amoxiclav IV.`,
  `Trendelenburg test positive on the right. Thomas test: fixed flexion 10 degrees. Oxford Hip Score 19/48. Listed for THR.`,
  `Gram stain: Gram-positive cocci in clusters. MRSA PCR negative. Flucloxacillin 2 g QDS IV. Echo: no vegetations. Duke criteria not met.`,
  `Born 1939 in Jamaica; aged 86 now. Came to England in 1961. Lives in sheltered housing. Barthel 85/100. Clinical Frailty Scale 5.`,
  `Still disease (adult-onset): ferritin 9,400 ug/L, glycosylated fraction 12%. Yamaguchi criteria met. Prednisolone 1 mg/kg; anakinra 100 mg SC if no response.`,
  `Lantus 22 units nocte, NovoRapid 6/6/8 with meals. HbA1c 9.1% (76 mmol/mol). Libre 3 time in range 41%. Carb counting via DAFNE course.`,
  `Apgar 6 at 1 minute, 9 at 5 minutes. Birth weight 3.42 kg, head circumference 34.5 cm. Vitamin K 1 mg IM. Newborn hearing screen passed.`,
  `Bell palsy, House-Brackmann grade IV, onset 48 hours ago. Prednisolone 60 mg for 5 days then taper. Eye care with Lacri-Lube. Ramsay Hunt excluded.`,
  `Kawasaki criteria: fever 5 days plus 4 of 5. ESR 88, CRP 142, platelets 612. Echo: Z-score LAD +1.8. IVIG 2 g/kg, aspirin 30 mg/kg/day.`,
  `NSTEMI: hs-troponin I 84 then 412 ng/L. GRACE score 138. Ticagrelor 180 mg load, fondaparinux 2.5 mg SC. Angiography within 72 h on the Cardiac Unit.`,
  `Sjogren syndrome: Schirmer test 3 mm at 5 minutes, anti-Ro positive, anti-La positive. Hydroxychloroquine 200 mg daily. Annual Amsler grid.`,
  `Weber and Rinne tests suggest right conductive loss. Tympanometry type B on the right. Grommet insertion discussed with ENT.`,
  `Wilson disease: caeruloplasmin 0.08 g/L, 24-h urine copper 3.2 umol, Kayser-Fleischer rings on slit lamp. Penicillamine started with pyridoxine.`,
  `PHQ-9 18, GAD-7 14. Mirtazapine 15 mg nocte, increase to 30 mg. Talking Therapies self-referral. No suicidal ideation; safety plan given.`,
  `Sample ID 250311-044 clotted; repeat FBC: Hb 131 g/L, WCC 7.2, Plt 244. QC lot 8812 in range. Analyser Sysmex XN-1000.`,
  `Montreal Cognitive Assessment 22/30, lost points on delayed recall and cube. B12 312, folate 9.8, TSH 2.2. CT: generalised atrophy. Memory Clinic.`,
  `Creutzfeldt-Jakob disease considered and excluded: RT-QuIC negative, MRI DWI normal. EEG: no periodic sharp waves. Hashimoto encephalopathy workup sent.`,
  `CXR 2024 vs 2025: new right upper lobe cavitating lesion 3.4 cm. Sputum AFB smear x3. Airborne precautions on Ward 6 Side Room.`,
  `Ottawa ankle rules negative. Grade 2 lateral ligament sprain. RICE, ibuprofen 400 mg TDS for 5 days, Tubigrip. Physio if not better at 2 weeks.`,
  `Marfan syndrome: Ghent score 8, aortic root 44 mm (Z-score +3.1). Losartan 50 mg. Annual MRI. Lens subluxation on slit lamp.`,
  `Centor score 4: tonsillar exudate, tender nodes, fever 38.6, no cough. Penicillin V 500 mg QDS for 10 days. FeverPAIN 4.`,
  `Von Willebrand disease type 1: VWF:Ag 0.34, VWF:RCo 0.31, FVIII 0.52 IU/mL. Tranexamic acid 1 g TDS for menorrhagia. DDAVP trial booked.`,
  `A 45-year-old man with Barrett oesophagus, Prague C3M5, no dysplasia. Omeprazole 40 mg BD. Surveillance OGD in 2 to 3 years.`,
  `Cushing syndrome screen: overnight dexamethasone 1 mg, 08:00 cortisol 412 nmol/L. 24-h UFC x2 raised. ACTH 3 ng/L. CT adrenals: left adenoma 3.8 cm.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter9', '/tmp/deid-ood-letters9.jsonl');
