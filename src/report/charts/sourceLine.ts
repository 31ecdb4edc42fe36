/** The provenance line every chart and table carries. */
import type { ResultsDocument } from '../../analysis/results.ts';

/** "leadline 0.1.0, 2,000 draws, seed 42", or "leadline 0.1.0, central parameters" when draws = 0. */
export function sourceLine(doc: Pick<ResultsDocument, 'leadlineVersion' | 'draws' | 'seed'>): string {
  const base = `leadline ${doc.leadlineVersion}`;
  if (doc.draws <= 0) return `${base}, central parameters`;
  // thousands separated, as the explorer's answer and the CLI's tables print a count of draws
  const draws = doc.draws === 1 ? '1 draw' : `${doc.draws.toLocaleString('en-US')} draws`;
  return `${base}, ${draws}, seed ${doc.seed}`;
}

export const PAPER_TITLE = '2028: Two scenarios for global AI leadership';
export const PAPER_URL = 'https://www.anthropic.com/research/2028-ai-leadership';
export const PAPER_CITATION = `Anthropic, “${PAPER_TITLE}” (May 2026)`;
