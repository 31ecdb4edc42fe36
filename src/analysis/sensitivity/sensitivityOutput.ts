/**
 * What a sensitivity analysis explains: one number per run of the engine.
 *
 *   `SERIES@YYYY-MM`     any series of src/core/series.ts at a month, e.g. leadMonths@2028-12
 *   `scenarioOneWorld`   the indicator of the Scenario One world: 1 when the lead at 2028-12 is
 *                        at least SCENARIO_ONE_MIN_LEAD_MONTHS, else 0 (its mean is P(Scenario One))
 */
import {
  monthLabel,
  parseMonth,
  SERIES_INFO,
  SERIES_NAMES,
  type SeriesName,
  type Workspace,
} from '../../core/index.ts';
import { closestNames } from '../../scenario/index.ts';
import { isOutcome, OUTCOME_MONTH, OUTCOME_MONTH_LABEL, SCENARIO_ONE_MIN_LEAD_MONTHS } from '../outcomes.ts';

import { DEFAULT_SENSITIVITY_OUTPUT, SCENARIO_ONE_OUTPUT } from './sensitivityDefaults.ts';

export { DEFAULT_SENSITIVITY_OUTPUT, SCENARIO_ONE_OUTPUT } from './sensitivityDefaults.ts';

export type SensitivityOutput =
  | {
      readonly kind: 'series';
      /** `leadMonths@2028-12`. */
      readonly id: string;
      readonly series: SeriesName;
      /** Month index (0 = 2023-01). */
      readonly month: number;
    }
  | { readonly kind: 'scenarioOneWorld'; readonly id: typeof SCENARIO_ONE_OUTPUT };

/** A malformed output specification; `message` says what was expected. */
export class OutputSpecError extends Error {
  override readonly name = 'OutputSpecError';
}

const FORMS = `SERIES@YYYY-MM (e.g. ${DEFAULT_SENSITIVITY_OUTPUT}) or ${SCENARIO_ONE_OUTPUT}`;

/** Parses an output specification; throws OutputSpecError naming what was expected. */
export function parseSensitivityOutput(text: string): SensitivityOutput {
  if (text === SCENARIO_ONE_OUTPUT) return { kind: 'scenarioOneWorld', id: SCENARIO_ONE_OUTPUT };
  const at = text.indexOf('@');
  if (at < 0) throw new OutputSpecError(`expected ${FORMS}, found ${JSON.stringify(text)}`);
  const name = text.slice(0, at);
  const monthText = text.slice(at + 1);
  if (!(SERIES_NAMES as readonly string[]).includes(name)) {
    const close = closestNames(name, SERIES_NAMES);
    const hint = close.length > 0 ? ` (did you mean ${close.join(' or ')}?)` : ' (see src/core/series.ts)';
    throw new OutputSpecError(`expected a series name before "@"${hint}, found ${JSON.stringify(name)}`);
  }
  const month = parseMonth(monthText);
  if (!Number.isFinite(month) || month < 0) {
    throw new OutputSpecError(
      `expected a month YYYY-MM from 2023-01 after "@", found ${JSON.stringify(monthText)}`,
    );
  }
  return { kind: 'series', id: `${name}@${monthLabel(month)}`, series: name as SeriesName, month };
}

/** The last month index a run must simulate for this output. */
export function outputMonth(output: SensitivityOutput): number {
  return output.kind === 'series' ? output.month : OUTCOME_MONTH;
}

/** The output's value in a finished run. */
export function readOutput(output: SensitivityOutput, ws: Workspace): number {
  if (output.kind === 'series') return ws.series[output.series][output.month];
  return isOutcome('scenarioOne', ws.series.leadMonths[OUTCOME_MONTH], Number.NaN) ? 1 : 0;
}

/** A short label for tables and charts, the unit, and what the output is in a sentence. */
export function describeOutput(output: SensitivityOutput): {
  label: string;
  unit: string;
  description: string;
} {
  if (output.kind === 'scenarioOneWorld') {
    return {
      label: `Scenario One world indicator`,
      unit: 'indicator (0/1)',
      description: `1 when the US lead at ${OUTCOME_MONTH_LABEL} is at least ${SCENARIO_ONE_MIN_LEAD_MONTHS} months, else 0; its mean is P(Scenario One world)`,
    };
  }
  const info = SERIES_INFO[output.series];
  const month = monthLabel(output.month);
  const label = output.series === 'leadMonths' ? `US lead at ${month}` : `${output.series} at ${month}`;
  return { label, unit: info.unit, description: `${info.description}, at ${month}` };
}
