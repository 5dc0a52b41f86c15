import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/hash-route';
import { formatDay } from '../../network/format';
import { casePath } from '../case-paths';

export interface ExpiryItem {
  key: string;
  title: string;
  detail: string | null;
  date: string;
  daysLeft: number;
  caseId: string;
  caseNumber: string;
}

/** Things that run out (residence documents, consents): how long is left, and the case to open. */
export function ExpiryList({ items }: { items: ExpiryItem[] }) {
  const { t } = useTranslation('cases');
  const left = (i: ExpiryItem) =>
    i.daysLeft < 0 ? t('today.expired', { date: formatDay(i.date) }) : i.daysLeft === 0 ? t('today.expiresToday') : t('today.expiresIn', { count: i.daysLeft, date: formatDay(i.date) });
  return (
    <List dense>
      {items.map((i) => (
        <ListItem key={i.key}>
          <ListItemText
            primary={i.title}
            secondary={
              <>
                {[i.detail, left(i)].filter(Boolean).join(' · ')}
                {' · '}
                <Link href={hrefOf(casePath(i.caseId))}>{t('today.case', { caseNumber: i.caseNumber })}</Link>
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
