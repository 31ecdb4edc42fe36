/** Controls shared by the target, discover and history views: scenario, month, run button, error. */
import type { AnalysisJob, AnalysisKind } from '../engine/analysisProtocol.ts';
import type { Scenario } from '../lib.ts';

export interface AnalysisRunning {
  readonly kind: AnalysisKind;
  readonly done: number;
  /** 0: not known ahead. */
  readonly total: number;
}

/** What each view needs from the container. */
export interface AnalysisViewProps {
  readonly scenarios: readonly Scenario[];
  readonly seed: number;
  readonly workers: number;
  readonly chartWidth: number;
  readonly running: AnalysisRunning | null;
  readonly error: string | null;
  readonly start: (job: AnalysisJob) => void;
}

/** "Running… 40%" or "Running… 1,234 settings evaluated". */
export function runningLabel(running: AnalysisRunning, unit: string): string {
  if (running.total > 0) return `Running… ${Math.round((100 * running.done) / running.total)}%`;
  return running.done > 0 ? `Running… ${running.done.toLocaleString('en-US')} ${unit}` : 'Running…';
}

/** A labelled <select>: options as [value, text] pairs. */
export function Choice(props: {
  readonly label: string;
  readonly options: readonly (readonly [string, string])[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly testId: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.options.map(([value, text]) => (
          <option value={value}>{text}</option>
        ))}
      </select>
    </label>
  );
}

/** A choice among the page's scenarios, by column; `value` is the column index. */
export function ScenarioChoice(props: {
  readonly label: string;
  readonly scenarios: readonly Scenario[];
  readonly value: number;
  readonly onChange: (column: number) => void;
  readonly testId: string;
}) {
  return (
    <Choice
      label={props.label}
      options={props.scenarios.map((s, i) => [String(i), s.title] as const)}
      value={String(props.value)}
      onChange={(v) => props.onChange(Number(v))}
      testId={props.testId}
    />
  );
}

/** December of each year from 2025 to the scenario's end ("YYYY-12"). */
export function decembers(scenario: Scenario | undefined): string[] {
  const end = scenario?.end ?? '2028-12';
  const endYear = Number(end.slice(0, 4)) - (end.endsWith('-12') ? 0 : 1);
  const out: string[] = [];
  for (let year = 2025; year <= endYear; year++) out.push(`${year}-12`);
  return out;
}

/** A choice of month among `months` ("YYYY-MM"). */
export function MonthChoice(props: {
  readonly label: string;
  readonly months: readonly string[];
  readonly value: string;
  readonly onChange: (month: string) => void;
  readonly testId: string;
}) {
  return <Choice {...props} options={props.months.map((m) => [m, m] as const)} />;
}

/** A number input that reports only values inside [min, max]. */
export function NumberChoice(props: {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly onChange: (value: number) => void;
  readonly testId: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        type="number"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        step={props.step}
        value={props.value}
        onChange={(e) => {
          const v = Number(e.currentTarget.value);
          if (e.currentTarget.value.trim() !== '' && Number.isFinite(v) && v >= props.min && v <= props.max)
            props.onChange(v);
        }}
      />
    </label>
  );
}

export function RunButton(props: {
  readonly kind: AnalysisKind;
  readonly running: AnalysisRunning | null;
  readonly unit: string;
  readonly text: string;
  readonly onClick: () => void;
}) {
  const mine = props.running?.kind === props.kind;
  return (
    <button type="button" data-analysis={props.kind} disabled={mine} onClick={props.onClick}>
      {mine && props.running ? runningLabel(props.running, props.unit) : props.text}
    </button>
  );
}

export function AnalysisError({ message }: { readonly message: string | null }) {
  return message ? (
    <p class="status error" role="alert">
      The analysis failed: {message}
    </p>
  ) : null;
}
