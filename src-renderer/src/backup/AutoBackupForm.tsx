import { MIN_BACKUP_PASSPHRASE_LENGTH, type BackupSettingsView } from '@contract/channels/backup';
import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { SubmitButton } from '../components/SubmitButton';
import { BackupErrorAlert } from './BackupErrorAlert';
import { PathField } from './PathField';
import { useBackupRefresh } from './use-backup-refresh';

type NumberField = 'daily' | 'weekly' | 'monthly' | 'warnAfterDays';
const LIMITS: Record<NumberField, [number, number]> = { daily: [1, 366], weekly: [0, 520], monthly: [0, 240], warnAfterDays: [1, 90] };

/** Target folder, on/off, rotation, warning limit and the passphrase of the automatic backups. */
export function AutoBackupForm({ initial }: { initial: BackupSettingsView }) {
  const { t } = useTranslation(['backup', 'common']);
  const refresh = useBackupRefresh();
  const [targetDir, setTargetDir] = useState(initial.targetDir ?? '');
  const [automatic, setAutomatic] = useState(initial.automatic);
  const [numbers, setNumbers] = useState<Record<NumberField, number>>({ ...initial.rotation, warnAfterDays: initial.warnAfterDays });
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const save = useMutation({
    mutationFn: () =>
      call('backup.settings.update', {
        targetDir: targetDir.trim() || null,
        automatic,
        rotation: { daily: numbers.daily, weekly: numbers.weekly, monthly: numbers.monthly },
        warnAfterDays: numbers.warnAfterDays,
        ...(passphrase ? { autoPassphrase: passphrase } : {}),
      }),
    onSuccess: () => {
      setPassphrase('');
      setRepeat('');
      refresh();
    },
  });
  const numbersOk = (Object.keys(LIMITS) as NumberField[]).every((k) => Number.isInteger(numbers[k]) && numbers[k] >= LIMITS[k][0] && numbers[k] <= LIMITS[k][1]);
  const passphraseOk = passphrase === '' || ([...passphrase].length >= MIN_BACKUP_PASSPHRASE_LENGTH && passphrase === repeat);
  const numberField = (name: NumberField) => (
    <TextField
      key={name}
      type="number"
      label={t(name === 'warnAfterDays' ? 'auto.warnAfterDays' : `auto.${name}`)}
      value={Number.isNaN(numbers[name]) ? '' : numbers[name]}
      onChange={(e) => setNumbers({ ...numbers, [name]: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
      slotProps={{ htmlInput: { min: LIMITS[name][0], max: LIMITS[name][1], step: 1 } }}
      margin="normal"
    />
  );
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (numbersOk && passphraseOk) save.mutate();
      }}
    >
      <FormControlLabel control={<Switch checked={automatic} onChange={(e) => setAutomatic(e.target.checked)} />} label={t('auto.enabled')} />
      <PathField label={t('auto.targetDir')} helperText={t('auto.targetDirHint')} value={targetDir} onChange={setTargetDir} purpose="folder" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {numberField('daily')}
        {numberField('weekly')}
        {numberField('monthly')}
      </Stack>
      {numberField('warnAfterDays')}
      <TextField
        fullWidth
        margin="normal"
        type="password"
        autoComplete="new-password"
        label={t('auto.passphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        helperText={`${initial.autoPassphraseSet ? t('auto.passphraseSet') : t('secret.minLength', { count: MIN_BACKUP_PASSPHRASE_LENGTH })} ${t('auto.passphraseHint')}`}
      />
      {passphrase && (
        <TextField
          fullWidth
          margin="normal"
          type="password"
          autoComplete="new-password"
          label={t('secret.repeat')}
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          error={repeat.length > 0 && repeat !== passphrase}
          helperText={repeat.length > 0 && repeat !== passphrase ? t('secret.mismatch') : undefined}
        />
      )}
      <BackupErrorAlert error={save.error} />
      <div role="status">{save.isSuccess && <Alert severity="success">{t('auto.saved')}</Alert>}</div>
      <SubmitButton pending={save.isPending} disabled={save.isPending || !numbersOk || !passphraseOk} label={t('common:save')} sx={{ mt: 1 }} />
    </form>
  );
}
