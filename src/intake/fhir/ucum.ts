/**
 * A small UCUM unit table: just the units the mapped LOINC tests are reported in, each with its
 * dimension and its factor (and offset, for temperatures) to the dimension's base unit. Conversion
 * between mass and substance concentration needs the analyte's molar mass, and between mmol and mEq
 * its valence, so those come from the test definition. A unit not in the table is never guessed.
 */

export type Dimension =
  | 'mass-conc' // base g/L
  | 'substance-conc' // base mol/L
  | 'equivalent-conc' // base eq/L (converted to substance-conc through valence)
  | 'number-conc' // base 10*9/L (= 10*3/uL)
  | 'catalytic-conc' // base U/L
  | 'arbitrary-conc' // base [IU]/L
  | 'temperature' // base Cel
  | 'rate' // base /min
  | 'pressure' // base mm[Hg]
  | 'fraction' // base %
  | 'volume' // base fL
  | 'molar-ratio' // base mmol/mol
  | 'mass' // base kg
  | 'area-density' // base kg/m2
  | 'velocity' // base mm/h
  | 'ratio' // base 1 (INR, pH)
  | 'time' // base s (clotting times)
  | 'osmolality' // base mosm/kg
  | 'filtration' // base mL/min/{1.73_m2} (eGFR)
  | 'mass-ratio' // base mg/g (urine albumin/creatinine)
  | 'mass-per-substance' // base mg/mmol (urine albumin/creatinine, SI; converted per test)
  | 'area' // base cm2 (aortic valve area)
  | 'length' // base cm (body height)
  | 'fluid-volume'; // base mL (post-void residual urine)

interface UnitDef {
  readonly dim: Dimension;
  /** value in base = value * factor + offset */
  readonly factor: number;
  readonly offset?: number;
}

/** UCUM codes (case-sensitive, as UCUM defines them) and what one unit is in its dimension's base. */
const UNITS: Readonly<Record<string, UnitDef>> = {
  // mass concentration, base g/L
  'g/L': { dim: 'mass-conc', factor: 1 },
  'g/dL': { dim: 'mass-conc', factor: 10 },
  'mg/dL': { dim: 'mass-conc', factor: 0.01 },
  'mg/L': { dim: 'mass-conc', factor: 1e-3 },
  'mg/mL': { dim: 'mass-conc', factor: 1 },
  'ug/mL': { dim: 'mass-conc', factor: 1e-3 },
  'ug/L': { dim: 'mass-conc', factor: 1e-6 },
  'ug/dL': { dim: 'mass-conc', factor: 1e-5 },
  'ng/mL': { dim: 'mass-conc', factor: 1e-6 },
  'ng/L': { dim: 'mass-conc', factor: 1e-9 },
  'pg/mL': { dim: 'mass-conc', factor: 1e-9 },
  'ng/dL': { dim: 'mass-conc', factor: 1e-8 },
  // substance concentration, base mol/L
  'mol/L': { dim: 'substance-conc', factor: 1 },
  'mmol/L': { dim: 'substance-conc', factor: 1e-3 },
  'umol/L': { dim: 'substance-conc', factor: 1e-6 },
  'nmol/L': { dim: 'substance-conc', factor: 1e-9 },
  'pmol/L': { dim: 'substance-conc', factor: 1e-12 },
  'meq/L': { dim: 'equivalent-conc', factor: 1e-3 },
  // number concentration, base 10*9/L
  '10*9/L': { dim: 'number-conc', factor: 1 },
  '10*3/uL': { dim: 'number-conc', factor: 1 },
  '10*3/mm3': { dim: 'number-conc', factor: 1 },
  '10*12/L': { dim: 'number-conc', factor: 1000 },
  '10*6/uL': { dim: 'number-conc', factor: 1000 },
  '/uL': { dim: 'number-conc', factor: 1e-3 },
  '/mm3': { dim: 'number-conc', factor: 1e-3 },
  // catalytic activity, base U/L (1 ukat = 60 U)
  'U/L': { dim: 'catalytic-conc', factor: 1 },
  'U/mL': { dim: 'catalytic-conc', factor: 1000 },
  // kU/L (UCUM prefix k on U) is U/mL: tumour markers and IgE are reported in either.
  'kU/L': { dim: 'catalytic-conc', factor: 1000 },
  'ukat/L': { dim: 'catalytic-conc', factor: 60 },
  // arbitrary international units, base [IU]/L
  '[IU]/L': { dim: 'arbitrary-conc', factor: 1 },
  'm[IU]/L': { dim: 'arbitrary-conc', factor: 1e-3 },
  'u[IU]/mL': { dim: 'arbitrary-conc', factor: 1e-3 },
  'm[IU]/mL': { dim: 'arbitrary-conc', factor: 1 },
  '[IU]/mL': { dim: 'arbitrary-conc', factor: 1000 },
  // temperature, base Cel
  Cel: { dim: 'temperature', factor: 1 },
  '[degF]': { dim: 'temperature', factor: 5 / 9, offset: -32 * (5 / 9) },
  K: { dim: 'temperature', factor: 1, offset: -273.15 },
  // rates, base /min
  '/min': { dim: 'rate', factor: 1 },
  '1/min': { dim: 'rate', factor: 1 },
  '/s': { dim: 'rate', factor: 60 },
  // pressure, base mm[Hg]
  'mm[Hg]': { dim: 'pressure', factor: 1 },
  kPa: { dim: 'pressure', factor: 7.500617 },
  // fractions, base %
  '%': { dim: 'fraction', factor: 1 },
  '1': { dim: 'fraction', factor: 100 },
  'L/L': { dim: 'fraction', factor: 100 },
  // volume (MCV), base fL
  fL: { dim: 'volume', factor: 1 },
  um3: { dim: 'volume', factor: 1 },
  // HbA1c IFCC
  'mmol/mol': { dim: 'molar-ratio', factor: 1 },
  // body measurements, sedimentation, ratios
  kg: { dim: 'mass', factor: 1 },
  g: { dim: 'mass', factor: 1e-3 },
  // haemoglobin per red cell (MCH), in picograms
  pg: { dim: 'mass', factor: 1e-15 },
  '[lb_av]': { dim: 'mass', factor: 0.45359237 },
  'kg/m2': { dim: 'area-density', factor: 1 },
  'mm/h': { dim: 'velocity', factor: 1 },
  // blood-flow velocity on Doppler (carotid duplex peak systolic velocity): 1 cm/s = 36,000 mm/h
  'cm/s': { dim: 'velocity', factor: 36000 },
  '{ratio}': { dim: 'ratio', factor: 1 },
  s: { dim: 'time', factor: 1 },
  ms: { dim: 'time', factor: 1e-3 },
  'mosm/kg': { dim: 'osmolality', factor: 1 },
  // events per hour (apnoea-hypopnoea index): a rate, base /min
  '/h': { dim: 'rate', factor: 1 / 60 },
  'mL/min/{1.73_m2}': { dim: 'filtration', factor: 1 },
  'mg/g': { dim: 'mass-ratio', factor: 1 },
  // micrograms per gram of stool (faecal elastase-1)
  'ug/g': { dim: 'mass-ratio', factor: 1e-3 },
  'mg/mmol': { dim: 'mass-per-substance', factor: 1 },
  cm2: { dim: 'area', factor: 1 },
  cm: { dim: 'length', factor: 1 },
  m: { dim: 'length', factor: 100 },
  '[in_i]': { dim: 'length', factor: 2.54 },
  '[ft_i]': { dim: 'length', factor: 30.48 },
  mm2: { dim: 'area', factor: 0.01 },
  // A volume of fluid (post-void residual urine), not a cell volume (fL). No "L": a lone L after a lab value is
  // the laboratory's low flag ("Hb 7.1 L").
  mL: { dim: 'fluid-volume', factor: 1 },
};

/**
 * Display spellings that are not UCUM codes but are unambiguous and common in EHR feeds, accepted in
 * `Quantity.unit` or `Quantity.code`. Anything else unknown stays unknown.
 */
const ALIASES: Readonly<Record<string, string>> = {
  '°C': 'Cel', 'C': 'Cel', degC: 'Cel', 'deg C': 'Cel', celsius: 'Cel',
  '°F': '[degF]', 'F': '[degF]', degF: '[degF]', 'deg F': '[degF]', fahrenheit: '[degF]',
  bpm: '/min', 'beats/min': '/min', 'breaths/min': '/min', '/minute': '/min', 'per min': '/min',
  mmHg: 'mm[Hg]', 'mm Hg': 'mm[Hg]',
  'mEq/L': 'meq/L',
  'mIU/L': 'm[IU]/L', 'uIU/mL': 'u[IU]/mL', 'uU/mL': 'u[IU]/mL', 'µIU/mL': 'u[IU]/mL', 'mIU/mL': 'm[IU]/mL', 'IU/L': 'U/L', 'mU/mL': 'U/L', 'kIU/L': '[IU]/mL',
  'K/uL': '10*3/uL', 'x10^3/uL': '10*3/uL', '10^3/uL': '10*3/uL', '10^9/L': '10*9/L', 'x10^9/L': '10*9/L',
  'x10E3/uL': '10*3/uL', '10*3/µL': '10*3/uL', 'thou/uL': '10*3/uL',
  'µg/mL': 'ug/mL', 'µg/L': 'ug/L', 'µmol/L': 'umol/L', µkat: 'ukat/L', 'fl': 'fL',
  'mcg/mL': 'ug/mL', 'mcg/L': 'ug/L', 'μg/mL': 'ug/mL', 'μmol/L': 'umol/L', 'mU/L': 'm[IU]/L', 'μIU/mL': 'u[IU]/mL',
  '°': 'Cel', 'ºC': 'Cel', 'ºF': '[degF]', '/min.': '/min', 'breaths': '/min', 'beats': '/min', 'mm/hr': 'mm/h',
  'lb': '[lb_av]', 'lbs': '[lb_av]', 'kgs': 'kg', 'kg/m^2': 'kg/m2', 'kg/m²': 'kg/m2',
  '10^12/L': '10*12/L', 'x10^12/L': '10*12/L', 'cells/uL': '/uL', 'cells/mm3': '/mm3', 'mm^3': '/mm3',
  'mL/min/1.73m2': 'mL/min/{1.73_m2}', 'ml/min/1.73m2': 'mL/min/{1.73_m2}', 'mL/min/1.73m²': 'mL/min/{1.73_m2}', 'ml/min/1.73m²': 'mL/min/{1.73_m2}',
  'mL/min': 'mL/min/{1.73_m2}', 'ml/min': 'mL/min/{1.73_m2}', '/hr': '/h', '/hour': '/h', 'events/h': '/h', 'events/hr': '/h', 'events/hour': '/h',
  inches: '[in_i]', feet: '[ft_i]', 'cm^2': 'cm2', 'cm²': 'cm2', 'sq cm': 'cm2', 'mm²': 'mm2', '/mm^3': '/mm3', 'k/mm3': '10*3/mm3', 'k': '10*3/uL', 'INR': '{ratio}',
  cc: 'mL', mls: 'mL',
  sec: 's', secs: 's', seconds: 's', msec: 'ms', msecs: 'ms', 'mOsm/kg': 'mosm/kg', 'mmol/kg': 'mosm/kg', 'mmol/kgH2O': 'mosm/kg', 'mOsm/kgH2O': 'mosm/kg', 'mosm/kg{H2O}': 'mosm/kg', 'mOsm/kg H2O': 'mosm/kg', 'mOsm/L': 'mosm/kg', 'mOsmol/kg': 'mosm/kg', 'mosmol/kg': 'mosm/kg', 'mOsmol/L': 'mosm/kg',
};

const LOWER = new Map<string, string>();
{
  const collide = new Set<string>();
  for (const key of [...Object.keys(UNITS), ...Object.keys(ALIASES)]) {
    const target = UNITS[key] ? key : ALIASES[key]!;
    const lc = key.toLowerCase();
    const prev = LOWER.get(lc);
    if (prev !== undefined && prev !== target) collide.add(lc);
    LOWER.set(lc, target);
  }
  // A case-insensitive spelling that could mean two units is not accepted case-insensitively.
  for (const lc of collide) LOWER.delete(lc);
}

export interface ParsedUnit {
  /** The UCUM code the unit resolved to, annotations removed. */
  readonly code: string;
  /** A UCUM annotation such as `FEU` in `ug/mL{FEU}`, when present. */
  readonly annotation?: string;
}

/** The UCUM code of a unit as written, by code, alias or case-insensitive alias. */
function known(s: string): string | undefined {
  return UNITS[s] ? s : ALIASES[s] ?? LOWER.get(s.toLowerCase());
}

/** The micro prefix as UCUM writes it ("u"): "μg/dL", "µU/mL", "mcg/dL", "cells/μL" -> "ug/dL", "uU/mL", "ug/dL", "cells/uL". */
function microAsU(s: string): string {
  return s.replace(/(^|\/)(?:µ|μ|mc)(?=[a-zA-Z])/g, '$1u');
}

/**
 * Resolve a unit string to a UCUM code in the table. Annotations (`{beats}/min`, `ug/mL{FEU}`) are
 * unity in UCUM and are stripped, but returned so a caller can check them. Undefined when unknown.
 */
export function resolveUnit(raw: string): ParsedUnit | undefined {
  let annotation: string | undefined;
  const stripped = raw.trim().replace(/\{([^}]*)\}/g, (_m, a: string) => {
    annotation ??= a.trim();
    return '';
  });
  // `{beats}/min` -> `/min`; a bare annotation (`{count}`) means unity, which no mapped test uses.
  const s = stripped.trim();
  if (s === '') return undefined;
  const code = known(s) ?? known(microAsU(s));
  if (code === undefined) return undefined;
  return annotation !== undefined && annotation !== '' ? { code, annotation } : { code };
}

export interface Analyte {
  /** g/mol, to convert between mass and substance concentrations. */
  readonly molarMass?: number;
  /** Charge, to convert between mmol and mEq. */
  readonly valence?: number;
}

function toBase(value: number, u: UnitDef): number {
  return value * u.factor + (u.offset ?? 0);
}

function fromBase(value: number, u: UnitDef): number {
  return (value - (u.offset ?? 0)) / u.factor;
}

/** Convert `value` from one UCUM code to another; undefined when the units are not commensurable. */
export function convert(value: number, from: string, to: string, analyte: Analyte = {}): number | undefined {
  const f = UNITS[from];
  const t = UNITS[to];
  if (!f || !t) return undefined;
  let base = toBase(value, f);
  let dim = f.dim;
  if (dim === 'equivalent-conc' && t.dim !== 'equivalent-conc') {
    if (!analyte.valence) return undefined;
    base /= analyte.valence;
    dim = 'substance-conc';
  }
  if (dim === t.dim) return fromBase(base, t);
  // "IU/L" is written for enzymes (U/L) and for hormones (FSH, LH: IU/L = mIU/mL) alike: the same number.
  if ((dim === 'catalytic-conc' && t.dim === 'arbitrary-conc') || (dim === 'arbitrary-conc' && t.dim === 'catalytic-conc')) return fromBase(base, t);
  if (t.dim === 'equivalent-conc') {
    const back = dim === 'substance-conc' ? base : convert(value, from, 'mol/L', analyte);
    return back === undefined || !analyte.valence ? undefined : fromBase(back * analyte.valence, t);
  }
  if (analyte.molarMass && dim === 'mass-conc' && t.dim === 'substance-conc') return fromBase(base / analyte.molarMass, t);
  if (analyte.molarMass && dim === 'substance-conc' && t.dim === 'mass-conc') return fromBase(base * analyte.molarMass, t);
  return undefined;
}

/** Whether a unit code is in the table (for documentation tests). */
export function knownUnit(code: string): boolean {
  return UNITS[code] !== undefined;
}
