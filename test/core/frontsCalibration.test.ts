/**
 * The fronts' calibration points (data/fronts-calibration.csv) and the front checks FC1–FC3, at
 * central parameters. Rows with role "fit" are the data the calibrated parameters were tuned to;
 * rows with role "check" were not fitted and test the model out of sample; "context" rows are
 * shown in docs/MODEL.md (§3–§6) and not tested. Inference scarcity (demand / supply) is not a series:
 * it is recomputed here from the series and the parameter table, as the spec defines it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckContext, PresetName } from '../../src/analysis/checkTypes.ts';
import { FRONT_CHECKS } from '../../src/analysis/frontChecks.ts';
import {
  monthIndex,
  P,
  type ParamName,
  parseMonth,
  type SeriesName,
  type Workspace,
} from '../../src/core/index.ts';
import type { Levers } from '../../src/scenario/levers.ts';
import { loadPreset } from '../../src/scenario/presets.ts';
import { resolveScenario, runCentral, type Scenario } from '../../src/scenario/scenario.ts';

/** The presets' levers as literals (checked against scenarios/*.yaml below). */
const PRESET_LEVERS: Readonly<Record<PresetName, Partial<Levers>>> = {
  // the baseline sets no lever: the policy of May 2026 (src/scenario/policyOfMay2026.ts)
  baseline: {},
  'scenario-one': {
    chipExports: 'none',
    smugglingEnforcement: 3,
    locationVerification: true,
    remoteAccess: 'closed',
    smeControls: 'tightened',
    hbmControls: 'tightened',
    distillationDeterrence: 0.9,
    usAiExports: 0.8,
    usAdoptionPush: 0.5,
    prcAdoptionPush: 0.6,
    prcSubsidies: 0.4,
  },
  'scenario-two': {
    chipExports: 'blackwell',
    smugglingEnforcement: 0.5,
    locationVerification: false,
    remoteAccess: 'open',
    smeControls: 'loosened',
    hbmControls: 'loosened',
    distillationDeterrence: 0,
    usAiExports: 0.1,
    usAdoptionPush: 0.3,
    prcAdoptionPush: 0.8,
    prcSubsidies: 0.8,
  },
};

function presetScenario(
  name: PresetName,
  levers: Partial<Levers> = {},
  params: Partial<Record<ParamName, number>> = {},
): Scenario {
  return {
    name,
    title: name,
    description: '',
    source: 'test',
    levers: { ...PRESET_LEVERS[name], ...levers },
    policyStart: '2026-07',
    rampMonths: 12,
    start: '2023-01',
    end: '2030-12',
    params,
    correlations: [],
  };
}

const context: CheckContext = {
  resolve: (name, overrides) => resolveScenario(presetScenario(name, overrides?.levers, overrides?.params)),
};

// --- data/fronts-calibration.csv -----------------------------------------------------------

interface CalibrationRow {
  readonly id: string;
  readonly source: string;
  readonly date: string;
  readonly measure: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly role: 'fit' | 'check' | 'context';
}

/** RFC 4180 fields: commas inside double quotes, "" for a quote. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

function readCalibration(): CalibrationRow[] {
  const text = readFileSync(new URL('../../data/fronts-calibration.csv', import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const columns = parseCsvLine(header);
  return lines.map((line) => {
    const fields = parseCsvLine(line);
    if (fields.length !== columns.length)
      throw new Error(`fronts-calibration.csv: ${fields[0]} has ${fields.length} fields`);
    const row = Object.fromEntries(columns.map((c, i) => [c, fields[i]])) as Record<string, string>;
    const bound = (x: string): number | null => (x === '' ? null : Number(x));
    return {
      id: row.id,
      source: row.source,
      date: row.date,
      measure: row.measure,
      low: bound(row.low),
      high: bound(row.high),
      role: row.role as CalibrationRow['role'],
    };
  });
}

/**
 * Inference demand / supply D_b / S_b (spec §3): D = A · Dfull · F, F = 10^(I t − Δa),
 * a = x − log10 T, S = (1 − ψ) ι C.
 */
function scarcity(ws: Workspace, params: Float64Array, bloc: 'US' | 'CN', m: number): number {
  const s = ws.series;
  const [adoption, compute, effective, log10T] =
    bloc === 'US'
      ? [s.adoptionUS, s.computeUS, s.effectiveComputeUS, ws.log10TrainingUS]
      : [s.adoptionCN, s.computeCN, s.effectiveComputeCN, ws.log10TrainingCN];
  const psi = params[bloc === 'US' ? P.researchShareUS : P.researchShareCN];
  const demandFull =
    params[P.inferenceDemandFullUS2023] * (bloc === 'US' ? 1 : params[P.inferenceDemandRatioCN]);
  const algoGain = effective[m] - log10T[m] - (effective[0] - log10T[0]);
  const perAdopter = 10 ** ((params[P.inferenceIntensityGrowthOOM] * m) / 12 - algoGain);
  return (
    (adoption[m] * demandFull * perAdopter) / ((1 - psi) * params[P.inferenceShareOfNonResearch] * compute[m])
  );
}

/** Evaluates a measure of the vocabulary used in the CSV on a central baseline run. */
function measure(text: string, ws: Workspace, params: Float64Array): number {
  const [kind, rest] = text.split(':');
  const [what, when] = rest.split('@');
  const series = (name: string): Float64Array => ws.series[name as SeriesName];
  switch (kind) {
    case 'value':
      return series(what)[parseMonth(when)];
    case 'ratio': {
      const [a, b] = what.split('/');
      return series(a)[parseMonth(when)] / series(b)[parseMonth(when)];
    }
    case 'mean': {
      const year = Number(when);
      let total = 0;
      for (let m = monthIndex(year, 1); m <= monthIndex(year, 12); m++) total += series(what)[m];
      return total / 12;
    }
    case 'change': {
      const [from, to] = when.split('..');
      return series(what)[parseMonth(to)] - series(what)[parseMonth(from)];
    }
    case 'scarcity':
      return scarcity(ws, params, what as 'US' | 'CN', parseMonth(when));
    default:
      throw new Error(`unknown measure ${text}`);
  }
}

describe('data/fronts-calibration.csv at central parameters (baseline)', () => {
  const rows = readCalibration();
  const resolved = resolveScenario(presetScenario('baseline'));
  const ws = runCentral(resolved);

  it('has fit rows for adoption, inference balance and shares, each with a source', () => {
    const fitted = rows.filter((r) => r.role === 'fit').map((r) => r.id);
    expect(fitted).toEqual(expect.arrayContaining(['A1', 'A2', 'A3', 'A5', 'I1', 'I2', 'S1']));
    for (const row of rows) expect(row.source).not.toBe('');
  });

  for (const row of rows.filter((r) => r.role !== 'context')) {
    it(`${row.id} (${row.role}, ${row.source.startsWith('http') ? 'URL' : row.source}, ${row.date}): ${row.measure} in [${row.low ?? '−∞'}, ${row.high ?? '∞'}]`, () => {
      const value = measure(row.measure, ws, resolved.params);
      if (row.low !== null) expect(value).toBeGreaterThanOrEqual(row.low);
      if (row.high !== null) expect(value).toBeLessThanOrEqual(row.high);
    });
  }

  it('context rows evaluate to a number (shown in docs/MODEL.md (§3–§6))', () => {
    for (const row of rows.filter((r) => r.role === 'context')) {
      expect(Number.isFinite(measure(row.measure, ws, resolved.params))).toBe(true);
    }
  });
});

// --- FC1–FC3 -----------------------------------------------------------------------------

describe('FRONT_CHECKS', () => {
  it('are FC1, FC2, FC3', () => {
    expect(FRONT_CHECKS.map((c) => c.id)).toEqual(['FC1', 'FC2', 'FC3']);
  });

  for (const check of FRONT_CHECKS) {
    it(`${check.id}.run(ctx) passes at central parameters: ${check.description}`, () => {
      const result = check.run(context);
      expect(result.id).toBe(check.id);
      expect(result.value).not.toBeNull();
      expect(result.target).not.toBeNull();
      expect(result.pass, result.detail).toBe(true);
    });
  }

  it('FC3.run(ctx) fails when the push has no effect (adoptionPushGain = 0)', () => {
    const noPush: CheckContext = {
      resolve: (name, overrides) =>
        context.resolve(name, { ...overrides, params: { ...overrides?.params, adoptionPushGain: 0 } }),
    };
    const fc3 = FRONT_CHECKS.find((c) => c.id === 'FC3');
    expect(fc3?.run(noPush).pass).toBe(false);
  });
});

describe('PRESET_LEVERS', () => {
  for (const name of Object.keys(PRESET_LEVERS) as PresetName[]) {
    it(`match scenarios/${name}.yaml`, () => {
      expect(loadPreset(name).levers).toEqual(PRESET_LEVERS[name]);
    });
  }
});
