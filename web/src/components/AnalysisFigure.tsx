/**
 * An analysis's chart with its text summary, downloads (SVG and PNG of the chart; the result as
 * CSV and as JSON, the shape of the CLI's `--csv` and `--json`) and a table view
 * (`data-testid` FILE-table). Used by the policy views, the least policy, discovery and history.
 */
import { downloadText } from '../downloads.ts';
import type { Table } from '../lib.ts';
import { SvgFigure } from './SvgFigure.tsx';
import { TableView } from './TableView.tsx';

export function AnalysisFigure(props: {
  readonly markup: string;
  readonly label: string;
  /** File stem of the downloads. */
  readonly file: string;
  readonly summary: string;
  readonly table: Table;
  /** The result as CSV and as JSON text, offered for download when given. */
  readonly csv?: string;
  readonly json?: string;
}) {
  const { csv, json, file } = props;
  return (
    <>
      <SvgFigure markup={props.markup} label={props.label} file={file} summary={props.summary} />
      {(csv !== undefined || json !== undefined) && (
        <div class="buttons analysis-downloads">
          {csv !== undefined && (
            <button type="button" onClick={() => downloadText(`${file}.csv`, csv, 'text/csv')}>
              {file}.csv
            </button>
          )}
          {json !== undefined && (
            <button type="button" onClick={() => downloadText(`${file}.json`, json, 'application/json')}>
              {file}.json
            </button>
          )}
        </div>
      )}
      <details class="table-view" data-testid={`${file}-table`}>
        <summary>Table view</summary>
        <TableView table={props.table} />
      </details>
    </>
  );
}
