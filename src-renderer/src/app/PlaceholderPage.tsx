import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/PageTitle';

/** Stands in for a page a later feature fills: its title and one sentence on what comes. */
export function PlaceholderPage({ id }: { id: string }) {
  const { t } = useTranslation('nav');
  return (
    <>
      <PageTitle>{t(id)}</PageTitle>
      <Typography>{t(`placeholder.${id}`)}</Typography>
    </>
  );
}
