/**
 * A fresh out-of-domain check set for the de-identifier (issue 14), sixteenth session: short clinician texts (GP and
 * specialist referral letters and replies, discharge and transfer summaries, consult replies, patient-portal, e-mail
 * and SMS-like messages, SBAR, ward and ICU handovers, clinic and ward lists, name bands, pharmacy, paramedic,
 * community, hospice, occupational health, sexual health, maternity, neonatal, paediatric, mental-health, coroner,
 * police, court, insurance, billing, device and IT-audit notes) in UK, Irish, US, Canadian, Australian, New Zealand,
 * South African, European and other styles, with PHI of all 18 Safe Harbor kinds, plus PHI-free texts. Written by hand
 * by engineer author on 2026-12-05 (sixteenth session) without reading the engine's rules or lexicons, and never run
 * through ddx by its author. It is scored by the lead only; never tune rules, lists or models to its texts, and do
 * not read its misses text by text.
 * It varies: names with and without cue words (alone, in lists, signatures, greetings, name bands, lower case, all
 * caps, surname first, initials, hyphenated, with particles, apostrophes and diacritics, one in Chinese characters),
 * relatives, clinicians, interpreters, solicitors, police and chaplains; hospitals, clinics, care homes, hospices,
 * pharmacies, schools, universities and employers with full and short names; streets, flats, cottages, towns,
 * suburbs, postcodes of several countries; dates in many formats (17-Feb-1958, 2/3/24, March 3rd, 3.4.1979, ISO,
 * "the 5th", weekdays, month and year); ages over 89 as digits and words; phones, bleeps, faxes, e-mails, URLs, IPv4
 * and IPv6 addresses, MRN, NHS and CHI numbers, plan, Medicare, Medicaid, OHIP and RAMQ numbers, accounts, claims,
 * licences (GMC, DEA, NPI, driving), national and other ID numbers, device serials, vehicle plates and SSNs.
 * Every name, address and number is invented; institution names may be the public names of real hospitals, as
 * organisations only.
 * Format and gold convention as deid-ood-letters11.ts: PHI is marked inline as {{TYPE|text}}; titles ("Dr", "Mrs",
 * "Sr.", "Rev.", "Constable") stay outside a name, facility words inside; US states, provinces and countries are not
 * marked; years on their own are never marked; ages of 89 and under are not marked; weekdays and dates named by a
 * weekday are DATE, "today" and "tomorrow" are not marked. An AGE span is one stated exact age over 89, only its
 * number or number word. NPI, DEA, GMC and driving licence numbers are typed LICENSE; national and other ID numbers
 * ID; postcodes of any country ZIP. Before writing, the script checks every gold span (shared checker in
 * deid-marked-texts.ts; exits non-zero).
 * PHI-free texts carry eponyms, signs, scales and scores, drugs (generic and brand), doses, ages under 90, bare years
 * and device models without serials, which must stay.
 *   node --import tsx scripts/deid-ood-letters12.ts [--out /tmp/deid-ood-letters12.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters12.jsonl --json
 */
import { checkMarkedTexts, writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Quenneville}},
Re: {{NAME|Jerrold Pinnegar}}, DOB {{DATE|17-Feb-1958}}, {{LOCATION|22 Marlowe Close}}, {{LOCATION|Desborough}} {{ZIP|NN14 2PX}}
Many thanks for seeing this retired printer with exertional breathlessness and a soft ejection systolic murmur. Echo requested.
Yours sincerely,
{{NAME|Berendina Achterhuis}}`,

  `Spoke to {{NAME|Honoria}} re her mum's potassium of 6.1 - repeat bloods {{DATE|Friday}} at {{LOCATION|Brackley}} surgery, spironolactone held.`,

  `PATIENT: {{NAME|ZWANENBURG, MARIEKE}}
DOB: {{DATE|3.4.1979}}   MRN: {{MRN|70193352}}
Reason for referral: iron deficiency anaemia, ferritin 6, coeliac serology negative. Husband {{NAME|Wiebe}} accompanies.`,

  `handover bed 14 mr {{NAME|fossick}} - post TURP, irrigation running, hb 121. daughter {{NAME|carys}} rings at 8`,

  `{{NAME|Chrysanthos Papathanasopoulos}}, {{AGE|96}}, admitted from {{LOCATION|Larchwood Lodge}} with urosepsis. Nephew {{NAME|Stelios}} is next of kin, tel {{PHONE|0161 496 0732}}.`,

  `Consult reply - Rheumatology
Thank you for asking us to see Mr {{NAME|Hilarion Olaniyan-Webb}}. Urate 0.58, first MTP aspirate showed negatively birefringent crystals. Colchicine then allopurinol. Review at {{LOCATION|Wexham Park Hospital}} in 6 weeks.
{{NAME|Cunegonde Sjöqvist-Magagula}}, StR Rheumatology`,

  `Portal message from {{NAME|Gormlaith Ní Bhraonáin}}: "Hi, my son {{NAME|Ferdia}} has had the rash since {{DATE|Monday}} and now a temp of 38.4, should I bring him in?" Replied {{DATE|2/3/24}}.`,

  `ED triage 04:40: {{NAME|Nii Odartey Laryea}}, 31, assaulted outside a bar on {{LOCATION|Deansgate}}. GCS 15, nasal deformity. Partner {{NAME|Esaaba}} present.`,

  `Referral: {{NAME|Harjinder Bassi-Sekhri}} (NHS {{MRN|483 902 7716}}), 47, BMI 41, OSA suspected, Epworth 17. Address {{LOCATION|9 Tennyson Rise}}, {{LOCATION|Oadby}} {{ZIP|LE2 4GW}}.`,

  `{{NAME|TSUCHIMIKADO Norihiko}}
Gastroscopy {{DATE|2024-11-06}}: Barrett segment C2M4, no dysplasia on biopsies. Repeat in 2 years. Endoscopist: Dr {{NAME|M. Ochoterena-Kilgallon}}.`,

  `Night handover: {{NAME|Gertraud}} in side room 2 had a fall at 02:30, no head injury, obs stable. {{NAME|Athelstan}} in bed 9 pulled out his cannula again.`,

  `Letter to GP: your patient Mrs {{NAME|Lwandle Mvelase-Radebe}} attended {{LOCATION|Rahima Moosa Mother and Child Hospital}} on {{DATE|March 3rd}} with a lower limb cellulitis. Flucloxacillin given.`,

  `{{NAME|Arvid Sandqvist}} did not attend his audiology appointment at {{LOCATION|Halton Hearing Centre}}. Phone {{PHONE|(503) 555-0193}} unanswered. Letter posted to {{LOCATION|1093 Tamarack Creek Road}}.`,

  `Dear {{NAME|Muirne}},
Just to say Mrs {{NAME|Ó Catháin}} from the {{LOCATION|Muintir Bháire}} list has her bloods moved to {{DATE|the 5th}}.
Thanks, {{NAME|Ailbhe}}`,

  `PATIENT NAME: {{NAME|AL-HAJRI, NOURA}}   ADMIT: {{DATE|09-Jan-2025}}
Dx: acute asthma, PEF 38% predicted, salbutamol back-to-back. Father {{NAME|Obaid}} at bedside.`,

  `Received records from {{LOCATION|Saddleback Memorial}} for {{NAME|Montrell Brissett}}, MRN {{MRN|MR-6640218}}. Includes CT chest {{DATE|8/14/23}}.`,

  `Fr. {{NAME|Ailill Meehan-Ruddy}} from {{LOCATION|Ballinamore}} brought in {{NAME|Nuala Brophy}}, {{AGE|101}}, for her shingles vaccine.`,

  `Device notice: Mrs {{NAME|Ernestine Ogundipe}} has a Medtronic pacemaker, serial {{DEVICE|PJN728193S}}. Recall letter posted to {{LOCATION|6 Weaver's Yard}}, {{LOCATION|Macclesfield}} {{ZIP|SK11 6TU}}.`,

  `From {{EMAIL|t.okpalaugo-ward@example-trust.nhs.uk}}: {{NAME|Tobenna}} here - Mr {{NAME|Scicluna}} in bay 6 has new confusion, can the FY1 review?`,

  `Payment taken: {{NAME|Hwan-gyu Pyo}}, account {{ACCOUNT|8830027715}}, via portal from IP {{IP|203.0.113.58}}.`,

  `Visitor register: {{NAME|Casimiro Urquidi}} (grandson), car reg {{VEHICLE|LK19 HZT}}, visiting Señora {{NAME|Remedios}}, ward 7B.`,

  `Hard of hearing: Ms {{NAME|Wenna Tregarthen}} prefers text to {{PHONE|07700 900 417}} or email {{EMAIL|wenna.tg@example.co.uk}}.`,

  `Mr {{NAME|Siaosi Fusitu'a}}, 58, originally from {{LOCATION|Neiafu}}, type 2 diabetes; SSN {{SSN|602-44-1875}} on file. Account {{ACCOUNT|AC-771904}}.`,

  `Dear {{NAME|Amabel}}, attached is the insurance report for {{NAME|Radovan Kubíček}} (policy {{HEALTH_PLAN|ALLIANZ-PH-3390217}}). Best, Dr {{NAME|Hazlerigg-Adomako}}.`,

  `Home visit, {{LOCATION|Stoodley Heights}}, {{LOCATION|Todmorden}} {{ZIP|OL14 5DE}}: Mrs {{NAME|Tryphena Greenhalgh}}, {{AGE|91}}, leg ulcer dressing. Carer agency ref {{ID|CAR-2291-08}}.`,

  `Referral from {{LOCATION|Southlake Regional}} ({{PHONE|416-555-0177}}): {{NAME|Sukhmani Dhaliwal-Johal}}, OHIP {{HEALTH_PLAN|5528-301-447-KT}}, {{LOCATION|Woodbridge}}, ON {{ZIP|L4L 2B1}}. Breast lump 2 cm.`,

  `{{NAME|Eleuterio Zamudio}}, {{AGE|95}}, lives alone in {{LOCATION|Lemon Grove}}, CA {{ZIP|91945}}; granddaughter {{NAME|Yoloxóchitl}} visits daily.`,

  `RE: {{NAME|Birgitta Håkansson-Bligh}}
Seen in the falls clinic {{DATE|14/06/2024}}. Lying/standing BP 142/80 to 108/66. Stop doxazosin. GP: Dr {{NAME|Obiechina-Threlfall}}, {{LOCATION|Riverside Medical Practice}}, fax {{FAX|01632 960 412}}.`,

  `Discharge summary - {{LOCATION|Glangwili}}
Name: {{NAME|Iolo Carnsew}}   DOB: {{DATE|30/09/1949}}   Hosp no: {{MRN|G0388172}}
Admitted {{DATE|2 Sept}} with CAP, CURB-65 2. Discharged {{DATE|9 Sept}} on oral amoxicillin.`,

  `pls call {{NAME|jonah}} back re his mums meds, {{PHONE|0412 555 309}}, he's at work til 5`,

  `SBAR
S: {{NAME|Desdemona Falkirk}}, bed 3, new AF 148.
B: {{AGE|92}}, admitted {{DATE|Wednesday}} with a fractured wrist.
A: BP 104/62, lactate 1.4.
R: Please review - Staff Nurse {{NAME|Atsu}}`,

  `Clinic letter cc: Mr and Mrs {{NAME|Ravensworth}}, {{LOCATION|Flat 4, 11 Sherrard Street}}, {{LOCATION|Melton Mowbray}} {{ZIP|LE13 1XJ}}.
Your son {{NAME|Cosmo}} was seen today in the paediatric epilepsy clinic.`,
  `Pharmacy note: {{NAME|Leocadia Wiśniewska-Prideaux}} collected her methotrexate; reminded weekly only. Prescriber Dr {{NAME|Ubaldo Benedetti}}, GMC {{LICENSE|7049318}}.`,

  `Ambulance handover: male, approx 40, found on {{LOCATION|Corporation Street}}, name given as {{NAME|Fergal Duddy}}. Glucose 1.9, given glucagon. Wallet card: DOB {{DATE|12/12/1985}}.`,

  `Occupational health: {{NAME|Philomela Nwachinemere-Kidd}}, porter, {{LOCATION|St Swithun's Hospital}}, needlestick {{DATE|22 July 2024}}. Source bloods requested. Employee no {{ID|EMP-440918}}.`,

  `From: Dr {{NAME|Hieronymus Auerhammer}}
To: {{NAME|Ysolde}}
Could you book {{NAME|Kaspar Brünnhofer}} for a CT colonography? FIT 212. He is free on {{DATE|Tuesday}}.`,

  `Coroner's officer {{NAME|Crosbie Ferriday}} ({{PHONE|01632 960 055}}) requests the notes of the late {{NAME|Albertine Cresswell}}, died {{DATE|4th August 2024}} at {{LOCATION|Hollybank Nursing Home}}.`,

  `Sexual health: {{NAME|Jem}} (they/them) attended {{LOCATION|the Archway Centre}}, chlamydia NAAT positive. Partner notification via {{URL|https://tellapartner.example.org/k7x2}}.`,

  `Antenatal: {{NAME|Parisa Ghorbani}}, G2P1, 28/40, booked at {{LOCATION|Queen Charlotte's}}. OGTT fasting 5.8, 2 h 8.4. Husband {{NAME|Siavash}}. EDD {{DATE|19.10.2025}}.`,

  `Paeds ED: {{NAME|Lennox Ballingall-Toft}}, 4, swallowed a button battery per mum {{NAME|Shauna}}. XR: coin-like object in the oesophagus, halo sign. ENT at {{LOCATION|Great North Children's}} informed.`,

  `Care home review, {{LOCATION|Meadowsweet House}}: Mr {{NAME|Algernon Tunnicliffe}}, {{AGE|97}}, DNACPR in place, weight down 4 kg. Key worker {{NAME|Tariro}}.`,

  `Mental health: {{NAME|Caolán Dempsey}} seen by the crisis team at {{LOCATION|17 Lough Road}}, {{LOCATION|Lisburn}} {{ZIP|BT28 1QF}}. Sister {{NAME|Ríona}} staying with him.`,

  `Insurance claim {{ID|CLM-2025-0087713}}: member {{NAME|Abelardo Zubizarreta}}, plan {{HEALTH_PLAN|BCBS XKG884201175}}, DOS {{DATE|05/21/2025}}.`,

  `Billing query from {{NAME|Winifred Aucoin}}, acct {{ACCOUNT|0057-339-182}}, re her colonoscopy on {{DATE|Jan 8}}. Call back {{PHONE|(207) 555-0144}}.`,

  `IT audit: record of {{NAME|Florentyna Zieleniewska}} (MRN {{MRN|33018746}}) opened from workstation {{IP|10.48.122.7}} on {{DATE|2025-02-14}} by user jsmith2.`,

  `Driving: {{NAME|Wystan Ferrabee}}, HGV licence {{LICENSE|FERRA702185W99QX}}, had a seizure last {{DATE|Thursday}}. Advised not to drive; DVLA informed.`,

  `Vehicle: patient {{NAME|Jamarcus Thibeaux}} arrived in a pickup, plate {{VEHICLE|LA 4KD-219}}, left in the ambulance bay.`,

  `{{NAME|Wiesława}} from {{LOCATION|Sunnyside Pharmacy}} phoned: Mrs {{NAME|Cattermole}} has been double-dosing her amlodipine.`,

  `dr {{NAME|ambrosetti}} - re {{NAME|eulalie thorncombe-tiller}}, trop 2.1 now 4.8, ecg unchanged. cards aware. - {{NAME|zillah}}`,

  `Transfer letter from {{LOCATION|Raigmore}} to {{LOCATION|Caithness General}}: {{NAME|Alasdair MacFhionnlaigh}}, CHI {{MRN|1207541938}}, post-op day 4 right hemicolectomy.`,

  `Hi Dr {{NAME|Srinivasaraghavan}}, your patient {{NAME|Keonilani Makaiwi}} was seen at {{LOCATION|Queen's Medical Center}} on {{DATE|Oct 3, 2024}}. A1c 11.2.`,

  `Maternity: {{NAME|Ewelina Przybyszewska}}, 34/40, reduced fetal movements since {{DATE|Saturday}}. CTG reactive. Partner {{NAME|Bartosz}}. Mobile {{PHONE|07700 900 288}}.`,

  `Referral to {{LOCATION|Lambeth Chest Clinic}} TB service: {{NAME|Abdiqani Hirsi-Dualeh}}, 29, from {{LOCATION|Burco}}, cough 10 weeks, sputum AFB positive. Lives {{LOCATION|Hornsey Road}}, {{ZIP|N7 6PA}}.`,

  `{{NAME|Solomiia Bondarchuk}} - DOB {{DATE|1990-06-23}}, NI {{ID|QQ 12 34 56 C}}. Ukrainian, arrived {{DATE|April 2022}}. PTSD screen positive.`,

  `{{NAME|Kaulana}} ({{NAME|Kaulana Alapa'i}}) missed her dialysis on {{DATE|Mon}}. K 6.4 today. Auntie {{NAME|Pualani}} will drive her.`,

  `Practice manager {{NAME|Philippina Nyantakyi}}: the complaint from Mr {{NAME|Lancelot Grimshaw}} was logged on {{DATE|3 March}}.`,

  `Discharge: {{NAME|Rodica Zamfirescu}}, 66, lap chole {{DATE|10.05.2025}}. Follow-up {{LOCATION|Spitalul Clinic Colentina}} not needed. GP Dr {{NAME|Hârșan}}.`,

  `Tele-consult link for {{NAME|Nyabera Wafula}}: {{URL|https://meet.example-health.co.ke/room/otw-5521}}. Lives in {{LOCATION|Kisumu}}.`,

  `{{NAME|Lalith Wickramaratne}}, {{AGE|ninety-three}}, retired headmaster, lives with daughter {{NAME|Dilrukshi}} at {{LOCATION|42 Galle Road}}, {{LOCATION|Dehiwala}}.`,

  `Spoke with {{NAME|Ruaridh}} (son) - agreed comfort care for {{NAME|Isobel Drummond-Lacey}}. Chaplain Rev. {{NAME|Jonquil Thwaite}} visiting.`,

  `REFERRAL - NEUROLOGY
{{NAME|CHRZĄSZCZ-MORAHAN, ALOJZY}}, DOB {{DATE|07/11/1962}}
Left hand rest tremor 18 months, micrographia. Please see at {{LOCATION|QEUH}}.
Dr {{NAME|F. Gambo}}, {{LOCATION|Govanhill Health Centre}}`,

  `OT report: {{NAME|Theophania Ashbrook-Nwokedi}} requires a perching stool and rails at {{LOCATION|Orchard Cottage, Long Lane}}, {{LOCATION|Great Missenden}} {{ZIP|HP16 0AZ}}.`,
  `Lab callback: {{NAME|Zebedee Farquharson}}, DOB {{DATE|2/9/71}}, Na 119. GP {{NAME|Lowenthal}} informed at 17:20 on {{PHONE|020 7946 0381}}.`,

  `Audiology: {{NAME|Ingibjörg Sveinbjörnsdóttir}} fitted with bilateral Phonak aids, serials {{DEVICE|2218A6641}} and {{DEVICE|2218A6659}}.`,

  `{{NAME|O'Loughnane-Birch}}, {{NAME|Bébhinn}} - dermatology photos uploaded to {{URL|https://derm.example-hospital.ie/case/55310}}; SCC query left temple.`,

  `Ward 22 board: bed 1 {{NAME|Penberthy}}, bed 2 {{NAME|Ezeobi}}, bed 3 {{NAME|Lindbäck-Tait}}, bed 4 {{NAME|Vardanyan}} - all for ward round by 10.`,

  `Dear {{NAME|Órfhlaith}} and {{NAME|Maoilíosa}}, thank you for bringing {{NAME|Líadan}} to clinic on {{DATE|Thurs 6th}}. Her sweat test is normal.`,

  `Hospice referral: {{NAME|Horatio Pennycuick}}, {{AGE|99}}, metastatic prostate cancer, at home at {{LOCATION|Tanners Barn}}, {{LOCATION|Chipping Norton}} {{ZIP|OX7 5AL}}. Wife {{NAME|Winsome}}.`,

  `Labs for {{NAME|Augustina Twumasi-Akuoko}} (MRN {{MRN|K2290417}}) sent to {{LOCATION|Bolgatanga Regional Hospital}}. Contact {{EMAIL|atwumasi@example.com.gh}}.`,

  `GP to physio: {{NAME|Remigius Vantongeren}}, 71, right frozen shoulder, diabetic. Lives {{LOCATION|Begijnenstraat 41}}, {{LOCATION|Mechelen}} {{ZIP|2800}}.`,

  `On-call note: called by {{NAME|Caoilfhionn}} (FY2) about {{NAME|Idwal Meurig-Probert}}, bed 17, BP 82/50. Fluids given, lactate 3.1. Reg {{NAME|Ashok}} informed.`,

  `Safeguarding: {{NAME|Braxtyn Stribling}}, 6, bruising noted by teacher Ms {{NAME|Quarrington}} at {{LOCATION|Fernhill Primary School}}. Social worker {{NAME|Ayotunde}} {{PHONE|0113 496 0217}}.`,

  `MRN {{MRN|004417329}} | {{NAME|Quintus Alderwick}} | admitted {{DATE|2025-01-30}} | {{LOCATION|Ward 5, Hinchingbrooke}} | consultant {{NAME|Harcourt}}`,

  `Hello {{NAME|Leontyne}}, can you fax the echo for {{NAME|Cyprian Adeyemo-Rime}} to {{FAX|(617) 555-0162}}? Thanks, {{NAME|Yanelis}}`,

  `{{NAME|Septimus Grieve}} - walk-in, DOB {{DATE|March 3, 1944}}, epistaxis 40 min, on apixaban. Rapid Rhino placed. Lives {{LOCATION|Saltaire}}.`,
  `Referral to cardiology, {{LOCATION|Harefield}}: {{NAME|Eglantine Farthingale}}, 54, palpitations, Holter 14% ectopy. Her brother {{NAME|Crispian}} died suddenly at 39.`,

  `Mrs {{NAME|Omotunde Adebisi}} called from {{LOCATION|Ladywell}} - her husband {{NAME|Oluwatoyosi}} is vomiting after chemo. Advised to attend {{LOCATION|King's College Hospital}} AOS unit.`,

  `PORTAL: "Dr {{NAME|Hallström}}, it's {{NAME|Gunnel}} again, the water tablets make me dizzy. Can I halve them?" - sent {{DATE|12/04/2025}} 21:02`,

  `DISCHARGE {{NAME|ZAVALETA-BUENROSTRO, EUFEMIA}} DOB {{DATE|04-22-1950}} MRN {{MRN|5502218}}
Dx NSTEMI, PCI to LAD. Cardiac rehab at {{LOCATION|Brackenridge}}. Daughter {{NAME|Yadira}} {{PHONE|210-555-0119}}.`,

  `ICU handover: {{NAME|van der Spuy}}, day 3 ventilated, FiO2 0.45. Wife {{NAME|Annelie}} updated by Dr {{NAME|Ramaphakela}} at 18:00.`,

  `{{NAME|Gatien Lefebvre-Kouassi}}, 38, seen in the {{LOCATION|CHRU de Tours}} travel clinic, fever after {{LOCATION|Yamoussoukro}}, malaria film negative x3.`,

  `Re: {{NAME|Wren Tisdale}} (DOB {{DATE|11 Nov 2019}})
Dear Dr {{NAME|Gangopadhyay-Rudd}}, {{NAME|Wren}} was reviewed in the allergy clinic at {{LOCATION|Mayday Hospital}}; peanut SPT 9 mm. Adrenaline autoinjector x2 prescribed.`,

  `Phone triage: {{NAME|Abenaa Kyerewaa}}, {{AGE|90}}, fell at {{LOCATION|14 Gladstone Terrace}}, can't get up. Ambulance requested. Neighbour {{NAME|Delroy}} with her.`,

  `{{NAME|ALBRECHTSEN}} - wound swab MRSA positive, side room. Contact precautions. Family ({{NAME|Preben}}, son) informed {{DATE|Sunday}}.`,

  `Email to {{EMAIL|clinic.admin@example-ortho.com}}: please rebook {{NAME|Giacomo Bellandi}}, DOB {{DATE|1967-08-02}}, for knee arthroscopy; cancelled {{DATE|Aug 9}}.`,

  `Med rec: {{NAME|Clarimond Oyewumi}} brought a blister pack from {{LOCATION|Rowlands Pharmacy, Market Place}}, {{LOCATION|Wokingham}}. No GTN at home.`,

  `Clinic list {{DATE|Tue 14/01}}: 09:00 {{NAME|A. Fitzwarren}}, 09:20 {{NAME|K. Adomako-Nketiah}}, 09:40 {{NAME|P. Ruddock}}, 10:00 {{NAME|Z. Haddadin}}.`,

  `Reply from {{LOCATION|the Royal Free}} renal: {{NAME|Ifunanya Ukwuoma}}, eGFR 24, PCR 310, renal biopsy booked {{DATE|Nov 12th}}. Contact {{PHONE|020 7946 0554}}.`,

  `{{NAME|Lily A.}} seen with her dad. Wheeze, sats 94, given pred 20 mg. School: {{LOCATION|St Wilfrid's C of E Primary}}.`,

  `Dr {{NAME|Yusupova}} - {{NAME|Yerzhan Nurmagambetov}}, 45, from {{LOCATION|Shymkent}}, for echo. NIN {{ID|850312301457}}.`,

  `Dispatch: {{NAME|Bonifacio Arreola}} transported from {{LOCATION|2719 N Holton St}}, {{LOCATION|Milwaukee}}, WI {{ZIP|53212}} to {{LOCATION|Froedtert Hospital}}.`,

  `{{NAME|Kunigunde Brügger}}, {{AGE|94}}, Pflegeheim {{LOCATION|Haus Sonnenhalde}}, {{LOCATION|Überlingen}}. Hüftfraktur rechts, OP am {{DATE|17.03.2025}}.`,

  `NOK update: {{NAME|Cressida Vane-Tempest}} ({{PHONE|+44 7700 900 651}}) is the daughter of {{NAME|Montague Vane-Tempest}}, bed 8. Wants a call {{DATE|Friday}}.`,

  `Hi {{NAME|Keahi}}, {{NAME|Leinani}}'s thyroid results are back; TSH 0.02. Dr {{NAME|Nakasone}} will call.`,

  `{{NAME|Ogechukwu}} on the phone - her father {{NAME|Ifeanyichukwu Anyaoha}} is refusing insulin. Lives at {{LOCATION|Flat 9, Mayhew House}}, {{LOCATION|Thamesmead}} {{ZIP|SE28 8RD}}.`,

  `Fracture clinic: {{NAME|Crispin Lavington}}, 12, distal radius buckle. Mum {{NAME|Zuleika}}. Next review {{DATE|24/6}}.`,

  `PRESCRIPTION: {{NAME|Tiberiu Moldovanu}}, DOB {{DATE|18.08.1955}}. Prescriber DEA {{LICENSE|BM4471936}}, NPI {{LICENSE|1538297041}}.`,

  `Endoscopy list - {{LOCATION|Tameside}}: {{NAME|Wolstenholme-Adcock}} (OGD), {{NAME|Mnisi}} (colon), {{NAME|Fehérvári}} (flexi).`,

  `Hi, {{NAME|Maricruz}} here from {{LOCATION|Bayview Dialysis Unit}}. Mr {{NAME|Kauwila}} had a clotted fistula this morning. Surgeon Dr {{NAME|Maitland}} aware.`,

  `Obs chart name band: {{NAME|HOLLINGWORTH, ELKANAH}} {{MRN|RX7719043}} {{DATE|15/08/1938}}`,

  `Neonatal: Baby of {{NAME|Zandile Mthimkhulu}}, born {{DATE|2025-07-04}} 03:12 at {{LOCATION|Rahima Moosa}}, 2.1 kg, 35 weeks, TTN.`,

  `Letter: Dear Mr {{NAME|Kinnersley}}, following your attendance at {{LOCATION|the Royal Oldham}} on {{DATE|21st May}}, your MRI knee shows a medial meniscal tear.`,

  `{{NAME|Ebubechukwu Ogbonnaya}}'s sister {{NAME|Obianuju}} says he has been drinking since his redundancy from {{LOCATION|Vauxhall Motors}}.`,

  `Student health: {{NAME|Xanthe Mavrogordato}}, 20, {{LOCATION|Aberystwyth University}}, meningitis ACWY given {{DATE|Sept 2023}}. Student no {{ID|2281975}}.`,

  `Community nurse: {{NAME|Zerubbabel Goldthorpe}}, catheter change due {{DATE|the 18th}}. Key safe code given by his niece {{NAME|Lowenna}}.`,
  `Referral: {{NAME|Odalie Fontenette}}, 62, from {{LOCATION|Mamou}}, LA {{ZIP|70554}}, dysphagia, weight loss 8 kg. Medicaid {{HEALTH_PLAN|LA-MCD 118840276}}.`,

  `ED note: {{NAME|Quillon Purslow}}, 19, fell from a ladder at {{LOCATION|Kilnsey Builders}}. Employer contact {{NAME|Lyndon Pilbeam}} {{PHONE|01632 960 781}}.`,

  `Mr {{NAME|Flann Ó Cinnéide}}, {{AGE|98}}, from {{LOCATION|Dingle}}, admitted with hyponatraemia (Na 121). Daughter {{NAME|Nóirín}} in {{LOCATION|Tralee}}.`,

  `{{NAME|J. Uzodinma-Whitley}} (GP) asked for advice on {{NAME|Tresidder}}, 58, ALP 410, GGT 388. Suggested US liver at {{LOCATION|Hexham General}}.`,

  `Dear colleague, I reviewed {{NAME|Henk-Roelof Boersema}} on {{DATE|Woensdag 4 juni}} at {{LOCATION|Isala Zwolle}}. FEV1 54%.`,

  `{{NAME|Soraya Benhaddou}}, 44, {{LOCATION|Rue des Tanneurs 12}}, {{LOCATION|Lille}} {{ZIP|59000}}. Tél {{PHONE|+33 3 20 55 01 47}}. Migraine chronique.`,

  `{{NAME|Ossian}} - can you chase the CT report for {{NAME|Ansgar Voss}}? Requested {{DATE|Mon 3/10}}. Thx {{NAME|Sharvari}}`,

  `Paramedic PRF: pt {{NAME|Solange Moravec-Ashfield}}, {{AGE|104}}, from {{LOCATION|Blackthorn Lodge Care Home}}, {{LOCATION|Knaresborough}}. SpO2 88%, crackles left base.`,

  `Anticoag clinic: {{NAME|Oswin Featherstonehaugh}}, INR 1.6 on {{DATE|9/1}}, dose increased. Next check {{DATE|16/1}}.`,

  `Patient ID wristband: {{NAME|MUTASA, TAKUDZWA}} | DOB {{DATE|23 JUN 1981}} | NHS {{MRN|752 118 3409}}`,

  `Hi Ms {{NAME|Vukovic}}, thanks for your email. {{NAME|Dragana}}'s EEG is booked for {{DATE|October 7}} at {{LOCATION|Great Ormond Street}}.`,

  `Police liaison: Constable {{NAME|Rhys Pendragon}} collar {{ID|4417}} requested a statement re {{NAME|Corwin Blackadder}}, admitted after an RTC on the {{LOCATION|A470}}.`,

  `Mr {{NAME|Trương Thế Lộc}}, 67, Vietnamese interpreter needed. HBsAg positive. Son {{NAME|Trương Khải}}, {{PHONE|(714) 555-0126}}.`,

  `{{NAME|Aurelie}} rang from {{LOCATION|Clinique Sainte-Radegonde}} - they have a bed for Mme {{NAME|Castelnau}} on {{DATE|Thursday}}.`,

  `Discharge to {{LOCATION|Goldenrod Villa Assisted Living}}, {{LOCATION|1536 Chokecherry Dr}}, {{LOCATION|Meridian}}, ID {{ZIP|83642}}: Mrs {{NAME|Velda Hendershot}}, {{AGE|95}}.`,

  `From Dr {{NAME|Somhairle McAlpine}} ({{EMAIL|l.mcalpine@example-health.scot}}): {{NAME|Elspeth Gunn}}, thyroid nodule U3, FNA please.`,

  `RX refill: {{NAME|Manon Gélinas-Rioux}}, RAMQ {{HEALTH_PLAN|DESM 5804 1127}}, {{LOCATION|Shawinigan}}. Pharmacy fax {{FAX|819-555-0183}}.`,

  `Alert: duplicate record - {{NAME|Adebukola Famuyiwa}} MRN {{MRN|2208811}} and {{NAME|Adebukola Famuyiwo}} MRN {{MRN|2208855}}. Merge requested by {{NAME|Hettie}} (HIM).`,

  `{{NAME|Kristof Nagy-Bálint}}, 35, climber, frostbite both hands after {{LOCATION|Ben Nevis}}. Seen at {{LOCATION|Belford Hospital}} {{DATE|Jan 2nd}}.`,

  `Telephone consult {{DATE|03/03/2025}}: spoke with {{NAME|Mihiata}}, mother of {{NAME|Whetūrangi Kereama-Paewai}}, 3, croup, Westley 2.`,

  `Ward clerk: please update address for {{NAME|Ignacy Wróblewski}} to {{LOCATION|27 Pembury Avenue}}, {{LOCATION|Tonbridge}} {{ZIP|TN9 2QH}}.`,

  `{{NAME|Zoltán}} in bay 3 is refusing his enoxaparin again. His wife {{NAME|Erzsébet}} will talk to him.`,

  `Death verification: {{NAME|Lucan Hatherleigh}}, {{AGE|92}}, verified 03:47 on {{DATE|14/11/2024}} at {{LOCATION|Foxglove Bank}} by RN {{NAME|Chipo Mhlanga}}.`,

  `Dear Prof {{NAME|Ekström}},
Thank you for seeing Ms {{NAME|Sigvor Tveitnes}} with suspected sarcoid. ACE 98. CT: perilymphatic nodules.
{{NAME|Tormod Vikerøy}}, {{LOCATION|Haukeland}}`,

  `Clinic note: {{NAME|Jasper Ellingham}}, 28, wants PrEP. Lives {{LOCATION|Hove}}. Partner {{NAME|Orrin}}.`,

  `Re {{NAME|Bertille Nkomo-Sauvage}}: biopsy from {{DATE|30 Dec}} shows BCC, nodular. Mohs at {{LOCATION|Salisbury District Hospital}}.`,

  `ACCOUNT {{ACCOUNT|HB-00492817-3}} - guarantor {{NAME|Marcelline Etherington}}, {{LOCATION|88 Wallingford Ave}}, {{LOCATION|Puyallup}}, WA {{ZIP|98371}}.`,

  `Ophth: {{NAME|Cynddylan ap Rhys}}, wet AMD left eye, aflibercept #3 on {{DATE|Wed}}. Transport booked from {{LOCATION|Llandeilo}}.`,

  `{{NAME|Immaculata Wangari-Muchiri}} - the {{LOCATION|Avenue Hospital}} lab called: platelets 38. Repeat tomorrow morning; message to Dr {{NAME|Kipchumba}}.`,

  `Vasectomy consent: Mr {{NAME|Eunan Devlin-Hoey}}, partner {{NAME|Aisling}} aware. Procedure {{DATE|22-Aug-2025}}, {{LOCATION|Lagan Valley}}.`,

  `{{NAME|touria el ghazouani}} called re her appt, can't come {{DATE|thursday}}, rebook pls. {{PHONE|0612 55 48 30}}`,

  `CT request: {{NAME|Leofric Pawsey}}, 77, IP no {{MRN|X0993471}}, query PE, Wells 6. Req by Dr {{NAME|Okpalaugo}} bleep {{PHONE|4471}}.`,

  `{{NAME|Silvestre Domínguez-Tecuanhuey}} - seen {{DATE|domingo}}, dengue NS1 positive, plat 92. Lives {{LOCATION|Colonia Juárez}}, {{LOCATION|Mérida}}.`,

  `Hi {{NAME|Heledd}}, Mrs {{NAME|Meredydd-Tudur}} from {{LOCATION|Aberaeron}} is asking whether her scan is on {{DATE|the 22nd}} or {{DATE|the 29th}}.`,

  `{{NAME|Jedidiah Adetimehin-Birch}}, 16, asthma, attends {{LOCATION|Walworth Academy}}. Spacer technique checked with mum {{NAME|Iyabode}}.`,
  `Transfer request from {{LOCATION|Maumee Bay Regional}} ({{PHONE|419-555-0136}}): {{NAME|Jaquavious Lockridge}}, 51, STEMI, door-to-balloon goal. Plate of ambulance {{VEHICLE|OH EMS-2207}}.`,

  `Dear {{NAME|Anwen}}, re your patient {{NAME|Teleri Rhydderch-Gwalchmai}}, 84: bone density T-score -3.1 at the hip. Zoledronate at {{LOCATION|Bronglais}} on {{DATE|1/7/25}}.`,

  `{{NAME|MCGLINCHEY}} {{NAME|Fearghal}} DOB {{DATE|05.05.1991}} - self-harm, lacerations L forearm, psych liaison {{NAME|Deepa}} aware.`,

  `Gastro reply: {{NAME|Hildegard Oyama}}'s calprotectin was 640. Colonoscopy next {{DATE|Monday}} at {{LOCATION|Frimley Park}}. Please stop her iron.`,

  `{{NAME|Alistair}} (brother) holds health POA for {{NAME|Beathag Cairncross}}, {{AGE|97}}. His number {{PHONE|01382 555 640}}.`,

  `Vaccination record: {{NAME|Bakary Sissoko-Keïta}}, DOB {{DATE|2018-12-01}}, MMR2 given {{DATE|2022-03-15}} at {{LOCATION|Centre de Santé Bamako-Coura}}.`,

  `Stroke thrombolysis log: {{NAME|Ermintrude Harcastle}}, onset 14:05, door 14:52, alteplase 15:21. {{LOCATION|Hull Royal Infirmary}}. Husband {{NAME|Clive}}.`,

  `{{NAME|Mogens}} says his mum {{NAME|Kirsten Bjerregaard}} has not eaten for 3 days. She lives at {{LOCATION|Nørrebrogade 144}}, {{LOCATION|København N}} {{ZIP|2200}}.`,

  `Renal transplant clinic: {{NAME|Adegboyega Ajayi-Kempster}}, tacrolimus 7.8, creatinine 132. Donor: brother {{NAME|Kunle}}. Transplant {{DATE|Feb 2019}} at {{LOCATION|the Churchill}}.`,

  `DIABETIC EYE SCREENING - {{NAME|Mehitabel Ollerenshaw}} - {{DATE|12-03-2025}} - R1M0 both - ID {{ID|DES-8841207}}.`,

  `Note from Sister {{NAME|Bernadine}}: Ms {{NAME|Tallulah Ormerod}} left the ward against advice at 23:10.`,

  `Return to work: {{NAME|Eliphalet Pennington}}, forklift driver at {{LOCATION|Ocado Hatfield}}, fit for light duties from {{DATE|10/2}}.`,

  `{{NAME|Séverine Aubertin}}, née {{NAME|Lacombe}}, 59, breast cancer, oncology at {{LOCATION|Institut Curie}}. GP Dr {{NAME|Renaudin}}.`,

  `Urgent - Dr {{NAME|Iwuchukwu}}, pls review {{NAME|Theodora Kestelman}} (bed 5), K+ 2.6, on furosemide. Thanks {{NAME|Marisa}}`,

  `{{NAME|Caspian Gebremeskel}}, 24, from {{LOCATION|Gondar}}, HIV new diagnosis, CD4 210. Clinic at {{LOCATION|Burrell Street clinic}}, {{DATE|Fri 14th}}.`,

  `Walk-in centre {{LOCATION|Shepton Mallet}}: {{NAME|Clemmie Fairbrother}}, 6, otitis media, mum {{NAME|Krystal}}. Amox 5 days.`,

  `Advance care plan witnessed by {{NAME|Everard Rowntree}} (solicitor, {{LOCATION|Rowntree & Platt}}) for {{NAME|Eudora Wainscott}} on {{DATE|2 April 2025}}.`,

  `{{NAME|Zhai Shufen}} ({{NAME|翟淑芬}}), 73, herbal remedies stopped. Son {{NAME|Zhai Zhenhao}} translates. Lives {{LOCATION|Wollaston}}, {{LOCATION|Quincy}}.`,

  `LTC review - {{NAME|Godfrey Ackroyd-Binns}}, COPD, FEV1 41%. Rescue pack issued {{DATE|1 Oct}}. Pulmonary rehab at {{LOCATION|Pontefract}} declined.`,

  `Consent for photos: {{NAME|Yuridia Oropeza}}, signed {{DATE|06/17/24}}, witness {{NAME|D. Kuznetsov}}, RN.`,

  `Message: {{NAME|caedmon}} from {{LOCATION|st barnabas hospice}} rang, mrs {{NAME|pellew}} is deteriorating, family called.`,

  `Court report request: {{NAME|Jethro Maddocks}}, DOB {{DATE|09/30/1988}}, case no {{ID|CR-24-118732}}, {{LOCATION|Multnomah County}} court.`,

  `{{NAME|Morenikeji Olanrewaju}}'s baby {{NAME|Ayomide}} had a BCG at {{LOCATION|Homerton}} on {{DATE|14.02.25}}. Follow-up hips scan.`,

  `Hand-off: {{NAME|Krzysztof}} (bed 12) for MRI 14:00, {{NAME|Adelheid}} (bed 14) TTO pending, Mr {{NAME|Nwachinemere}} (bed 15) awaiting {{LOCATION|Fairfield}} rehab bed.`,

  `{{NAME|Thurstan Kettleby}}, 44, {{LOCATION|Rutland}}, DVLA group 2; BP 168/102 on 3 readings. ABPM arranged, device no {{DEVICE|ABPM-07721}}.`,

  `{{NAME|Shulamit Ben-Shoshan}}, 31, IVF at {{LOCATION|Hadassah}}; OHSS, Hct 48. Husband {{NAME|Yoav}}. Tel {{PHONE|+972 2 555 0198}}.`,

  `Portal message: "It's {{NAME|Conleth}}, {{NAME|Ealasaid Gallacher}}'s husband - she's still bleeding after the D&C on {{DATE|Tuesday}}." 22:40`,

  `Pre-op: {{NAME|Yevdokiya Chervonenko}}, 69, for TKR at {{LOCATION|Horder Healthcare}}, date {{DATE|11/11/25}}. Hb 118.`,

  `{{NAME|Rafaela}} (interpreter, Portuguese) booked for Sr. {{NAME|Arlindo Tomé-Cardoso}} on {{DATE|sexta-feira}}.`,

  `Hospital at home: {{NAME|Wilfrid Stainsby}}, {{AGE|ninety-one}}, IV ceftriaxone day 3, lives at {{LOCATION|2 Church Row}}, {{LOCATION|Bedale}} {{ZIP|DL8 1AP}}.`,

  `Dear Dr {{NAME|Chakraborty}}, I saw {{NAME|Persephone Strathearn}} at {{LOCATION|UCLH}} on {{DATE|Wednesday}}; tilt test positive. Yours, {{NAME|Fachtna Mulryan}}.`,

  `Pathology: specimen {{ID|S25-044917}} from {{NAME|Roderick Penwarden}}, skin excision, melanoma Breslow 0.6 mm.`,

  `{{NAME|Sosefo}} called from {{LOCATION|Māngere}}: his uncle {{NAME|Hufanga Moala}} is short of breath.`,

  `{{NAME|Anunciación Zermeño-Urquiola}} - UTI, nitrite positive, trimethoprim. Address {{LOCATION|Av. Insurgentes Sur 1602}}, {{LOCATION|Ciudad de México}} {{ZIP|03940}}.`,

  `Reminder: {{NAME|Hugo Trevanion-Scrope}}'s CPAP machine (ResMed AirSense 11, serial {{DEVICE|23211458907}}) is due back to {{LOCATION|Basildon Sleep Centre}}.`,

  `Pt {{NAME|Hesper Tallowin}}, {{AGE|93}}, URL for family video link: {{URL|https://vc.example-nhs.net/j/88412}}.`,

  `{{NAME|Ohiyesa Wambliska}}, 52, from {{LOCATION|Kyle}}, SD {{ZIP|57752}}. IHS clinic. A1c 9.8. Sister {{NAME|Winona}}.`,

  `Server log: remote access to {{NAME|Ysella Lowery}}'s chart from {{IP|2001:db8:4f2a::17}} at 02:11 flagged.`,

  `{{NAME|Marigold Goodbody}}, plate {{VEHICLE|WX71 ODU}}, was given a disabled parking permit for {{LOCATION|Musgrove Park}}.`,

  `SSN {{SSN|417-22-9086}}, name {{NAME|Cletus Guilbeau}}, DOB {{DATE|1951-04-18}}, Medicare {{HEALTH_PLAN|1EG4-TE5-MK72}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Addison disease since 2011. Hydrocortisone 10/5/5 mg, fludrocortisone 100 mcg. Sick day rules reviewed. Renin 2.4, Na 138, K 4.6. Synacthen not repeated.`,
  `Chvostek and Trousseau signs positive. Corrected calcium 1.71 mmol/L, Mg 0.48, PTH 2.1 pmol/L. Post-thyroidectomy day 2. Calcium gluconate 10 mL 10% IV, then Adcal-D3.`,
  `Murphy sign positive, Charcot triad absent. US: gallbladder wall 5 mm, pericholecystic fluid, CBD 5 mm. Tokyo grade I. Co-amoxiclav IV. Lap chole on the hot list.`,
  `Kernig and Brudzinski negative. Lumbar puncture: opening pressure 32 cmH2O, protein 0.4 g/L. Acetazolamide 250 mg BD. Visual fields: enlarged blind spots. BMI 36, aged 27.`,
  `Hodgkin lymphoma 2009, ABVD x6, mantle radiotherapy. Now aged 44, echo LVEF 52%. Mammography from age 30. Thyroid function yearly.`,
  `CURB-65 score 3. Amoxicillin 1 g TDS plus clarithromycin 500 mg BD. Legionella and pneumococcal urinary antigens sent. CXR: right lower lobe consolidation. Aged 81.`,
  `Duchenne carrier status discussed; CK 410. Gowers sign absent. Spirometry normal. Cardiology yearly. Deflazacort not indicated.`,
  `Epworth Sleepiness Scale 16, STOP-BANG 6. AHI 34 on home polysomnography. CPAP (Philips DreamStation) titrated to 11 cmH2O. Mallampati 4.`,
  `Rinne negative on the left, Weber lateralises to the left. Tympanogram type B. Grommet inserted 2019. Otovent balloon advised.`,
  `Stevens-Johnson syndrome after lamotrigine in 2017; SCORTEN 1. Allergy label updated. Levetiracetam 500 mg BD instead. Aged 38.`,
  `Hb 84 g/L, MCV 68, ferritin 4, transferrin saturation 5%. Ferinject 1000 mg IV. Menorrhagia, PBAC score 220. Mirena offered.`,
  `Marfan features: arm span to height ratio 1.08, Steinberg thumb sign and Walker-Murdoch wrist sign positive. Aortic root 44 mm. Losartan 50 mg. Ghent score 8.`,
  `Lachman grade 2, pivot shift positive, McMurray negative. MRI: complete ACL tear. Hamstring graft reconstruction planned. Tegner score 7 pre-injury.`,
  `Child-Pugh B8, MELD 14. Spironolactone 100 mg, furosemide 40 mg. Propranolol 40 mg BD for grade 2 varices. Lactulose titrated to 2-3 stools.`,
  `Tinetti score 16/28, Timed Up and Go 19 s. Clinical Frailty Scale 6. Zimmer frame. Vitamin D 300,000 units stat. Aged 88.`,
  `Buerger test positive, ABPI 0.52 right, 0.91 left. Fontaine stage IIb, claudication at 50 m. Clopidogrel 75 mg, atorvastatin 80 mg. Smoker 40 pack-years.`,
  `Graves ophthalmopathy: Hertel 23 and 22 mm, CAS 4/7. IV methylprednisolone 500 mg weekly for 6 weeks. Radioiodine deferred.`,
  `Asthma: FeNO 62 ppb, eosinophils 0.6. Fostair 200/6 two puffs BD, Montelukast 10 mg. ACT score 14. Mepolizumab criteria not met.`,
  `Apgar 9 and 10. Ballard score 38 weeks. Bilirubin 210 at 60 h, below the phototherapy line. Breastfeeding, weight loss 6%. Newborn hearing screen passed.`,
  `Whipple triad met: glucose 2.1 mmol/L, neuroglycopenic symptoms, resolution with glucose. 72-hour fast planned. C-peptide and proinsulin sent.`,
  `Cauda equina screen: saddle sensation intact, anal tone normal, post-void residual 40 mL. Straight leg raise 40 degrees on the left. Naproxen 500 mg BD.`,
  `Edinburgh Postnatal Depression Scale 15, item 10 scored 0. Sertraline 50 mg, compatible with breastfeeding. Perinatal mental health team in 2 weeks.`,
  `Fitzpatrick type II. Dermoscopy: atypical network, regression. Excision with 2 mm margin. ABCDE: asymmetric, 7 mm. Sunbed use in the 1990s.`,
  `Thalassaemia trait: Hb 118, MCV 62, HbA2 5.1%. Mentzer index 11. Partner screening offered. Iron not indicated.`,
  `Ankle-brachial Doppler normal. Ottawa ankle rules negative. Grade 2 inversion sprain. RICE, ibuprofen 400 mg TDS, Tubigrip. Return if unable to weight bear.`,
  `Crohn disease, Harvey-Bradshaw 9. Vedolizumab 300 mg IV weeks 0, 2, 6. TPMT normal. Azathioprine 2 mg/kg previously stopped for pancreatitis.`,
  `Down syndrome (trisomy 21), aged 45. Annual TSH 3.2. Dementia screen: DSQIID 8. Cardiac: AVSD repaired in 1982. Hearing aids.`,
  `Gout flare, right first MTP. Urate 0.52 mmol/L. Colchicine 500 mcg BD for 6 days. Allopurinol 100 mg, uptitrate monthly to target below 0.30.`,
  `Hamilton Anxiety Rating Scale 24. Pregabalin 75 mg BD. CBT via the Talking Therapies service. Alcohol AUDIT-C 3. No driving concerns.`,
  `Ramsay Hunt syndrome: vesicles in the external canal, House-Brackmann V. Valaciclovir 1 g TDS, prednisolone 1 mg/kg. Audiogram: 30 dB sensorineural loss on the right.`,
];

checkMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS);
writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter12', '/tmp/deid-ood-letters12.jsonl');
