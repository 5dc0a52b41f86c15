import CircularProgress from '@mui/material/CircularProgress';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { ErrorAlert } from '../components/ErrorAlert';
import { Section } from '../components/Section';
import { OfficeSettingsForm } from './OfficeSettingsForm';

/** Administration only: the office's name and the idle time before the screen locks. */
export function OfficeSettingsSection() {
  const { t } = useTranslation(['admin', 'common']);
  const settings = useCallQuery('settings.get', {});
  return (
    <Section title={t('office.title')}>
      {settings.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      <ErrorAlert error={settings.error} />
      {settings.data && <OfficeSettingsForm initial={settings.data} />}
    </Section>
  );
}
