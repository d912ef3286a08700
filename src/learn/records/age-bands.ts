/** The age bands a records-learned model counts by when no base model gives its own. */
import type { AgeBand } from '../../core/model.js';
import { SYMCAT_AGE_BANDS } from '../primary-care/sources.js';

/** The primary-care model's bands (SymCat's eight), so a model learned without a base lines up with it. */
export const DEFAULT_BANDS: readonly AgeBand[] = SYMCAT_AGE_BANDS.map(({ id, minYears, maxYears }) => ({ id, minYears, maxYears }));
