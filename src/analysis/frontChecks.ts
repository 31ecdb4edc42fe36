/**
 * Front checks FC1–FC3, beside the paper checks: the other fronts respond to policy the way the
 * paper argues. Run at central parameters.
 */
import { meanOverYear } from './calendar.ts';
import { type Check, type CheckContext, type PresetName, runPreset } from './checkTypes.ts';

/** The year the paper's two scenarios describe. */
const SCENARIO_YEAR = 2028;

/** The paper, as the paper checks cite it (P-facts in data/sources.csv are its claims). */
const PAPER = 'paper';

function meanShareUS(ctx: CheckContext, name: PresetName): number {
  return meanOverYear(runPreset(ctx, name).series.globalShareUS, SCENARIO_YEAR);
}

function meanAdoptionCN(ctx: CheckContext, name: PresetName, prcAdoptionPush: number): number {
  return meanOverYear(runPreset(ctx, name, { levers: { prcAdoptionPush } }).series.adoptionCN, SCENARIO_YEAR);
}

function percent(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

/** What a check measures: its value, the target interval, and a line of detail. */
interface Measured {
  readonly value: number;
  /** Pass when value > lower (strictly): the checks compare a change with no change. */
  readonly lower: number;
  readonly detail: string;
}

function frontCheck(
  id: string,
  description: string,
  source: string,
  measure: (ctx: CheckContext) => Measured,
): Check {
  return {
    id,
    description,
    source,
    run(ctx) {
      const { value, lower, detail } = measure(ctx);
      return {
        id,
        description,
        value,
        target: [lower, null],
        pass: Number.isFinite(value) && value > lower,
        source,
        detail,
      };
    },
  };
}

export const FRONT_CHECKS: readonly Check[] = [
  frontCheck(
    'FC1',
    `Scenario One gives the US a larger third-country share than baseline (mean of ${SCENARIO_YEAR})`,
    'P08, H03',
    (ctx) => {
      const baseline = meanShareUS(ctx, 'baseline');
      const value = meanShareUS(ctx, 'scenario-one');
      return {
        value,
        lower: baseline,
        detail: `US share of third-country AI-stack deployment: scenario-one ${percent(value)}, baseline ${percent(baseline)}`,
      };
    },
  ),
  frontCheck(
    'FC2',
    `Scenario Two gives the PRC a larger third-country share than baseline (mean of ${SCENARIO_YEAR})`,
    'P10, F08, F09',
    (ctx) => {
      const baseline = 1 - meanShareUS(ctx, 'baseline');
      const value = 1 - meanShareUS(ctx, 'scenario-two');
      return {
        value,
        lower: baseline,
        detail: `PRC share of third-country AI-stack deployment: scenario-two ${percent(value)}, baseline ${percent(baseline)}`,
      };
    },
  ),
  frontCheck(
    'FC3',
    `Raising prcAdoptionPush from 0 to 1 raises PRC adoption in ${SCENARIO_YEAR}, also under Scenario One's lower PRC capability (the smaller gain, share of firms)`,
    PAPER,
    (ctx) => {
      const baselineGain = meanAdoptionCN(ctx, 'baseline', 1) - meanAdoptionCN(ctx, 'baseline', 0);
      const oneWithoutPush = meanAdoptionCN(ctx, 'scenario-one', 0);
      const oneWithPush = meanAdoptionCN(ctx, 'scenario-one', 1);
      const scenarioOneGain = oneWithPush - oneWithoutPush;
      return {
        value: Math.min(baselineGain, scenarioOneGain),
        lower: 0,
        detail:
          `PRC adoption gain from a full push: baseline +${percent(baselineGain)}, scenario-one +${percent(scenarioOneGain)} ` +
          `(scenario-one with full push ${percent(oneWithPush)}, without ${percent(oneWithoutPush)})`,
      };
    },
  ),
];
