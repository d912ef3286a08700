/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), fifteenth session: short clinician texts (GP and
 * specialist referral letters and replies, discharge and transfer summaries, consult replies, patient-portal and
 * e-mail messages, SBAR, ICU and ward handover notes, bed-management lists, report headers, all-lowercase SMS-like
 * messages, pharmacy, community, paramedic, occupational health, sexual health, maternity, paediatric, aged-care,
 * mental-health, coroner, insurance, billing, device and IT-audit notes) in UK, Irish, US, Canadian, Australian, New
 * Zealand, South African and other styles, with PHI of all 18 Safe Harbor kinds, plus PHI-free texts. Written by hand
 * by engineer author on 2026-12-04 (fifteenth session), before that session's deid changes were merged, and never run
 * for scores by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and do not
 * read its misses text by text.
 * It deliberately varies: names with and without cue words (alone, in lists, signatures, greetings, sign-offs, lower
 * case, all caps, surname first, initials, hyphenated, with particles, apostrophes and diacritics, names written in
 * Chinese characters), of Polish, Igbo, Yoruba, Akan, Portuguese, Norwegian, Sami, Icelandic, Hawaiian, Vietnamese,
 * Irish, Emirati, Saudi, Russian, Ukrainian, Kazakh, Samoan, Tongan, Maori, Zulu, Xhosa, Sotho, Chilean, Bolivian,
 * Quechua, Maya, Somali, Amharic, Kenyan, Malawian, Rwandan, Guinean, Malian, Bengali, Tamil, Kannada, Marathi,
 * Sinhala, Punjabi, Pashto, Persian, Japanese, Korean, Chinese, Lithuanian, Czech, Slovak, Hungarian, Romanian, Greek,
 * Basque, Flemish, Dutch, Swedish, Finnish, Lakota, Navajo, Yolngu, Noongar, Hebrew, Cornish and Welsh origin;
 * relatives, clinicians, hospitals, clinics, care homes, pharmacies, schools, employers and parishes with and without
 * a facility word or by short name, streets, flats, rural lots, suburbs, towns and regions, postcodes of several
 * countries, dates in many formats, ages over 89 as digits and words, phones, bleeps and faxes, e-mails, URLs, IPv4
 * and IPv6 addresses, MRN, NHS, CHI, NHI, OHIP, Medicare, Medicaid, account, claim, plan, licence, NPI, DEA, national
 * ID numbers, device serials, VINs and plates and SSNs.
 * Every name, address and number is invented; institution names may be the public names of real hospitals, as
 * organisations only.
 * Format as deid-ood-letters10.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr", "Mrs", "Frau", "Fr.") stay
 * outside a name, facility words ("Hospital", "Clinic") inside; US states, provinces and countries are not marked;
 * years on their own are never marked; ages of 89 and under are not marked. An AGE span is one stated exact age over
 * 89, only its number or number word. NPI, DEA and practitioner registration numbers are typed LICENSE; national ID
 * numbers ID; postcodes of any country are typed ZIP. Before writing, the script checks every gold span against the
 * string marked for it, and that no marked string also occurs unmarked in the same text (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, drugs (generic and brand), doses, scores, scales, ages under 90, bare years, units,
 * device models without serials, lot numbers and capitalised clinical words that look like names, which must stay.
 *   node --import tsx scripts/deid-ood-letters11.ts [--out /tmp/deid-ood-letters11.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters11.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Wawrzyniak}},
Re: {{NAME|Bronisław Brzozowski}}, DOB {{DATE|14.02.1961}}, {{LOCATION|17 Cadogan Terrace}}, {{LOCATION|Dundee}} {{ZIP|DD3 6LP}}
Thank you for seeing this joiner with progressive dysphagia to solids over three months and 6 kg weight loss. OGD requested urgently.
Kind regards,
{{NAME|Petronella Hollingbrook}}`,

  `Spoke with {{NAME|Przemek}} about his father's INR of 5.2. Warfarin withheld tonight, recheck {{DATE|Thursday}}. He will ring {{LOCATION|Arbroath Infirmary}} anticoag if any bleeding.`,

  `PATIENT: {{NAME|OBIORAH, CHINAZA}}
DOB: {{DATE|02/07/1987}}   MRN: {{MRN|40028817}}
Reason for consult: postpartum headache, BP 168/104 day 5. Query late preeclampsia. Seen with husband {{NAME|Chidubem}}.`,

  `handover - bay 3 bed 2 mrs {{NAME|quaresma}} ?aspiration, on tazocin, sats 93 on 2L. her son {{NAME|rui}} is the contact, wants a call before 9`,

  `{{NAME|Hallvard Brekkestø}}, {{AGE|94}}, admitted from {{LOCATION|Solgløtt bo- og servicesenter}} with a fractured neck of femur. Hemiarthroplasty {{DATE|21/10}}. Niece {{NAME|Sigrun}} holds LPA.`,

  `Consult reply - Endocrinology
Thanks for asking us to see Mrs {{NAME|Nohea Nakoa}}. TSH <0.01, FT4 41. Uptake scan diffuse. Start carbimazole 20 mg. Clinic at {{LOCATION|Castle Medical Center}} in 4 weeks.
{{NAME|Ebo Opoku-Bediako}}, Endocrine Fellow`,

  `Message from {{NAME|Huỳnh Diễm Phượng Nhung}}: "Dr, my daughter {{NAME|Khánh Vy}} still has the fever 39 since {{DATE|Sunday}}, can I bring her to {{LOCATION|Bankstown}} clinic tomorrow?" Reply sent {{DATE|06/05/25}}.`,

  `ED triage 02:14: {{NAME|Fionntán Mac an tSaoir}}, 23, fell off a scooter on {{LOCATION|Grafton Street}}. GCS 14, laceration to the occiput. Friend {{NAME|Orlaith}} with him.`,

  `Referral: {{NAME|Tanvir Majumder}} (NHS {{MRN|628 441 9053}}), 52, HbA1c 94 despite three agents. Lives at {{LOCATION|41 Brick Lane}}, {{LOCATION|Shadwell}} {{ZIP|E1 6RF}}. Sylheti interpreter needed.`,

  `{{NAME|KAWAGUCHI Ryōsuke}}
Colonoscopy {{DATE|2025-03-18}}: two tubular adenomas removed (6 mm, 9 mm). Surveillance in 3 years. Endoscopist: Dr {{NAME|H. Kuribayashi-Roldán}}.`,

  `Handover from nights: {{NAME|Gesina}} in side room 4 spiked to 38.9 at 03:00, cultures sent. {{NAME|Dragomir}} in bed 11 still NBM for theatre.`,

  `Letter to GP: your patient Mrs {{NAME|Nonhlanhla Mthethwa-Zondi}} was seen at {{LOCATION|Tembisa Provincial Tertiary Hospital}} on {{DATE|12 September 2025}} with a DVT of the left popliteal vein. Rivaroxaban started.`,

  `{{NAME|Mehrdad Reza Bahrami}} did not attend his spirometry at {{LOCATION|Burnaby Respiratory Clinic}} for the second time. Phone {{PHONE|604-555-0148}} unanswered. Letter sent to {{LOCATION|5920 Imperial Street}}.`,

  `Dear {{NAME|Bláthnaid}},
Just to let you know Mr {{NAME|Ó Duinnín}} from the {{LOCATION|Iveragh}} outreach list has had his cataract op moved to {{DATE|the 29th}}.
Thanks, {{NAME|Deirdre}}`,

  `PATIENT NAME: {{NAME|AL-MANSOURI, HESSA}}   ADMIT: {{DATE|11-Nov-2025}}
Diagnosis: DKA, pH 7.12, bicarbonate 8, ketones 5.9. FRIII started. Mother {{NAME|Moza}} at bedside.`,

  `Saw {{NAME|Anzhelika}} again today - the rash is better on the emollient. Her partner {{NAME|Gennady Vorontsov}} has the same itch, treat both for scabies.`,

  `{{NAME|Pita Lealaiauloto-Masoe}}, 41, rugby coach from {{LOCATION|Ōrākei}}, presented with gout of the right first MTP. Urate 0.58. Colchicine started. NHI {{MRN|KXT4418}}.`,

  `Discharge summary
Name: {{NAME|Bogdana Kravchuk}}
Date of birth: {{DATE|3 March 1949}}
Address: {{LOCATION|Flat 2, 88 Cheetham Hill Road}}, {{LOCATION|Manchester}} {{ZIP|M8 8PY}}
Admitted with community-acquired pneumonia, CURB-65 of 2. Co-amoxiclav and clarithromycin. Home with daughter {{NAME|Halyna}}.`,

  `tx to {{NAME|sota}}: pls can you bring the dressing packs to rm 12, mr {{NAME|tavares-lima}} has soaked through again`,

  `Consult: {{NAME|Reyna Ticona Apaza}}, 29, G2P1 at 31 weeks, fever and loin pain. Urine nitrite positive. From {{LOCATION|Viacha}}, visiting her sister {{NAME|Rosmery}} in {{LOCATION|Annandale}}, VA.`,

  `{{NAME|Zinaida Pavlichenko}} - warfarin clinic {{DATE|09/12}} - INR 2.6, continue 4 mg. Next {{DATE|23/12}}. Seen by {{NAME|Marit}}.`,

  `Re: {{NAME|Chibuzo Nwankwere-Adisa}}, Ward 5B, {{LOCATION|Royal Victoria Infirmary}}
Cellulitis of the left leg not improving on flucloxacillin after 48 h. CRP 212. Please advise on escalation. Bleep {{PHONE|2281}}.`,

  `{{NAME|Aigerim Abdrakhmanova}}
Kazakh-speaking, husband {{NAME|Daulet}} interprets. Iron deficiency, Hb 84. IV iron booked at the {{LOCATION|Whittington}} on {{DATE|17 Jan}}.`,

  `The patient, {{NAME|Nthabiseng Ramaphoko}}, aged {{AGE|ninety-one}}, lives alone in {{LOCATION|Diepkloof}} and was brought in by her grandson {{NAME|Sandile}}.`,

  `Dear Colleague,
Re: {{NAME|MAXIMILIANO ECHEVERRÍA SOTO}}
I reviewed this 58-year-old man in the {{LOCATION|Hospital Barros Luco}} heart failure clinic. LVEF 30%, NT-proBNP 4200. Sacubitril-valsartan titrated.
Dr {{NAME|Josefina Errázuriz}}`,

  `Night SBAR: S - {{NAME|Torunn}} (bed 7) new AF rate 150. B - day 2 post hemicolectomy. A - K 3.2, Mg 0.6. R - replace, reg Dr {{NAME|Ikpeazu}} to review.`,

  `{{NAME|Zou Wenjie}} ({{NAME|邹文杰}}) rang from {{LOCATION|Steveston}}, BC asking for a repeat of his amlodipine. Pharmacy: {{LOCATION|Lansdowne Centre Pharmasave}}.`,

  `Clinic letter {{DATE|4 Feb 2026}}
{{NAME|Semisi Havea}}, {{LOCATION|12 Kolmar Road}}, {{LOCATION|Papatoetoe}} {{ZIP|2025}}
HbA1c 81 mmol/mol. Started empagliflozin. His wife {{NAME|Vika}} does the cooking and came to the diet session.`,

  `{{NAME|Kristjana Guðmundsdóttir}} has been on the list for a hip replacement at {{LOCATION|Landspítali}} since {{DATE|January 2024}}.`,

  `hi its {{NAME|bex}} from ward 9, just checking whether mr {{NAME|lumsden}} can have his tramadol early, pain 8/10, last dose 4 hrs ago`,

  `{{NAME|Mahad Abdiwali Gedi}}, 37, taxi driver, fasting for Ramadan; glucose 3.1 at the roadside stop on {{LOCATION|Willow Street}}, {{LOCATION|Faribault}}. Paramedic crew {{ID|M-417}}.`,

  `{{NAME|Tui Te Whetu}}
{{NAME|Hinewai}} (her mother) called: {{NAME|Tui}} has had wet nappies only twice today. Advised to attend {{LOCATION|Kidz First}} ED.`,

  `Pathology report
Patient: {{NAME|BJÖRKLUND, ASTRID M}}   Lab no {{ID|H25-33091}}
Received {{DATE|27.08.2025}}
Skin ellipse, left shin: superficial spreading melanoma, Breslow 0.6 mm. Margins clear.`,

  `Thanks {{NAME|Marlize}} - I'll see Mr {{NAME|Rautenbach}} Friday. Can you send his echo from {{LOCATION|Tygerberg}}?`,

  `Re: {{NAME|Parvathi Ramachandran}} (Hosp no {{MRN|K0449172}})
{{AGE|99}}-year-old woman with delirium and a UTI. Lives in {{LOCATION|Larkhill Nursing Home}}, {{LOCATION|Tooting}}. Son {{NAME|Hariharan}} is NOK, tel {{PHONE|020 8555 0113}}.`,

  `{{NAME|Dinh}} was reviewed in the paeds ED for croup, Westley score 3. Dex 0.15 mg/kg given. Dad {{NAME|Tuấn}} happy to take him home.`,

  `RE: {{NAME|LUÍSA BETTENCOURT-AMARAL}}
Breast clinic, {{LOCATION|Hospital de Santa Maria}}, {{LOCATION|Lisboa}}
Triple assessment {{DATE|5/9/2025}}: 14 mm U5 lesion, core biopsy taken.`,

  `Call log: {{NAME|Odusanya}} from the {{LOCATION|Nunhead}} practice called re results of {{NAME|Temitope Olorunnisola-Ogunlesi}}. Ferritin 9. Told them to start ferrous fumarate.`,

  `{{NAME|Marek}} asked whether his mum can go home with the catheter. Explained the TWOC plan for {{DATE|next Monday}} at {{LOCATION|St Brendan's}}.`,

  `Transfer note: {{NAME|Zabihullah Stanekzai}}, 63, from {{LOCATION|Ghazni}} originally, living in {{LOCATION|Fremont}}, CA {{ZIP|94538}}. STEMI, PCI to the LAD at {{LOCATION|Alameda Hospital}}.`,

  `{{NAME|Pauliina Heikkilä}} called: her dad {{NAME|Erkki}} has had black stools since {{DATE|Tuesday}}. On apixaban. Sent to {{LOCATION|Meilahti}} ED.`,

  `Portal message to {{NAME|Jazmín Olvera}}: Your blood results from {{DATE|Nov 14}} are back. Vitamin D was 19 ng/mL (low). Please start the supplement we discussed. - Dr {{NAME|Loxley-Hirata}}`,

  `{{NAME|Luseane}} - thanks for covering. Mrs {{NAME|Taumoepeau}} needs her wound checked tomorrow and the {{LOCATION|Ellerslie}} district nurses are short.`,

  `REFERRAL FROM: {{LOCATION|Kingsmead Medical Practice}}, {{LOCATION|Chester}}
TO: Rheumatology
Patient: {{NAME|Gwilym Prosser-Bowen}}, DOB {{DATE|12/12/1955}}
Symmetric small joint synovitis for 10 weeks, anti-CCP strongly positive.`,
  `From: {{EMAIL|t.mwangi-otieno@kenyattanh.example.org}}
Subject: {{NAME|Awuor Oloo}} - biopsy result
Dear {{NAME|Wairimu}}, the cervical biopsy shows CIN3. Please book her for LLETZ. Her phone is {{PHONE|+254 722 555 019}}.`,

  `{{NAME|Jørgen Kristoffersen}} is a {{AGE|92}} yo retired fisherman from {{LOCATION|Hammerfest}}. Anaemia work-up: Hb 9.1, MCV 72, FIT 180.`,

  `Pre-op assessment {{DATE|Wed 14 Jan}}
{{NAME|Sadhbh Nic Conmara}}, 31, lap chole. Airway Mallampati 2. Latex allergy. Consent witnessed by Nurse {{NAME|Ó Cléirigh}}.`,

  `{{NAME|Abebech Gebremariam}}, 45, cook at {{LOCATION|Queen of Sheba Restaurant}}, burned her right forearm with oil. 4% TBSA partial thickness. Dressing clinic {{DATE|Friday}}.`,

  `Re: Mr {{NAME|Xolani Ntuli}}, {{LOCATION|23 Mputhi Street}}, {{LOCATION|Meadowlands}}, {{ZIP|1852}}
Newly diagnosed HIV, CD4 180. Started TLD. Next visit {{DATE|2 December}}.`,

  `Consultation note by Dr {{NAME|Vigdis Solbakken}}: Sámi interpreter not available, son {{NAME|Niillas}} translated. Patient {{NAME|Máret Guttorm}} has COPD exacerbation, SpO2 86%.`,

  `ICU handover: bed 4 {{NAME|Tavares dos Reis}} - urosepsis, noradrenaline 0.12, lactate falling. Bed 6 {{NAME|Sjöblom}} - extubated 14:00. Bed 8 {{NAME|Bahrampour}} - for CT head.`,

  `Dear Dr {{NAME|Mashaba}}, many thanks for referring {{NAME|Boitumelo}} to the {{LOCATION|Steve Biko Academic Hospital}} paediatric cardiology clinic. The murmur is an innocent Still's murmur.`,

  `{{NAME|Giedrė Žemaitienė}} - LMP {{DATE|22/06/2025}}, dating scan {{DATE|19/08/2025}} CRL 45 mm. Booked at {{LOCATION|Rosie Hospital}}, {{LOCATION|Cambridge}}.`,

  `Note to self: call {{NAME|Ebube}} back about her mum's hospice referral to {{LOCATION|St Christopher's}}. Mobile {{PHONE|07700 900 512}}.`,

  `{{NAME|MUHAMMAD ZUBAIR ABBASI}}   MRN {{MRN|HN-2250917}}   Ward: {{LOCATION|Liaquat National Hospital}} CCU
Troponin I 4.6 ng/mL, inferior STEMI, thrombolysed with streptokinase {{DATE|03-10-2025}}.`,

  `Letter copied to: Mr {{NAME|Arnav Venkataraghavan}}, {{LOCATION|Apt 4C, 1120 Fifth Avenue}}, {{LOCATION|New York}}, NY {{ZIP|10128}}`,

  `{{NAME|Edilberto Sullca Yupanqui}} was seen at {{LOCATION|Posta de Salud Chucuito}} with a cough for 5 weeks; sputum smear 2+. DOTS started {{DATE|4 Oct}}.`,

  `I saw {{NAME|Kateřina}} and {{NAME|Jiří Novotný}} with baby {{NAME|Radim}}, 7 weeks, for a check: weight 4.9 kg, feeding well.`,

  `{{NAME|Faasoa Tupuola}}, aged {{AGE|ninety-three}}, matai of her village in {{LOCATION|Savai'i}}, is visiting family in {{LOCATION|Porirua}}. Fall with wrist fracture.`,

  `ENT reply: Thank you for sending Ms {{NAME|Wichapi Yellowhawk}}. Nasendoscopy showed a left vocal cord nodule. Speech therapy via {{LOCATION|Wanblee}} IHS clinic.`,

  `Bed manager: {{NAME|Nadezhda}} in resus waiting for ICU, {{NAME|Walcott}} in majors for CCU, {{NAME|Agyekum}} needs a side room (C. diff).`,

  `OP letter to Dr {{NAME|Vasudev Iyengar}}, {{LOCATION|Kuvempunagar Health Centre}}, {{LOCATION|Mysuru}} {{ZIP|570023}}:
Your patient Mrs {{NAME|Kamakshi Subbarao}} has early open-angle glaucoma. IOP 26/24. Latanoprost started.`,

  `{{NAME|Eitan Ben-Haim}} - {{NAME|Batsheva}} rang, he's confused and sleepy since starting the oxybutynin. Advised to stop and review {{DATE|tomorrow}}.`,

  `Physio note: {{NAME|Makana}} did 3 laps of the ward with the frame. Daughter {{NAME|Kehau Kaaihue}} asking about home from {{LOCATION|Pali Momi}}.`,

  `Safeguarding: {{NAME|Brandon Szymański-Ocampo}}, 15, attends {{LOCATION|St Aidan's Academy}}, disclosed self-harm to the school nurse Ms {{NAME|Adjei}}. CAMHS referral {{DATE|10/10/2025}}.`,

  `{{NAME|DUCHESNE-MOTAUNG, SOLÈNE}} | {{DATE|19 févr. 2025}} | {{LOCATION|CHU de Bordeaux}}
Polyarthralgia, ANA 1:640 speckled, anti-dsDNA 210. Lupus clinic.`,

  `The daughter, {{NAME|Whetu}}, said her father {{NAME|Hohepa Tawhiri}} has not eaten for three days. He lives in {{LOCATION|Kaikohe}}.`,

  `{{NAME|Sultana}} on the renal unit says Mr {{NAME|Iqbal}}'s fistula has no thrill this morning. Vascular access nurse {{NAME|Bronagh}} informed.`,

  `Radiology request: CT KUB for {{NAME|Adel Sfeir}}, {{AGE|90}}, haematuria and left loin pain. Creat 112. Requester Dr {{NAME|Shiels}}, {{LOCATION|Altnagelvin}}.`,

  `ECHO REPORT
Name: {{NAME|Yevgenia Sokolovskaya}}  Study date: {{DATE|08-Jul-25}}  Study ID {{ID|ECH-25-07713}}
Severe AS, AVA 0.7 cm2, mean gradient 48 mmHg. LVEF 55%.`,

  `{{NAME|Yamile Marina Arboleda-Zuluaga}}, 44, teacher at {{LOCATION|Colegio Calasanz}}, {{LOCATION|Medellín}}: migraine with aura, 6 days/month. Propranolol started.`,

  `Sorry to bother you {{NAME|Thabo}}, the dialysis unit in {{LOCATION|Polokwane}} couldn't find the referral for Mr {{NAME|Masemola}}. Can you fax it to {{FAX|015 555 0192}}?`,

  `{{NAME|Chloé Vandenbroucke}} was reviewed today with her husband {{NAME|Joris-Jan}}. Her CA-125 is 612. CT shows omental caking. MDT at {{LOCATION|UZ Leuven}} on {{DATE|Tuesday 21 October}}.`,

  `Home visit {{LOCATION|Lot 14 Nhulunbuy Road}}, {{LOCATION|Yirrkala}} NT {{ZIP|0880}}: {{NAME|Gurruwiwi}}, 61, leg ulcer. Health worker {{NAME|Djapirri}} will do dressings.`,

  `Hi Dr {{NAME|Oyekunle}}, this is {{NAME|Mihaela Bălănescu}} (patient). I got a letter saying my scan is {{DATE|18 Dec}} but I will be in {{LOCATION|Sibiu}} then. Can I change it?`,

  `{{NAME|Shabnam Hosseinzadeh}} | {{LOCATION|North York General}} | {{DATE|Dec 3}}
Postmenopausal bleeding, endometrium 11 mm on TVUS. Pipelle booked.`,

  `Amb crew report: 78F found on floor at {{LOCATION|Harbour View Lodge}}, {{LOCATION|Dún Laoghaire}}. Carer {{NAME|Proinsias}} found her at 07:10. Resident's name Mrs {{NAME|Bríd Cogan}}.`,

  `{{NAME|Lanakila}} - dialysis access. Mr {{NAME|Kekumu}} fistula thrombosed, for thrombectomy at {{LOCATION|Straub}}. Nephrologist Dr {{NAME|Yoshida-Park}}.`,

  `Reply to Dr {{NAME|Oosterhuis}}: re {{NAME|Hendrikus van Tilburg}} - colonoscopy normal to caecum; the iron deficiency is likely dietary. Seen {{DATE|3-11-2025}}.`,

  `{{NAME|Akua}} is 4. Her big brother {{NAME|Kwabla}} has sickle cell and she has been screened (HbAS). Parents {{NAME|Kwamena}} and {{NAME|Ekuba Kusi-Ampofo}}.`,

  `Discharge to {{LOCATION|Greenacres Care Home}}, {{LOCATION|Lowestoft}} {{ZIP|NR32 4HT}}. Mrs {{NAME|Lettice Bellingham}}, {{AGE|97}}, on end-of-life meds. GP: Dr {{NAME|Goodlass}}.`,

  `Coroner referral: {{NAME|Donncha Prendiville}}, died {{DATE|4 April 2025}} at {{LOCATION|Tipperary University Hospital}}, {{LOCATION|Clonmel}}. Fall at home 2 days earlier.`,

  `Sexual health: {{NAME|Dev}} (clinic no. {{MRN|GU-551902}}) - NAAT positive for chlamydia. Partner notified via {{NAME|Ravinder}}. Doxycycline 100 mg BD 7 days.`,

  `{{NAME|Rukayya Ibukun Adegoke}}, 27, 34 weeks, reduced fetal movements since last night. CTG reassuring. Lives with her aunt {{NAME|Bukola}} at {{LOCATION|3 Wellesley Road}}, {{LOCATION|Croydon}}.`,

  `Consult: {{NAME|Aleksandr Gorbunov}}, 66, from {{LOCATION|Sheepshead Bay}}, admitted {{DATE|10/22/2025}} with hyponatremia Na 118. On sertraline and a thiazide.`,

  `Dear Mr {{NAME|Auchinleck-Wekesa}}, your next appointment at {{LOCATION|Western Eye Hospital}}, {{LOCATION|171 Marylebone Road}}, is on {{DATE|Monday 9 March}} at 10:40.`,
  `Billing query: {{NAME|Perla Altamirano}}, account {{ACCOUNT|PT-7731-00418}}, Medicare {{HEALTH_PLAN|4TQ9-XK2-LM81}}, DOS {{DATE|06/17/2025}}. Claim denied for missing modifier.`,

  `Insurance form for {{NAME|Haruki Matsuzawa-Quan}}: member ID {{HEALTH_PLAN|WQP884107233}}, group {{ID|GRP-55102}}. Diagnosis: lumbar radiculopathy L5.`,

  `SSN on the old registration ({{SSN|078-05-4417}}) does not match the card; Mr {{NAME|Evaristus Anozie}} to bring ID to {{LOCATION|Patient Access}} at {{LOCATION|Grady Memorial}}.`,

  `Pacemaker check: {{NAME|Geertruida Dekker}}, device Medtronic Azure XT DR, serial {{DEVICE|RNR417729S}}. Battery 9.5 years. Next remote via {{URL|https://carelink.example-mdt.com/pt/771402}}.`,

  `Insulin pump download - {{NAME|Éabha Cullinane-Ugwu}}, 16. Pump serial {{DEVICE|NG2214870H}}, CGM transmitter {{DEVICE|8GM4R2}}. Time in range 52%.`,

  `Prescriber: Dr {{NAME|Nirmalendu Chakladar}}, NPI {{LICENSE|1568430291}}, DEA {{LICENSE|FB3390217}}. Rx oxycodone 5 mg #20 for {{NAME|Corazon Bautista}}.`,

  `Locum agreement: Dr {{NAME|Cormac Ó Céileachair}}, IMC reg {{LICENSE|428871}}, covering {{LOCATION|Ballinasloe}} from {{DATE|1 August}} to {{DATE|14 August}}.`,

  `Portal audit: user {{NAME|nnadi.c}} accessed the record of {{NAME|Themba Gumede}} from {{IP|10.41.207.19}} at 02:13, outside rostered hours. Referred to IG.`,

  `Telehealth link for Mrs {{NAME|Rewa Paki}}: {{URL|https://meet.example-health.nz/r/TK88-209}} at 14:30 {{DATE|Thursday 13 November}}. If it fails, ring {{PHONE|09 555 0187}}.`,

  `Email from {{NAME|Waqas Hashmi}} ({{EMAIL|waqas.hash88@example.com}}): "Can I get a fit note for another 2 weeks? The back is still bad." - Fit note issued {{DATE|28/11}}.`,

  `Parking fine appeal supported: {{NAME|Gráinne Tobin}} was in resus with her son on {{DATE|5 June}}; car reg {{VEHICLE|191-D-44817}}.`,

  `{{NAME|Mthunzi Zondi}} - driver for the {{LOCATION|Ekurhuleni}} ambulance service. Vehicle {{VEHICLE|EMS 2207}} involved. Ankle sprain, Ottawa rules negative.`,

  `Fax to {{LOCATION|Calumet Dialysis}} ({{FAX|(312) 555-0176}}): {{NAME|Deshawn Pettiford}}, new start, Hep B sAg negative, please schedule MWF.`,

  `{{NAME|Olayinka Bamgbose}} - SSN last 4 {{SSN|6621}} - identity verified for release of records to Attorney {{NAME|Kessler-Ndaba}}.`,

  `Dear Mrs {{NAME|Roimata Poutama}},
Your bowel screening kit ({{ID|BSP-4417-20981}}) was returned unusable. A new kit has been posted to {{LOCATION|16 Kowhai Street}}, {{LOCATION|Wairoa}} {{ZIP|4010}}.`,

  `Cochlear implant: {{NAME|Asher Feldstein}}, 3, right ear, processor serial {{DEVICE|CP1100-7728105}}. Mother {{NAME|Tova}} reports good responses.`,

  `{{NAME|Rokeya Khatun}} - interpreter booked (Sylheti), appointment ref {{ID|APPT-88120733}}, {{LOCATION|Newham University Hospital}}, {{LOCATION|Plaistow}}.`,

  `Chart review: {{NAME|Tiến Đoàn}}, MRN {{MRN|003-774-812}}, {{AGE|96}} yo, DNR/DNI, from {{LOCATION|Garden Grove}}, CA.`,

  `{{NAME|Doli Nakai}} called from {{LOCATION|Lukachukai}}: her grandma's oxygen concentrator (serial {{DEVICE|IN5E-0449917}}) is alarming. Supplier {{LOCATION|Desert Air Medical}} notified.`,

  `New patient reg: {{NAME|Spyridon Papadimitriou}}, DOB {{DATE|30/04/1944}}, {{LOCATION|7 Pentland Crescent}}, {{LOCATION|Penicuik}} {{ZIP|EH26 8HT}}, CHI {{MRN|3004442718}}, tel {{PHONE|0131 555 0164}}.`,

  `Medicaid {{HEALTH_PLAN|NY 88 4410 72 W}} for {{NAME|Lucero Maldonado}}, prior auth for adalimumab approved {{DATE|Oct 2}}.`,

  `Lab courier: specimen {{ID|SPC-2511-09833}} for {{NAME|Rafferty}} lost in transit between {{LOCATION|Kilkenny}} and {{LOCATION|Tallaght}}. Please redraw.`,

  `Community pharmacist {{NAME|Nneoma}} at {{LOCATION|Boots Kentish Town}} ({{FAX|020 7555 0148}}) querying Mr {{NAME|Rosenzweig}}'s dose of methotrexate: 10 mg weekly, not daily.`,

  `{{NAME|Majed Al-Shammari}} (Emirates ID {{ID|784-1978-5521043-7}}) transferred from {{LOCATION|Sheikh Khalifa Medical City}} with a subdural haematoma.`,

  `Occupational health: {{NAME|Eruera Rewiti}}, forklift driver at {{LOCATION|Ports of Papatoetoe}}, audiogram shows a 4 kHz notch. Licence {{LICENSE|DL CK448172}}.`,

  `{{NAME|Svanhildur}} phoned - her INR machine (CoaguChek, serial {{DEVICE|UQ40918733}}) gave an error. Advised a venous sample at {{LOCATION|Akureyri}}.`,

  `Dictated but not read. Dr {{NAME|P. Wickramasinghe}}, Consultant Haematologist, {{LOCATION|Colombo South Teaching Hospital}}. cc Dr {{NAME|Jayasuriya}}.`,

  `re {{NAME|Nomathemba}}: her daughter's email is {{EMAIL|zanele.m@example.co.za}} for the care plan. Please don't post letters to the {{LOCATION|Gugulethu}} address.`,

  `Discharge letter {{NAME|Wambdi Eaglestaff}}, 49, {{LOCATION|Cheyenne River}}. Alcohol-related pancreatitis, lipase 1840. Follow-up at {{LOCATION|Bridger}} IHS {{DATE|12/08}}.`,

  `Vehicle accident: driver {{NAME|Saulius Jankauskas}} of truck {{VEHICLE|LT KRA 441}} collided on the M6 near {{LOCATION|Tebay}}. Seat-belt sign. CT abdomen normal.`,

  `{{NAME|Dong-hyuk}} and {{NAME|Ye-seul Ryu}} attended for IVF counselling at {{LOCATION|CHA Fertility Center}}, {{LOCATION|Gangnam}}. AMH 0.6.`,

  `Insurance: {{NAME|Dmitrij Tkachuk}} - policy {{HEALTH_PLAN|AXA-FR-22871904}}. Repatriation to {{LOCATION|Lyon}} approved.`,

  `IT ticket: printer at nurses' station printed Mrs {{NAME|Fiorella Gambino}}'s discharge to the wrong ward. Host {{IP|172.16.88.41}}.`,

  `{{NAME|Siew Khim}} asked for a sick note. Works at {{LOCATION|Changi Airport}} cargo. Acute low back pain, no red flags. NRIC {{ID|S7714820H}}.`,

  `SMS: {{NAME|fetuao}} ur bloods r fine, see u at {{LOCATION|papakura}} clinic next wk. dr {{NAME|sitiveni}}`,

  `PATIENT: {{NAME|MOSHIRI, FARZANEH}}
Med Rec No: {{MRN|7712-0031-6}}
Age: {{AGE|102}}
Hip fracture, conservative management agreed with family (son {{NAME|Kourosh}}).`,

  `{{NAME|Domitille Uwimana}}, 38, from {{LOCATION|Kigali}}, now in {{LOCATION|Northampton}}. Sickle cell? No - HbS negative. Iron deficiency only.`,

  `MDT list {{DATE|14/01/26}}: {{NAME|Ó Laoire}}, {{NAME|Khurana}}, {{NAME|Nyambura}}, {{NAME|Fjellheim}}, {{NAME|Lemaitre-Darkwa}}.`,

  `{{NAME|Tāwhiao Hohaia}}'s whānau asked that karakia be done before the procedure. Chaplain Matua {{NAME|Eruera}} contacted.`,

  `{{NAME|Everlyne Awuor}} - Kenyan nurse on our ward - needle-stick from a source patient at Bay 2. Baseline bloods taken. OH ref {{ID|NSI-25-0419}}.`,

  `Remote monitoring: loop recorder (Reveal LINQ, SN {{DEVICE|RLA339127G}}) for Mr {{NAME|Cathal Culhane}}: 3 episodes of AF, longest 4 h.`,

  `Thanks {{NAME|Zlata}}, I'll add {{NAME|Yaroslav}} to Thursday's list. His CT was done at {{LOCATION|Spire Elland}}.`,
  `Dear Dr {{NAME|Ogunsanwo}},
Mrs {{NAME|Chinyere Okoli}}, DOB {{DATE|17/03/1934}} (age {{AGE|91}}), tel {{PHONE|01604 555 072}}, has been discharged from {{LOCATION|Northampton General Hospital}} after a TIA. Please review her clopidogrel.`,

  `{{NAME|Józef}} (husband) says {{NAME|Danuta Kaczmarczyk}} stopped her donepezil because of nightmares. MMSE 19/30. Lives at {{LOCATION|Flat 9, Hawthorn Court}}, {{LOCATION|Hanwell}} {{ZIP|W7 3PU}}.`,

  `ED note: pt {{NAME|Đoàn Hữu Thành}}, {{AGE|ninety}}, brought by EMS from {{LOCATION|Midway City}} after a syncope at a restaurant. Trop 12. Daughter {{NAME|Trang}} on {{PHONE|(714) 555-0139}}.`,

  `{{NAME|Lavanya}} - re your query about Mr {{NAME|Krishnamurthy}}: yes, his eGFR was 28 on {{DATE|the 3rd}}, so halve the gabapentin.`,

  `Mental health liaison: {{NAME|Darragh Kenneally}}, 19, overdose of 32 paracetamol at {{LOCATION|Limerick}} bus station. Treatment line crossed. Mother {{NAME|Sinéad}} on {{PHONE|087 555 0193}}.`,

  `Ms {{NAME|Nhyira Sarpong}} - second opinion request from {{LOCATION|Tamale Teaching Hospital}}, {{LOCATION|Tamale}}. Fibroid uterus 18-week size. Email {{EMAIL|asarpong.gh@example.com}}.`,

  `Handover: {{NAME|Gorka}} in bed 3 ({{NAME|Arrizabalaga}}), Basque-speaking, has new confusion. Wife {{NAME|Maite}} will come in at 10. Phone {{PHONE|+34 943 555 021}}.`,

  `{{NAME|Getachew}} brought his son {{NAME|Bereket Alemayehu}}, 9, with a limp for 3 weeks. X-ray: no SUFE. ESR 48. MRI booked at {{LOCATION|Alder Hey}} {{DATE|next Wednesday}}.`,

  `Reply: Dear Dr {{NAME|Grünwald}}, I saw Frau {{NAME|Walburga Obermayer}} on {{DATE|12.11.2025}}. Her tremor is essential, not Parkinson's. Propranolol 40 mg BD.`,

  `{{NAME|Chigozie}} rang from {{LOCATION|Apapa}}, Lagos, asking for his dad's discharge summary to be emailed to {{EMAIL|chigozie.anyanwu@example.ng}}.`,

  `Nursing home visit: {{NAME|Gladys Hepplethwaite}} ({{AGE|98}}), {{NAME|Arthur Penhaligon}} (88), {{NAME|Mavis Treloar}} (86). All at {{LOCATION|Trelawney House}}, {{LOCATION|Truro}} {{ZIP|TR1 3LQ}}.`,

  `{{NAME|Charalambos}} texted: "dr {{NAME|lambrou}}, my mother's sugars are 20s since the steroid." Advised increase gliclazide, call {{PHONE|6944 555 018}} if >25.`,

  `Pre-assessment {{NAME|Saud Fahad Al-Subaie}} - Saudi ID {{ID|1044782219}}, self-pay, account {{ACCOUNT|SP-25-771904}}. Knee arthroscopy at {{LOCATION|Cromwell Hospital}}.`,

  `Re: {{NAME|Pounamu}}, 14 months - bronchiolitis, sats 91% on air. Admitted to {{LOCATION|Taupō Hospital}} {{DATE|22 July}}. Mum {{NAME|Tania Horomona}} staying.`,

  `{{NAME|Radhika Venkatesan}} emailed from {{EMAIL|radhika.v@example.in}}: "My husband {{NAME|Sundar}} has chest pain after walking." Told to call 999.`,

  `{{NAME|DANLADI, HARUNA}}  {{DATE|03/02/2026}}  {{LOCATION|Aminu Kano Teaching Hospital}}
HbSS, acute chest, Hb 6.2. Exchange transfusion.`,

  `Dear {{NAME|Lagi}}, thanks for referring {{NAME|Tavai Soliai}}. His knee is an ACL tear. Surgery at {{LOCATION|Whangārei Hospital}}. Contact {{PHONE|027 555 0146}}.`,

  `{{NAME|Evdokia Volkonskaya}}, born {{DATE|May 5, 1930}}, {{AGE|ninety-five}} years old, lives with her great-niece {{NAME|Polina}} at {{LOCATION|2141 Hylan Boulevard}}, {{LOCATION|Tottenville}}, NY {{ZIP|10308}}.`,

  `{{NAME|Thierno Sow}}, 34, Guinean, TB contact of his cousin {{NAME|Mamadou}}. IGRA positive. 3HP at {{LOCATION|Morrisania Chest Center}}.`,

  `Lab results to: Dr {{NAME|Quinlan}} ({{FAX|01 555 0231}}). Patient: {{NAME|Kieran Ó hAodha}}. HbA1c 48, lipids normal.`,

  `Clinic cancelled for {{NAME|Baykali Yunupingu}} - flights from {{LOCATION|Elcho Island}} grounded. Rebooked {{DATE|Mon 16/2}}.`,

  `Carer's message: "Mrs {{NAME|O'Dwyer-Akande}} wouldn't take her tablets tonight, said they were poison." - {{NAME|Nyasha}}, night carer.`,

  `Outpatient letter, {{LOCATION|Sahlgrenska Universitetssjukhuset}}, {{LOCATION|Göteborg}}
Re {{NAME|Linnéa Åkerström}}, personnummer {{ID|19610412-3386}}. Sarcoidosis stage II, ACE 98.`,

  `{{NAME|Fatoumata Coulibaly}} - sent home from {{LOCATION|Gare Saint-Lazare}} medical post with her son {{NAME|Seydou}} after a panic attack.`,

  `Coroner's officer DC {{NAME|Pockley}} called about {{NAME|Torquil McKinnon-Tse}}, died {{DATE|Sat 8 Nov}} at home in {{LOCATION|Collingwood}}. Ref {{ID|COR-VIC-25-3317}}.`,

  `{{NAME|Xiomara}} interpreted for her mother Doña {{NAME|Petrona Xiloj}}. K'iche' speaker. Hb 7.9, heavy menses.`,

  `Video consult {{DATE|20/11/2025}} with {{NAME|Aniket Gadgil}} from {{LOCATION|Pune}}; link {{URL|https://vc.example-clinic.in/room/rdesh-4471}}. Skin rash looks like tinea corporis.`,

  `Denial letter: {{NAME|Araceli Urrutia}}, claim {{ID|CLM-2025-0883471}}, policy {{HEALTH_PLAN|BCBS-TX-ZQW449201}}. MRI lumbar spine not authorised.`,

  `Registration error: two records for {{NAME|Kojo Darkwa}} (MRN {{MRN|551-204}} and MRN {{MRN|551-940}}). Merge requested.`,

  `Statement for {{NAME|Gunnhild Aasen}}, account {{ACCOUNT|0771-44982}}, {{LOCATION|Vadsø}}. Ambulance fee waived.`,

  `{{NAME|Keanu}} (pt) called re his CPAP. Machine serial {{DEVICE|22211544089}}, mask leaking. Sleep tech {{NAME|Mahina}} booked him in.`,

  `Access log: Mrs {{NAME|Boglárka Szalai}}'s portal accessed from {{IP|2001:db8:4417::2c}} and {{IP|81.2.69.160}}. Patient confirmed both were her.`,

  `Firearm licence medical for {{NAME|Tor Eirik Sandvik}}, {{LOCATION|Bodø}}. No concerns. Licence no. {{LICENSE|FV-2219-04}}.`,

  `Dear Dr {{NAME|Chirwa}},
Thank you for seeing {{NAME|Chisomo Banda}}, 28, from {{LOCATION|Blantyre}}, with recurrent pneumonias. HIV negative. CT shows bronchiectasis.
Dr {{NAME|Winterbourne}}`,

  `{{NAME|Ganesan}} and {{NAME|Kalpana Sundaralingam}} for genetic counselling {{DATE|8 Jan}}; their son {{NAME|Aadhavan}} has Duchenne.`,

  `Ambulance {{VEHICLE|WX19 OHB}} arrived 11:42 with Mr {{NAME|Isambard Crewe}}, 71, from {{LOCATION|Ludlow}}. BP 78/40.`,

  `Nurse practitioner {{NAME|Gobnait}} reviewed {{NAME|Ptolemy}} (goes by {{NAME|Tolly}}): otitis media, amoxicillin.`,

  `License plate {{VEHICLE|8KLM442}} (CA) belongs to {{NAME|Alejandro Sepúlveda}}; his car was towed from the ED bay while he was in CT.`,

  `Medical certificate: {{NAME|Siddiq Wardak}}, driver licence {{LICENSE|R5520-71844-03}}, fit to drive after his seizure-free year.`,

  `Message for Dr {{NAME|Kanahele}}: Mrs {{NAME|Tam}} at {{LOCATION|Moanalua}} needs her warfarin dose for tonight. Call {{PHONE|808-555-0161}}.`,

  `Second-opinion pathology from {{LOCATION|Tata Memorial Hospital}}, {{LOCATION|Parel}}, {{LOCATION|Mumbai}} {{ZIP|400012}}: {{NAME|Shalini Apte-Karandikar}}, block {{ID|TMH-B-25-44812}}.`,

  `Hello {{NAME|Pania}}, Koro {{NAME|Tame}} at {{LOCATION|Tokoroa}} is asking for the dietitian again - could you send {{NAME|Jocasta}} on {{DATE|Friday}}?`,

  `{{NAME|Theunis Motaung-Fourie}}: SSN {{SSN|221-67-0384}}, Medicare {{HEALTH_PLAN|7HF2-NR8-TT45}}; eligibility confirmed {{DATE|1/12/2026}}.`,

  `Anticoagulation clinic fax {{FAX|+61 8 9555 0177}}: {{NAME|Wirrin Bennell}}, INR 1.4 after missed doses, {{LOCATION|Kalgoorlie}}.`,

  `{{NAME|Mitsuki Arakawa}} - email {{EMAIL|mitsuki.a.1988@example.jp}} - asked for her CT images; uploaded to {{URL|https://share.example-rad.jp/x/8841ab}}.`,

  `Received from {{LOCATION|Alta Bates Summit Medical Center}}: records of {{NAME|Deandre Kinchen}}, MRN {{MRN|110448821}}. Includes echo {{DATE|3/3/25}}.`,

  `Fr. {{NAME|Pádraig Lenihan}}, parish priest of {{LOCATION|Kilmallock}}, attended with {{NAME|Eibhlín Heffernan}}, {{AGE|100}}, for her flu vaccine.`,

  `Device recall: Mr {{NAME|Augustus Ekpenyong}} has a Boston Scientific ICD, serial {{DEVICE|BS-229104}}. Letter sent to {{LOCATION|4 Canal Walk}}, {{LOCATION|Swindon}} {{ZIP|SN1 5BB}}.`,

  `Staff email from {{EMAIL|m.ndlovu@example-nhs.uk}} - {{NAME|Mandla}} reports that Mrs {{NAME|Farrugia}} in bay 4 has a new sacral pressure ulcer.`,

  `Payment received: {{NAME|Kyung-soo Yang}}, acct {{ACCOUNT|HAR-55108273}}, IP of payment portal {{IP|198.51.100.77}}.`,

  `Visitor log: {{NAME|Feliciano Bracamonte}} (son), plate {{VEHICLE|NKB-3418}}, visiting Doña {{NAME|Inés}}, room 412.`,

  `Deaf patient {{NAME|Kerensa Ravenscroft}}, BSL interpreter booked; contact via SMS {{PHONE|07700 900 861}} or email {{EMAIL|kerensa.r@example.org.uk}}.`,

  `Mr {{NAME|Soane Vaipulu}}, 55, from {{LOCATION|Nuku'alofa}}, cellulitis; SSN {{SSN|514 82 7761}} on file from his US stay. Account {{ACCOUNT|ACC-90041}}.`,

  `Dear {{NAME|Jessamy}}, I'm forwarding the medical report on {{NAME|Pavol Hruška}} (policy {{HEALTH_PLAN|UNIQA 22-4419-87}}) as requested. Regards, Dr {{NAME|Lindbergh-Agyeman}}.`,
  `Home oxygen assessment, {{LOCATION|Fairholme Road}}, {{LOCATION|Hartlepool}} {{ZIP|TS25 5NQ}}: Mr {{NAME|Joachim Tresilian-Lazare}}, {{AGE|93}}, PaO2 7.1 kPa. Supplier ref {{ID|HOOF-25-66170}}, contact {{PHONE|01429 555 083}}.`,

  `Referral received from {{LOCATION|Scarborough General}} ({{PHONE|416-555-0108}}): {{NAME|Baljinder Sekhon}}, OHIP {{HEALTH_PLAN|4471-882-190-MZ}}, {{LOCATION|Caledon}}, ON {{ZIP|L6R 3K2}}. Bx-proven DCIS.`,

  `{{NAME|Anacleto Iturbide}}, {{AGE|92}}, widower - daughter {{NAME|Yaretzi}} confirms he lives in {{LOCATION|Imperial Beach}}, CA {{ZIP|91932}}. CURP {{ID|IUIR330614HBCTRM08}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Graves disease, TRAb 8.2 IU/L. Carbimazole 15 mg OD, block-and-replace not used. Clinical Activity Score 2/7 for the eyes. Selenium 100 mcg BD for 6 months. FT4 24, TSH <0.01.`,
  `Gleason 3+4=7 (Grade Group 2) adenocarcinoma in 4 of 12 cores, PSA 8.4, PSA density 0.18. MRI PI-RADS 4. Active surveillance vs radical prostatectomy discussed. Born 1958, aged 67.`,
  `Babinski upgoing on the left, Hoffmann positive, clonus 4 beats. Lhermitte sign present. MRI C-spine: C5/6 cord signal change. mJOA score 13. Referred to spinal surgery.`,
  `Cushing syndrome screen: overnight 1 mg dexamethasone suppression test cortisol 412 nmol/L. 24 h UFC 680. ACTH 2 ng/L, suppressed. CT adrenals: 3.4 cm left adenoma, 8 HU.`,
  `Addisonian crisis 2019. Now hydrocortisone 15/5 mg, fludrocortisone 50 mcg. Steroid emergency card carried. Renin 1.8, Na 139. Emergency hydrocortisone 100 mg IM kit in date.`,
  `Parkinson's disease since 2016, Madopar 125 mg QDS, ropinirole XL 8 mg. Off periods 3 h/day. PDQ-39 score 41. Apomorphine pump discussed; DBS work-up at age 71.`,
  `Hashimoto encephalopathy considered; anti-TPO 1200. Steroid trial, prednisolone 1 mg/kg. EEG: diffuse slowing, no epileptiform discharges. CSF protein 0.72 g/L.`,
  `Wells score 1 (PE unlikely), D-dimer 420 ng/mL FEU (age-adjusted cut-off 760 at age 76). PERC not applicable. Geneva score 3. No CTPA.`,
  `Insulin: Tresiba 22 units ON, NovoRapid 1 unit:10 g carbs, correction 1:2.5. Libre 3 sensor, GMI 7.4%, TIR 61%. Omnipod 5 discussed for 2026.`,
  `Tanner stage 3, bone age 13.5 at chronological age 12.1. IGF-1 z-score -0.4. Height SDS -1.9, mid-parental height SDS -1.2. Turner syndrome excluded (46,XX).`,
  `Meniere disease right ear: low-frequency SNHL 40 dB at 250 Hz. Betahistine 16 mg TDS. Epley for coexisting BPPV, Dix-Hallpike positive on the right. Rinne and Weber as expected.`,
  `Apgar 7 at 1 min, 9 at 5 min. Birth weight 3.42 kg, head circumference 34.5 cm. Vitamin K 1 mg IM. Barlow and Ortolani negative. Guthrie card at day 5.`,
  `HAS-BLED 2, CHA2DS2-VASc 4. Apixaban 5 mg BD (not 2.5: weight 74 kg, creatinine 96, age 79). Watchman device not indicated. Holter 1998 normal.`,
  `Sjögren syndrome, anti-Ro positive, Schirmer 3 mm at 5 min. Hydroxychloroquine 200 mg OD. Raynaud phenomenon in the winter. Nifedipine MR 10 mg.`,
  `Glasgow-Blatchford score 6, Rockall pre-endoscopy 3. Omeprazole 40 mg IV. Hb 98 from 131. OGD: Dieulafoy lesion in the fundus, clipped.`,
  `Bell palsy, House-Brackmann grade IV. Prednisolone 60 mg for 5 days, then taper. Ramsay Hunt excluded: no vesicles. Eye taping at night, Lacri-Lube.`,
  `Kawasaki disease day 6: IVIG 2 g/kg, aspirin 30 mg/kg/day. Echo: coronary Z-scores 1.8 and 2.1. Platelets 612 on day 10. Repeat echo at 6 weeks.`,
  `Dupuytren contracture, Tubiana stage 2, ring finger MCPJ 45 degrees. Hueston tabletop test positive. Collagenase not available; fasciectomy listed.`,
  `Hirsutism: Ferriman-Gallwey score 14. Testosterone 2.9 nmol/L, SHBG 22, LH:FSH 2.6. Rotterdam criteria met. Metformin 500 mg BD, Yasmin.`,
  `Wilson disease: Kayser-Fleischer rings on slit lamp, caeruloplasmin 0.08 g/L, 24 h urinary copper 3.1 umol. Penicillamine 250 mg with pyridoxine.`,
  `Hip: Harris Hip Score 52, Oxford Hip Score 19/48. Corail stem and Pinnacle cup, size 12 and 54 mm. Charnley class B. Stryker Mako robot not used.`,
  `Alvarado score 8, Pediatric Appendicitis Score 7. US: non-compressible appendix 9 mm. Rovsing and psoas signs positive. Cefuroxime and metronidazole.`,
  `Whipple procedure 2021 for ampullary carcinoma, Creon 25,000 3 with meals. HbA1c 58. Vitamin A, D, E and K checked. Dumping syndrome, Sigstad score 9.`,
  `Lown class 4 ectopy on Holter; Brugada type 1 pattern only with ajmaline. ICD (Medtronic Cobalt XT) implanted 2022. No shocks. Hydroquinidine 300 mg BD.`,
  `Crohn disease, Montreal A2 L3 B1. Harvey-Bradshaw index 4. Ustekinumab 90 mg every 8 weeks. Faecal calprotectin 88 ug/g. Vitamin B12 210 ng/L.`,
  `Guillain-Barré syndrome, Hughes grade 3, FVC 2.1 L, MIP -40. IVIG 0.4 g/kg/day for 5 days. Erasmus GBS Outcome Score 4.`,
  `Osgood-Schlatter at 13, Sever disease at 10. Now 16, Sinding-Larsen-Johansson on the left. Cricket fast bowler. Ibuprofen 400 mg PRN, physio.`,
  `Pfizer vaccine, stored in the fridge at 4 °C. Dose 0.3 mL IM left deltoid. Observed 15 min. No reaction.`,
  `Beck Depression Inventory 28, PHQ-9 19, GAD-7 14. Sertraline 100 mg, mirtazapine 15 mg ON. Columbia scale: passive ideation only. Seen by the Crisis Team in 2023.`,
  `Nephrotic syndrome: urine PCR 820 mg/mmol, albumin 18 g/L, cholesterol 9.4. Biopsy: membranous, PLA2R positive. Ponticelli regimen vs rituximab. Ramipril 10 mg.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter11', '/tmp/deid-ood-letters11.jsonl');
