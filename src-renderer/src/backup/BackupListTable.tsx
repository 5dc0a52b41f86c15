import type { BackupListEntry } from '@contract/channels/backup';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatWallTime, joinPath } from './backup-format';

/** The automatic backups in the target folder; "Auswählen" opens one for checking or restoring. */
export function BackupListTable({ targetDir, backups, onUse }: { targetDir: string; backups: BackupListEntry[]; onUse: (path: string) => void }) {
  const { t, i18n } = useTranslation('backup');
  if (backups.length === 0) return <Typography color="text.secondary">{t('list.empty')}</Typography>;
  return (
    <Table size="small" aria-label={t('list.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('list.date')}</TableCell>
          <TableCell align="right">{t('list.size')}</TableCell>
          <TableCell>{t('list.state')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {backups.map((b) => (
          <TableRow key={b.name}>
            <TableCell>{formatWallTime(b.localDateTime)}</TableCell>
            <TableCell align="right">{formatBytes(b.fileBytes, i18n.language)}</TableCell>
            <TableCell>{b.verified ? t('list.verified') : t('list.unverified')}</TableCell>
            <TableCell align="right">
              <Button size="small" onClick={() => onUse(joinPath(targetDir, b.name))} aria-label={`${t('list.use')}: ${formatWallTime(b.localDateTime)}`}>
                {t('list.use')}
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
