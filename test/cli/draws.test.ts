import { describe, expect, it } from 'vitest';
import { parseDrawOutput, runEnsemble } from '../../src/analysis/index.ts';
import { nodeWorkers } from '../../src/analysis/node.ts';
import { PARAM_NAMES } from '../../src/core/index.ts';
import { loadPreset, resolveScenario } from '../../src/scenario/index.ts';
import { runCli } from './runCli.ts';

const OUTPUTS = ['leadMonths@2028-12', 'computeCN@2027-06'];

describe('leadline draws', () => {
  it('draws A B --output … prints the per-draw values the ensemble keeps, the same for 1 and 2 workers', async () => {
    const args = ['draws', 'baseline', 'scenario-one', '--draws', '1200', '--seed', '3'];
    for (const output of OUTPUTS) args.push('--output', output);
    const one = await runCli(...args, '--workers', '1');
    const two = await runCli(...args, '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'draw,seed,baseline:leadMonths@2028-12,baseline:computeCN@2027-06,scenario-one:leadMonths@2028-12,scenario-one:computeCN@2027-06',
    );
    expect(lines).toHaveLength(1201);
    const resolved = ['baseline', 'scenario-one'].map((n) => resolveScenario(loadPreset(n as 'baseline')));
    const ensembles = await runEnsemble(resolved, {
      draws: 1200,
      seed: 3,
      workers: 2,
      spawn: nodeWorkers,
      perDraw: OUTPUTS.map(parseDrawOutput),
    });
    for (const draw of [0, 1, 999, 1000, 1199]) {
      const cells = lines[draw + 1].split(',').map(Number);
      expect(cells.slice(0, 2)).toEqual([draw, 3]);
      expect(cells.slice(2, 4)).toEqual(Array.from(ensembles[0].perDraw.slice(draw * 2, draw * 2 + 2)));
      expect(cells.slice(4, 6)).toEqual(Array.from(ensembles[1].perDraw.slice(draw * 2, draw * 2 + 2)));
    }
  });

  it('--params adds every parameter; the default output is leadMonths@2028-12', async () => {
    const { code, stdout } = await runCli('draws', '--draws', '2', '--params', '--workers', '1');
    expect(code).toBe(0);
    const [header, first] = stdout.trimEnd().split('\n');
    expect(header).toBe(['draw', 'seed', 'leadMonths@2028-12', ...PARAM_NAMES].join(','));
    expect(first.split(',')).toHaveLength(3 + PARAM_NAMES.length);
  });

  it("an --output past the scenario's end is bad input (exit 2), not a column of blanks", async () => {
    const { code, stdout, stderr } = await runCli(
      'draws',
      'baseline',
      '--draws',
      '3',
      '--output',
      'leadMonths@2041-01',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      'option --output: expected a month up to scenario "baseline"\'s end, 2030-12, found "leadMonths@2041-01"',
    );
  });

  it('a bad --output is bad input (exit 2), named, before anything runs', async () => {
    const { code, stdout, stderr } = await runCli(
      'draws',
      '--output',
      'lead@2028-12',
      '--output',
      'leadMonths',
    );
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('option --output: expected a series name before');
    expect(stderr).toContain(
      'option --output: expected series@YYYY-MM, e.g. leadMonths@2028-12, found "leadMonths"',
    );
  });
});
