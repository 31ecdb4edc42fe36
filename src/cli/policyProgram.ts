/**
 * The options of the policy analyses `attribute`, `window`, `target`, `discover` (their help);
 * their actions, in policyCommands.ts, are loaded only when one runs (start-up,
 * docs/PERFORMANCE.md).
 */
import type { Command } from 'commander';
import { OUTCOME_MONTH_LABEL, SCENARIO_ONE_MIN_LEAD_MONTHS } from '../analysis/outcomes.ts';
import {
  DEFAULT_DISCOVER_DRAWS,
  DEFAULT_MIN_COVERAGE,
  DEFAULT_WINDOW_MONTHS,
  DEFAULT_WINDOW_STARTS,
} from '../analysis/policy/policyDefaults.ts';
import type { CliIo } from './cliIo.ts';
import type { AttributeOptions, DiscoverOptions, TargetOptions, WindowOptions } from './policyCommands.ts';

function addCommon(command: Command, defaultDraws: number): Command {
  return command
    .option('--draws <n>', `Monte Carlo draws; 0 = central parameters only (default ${defaultDraws})`)
    .option('--seed <s>', 'seed of the draws (default 1); the same seed gives the same numbers')
    .option('--workers <w>', 'worker threads (default: the number of cores); results do not depend on it')
    .option('--json', 'print the result as JSON')
    .option('--csv', 'print the result as CSV')
    .option('--out <dir>', 'also write a report folder: chart (SVG, PNG), Markdown, JSON and CSV')
    .option('--force', 'with --out: replace a folder that holds files leadline did not write');
}

export const ATTRIBUTE_DEFAULT_DRAWS = 1000;
export const WINDOW_DEFAULT_DRAWS = 1000;
export const TARGET_DEFAULT_DRAWS = 500;

export function registerPolicyCommands(program: Command, io: CliIo): void {
  addCommon(
    program
      .command('attribute')
      .description(
        'which lever carries how much of the difference between two scenarios: the 2028-12 lead (and each world’s probability) split by exact Shapley values over all subsets of the levers that differ',
      )
      .argument('[scenario]', 'preset name or scenario file (default scenario-one)', 'scenario-one')
      .option('--from <scenario>', 'the scenario to attribute from (default baseline)', 'baseline')
      .option('--month <YYYY-MM>', `month of the lead (default ${OUTCOME_MONTH_LABEL})`),
    ATTRIBUTE_DEFAULT_DRAWS,
  ).action(async (to: string, opts: AttributeOptions) =>
    (await import('./policyCommands.ts')).attributeAction(io, to, opts),
  );

  addCommon(
    program
      .command('window')
      .description(
        'what delay costs: the scenario’s package started at later months, on the same draws; the lead and P(Scenario One world) for each start',
      )
      .argument('[scenario]', 'preset name or scenario file (default scenario-one)', 'scenario-one')
      .option(
        '--starts <months>',
        `comma-separated start months (default ${DEFAULT_WINDOW_STARTS.join(',')})`,
      )
      .option(
        '--months <months>',
        `months of the lead reported (default ${DEFAULT_WINDOW_MONTHS.join(',')})`,
      ),
    WINDOW_DEFAULT_DRAWS,
  ).action(async (name: string, opts: WindowOptions) =>
    (await import('./policyCommands.ts')).windowAction(io, name, opts),
  );

  addCommon(
    program
      .command('target')
      .description(
        'the least policy: the non-dominated settings of the US levers that reach a goal for the lead, judged with their Monte Carlo error',
      )
      .option(
        '--from <scenario>',
        'base scenario: its PRC levers, parameters and timing (default baseline)',
        'baseline',
      )
      .option(
        '--p-scenario-one <p>',
        `goal: P(lead ≥ ${SCENARIO_ONE_MIN_LEAD_MONTHS} months) ≥ p (default 0.5)`,
      )
      .option(
        '--median-lead <months>',
        'goal: a median lead of at least this many months (P(lead ≥ L) ≥ 0.5)',
      )
      .option('--lead <months>', 'goal: a lead of at least this many months …')
      .option('--probability <p>', '… in at least this share of the draws (default 0.5)')
      .option('--month <YYYY-MM>', `month of the goal (default ${OUTCOME_MONTH_LABEL})`),
    TARGET_DEFAULT_DRAWS,
  ).action(async (opts: TargetOptions) => (await import('./policyCommands.ts')).targetAction(io, opts));

  addCommon(
    program
      .command('discover')
      .description(
        'scenario discovery: the parameter ranges under which a claim holds (default: the 2028-12 lead is at least 12 months under scenario-one), by PRIM',
      )
      .argument('[scenario]', 'preset name or scenario file (default scenario-one)', 'scenario-one')
      .option(
        '--lead <months>',
        `the claim: a lead of at least this many months (default ${SCENARIO_ONE_MIN_LEAD_MONTHS})`,
      )
      .option('--month <YYYY-MM>', `month of the claim (default ${OUTCOME_MONTH_LABEL})`)
      .option(
        '--min-coverage <c>',
        `report the densest box with at least this coverage (default ${DEFAULT_MIN_COVERAGE})`,
      ),
    DEFAULT_DISCOVER_DRAWS,
  ).action(async (name: string, opts: DiscoverOptions) =>
    (await import('./policyCommands.ts')).discoverAction(io, name, opts),
  );
}
