/**
 * Downloads: the scenario as YAML (loadable by `leadline run`), the results document as JSON
 * (the shape of `leadline run --json`), one CSV per scenario, each chart as SVG and PNG.
 */
import { stringify } from 'yaml';
import { csvFileNames, type ResultsDocument, runCsv, type Scenario, scenarioFile } from './lib.ts';

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }));
}

/**
 * A scenario file that `leadline run` and `leadline validate` read back as this scenario; its
 * header gives the command that runs it with the page's draws and seed (the CLI's defaults are
 * 2,000 draws, seed 1), so the command gives the page's numbers.
 */
export function scenarioYaml(
  scenario: Scenario,
  run: { readonly draws: number; readonly seed: number },
): string {
  const file = {
    ...scenarioFile(scenario),
    ...(scenario.description ? { description: scenario.description } : {}),
  };
  return `# leadline scenario, from the explorer. Run it with: leadline run ${scenario.name}.yaml --draws ${run.draws} --seed ${run.seed}\n${stringify(file)}`;
}

export function resultsJson(doc: ResultsDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function downloadCsvs(doc: ResultsDocument): void {
  const names = csvFileNames(doc.runs);
  doc.runs.forEach((run, i) => {
    downloadText(names[i], runCsv(run), 'text/csv');
  });
}

/** The chart rasterised at 2× through an <img> and a canvas (fonts are the page's). */
export async function downloadPng(name: string, svgMarkup: string): Promise<void> {
  const blob = await svgToPngBlob(svgMarkup, 2);
  downloadBlob(name, blob);
}

export async function svgToPngBlob(svgMarkup: string, scale: number): Promise<Blob> {
  const width = Number(/\swidth="([\d.]+)"/.exec(svgMarkup)?.[1] ?? 1000);
  const height = Number(/\sheight="([\d.]+)"/.exec(svgMarkup)?.[1] ?? 600);
  const url = URL.createObjectURL(new Blob([svgMarkup], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = 'white';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
