/**
 * Your range for one uncertain parameter: its low and high ends (what the table's distribution
 * means by them: every draw's range, or the 5th and 95th percentiles of a lognormal) and its
 * central value. Checked with the scenario-file schema before it is applied, so the page takes
 * exactly what a scenario file's `ranges:` takes; a problem is shown beside the inputs.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  boundsMeaning,
  boundsOf,
  fmt,
  type ParamName,
  type ParamRange,
  paramSpec,
  scenarioFileSchema,
} from '../lib.ts';
import { centralMeaning, numberProblem } from '../rangeText.ts';
import { DistributionPreview } from './DistributionPreview.tsx';

export interface RangeEditorProps {
  readonly name: ParamName;
  readonly range: ParamRange;
  readonly onRange: (range: ParamRange) => void;
  readonly step: number;
}

/** The schema's message for a range, or null when a scenario file could hold it. */
export function rangeProblem(name: ParamName, range: ParamRange): string | null {
  const parsed = scenarioFileSchema.safeParse({ ranges: { [name]: range } });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join('.') ?? 'ranges'}: expected ${issue?.message ?? 'a valid range'}`;
}

/** The range the editor starts from: the table's bounds and central value. */
export function tableRange(name: ParamName): ParamRange {
  const spec = paramSpec(name);
  const [low, high] = boundsOf(spec.dist) ?? [spec.central, spec.central];
  return { low, high, central: spec.central };
}

export function RangeEditor({ name, range, onRange, step }: RangeEditorProps) {
  const spec = paramSpec(name);
  const meaning = boundsMeaning(spec.dist) === 'range' ? 'lowest draw' : '5th percentile';
  const meaningHigh = boundsMeaning(spec.dist) === 'range' ? 'highest draw' : '95th percentile';
  const [draft, setDraft] = useState<ParamRange>(range);
  const [problem, setProblem] = useState<string | null>(null);
  /** What is typed in a field and not yet committed (Enter or leaving the field): kept across re-renders. */
  const [typed, setTyped] = useState<Partial<Record<keyof ParamRange, string>>>({});
  // follow the applied range by value: the page re-renders while a run progresses, with a new
  // object each time, and that must not throw away what the reader is typing
  useEffect(() => setDraft(range), [range.low, range.high, range.central]);
  const set = (key: keyof ParamRange, value: number): void => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    setTyped((t) => ({ ...t, [key]: undefined }));
    const found = rangeProblem(name, next);
    setProblem(found);
    if (found === null) onRange(next);
  };
  // the preview follows what is typed, as soon as it is a range a scenario file could hold
  const typedRange: { -readonly [K in keyof ParamRange]: ParamRange[K] } = { ...draft };
  for (const key of ['low', 'central', 'high'] as const) {
    const text = typed[key];
    if (text !== undefined && text.trim() !== '' && Number.isFinite(Number(text)))
      typedRange[key] = Number(text);
  }
  const typedOk = rangeProblem(name, typedRange) === null;
  const id = `range-${name}`;
  const input = (key: keyof ParamRange, label: string) => (
    <label class="range-field">
      {label}
      <input
        id={`${id}-${key}`}
        type="number"
        step={step}
        value={typed[key] ?? draft[key] ?? spec.central}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setTyped((t) => ({ ...t, [key]: text }));
        }}
        onChange={(e) => {
          const text = e.currentTarget.value;
          // a number input gives '' for what it cannot read ("1e400", "abc"): say so, apply nothing
          const found = numberProblem(`ranges.${name}.${key}`, text, e.currentTarget.validity.badInput);
          if (found === null) set(key, Number(text));
          else setProblem(found);
        }}
      />
    </label>
  );
  return (
    <div class="range-editor" data-range={name}>
      <div class="range-fields">
        {input('low', `Low (${meaning})`)}
        {input('central', 'Central')}
        {input('high', `High (${meaningHigh})`)}
      </div>
      <DistributionPreview name={name} range={typedOk ? typedRange : range} stale={!typedOk} />
      <p class="param-note">
        Table: {fmt(tableRange(name).low)} to {fmt(tableRange(name).high)}, central {fmt(spec.central)}{' '}
        {spec.unit}. Your range keeps the table’s kind of distribution and is used in every draw of every
        scenario. {centralMeaning(spec.dist)}
      </p>
      {problem && (
        <p class="status error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
