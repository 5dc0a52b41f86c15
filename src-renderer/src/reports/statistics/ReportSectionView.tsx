import type { ReportSection } from '@contract/channels/reports';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { Section } from '../../components/Section';
import { useReportLabels } from '../labels';
import { ReportChart } from './ReportChart';
import { ReportTableView } from './ReportTableView';

/** Tables wider than this many columns get the full width, with the chart below. */
const WIDE = 3;

/** One section of the report: each table with its chart beside it (or below, when wide). */
export function ReportSectionView({ section }: { section: ReportSection }) {
  const { section: sectionName, title, t } = useReportLabels();
  return (
    <Section title={sectionName(section.id)}>
      {section.tables.map((table) => {
        const wide = table.columns.length > WIDE || table.chart === 'none';
        return (
          <Grid container spacing={3} key={table.id} sx={{ mb: 3, breakInside: 'avoid' }}>
            <Grid size={{ xs: 12 }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 'bold' }}>
                {title(table.id)}
              </Typography>
              {!table.protected && <Typography variant="body2">{t('stats.unprotected')}</Typography>}
            </Grid>
            <Grid size={{ xs: 12, md: wide ? 12 : 6 }}>
              <ReportTableView table={table} />
            </Grid>
            {table.chart !== 'none' && (
              <Grid size={{ xs: 12, md: wide ? 12 : 6 }}>
                <ReportChart table={table} />
              </Grid>
            )}
          </Grid>
        );
      })}
    </Section>
  );
}
