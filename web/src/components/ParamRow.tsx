/**
 * One uncertain parameter: unit, central value, distribution and range, its sources one click
 * away (fact, value and URL from data/sources.csv), and a control that pins it at a value in
 * every draw of every scenario (or leaves it drawn from its distribution).
 */
import { describeDistribution, fmt, type ParamName, type ParamRange, paramSpec } from '../lib.ts';
import { SOURCES, safeUrl } from '../sources.ts';
import { RangeEditor, tableRange } from './RangeEditor.tsx';

export interface ParamRowProps {
  readonly name: ParamName;
  readonly question?: string;
  /** The pinned value, or undefined when drawn. */
  readonly pinned: number | undefined;
  readonly onPin: (value: number | undefined) => void;
  /** Your range, or undefined when drawn from the table's distribution. */
  readonly range: ParamRange | undefined;
  readonly onRange: (range: ParamRange | undefined) => void;
}

export function ParamRow({ name, question, pinned, onPin, range, onRange }: ParamRowProps) {
  const spec = paramSpec(name);
  const [low, high] = spec.range;
  const id = `param-${name}`;
  const step = stepOf(low, high);
  return (
    <div class="param-row">
      <div class="param-head">
        <label for={id}>
          {question ?? name} <code>{name}</code>
        </label>
        <span class="param-meta">
          central {fmt(spec.central)} {spec.unit}; {describeDistribution(spec.dist)}; allowed {fmt(low)}–
          {fmt(high)}
        </span>
      </div>
      <div class="param-control">
        <label class="pin">
          <input
            type="checkbox"
            id={`${id}-pin`}
            checked={pinned !== undefined}
            onChange={(e) => onPin(e.currentTarget.checked ? spec.central : undefined)}
          />{' '}
          pin
        </label>
        <label class="pin">
          <input
            type="checkbox"
            id={`${id}-own-range`}
            checked={range !== undefined}
            onChange={(e) => onRange(e.currentTarget.checked ? tableRange(name) : undefined)}
          />{' '}
          my range
        </label>
        <input
          id={id}
          type="number"
          min={low}
          max={high}
          step={step}
          value={pinned ?? spec.central}
          disabled={pinned === undefined}
          aria-describedby={`${id}-unit`}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isFinite(value) && value >= low && value <= high) onPin(value);
          }}
        />
        <span id={`${id}-unit`} class="unit">
          {spec.unit}
        </span>
      </div>
      {range !== undefined && <RangeEditor name={name} range={range} onRange={onRange} step={step} />}
      {spec.sources.length > 0 && (
        <details class="sources">
          <summary>Sources ({spec.sources.join(', ')})</summary>
          <ul>
            {spec.sources.map((sourceId) => {
              const fact = SOURCES.get(sourceId);
              if (!fact) {
                const direct = safeUrl(sourceId);
                return (
                  <li>
                    {direct ? (
                      <a href={direct} target="_blank" rel="noopener noreferrer">
                        {sourceId}
                      </a>
                    ) : (
                      sourceId
                    )}
                  </li>
                );
              }
              const url = safeUrl(fact.url);
              return (
                <li>
                  <strong>{fact.id}</strong> {fact.quantity}: {fact.value} {fact.unit}.{' '}
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {fact.title}
                    </a>
                  ) : (
                    fact.title
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {spec.calibrated && <p class="param-note">Calibrated: {spec.calibrated}</p>}
    </div>
  );
}

function stepOf(low: number, high: number): number {
  const span = high - low;
  if (span <= 0) return 1;
  return 10 ** Math.floor(Math.log10(span) - 2);
}
