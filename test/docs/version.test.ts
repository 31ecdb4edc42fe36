import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEADLINE_VERSION } from '../../src/analysis/version.ts';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('LEADLINE_VERSION', () => {
  it("equals package.json's version", () => {
    expect(LEADLINE_VERSION).toBe(manifest.version);
  });

  it('has a section of its own in CHANGELOG.md', () => {
    const changelog = readFileSync(new URL('../../CHANGELOG.md', import.meta.url), 'utf8');
    expect(changelog).toMatch(
      new RegExp(`^## \\[${LEADLINE_VERSION.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });
});
