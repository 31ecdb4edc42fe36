/** Links in the page: the presets bundled with the library, this version, the URL fragment. */
import {
  type DecodedLink,
  decodeLink,
  defaultLinkState,
  encodeLink,
  InputError,
  LEADLINE_VERSION,
  type LinkContext,
  type LinkState,
  presetLinkContext,
  type ScenarioFile,
} from './lib.ts';

const PRESETS = presetLinkContext(LEADLINE_VERSION);
/** Each preset's file, parsed from its YAML once: the page encodes links on every render. */
const presetFiles = new Map<string, ScenarioFile | undefined>();

export const LINK_CONTEXT: LinkContext = {
  ...PRESETS,
  presetFile(name) {
    if (!presetFiles.has(name)) presetFiles.set(name, PRESETS.presetFile(name));
    const file = presetFiles.get(name);
    // a copy, so no caller can change the cached file
    return file === undefined ? undefined : structuredClone(file);
  },
};

export interface LoadedState {
  readonly decoded: DecodedLink;
  /** Why the link was not used (shown to the reader as text), when it was not. */
  readonly problem?: string;
}

/** The state in `hash` ("#l=…"); defaults, with the reason, when it is missing or bad. */
export function stateFromHash(hash: string): LoadedState {
  const defaults = (): DecodedLink => decodeLink(encodeLink(defaultLinkState(), LINK_CONTEXT), LINK_CONTEXT);
  if (hash === '' || hash === '#') return { decoded: defaults() };
  try {
    return { decoded: decodeLink(hash, LINK_CONTEXT) };
  } catch (error) {
    const problem = error instanceof InputError ? error.message : String(error);
    return { decoded: defaults(), problem };
  }
}

/** Validates a state the page built (its own controls) into runnable scenarios. */
export function decodeState(state: LinkState): DecodedLink {
  return decodeLink(encodeLink(state, LINK_CONTEXT), LINK_CONTEXT);
}

export function hashOf(state: LinkState): string {
  return `#${encodeLink(state, LINK_CONTEXT)}`;
}

/** The page's address with `state` in its fragment. */
export function linkTo(state: LinkState): string {
  return `${location.href.replace(/#.*$/, '')}${hashOf(state)}`;
}
