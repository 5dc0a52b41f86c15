import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';
import { hrefOf } from './hash-route';
import { START_PATH } from './routes';

export function NotFoundPage() {
  const { t } = useTranslation('nav');
  return (
    <>
      <PageTitle>{t('notFound')}</PageTitle>
      <Typography>
        <Link href={hrefOf(START_PATH)}>{t('toStart')}</Link>
      </Typography>
    </>
  );
}
