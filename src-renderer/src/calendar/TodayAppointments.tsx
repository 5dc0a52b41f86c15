import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import type { OccurrenceView } from '@contract/channels/calendar';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/hash-route';
import { Section } from '../components/Section';
import { berlinParts } from './berlin';

/** Heute: today's appointments with links to their cases (from today.overview's appointmentsToday). */
export function TodayAppointments({ appointments }: { appointments: OccurrenceView[] }) {
  const { t } = useTranslation('calendar');
  return (
    <Section title={t('todaySection.title')}>
      {appointments.length === 0 ? (
        <Typography>{t('todaySection.none')}</Typography>
      ) : (
        <List dense>
          {appointments.map((o) => (
            <ListItem key={o.key} sx={o.status === 'abgesagt' ? { textDecoration: 'line-through' } : undefined}>
              <ListItemText
                primary={`${o.allDay ? t('print.allDay') : `${berlinParts(o.startUtc).time}–${berlinParts(o.endUtc).time}`} ${o.title}`}
                secondary={
                  <>
                    {[t(`types.${o.type}`), ...o.clients.map((c) => c.name)].join(' · ')}
                    {o.caseId && (
                      <>
                        {' · '}
                        <Link href={hrefOf(`/faelle/${o.caseId}`)}>{o.caseNumber}</Link>
                      </>
                    )}
                  </>
                }
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}
