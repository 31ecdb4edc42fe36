/**
 * Defaults of the sensitivity analysis, in a file of their own so that the command line's help
 * can name them without loading the analysis (start-up, docs/PERFORMANCE.md).
 */
import { OUTCOME_MONTH_LABEL } from '../outcomes.ts';

/** First N of the adaptive doubling, and the default largest. */
export const START_N = 512;
export const DEFAULT_MAX_N = 8192;
export const DEFAULT_RESAMPLES = 500;

export const SCENARIO_ONE_OUTPUT = 'scenarioOneWorld';
export const DEFAULT_SENSITIVITY_OUTPUT = `leadMonths@${OUTCOME_MONTH_LABEL}`;
