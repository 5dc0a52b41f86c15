import type { VolunteerView } from '@contract/channels/volunteers';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { canEditMasterData, useRole } from '../use-role';
import { VolunteerDialog } from './VolunteerDialog';

/** Einstellungen → Ehrenamtliche: who helps with what; case links count only cases the reader may open. */
export function VolunteersSection() {
  const { t } = useTranslation(['network', 'common']);
  const editable = canEditMasterData(useRole());
  const volunteers = useCallQuery('volunteers.list', { includeInactive: true });
  const [dialog, setDialog] = useState<{ volunteer: VolunteerView | null } | null>(null);
  const [notice, setNotice] = useState('');
  const list = volunteers.data ?? [];
  return (
    <Section title={t('volunteers.title')}>
      {editable && (
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setDialog({ volunteer: null })} sx={{ mb: 2 }}>
          {t('volunteers.create')}
        </Button>
      )}
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      <ErrorAlert error={volunteers.error} />
      {volunteers.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {volunteers.data && list.length === 0 && <Typography>{t('volunteers.empty')}</Typography>}
      {list.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={t('volunteers.caption')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('volunteers.displayName')}</TableCell>
                <TableCell>{t('volunteers.helpsWith')}</TableCell>
                <TableCell>{t('volunteers.contact')}</TableCell>
                <TableCell>{t('volunteers.cases')}</TableCell>
                <TableCell>{t('partners.status')}</TableCell>
                {editable && <TableCell>{t('partners.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>{v.displayName}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-line' }}>{v.helpsWith}</TableCell>
                  <TableCell>{v.contact}</TableCell>
                  <TableCell>{v.caseIds.length}</TableCell>
                  <TableCell>{v.active ? t('active') : t('inactive')}</TableCell>
                  {editable && (
                    <TableCell>
                      <Button size="small" onClick={() => setDialog({ volunteer: v })} aria-label={t('actionFor', { action: t('edit'), name: v.displayName })}>
                        {t('edit')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {dialog && (
        <VolunteerDialog
          volunteer={dialog.volunteer}
          onClose={() => setDialog(null)}
          onSaved={(v) => {
            setNotice(t(dialog.volunteer ? 'volunteers.updated' : 'volunteers.created', { name: v.displayName }));
            setDialog(null);
          }}
        />
      )}
    </Section>
  );
}
