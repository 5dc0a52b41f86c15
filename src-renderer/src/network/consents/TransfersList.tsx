import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatInstant } from '../format';
import { CategoryChips } from './CategoryChips';

/** Who received which data of the person, when: the list to inform recipients of a later correction. */
export function TransfersList({ personId }: { personId: string }) {
  const { t } = useTranslation('network');
  const transfers = useCallQuery('transfers.listForPerson', { personId });
  return (
    <>
      <Typography variant="subtitle2" component="h4" sx={{ mt: 2 }}>
        {t('consents.transfers')}
      </Typography>
      <ErrorAlert error={transfers.error} />
      {transfers.data?.length === 0 && <Typography variant="body2">{t('consents.transfersNone')}</Typography>}
      <ul>
        {transfers.data?.map((tr) => (
          <li key={tr.id}>
            <Typography variant="body2" component="span">
              {`${formatInstant(tr.at)} – ${tr.partnerName}${tr.userName ? ` (${t('consents.transferBy')} ${tr.userName})` : ''}`}
            </Typography>
            <CategoryChips categories={tr.dataCategories} />
          </li>
        ))}
      </ul>
    </>
  );
}
