import type { BackupSummary } from '@contract/channels/backup';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatInstant } from './backup-format';

/** What a verified backup holds: shown after "Sicherung prüfen" and before a restore. */
export function BackupSummaryView({ summary }: { summary: BackupSummary }) {
  const { t, i18n } = useTranslation('backup');
  const facts: Array<[string, string]> = [
    [t('summary.createdAt'), formatInstant(summary.createdAt)],
    [t('summary.appVersion'), `KIM Fallakte ${summary.appVersion}`],
    [t('summary.schema'), `${t('summary.schemaValue', { migrations: summary.schema.migrations, tag: summary.schema.latestTag })} – ${t(`summary.compat.${summary.compatibility}`)}`],
    [t('summary.keySource'), t(summary.keySource === 'passphrase' ? 'secret.passphrase' : 'secret.recovery')],
    [t('summary.size'), formatBytes(summary.fileBytes, i18n.language)],
  ];
  return (
    <>
      <Table size="small" sx={{ my: 2 }}>
        <TableBody>
          {facts.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row">
                {label}
              </TableCell>
              <TableCell>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="subtitle2" component="h3">
        {t('summary.records')}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('summary.table')}</TableCell>
            <TableCell align="right">{t('summary.count')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {Object.entries(summary.recordCounts).map(([table, n]) => (
            <TableRow key={table}>
              <TableCell>{table}</TableCell>
              <TableCell align="right">{n.toLocaleString(i18n.language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
