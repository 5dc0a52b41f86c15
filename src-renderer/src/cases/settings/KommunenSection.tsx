import type { KommuneView } from '@contract/channels/kommunen';
import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { Notice } from '../shared/Notice';
import { KommuneDialog, useSaveKommune } from './KommuneDialog';

/** Administration: the Kommunen the office serves; add, rename, (de)activate. */
export function KommunenSection() {
  const { t } = useTranslation('cases');
  const kommunen = useCallQuery('kommunen.list', { includeInactive: true });
  const toggle = useSaveKommune();
  const [dialog, setDialog] = useState<{ kommune: KommuneView | null } | null>(null);
  const [notice, setNotice] = useState('');
  const saved = (k: KommuneView) => setNotice(t('kommunen.saved', { name: k.name }));
  return (
    <Section title={t('kommunen.title')}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('kommunen.hint')}
      </Typography>
      <Notice text={notice} />
      <ErrorAlert error={kommunen.error ?? toggle.error} />
      {kommunen.data && kommunen.data.length === 0 && <Typography>{t('kommunen.none')}</Typography>}
      <Table size="small" aria-label={t('kommunen.title')}>
        <TableBody>
          {kommunen.data?.map((k) => (
            <TableRow key={k.id}>
              <TableCell component="th" scope="row">
                {k.name}
              </TableCell>
              <TableCell>{t(k.active ? 'kommunen.active' : 'kommunen.inactive')}</TableCell>
              <TableCell align="right">
                <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end' }}>
                  <Button size="small" aria-label={t('kommunen.rename', { name: k.name })} onClick={() => setDialog({ kommune: k })}>
                    {t('kommunen.renameShort')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t(k.active ? 'kommunen.deactivate' : 'kommunen.activate', { name: k.name })}
                    onClick={() => toggle.mutate({ id: k.id, version: k.version, name: k.name, active: !k.active }, { onSuccess: saved })}
                  >
                    {t(k.active ? 'kommunen.deactivateShort' : 'kommunen.activateShort')}
                  </Button>
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button sx={{ mt: 2 }} variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kommune: null })}>
        {t('kommunen.add')}
      </Button>
      {dialog && (
        <KommuneDialog
          kommune={dialog.kommune}
          onClose={() => setDialog(null)}
          onSaved={(k) => {
            setDialog(null);
            saved(k);
          }}
        />
      )}
    </Section>
  );
}
