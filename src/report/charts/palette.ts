/**
 * Colours shared by every chart, so a scenario keeps its colour across the report.
 * Okabe & Ito's colour-blind-safe palette (Okabe, M. & Ito, K., "Color Universal Design", 2008),
 * without its yellow, which is too pale for lines on white.
 */
import type { RunResult } from '../../analysis/results.ts';

export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  orange: '#E69F00',
  reddishPurple: '#CC79A7',
  bluishGreen: '#009E73',
  skyBlue: '#56B4E9',
  black: '#000000',
} as const;

/** The presets keep fixed colours: Scenario One blue, Scenario Two vermillion. */
const PRESET_COLORS: Readonly<Record<string, string>> = {
  'scenario-one': OKABE_ITO.blue,
  'scenario-two': OKABE_ITO.vermillion,
  baseline: OKABE_ITO.orange,
  'no-controls': OKABE_ITO.reddishPurple,
};

/** Colours for other scenarios, in order of appearance (then repeated). */
const OTHER_COLORS: readonly string[] = [
  OKABE_ITO.bluishGreen,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
  OKABE_ITO.orange,
  OKABE_ITO.reddishPurple,
];

/** Neutral ink for annotations (reference bands, "today", paper points). */
export const INK = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#444444',
  /** The paper's worlds as zones: a pale sand, unlike the grey of the draws' bands. */
  band: '#f3e9cf',
  bandStroke: '#a6a6a6',
  neutralSeries: '#4d4d4d',
  /** Swatches that show a line style only (solid: US bloc; dashed: PRC), lighter than a series. */
  lineStyle: '#9a9a9a',
} as const;

/** Fill and edge opacity of a 10–90% band (scenarioLines.ts), shared with its legend swatch. */
export const BAND_FILL_OPACITY = 0.14;
export const BAND_EDGE_OPACITY = 0.5;

/**
 * Colour of each scenario id of `runs`: presets first by name, then the rest in order,
 * skipping colours already taken by a preset in the same document.
 */
export function scenarioColors(runs: readonly Pick<RunResult, 'scenario'>[]): Map<string, string> {
  const colors = new Map<string, string>();
  const taken = new Set<string>();
  for (const run of runs) {
    const preset = PRESET_COLORS[run.scenario];
    if (preset !== undefined && !colors.has(run.scenario)) {
      colors.set(run.scenario, preset);
      taken.add(preset);
    }
  }
  const free = OTHER_COLORS.filter((c) => !taken.has(c));
  const pool = free.length > 0 ? free : OTHER_COLORS;
  let next = 0;
  for (const run of runs) {
    if (!colors.has(run.scenario)) {
      colors.set(run.scenario, pool[next % pool.length]);
      next += 1;
    }
  }
  return colors;
}
