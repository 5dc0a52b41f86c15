import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { AgreementInput } from '@contract/channels/consultation-fields';
import { useTranslation } from 'react-i18next';
import { isInvalid, type EditorPartProps } from './editor-props';

const MAX_AGREEMENTS = 30;
const EMPTY: AgreementInput = { what: '', who: '', dueOn: '' };

/** Vereinbarungen: what, who, by when. Each becomes a Wiedervorlage when the record is finalised. */
export function AgreementsFields({ content, change, invalid }: EditorPartProps) {
  const { t } = useTranslation('consultations');
  const rows = content.agreements;
  const set = (i: number, patch: Partial<AgreementInput>) => change({ agreements: rows.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <Stack spacing={2}>
      <Typography variant="body2">{t('fields.agreementsHint')}</Typography>
      {rows.map((a, i) => {
        const n = i + 1;
        const path = `content.agreements.${i}`;
        return (
          <Box key={i} component="fieldset" aria-label={t('fields.agreement', { n })} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 2, m: 0 }}>
            <Box component="legend" sx={{ px: 0.5, typography: 'subtitle2' }}>
              {t('fields.agreement', { n })}
            </Box>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-start' } }}>
              <TextField label={t('fields.what')} value={a.what} required error={isInvalid(invalid, `${path}.what`)} onChange={(e) => set(i, { what: e.target.value })} multiline slotProps={{ htmlInput: { maxLength: 600 } }} sx={{ flexGrow: 2 }} />
              <TextField label={t('fields.who')} value={a.who} onChange={(e) => set(i, { who: e.target.value })} slotProps={{ htmlInput: { maxLength: 150 } }} sx={{ flexGrow: 1 }} />
              <TextField type="date" label={t('fields.dueOn')} value={a.dueOn} required error={isInvalid(invalid, `${path}.dueOn`)} onChange={(e) => set(i, { dueOn: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
              <Button color="error" onClick={() => change({ agreements: rows.filter((_, j) => j !== i) })}>
                {t('fields.removeAgreement', { n })}
              </Button>
            </Stack>
          </Box>
        );
      })}
      <Box>
        <Button variant="outlined" onClick={() => change({ agreements: [...rows, EMPTY] })} disabled={rows.length >= MAX_AGREEMENTS}>
          {t('fields.addAgreement')}
        </Button>
      </Box>
    </Stack>
  );
}
