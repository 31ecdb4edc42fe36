/**
 * Explorer links: the whole state of a run (scenarios, levers, pinned parameters, draws, seed,
 * model version, and optionally one chart to show alone) in a URL fragment, so that the page,
 * `leadline run --link` and `leadline run --from-link` agree on what was run.
 *
 *   state ─encode─► {v, m, d?, r?, s?, c?} (only what differs from the defaults)
 *         ─► JSON ─► UTF-8 ─► base64url ─► "#l=…"
 *
 *   "#l=…" ─► base64url ─► JSON ─► envelope checks ─► each scenario: its preset's file with the
 *         link's fields laid over it ─► scenarioFileSchema (the schema of scenario files) ─► Scenario
 *
 * Decoding never evaluates anything: JSON.parse of plain text, then the zod schema. Every
 * problem is an InputError whose file is "link", naming the path, what was expected and what came.
 */
import { describeValue, InputError, type InputIssue, type PathSegment } from './errors.ts';
import { isPresetName, loadPreset, PRESET_NAMES } from './presets.ts';
import { SCENARIO_DEFAULTS, type Scenario } from './scenario.ts';
import { type ScenarioFile, scenarioFileSchema } from './schema.ts';
import { scenarioFile, toScenario } from './toScenario.ts';
import { issuesFromZod } from './zodIssues.ts';

/** Version of the link format (the `v` field). A link with a larger `v` is from a newer leadline. */
export const LINK_FORMAT_VERSION = 1;
/** The fragment key: `#l=<base64url>`. */
export const LINK_KEY = 'l';
/** Defaults a link leaves out (the same as `leadline run`'s). */
export const LINK_DEFAULTS = {
  draws: 2000,
  seed: 1,
  presets: ['baseline', 'scenario-one', 'scenario-two'],
} as const;
/** Draws a link may ask for (a browser runs them). */
export const LINK_MAX_DRAWS = 200_000;
/** Scenarios side by side. */
export const LINK_MAX_SCENARIOS = 3;
/** Longest link fragment read, in characters (a guard against pasted garbage). */
export const LINK_MAX_CHARS = 20_000;
/** Where the explorer lives unless told otherwise (`leadline explore`'s default address). */
export const DEFAULT_EXPLORER_URL = 'http://127.0.0.1:4178/';

/** The fields of a scenario file a link may set; they replace the preset's (levers and params key by key). */
export type LinkScenarioFields = Pick<
  ScenarioFile,
  'title' | 'policyStart' | 'rampMonths' | 'start' | 'end' | 'levers' | 'params' | 'ranges' | 'correlations'
>;

export interface LinkScenario {
  /** Preset it starts from; null: the schema defaults (the May-2026 policy timeline, no lever set). */
  readonly preset: string | null;
  /** Scenario id in results; defaults to the preset name, or "scenario-N". */
  readonly name?: string;
  readonly fields: LinkScenarioFields;
}

export interface LinkState {
  readonly draws: number;
  readonly seed: number;
  readonly scenarios: readonly LinkScenario[];
  /** A chart id to show alone (an embed), or undefined for the full page. */
  readonly chart?: string;
}

/** What a decoder needs from its host: the presets' files and the running version. */
export interface LinkContext {
  /** The preset's validated file, or undefined when there is no such preset. */
  readonly presetFile: (name: string) => ScenarioFile | undefined;
  readonly presetNames: readonly string[];
  /** leadline's version, e.g. "0.1.0". */
  readonly version: string;
}

export interface DecodedLink {
  readonly state: LinkState;
  /** The scenarios, validated, ready to resolve. */
  readonly scenarios: Scenario[];
  /** Set when the link was made by another version of leadline (its numbers may differ). */
  readonly versionNote?: string;
}

/** The context of the presets bundled with the library (the same in the CLI and the page). */
export function presetLinkContext(version: string): LinkContext {
  return {
    presetFile: (name) => (isPresetName(name) ? scenarioFile(loadPreset(name)) : undefined),
    presetNames: PRESET_NAMES,
    version,
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The default state: the three presets of `leadline run`, 2,000 draws, seed 1. */
export function defaultLinkState(): LinkState {
  return {
    draws: LINK_DEFAULTS.draws,
    seed: LINK_DEFAULTS.seed,
    scenarios: LINK_DEFAULTS.presets.map((preset) => ({ preset, fields: {} })),
  };
}

/** The fragment (without "#") for a state: only what differs from the defaults. */
export function encodeLink(state: LinkState, ctx: LinkContext): string {
  const body: { [key: string]: Json } = { v: LINK_FORMAT_VERSION, m: ctx.version };
  if (state.draws !== LINK_DEFAULTS.draws) body.d = state.draws;
  if (state.seed !== LINK_DEFAULTS.seed) body.r = state.seed;
  const scenarios = state.scenarios.map((sc) => compactScenario(sc, ctx));
  const isDefault =
    scenarios.length === LINK_DEFAULTS.presets.length &&
    scenarios.every((sc, i) => Object.keys(sc).length === 1 && sc.p === LINK_DEFAULTS.presets[i]);
  if (!isDefault) body.s = scenarios;
  if (state.chart !== undefined) body.c = state.chart;
  return `${LINK_KEY}=${toBase64Url(JSON.stringify(body))}`;
}

/** A full link: `base` (the explorer's address) with the fragment. */
export function explorerLink(state: LinkState, ctx: LinkContext, base = DEFAULT_EXPLORER_URL): string {
  return `${base.replace(/#.*$/, '')}#${encodeLink(state, ctx)}`;
}

/** Only the fields that differ from the preset's; levers and params key by key. */
function compactScenario(sc: LinkScenario, ctx: LinkContext): { [key: string]: Json } {
  const base: ScenarioFile =
    sc.preset === null ? { ...SCENARIO_DEFAULTS } : (ctx.presetFile(sc.preset) ?? {});
  const out: { [key: string]: Json } = { p: sc.preset };
  if (sc.name !== undefined && sc.name !== (sc.preset ?? undefined)) out.n = sc.name;
  for (const [key, value] of Object.entries(sc.fields) as [keyof LinkScenarioFields, unknown][]) {
    if (value === undefined) continue;
    if (key === 'levers' || key === 'params' || key === 'ranges') {
      const baseMap = (base[key] ?? {}) as Record<string, unknown>;
      const diff: { [key: string]: Json } = {};
      for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
        if (v !== undefined && JSON.stringify(v) !== JSON.stringify(baseMap[name])) diff[name] = v as Json;
      }
      if (Object.keys(diff).length > 0) out[key] = diff;
    } else if (JSON.stringify(value) !== JSON.stringify(base[key])) {
      out[key] = value as Json;
    }
  }
  return out;
}

/**
 * The state a fragment (or a whole URL) describes, with its scenarios validated through the
 * scenario-file schema. Throws InputError (file "link") naming what was wrong.
 */
export function decodeLink(link: string, ctx: LinkContext): DecodedLink {
  const payload = fragmentPayload(link);
  let text: string;
  try {
    text = fromBase64Url(payload);
  } catch {
    throw linkError([], 'base64url text (A–Z, a–z, 0–9, - and _)', 'text that does not decode');
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw linkError([], 'JSON inside the base64url text', 'text that is not JSON');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw linkError([], 'a mapping {v, m, …}', describeValue(body));
  }
  const fields = body as Record<string, unknown>;
  const known = new Set(['v', 'm', 'd', 'r', 's', 'c']);
  const issues: InputIssue[] = [];
  const add = (path: PathSegment[], expected: string, value: unknown): void => {
    issues.push({ file: 'link', path, expected, found: describeValue(value) });
  };
  for (const key of Object.keys(fields)) if (!known.has(key)) add([key], 'one of v, m, d, r, s, c', key);

  const v = fields.v;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    add(['v'], `the link format version ${LINK_FORMAT_VERSION}`, v);
  } else if (v > LINK_FORMAT_VERSION) {
    add(['v'], `link format ${LINK_FORMAT_VERSION} or older (the link is from a newer leadline)`, v);
  }
  const m = fields.m;
  let versionNote: string | undefined;
  if (typeof m !== 'string' || !/^\d+\.\d+\.\d+$/.test(m)) {
    add(['m'], 'a leadline version "X.Y.Z"', m);
  } else if (compareVersions(m, ctx.version) > 0) {
    add(['m'], `leadline ${ctx.version} or older (the link is from a newer leadline)`, m);
  } else if (m !== ctx.version) {
    versionNote = `This link was made with leadline ${m}; this is ${ctx.version}, so its numbers may differ.`;
  }
  const draws = integerField(fields.d, LINK_DEFAULTS.draws, 0, LINK_MAX_DRAWS, ['d'], add);
  const seed = integerField(fields.r, LINK_DEFAULTS.seed, 0, Number.MAX_SAFE_INTEGER, ['r'], add);
  const chart = fields.c;
  if (chart !== undefined && (typeof chart !== 'string' || !/^[a-z][a-z-]{0,31}$/.test(chart))) {
    add(['c'], 'a chart id (lower-case letters and hyphens)', chart);
  }
  const rawScenarios =
    fields.s === undefined ? LINK_DEFAULTS.presets.map((p) => ({ p }) as Record<string, unknown>) : fields.s;
  if (!Array.isArray(rawScenarios) || rawScenarios.length < 1 || rawScenarios.length > LINK_MAX_SCENARIOS) {
    add(['s'], `a list of 1 to ${LINK_MAX_SCENARIOS} scenarios`, rawScenarios);
    throw new InputError(issues);
  }
  const decoded = rawScenarios.map((raw, i) => decodeScenario(raw, i, ctx, issues));
  if (issues.length > 0) throw new InputError(issues);
  const scenarios = decoded.map((d) => d?.scenario as Scenario);
  uniqueNames(scenarios);
  const state: LinkState = {
    draws,
    seed,
    scenarios: decoded.map((d) => d?.link as LinkScenario),
    ...(typeof chart === 'string' ? { chart } : {}),
  };
  return { state, scenarios, ...(versionNote ? { versionNote } : {}) };
}

/** The base64url payload of "#l=…", "l=…" or a URL holding either. */
function fragmentPayload(link: string): string {
  const trimmed = link.trim();
  if (trimmed.length > LINK_MAX_CHARS) {
    throw linkError([], `a link of at most ${LINK_MAX_CHARS} characters`, `${trimmed.length} characters`);
  }
  const hash = trimmed.includes('#') ? trimmed.slice(trimmed.indexOf('#') + 1) : trimmed;
  const params = new URLSearchParams(hash);
  const payload = params.get(LINK_KEY);
  if (payload === null || payload === '') {
    throw linkError([], `a leadline link with "#${LINK_KEY}=…"`, describeValue(trimmed));
  }
  return payload;
}

const SCENARIO_KEYS = [
  'p',
  'n',
  'title',
  'policyStart',
  'rampMonths',
  'start',
  'end',
  'levers',
  'params',
  'ranges',
  'correlations',
];

function decodeScenario(
  raw: unknown,
  i: number,
  ctx: LinkContext,
  issues: InputIssue[],
): { scenario: Scenario; link: LinkScenario } | undefined {
  const at = (path: PathSegment[]): PathSegment[] => ['s', i, ...path];
  const add = (path: PathSegment[], expected: string, value: unknown): void => {
    issues.push({ file: 'link', path: at(path), expected, found: describeValue(value) });
  };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    add([], 'a mapping {p, …}', raw);
    return undefined;
  }
  const fields = raw as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (!SCENARIO_KEYS.includes(key)) add([key], `one of ${SCENARIO_KEYS.join(', ')}`, key);
  }
  const preset = fields.p ?? null;
  let base: ScenarioFile = {};
  if (preset !== null) {
    const file = typeof preset === 'string' ? ctx.presetFile(preset) : undefined;
    if (file === undefined) {
      add(['p'], `a preset, one of ${ctx.presetNames.join(' | ')}, or null`, preset);
      return undefined;
    }
    base = file;
  }
  const name = fields.n;
  if (name !== undefined && (typeof name !== 'string' || !/^[\w.-]{1,40}$/.test(name))) {
    add(['n'], 'a scenario id of 1 to 40 letters, digits, ".", "_" or "-"', name);
    return undefined;
  }
  // unknown keys were reported above; leave them out of the merge so the scenario-file schema
  // does not report them a second time in its own words
  const overrides = Object.fromEntries(
    Object.entries(fields).filter(([key]) => key !== 'p' && key !== 'n' && SCENARIO_KEYS.includes(key)),
  );
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const key of ['levers', 'params', 'ranges'] as const) {
    const over = overrides[key];
    if (over !== null && typeof over === 'object' && !Array.isArray(over)) {
      merged[key] = { ...(base[key] ?? {}), ...over };
    }
  }
  const result = scenarioFileSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      for (const found of issuesFromZod(issue, merged, 'link', () => ({}))) {
        issues.push({ ...found, path: at(found.path as PathSegment[]) });
      }
    }
    return undefined;
  }
  const id = typeof name === 'string' ? name : typeof preset === 'string' ? preset : `scenario-${i + 1}`;
  const unchanged = typeof preset === 'string' && Object.keys(overrides).length === 0;
  const scenario = toScenario(result.data, id, unchanged ? `preset:${preset}` : `link:s[${i}]`);
  const linkFields = overrides as LinkScenarioFields;
  const link: LinkScenario = {
    preset: typeof preset === 'string' ? preset : null,
    ...(typeof name === 'string' ? { name } : {}),
    fields: linkFields,
  };
  return { scenario, link };
}

/** Scenario ids in a run must differ: later duplicates get "-2", "-3", … */
function uniqueNames(scenarios: Scenario[]): void {
  const seen = new Set<string>();
  scenarios.forEach((sc, i) => {
    let name = sc.name;
    for (let k = 2; seen.has(name); k++) name = `${sc.name}-${k}`;
    seen.add(name);
    if (name !== sc.name) scenarios[i] = { ...sc, name, title: sc.title === sc.name ? name : sc.title };
  });
}

function integerField(
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  path: PathSegment[],
  add: (path: PathSegment[], expected: string, value: unknown) => void,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    add(path, `a whole number from ${min} to ${max}`, value);
    return fallback;
  }
  return value;
}

/** Sign of a − b for "X.Y.Z" versions. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return Math.sign((pa[i] ?? 0) - (pb[i] ?? 0));
  return 0;
}

function linkError(path: PathSegment[], expected: string, found: string): InputError {
  return new InputError([{ file: 'link', path, expected, found }]);
}

/** UTF-8 text → base64url without padding (RFC 4648 §5). */
function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url → UTF-8 text; throws on characters outside the alphabet or invalid UTF-8. */
function fromBase64Url(payload: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(payload)) throw new Error('not base64url');
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
