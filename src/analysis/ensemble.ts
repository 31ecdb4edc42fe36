/**
 * Monte Carlo ensembles with common random numbers (spec §10).
 *
 *   1. plan        draws cut into blocks of BLOCK_SIZE; scenarios; rank correlations (ensemblePlan.ts)
 *   2. pilot       the first 500 draws in this thread → per-column sketch grids (quantileSketch.ts)
 *   3. count pass  every block, in this thread or in workers: checks, sketch counters, block
 *                  sums, each draw's lead at 2028-12 (ensembleBlocks.ts, ensembleKernel.ts)
 *   4. collect     exact mode only (default up to EXACT_MAX_DRAWS): every block again, keeping just the
 *                  values of the bins that hold the wanted order statistics
 *   5. summarise   quantiles per series and month, means, outcome probabilities (ensembleSummary.ts)
 *
 * Draw i uses the same parameter vector in every scenario of the run (except each scenario's
 * pinned parameters), so differences between scenarios are paired (compare.ts). Results are
 * bit-identical for any number of workers: counts and order statistics do not depend on
 * order, and sums are folded in block order.
 */
import { P } from '../core/index.ts';
import type { ResolvedScenario } from '../scenario/scenario.ts';
import { BlockEngine } from './ensembleBlocks.ts';
import { buildPlan, quantileMethodFor } from './ensemblePlan.ts';
import { type EnsembleRunner, InProcessRunner, PoolRunner } from './ensembleRunner.ts';
import { BlockSumFolder, CandidateStore, planTargets, summarizeColumns } from './ensembleSummary.ts';
import type { EnsembleOptions, EnsemblePlan, ScenarioEnsemble } from './ensembleTypes.ts';
import { outcomeProbabilities } from './probabilities.ts';
import { addPartial, buildGrid, emptyTotals, type SketchGrid, type SketchPartial } from './quantileSketch.ts';
import { workerCount } from './workerCount.ts';

export type { EnsembleOptions, ScenarioEnsemble } from './ensembleTypes.ts';

/** Runs `draws` Monte Carlo draws of every scenario and summarises each. */
export async function runEnsemble(
  resolved: readonly ResolvedScenario[],
  opts: EnsembleOptions,
): Promise<ScenarioEnsemble[]> {
  const plan = buildPlan(resolved, opts);
  const exact = quantileMethodFor(plan.draws, opts.quantileMethod) === 'exact';
  const nWorkers = workerCount(opts.workers, opts.spawn, plan.nBlocks);
  // workers start loading while the pilot runs here
  const pool = opts.spawn && nWorkers >= 2 ? new PoolRunner(plan, opts.spawn, nWorkers) : null;
  const local = pool ? null : new BlockEngine(plan);
  const runner: EnsembleRunner = pool ?? new InProcessRunner(plan, local ?? new BlockEngine(plan));
  try {
    // in worker mode the pilot's engine is a temporary, released once the grids are built
    const grids = pilotGrids(plan, local ?? new BlockEngine(plan));
    return await runPasses(plan, runner, grids, exact, opts.onProgress);
  } finally {
    await runner.close();
  }
}

/** Grids from block 0, one scenario at a time (the pilot's values are released after each). */
function pilotGrids(plan: EnsemblePlan, engine: BlockEngine): SketchGrid[] {
  return plan.scenarios.map((_, s) => {
    const { values, n } = engine.pilot(s);
    return buildGrid(values, n, values.length / n);
  });
}

async function runPasses(
  plan: EnsemblePlan,
  runner: EnsembleRunner,
  grids: SketchGrid[],
  exact: boolean,
  onProgress: EnsembleOptions['onProgress'],
): Promise<ScenarioEnsemble[]> {
  const passes = exact ? 2 : 1;
  const total = plan.draws * passes;
  let done = 0;
  const progress = (block: number): void => {
    done += Math.min(plan.blockSize, plan.draws - block * plan.blockSize);
    onProgress?.(done, total);
  };

  const folders = plan.scenarios.map((sc) => new BlockSumFolder(sc.nColumns));
  const leads = plan.scenarios.map(() => new Float64Array(plan.draws));
  const nPerDraw = plan.perDrawSeries.length;
  const perDraw = plan.scenarios.map(() => new Float64Array(plan.draws * nPerDraw));
  const totals = plan.scenarios.map((sc) => emptyTotals(sc.nColumns));
  const addPartials = (partials: readonly SketchPartial[]): void => {
    for (let s = 0; s < partials.length; s++) addPartial(totals[s], partials[s]);
  };
  await runner.countPass(
    grids,
    (block, result) => {
      for (let s = 0; s < plan.scenarios.length; s++) {
        folders[s].add(block, result.sums[s]);
        leads[s].set(result.leads[s], block * plan.blockSize);
        perDraw[s].set(result.perDraw[s], block * plan.blockSize * nPerDraw);
      }
      if (result.partials) addPartials(result.partials);
      progress(block);
    },
    addPartials,
  );

  let exactParts: Parameters<typeof summarizeColumns>[5][] = plan.scenarios.map(() => null);
  if (exact) {
    const planned = plan.scenarios.map((_, s) => planTargets(grids[s], totals[s], plan.draws));
    const stores = planned.map((p) => new CandidateStore(p.layout));
    await runner.collectPass(
      planned.map((p) => p.targets),
      (block, result) => {
        for (let s = 0; s < plan.scenarios.length; s++) stores[s].add(result.slots[s], result.values[s]);
        progress(block);
      },
    );
    for (const store of stores) store.finish();
    exactParts = planned.map((p, s) => ({ targets: p.targets, layout: p.layout, store: stores[s] }));
  }

  return plan.scenarios.map((sc, s) => ({
    scenario: sc.name,
    draws: plan.draws,
    seed: plan.seed,
    failedDraws: 0,
    quantileMethod: exact ? 'exact' : 'sketch',
    firstMonth: sc.firstMonth,
    nMonths: sc.nMonths,
    quantiles: summarizeColumns(grids[s], totals[s], folders[s].totals, plan.draws, sc.nShown, exactParts[s]),
    raceThresholdMonths: sc.params[P.raceThresholdMonths],
    probabilities: outcomeProbabilities(leads[s], sc.params[P.raceThresholdMonths]),
    leadAt2028Dec: leads[s],
    perDraw: perDraw[s],
  }));
}
