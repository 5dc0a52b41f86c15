import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
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
import { formatDay } from '../format';
import type { PersonOption } from '../person-option';
import { ReferralDialog } from './ReferralDialog';

/** Vermittlungen: referrals of the case; each one rests on a consent and is logged as a transfer. */
export function ReferralsSection({ caseId, persons, canEdit }: { caseId: string; persons: PersonOption[]; canEdit: boolean }) {
  const { t } = useTranslation('network');
  const referrals = useCallQuery('referrals.listForCase', { caseId });
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const nameOf = (id: string) => persons.find((p) => p.id === id)?.name ?? '';
  return (
    <Section title={t('referrals.title')}>
      {canEdit && persons.length > 0 && (
        <Button variant="contained" startIcon={<ForwardToInboxIcon />} onClick={() => setOpen(true)} sx={{ mb: 2 }}>
          {t('referrals.create')}
        </Button>
      )}
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      <ErrorAlert error={referrals.error} />
      {referrals.data?.length === 0 && <Typography>{t('referrals.none')}</Typography>}
      {referrals.data && referrals.data.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={t('referrals.caption')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('referrals.referredOn')}</TableCell>
                <TableCell>{t('referrals.person')}</TableCell>
                <TableCell>{t('referrals.partner')}</TableCell>
                <TableCell>{t('referrals.purpose')}</TableCell>
                <TableCell>{t('referrals.by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {referrals.data.map((r) => (
                <TableRow key={r.id}>
                  <TableCell>{formatDay(r.referredOn)}</TableCell>
                  <TableCell>{nameOf(r.personId)}</TableCell>
                  <TableCell>{r.partnerName}</TableCell>
                  <TableCell>{r.purpose}</TableCell>
                  <TableCell>{r.userName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {open && (
        <ReferralDialog
          caseId={caseId}
          persons={persons}
          onClose={() => setOpen(false)}
          onSaved={(r) => {
            setOpen(false);
            setNotice(t('referrals.created', { partner: r.partnerName }));
          }}
        />
      )}
    </Section>
  );
}
