/** "Your beliefs" (the short list) and "Advanced" (every other uncertain parameter). */
import { useState } from 'preact/hooks';
import { BELIEFS } from '../beliefs.ts';
import { type LinkState, PARAM_TABLE, type ParamName, type ParamRange } from '../lib.ts';
import { effectiveFile, withPin, withRange } from '../scenarioEdit.ts';
import { ParamRow } from './ParamRow.tsx';

export function Beliefs({
  state,
  onChange,
}: {
  readonly state: LinkState;
  readonly onChange: (s: LinkState) => void;
}) {
  const file = effectiveFile(state.scenarios[0]);
  const params = file.params ?? {};
  const ranges = (file.ranges ?? {}) as Partial<Record<ParamName, ParamRange>>;
  const pinned = (name: ParamName): number | undefined =>
    (params as Partial<Record<ParamName, number>>)[name];
  const [filter, setFilter] = useState('');
  const beliefNames = new Set<string>(BELIEFS.map((b) => b.name));
  const advanced = PARAM_TABLE.filter(
    (spec) =>
      !beliefNames.has(spec.name) &&
      spec.dist.kind !== 'fixed' &&
      (filter === '' ||
        `${spec.name} ${spec.unit} ${spec.note}`.toLowerCase().includes(filter.toLowerCase())),
  );
  return (
    <section class="beliefs" aria-labelledby="beliefs-heading">
      <h2 id="beliefs-heading">Your beliefs</h2>
      <p class="note">
        The parameters the answer leans on most, by our judgement. Each is drawn from its distribution in
        every Monte Carlo draw; pin one at a value, or give it your own range and central value, to say what
        you believe, in every scenario alike (a scenario file’s <code>params:</code> and <code>ranges:</code>
        ).
      </p>
      {BELIEFS.map((belief) => (
        <ParamRow
          name={belief.name}
          question={belief.question}
          pinned={pinned(belief.name)}
          onPin={(value) => onChange(withPin(state, belief.name, value))}
          range={ranges[belief.name]}
          onRange={(range) => onChange(withRange(state, belief.name, range))}
        />
      ))}
      <details class="advanced">
        <summary>Advanced: every other uncertain parameter</summary>
        <label class="filter">
          Filter <input type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} />
        </label>
        {advanced.map((spec) => (
          <ParamRow
            name={spec.name}
            pinned={pinned(spec.name)}
            onPin={(value) => onChange(withPin(state, spec.name, value))}
            range={ranges[spec.name]}
            onRange={(range) => onChange(withRange(state, spec.name, range))}
          />
        ))}
      </details>
    </section>
  );
}
