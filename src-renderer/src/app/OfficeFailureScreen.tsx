import type { AppStatus } from '@contract/channels/app';
import { useTranslation } from 'react-i18next';
import { FailureScreen } from './FailureScreen';

/** Phase `failed`: the data could not be opened (damaged key file, newer database, …). */
export function OfficeFailureScreen({ failure }: { failure: AppStatus['failure'] }) {
  const { t } = useTranslation(['common', 'errors']);
  return (
    <FailureScreen
      title={t('failure.title')}
      message={failure?.message ?? t('errors:unexpected')}
      steps={[t('failure.stepBackup'), t('failure.stepIt'), t('failure.stepKeep')]}
      technical={failure?.technical ?? `code=${failure?.code ?? 'UNKNOWN'}`}
    />
  );
}
