/** One scenario column: its preset, title, policy start and ramp, and every lever by priority. */
import { LEVER_TEXT, PRIORITY_TITLE } from '../leverText.ts';
import { LEVER_NAMES, type LeverName, type LinkState, PRESET_NAMES } from '../lib.ts';
import {
  effectiveFile,
  leverSetting,
  leverTimingOf,
  leverValueOf,
  withFields,
  withLever,
  withPreset,
} from '../scenarioEdit.ts';
import { CorrelationEditor } from './CorrelationEditor.tsx';
import { LeverInput } from './LeverInput.tsx';

export interface ScenarioPanelProps {
  readonly state: LinkState;
  readonly column: number;
  readonly title: string;
  /** The scenario's colour in the charts. */
  readonly color: string;
  readonly onChange: (state: LinkState) => void;
  readonly onRemove?: () => void;
}

const GROUPS: readonly { title: string; levers: readonly LeverName[] }[] = [
  ...([1, 2, 3] as const).map((p) => ({
    title: PRIORITY_TITLE[p],
    levers: LEVER_NAMES.filter((n) => LEVER_TEXT[n].priority === p),
  })),
  {
    title: 'Context (not among the paper’s asks)',
    levers: LEVER_NAMES.filter((n) => LEVER_TEXT[n].priority === null),
  },
];

export function ScenarioPanel({ state, column, title, color, onChange, onRemove }: ScenarioPanelProps) {
  const sc = state.scenarios[column];
  const file = effectiveFile(sc);
  const id = (what: string) => `sc${column}-${what}`;
  return (
    <section class="scenario-panel" aria-labelledby={id('heading')}>
      <header>
        <h3 id={id('heading')}>
          <span class="swatch" style={{ background: color }} aria-hidden="true" /> {title}
        </h3>
        {onRemove && (
          <button type="button" class="link-button" onClick={onRemove} aria-label={`Remove ${title}`}>
            Remove
          </button>
        )}
      </header>
      <div class="field">
        <label for={id('preset')}>Start from</label>
        <select
          id={id('preset')}
          value={sc.preset ?? ''}
          onChange={(e) => onChange(withPreset(state, column, e.currentTarget.value))}
        >
          {sc.preset === null && <option value="">(from a scenario file)</option>}
          {PRESET_NAMES.map((name) => (
            <option value={name}>{name}</option>
          ))}
        </select>
      </div>
      <div class="field-pair">
        <div class="field">
          <label for={id('start')}>Policy starts</label>
          <input
            id={id('start')}
            type="month"
            min="2023-01"
            max="2040-12"
            value={file.policyStart ?? '2026-07'}
            onChange={(e) =>
              e.currentTarget.value &&
              onChange(withFields(state, column, { policyStart: e.currentTarget.value }))
            }
          />
        </div>
        <div class="field">
          <label for={id('ramp')}>Ramp (months)</label>
          <input
            id={id('ramp')}
            type="number"
            min={1}
            max={60}
            step={1}
            value={file.rampMonths ?? 12}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n) && n >= 1 && n <= 60)
                onChange(withFields(state, column, { rampMonths: n }));
            }}
          />
        </div>
      </div>
      <CorrelationEditor
        state={state}
        column={column}
        scenarioName={sc.name ?? sc.preset ?? `scenario-${column + 1}`}
        onChange={onChange}
      />
      {GROUPS.map((group) => (
        <fieldset class="lever-group">
          <legend>{group.title}</legend>
          {group.levers.map((name) => {
            const setting = file.levers?.[name];
            return (
              <LeverInput
                column={column}
                name={name}
                value={leverValueOf(setting)}
                timing={leverTimingOf(setting)}
                onChange={(value, timing) =>
                  onChange(withLever(state, column, name, leverSetting(value, timing)))
                }
              />
            );
          })}
        </fieldset>
      ))}
    </section>
  );
}
