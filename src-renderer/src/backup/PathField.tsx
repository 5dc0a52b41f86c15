import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';

interface PathFieldProps {
  label: string;
  helperText?: string;
  value: string;
  onChange: (path: string) => void;
  purpose: 'save' | 'open' | 'folder';
  required?: boolean;
  autoFocus?: boolean;
  /** The file dialog to open (desktop app); default: the administration's `backup.pickPath`. */
  choose?: () => Promise<string | null>;
}

/** A path on the machine running KIM Fallakte: typed in, or (desktop app) chosen in the system dialog. */
export function PathField({ label, helperText, value, onChange, purpose, required = false, autoFocus = false, choose }: PathFieldProps) {
  const { t } = useTranslation('backup');
  const desktop = window.kim?.platform === 'electron';
  const pick = async () => {
    const picked = choose ? await choose() : (await call('backup.pickPath', { purpose })).path;
    if (picked) onChange(picked);
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
      <TextField
        fullWidth
        margin="normal"
        label={label}
        helperText={helperText}
        value={value}
        required={required}
        autoFocus={autoFocus}
        onChange={(e) => onChange(e.target.value)}
        slotProps={{ htmlInput: { spellCheck: false } }}
      />
      {desktop && (
        <Button variant="outlined" onClick={() => void pick()} sx={{ mt: 3, flexShrink: 0 }}>
          {purpose === 'folder' ? t('auto.chooseFolder') : t('path.choose')}
        </Button>
      )}
    </Stack>
  );
}
