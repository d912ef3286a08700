/**
 * Validates an untrusted value as a `KnowledgeModel` and reports every problem with its JSON path:
 * structure and types (as in docs/schema/model.schema.json) and the semantics no schema can state —
 * references resolve, probabilities lie in [0, 1], distributions sum to 1, shapes match value types,
 * tests carry a price.
 */
import { childPath, issue, type Issue, type IssueCode, type Result } from './issues.js';
import { FINDING_EXPOSURES, MANAGEMENTS, MODEL_FORMAT, MODEL_FORMAT_VERSION, SEXES, type KnowledgeModel, type Management } from './model.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isProb = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;

const FINDING_KINDS = ['symptom', 'sign', 'history', 'lab', 'imaging', 'genetic'];
const VALUE_TYPES = ['binary', 'categorical', 'multi', 'ordinal'];
const ACTION_KINDS = ['question', 'test', 'panel', 'imaging', 'procedure'];
const CARE_LEVELS = ['emergency', 'urgent', 'routine', 'self-care'];
const SUM_TOLERANCE = 1e-3;

class Checker {
  readonly issues: Issue[] = [];
  err(code: IssueCode, path: string, message: string): void {
    this.issues.push(issue(code, path, message));
  }
  str(o: Obj, key: string, path: string, required = true): string | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.err('required', childPath(path, key), `"${key}" is required`);
      return undefined;
    }
    if (typeof v !== 'string' || v.length === 0) {
      this.err('type', childPath(path, key), `"${key}" must be a non-empty string`);
      return undefined;
    }
    return v;
  }
  arr(o: Obj, key: string, path: string, required = true): unknown[] | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.err('required', childPath(path, key), `"${key}" is required`);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.err('type', childPath(path, key), `"${key}" must be an array`);
      return undefined;
    }
    return v;
  }
  strArr(o: Obj, key: string, path: string, required = false): void {
    const a = this.arr(o, key, path, required);
    a?.forEach((x, i) => {
      if (typeof x !== 'string') this.err('type', childPath(childPath(path, key), i), 'must be a string');
    });
  }
  probs(v: unknown, path: string, length: number, mustSumToOne: boolean): void {
    if (!Array.isArray(v)) {
      this.err('type', path, 'must be an array of probabilities');
      return;
    }
    if (v.length !== length) this.err('shape', path, `must have ${length} entr${length === 1 ? 'y' : 'ies'}, has ${v.length}`);
    let sum = 0;
    v.forEach((x, i) => {
      if (!isProb(x)) this.err('probability', childPath(path, i), 'must be a probability in [0, 1]');
      else sum += x;
    });
    if (mustSumToOne && v.every(isProb) && Math.abs(sum - 1) > SUM_TOLERANCE) this.err('distribution', path, `must sum to 1 (sums to ${sum.toFixed(4)})`);
  }
  unique(items: unknown[], path: string): Set<string> {
    const seen = new Set<string>();
    items.forEach((it, i) => {
      const id = isObj(it) ? it['id'] : undefined;
      if (typeof id !== 'string') return;
      if (seen.has(id)) this.err('duplicate', childPath(childPath(path, i), 'id'), `duplicate id "${id}"`);
      seen.add(id);
    });
    return seen;
  }
}

/** Check untrusted JSON against the model format: the typed model, or every issue found. */
export function validateModel(input: unknown): Result<KnowledgeModel> {
  const ck = new Checker();
  if (!isObj(input)) return { ok: false, issues: [issue('type', '$', 'a model must be a JSON object')] };
  const m = input;
  if (m['format'] !== MODEL_FORMAT) ck.err('format', '$.format', `must be "${MODEL_FORMAT}"`);
  if (m['formatVersion'] !== MODEL_FORMAT_VERSION) ck.err('format-version', '$.formatVersion', `this engine reads format version ${MODEL_FORMAT_VERSION}`);
  for (const k of ['id', 'version', 'name', 'description']) ck.str(m, k, '$');
  const bands = validateAgeBands(ck, m);
  const { conditions, conditionIds } = validateConditions(ck, m, bands.length);
  const { findings, findingIds, shapes } = validateFindings(ck, m);
  const actions = validateActions(ck, m, findingIds);
  validateLikelihoods(ck, m['likelihoods'], findingIds, conditionIds, shapes);
  if (m['inferredLikelihoods'] !== undefined) validateInferred(ck, m['inferredLikelihoods'], m['likelihoods']);
  validateAgeLikelihoodRefs(ck, conditions, findings);
  if (m['hierarchy'] !== undefined) validateHierarchy(ck, m['hierarchy'], findingIds, shapes);
  validateNextSteps(ck, conditions, actions);
  if (m['redFlags'] !== undefined) validateRedFlags(ck, m['redFlags'], findingIds);
  validateCalibrationAndHead(ck, m, conditions.length);
  if (m['membership'] !== undefined) validateMembership(ck, m['membership'], conditions.length, bands, findings);
  if (m['exemplars'] !== undefined) validateExemplars(ck, m['exemplars'], conditionIds, findingIds);
  validateManifest(ck, m['manifest']);

  if (ck.issues.length > 0) return { ok: false, issues: ck.issues };
  return { ok: true, value: input as unknown as KnowledgeModel, issues: [] };
}

type Shapes = Map<string, { length: number; sumsToOne: boolean }>;

/** `$.ageBands`: at least one, each minYears < maxYears, contiguous and ordered. */
function validateAgeBands(ck: Checker, m: Obj): unknown[] {
  const bands = ck.arr(m, 'ageBands', '$') ?? [];
  if (bands.length === 0) ck.err('required', '$.ageBands', 'at least one age band is required');
  let prevMax: number | undefined;
  bands.forEach((b, i) => {
    const p = childPath('$.ageBands', i);
    if (!isObj(b)) return ck.err('type', p, 'must be an object');
    ck.str(b, 'id', p);
    const lo = b['minYears'];
    const hi = b['maxYears'];
    if (typeof lo !== 'number' || typeof hi !== 'number' || !(hi > lo)) return ck.err('range', p, 'needs numbers minYears < maxYears');
    if (prevMax !== undefined && lo !== prevMax) ck.err('range', childPath(p, 'minYears'), 'age bands must be contiguous and ordered');
    prevMax = hi;
  });
  return bands;
}

/** `$.conditions`: unique ids, severity, care level, one prior row per age band, period priors and age likelihoods. */
function validateConditions(ck: Checker, m: Obj, nBands: number): { conditions: unknown[]; conditionIds: Set<string> } {
  const conditions = ck.arr(m, 'conditions', '$') ?? [];
  const conditionIds = ck.unique(conditions, '$.conditions');
  conditions.forEach((c, i) => {
    const p = childPath('$.conditions', i);
    if (!isObj(c)) return ck.err('type', p, 'must be an object');
    ck.str(c, 'id', p);
    ck.str(c, 'name', p);
    ck.strArr(c, 'icd10', p, true);
    ck.strArr(c, 'synonyms', p);
    ck.strArr(c, 'parents', p);
    const sev = c['severity'];
    if (!(typeof sev === 'number' && Number.isInteger(sev) && sev >= 1 && sev <= 5)) ck.err('range', childPath(p, 'severity'), 'severity must be an integer 1..5');
    if (typeof c['cantMiss'] !== 'boolean') ck.err('type', childPath(p, 'cantMiss'), '"cantMiss" must be true or false');
    if (c['careLevel'] !== undefined && !CARE_LEVELS.includes(c['careLevel'] as string)) ck.err('enum', childPath(p, 'careLevel'), `must be one of ${CARE_LEVELS.join(', ')}`);
    const prior = c['prior'];
    const pp = childPath(p, 'prior');
    if (!Array.isArray(prior) || prior.length !== nBands) return ck.err('shape', pp, `must have one row per age band (${nBands})`);
    prior.forEach((r, b) => {
      if (!Array.isArray(r) || r.length !== SEXES.length) return ck.err('shape', childPath(pp, b), `must have ${SEXES.length} entries (${SEXES.join(', ')})`);
      r.forEach((x, s) => {
        if (!(typeof x === 'number' && Number.isFinite(x) && x >= 0)) ck.err('range', childPath(childPath(pp, b), s), 'prior weight must be a number >= 0');
      });
    });
    checkPeriodPrior(ck, c['periodPrior'], childPath(p, 'periodPrior'));
    checkAgeLikelihoods(ck, c['ageLikelihoods'], childPath(p, 'ageLikelihoods'));
  });
  return { conditions, conditionIds };
}

/** `$.findings`: kinds, value types, values and leaks; returns each finding's likelihood shape. */
function validateFindings(ck: Checker, m: Obj): { findings: unknown[]; findingIds: Set<string>; shapes: Shapes } {
  const findings = ck.arr(m, 'findings', '$') ?? [];
  const findingIds = ck.unique(findings, '$.findings');
  const shapes = new Map<string, { length: number; sumsToOne: boolean }>();
  findings.forEach((f, i) => {
    const p = childPath('$.findings', i);
    if (!isObj(f)) return ck.err('type', p, 'must be an object');
    const id = ck.str(f, 'id', p);
    ck.str(f, 'name', p);
    ck.strArr(f, 'synonyms', p);
    if (!FINDING_KINDS.includes(f['kind'] as string)) ck.err('enum', childPath(p, 'kind'), `must be one of ${FINDING_KINDS.join(', ')}`);
    if (f['exposure'] !== undefined && !(FINDING_EXPOSURES as readonly unknown[]).includes(f['exposure'])) ck.err('enum', childPath(p, 'exposure'), `must be one of ${FINDING_EXPOSURES.join(', ')}`);
    const vt = f['valueType'];
    if (!VALUE_TYPES.includes(vt as string)) return ck.err('enum', childPath(p, 'valueType'), `must be one of ${VALUE_TYPES.join(', ')}`);
    const parent = f['parent'];
    if (parent !== undefined && (typeof parent !== 'string' || !findingIds.has(parent))) ck.err('reference', childPath(p, 'parent'), 'parent must be the id of another finding');
    if (vt === 'binary') {
      if (!isProb(f['leak'])) ck.err('probability', childPath(p, 'leak'), 'leak must be a probability in [0, 1]');
      if (id) shapes.set(id, { length: 1, sumsToOne: false });
      return;
    }
    const values = ck.arr(f, 'values', p) ?? [];
    if (values.length === 0) ck.err('required', childPath(p, 'values'), `a ${String(vt)} finding needs values`);
    const valueIds = ck.unique(values, childPath(p, 'values'));
    values.forEach((v, j) => {
      const vp = childPath(childPath(p, 'values'), j);
      if (!isObj(v)) return ck.err('type', vp, 'must be an object');
      ck.str(v, 'id', vp);
      ck.str(v, 'name', vp);
    });
    const dv = f['defaultValue'];
    if (vt !== 'multi' || dv !== undefined) {
      if (typeof dv !== 'string' || !valueIds.has(dv)) ck.err('reference', childPath(p, 'defaultValue'), 'defaultValue must be one of the finding\'s value ids');
    }
    const sumsToOne = vt !== 'multi';
    ck.probs(f['leak'], childPath(p, 'leak'), values.length, sumsToOne);
    if (id) shapes.set(id, { length: values.length, sumsToOne });
  });
  return { findings, findingIds, shapes };
}

/** `$.actions`: kinds, revealed findings, and a price and CPT/HCPCS code for every test. */
function validateActions(ck: Checker, m: Obj, findingIds: ReadonlySet<string>): unknown[] {
  const actions = ck.arr(m, 'actions', '$') ?? [];
  ck.unique(actions, '$.actions');
  actions.forEach((a, i) => {
    const p = childPath('$.actions', i);
    if (!isObj(a)) return ck.err('type', p, 'must be an object');
    ck.str(a, 'id', p);
    ck.str(a, 'name', p);
    const kind = a['kind'];
    if (!ACTION_KINDS.includes(kind as string)) ck.err('enum', childPath(p, 'kind'), `must be one of ${ACTION_KINDS.join(', ')}`);
    const reveals = ck.arr(a, 'reveals', p) ?? [];
    if (reveals.length === 0) ck.err('required', childPath(p, 'reveals'), 'an action must reveal at least one finding');
    reveals.forEach((r, j) => {
      if (typeof r !== 'string' || !findingIds.has(r)) ck.err('reference', childPath(childPath(p, 'reveals'), j), 'must be the id of a finding in this model');
    });
    if (kind !== 'question') {
      const price = a['priceUsd'];
      if (!(typeof price === 'number' && Number.isFinite(price) && price >= 0)) ck.err('price', childPath(p, 'priceUsd'), 'a test needs a price in USD (a number >= 0)');
      const code = a['code'];
      if (!isObj(code) || (code['system'] !== 'CPT' && code['system'] !== 'HCPCS') || typeof code['code'] !== 'string') {
        ck.err('code', childPath(p, 'code'), 'a test needs a code {system: "CPT" | "HCPCS", code}');
      }
    }
  });
  return actions;
}

/** `$.likelihoods`: keyed by finding then condition id, each row of the finding's shape. */
function validateLikelihoods(ck: Checker, lk: unknown, findingIds: ReadonlySet<string>, conditionIds: ReadonlySet<string>, shapes: Shapes): void {
  if (!isObj(lk)) ck.err(lk === undefined ? 'required' : 'type', '$.likelihoods', 'likelihoods must be an object keyed by finding id');
  else {
    for (const [fid, table] of Object.entries(lk)) {
      const fp = childPath('$.likelihoods', fid);
      const shape = shapes.get(fid);
      if (!findingIds.has(fid)) {
        ck.err('reference', fp, 'not the id of a finding in this model');
        continue;
      }
      if (!isObj(table)) {
        ck.err('type', fp, 'must be an object keyed by condition id');
        continue;
      }
      for (const [cid, probs] of Object.entries(table)) {
        const cp = childPath(fp, cid);
        if (!conditionIds.has(cid)) ck.err('reference', cp, 'not the id of a condition in this model');
        else if (shape) ck.probs(probs, cp, shape.length, shape.sumsToOne);
      }
    }
  }
}

/** `$.inferredLikelihoods`: finding id -> condition ids, each naming an entry of `$.likelihoods`. */
function validateInferred(ck: Checker, inf: unknown, lk: unknown): void {
  if (!isObj(inf)) {
    ck.err('type', '$.inferredLikelihoods', 'must be an object keyed by finding id');
    return;
  }
  for (const [fid, cids] of Object.entries(inf)) {
    const fp = childPath('$.inferredLikelihoods', fid);
    const row = isObj(lk) ? lk[fid] : undefined;
    if (!Array.isArray(cids)) {
      ck.err('type', fp, 'must be an array of condition ids');
      continue;
    }
    cids.forEach((c: unknown, i) => {
      if (typeof c !== 'string' || !isObj(row) || row[c] === undefined) ck.err('reference', childPath(fp, i), 'must name a condition with a likelihood entry for this finding');
    });
  }
}

/** Age likelihood rows name binary findings of this model. */
function validateAgeLikelihoodRefs(ck: Checker, conditions: unknown[], findings: unknown[]): void {
  const binaryIds = new Set(findings.filter((f) => isObj(f) && f['valueType'] === 'binary').map((f) => (f as Record<string, unknown>)['id']));
  conditions.forEach((c, i) => {
    const rows = isObj(c) ? c['ageLikelihoods'] : undefined;
    if (!Array.isArray(rows)) return;
    rows.forEach((r: unknown, j) => {
      if (isObj(r) && typeof r['finding'] === 'string' && !binaryIds.has(r['finding'])) ck.err('reference', childPath(childPath(childPath(childPath('$.conditions', i), 'ageLikelihoods'), j), 'finding'), 'must be the id of a binary finding in this model');
    });
  });
}

/** `$.hierarchy`: the optional is-a hierarchy over binary findings (expands the likelihoods at compile time). */
function validateHierarchy(ck: Checker, hier: unknown, findingIds: ReadonlySet<string>, shapes: Shapes): void {
  if (!isObj(hier)) ck.err('type', '$.hierarchy', 'must be an object {parents, descendantCredit, maxDescendants}');
  else {
    const credit = hier['descendantCredit'];
    if (!isProb(credit)) ck.err('probability', '$.hierarchy.descendantCredit', 'must be a number in [0, 1]');
    const ap = hier['absentPower'];
    if (ap !== undefined && !(typeof ap === 'number' && ap > 0 && ap <= 1)) ck.err('range', '$.hierarchy.absentPower', 'must be a number in (0, 1]');
    const maxD = hier['maxDescendants'];
    if (!(typeof maxD === 'number' && Number.isInteger(maxD) && maxD >= 0)) ck.err('range', '$.hierarchy.maxDescendants', 'must be an integer >= 0');
    const parents = hier['parents'];
    if (!isObj(parents)) ck.err(parents === undefined ? 'required' : 'type', '$.hierarchy.parents', 'must be an object keyed by finding id');
    else {
      for (const [fid, list] of Object.entries(parents)) {
        const fp = childPath('$.hierarchy.parents', fid);
        const shape = shapes.get(fid);
        if (!findingIds.has(fid)) { ck.err('reference', fp, 'not the id of a finding in this model'); continue; }
        if (shape && shape.length !== 1) ck.err('type', fp, 'only binary findings take part in the hierarchy');
        if (!Array.isArray(list)) { ck.err('type', fp, 'must be an array of finding ids'); continue; }
        list.forEach((x, j) => {
          if (typeof x !== 'string' || !findingIds.has(x)) ck.err('reference', childPath(fp, j), 'must be the id of a finding in this model');
        });
      }
    }
  }
}

/** `$.conditions[i].nextSteps`: optional next steps per condition, confirmed by actions of this model. */
function validateNextSteps(ck: Checker, conditions: unknown[], actions: unknown[]): void {
  const actionIds = new Set(actions.map((a) => (isObj(a) ? a['id'] : undefined)).filter((x): x is string => typeof x === 'string'));
  conditions.forEach((c, i) => {
    const ns = isObj(c) ? c['nextSteps'] : undefined;
    if (ns === undefined) return;
    const p = childPath(childPath('$.conditions', i), 'nextSteps');
    if (!isObj(ns)) return ck.err('type', p, 'must be an object');
    (Array.isArray(ns['confirm']) ? ns['confirm'] : []).forEach((a, j) => {
      if (typeof a !== 'string' || !actionIds.has(a)) ck.err('reference', childPath(childPath(p, 'confirm'), j), 'must be the id of an action in this model');
    });
    if (!Array.isArray(ns['confirm'])) ck.err('type', childPath(p, 'confirm'), 'must be an array of action ids');
    if (!MANAGEMENTS.includes(ns['management'] as Management)) ck.err('enum', childPath(p, 'management'), `must be one of ${MANAGEMENTS.join(', ')}`);
    ck.str(ns, 'firstStep', p);
    ck.str(ns, 'source', p);
    if (typeof ns['authored'] !== 'boolean') ck.err('type', childPath(p, 'authored'), 'must be true or false');
  });
}

/** `$.redFlags`: optional red-flag rules over findings of this model. */
function validateRedFlags(ck: Checker, flags: unknown, findingIds: ReadonlySet<string>): void {
  if (!Array.isArray(flags)) ck.err('type', '$.redFlags', 'must be an array');
  else flags.forEach((r, i) => {
    const p = childPath('$.redFlags', i);
    if (!isObj(r)) return ck.err('type', p, 'must be an object');
    ck.str(r, 'id', p);
    ck.str(r, 'description', p);
    ck.str(r, 'source', p);
    if (r['level'] !== 'emergency' && r['level'] !== 'urgent') ck.err('enum', childPath(p, 'level'), 'must be emergency or urgent');
    for (const key of ['all', 'any', 'with']) {
      const list = r[key];
      if (list === undefined && key !== 'all') continue;
      if (!Array.isArray(list)) { ck.err('type', childPath(p, key), 'must be an array of finding ids'); continue; }
      list.forEach((f, j) => {
        if (typeof f !== 'string' || !findingIds.has(f)) ck.err('reference', childPath(childPath(p, key), j), 'must be the id of a finding in this model');
      });
    }
  });
}

/** `$.cantMissThreshold`, `$.calibration` and the optional linear `$.head`. */
function validateCalibrationAndHead(ck: Checker, m: Obj, nConditions: number): void {
  if (m['cantMissThreshold'] !== undefined && !isProb(m['cantMissThreshold'])) ck.err('probability', '$.cantMissThreshold', 'must be a probability in [0, 1]');
  const cal = m['calibration'];
  if (cal !== undefined) {
    const t = isObj(cal) ? cal['temperature'] : undefined;
    if (!(typeof t === 'number' && Number.isFinite(t) && t > 0)) ck.err('range', '$.calibration.temperature', 'temperature must be a number > 0');
  }
  const head = m['head'];
  if (head !== undefined) {
    if (!isObj(head) || head['kind'] !== 'linear') ck.err('type', '$.head', 'head must be {kind: "linear", ...}');
    else {
      const feats = head['features'];
      const weights = head['weights'];
      const bias = head['bias'];
      if (!Array.isArray(bias) || bias.length !== nConditions) ck.err('shape', '$.head.bias', 'needs one bias per condition');
      if (!Array.isArray(feats) || !Array.isArray(weights) || feats.length !== weights.length) ck.err('shape', '$.head.weights', 'needs one weight row per feature');
      else {
        weights.forEach((w, i) => {
          if (!isObj(w)) return ck.err('type', childPath('$.head.weights', i), 'must be an object {conditionIndex: weight}');
          for (const [k, v] of Object.entries(w)) {
            const idx = Number(k);
            if (!Number.isInteger(idx) || idx < 0 || idx >= nConditions || typeof v !== 'number' || !Number.isFinite(v)) {
              ck.err('range', childPath(childPath('$.head.weights', i), k), 'must map a condition index to a finite weight');
            }
          }
        });
      }
    }
  }
}

/** `$.manifest`: required, with a sha256 content hash and the training inputs. */
function validateManifest(ck: Checker, man: unknown): void {
  if (!isObj(man)) ck.err(man === undefined ? 'required' : 'type', '$.manifest', 'a model needs a manifest');
  else {
    const ch = man['contentHash'];
    if (typeof ch !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(ch)) ck.err('hash', '$.manifest.contentHash', 'must be "sha256:" and 64 hex digits');
    ck.arr(man, 'training', '$.manifest');
  }
}

/** The feature keys a model can produce: `<finding>=1|0|<value>|none`, `age=<band>`, `sex=<sex>`. */
function featureKeyChecker(bands: unknown[], findings: unknown[]): (key: string) => boolean {
  const keys = new Set<string>(SEXES.map((x) => `sex=${x}`));
  for (const b of bands) if (isObj(b) && typeof b['id'] === 'string') keys.add(`age=${b['id']}`);
  for (const f of findings) {
    if (!isObj(f) || typeof f['id'] !== 'string') continue;
    const id = f['id'];
    if (f['valueType'] === 'binary') {
      keys.add(`${id}=1`);
      keys.add(`${id}=0`);
      continue;
    }
    const values = Array.isArray(f['values']) ? f['values'] : [];
    for (const v of values) if (isObj(v) && typeof v['id'] === 'string') keys.add(`${id}=${v['id']}`);
    if (f['valueType'] === 'multi') keys.add(`${id}=none`);
  }
  return (key) => keys.has(key);
}

/** `$.exemplars`: the exemplar re-rank (version 1): weight >= 0, top >= 1, forwardShare in [0, 1] if given, cases by condition id as sets of finding ids. */
function validateExemplars(ck: Checker, ex: unknown, conditionIds: ReadonlySet<string>, findingIds: ReadonlySet<string>): void {
  const p = '$.exemplars';
  if (!isObj(ex)) return ck.err('type', p, 'exemplars must be {version: 1, enabled, weight, top, source, cases}');
  if (ex['version'] !== 1) ck.err('format-version', childPath(p, 'version'), 'this engine reads exemplar version 1');
  if (typeof ex['enabled'] !== 'boolean') ck.err('type', childPath(p, 'enabled'), 'must be true or false');
  const w = ex['weight'];
  if (!(typeof w === 'number' && Number.isFinite(w) && w >= 0)) ck.err('range', childPath(p, 'weight'), 'weight must be a number >= 0');
  const top = ex['top'];
  if (!(typeof top === 'number' && Number.isInteger(top) && top >= 1)) ck.err('range', childPath(p, 'top'), 'top must be an integer >= 1');
  const a = ex['forwardShare'];
  if (a !== undefined && !(typeof a === 'number' && a >= 0 && a <= 1)) ck.err('range', childPath(p, 'forwardShare'), 'forwardShare must be a number in [0, 1]');
  ck.str(ex, 'source', p);
  const cases = ex['cases'];
  if (!isObj(cases)) return ck.err('type', childPath(p, 'cases'), 'must map condition ids to lists of finding-id sets');
  for (const [cid, sets] of Object.entries(cases)) {
    const cp = childPath(childPath(p, 'cases'), cid);
    if (!conditionIds.has(cid)) ck.err('reference', cp, 'must be the id of a condition in this model');
    if (!Array.isArray(sets)) { ck.err('type', cp, 'must be a list of finding-id lists'); continue; }
    sets.forEach((set, i) => {
      if (!Array.isArray(set)) return ck.err('type', childPath(cp, i), 'must be a list of finding ids');
      set.forEach((f, j) => {
        if (typeof f !== 'string' || !findingIds.has(f)) ck.err('reference', childPath(childPath(cp, i), j), 'must be the id of a finding in this model');
      });
    });
  }
}

/** `$.membership`: a logistic plausibility head over the same feature keys as the linear head. */
function validateMembership(ck: Checker, head: unknown, nConditions: number, bands: unknown[], findings: unknown[]): void {
  const p = '$.membership';
  if (!isObj(head)) return ck.err('type', p, 'membership must be {kind: "logistic", bias, features, weights}');
  if (head['kind'] !== 'logistic') ck.err('enum', childPath(p, 'kind'), 'must be "logistic"');
  const bias = head['bias'];
  if (!Array.isArray(bias)) ck.err(bias === undefined ? 'required' : 'type', childPath(p, 'bias'), 'must be an array with one number per condition');
  else {
    if (bias.length !== nConditions) ck.err('shape', childPath(p, 'bias'), `must have one entry per condition (${nConditions}), has ${bias.length}`);
    bias.forEach((b, i) => {
      if (typeof b !== 'number' || !Number.isFinite(b)) ck.err('range', childPath(childPath(p, 'bias'), i), 'must be a finite number');
    });
  }
  const feats = head['features'];
  const known = featureKeyChecker(bands, findings);
  if (!Array.isArray(feats)) ck.err(feats === undefined ? 'required' : 'type', childPath(p, 'features'), 'must be an array of feature keys');
  else {
    const seen = new Set<string>();
    feats.forEach((f, i) => {
      const fp = childPath(childPath(p, 'features'), i);
      if (typeof f !== 'string') return ck.err('type', fp, 'must be a feature key string');
      if (seen.has(f)) ck.err('duplicate', fp, 'duplicate feature key');
      seen.add(f);
      if (!known(f)) ck.err('reference', fp, 'must be <finding>=1|0|<value>|none for a finding of this model, age=<band id> or sex=female|male');
    });
  }
  const weights = head['weights'];
  if (!Array.isArray(weights)) ck.err(weights === undefined ? 'required' : 'type', childPath(p, 'weights'), 'must be an array of {conditionIndex: weight} rows');
  else {
    if (Array.isArray(feats) && weights.length !== feats.length) ck.err('shape', childPath(p, 'weights'), `needs one row per feature (${feats.length}), has ${weights.length}`);
    weights.forEach((w, i) => {
      const wp = childPath(childPath(p, 'weights'), i);
      if (!isObj(w)) return ck.err('type', wp, 'must be an object {conditionIndex: weight}');
      for (const [k, v] of Object.entries(w)) {
        const idx = Number(k);
        if (!/^(0|[1-9][0-9]*)$/.test(k) || idx >= nConditions) ck.err('reference', childPath(wp, k), `must be a condition index 0..${nConditions - 1}`);
        else if (typeof v !== 'number' || !Number.isFinite(v)) ck.err('range', childPath(wp, k), 'must be a finite weight');
      }
    });
  }
  const t = head['threshold'];
  if (t !== undefined && !(typeof t === 'number' && t > 0 && t < 1)) ck.err('range', childPath(p, 'threshold'), 'threshold must be a probability strictly between 0 and 1');
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `periodPrior`: optional list of { from?, until?, factor > 0, source } with ISO dates. */
function checkPeriodPrior(ck: Checker, v: unknown, path: string): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) return ck.err('type', path, 'periodPrior must be an array');
  v.forEach((r: unknown, i) => {
    const p = childPath(path, i);
    if (!isObj(r)) return ck.err('type', p, 'must be an object');
    for (const k of ['from', 'until'] as const) if (r[k] !== undefined && !(typeof r[k] === 'string' && ISO_DATE.test(r[k]))) ck.err('format', childPath(p, k), `${k} must be an ISO date YYYY-MM-DD`);
    const f = r['factor'];
    if (!(typeof f === 'number' && Number.isFinite(f) && f > 0)) ck.err('range', childPath(p, 'factor'), 'factor must be a number > 0');
    if (typeof r['source'] !== 'string' || r['source'] === '') ck.err('type', childPath(p, 'source'), 'source must name the public source');
  });
}

/** `ageLikelihoods`: optional list of { finding, minYears < maxYears, 0 < p < 1, source }; the finding is checked to be binary below. */
function checkAgeLikelihoods(ck: Checker, v: unknown, path: string): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) return ck.err('type', path, 'ageLikelihoods must be an array');
  v.forEach((r: unknown, i) => {
    const p = childPath(path, i);
    if (!isObj(r)) return ck.err('type', p, 'must be an object');
    if (typeof r['finding'] !== 'string' || r['finding'] === '') ck.err('type', childPath(p, 'finding'), 'finding must be a finding id');
    const lo = r['minYears'];
    const hi = r['maxYears'];
    if (!(typeof lo === 'number' && typeof hi === 'number' && lo >= 0 && hi > lo)) ck.err('range', childPath(p, 'maxYears'), 'minYears and maxYears must be numbers with 0 <= minYears < maxYears');
    const q = r['p'];
    if (!(typeof q === 'number' && q > 0 && q < 1)) ck.err('range', childPath(p, 'p'), 'p must be a probability strictly between 0 and 1');
    if (typeof r['source'] !== 'string' || r['source'] === '') ck.err('type', childPath(p, 'source'), 'source must name the public source');
  });
}
