/** A report table (plain text cells) as an HTML table. */
import type { Table } from '../lib.ts';

export function TableView({ table }: { readonly table: Table }) {
  return (
    <div class="table-scroll">
      <table>
        {table.caption && <caption>{table.caption}</caption>}
        <thead>
          <tr>
            {table.columns.map((col) => (
              <th scope="col" class={col.align === 'right' ? 'num' : undefined}>
                {col.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th scope="row">{cell}</th>
                ) : (
                  <td class={table.columns[i]?.align === 'right' ? 'num' : undefined}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
