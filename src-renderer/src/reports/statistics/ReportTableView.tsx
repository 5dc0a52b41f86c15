import type { ReportCell, ReportTable } from '@contract/channels/reports';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useReportLabels } from '../labels';

const bold = { fontWeight: 'bold' } as const;

/** A report table as an accessible HTML table: caption, header cells, totals in bold. */
export function ReportTableView({ table, dense = false }: { table: ReportTable; dense?: boolean }) {
  const { label, cell, title, dimensionName, t } = useReportLabels();
  const shown = (c: ReportCell) => cell(c);
  return (
    <TableContainer>
      <Table size="small" aria-label={title(table.id)} data-testid={`report-table-${table.id}`} sx={dense ? { '& td, & th': { py: 0.25 } } : undefined}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {dimensionName(table.rowDimension)}
            </TableCell>
            {table.columns.map((c) => (
              <TableCell key={c} component="th" scope="col" align="right">
                {label(table.columnDimension, c)}
              </TableCell>
            ))}
            {table.rowTotals && (
              <TableCell component="th" scope="col" align="right">
                {t('cell.total')}
              </TableCell>
            )}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((r, i) => (
            <TableRow key={r}>
              <TableCell component="th" scope="row">
                {label(table.rowDimension, r)}
              </TableCell>
              {table.cells[i]!.map((c, j) => (
                <TableCell key={table.columns[j]} align="right">
                  {shown(c)}
                </TableCell>
              ))}
              {table.rowTotals && (
                <TableCell align="right" sx={bold}>
                  {shown(table.rowTotals[i]!)}
                </TableCell>
              )}
            </TableRow>
          ))}
          {table.columnTotals && (
            <TableRow>
              <TableCell component="th" scope="row" sx={bold}>
                {t('cell.total')}
              </TableCell>
              {table.columnTotals.map((c, j) => (
                <TableCell key={table.columns[j]} align="right" sx={bold}>
                  {shown(c)}
                </TableCell>
              ))}
              {table.grandTotal !== null && (
                <TableCell align="right" sx={bold}>
                  {shown(table.grandTotal)}
                </TableCell>
              )}
            </TableRow>
          )}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
