import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import DialogContentText from '@mui/material/DialogContentText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../network/format';

interface HandoverFileStepProps {
  file: { name: string; size: number } | null;
  onFile: (file: File) => void;
  passphrase: string;
  onPassphrase: (value: string) => void;
  /** Refusal of the chosen file or a missing field, already as text. */
  problem: string;
}

/** First step of the import: the .kimcase (a real button opens the file chooser) and its password. */
export function HandoverFileStep({ file, onFile, passphrase, onPassphrase, problem }: HandoverFileStepProps) {
  const { t } = useTranslation('handover');
  const input = useRef<HTMLInputElement>(null);
  const chosenId = useId();
  return (
    <>
      <DialogContentText>{t('import.intro')}</DialogContentText>
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} aria-describedby={chosenId}>
          {t('import.chooseFile')}
        </Button>
        <Typography id={chosenId} role="status">
          {file ? t('import.chosenFile', { name: file.name, size: formatBytes(file.size) }) : t('import.noFile')}
        </Typography>
      </Stack>
      <input
        ref={input}
        type="file"
        hidden
        accept=".kimcase"
        data-testid="handover-file-input"
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) onFile(chosen);
        }}
      />
      <TextField
        fullWidth
        margin="normal"
        type="password"
        autoComplete="off"
        required
        label={t('import.passphrase')}
        value={passphrase}
        onChange={(e) => onPassphrase(e.target.value)}
      />
      {problem && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {problem}
        </Alert>
      )}
    </>
  );
}
