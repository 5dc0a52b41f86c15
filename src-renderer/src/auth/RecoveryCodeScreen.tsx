import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CenteredPage } from '../components/CenteredPage';
import { RecoveryPrintSheet } from './RecoveryPrintSheet';

export interface RecoverySheet {
  code: string;
  officeName: string;
  createdAt: Date;
}

/** Shown once after setup: the code, what it is for, print, and a required confirmation. */
export function RecoveryCodeScreen({ sheet, onDone }: { sheet: RecoverySheet; onDone: () => void }) {
  const { t } = useTranslation('auth');
  const [stored, setStored] = useState(false);
  const hintId = useId();
  return (
    <CenteredPage title={t('recovery.title')} maxWidth={680}>
      <Typography>{t('recovery.intro')}</Typography>
      <Box
        component="p"
        data-testid="recovery-code"
        sx={{
          fontFamily: 'Consolas, "Courier New", monospace',
          fontSize: { xs: '1.2rem', sm: '1.6rem' },
          letterSpacing: '0.08em',
          textAlign: 'center',
          wordBreak: 'break-word',
          bgcolor: 'grey.100',
          border: 1,
          borderColor: 'grey.400',
          borderRadius: 1,
          p: 2,
        }}
      >
        {/* Groups never split across lines; the text stays the plain code for copying. */}
        {sheet.code.split(/(?<=-)/).map((group, i) => (
          <Box component="span" key={i} sx={{ display: 'inline-block' }}>
            {group}
          </Box>
        ))}
      </Box>
      <Typography gutterBottom>{t('recovery.purpose')}</Typography>
      <Typography gutterBottom>{t('recovery.storage')}</Typography>
      <Typography sx={{ fontWeight: 'bold' }}>{t('recovery.once')}</Typography>
      <Button variant="outlined" startIcon={<PrintIcon />} onClick={() => window.print()} sx={{ my: 2 }}>
        {t('recovery.print')}
      </Button>
      <Box>
        <FormControlLabel control={<Checkbox checked={stored} onChange={(e) => setStored(e.target.checked)} />} label={t('recovery.confirm')} />
      </Box>
      <Stack spacing={1} sx={{ alignItems: 'flex-start', mt: 1 }}>
        <Button variant="contained" disabled={!stored} onClick={onDone} aria-describedby={stored ? undefined : hintId}>
          {t('recovery.continue')}
        </Button>
        {!stored && (
          <Typography id={hintId} variant="body2" color="text.secondary">
            {t('recovery.confirmHint')}
          </Typography>
        )}
      </Stack>
      <RecoveryPrintSheet sheet={sheet} />
    </CenteredPage>
  );
}
