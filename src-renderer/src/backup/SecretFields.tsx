import { MIN_BACKUP_PASSPHRASE_LENGTH, type backupSecret } from '@contract/channels/backup';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';

/** What the form holds while the key is typed in. */
export interface SecretDraft {
  source: 'passphrase' | 'recovery';
  passphrase: string;
  repeat: string;
  recoveryCode: string;
}

export const EMPTY_SECRET: SecretDraft = { source: 'passphrase', passphrase: '', repeat: '', recoveryCode: '' };

export type BackupSecretInput = z.input<typeof backupSecret>;

export const toSecret = (d: SecretDraft): BackupSecretInput =>
  d.source === 'passphrase' ? { source: 'passphrase', passphrase: d.passphrase } : { source: 'recovery', recoveryCode: d.recoveryCode };

/** A new backup needs a long, repeated passphrase; opening one just needs the key. */
export function secretReady(d: SecretDraft, mode: 'write' | 'read'): boolean {
  if (d.source === 'recovery') return d.recoveryCode.trim().length > 0;
  if (mode === 'read') return d.passphrase.length > 0;
  return [...d.passphrase].length >= MIN_BACKUP_PASSPHRASE_LENGTH && d.passphrase === d.repeat;
}

/** Backup password (with repetition when writing) or, alternatively, the office recovery code. */
export function SecretFields({ value, onChange, mode }: { value: SecretDraft; onChange: (d: SecretDraft) => void; mode: 'write' | 'read' }) {
  const { t } = useTranslation('backup');
  const labelId = useId();
  const set = (patch: Partial<SecretDraft>) => onChange({ ...value, ...patch });
  const mismatch = mode === 'write' && value.repeat.length > 0 && value.repeat !== value.passphrase;
  return (
    <>
      <FormControl sx={{ mt: 2 }}>
        <FormLabel id={labelId}>{t('secret.kind')}</FormLabel>
        <RadioGroup row aria-labelledby={labelId} value={value.source} onChange={(e) => set({ source: e.target.value as SecretDraft['source'] })}>
          <FormControlLabel value="passphrase" control={<Radio />} label={t('secret.passphrase')} />
          <FormControlLabel value="recovery" control={<Radio />} label={t('secret.recovery')} />
        </RadioGroup>
      </FormControl>
      {value.source === 'passphrase' ? (
        <>
          <TextField
            fullWidth
            margin="normal"
            type="password"
            autoComplete={mode === 'write' ? 'new-password' : 'off'}
            label={t('secret.passphrase')}
            required
            value={value.passphrase}
            onChange={(e) => set({ passphrase: e.target.value })}
            helperText={mode === 'write' ? t('secret.minLength', { count: MIN_BACKUP_PASSPHRASE_LENGTH }) : undefined}
          />
          {mode === 'write' && (
            <TextField
              fullWidth
              margin="normal"
              type="password"
              autoComplete="new-password"
              label={t('secret.repeat')}
              required
              value={value.repeat}
              onChange={(e) => set({ repeat: e.target.value })}
              error={mismatch}
              helperText={mismatch ? t('secret.mismatch') : undefined}
            />
          )}
        </>
      ) : (
        <TextField
          fullWidth
          margin="normal"
          autoComplete="off"
          label={t('secret.recovery')}
          required
          value={value.recoveryCode}
          onChange={(e) => set({ recoveryCode: e.target.value })}
          helperText={t('secret.recoveryHint')}
          slotProps={{ htmlInput: { spellCheck: false } }}
        />
      )}
    </>
  );
}
