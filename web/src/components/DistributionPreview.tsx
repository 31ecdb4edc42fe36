/**
 * A small picture of a belief's distribution as the engine draws it (beliefQuantiles: the
 * table's inverse CDF, then the scenario range's remap), beside the table's own: the density as
 * a histogram of 80 bins of equal probability (densityFromQuantiles), both on one scale, with
 * the 5th, 50th and 95th percentiles of yours marked, and the same numbers as text for screen
 * readers. Text is HTML under the drawing, so it is never scaled below the page's size.
 */
import {
  beliefQuantiles,
  densityFromQuantiles,
  fmt,
  type ParamName,
  type ParamRange,
  paramSpec,
} from '../lib.ts';

const BINS = 80;
/** Probabilities of the bin edges: the middle 99% (a lognormal's tail is cut at 0.5% and 99.5%). */
const EDGES = Array.from({ length: BINS + 1 }, (_, k) => 0.005 + (0.99 * k) / BINS);
const MARKS = [0.05, 0.5, 0.95];
const WIDTH = 300;
const HEIGHT = 64;

interface Picture {
  readonly edges: Float64Array;
  readonly density: Float64Array;
  readonly marks: Float64Array;
}

function picture(name: ParamName, range: ParamRange | undefined): Picture {
  return {
    ...densityFromQuantiles(EDGES, beliefQuantiles(name, range, EDGES)),
    marks: beliefQuantiles(name, range, MARKS),
  };
}

export interface DistributionPreviewProps {
  readonly name: ParamName;
  /** Your range, valid for a scenario file. */
  readonly range: ParamRange;
  /** True while what is typed is not (yet) a valid range: the picture shows the last valid one. */
  readonly stale: boolean;
}

export function DistributionPreview({ name, range, stale }: DistributionPreviewProps) {
  const spec = paramSpec(name);
  const yours = picture(name, range);
  const table = picture(name, undefined);
  const xLow = Math.min(yours.edges[0], table.edges[0]);
  const xHigh = Math.max(yours.edges[BINS], table.edges[BINS]);
  const dMax = Math.max(...yours.density, ...table.density);
  const x = (v: number) => (xHigh > xLow ? ((v - xLow) / (xHigh - xLow)) * WIDTH : WIDTH / 2);
  const y = (d: number) => HEIGHT - (dMax > 0 ? (d / dMax) * (HEIGHT - 4) : 0);
  const steps = (p: Picture): string => {
    let path = `M${x(p.edges[0]).toFixed(1)},${HEIGHT}`;
    for (let k = 0; k < BINS; k++) {
      const top = y(p.density[k]).toFixed(1);
      path += `L${x(p.edges[k]).toFixed(1)},${top}L${x(p.edges[k + 1]).toFixed(1)},${top}`;
    }
    return `${path}L${x(p.edges[BINS]).toFixed(1)},${HEIGHT}Z`;
  };
  const [p5, p50, p95] = yours.marks;
  const [t5, t50, t95] = table.marks;
  const text =
    `Your range as the model draws it: 5th percentile ${fmt(p5)}, median ${fmt(p50)}, 95th percentile ${fmt(p95)} ${spec.unit}` +
    ` (the table’s: ${fmt(t5)}, ${fmt(t50)}, ${fmt(t95)}).`;
  return (
    <figure class={`dist-preview${stale ? ' stale' : ''}`} data-testid={`preview-${name}`}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
        <path d={steps(table)} class="dist-table" />
        <path d={steps(yours)} class="dist-yours" />
        {[p5, p50, p95].map((v) => (
          <line x1={x(v)} x2={x(v)} y1={0} y2={HEIGHT} class="dist-mark" vector-effect="non-scaling-stroke" />
        ))}
      </svg>
      <div class="dist-axis" aria-hidden="true">
        <span>{fmt(xLow)}</span>
        <span>
          <span class="dist-key dist-key-yours" /> yours <span class="dist-key dist-key-table" /> table;
          lines: 5%, median, 95%
        </span>
        <span>{fmt(xHigh)}</span>
      </div>
      <figcaption class="param-note" data-testid={`preview-text-${name}`}>
        {stale ? 'Not a valid range yet; showing the last valid one. ' : ''}
        {text}
      </figcaption>
    </figure>
  );
}
