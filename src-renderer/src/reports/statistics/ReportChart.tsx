import type { ReportTable } from '@contract/channels/reports';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { PieChart } from '@mui/x-charts/PieChart';
import { useReportLabels } from '../labels';

const HEIGHT = 260;
/** Hidden counts ("< 5", "x") are gaps in a chart: it must never suggest a number the table withholds. */
const valueOf = (c: unknown): number | null => (typeof c === 'number' ? c : null);

/**
 * The table as a picture (bar, line or pie; the columns of a table with row totals add up, so
 * their bars are stacked). It repeats the table beside it, which is the
 * accessible form of the data, so the chart is one labelled image for assistive technology.
 */
export function ReportChart({ table, height = HEIGHT }: { table: ReportTable; height?: number }) {
  const { label, title, t } = useReportLabels();
  if (table.chart === 'none' || table.rows.length === 0) return null;
  const rows = table.rows.map((r) => label(table.rowDimension, r));
  const series = table.columns.map((c, j) => ({ label: label(table.columnDimension, c), data: table.cells.map((row) => valueOf(row[j])) }));
  const hidesSome = table.cells.some((row) => row.some((c) => typeof c !== 'number'));
  const single = series.length === 1;
  // Nothing to draw (all zero or hidden): a sentence instead of an empty frame.
  if (series.every((s) => s.data.every((v) => !v))) return <Typography variant="body2">{t('stats.chartEmpty')}</Typography>;

  let chart;
  if (table.chart === 'pie') {
    const data = rows.map((name, i) => ({ id: i, label: name, value: valueOf(table.cells[i]![0]) ?? 0 })).filter((d) => d.value > 0);
    chart = <PieChart height={height} series={[{ data, innerRadius: 40 }]} skipAnimation />;
  } else if (table.chart === 'line') {
    chart = <LineChart height={height} xAxis={[{ scaleType: 'point', data: rows }]} series={series.map((s) => ({ ...s, connectNulls: false }))} skipAnimation />;
  } else {
    chart = (
      <BarChart
        height={Math.max(height, rows.length * (single ? 22 : 30))}
        layout="horizontal"
        yAxis={[{ scaleType: 'band', data: rows, width: 170 }]}
        series={table.rowTotals ? series.map((x) => ({ ...x, stack: 'gesamt' })) : series}
        hideLegend={single}
        skipAnimation
      />
    );
  }
  return (
    <Box component="figure" role="img" aria-label={t('stats.chartOf', { title: title(table.id) })} sx={{ m: 0, breakInside: 'avoid' }} className="kim-report-chart">
      {chart}
      {hidesSome && (
        <Typography variant="caption" component="figcaption" aria-hidden>
          {t('stats.chartHidden')}
        </Typography>
      )}
    </Box>
  );
}
