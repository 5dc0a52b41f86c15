import { useTranslation } from 'react-i18next';
import { useAppStatus } from '../app/use-app-status';
import { BackupSection } from '../backup/BackupSection';
import { ReminderSection } from '../calendar/reminders/ReminderSection';
import { KommunenSection } from '../cases/settings/KommunenSection';
import { ResidenceReminderSection } from '../cases/settings/ResidenceReminderSection';
import { PageTitle } from '../components/PageTitle';
import { PartnersSection } from '../network/partners/PartnersSection';
import { VolunteersSection } from '../network/volunteers/VolunteersSection';
import { ChangePasswordSection } from './ChangePasswordSection';
import { LanguageSection } from './LanguageSection';
import { LetterheadSection } from './LetterheadSection';
import { OfficeSettingsSection } from './OfficeSettingsSection';
import { UsersSection } from './UsersSection';

/** Einstellungen: language and own password for everyone; office and users for the administration. */
export function SettingsPage() {
  const { t } = useTranslation('settings');
  const isAdmin = useAppStatus().data?.session?.role === 'administration';
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <LanguageSection />
      <ReminderSection />
      <ChangePasswordSection />
      <PartnersSection />
      <VolunteersSection />
      {isAdmin && (
        <>
          <OfficeSettingsSection />
          <ResidenceReminderSection />
          <KommunenSection />
          <LetterheadSection />
          <UsersSection />
          <BackupSection />
        </>
      )}
    </>
  );
}
