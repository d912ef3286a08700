/**
 * The unit system a note writes its values in. Many analytes are reported in two systems: SI (mmol/L,
 * umol/L, g/L) and conventional (mg/dL, g/dL). A note keeps to one: a laboratory reports in one system, and
 * a note that writes "creatinine 98 umol/L, Ca 2.36 mmol/L" means "PO4 1.1" in mmol/L (normal), not in mg/dL
 * (very low). A bare number of a two-system analyte is therefore read in the system of the units the same
 * note writes for two-system analytes, when that system is unambiguous (every written unit of such analytes
 * in one system) and the number is physiologically possible in it (`physiologicalWindow`). Otherwise the
 * size-based choice of `quantities.ts` stands. Only numbers the reader took without a unit
 * (`value-unit-inferred`) or left undecided between systems (`unit-ambiguous`) are re-read.
 */
import { TEST_BY_ID, type QuantityTest } from '../fhir/loinc-tests.js';
import type { Sex } from '../../core/model.js';
import { inTestUnit, judgeInUnit, physiologicalWindow, unitFamilies, type Reading } from './quantities.js';

type UnitSystem = 'si' | 'conventional';

/** The system of a UCUM unit of a two-system analyte: per decilitre is conventional; molar or g/L is SI. */
function systemOf(ucum: string): UnitSystem | undefined {
  if (ucum.endsWith('/dL')) return 'conventional';
  if (ucum.endsWith('mol/L') || ucum === 'g/L') return 'si';
  return undefined;
}

/** A quantity test reported in two unit systems, or undefined. */
function twoSystemTest(id: string): QuantityTest | undefined {
  const t = TEST_BY_ID.get(id);
  if (t?.kind !== 'quantity') return undefined;
  const systems = new Set(unitFamilies(t).map(systemOf));
  return systems.has('si') && systems.has('conventional') ? t : undefined;
}

/** The one system of the units written for two-system analytes in the note; undefined when none or mixed. */
function writtenSystem(read: readonly Reading[]): UnitSystem | undefined {
  let found: UnitSystem | undefined;
  for (const r of read) {
    if (r.unit === undefined || r.ucum === undefined || !twoSystemTest(r.test)) continue;
    const s = systemOf(r.ucum);
    if (s === undefined) continue;
    if (found !== undefined && found !== s) return undefined;
    found = s;
  }
  return found;
}

/** Whether `value` in `ucum` lies in the test's physiological window (in the test's unit). */
function possibleIn(test: QuantityTest, value: number, ucum: string): boolean {
  const window = physiologicalWindow(test);
  if (!window) return false;
  const c = inTestUnit(test, value, ucum);
  return c !== undefined && c >= window[0] && c <= window[1];
}

/**
 * The readings with bare numbers of two-system analytes re-read in the note's written unit system
 * (rule `qty.<test>.value-unit-of-note`); the same array when nothing changes.
 */
export function readingsInNoteUnits(read: readonly Reading[], sex: Sex | undefined, age: number | undefined): readonly Reading[] {
  let system: UnitSystem | undefined | null = null;
  let out: Reading[] | undefined;
  read.forEach((r, i) => {
    if (r.unit !== undefined || r.value === undefined || !(r.rule.endsWith('.value-unit-inferred') || r.rule.endsWith('.unit-ambiguous'))) return;
    const test = twoSystemTest(r.test);
    if (!test) return;
    if (system === null) system = writtenSystem(read);
    if (system === undefined) return;
    const ucum = unitFamilies(test).find((u) => systemOf(u) === system);
    if (ucum === undefined || ucum === r.ucum || !possibleIn(test, r.value, ucum)) return;
    const judged = judgeInUnit(r, test, ucum, sex, age);
    if (!judged) return;
    out ??= read.slice();
    out[i] = judged;
  });
  return out ?? read;
}
