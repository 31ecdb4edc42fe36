/** One lever: its paper wording and priority, a control for its value, and its own timing. */
import { LEVER_TEXT } from '../leverText.ts';
import { LEVER_TABLE, type LeverName, type LeverRow, POLICY_OF_MAY_2026 } from '../lib.ts';
import type { LeverTimingInput, LeverValue } from '../scenarioEdit.ts';

export interface LeverInputProps {
  readonly column: number;
  readonly name: LeverName;
  readonly value: LeverValue | undefined;
  readonly timing: LeverTimingInput;
  readonly onChange: (value: LeverValue, timing: LeverTimingInput) => void;
}

export function LeverInput({ column, name, value, timing, onChange }: LeverInputProps) {
  const row = LEVER_TABLE[name] as LeverRow;
  const text = LEVER_TEXT[name];
  const id = `lever-${column}-${name}`;
  const set = (v: LeverValue) => onChange(v, timing);
  // the value an unset lever keeps: the policy of May 2026 (scenario/policyOfMay2026.ts)
  const may = POLICY_OF_MAY_2026[name];
  const mayValue = typeof may === 'number' ? may : row.kind === 'number' ? row.range[0] : 0;
  return (
    <div class="lever">
      <label for={id} class="lever-label">
        {text.label}
        {text.priority !== null && (
          <span class={`priority p${text.priority}`} title={`The paper's priority ${text.priority}`}>
            P{text.priority}
          </span>
        )}
      </label>
      <div class="lever-control">
        {row.kind === 'choice' && (
          <select
            id={id}
            value={value === undefined ? '' : String(value)}
            onChange={(e) => set(e.currentTarget.value)}
          >
            {value === undefined && <option value="">May-2026 policy (not set)</option>}
            {row.values.map((v) => (
              <option value={v}>
                {(text as { valueLabels?: Record<string, string> }).valueLabels?.[v] ?? v}
              </option>
            ))}
          </select>
        )}
        {row.kind === 'boolean' && (
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            onChange={(e) => set(e.currentTarget.checked)}
          />
        )}
        {row.kind === 'number' && (
          <>
            <input
              id={id}
              type="range"
              min={row.range[0]}
              max={row.range[1]}
              step={row.range[1] > 1 ? 0.1 : 0.05}
              // not set: the thumb sits at the policy of May 2026 (what the model then uses), muted
              value={typeof value === 'number' ? value : mayValue}
              class={typeof value === 'number' ? undefined : 'unset'}
              aria-valuetext={
                typeof value === 'number'
                  ? `${value} ${row.unit}`
                  : `not set: the May-2026 policy, ${mayValue} ${row.unit}`
              }
              onInput={(e) => set(Number(e.currentTarget.value))}
            />
            <output for={id} class={typeof value === 'number' ? undefined : 'unset'}>
              {typeof value === 'number' ? value : `not set (May 2026: ${mayValue})`}
            </output>
          </>
        )}
      </div>
      <p class="lever-hint">{text.hint}</p>
      {value !== undefined && (
        <details class="lever-timing">
          <summary>
            Timing{timing.from ? `: from ${timing.from}` : ''}
            {timing.rampMonths ? `, ${timing.rampMonths}-month ramp` : ''}
          </summary>
          <label>
            Starts{' '}
            <input
              type="month"
              value={timing.from ?? ''}
              min="2023-01"
              max="2040-12"
              onChange={(e) => {
                const from = e.currentTarget.value;
                onChange(value, { ...timing, from: from === '' ? undefined : from });
              }}
            />
          </label>{' '}
          <label>
            Ramp (months){' '}
            <input
              type="number"
              min={1}
              max={60}
              step={1}
              value={timing.rampMonths ?? ''}
              placeholder="policy ramp"
              onChange={(e) => {
                const n = Number(e.currentTarget.value);
                onChange(value, {
                  ...timing,
                  rampMonths: e.currentTarget.value === '' || !Number.isInteger(n) ? undefined : n,
                });
              }}
            />
          </label>
        </details>
      )}
    </div>
  );
}
