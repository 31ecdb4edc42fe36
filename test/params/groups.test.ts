import { describe, expect, it } from 'vitest';
import { PARAM_NAMES } from '../../src/core/index.ts';
import { groupOf, PARAM_GROUPS } from '../../src/params/index.ts';

describe('PARAM_GROUPS', () => {
  it('puts every parameter in exactly one group (a new parameter must be given one)', () => {
    const listed = PARAM_GROUPS.flatMap((g) => g.params);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...PARAM_NAMES].sort());
  });

  it('has unique ids and labels, and groupOf finds each parameter', () => {
    expect(new Set(PARAM_GROUPS.map((g) => g.id)).size).toBe(PARAM_GROUPS.length);
    expect(new Set(PARAM_GROUPS.map((g) => g.label)).size).toBe(PARAM_GROUPS.length);
    expect(groupOf('distillationPerYear').id).toBe('catchUp');
    expect(groupOf('rentedShareOpen').id).toBe('chipFlows');
  });
});
