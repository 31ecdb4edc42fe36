/** fast-check arbitrary for a scenario's levers: any subset, each value inside what the schema accepts. */
import fc from 'fast-check';
import { CONTROL_LEVELS, EXPORT_TIERS, type Levers } from '../../src/scenario/levers.ts';

const unitInterval = fc.double({ min: 0, max: 1, noNaN: true });

export const leversArbitrary: fc.Arbitrary<Partial<Levers>> = fc.record(
  {
    chipExports: fc.constantFrom(...EXPORT_TIERS),
    smugglingEnforcement: fc.double({ min: 0.1, max: 10, noNaN: true }),
    locationVerification: fc.boolean(),
    remoteAccess: fc.constantFrom('open' as const, 'closed' as const),
    smeControls: fc.constantFrom(...CONTROL_LEVELS),
    hbmControls: fc.constantFrom(...CONTROL_LEVELS),
    distillationDeterrence: unitInterval,
    usAiExports: unitInterval,
    usAdoptionPush: unitInterval,
    prcAdoptionPush: unitInterval,
    prcSubsidies: unitInterval,
  },
  { requiredKeys: [] },
);
