import type { BarrierReportItem } from '@contract/channels/reports';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatDay } from '../../network/format';
import { useReportLabels } from '../labels';

/** The barriers with status, where they went and their log, as of the end of the period. */
export function BarrierPrintList({ barriers }: { barriers: BarrierReportItem[] }) {
  const { t, label, cell } = useReportLabels();
  if (barriers.length === 0) return <Typography>{t('print.noBarriers')}</Typography>;
  return (
    <>
      {barriers.map((b) => (
        <Box key={`${b.title}-${b.firstNoticedOn}`} sx={{ mb: 2, breakInside: 'avoid' }}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 'bold' }}>
            {b.title}
          </Typography>
          <Typography>
            {[label('huerdenkategorie', b.category), label('huerdenstatus', b.status), t('print.since', { date: formatDay(b.firstNoticedOn) })].join(' · ')}
          </Typography>
          {b.kommunen.length > 0 && <Typography>{t('print.kommunen', { names: b.kommunen.join(', ') })}</Typography>}
          {b.workingGroup && <Typography>{t('print.workingGroup', { name: b.workingGroup })}</Typography>}
          {b.responsible && <Typography>{t('print.responsible', { name: b.responsible })}</Typography>}
          <Typography>{t('print.affected', { cases: cell(b.affectedCases), persons: cell(b.affectedPersons) })}</Typography>
          {b.log.length > 0 && (
            <Box component="ul" sx={{ my: 0.5, pl: 3 }} aria-label={t('print.log')}>
              {b.log.map((entry, i) => (
                <li key={i}>
                  {`${formatDay(entry.on)} · ${label('logart', entry.kind)}${entry.status ? ` → ${label('huerdenstatus', entry.status)}` : ''}${entry.text ? `: ${entry.text}` : ''}`}
                </li>
              ))}
            </Box>
          )}
        </Box>
      ))}
    </>
  );
}
