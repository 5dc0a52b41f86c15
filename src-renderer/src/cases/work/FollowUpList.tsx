import type { FollowUpView } from '@contract/channels/followups';
import CheckIcon from '@mui/icons-material/Check';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/hash-route';
import { formatDay, todayIso } from '../../network/format';
import { casePath } from '../case-paths';

/** Follow-ups with due date and owner; open ones can be marked done, overdue ones are flagged. */
export function FollowUpList({ items, onComplete, withCase }: { items: FollowUpView[]; onComplete: ((f: FollowUpView) => void) | null; withCase?: boolean }) {
  const { t } = useTranslation('cases');
  const today = todayIso();
  return (
    <List dense>
      {items.map((f) => (
        <ListItem
          key={f.id}
          secondaryAction={
            onComplete &&
            !f.doneOn && (
              <IconButton edge="end" aria-label={t('followups.complete', { note: f.note })} onClick={() => onComplete(f)}>
                <CheckIcon />
              </IconButton>
            )
          }
        >
          <ListItemText
            primary={
              <>
                {f.note}
                {!f.doneOn && f.dueOn < today && <Chip size="small" color="error" variant="outlined" label={t('followups.overdue')} sx={{ ml: 1 }} />}
              </>
            }
            secondary={
              <>
                {[formatDay(f.dueOn), f.ownerName, f.doneOn ? t('followups.done', { date: formatDay(f.doneOn) }) : null, f.source === 'vereinbarung' ? t('followups.fromAgreement') : null]
                  .filter(Boolean)
                  .join(' · ')}
                {withCase && (
                  <>
                    {' · '}
                    <Link href={hrefOf(casePath(f.caseId))}>{t('today.case', { caseNumber: f.caseNumber })}</Link>
                  </>
                )}
              </>
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
