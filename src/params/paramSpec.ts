import type { ParamName } from '../core/index.ts';
import type { Distribution } from './distribution.ts';

/** One row of the parameter table. */
export interface ParamSpec {
  readonly name: ParamName;
  /** Unit of the value, e.g. "H100e/year", "OOM/year", "share". */
  readonly unit: string;
  /** Central value, used by deterministic runs and as the distribution's mode/median. */
  readonly central: number;
  readonly dist: Distribution;
  /** Fact ids (data/sources.csv) or URLs. Empty only when `calibrated` is set. */
  readonly sources: readonly string[];
  /** The paper check(s) or data point this value is calibrated to, when calibrated. */
  readonly calibrated?: string;
  /** Smallest and largest values the engine supports (scenario overrides are checked against it). */
  readonly range: readonly [number, number];
  /** Why this value, in a sentence or two. */
  readonly note: string;
}
