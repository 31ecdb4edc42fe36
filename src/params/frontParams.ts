/** §3–§6 The other fronts and the security indicators. */
import type { ParamSpec } from './paramSpec.ts';

export const FRONT_PARAMS: readonly ParamSpec[] = [
  {
    name: 'raceThresholdMonths', unit: 'months', central: 3, dist: { kind: 'fixed' }, sources: ['P10'], range: [0, 24],
    note: 'A lead under this is neck-and-neck: labs feel pressure to skip careful pre-deployment testing (spec §6, paper).',
  },
  {
    name: 'preDeploymentTestingMonths', unit: 'months', central: 2, dist: { kind: 'triangular', low: 1, high: 6 }, sources: ['P07'],
    range: [0, 24], note: 'Time a careful lab spends testing a frontier model before release. Judgement.',
  },
];
