/** Reading a results document (results.json) from disk (Node only), for `leadline report`. */
import { readFileSync } from 'node:fs';
import type { ResultsDocument } from '../analysis/results.ts';
import { messages } from './messages.ts';
import { parseResultsDocument, ResultsFileError } from './resultsFile.ts';

/** Reads and validates `path` as a results document of schemaVersion 1. */
export function readResultsFile(path: string): ResultsDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ResultsFileError(messages.cannotRead(path, reason(error)), path);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ResultsFileError(messages.notJson(path, reason(error)), path);
  }
  return parseResultsDocument(raw, path);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
