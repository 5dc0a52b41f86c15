import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { EMPTY_LETTERHEAD, LOGO_MIME_TYPES, MAX_LOGO_BYTES, type Letterhead } from '@contract/channels/letterhead';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { keyOf, useCallQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { Section } from '../components/Section';

const FIELDS: (keyof Letterhead)[] = ['kommune', 'fachdienst', 'street', 'postalCode', 'city', 'phone', 'email'];

const readDataUrl = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Administration: the letterhead of printed documents (texts and logo). */
export function LetterheadSection() {
  const { t } = useTranslation(['print', 'common']);
  const queryClient = useQueryClient();
  const current = useCallQuery('print.letterhead', {});
  const [form, setForm] = useState<Letterhead>(EMPTY_LETTERHEAD);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const inputId = useId();
  useEffect(() => {
    if (current.data) setForm(current.data.letterhead);
  }, [current.data]);
  const refresh = () => queryClient.invalidateQueries({ queryKey: keyOf('print.letterhead') });
  const save = useMutation({ mutationFn: () => call('print.setLetterhead', { letterhead: form }), onSuccess: refresh });
  const logo = useMutation({ mutationFn: (dataUrl: string | null) => call('print.setLogo', { dataUrl }), onSuccess: refresh });
  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    if (!(LOGO_MIME_TYPES as readonly string[]).includes(file.type)) return setFileProblem(t('letterheadSettings.wrongType'));
    if (file.size > MAX_LOGO_BYTES) return setFileProblem(t('letterheadSettings.tooLarge'));
    setFileProblem(null);
    logo.mutate(await readDataUrl(file));
  };
  return (
    <Section title={t('letterheadSettings.title')}>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('letterheadSettings.hint')}
      </Typography>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {FIELDS.map((key) => (
          <TextField key={key} fullWidth margin="dense" label={t(`letterheadSettings.${key}`)} value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
        ))}
        <ErrorAlert error={save.error} />
        {save.isSuccess && <Alert severity="success" sx={{ my: 1 }}>{t('letterheadSettings.saved')}</Alert>}
        <Button type="submit" variant="contained" disabled={save.isPending} sx={{ mt: 1 }}>
          {t('common:save')}
        </Button>
      </form>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 3 }}>
        {t('letterheadSettings.logo')}
      </Typography>
      {current.data?.logoDataUrl ? (
        <Box component="img" src={current.data.logoDataUrl} alt={t('letterheadSettings.logoPreview')} sx={{ maxHeight: 80, maxWidth: 240, display: 'block', my: 1 }} />
      ) : (
        <Typography variant="body2">{t('letterheadSettings.noLogo')}</Typography>
      )}
      <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
        <Button variant="outlined" component="label" htmlFor={inputId}>
          {t('letterheadSettings.chooseLogo')}
          <input id={inputId} type="file" hidden accept={LOGO_MIME_TYPES.join(',')} onChange={(e) => void pick(e)} />
        </Button>
        {current.data?.logoDataUrl && (
          <Button color="error" onClick={() => logo.mutate(null)} disabled={logo.isPending}>
            {t('letterheadSettings.removeLogo')}
          </Button>
        )}
      </Stack>
      {fileProblem && <Alert severity="error" sx={{ my: 1 }}>{fileProblem}</Alert>}
      <ErrorAlert error={logo.error} />
    </Section>
  );
}
