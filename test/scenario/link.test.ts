import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeLinkContext } from '../../src/cli/linkOptions.ts';
import {
  decodeLink,
  defaultLinkState,
  encodeLink,
  explorerLink,
  InputError,
  LINK_FORMAT_VERSION,
  type LinkState,
  scenarioFile,
} from '../../src/scenario/index.ts';
import { leversArbitrary } from '../helpers/leverDraws.ts';

const ctx = nodeLinkContext();

/** The fragment of a link whose JSON body is `body` (for hand-made and tampered links). */
function linkOf(body: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  return `#l=${Buffer.from(bytes).toString('base64url')}`;
}

function issuesOf(link: string): string[] {
  try {
    decodeLink(link, ctx);
  } catch (error) {
    if (error instanceof InputError) return error.message.split('\n');
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('encodeLink(state, ctx) / decodeLink(link, ctx)', () => {
  it('the default state encodes to the version fields alone', () => {
    const fragment = encodeLink(defaultLinkState(), ctx);
    const body = JSON.parse(Buffer.from(fragment.slice(2), 'base64url').toString('utf8'));
    expect(body).toEqual({ v: LINK_FORMAT_VERSION, m: ctx.version });
    expect(fragment.length).toBeLessThan(40);
  });

  it('decodes the default link to the three presets of `leadline run`, 2,000 draws, seed 1', () => {
    const { state, scenarios } = decodeLink(explorerLink(defaultLinkState(), ctx), ctx);
    expect(state.draws).toBe(2000);
    expect(state.seed).toBe(1);
    expect(scenarios.map((s) => [s.name, s.source])).toEqual([
      ['baseline', 'preset:baseline'],
      ['scenario-one', 'preset:scenario-one'],
      ['scenario-two', 'preset:scenario-two'],
    ]);
  });

  it('round-trips any levers, draws, seed and policy timing', () => {
    fc.assert(
      fc.property(
        leversArbitrary,
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('baseline', 'scenario-one', 'scenario-two', 'no-controls', null),
        (levers, draws, seed, rampMonths, preset) => {
          const state: LinkState = {
            draws,
            seed,
            scenarios: [
              { preset, fields: { levers, rampMonths } },
              { preset: 'baseline', fields: {} },
            ],
          };
          const decoded = decodeLink(explorerLink(state, ctx), ctx);
          expect(decoded.state.draws).toBe(draws);
          expect(decoded.state.seed).toBe(seed);
          const [first] = decoded.scenarios;
          const presetLevers = preset === null ? {} : (ctx.presetFile(preset)?.levers ?? {});
          expect(first.levers).toEqual({ ...presetLevers, ...levers });
          expect(first.rampMonths).toBe(rampMonths);
          // encoding what was decoded gives the same link
          expect(encodeLink(decoded.state, ctx)).toBe(encodeLink(state, ctx));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps only what differs from the preset', () => {
    const state: LinkState = {
      draws: 2000,
      seed: 1,
      scenarios: [
        // the baseline file sets no lever (policy of May 2026), so compare with scenario-one's
        { preset: 'scenario-one', fields: { levers: { chipExports: 'none', remoteAccess: 'open' } } },
      ],
    };
    const body = JSON.parse(Buffer.from(encodeLink(state, ctx).slice(2), 'base64url').toString('utf8'));
    expect(body.s).toEqual([{ p: 'scenario-one', levers: { remoteAccess: 'open' } }]);
  });

  it('accepts the fragment alone, "#l=…" or a whole URL', () => {
    const fragment = encodeLink({ ...defaultLinkState(), seed: 9 }, ctx);
    for (const link of [fragment, `#${fragment}`, `https://example.org/leadline/?x=1#${fragment}`]) {
      expect(decodeLink(link, ctx).state.seed).toBe(9);
    }
  });

  it('gives scenario ids that repeat a suffix', () => {
    const link = linkOf({ v: 1, m: ctx.version, s: [{ p: 'baseline' }, { p: 'baseline' }] });
    expect(decodeLink(link, ctx).scenarios.map((s) => s.name)).toEqual(['baseline', 'baseline-2']);
  });

  it('treats markup in a title as text', () => {
    const title = '<img src=x onerror=alert(1)>';
    const link = linkOf({ v: 1, m: ctx.version, s: [{ p: null, title }] });
    expect(decodeLink(link, ctx).scenarios[0].title).toBe(title);
  });

  it('notes a link made by an older version', () => {
    const { versionNote } = decodeLink(linkOf({ v: 1, m: '0.0.1' }), ctx);
    expect(versionNote).toContain('leadline 0.0.1');
  });
});

describe('a link with ranges (your beliefs about a distribution)', () => {
  const ranges = {
    smugglingLeakShare: { low: 0.01, high: 0.2 },
    westernGrowth2027: { low: 1.1, high: 3, central: 2.2 },
  };
  const state: LinkState = {
    draws: 500,
    seed: 4,
    scenarios: [
      { preset: 'baseline', fields: { ranges } },
      { preset: 'scenario-one', fields: { ranges } },
    ],
  };

  it('round-trips: the decoded scenarios carry the ranges, and the file form keeps them', () => {
    const decoded = decodeLink(encodeLink(state, ctx), ctx);
    expect(decoded.state).toEqual(state);
    for (const sc of decoded.scenarios) {
      expect(sc.ranges).toEqual(ranges);
      expect(scenarioFile(sc).ranges).toEqual(ranges);
    }
  });

  it('is refused, naming the range, when a bound is out of order', () => {
    expect(
      issuesOf(
        linkOf({
          v: 1,
          m: ctx.version,
          s: [{ p: 'baseline', ranges: { smugglingLeakShare: { low: 0.2, high: 0.1 } } }],
        }),
      ),
    ).toEqual(['link s[0].ranges.smugglingLeakShare.high: expected a number above low (0.2), found 0.1']);
  });
});

describe('decodeLink(bad link, ctx) throws an InputError naming what was wrong', () => {
  it('a link without the "l" key', () => {
    expect(issuesOf('https://example.org/#x=1')).toEqual([
      'link: expected a leadline link with "#l=…", found "https://example.org/#x=1"',
    ]);
  });

  it('a tampered payload: characters outside base64url, or bytes that are not JSON', () => {
    expect(issuesOf('#l=ab$c')[0]).toContain('expected base64url text');
    expect(issuesOf('#l=AAAA')[0]).toContain('JSON');
  });

  it('a link from a newer format or version', () => {
    expect(issuesOf(linkOf({ v: LINK_FORMAT_VERSION + 1, m: ctx.version }))).toEqual([
      `link v: expected link format ${LINK_FORMAT_VERSION} or older (the link is from a newer leadline), found ${LINK_FORMAT_VERSION + 1}`,
    ]);
    expect(issuesOf(linkOf({ v: 1, m: '99.0.0' }))[0]).toContain('from a newer leadline');
  });

  it('an out-of-range lever, an unknown lever, an unknown preset, draws out of range', () => {
    const issues = issuesOf(
      linkOf({
        v: 1,
        m: ctx.version,
        d: -5,
        s: [{ p: 'baseline', levers: { chipExports: 'h100', bogus: 1 } }, { p: 'nope' }],
      }),
    );
    expect(issues).toEqual([
      'link d: expected a whole number from 0 to 200000, found -5',
      'link s[0].levers.chipExports: expected one of none | h20 | h200 | blackwell, found "h100"',
      expect.stringMatching(/^link s\[0\]\.levers\.bogus: expected/),
      'link s[1].p: expected a preset, one of baseline | scenario-one | scenario-two | no-controls, or null, found "nope"',
    ]);
  });

  it('unknown top-level keys and too many scenarios', () => {
    expect(issuesOf(linkOf({ v: 1, m: ctx.version, x: 1 }))).toEqual([
      'link x: expected one of v, m, d, r, s, c, found "x"',
    ]);
    // an unknown scenario key is reported once, in the link's words (not again by the scenario schema)
    expect(issuesOf(linkOf({ v: 1, m: ctx.version, s: [{ p: 'scenario-one', evil: 1 }] }))).toEqual([
      'link s[0].evil: expected one of p, n, title, policyStart, rampMonths, start, end, levers, params, ranges, correlations, found "evil"',
    ]);
    expect(issuesOf(linkOf({ v: 1, m: ctx.version, s: [{}, {}, {}, {}] }))).toEqual([
      'link s: expected a list of 1 to 3 scenarios, found a list',
    ]);
  });

  it('a link too long to be one', () => {
    expect(issuesOf(`#l=${'A'.repeat(30_000)}`)[0]).toContain('at most 20000 characters');
  });
});
