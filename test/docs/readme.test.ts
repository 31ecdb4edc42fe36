import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText, resolveScenario, runCentral } from '../../src/scenario/index.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README.md', () => {
  it('opens with the two set-up commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = firstBlock
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.split('#')[0].trim());
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it('its scenario example is a valid scenario file that runs', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(yaml).toBeDefined();
    const scenario = parseScenarioText(yaml ?? '', 'README.md');
    expect(scenario.levers.remoteAccess).toBe('closed');
    const ws = runCentral(resolveScenario(scenario));
    expect(Number.isFinite(ws.series.leadMonths[ws.nMonths - 1])).toBe(true);
  });

  it('its error example is the message the loader gives for the example with a typo', () => {
    const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const withTypo = yaml.replace('  remoteAccess: closed', '  chipExports: h100');
    let message = '';
    try {
      parseScenarioText(withTypo, 'my-scenario.yaml');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^my-scenario\.yaml:\d+:\d+ levers\.chipExports: /);
    expect(readme).toContain(`leadline: bad input\n${message}\n`);
  });
});
