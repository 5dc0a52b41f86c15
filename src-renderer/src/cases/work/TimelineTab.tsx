import CircularProgress from '@mui/material/CircularProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDay, formatInstant } from '../../network/format';
import { timelineHeadline, timelineSummary } from './timeline-text';

/** Kinds offered in the filter: the case file's own and those of the network and consultations. */
const KINDS = ['phase', 'note', 'assessment', 'goal', 'followup', 'consultation', 'referral', 'consent', 'document', 'block', 'dispute'] as const;

const when = (at: string) => (at.length === 10 ? formatDay(at) : formatInstant(at));

/** Verlauf: everything that happened in the case, newest first, filterable by kind. */
export function TimelineTab({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const [kind, setKind] = useState('');
  const timeline = useCallQuery('timeline.get', kind ? { caseId, kinds: [kind] } : { caseId });
  return (
    <Section title={t('timeline.title')}>
      <TextField select size="small" label={t('timeline.filter')} value={kind} onChange={(e) => setKind(e.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 220, mb: 2 }}>
        <option value="">{t('timeline.all')}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`timeline.kinds.${k}`)}
          </option>
        ))}
      </TextField>
      <ErrorAlert error={timeline.error} />
      {timeline.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {timeline.data && timeline.data.length === 0 && <Typography>{t('timeline.none')}</Typography>}
      <List dense aria-label={t('timeline.title')}>
        {timeline.data?.map((e) => {
          const summary = timelineSummary(t, e);
          return (
            <ListItem key={e.key} divider>
              <ListItemText
                primary={`${when(e.at)} · ${timelineHeadline(t, e)}`}
                secondary={[summary, e.details.explanation, e.userName ? t('timeline.by', { name: e.userName }) : null].filter(Boolean).join(' · ') || undefined}
                slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap' } } }}
              />
            </ListItem>
          );
        })}
      </List>
    </Section>
  );
}
