/**
 * Identifier labels of other languages (foreign-id-labels.ts, session 25): what the rule takes after a label word or an
 * issuer's acronym, and the lots, doses, counts, genes, HLA types, versions, ranges, guideline and trial codes, wards
 * and beds of PHI-free texts in those languages that must stay. Every number and name here is invented.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { found, has } from '../../testkit/deid-pieces.js';
import type { PhiType } from './types.js';

/** Whether a span of `type` covers `piece` (another rule may grow it over a prefix: "mã BN HP25-…"). */
const covers = (text: string, piece: string, type: PhiType): boolean => found(text).some((s) => s.startsWith(`${type}:`) && s.includes(piece));

test('a number after another language\'s identifier label is an identifier', () => {
  assert.ok(covers('Paciente: Rosa Quintero, cédula de ciudadanía 52.918.330, acude por tos.', '52.918.330', 'ID'));
  assert.ok(covers('Doente com n.º de utente 193 552 870 e receita renovada.', '193 552 870', 'MRN'));
  assert.ok(covers('Pacient Novák, rodné číslo 450612/331, hospitalizován.', '450612/331', 'ID'));
  assert.ok(covers('Asigurat: da, card de sănătate 80930011552874.', '80930011552874', 'HEALTH_PLAN'));
  assert.ok(covers('Aláírás: dr. Szabó, pecsétszám 55218', '55218', 'LICENSE'));
  assert.ok(covers('Reembolso: factura n.º FA 2025/11873, pagada.', 'FA 2025/11873', 'ACCOUNT'));
  assert.ok(covers('Rechnungsnummer: 2025-118734 (Praxis).', '2025-118734', 'ACCOUNT'));
  assert.ok(covers('Bệnh nhân Lê Thị Hoa, mã BN HP25-0093317, xét nghiệm.', 'HP25-0093317', 'MRN'));
  assert.ok(covers('Firma: Dra. Paula Ríos, matrícula nacional 118554.', '118554', 'LICENSE'));
  assert.ok(covers('Datos: C.I. 7718203 SC, zona norte.', '7718203 SC', 'ID'));
  assert.ok(covers('Dr. Tomás Vela, R.M. 17-22914', '17-22914', 'LICENSE'));
  assert.ok(covers('Referido con SIS 3-50118274 al hospital.', '3-50118274', 'HEALTH_PLAN'));
  assert.ok(covers('Pasien: Budi Santoso, BPJS 0001 5528 1190, rujukan.', '0001 5528 1190', 'HEALTH_PLAN'));
});

test('lots, doses, counts, genes, HLA types, versions, ranges, codes, wards and beds stay', () => {
  const text = 'Lote 22A41, lote n.º L448 (vacuna). Dosis 1000 mg cada 8 h; recuento 12500/mm3, cuenta 15000/mm3. ' +
    'Factura pendiente de 125000 pesos; Rechnung über 1250 EUR; Konto 24000 EUR. HLA-DRB1*04:01, HLA-B27 positivo. ' +
    'BRCA2 c.5946delT, EGFR L858R. Versión 2.4.1. Rango de referencia 3.5-5.0. Guía NICE NG136, ensayo EudraCT 2021-004417-20. ' +
    'Cama 12, sala 4, planta 3, Zimmer Nr. 12, Station 4B. Historia clínica completa revisada. Póliza vigente. ' +
    'Compte rendu du 2024. Le compte-rendu opératoire. IC 95% 1.2-3.4; CI 0.8 to 1.1; cc 15000 ml; HC 34.5 cm. ' +
    'Paciente de 94 años; expediente clínico 2024 en revisión; utente desde 2019; cédula vigente hasta 2030.';
  assert.deepEqual(found(text).filter((s) => /^(?:ID|MRN|DEVICE|ACCOUNT|LICENSE|HEALTH_PLAN|VEHICLE|SSN):/.test(s)), []);
});

test('the rule leaves notes written in capitals', () => {
  assert.ok(!has('PT SEEN. CC 12 345 678 GIVEN. HC 124 118 PLAN.', '12 345 678', 'ID'));
});

test('counts, doses, scores, durations and amounts after a label or an issuer acronym stay (review-deid12)', () => {
  const text = 'Cuenta 15000 leucocitos por campo. Hemograma: cuenta 12.500, Hb 12. Factura 45.000 COP. ' +
    'Valor de la factura: 45000. Montant de la facture: 45000. Expediente 12345 días. SIS 12345 puntos en la escala. ' +
    'CRM 10000 mm positivo. Factura 45000 pesos; compte 12500 € réglé; Rechnung 12500 Euro.';
  assert.deepEqual(found(text).filter((s) => /^(?:ID|MRN|DEVICE|ACCOUNT|LICENSE|HEALTH_PLAN|VEHICLE|SSN):/.test(s)), []);
});

test('an issuer acronym before its number stays out of the span, as the letters\' gold marks it (review-deid12)', () => {
  assert.ok(has('Afiliada al SIS 2-40718362, referida.', '2-40718362', 'HEALTH_PLAN'));
  assert.ok(has('Análisis de perfil STR 3311200219148822 del médico.', '3311200219148822', 'LICENSE'));
  assert.ok(covers('Reembolso: factura n.º 118734, pagada.', '118734', 'ACCOUNT'));
  assert.ok(covers('Rechnungsnummer: 2025-118734 (Praxis).', '2025-118734', 'ACCOUNT'));
});

test('a health-plan number after a public scheme\'s acronym or a sickness fund\'s word is a health-plan number (session 32)', () => {
  assert.ok(covers('Domicile : Oran. CNAS 12 3456 7890 12, suivi ce jour.', '12 3456 7890 12', 'HEALTH_PLAN'));
  assert.ok(covers('Seen in St Anthony, NL, MCP 123 456 789 012; wrist sprain.', '123 456 789 012', 'HEALTH_PLAN'));
  assert.ok(covers('Prise en charge : AME 1 23 45 678 901 234 56.', '1 23 45 678 901 234 56', 'HEALTH_PLAN'));
  assert.ok(covers('Assurée : n° de sécu 2 71 03 123 456 789 01, vue ce matin.', '2 71 03 123 456 789 01', 'HEALTH_PLAN'));
  assert.ok(covers('Patiënt is lid van ziekenfonds Helan 123-456789 sinds jaren.', '123-456789', 'HEALTH_PLAN'));
  assert.ok(covers('Versichert bei der Krankenkasse AOK 1234567890, Bremen.', '1234567890', 'HEALTH_PLAN'));
  assert.ok(covers('Kupat holim 12-345678, referral sent.', '12-345678', 'HEALTH_PLAN'));
  assert.ok(covers('Patient has a Sehat card SSP-1234-5678901 and was admitted.', 'SSP-1234-5678901', 'HEALTH_PLAN'));
});

test('the schemes\' acronyms before a joint, a lesion count, a duration or a dose stay (session 32)', () => {
  const text = 'MCP joints 2-5 swollen; MSI 12 weeks; CNS 3 lesions; AMO 500 mg; CPS 12 visits; CSS 10 mm; ' +
    'krankenkasse seit 2019; mutuelle depuis 20 ans; Thiqa pending.';
  assert.deepEqual(found(text).filter((s) => /^(?:ID|MRN|DEVICE|ACCOUNT|LICENSE|HEALTH_PLAN|VEHICLE|SSN):/.test(s)), []);
});
