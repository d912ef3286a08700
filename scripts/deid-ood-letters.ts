/**
 * A THIRD out-of-domain check set for the de-identifier (issue 14), in styles neither the rules nor the two
 * generators were written for: discharge and clinic letters (UK and US), referral e-mails with signatures, fax
 * covers, prior-authorisation forms, radiology and pathology headers, care-home transfers, text messages, a
 * school note. Written by hand in one sitting BEFORE the rules of that session changed, and scored once at its
 * end. Since the sixth pass of issue 14 it is a LOOKED-AT set (its misses were read and fixed by class): its figures
 * are a ceiling, not an estimate. PHI is marked inline as {{TYPE|text}}; titles ("Dr.", "Mrs") stay outside
 * a name, facility words ("Hospital", "Surgery") inside. PHI-free texts carry eponyms, drugs, doses, scores,
 * ages under 90 and bare years, which must stay. Years on their own are left out of the PHI texts (Safe Harbor
 * keeps them; the nursing standard marks them, so they would make either choice wrong).
 *   node --import tsx scripts/deid-ood-letters.ts [--out /tmp/deid-ood-letters.jsonl]
 *   node --import tsx src/cli/run.ts bench deid --notes /tmp/deid-ood-letters.jsonl --json
 */
import { writeMarkedTexts } from './deid-marked-texts.js';

const PHI_TEXTS: string[] = [
  `Dear Dr {{NAME|Okonkwo-Bailey}},

Re: {{NAME|Thaddeus Wren}}, DOB {{DATE|04/11/1958}}, NHS No {{ID|485 777 3456}}
{{LOCATION|14 Harrowgate Close}}, {{LOCATION|Pickering}}, {{ZIP|YO18 7QT}}

Thank you for seeing this 66-year-old gentleman with exertional chest tightness. His ECG shows Q waves inferiorly.
He takes ramipril 5 mg and atorvastatin 40 mg. I would be grateful for your opinion.

Yours sincerely,
{{NAME|Imogen Trelawney}}
GP Registrar, {{LOCATION|Ryedale Valley Surgery}}`,

  `From: {{NAME|Priscilla Vantongeren}} <{{EMAIL|p.vantongeren@lakeshorefamilymed.org}}>
To: referrals@{{URL|northbaycardio.com}}
Subject: referral - {{NAME|Ezekiel Marchetti}}

Hi team, referring Mr. {{NAME|Marchetti}} (MRN {{MRN|LK-0048812}}) for AF with RVR, CHA2DS2-VASc 3. Started apixaban 5 mg BID on {{DATE|3/14}}.
Please call me at {{PHONE|(608) 555-0193}} with questions.
{{NAME|Priscilla}}`,

  `DISCHARGE SUMMARY
Patient: {{NAME|GUTIERREZ-LLOYD, ROSALIND M}}    Acct#: {{ACCOUNT|90021457783}}
Admitted: {{DATE|September 2}}    Discharged: {{DATE|September 9}}
Attending: {{NAME|Anselm Fairweather}}, MD
Discharged to {{LOCATION|Meadowbrook Skilled Nursing}} for rehab after a right hip hemiarthroplasty.`,

  `FAX COVER SHEET - {{LOCATION|Tri-County Orthopaedics}}
To: {{NAME|Wendell Abernathy}}, PA-C     Fax: {{FAX|419-555-2871}}
From: {{NAME|Marguerite}} in scheduling    Phone: {{PHONE|419-555-2800}} ext 12
Re: MRI L-spine for {{NAME|Cordelia Pham}}, DOB {{DATE|1971-06-30}}`,

  `PRIOR AUTHORIZATION REQUEST
Member: {{NAME|Lucius Ferreira}}   Member ID: {{HEALTH_PLAN|XJH884512097}}   Group: {{HEALTH_PLAN|G-55120}}
Prescriber: Dr. {{NAME|Henrietta Solberg}}   NPI {{LICENSE|1649372015}}
Drug: adalimumab 40 mg every other week for moderate-to-severe Crohn's disease after failure of azathioprine.`,

  `CT ABDOMEN/PELVIS WITH CONTRAST
Name: {{NAME|Ostrowski, Benedykt}}   MRN: {{MRN|3310094}}   Exam date: {{DATE|17 Feb}}
Referring: {{NAME|Tamsin Achterberg}}
FINDINGS: Uncomplicated sigmoid diverticulitis. No abscess. Appendix normal.
Read by {{NAME|Giacomo Ruiz-Halvorsen}}, MD at {{LOCATION|Saint Brendan's Regional}}`,

  `hey its {{NAME|marisela}} from dr {{NAME|quintanilla}}s office, ur labs came back fine, cholesterol a bit high. call us back {{PHONE|562 555 0147}}`,

  `Transfer note: {{NAME|Agatha Pennington}}, {{AGE|94}}, from {{LOCATION|Willow Bend Care Home}} with reduced oral intake and a fall.
Daughter {{NAME|Philippa}} is next of kin ({{PHONE|07700 900461}}). DNACPR in place. Mobility with a Zimmer frame.`,

  `To whom it may concern,
{{NAME|Oluwaseun Adeyemi-Clarke}} was seen in our clinic on {{DATE|March 3rd}} and may return to school on {{DATE|Monday, March 6}}.
{{NAME|Beatrix Holloway}}, CPNP
{{LOCATION|Sunnyside Pediatrics}}, {{LOCATION|2207 Elmhurst Ave}}, {{LOCATION|Decatur}}, GA {{ZIP|30030}}`,

  `SURGICAL PATHOLOGY  Accession: {{ID|SP24-018833}}
Patient: {{NAME|Ignatius Moreau}}  Sex: M  Age: 58
Specimen: prostate needle biopsies x12. Gleason score 3+4=7 (Grade Group 2) in 3 of 12 cores.
Pathologist: {{NAME|Rosamund Achebe}}, MD`,

  `Hi {{NAME|Thandiwe}},
Following up on our call about Mrs. {{NAME|Kowalczyk}}'s INR - it was 4.2 today, I held warfarin tonight and will recheck {{DATE|Thursday 11/21}}.
Thanks,
{{NAME|Dorian}}
--
{{NAME|Dorian Esterhuizen}}, PharmD | Anticoagulation Clinic | {{LOCATION|Bayview Community Hospital}}
{{PHONE|+1 (831) 555-0176}} | {{EMAIL|desterhuizen@bayviewch.org}}`,

  `Clinic letter - Rheumatology
{{DATE|21.05.2024}}
Dear Dr {{NAME|Vasquez}},
I reviewed {{NAME|Lorcan O'Shaughnessy}} today. His hands show synovitis of the MCP joints; anti-CCP is strongly positive.
We will start methotrexate 15 mg weekly with folic acid. Hospital number {{MRN|K4471902}}.
{{NAME|Saoirse Delacroix}}, Consultant Rheumatologist`,

  `Ambulance handover: {{AGE|92}} y/o female found on the floor at home ({{LOCATION|41 Quarry Lane}}, {{LOCATION|Hebden Bridge}}), neighbour {{NAME|Ronald Pickersgill}} called it in. GCS 14, BM 6.1.`,

  `Telehealth visit {{DATE|Jan 9}}. Pt {{NAME|Yevgenia Sorokina}} joined from home; son {{NAME|Artem}} translated. Migraine with aura, 4 days a month. Topiramate 25 mg nightly. Follow up via {{URL|https://portal.ridgelinehealth.net/visit/88213}}.`,

  `Vaccination record for {{NAME|Kaia Lindqvist-Mbeki}} (DOB {{DATE|02-Aug-2019}}): MMR dose 2 and DTaP dose 5 given at {{LOCATION|Harbor Lights Pediatrics}}. Lot {{DEVICE|U7734AA}}.`,

  `Pt is a pleasant man who lives with his partner {{NAME|Desmond}} in {{LOCATION|Greeley}}. He works as a welder. Seen previously by Dr. {{NAME|Abimbola}} at {{LOCATION|UCHealth}}.`,

  `Insurance: Aetna policy {{HEALTH_PLAN|W2284019376}}; secondary Medicaid {{HEALTH_PLAN|MCD 77-3390182}}. Guarantor {{NAME|Horatio Blankenship}}, SSN {{SSN|512-44-9087}}.`,

  `Operative note. Surgeon: {{NAME|Evander Quarshie}}, MD. Assistant: {{NAME|Lin Zhao}}, PA. Anesthesia: {{NAME|Marisol Ybarra}}, CRNA.
Procedure: laparoscopic cholecystectomy. Pacemaker serial {{DEVICE|PJN445102S}} interrogated pre-op.`,

  `Message from the front desk: Mr {{NAME|Fitzgerald Adebayo}} called, his wife {{NAME|Winifred}} is unwell and he needs to rebook to {{DATE|4 April}}. Best number {{PHONE|0161 496 0832}}.`,

  `Social history: divorced, two adult children ({{NAME|Ansel}} and {{NAME|Clementine}}), retired postal worker from {{LOCATION|Duluth}}. Former smoker, 30 pack-years.`,

  `ED triage {{DATE|12/02}} 03:14. {{NAME|Rutherford, Augustine}} {{AGE|97}}M BIBA from {{LOCATION|Lakeview Assisted Living}}. c/o SOB. SpO2 88% RA. Hx CHF, CKD 3b.`,

  `Letter of medical necessity: {{NAME|Zephyrine Castellanos}} requires a power wheelchair because of progressive multiple sclerosis (EDSS 7.0). License plate for the disability permit: {{VEHICLE|7KQM204}}.`,

  `Ref: {{NAME|Bartholomew Nakagawa}} | Case {{ID|CSN 200481193}} | {{LOCATION|Pinecrest Behavioral Health}}, Unit 4B
Admitted on a 72-hour hold for suicidal ideation. Sister {{NAME|Rumi}} visiting daily.`,

  `Discharge instructions given to {{NAME|Lavinia Obi}} and her husband {{NAME|Chukwuma}}. Follow up with Dr. {{NAME|Persephone Grant}} in 2 weeks at the {{LOCATION|Westgate Heart Clinic}}; call {{PHONE|(312) 555-0114}} for an appointment.`,

  `Lab requisition - Quest - Pt {{NAME|Solomon Itzkowitz}}, DOB {{DATE|8/8/1949}}, MRN {{MRN|00992741}}. Tests: CMP, lipid panel, HbA1c, TSH. Ordering {{NAME|Cassius Delgado}} NP, {{PHONE|505-555-0168}}.`,
];

const PHI_FREE_TEXTS: string[] = [
  `Dear colleague, this 72-year-old woman with Parkinson's disease on co-careldopa 25/100 three times daily has worsening freezing. Hoehn and Yahr stage 3. MoCA 24/30.`,
  `Impression: Barrett's oesophagus without dysplasia (Prague C2M4). Repeat OGD in 3 years. Continue omeprazole 20 mg daily.`,
  `Assessment: Bell's palsy, House-Brackmann grade III. Prednisolone 60 mg for 5 days then taper. Eye care advice given.`,
  `Hashimoto thyroiditis diagnosed 2011; levothyroxine 100 mcg. TSH 2.1. No palpitations.`,
  `Plan: Whipple procedure discussed at MDT. CA 19-9 is 410. ECOG 1. Age 63.`,
  `Child is 7 years old with Kawasaki disease; IVIG 2 g/kg and aspirin given; echo shows no coronary aneurysm.`,
  `Findings consistent with Osgood-Schlatter disease. Ice, NSAIDs and rest from football for 4 weeks.`,
  `Mallampati 2, ASA II. Allergic to penicillin (rash). Last meal 8 hours ago.`,
  `Epley manoeuvre performed for right posterior canal BPPV with a positive Dix-Hallpike; symptoms resolved.`,
  `Started Entresto 24/26 mg BID, Farxiga 10 mg daily. NYHA class II. BNP 640.`,
  `Hodgkin lymphoma 2003 treated with ABVD; in remission. Echo 2020 EF 55%.`,
  `Marfan syndrome suspected: arm span exceeds height, Steinberg and Walker-Murdoch signs positive, lens subluxation.`,
  `Glasgow Coma Scale 15. Romberg negative. Babinski downgoing bilaterally. Brudzinski and Kernig signs absent.`,
  `The 85-year-old patient scored 5 on the Rockwood Clinical Frailty Scale; Waterlow 12; MUST score 1.`,
  `Addison disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg; sick-day rules reviewed.`,
  `Wolff-Parkinson-White pattern on ECG, delta waves in V1-V3. Referred for electrophysiology.`,
];

writeMarkedTexts(PHI_TEXTS, PHI_FREE_TEXTS, 'letter', '/tmp/deid-ood-letters.jsonl');
