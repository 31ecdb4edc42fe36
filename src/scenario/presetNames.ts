/** The preset scenarios of spec §8 (their files are scenarios/<name>.yaml). */
export const PRESET_NAMES = ['baseline', 'scenario-one', 'scenario-two', 'no-controls'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
