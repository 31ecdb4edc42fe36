/**
 * Explorer links on the command line: `leadline run … --link` prints the link of a run, and
 * `leadline run --from-link LINK` runs what a link describes (the same scenarios, draws and
 * seed, so the same numbers as the page, bit for bit).
 */
import {
  type DecodedLink,
  decodeLink,
  explorerLink,
  type LinkContext,
  type LinkScenario,
  presetLinkContext,
  type Scenario,
  scenarioFile,
} from '../scenario/index.ts';
import type { DrawOptions } from './drawOptions.ts';
import { LEADLINE_VERSION } from './version.ts';

/** The bundled presets and this version. */
export function nodeLinkContext(): LinkContext {
  return presetLinkContext(LEADLINE_VERSION);
}

/** The explorer link of a run of `scenarios` (presets stay presets; files are written out in full). */
export function linkForRun(scenarios: readonly Scenario[], draws: DrawOptions, base?: string): string {
  const linkScenarios: LinkScenario[] = scenarios.map((sc) =>
    sc.source === `preset:${sc.name}`
      ? { preset: sc.name, fields: {} }
      : { preset: null, name: sc.name, fields: scenarioFile(sc) },
  );
  return explorerLink(
    { draws: draws.draws, seed: draws.seed, scenarios: linkScenarios },
    nodeLinkContext(),
    base,
  );
}

/** The run a link describes; an InputError (file "link") when it is malformed. */
export function runFromLink(link: string): DecodedLink {
  return decodeLink(link, nodeLinkContext());
}
