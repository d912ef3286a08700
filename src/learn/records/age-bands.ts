/** The age bands a records-learned model counts by when no base model gives its own (SymCat's eight bands). */
import type { AgeBand } from '../../core/model.js';

/** The bands used when there is no base model (the primary-care model's). */
export const DEFAULT_BANDS: readonly AgeBand[] = [
  { id: '0-1', minYears: 0, maxYears: 1 },
  { id: '1-4', minYears: 1, maxYears: 5 },
  { id: '5-14', minYears: 5, maxYears: 15 },
  { id: '15-29', minYears: 15, maxYears: 30 },
  { id: '30-44', minYears: 30, maxYears: 45 },
  { id: '45-59', minYears: 45, maxYears: 60 },
  { id: '60-74', minYears: 60, maxYears: 75 },
  { id: '75+', minYears: 75, maxYears: 131 },
];
