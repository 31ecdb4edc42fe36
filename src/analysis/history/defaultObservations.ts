/** The measured history shipped with leadline (data/observed.csv, embedded). */

import { type Observation, parseObservations } from './observations.ts';
import { OBSERVED_CSV } from './observedData.ts';

/** Parses the embedded data/observed.csv. */
export function defaultObservations(): Observation[] {
  return parseObservations(OBSERVED_CSV, 'data/observed.csv');
}
