/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), fourteenth session: short clinician texts (GP and
 * specialist referral letters, discharge and transfer summaries, patient-portal messages, SBAR and ward handover notes,
 * lab, pathology, radiology and endoscopy report headers, e-mails, all-lowercase SMS-like messages, pharmacy, community
 * nursing, paramedic, occupational health, sexual health, maternity, paediatric, aged-care, mental-health, coroner,
 * insurance, billing and IT-audit notes) in UK, Irish, Canadian, Australian, New Zealand and US styles, with PHI of
 * all 18 Safe Harbor kinds, plus PHI-free texts. Written by hand by engineer author on 2026-12-04 (fourteenth session),
 * before that session's deid changes were merged, and never run for scores by its author. It is scored by the lead
 * only; never tune rules, lists or models to its texts, and do not read its misses text by text.
 * It deliberately varies: names with and without cue words (alone on a line, in lists, signatures, greetings, sign-offs,
 * lowercase, all caps, surname first, initials, hyphenated, with particles, apostrophes and diacritics, names that are
 * also English words), of Hmong, Khmer, Burmese, Tibetan, Mongolian, Korean, Filipino, Indonesian, Malay, Tamil,
 * Malayalam, Telugu, Marathi, Sindhi, Pashto, Dari, Kurdish, Turkish, Persian, Somali, Amharic, Tigrinya, Hausa, Ewe,
 * Wolof, Zulu, Xhosa, Sotho, Tongan, Samoan, Aboriginal Australian, Inuit, Cree, Ojibwe, Lakota, Greek, Sicilian,
 * Galician, Dutch, Frisian, Danish, Finnish, Estonian, Latvian, Lithuanian, Hungarian, Slovak, Slovenian, Croatian,
 * Ukrainian, Georgian, Uzbek, Hebrew, Maltese, Cornish, Manx, Breton, Haitian, Trinidadian, Guyanese, Mexican,
 * Peruvian, Chilean, Colombian, Puerto Rican, Afrikaans, Lebanese, Egyptian and Amazigh origin; relatives and
 * nicknames, clinicians, hospitals, clinics, practices, pharmacies, labs, employers, schools, care homes and churches
 * with and without a facility word, streets, units, rural and PO box addresses, suburbs, towns and counties, US ZIPs,
 * UK, Canadian and Australian postcodes, dates in many formats, ages over 89 in many wordings, phones and faxes,
 * e-mails, URLs, IPv4 and IPv6 addresses, MRN, NHS, Medicare, OHIP, account, claim, plan, licence, NPI, DEA, AHPRA,
 * device serial, lot and UDI, VIN and plate numbers, biometric and photo identifiers and SSNs.
 * Every name, address and number is invented; institution names may be the public names of real hospitals, as
 * organisations only.
 * Format as deid-ood-letters9.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr", "Mrs") and degrees ("MBBS")
 * stay outside a name, facility words ("Hospital", "Surgery") inside; US states, provinces, territories and countries
 * are not marked; years on their own are never marked; ages of 89 and under are not marked. An AGE span is one stated
 * exact age over 89, only its number or number word. NPI, DEA and AHPRA numbers are typed LICENSE, biometric and
 * photo identifiers ID; postcodes of any country are typed ZIP. Before writing, the script checks every gold span
 * against the string marked for it, and that no marked string also occurs unmarked in the same text (shared checker
 * in deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, drugs (generic and brand), doses, scores, scales, ages under 90, bare years, units,
 * lab values shaped like identifiers, abbreviations and capitalised clinical words that look like names, which must stay.
 *   node --import tsx scripts/deid-ood-letters10.ts [--out /tmp/deid-ood-letters10.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters10.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Vaitkevičius}},
Thank you for seeing {{NAME|Pa Nou Kue}}, 34, who has had three episodes of painless haematuria since {{DATE|November}}. Cystoscopy is requested. She lives at {{LOCATION|2218 Arcade St}}, {{LOCATION|Shoreview}}, MN {{ZIP|55109}} and prefers her brother {{NAME|Npis Kue}} to interpret.
Yours sincerely,
{{NAME|Ianthe Lathbury}}`,

  `{{NAME|Sreyneang Phal}}
{{DATE|12 Aug 2025}}
Latent TB, IGRA positive, CXR clear. Started 3HP. Next review at {{LOCATION|Compton Chest Clinic}}.`,

  `hi {{NAME|jas}} its {{NAME|tas}}, bed 9 mr {{NAME|trethewey}} has pulled his catheter out again, reg aware. his wife {{NAME|jenefer}} says she'll be in by 8`,

  `DISCHARGE SUMMARY
Patient: {{NAME|DHONDUP, YANGZOM}}   MRN {{MRN|00782266}}
Admitted {{DATE|03/09/2025}} - Discharged {{DATE|03/14/2025}}
High-altitude pulmonary oedema on return from {{LOCATION|Lhasa}}. Now SpO2 97% RA. Follow-up with Dr {{NAME|Ganbaatar}} in 2 weeks.`,

  `{{NAME|Chang-ho Bae}}, {{AGE|91}}, from {{LOCATION|Kinross Manor}} care home, fell overnight. No head injury. Daughter-in-law {{NAME|Ji-hye}} informed at 06:40.`,

  `Portal message from {{NAME|Maricel Dimaculangan}}:
"Hi Doc, my sugar was 14 this morning even with the metformin. I started night shift at {{LOCATION|Northridge Hospital}} last week. Can we change my dose? Cell {{PHONE|(818) 555-0132}}."`,

  `Ward round 08:15 - {{NAME|Wayan Sudarsana}}, post-op day 2 laparoscopic appendicectomy. Tolerating diet. For home today if {{NAME|Komang}} (wife) can collect.`,

  `ULTRASOUND RENAL TRACT
Name: {{NAME|ZULKIFLI BIN HASHIM}}   DOB: {{DATE|19/11/1958}}   Accession {{ID|US2509-44172}}
Right kidney 10.8 cm, left 11.2 cm, no hydronephrosis. Reported by Dr {{NAME|N. Thampi}}.`,

  `{{NAME|Kalaiselvi Arumugam}} attended with her husband {{NAME|Selvaraj}}. Third-trimester itching, bile acids 38. Booked at {{LOCATION|Northwick Park Hospital}}, {{LOCATION|Harrow}} {{ZIP|HA1 3UJ}}.`,

  `{{NAME|Nambiar, Sreelakshmi}}   Hosp No {{MRN|RX4401932}}   Ward 21`,

  `Phone call {{DATE|Tues 4th}} 14:20: {{NAME|Venkata Ramana Chowdary}} rang about his mother {{NAME|Lakshmamma}}, {{AGE|ninety-six}}, confused since the UTI. Lives in {{LOCATION|Malton}}, ON {{ZIP|L6Y 2K8}}. Advised urgent review.`,

  `Referral to paediatric neurology: {{NAME|Aarush Gokhale}}, 6, absence-like staring spells. School: {{LOCATION|Cedarbrae Public School}}. Father {{NAME|Omkar Gokhale}} on {{PHONE|416-555-0197}}.`,

  `{{NAME|Pirzada Zarmast Afridi}} attended mosque-based outreach at {{LOCATION|Masjid Al-Huda}} for his flu jab.`,

  `{{NAME|Memon Ghulam Rasool}}
Seen {{DATE|8 March}} at {{LOCATION|Karachi Medical Centre}}, {{LOCATION|Springvale}}. Hb 92, ferritin 6. Son {{NAME|Usman}} drove him.`,

  `CTPA: {{NAME|Şükrü Karakoç}}  {{DATE|Jan 30 2025}}  Bilateral segmental PE. Requested by Dr {{NAME|Kaya-Demir}}. Report {{ID|RAD-778104}} sent to fax {{FAX|(02) 9555 0184}}.`,

  `{{NAME|hawre}} 44m, kurdish, back pain 3/52, no red flags. works at {{LOCATION|Tesco Extra}} warehouse. wife {{NAME|shilan}} wants a fit note`,

  `{{NAME|Farrokh Daneshvar}} was seen on {{DATE|Friday 14th March}}. Ferritin 1,840. He is travelling to {{LOCATION|Shiraz}} on {{DATE|2 April}} and will be back in {{DATE|June}}.`,

  `Handover 19:45
Bay A1 {{NAME|Jama}} - sickle crisis, PCA
Bay A3 {{NAME|Tsegay}} - post ERCP, NBM
Bay A4 {{NAME|Biniam Mekonnen}} - DKA resolving
Bay A6 {{NAME|Nwabueze}} - EOL, family at bedside`,

  `Subject: {{NAME|Hadiza}}'s pregnancy
From: {{EMAIL|b.abubakar@example-clinic.ca}}
Scan at 20 weeks normal. Please tell her husband {{NAME|Lawan Danjuma}}; his email is {{EMAIL|lawan.danjuma.k@example.com}}.`,

  `Pt {{NAME|Kossi Agbodjan}} is a {{AGE|97}}-year-old man admitted from {{LOCATION|Maison Saint-Vincent}}, {{LOCATION|Fitchburg}}, with aspiration pneumonia.`,

  `{{NAME|NDIAYE, AMINATA}}
{{LOCATION|45 Rue Petion}}
{{LOCATION|Miramar}}, FL {{ZIP|33027}}
Next appt {{DATE|06/02/2025}} 09:30 - Pap smear`,

  `Sent {{DATE|Wed}} to Dr. {{NAME|Nokuthula Nkosi-Mahlangu}}: "{{NAME|Palesa}} is 36+4 with reduced movements, CTG reactive. Can she have a growth scan this week?"`,

  `Optometry: {{NAME|Sizwe Mkhabela}}, 12, myopia -2.50 both eyes, at {{LOCATION|Specsavers Meadowhall}}. Mum {{NAME|Thembeka}} collected.`,

  `{{NAME|Penisimani}}, please ring {{NAME|Salote Fonua}} on {{PHONE|0412 555 078}} about her smear result.`,

  `Aged care: {{LOCATION|Jacaranda Lodge}}, {{LOCATION|Toowong}} QLD {{ZIP|4066}}. Resident {{NAME|Gwendolen Hutchence}}, turned {{AGE|101}} on {{DATE|Sunday}}, new pressure injury sacrum stage 2.`,

  `Dr {{NAME|Tuiasosopo}},
Re {{NAME|Taualai Leaupepe}} (NHI {{MRN|PQR7720}}), seen {{DATE|21/2/2025}}. Gout flare R 1st MTP, urate 0.61. Contact partner {{NAME|Pua}} {{PHONE|022 555 0161}}.`,

  `{{NAME|Tjarra Coulthard}}, 27, from {{LOCATION|Ceduna}}, SA. Rheumatic heart disease, benzathine penicillin 28-day. Aunty {{NAME|Dulcie}} helps with appointments.`,

  `Insurance: {{NAME|Nuka Kristiansen}} - Manulife plan {{HEALTH_PLAN|MLF-20844-17}}, certificate {{HEALTH_PLAN|C00918274}}. Orthotics approved.`,

  `Outreach nurse: {{NAME|Wapun Sinclair}}, {{LOCATION|Norway House Cree Nation}}, MB. Dressing to left shin; next fly-in clinic {{DATE|May 6}}.`,

  `{{NAME|Migizi}} rang from {{LOCATION|Thunder Bay}} - his kokum {{NAME|Rolande Nanokeesic}} ({{AGE|94}}) has not eaten for two days.`,

  `Lab: {{NAME|RUNNING HORSE, T}}   Spec {{ID|C25-119402}}   Collected {{DATE|2025-04-03}} 07:48
Lithium 1.9 mmol/L (H). Phoned to RN {{NAME|Lorelei}} 08:31.`,

  `{{NAME|tayanita}}: can u swap on call with me? {{NAME|wicasa}} needs the car for his dialysis run`,

  `Discharge letter
{{NAME|Evangelos Kyriakidis}}, 81. Adm {{DATE|2-Mar-25}}, d/c {{DATE|9-Mar-25}}. Decompensated HF, diuresed 6 kg. Heart failure nurse at {{LOCATION|Box Hill Hospital}}, {{LOCATION|8 Arnold St}}.`,

  `{{NAME|Calogero Buscemi}}
Codice fiscale {{ID|BSCCLG41R12G273X}}
Visita {{DATE|14/01/2025}}: fibrillazione atriale, apixaban 5 mg.`,

  `Palliative: {{NAME|Ramón Castiñeiras}}, {{AGE|98}} años, comfortable. Great-niece {{NAME|Uxía}} asks us to call her in {{LOCATION|Vigo}}: {{PHONE|+34 655 501 822}}.`,

  `Physio: {{NAME|Sjoerd Hoekstra}}, Achilles rupture {{DATE|9 Feb}}, in boot, 30 degrees. Coach at {{LOCATION|Ajax Amateurs}} wants a return date.`,

  `From the school nurse at {{LOCATION|Juniper Elementary}}: {{NAME|Liesbeth van der Meer}}, 8, bee sting with facial swelling; EpiPen Jr given at 10:05. Father {{NAME|Marten van der Meer}} notified {{DATE|5/14}}.`,

  `{{NAME|Kasper}}, the INR for Mr {{NAME|Mortensen}} is 7.4. Please hold warfarin and give vitamin K. His partner {{NAME|Bent}} is NOK.`,

  `{{NAME|Aino Heikkinen}}
{{DATE|27.03.2025}}
Lichen sclerosus, clobetasol 0.05% nightly for 4 weeks. Review at {{LOCATION|Töölö}} clinic.`,

  `Dear {{NAME|Tiit}},
Thank you for asking me to see {{NAME|Kadri Tamm-Saar}}, 52. Her thyroid nodule is TIRADS 3, no FNA needed. Please repeat the ultrasound in {{DATE|March 2026}}.
{{NAME|Mart Ilves}}, endocrinologist`,

  `Transfer note: {{NAME|Jānis Ozoliņš}}, {{AGE|90}}, from {{LOCATION|Riga East University Hospital}} to {{LOCATION|Pauls Stradiņš}}, {{DATE|4 February 2025}}. Type A dissection repaired.`,

  `{{NAME|Žydrūnė Paulauskienė}} rang about her husband's biopsy; result not yet back from {{LOCATION|Santaros klinikos}}.`,

  `MRI LUMBAR SPINE
Name: {{NAME|HORVÁTH, GÉZA}}   DOB: {{DATE|02-14-1949}}   Acc# {{ID|MR-25-440921}}
L4/5 disc extrusion compressing L5 root. Ref: Dr {{NAME|Szabó-Kerekes}}.`,

  `{{NAME|Zuzana Kováčová}} ({{DATE|nar. 4.6.1979}}) - migraine, topiramate 25 mg. Pracuje v {{LOCATION|U.S. Steel Košice}}.`,

  `{{NAME|Matevž}} - re Mr {{NAME|Primož Zupančič}}: his colonoscopy at {{LOCATION|UKC Ljubljana}} is {{DATE|tomorrow}}, bowel prep given.`,

  `{{NAME|Ivana Babić-Horvat}}, {{LOCATION|Flat 12, 40 Tollcross Road}}, {{LOCATION|Paisley}} {{ZIP|PA2 6BN}}. Housing letter: severe COPD, FEV1 0.9 L.`,

  `Medicare number {{HEALTH_PLAN|2954 81730 1}} for {{NAME|Yevheniia Hrytsenko}}; Ukrainian visa holder, GP at {{LOCATION|Cottesloe Family Practice}}.`,

  `{{NAME|Tamuna}}, {{NAME|Zurab}} and little {{NAME|Nato}} - family meeting at 3pm about Babua {{NAME|Otar Gogichaishvili}}.`,

  `Dear colleague, I review {{NAME|Dilnoza Rakhimova}} ({{DATE|b. 11.12.1991}}) with recurrent urticaria. She teaches at {{LOCATION|Inha University in Tashkent}}.`,

  `{{NAME|Yossi}} - the {{NAME|Abergils}} are asking about Savta {{NAME|Zehava}}'s feeding tube, can u call {{PHONE|054-555-0174}}`,

  `Home oxygen: {{NAME|Carmelo Camilleri}}, {{LOCATION|Triq il-Kbira}}, {{LOCATION|Żebbuġ}} {{ZIP|ZBG 1302}}. 1 L/min nocturnal.`,

  `Anaesthetic record: {{NAME|Demelza Trevorrow}}, ASA 3. Anaesthetist Dr {{NAME|Kitto}}, GMC {{LICENSE|6129904}}.`,

  `{{NAME|Orry}}, Mrs {{NAME|Quayle}} ({{AGE|93}}) left her glasses at {{LOCATION|Noble's Hospital}} outpatients.`,

  `Stem cell registry ID {{ID|AN-5527-0914-66}} for {{NAME|Gwenaël Le Bihan}}; typed {{DATE|Mar 2025}}.`,

  `{{NAME|Jean-Wesner Dorsainvil}}
{{LOCATION|388 Flatbush Ave}}, Apt 6C, {{LOCATION|Canarsie}}, NY {{ZIP|11236}}
Ins: Fidelis Care {{HEALTH_PLAN|FC 71940 2283}}`,

  `{{NAME|Keshawn}} from the {{LOCATION|San Fernando Community Centre}} will help {{NAME|Indira Ramlogan}}, {{AGE|92}}, with her forms.`,

  `{{NAME|Devika}} - urine culture for {{NAME|Shivnarine Persaud}}: E. coli > 10^5, sensitive to nitrofurantoin. Clinic at {{LOCATION|Richmond Hill}}.`,

  `Tox screen for {{NAME|Colter Liefeld}} positive for methamphetamine; employer {{LOCATION|Willamette Forge}} asked for result - declined.`,

  `Ultrasound {{DATE|3/19/2025}}: {{NAME|Citlali Tlapanco}}, IUP 8+1 weeks, FHR 162. Sonographer {{NAME|R. Abernathy-Lowe}}.`,

  `Flu vaccine: {{NAME|Ccahuana Huillca, Eduviges}}, Fluzone lot {{DEVICE|UT7719AA}}, {{DATE|10/21/2025}}, {{LOCATION|CVS #3928}} {{LOCATION|Passaic}}.`,

  `{{NAME|Villaseñor Cárdenas, Anselmo}}, SSN {{SSN|522-40-9183}}, disability claim {{ID|SSA-DI-25-337102}}. Fax to {{FAX|1-866-555-0147}}.`,

  `Billing: {{NAME|Evadne Lisle-Picot}}, account {{ACCOUNT|440018-2273}}, last four of SSN {{SSN|9021}}. Statement to {{LOCATION|PO Box 2270}}, {{LOCATION|Natchitoches}}, LA {{ZIP|71457}}.`,

  `{{NAME|Ghislaine Thériault}}
Dossier {{MRN|HDL-220871}} | Acct {{ACCOUNT|E0091147726}} | {{LOCATION|Hôtel-Dieu de Lévis}}
Pyélonéphrite, ceftriaxone 1 g.`,

  `MVC: {{NAME|Kolton Rainwater}}, unrestrained passenger, 2016 Ram 1500 VIN {{VEHICLE|1C6RR7LT4GS220918}}, plate {{VEHICLE|SD 2WK 118}}, rollover on {{LOCATION|BIA Road 27}} near {{LOCATION|Porcupine}}.`,

  `Pacemaker check: {{NAME|Milica Ilić}}, Medtronic Azure serial {{DEVICE|RNB604418S}}, implanted {{DATE|22 Oct 2023}} at {{LOCATION|Fiona Stanley Hospital}}. Battery 9.5 years.`,

  `Lab portal: {{URL|https://results.example-sonichealth.com.au/r/KX92Q}}, access code {{ID|662 019}} - texted to {{NAME|Quách Bảo Ngọc}} at {{PHONE|+61 491 570 156}}.`,

  `{{NAME|Aliya Nurmagambetova}} requested a copy of her notes; her husband {{NAME|Yerlan}} will collect with his driver's licence ({{LICENSE|D7739-40218-61902}}).`,

  `Fingerprint login enrolled for {{NAME|Kekoa Ka'ahanui}}, biometric template {{ID|BIO-77120-4}}, linked to MRN {{MRN|5502-9918}}.`,

  `From: {{EMAIL|cardiology.bookings@example-sjhc.ca}}
To: {{EMAIL|m.bergstrom44@example.net}}
Hi {{NAME|Malin}}, your mother's ({{NAME|Ingegerd Bergström}}, {{AGE|95}}) Holter is booked for {{DATE|April 9}}.`,

  `WSIB claim {{ID|31-447-2208}} for {{NAME|Somtochukwu Chukwudi}}, employer {{LOCATION|Magna Seating}} {{LOCATION|Milton}}, injury {{DATE|01/14/2025}}.`,

  `The MedicAlert tag reads: "{{NAME|SZCZYGIEŁ, GRAŻYNA}} - ON WARFARIN - {{PHONE|555-0190}} - ID {{ID|77190442}}".`,

  `Insulin pump download (Tandem t:slim X2, SN {{DEVICE|1188402}}) for {{NAME|Cillian Ó Gallchóir}}: TIR 62%, 4 hypos.`,

  `{{NAME|Ogechi}}, re the bloods for {{NAME|Ezinne Nwokolo}}: CRP 212, please start antibiotics. Her husband {{NAME|Ikechukwu}} is on {{PHONE|07700 900772}}.`,

  `SBAR
S: {{NAME|Florencio Condori}}, bed 14, NEWS2 7.
B: Admitted {{DATE|yesterday}} from {{LOCATION|Quinta Normal}} with CAP.
A: RR 28, SpO2 88% on 4 L.
R: Please review now. - RN {{NAME|Javiera Araya}}, ext 6150`,

  `To: Dr {{NAME|Valderrama}}
Re: {{NAME|Yurany Mosquera}}, 29, from {{LOCATION|Quibdó}}. Cutaneous leishmaniasis suspected, ulcer L forearm. Please see at {{LOCATION|Hospital San Vicente Fundación}}.`,

  `{{NAME|Yadiel Colón Figueroa}}, 19, {{LOCATION|Bayamón}}, PR {{ZIP|00959}}. Dengue warning signs, plt 42. Mother {{NAME|Zoraida}} at bedside.`,

  `{{NAME|Frikkie Steenkamp}}
{{LOCATION|14 Kerkstraat}}, {{LOCATION|Stellenbosch}} {{ZIP|7600}}
Prostate MRI PI-RADS 4. Biopsy booked {{DATE|2025/05/12}}.`,

  `{{NAME|Rami Nassar}} ({{NAME|Abu Nabil}} to his friends) - chest pain, troponin negative x2, discharge. GP is Dr {{NAME|Nour El-Khoury}} at {{LOCATION|Zahle Family Medicine}}.`,

  `{{NAME|Amr Abdel-Rahman}}, {{AGE|90}}, Alexandria-born retired engineer, lives with son {{NAME|Tarek}} in {{LOCATION|Jersey City}}, NJ {{ZIP|07306}}.`,

  `{{NAME|Tilelli Amrouche}} - headaches since moving to {{LOCATION|Montréal-Nord}}; BP 118/72. Sister {{NAME|Dihya}} translates (Kabyle).`,

  `Handover: {{NAME|Aoibheann}} - bed 11 {{NAME|Cotter}}, bed 12 {{NAME|Ní Chonchúir}}, both post-TURP, irrigation clear.`,

  `{{NAME|Ruadhán Ó Ceallacháin}}, {{LOCATION|Cill Airne}}, Co. Kerry, {{ZIP|V93 X2E4}}. Phone {{PHONE|064 555 2207}}.`,

  `Dear Dr. {{NAME|Amponsah}},
I saw {{NAME|Yaw Darko-Mensah}} today with his wife {{NAME|Dzifa}}. His PSA is 14.2. I have referred him to urology at {{LOCATION|St Helier Hospital}}.
Best wishes,
Dr {{NAME|Clemency Yelverton}}
{{LOCATION|Thameside Medical Practice}}`,

  `Well-child visit for {{NAME|Ilhan Abdiweli Nur}}, 4, with father {{NAME|Abdiweli Nur Warfa}}; Somali interpreter {{NAME|Ubah}} ({{PHONE|612-555-0185}}).`,

  `{{NAME|Tigist Ayana}} and {{NAME|Filmon Berhane}} brought {{NAME|Saba}}, 7 months, with bronchiolitis. Church: {{LOCATION|Debre Selam Kidane Mehret}}.`,

  `CT ABDOMEN/PELVIS
{{NAME|Mehari Tewolde}}   {{DATE|28 Feb 2025}}   Acc {{ID|CT998140}}
Appendicitis with 9 mm appendicolith. Called to Dr {{NAME|Yohannes}} 02:14.`,

  `{{NAME|Selu Tuimavave}}, {{AGE|ninety-one}}, matai of the family, wants the pastor {{NAME|Faifeau Liufau}} before the procedure.`,

  `{{NAME|Bunya}}, re Aunty {{NAME|Merle Thorpe}}: transport from {{LOCATION|Yarrabah}} is booked for {{DATE|Thursday}}.`,

  `{{NAME|Eeyeekalduk Arnaquq}}, {{LOCATION|Pangnirtung}}, NU {{ZIP|X0A 0R0}}. Medevac {{DATE|Feb 3}}; escort {{NAME|Pitseolak}}.`,

  `Sexual health clinic: {{NAME|Danny Okeke-Marsh}}, GUM no. {{MRN|GU-88127}}. Syphilis RPR 1:64. Contact slip for partner {{NAME|Struan}}.`,

  `Occupational health: {{NAME|Aleksandra Wróblewska-Nowak}}, staff ID {{ID|E8093092}}, {{LOCATION|Papworth Hospital}} theatres. Hep B surface antibody 8 - booster.`,

  `Paramedic handover: male, approx 40, found {{LOCATION|Prince's Park}} bandstand, GCS 13. Named by friend as "{{NAME|Iest}}" ({{NAME|Iestyn Bevan}}). Ambulance call ref {{ID|WAST-25-1184021}}.`,

  `Coroner's referral: {{NAME|Ottokar Achterfeld}}, died {{DATE|15/04/2025}} 03:20 at {{LOCATION|Airedale General Hospital}}. NOK {{NAME|Liesl Achterfeld}}, {{LOCATION|7 Heaton Grove}}, {{ZIP|BD9 4DZ}}.`,

  `Script for {{NAME|Ruiha Pomare}}: oxycodone 5 mg, prescriber Dr {{NAME|Ngata-Kerr}}, DEA {{LICENSE|BN4418023}}.`,

  `{{NAME|Wanbli High Hawk}}
Adm {{DATE|4/2/25}} to {{LOCATION|Eagle Butte IHS Hospital}} with frostbite of both feet; lives at {{LOCATION|Dupree}}, SD.`,

  `{{NAME|Baasanjav Tsogtbayar}}, 38, horse herder visiting his cousin {{NAME|Oyunaa}} in {{LOCATION|Fairfax}}, VA. Fever and inguinal bubo - plague considered, doxycycline started {{DATE|6/18}}.`,

  `IT audit: record of {{NAME|Ciarán Fitzmaurice-Hale}} viewed from {{IP|10.44.201.17}} and {{IP|2001:db8:4a1c::22f}} by user {{NAME|jpenhaligon}} on {{DATE|2025-03-11}}.`,

  `Telehealth link for {{NAME|Zeyar Phyo Oo}}: {{URL|https://vc.example-health.org/join/77QK-2210}} at 15:00 {{DATE|Thursday 17 April}}. Interpreter (Burmese) {{NAME|Nilar Win}}.`,

  `Patient-reported: "I'm {{NAME|Htay Htay Myint}}, my daughter {{NAME|Su Su}} will bring me. Our flat is {{LOCATION|Unit 4/19 Canning St}}, {{LOCATION|Footscray}} VIC {{ZIP|3011}}."`,

  `Pathology report
Patient: {{NAME|ROUSSEAU-NDIAYE, CLÉMENCE}}   UR {{MRN|1770342}}   Lab no. {{ID|S25-09124}}
Specimen: skin ellipse L calf. Superficial spreading melanoma, Breslow 0.7 mm. Reported {{DATE|7/3/2025}}, Dr {{NAME|Ambikapathy}}.`,

  `{{NAME|zeeshan}} can u check on mr {{NAME|awan}}? hes in 4b, sats dropped to 89 at 3am, on 2L now`,

  `Referral accepted. {{NAME|Esinam Boatemaa Mensah-Kyei}} will be seen in {{LOCATION|Komfo Anokye}} haematology on {{DATE|Mon 24 Mar}}. Phone {{PHONE|+233 24 555 0193}}.`,

  `OHIP {{HEALTH_PLAN|5584-229-017-KT}} - {{NAME|Kwok, Sze Wing}} - {{LOCATION|Humber River Hospital}} - cataract surgery R eye.`,

  `{{NAME|Tahmina Akter}} (wife of {{NAME|Rezaul Haque}}) - GDM, insulin 8 units nocte. Next appt {{DATE|Thu 10th}} at {{LOCATION|Bow}} antenatal clinic.`,

  `Dr {{NAME|Goh Jia Xuan}}, {{LOCATION|Tan Tock Seng Hospital}}, Singapore {{ZIP|308433}}. Email {{EMAIL|jx.goh@example-ttsh.sg}}.`,

  `Progress note - {{NAME|Hamza Yusufzai}}, 15, from {{LOCATION|Peshawar}}, unaccompanied minor at {{LOCATION|Kent Reception Centre}}. Age-assessment pending. Scabies treated.`,

  `{{NAME|Sardar Wali}} has a pending claim with {{LOCATION|Migrant Help}}; caseworker {{NAME|Rosalie Ojukwu}} {{PHONE|020 7946 0813}}.`,

  `{{NAME|Mirwais}} and {{NAME|Zarghona Popal}} consented for their son {{NAME|Naveed}}'s hypospadias repair at {{LOCATION|Starship Children's Hospital}}.`,

  `Trauma call 22:51 {{DATE|05/05/25}}: unidentified male, given alias "{{NAME|Kestrel Quebec}}", MRN {{MRN|T-000-4418}}, RTC on the {{LOCATION|M62}} near {{LOCATION|Hartshead Moor Services}}. GCS 9.`,

  `Clinic list {{DATE|Monday 2 June}} - Dr {{NAME|Nwankwo-Ibe}}
09:00 {{NAME|Ferreira-Lobo}}
09:15 {{NAME|Ksawery Wojtyła}}
09:30 {{NAME|Prudence Ashgrove}}
09:45 {{NAME|Tamatea Hōhepa}}
10:00 DNA - {{NAME|Kovalenko}}`,

  `Many thanks,
{{NAME|Seren}}
Practice Nurse, {{LOCATION|Llys Meddyg Surgery}}, {{LOCATION|Conwy}} {{ZIP|LL32 8DL}}
Tel {{PHONE|01492 555 064}}  Fax {{FAX|01492 555 065}}`,

  `{{NAME|Mildred Oakhurst}} was {{AGE|104}} on the {{DATE|9th of June}} and received a card from the King. Still independent with a frame.`,

  `{{NAME|Ginikanwa Ezeudu}} is {{AGE|103}} per her passport; her family think she may be older.`,

  `Birth notification: baby boy of {{NAME|Huia Tamihana-Leach}}, born 04:12 on {{DATE|23/06/2025}} at {{LOCATION|Tauranga Hospital}}, 3.64 kg. NHI {{MRN|ZKP2764}}.`,

  `Pharmacy: {{NAME|Peregrine Penhallow}}, repeat for atorvastatin 40 mg. Collected by {{NAME|Perdita}} (daughter). {{LOCATION|Superdrug}}, {{LOCATION|Oakham}}.`,

  `Re: Mr {{NAME|Euan Strachan}}, {{LOCATION|Ardnamurchan}}. Home visit {{DATE|Sat}}. Dog at the door - ring first on {{PHONE|01972 555 310}}.`,

  `{{NAME|Hone Tauroa}} / {{NAME|Tauroa, H.}} - duplicate record merged; keep NHI {{MRN|CCX9027}}.`,

  `Prescriber: Dr {{NAME|Ayodele Ogunsanya}}, NPI {{LICENSE|1427780092}}, {{LOCATION|Fairview Range Medical Center}}, {{LOCATION|750 E 34th St}}, {{LOCATION|Hibbing}}, MN {{ZIP|55746}}.`,

  `AHPRA reg {{LICENSE|MED0002219845}} - Dr {{NAME|Vaidehi Kamath}}, {{LOCATION|Nepean Hospital}}.`,

  `Car seat check for {{NAME|Saga Lindqvist-Obi}}, 3 months - family car plate {{VEHICLE|KFT-42J}} (Ontario), seat rear-facing.`,

  `Ambulance {{VEHICLE|YX72 KLF}} conveyed {{NAME|Dorcas Pennywhistle}} from {{LOCATION|Holmfirth}}; crew {{NAME|Jordan Hebblethwaite}}.`,

  `Hearing aid repair: {{NAME|Eustace Blenkinsop}}, Phonak Audéo serial {{DEVICE|2217G0R4}} (L) and {{DEVICE|2217G0R9}} (R).`,

  `CGM sensor {{DEVICE|0M007XQ6P4}} failed after 3 days for {{NAME|Finnian Costigan}}; replacement ordered via {{URL|www.example-dexcom-support.com/claim}}.`,

  `Guardian: {{NAME|Leopoldina Saraiva}}; minor: {{NAME|Thiago Saraiva Matos}}, 14; CPF {{ID|418.227.093-61}}.`,

  `{{NAME|Sunil}} - Mrs {{NAME|Gunawardena}}'s warfarin clinic moved to {{DATE|31st}}, please let her know, {{PHONE|0161 555 0177}}`,

  `{{NAME|Wan Nurul Aisyah}}
IC {{ID|880312-14-5528}}
Reviewed {{DATE|12 Mac 2025}} at {{LOCATION|Klinik Kesihatan Seksyen 7}}. Asthma, ICS/LABA.`,

  `Dental referral: {{NAME|Torsten Ebbesen}}, lower 8 impacted, to {{LOCATION|Eastman Dental Hospital}}.`,

  `{{NAME|Mhairi}} ({{PHONE|07700 900236}}) texted: her gran {{NAME|Ishbel Munro}} is {{AGE|95}} and "not herself". Lives {{LOCATION|Dingwall}}.`,

  `Mum's message: "{{NAME|Zoe}} has a rash, the nursery ({{LOCATION|Little Acorns}}) says she can't go back till a doctor sees her. Can you call me on {{PHONE|0431 555 209}}? - {{NAME|Kirra}}"`,

  `{{NAME|Sibusiso Ngcobo}}, DOB {{DATE|1/2/33}}, no fixed abode, usually at {{LOCATION|Noord Street taxi rank}}.`,

  `Allergy alert: {{NAME|Oluwadamilare Adeyemi-Coker}} - penicillin (anaphylaxis {{DATE|Xmas 2019}}).`,

  `MRI booking: {{NAME|Ariadne Kostopoulou}}, claustrophobic, needs sedation. Open scanner at {{LOCATION|Alliance Medical Colchester}}. Booked {{DATE|2025.04.09}}.`,

  `{{NAME|Mircea}} - please fax the discharge for {{NAME|Floarea Stănescu}} to her GP on {{FAX|+40 21 555 0119}}.`,

  `Rural clinic: {{NAME|Mpho Letsoalo}}, {{LOCATION|Ga-Mphahlele}} village, Limpopo. HIV VL < 50, TLD refill. Clinic card {{ID|LP-0053179}}.`,

  `{{NAME|Kahiau}} said "Uncle {{NAME|Bully}}" is actually {{NAME|Bernard Kapaona}}, {{AGE|92}}, and he's on hospice with {{LOCATION|Waimānalo Health Center}}.`,

  `Imaging request: {{NAME|Mauricio Huanca}}, 47, ?renal colic, eGFR 82. Requesting clinician {{NAME|Quirin Grünewald}}, bleep 4417.`,

  `{{NAME|QIU, XIAOFENG}}  M  {{DATE|1962-10-30}}  {{MRN|A992-0041-7}}`,

  `Please send the letter to: {{NAME|Nosipho Mabuza}}, {{LOCATION|PO Box 118}}, {{LOCATION|Mthatha}} {{ZIP|5099}}, Eastern Cape.`,

  `The family ({{NAME|Kathiresan}}, {{NAME|Vasuki}} and {{NAME|Janani}}) want a second opinion from {{LOCATION|JIPMER Puducherry}}.`,

  `{{NAME|Ayşe Nur Öztürk}}, {{LOCATION|Vahrenwald}}, {{LOCATION|Hannover}} {{ZIP|30449}}. Referral from Dr {{NAME|Brandauer}} for gastroscopy.`,

  `Vaccination record transferred from {{LOCATION|Clínica Alemana}} for {{NAME|Catalina Saavedra Puga}}; RUT {{ID|19.447.302-K}}.`,

  `DOB {{DATE|29 Feb 1952}} - {{NAME|Hepzibah Wrenfield}} - please check leap-year birthday on the system.`,

  `pt {{NAME|jovanka}} says she saw dr {{NAME|markovic}} at {{LOCATION|st vincents}} last {{DATE|tues}}, not us`,

  `{{NAME|Talulah Crowshoe}}, {{LOCATION|Piikani Nation}}, AB. Treaty status number {{ID|4360021801}}. Gestational diabetes, metformin.`,

  `New patient registration: {{NAME|Kwadwo Osei-Bonsu}}, {{LOCATION|Flat 2B, 88 Rye Lane}}, {{LOCATION|Camberwell}} {{ZIP|SE15 4ST}}, NHS no. {{MRN|485 777 3456}}, mobile {{PHONE|07700 900581}}, email {{EMAIL|kwadwo.ob@example.co.uk}}.`,

  `US Medicare MBI {{HEALTH_PLAN|1EG4-TE5-MK72}} for {{NAME|Gilda Provenzano}}, {{AGE|97}}, {{LOCATION|Bensonhurst}}.`,

  `Account {{ACCOUNT|AR-0099-44172}} on hold: {{NAME|Wendelin Fenwright}} disputes the charge for {{DATE|2/11/2025}}.`,

  `{{NAME|Nayeli}}, the cath lab at {{LOCATION|Instituto Nacional de Cardiología}} accepted Sr. {{NAME|Eusebio Tlacuilo}} for {{DATE|mañana}}.`,

  `Neonatal: twin 2 of {{NAME|Ebony-Rose Whitlam}}, born {{DATE|14/07/2025}} 28+3 at {{LOCATION|King Edward Memorial Hospital}}, {{LOCATION|Subiaco}} WA {{ZIP|6008}}.`,

  `Ref from {{LOCATION|Mid Yorkshire Teaching NHS Trust}}: {{NAME|Hussein Al-Rubaie}}, retinopathy R3A. Optometrist {{NAME|Janek Sobczak}}, GOC {{LICENSE|01-33817}}.`,

  `Hi Doc {{NAME|Arredondo}}, {{NAME|Cuco}} here ({{NAME|Refugio Valenzuela}}), my knee's still bad after the shot, can I get the MRI? {{PHONE|(915) 555-0119}}`,

  `Wristband scan failed for {{NAME|Drusilla Gedling}} - barcode {{ID|WB 0088 1472 9}}; printed new band.`,

  `{{NAME|Rātā}}, {{NAME|Kōwhai}}, {{NAME|Tūī}} - all three kids due their 4-yr jabs; mum {{NAME|Hinemoa Reihana}} booked {{DATE|next Wed}}.`,

  `Safeguarding: {{NAME|Kacey-Leigh Stubbs}}, 15, reported to {{LOCATION|Lincolnshire}} police, crime ref {{ID|LP-25-008812}}. Social worker {{NAME|Bunmi Lawal-Harris}}.`,

  `Retinal photos for diabetic screening stored under {{NAME|Tudor Vlădescu}}, image set {{ID|DRS-IMG-440912}}.`,

  `Discharged to {{LOCATION|Ashgrove Nursing Home}}, {{LOCATION|24 Coventry Road}}, {{LOCATION|Hinckley}} {{ZIP|LE10 0JT}}. GP: {{LOCATION|Hollycroft Medical Centre}}.`,

  `{{NAME|Cheikh Mbengue}} works nights for {{LOCATION|UPS}} in {{LOCATION|Staten Island}}; NY commercial driver licence {{LICENSE|771 440 218}} needed for the DOT medical.`,

  `{{NAME|Kateryna}} ({{EMAIL|kateryna.m@example.ua}}) asks for her late husband {{NAME|Bohdan Melnychuk}}'s death certificate; died {{DATE|March 3rd}}.`,

  `RN {{NAME|Clodagh}}: Mr {{NAME|Ó Conaill}} in 6, K+ 6.3, ECG done, reg called.`,

  `Telephone triage {{DATE|Sun 01:40}}: caller {{NAME|Dervla}} re her son {{NAME|Fiachra}}, 3, barking cough. Address {{LOCATION|12 Ballyhooly Rd}}, {{LOCATION|Mallow}} {{ZIP|T23 W8C6}}.`,

  `Pt is a {{AGE|90}} y.o. female from {{LOCATION|Ste. Genevieve}}, MO, DNR/DNI, POA son {{NAME|Émile Boyer}}.`,

  `{{NAME|Alaric Mbeki-Thornton}}, 44, pilot with {{LOCATION|Qantas}}; CASA medical ref {{LICENSE|ARN 552174}}. Fit after 6 weeks.`,

  `Reviewed for {{NAME|Ragnhild Eikrem}}: sleep study on {{DATE|the 3rd}}, AHI 38. Auto-PAP serial {{DEVICE|22419840381}}.`,

  `{{NAME|Petroc}} from {{LOCATION|Bodmin}} asked for directions to {{LOCATION|Royal Cornwall Hospital}}; his dad {{NAME|Jory Penrose}} is on {{LOCATION|Wheal Coates}} ward.`,

  `Kind regards
Dr {{NAME|M. Szczepańska-Holt}} FRACP
Consultant Nephrologist
{{LOCATION|Princess Alexandra Hospital}}, {{LOCATION|Woolloongabba}}
ph {{PHONE|07 3555 0142}} | {{EMAIL|nephro.pah@example.qld.gov.au}}`,

  `{{NAME|rewi}} can u chase {{NAME|ngāhuia}}'s ferritin pls, she had it done at {{LOCATION|labtests}} {{LOCATION|ōtāhuhu}} {{DATE|fri}}`,

  `Medication reconciliation: {{NAME|Chimwemwe Nyirenda}}'s pharmacy is {{LOCATION|Lloyds Pharmacy Sale}}; fax {{FAX|0161 555 0266}}.`,

  `WiFi log: tablet (iPad, S/N {{DEVICE|DMPXK2LQ9F}}) assigned to {{NAME|Isolde Rouse}}, last seen at {{IP|192.168.12.207}}.`,

  `Webinar sign-up: {{NAME|Paapa Ntim}} registered for the cardiac rehab class via {{URL|rehab.example-nhs.uk/signup?id=55210}}.`,

  `{{NAME|Anneke}} and {{NAME|Wouter Venter}} - IVF cycle 2, egg collection {{DATE|18-07-2025}} at {{LOCATION|Wijnland Fertility}}.`,

  `{{NAME|MACKENZIE-ETIM, ALDOUS}} (Pt ID {{MRN|7730219}}) - please bring NOK details. Emergency contact {{NAME|Juno Etim}}, {{PHONE|+44 7700 900 346}}.`,

  `{{NAME|Tenzin Norbu}}, monk at {{LOCATION|Dzogchen Beara}}, {{LOCATION|Allihies}}. Latent TB screen, IGRA negative.`,

  `Sick note for {{NAME|Roisin Flanagan-Adeyemi}} from {{DATE|1 May}} to {{DATE|14 May}}: post-op lap chole. Employer: {{LOCATION|Aer Lingus}}.`,

  `Collections notice: {{NAME|Clementina Throckmorton}}, guarantor acct {{ACCOUNT|GX-2210-83347}}, SSN {{SSN|317.44.9028}}, balance $412.`,

  `Employee health: {{NAME|Octavio Landaverde}}, social {{SSN|610558214}}, Blue Shield subscriber {{HEALTH_PLAN|XEP 904417 211}}; TB test read negative.`,

  `Pharmacy e-fax failed to {{FAX|905.555.0173}}; resent the Rx for {{NAME|Vesna Radulović}} via {{URL|https://erx.example-pharmanet.ca/inbox/88012}}.`,

  `Firewall alert: portal login for {{NAME|Cheruiyot Rotich}} from {{IP|203.0.113.58}} (Kenya) then {{IP|198.51.100.204}} within 4 min; account locked.`,

  `Parking permit for dialysis: {{NAME|Lowanna Carrington}}, vehicle {{VEHICLE|1XY-9QP}} (QLD), Toyota Corolla VIN {{VEHICLE|JTNKU3JE60J551872}}.`,

  `Hospital bill: {{NAME|Shmuel Birnbaum}}, encounter {{ACCOUNT|HAR 300918274}}, Medicaid {{HEALTH_PLAN|YZ44871Q}}, {{LOCATION|Maimonides Medical Center}}.`,

  `{{NAME|Oluchi}} - chasing the referral for {{NAME|Chukwuebuka Ilo}}: we faxed it to {{FAX|020 8555 0139}} on {{DATE|the 12th}} but {{LOCATION|Lewisham}} say they never got it.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Addison disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg. Sick-day rules reviewed. Na 136, K 4.4. Synacthen not repeated.`,
  `Parkinson disease, Hoehn and Yahr stage 2. Co-careldopa 25/100 TDS, rasagiline 1 mg. MDS-UPDRS III 24. DaTscan 2023 abnormal.`,
  `Hodgkin lymphoma, stage IIA, nodular sclerosis. ABVD x4 cycles then ISRT 20 Gy. PET Deauville 2 after cycle 2. Echo LVEF 60%.`,
  `Seen in Fracture Clinic. Colles fracture, dorsal angulation 12 degrees. Below-elbow cast for 6 weeks. Smith fracture excluded. Paracetamol 1 g QDS.`,
  `Baker cyst, 4 x 2 cm, ruptured; Doppler excludes DVT. Ibuprofen 400 mg TDS. Osgood-Schlatter in adolescence noted.`,
  `Cushing reflex not present. GCS 15. Babinski downgoing bilaterally. Romberg negative. Hoffmann absent. Kernig and Brudzinski negative.`,
  `Mallory-Weiss tear on OGD; Forrest III ulcer in D1, H. pylori CLO positive. Lansoprazole 30 mg BD, clarithromycin 500 mg BD, amoxicillin 1 g BD x7 days.`,
  `Hashimoto thyroiditis. Levothyroxine 100 mcg, TSH 3.1 mU/L. TPO antibodies 600 IU/mL. Age 62. Planning pregnancy counselling not applicable.`,
  `Down syndrome (trisomy 21), age 34, lives in supported living. Annual TFTs normal. Echo 1998 showed repaired AVSD. Audiology due.`,
  `Hunter, Hurler and Sanfilippo syndromes excluded on urinary GAGs. Fragile X negative. Microarray: 15q11.2 deletion of uncertain significance.`,
  `Ramsay sedation score 3. RASS -1. CAM-ICU negative. Propofol 1.5 mg/kg/h, fentanyl 50 mcg/h. Ventilator: PEEP 8, FiO2 0.35.`,
  `Paget disease of bone, alkaline phosphatase 412 U/L. Zoledronic acid 5 mg IV once. Calcium 2.38, vitamin D 74 nmol/L.`,
  `Charcot foot, Eichenholtz stage 1, total contact cast. Charcot-Marie-Tooth not suspected. HbA1c 71 mmol/mol. Podiatry weekly.`,
  `Aged 88, frailty score 6. Lives alone with carers QDS. Born 1937. Gentamicin avoided; eGFR 38. Clexane 20 mg OD.`,
  `Asthma: Clenil Modulite 200 mcg 2 puffs BD, Ventolin PRN, Montelukast 10 mg ON. Peak flow 380 (best 460). ACT score 17. Fostair MART discussed.`,
  `ECG: Mobitz I (Wenckebach) block, rate 54. No Lown-Ganong-Levine pattern. Holter 24 h: max pause 2.1 s. Bisoprolol stopped.`,
  `Hirschsprung disease excluded on rectal suction biopsy. Meckel scan negative. Intussusception not seen on US. Movicol Paediatric 1 sachet daily.`,
  `Sample 25-0418-331 haemolysed, K 6.8 spurious. Repeat K 4.6 mmol/L. Lot 774210 reagent, calibrated 08:00. Cobas c 503.`,
  `Tinel and Phalen tests positive. Nerve conduction: median motor latency 5.8 ms. Carpal tunnel release, Bier block. Splint at night.`,
  `Ewing sarcoma of the left femur, 17 years old, VIDE chemotherapy. Neutrophils 0.4 on day 10. Filgrastim 5 mcg/kg. Hickman line in situ.`,
  `Cardiac Rehab phase III: walk 30 min daily, Borg scale 12-13. Bruce protocol stage 4 reached, Duke treadmill score +6. Ramipril 5 mg, Bisoprolol 2.5 mg.`,
  `Kaposi sarcoma excluded; Bartonella serology pending. CD4 212, viral load 48,000. Biktarvy 1 tab OD. Septrin prophylaxis.`,
  `Crohn's perianal disease, Parks classification trans-sphincteric. Seton placed. Adalimumab 40 mg fortnightly. Lewis score 790.`,
  `Lyme disease stage 1: erythema migrans 9 cm. Doxycycline 100 mg BD for 21 days. Jarisch-Herxheimer reaction explained.`,
  `Warfarin target INR 2.5-3.5 for Starr-Edwards valve. Today INR 3.1. Dose 5 mg Mon/Wed/Fri, 4 mg other days. Next check 14 days.`,
  `Child aged 4: Denver developmental screen normal. Weight 16.2 kg (50th centile), height 102 cm. MMR 2 and DTaP/IPV given. Vitamin D 400 IU.`,
  `Apley grind test positive. McMurray positive medially. MRI: bucket-handle tear. Lachman negative. Arthroscopy list, Ward 7 day case.`,
  `Sheehan, Simmonds and Nelson syndromes in the differential of hypopituitarism. Cortisol 09:00 88 nmol/L. Prolactin 210. IGF-1 low.`,
  `Mantoux 15 mm. Ghon focus on CXR. Rifinah 300 2 tabs OD, pyrazinamide 1.5 g, ethambutol 1.1 g. Visual acuity 6/6, Ishihara 17/17.`,
  `Gilbert syndrome: bilirubin 38 umol/L, unconjugated; ALT 22, ALP 70. Reassured. Crigler-Najjar not suspected. Hb 148 g/L, retics normal.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter10', '/tmp/deid-ood-letters10.jsonl');
