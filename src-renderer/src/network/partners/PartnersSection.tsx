import { PARTNER_KINDS, type PartnerKind, type PartnerView } from '@contract/channels/partners';
import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import CircularProgress from '@mui/material/CircularProgress';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { canEditMasterData, useRole } from '../use-role';
import { PartnerDialog } from './PartnerDialog';
import { PartnersTable } from './PartnersTable';

/** Einstellungen → Partner: the office's network directory, searchable; the team lead reads only. */
export function PartnersSection() {
  const { t } = useTranslation(['network', 'common']);
  const editable = canEditMasterData(useRole());
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<PartnerKind | ''>('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const deferredQuery = useDeferredValue(query.trim());
  const partners = useCallQuery('partners.list', { query: deferredQuery || undefined, kind: kind || undefined, includeInactive });
  const [dialog, setDialog] = useState<{ partner: PartnerView | null } | null>(null);
  const [notice, setNotice] = useState('');

  return (
    <Section title={t('partners.title')}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
        <TextField type="search" label={t('partners.search')} helperText={t('partners.searchHint')} value={query} onChange={(e) => setQuery(e.target.value)} sx={{ minWidth: 280 }} />
        <TextField select label={t('partners.kindFilter')} value={kind} onChange={(e) => setKind(e.target.value as PartnerKind | '')} slotProps={{ select: { native: true } }} sx={{ minWidth: 200 }}>
          <option value="">{t('partners.allKinds')}</option>
          {PARTNER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </TextField>
        <FormControlLabel control={<Checkbox checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />} label={t('partners.showInactive')} />
        {editable && (
          <Button variant="contained" startIcon={<AddBusinessIcon />} onClick={() => setDialog({ partner: null })}>
            {t('partners.create')}
          </Button>
        )}
      </Stack>
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      <ErrorAlert error={partners.error} />
      {partners.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {partners.data && <PartnersTable partners={partners.data} onEdit={editable ? (partner) => setDialog({ partner }) : null} />}
      {dialog && (
        <PartnerDialog
          partner={dialog.partner}
          onClose={() => setDialog(null)}
          onSaved={(p) => {
            setNotice(t(dialog.partner ? 'partners.updated' : 'partners.created', { name: p.name }));
            setDialog(null);
          }}
        />
      )}
    </Section>
  );
}
