/** The report shows what each scenario sets beside its results, and when correlations were shared (issue 10 item 6). */
import { describe, expect, it } from 'vitest';
import { sharedCorrelationsNotice } from '../../src/analysis/scenarioSettings.ts';
import { htmlReport } from '../../src/report/htmlReport.ts';
import { markdownReport } from '../../src/report/markdownReport.ts';
import { methodNotes } from '../../src/report/reportText.ts';
import { settingsTable } from '../../src/report/settingsTable.ts';
import { loadPreset, parseScenarioText, scenarioFile } from '../../src/scenario/index.ts';
import { runCli, tempFiles } from '../cli/runCli.ts';
import { resultsFixture } from './fixtures/resultsFixture.ts';

const CORRELATED = `title: Correlated beliefs
correlations:
  - { a: distillationPerYear, b: spilloverPerYear, rho: -0.6 }
levers:
  remoteAccess: { value: closed, from: 2027-01, rampMonths: 6 }
params:
  rentedShareOpen: 0.04
`;

/** The fixture with definitions: baseline, scenario-one, and a correlated file in place of scenario-two. */
function documentWithDefinitions(draws = 500) {
  const doc = resultsFixture({ draws });
  doc.runs[0].definition = scenarioFile(loadPreset('baseline')) as Record<string, unknown>;
  doc.runs[1].definition = scenarioFile(loadPreset('scenario-one')) as Record<string, unknown>;
  doc.runs[2].definition = scenarioFile(parseScenarioText(CORRELATED, 'corr.yaml')) as Record<
    string,
    unknown
  >;
  return doc;
}

describe('settingsTable(doc)', () => {
  it('gives every lever with its timing, the pins and the correlations, one column per scenario', () => {
    const table = settingsTable(documentWithDefinitions());
    if (table === null) throw new Error('no table');
    const row = (name: string) => table.rows.find((r) => r[0] === name) ?? [];
    expect(row('remoteAccess')).toEqual([
      'remoteAccess',
      'open (policy of May 2026)',
      'closed from 2026-07, 12-month ramp',
      'closed from 2027-01, 6-month ramp',
    ]);
    expect(row('rentedShareOpen (pinned)')).toEqual(['rentedShareOpen (pinned)', '—', '—', '0.04']);
    expect(row('Correlations declared')[3]).toBe('distillationPerYear ~ spilloverPerYear, ρ = −0.6');
    expect(row('Months shown')[1]).toBe('2023-01 to 2030-12');
  });

  it('is left out for a document without definitions', () => {
    expect(settingsTable(resultsFixture())).toBeNull();
  });

  it('appears in report.md and report.html', () => {
    const doc = documentWithDefinitions();
    const md = markdownReport({ doc, charts: [], imagePath: () => '' });
    expect(md).toContain('| remoteAccess | open (policy of May 2026) | closed from 2026-07, 12-month ramp |');
    expect(htmlReport({ doc, charts: [] })).toContain('<td>closed from 2027-01, 6-month ramp</td>');
  });
});

describe('sharedCorrelationsNotice(doc)', () => {
  it('says which file’s correlations applied to which other scenarios', () => {
    const notice = sharedCorrelationsNotice(documentWithDefinitions());
    expect(notice).toContain('Correlations declared in scenario-two (distillationPerYear ~ spilloverPerYear');
    expect(notice).toContain('also to baseline, scenario-one');
    expect(methodNotes(documentWithDefinitions())).toContain(notice);
  });

  it('is null without draws, without correlations, and for a lone scenario', () => {
    expect(sharedCorrelationsNotice(documentWithDefinitions(0))).toBeNull();
    const doc = documentWithDefinitions();
    doc.runs = doc.runs.slice(0, 2);
    expect(sharedCorrelationsNotice(doc)).toBeNull();
    const lone = documentWithDefinitions();
    lone.runs = lone.runs.slice(2);
    expect(sharedCorrelationsNotice(lone)).toBeNull();
  });

  it('is printed on the terminal by leadline run', async () => {
    const { paths } = tempFiles({ 'corr.yaml': CORRELATED });
    const shared = await runCli(
      'run',
      'baseline',
      paths['corr.yaml'],
      '--draws',
      '20',
      '--workers',
      '1',
      '--no-report',
    );
    expect(shared.code).toBe(0);
    expect(shared.stdout).toContain(
      'Note: Correlations declared in corr (distillationPerYear ~ spilloverPerYear',
    );
    const alone = await runCli('run', 'baseline', '--draws', '20', '--workers', '1', '--no-report');
    expect(alone.stdout).not.toContain('Correlations declared');
  }, 60_000);
});
