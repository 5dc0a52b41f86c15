import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import type { AppointmentView } from '@contract/channels/calendar';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { useAppStatus } from '../../app/use-app-status';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { addDays, berlinParts, formatDateDe, todayBerlin } from '../berlin';
import { type LetterTemplate, fill, letterTemplate } from './letter-templates';
import { PrintSheet } from './PrintSheet';

interface LetterFacts {
  name: string;
  date: string;
  time: string;
  place: string;
  contact: string;
  office: string;
  interpreter: boolean;
  placeKind: AppointmentView['placeKind'];
}

/** One language's part of the letter: short sentences from the template, its own direction. */
function LetterBlock({ template, facts }: { template: LetterTemplate; facts: LetterFacts }) {
  const s = template.sentences;
  const row = (label: string, value: string) => (
    <Typography component="p">
      <strong>{label}:</strong> <bdi>{value}</bdi>
    </Typography>
  );
  return (
    <Box lang={template.code} dir={template.dir} sx={{ textAlign: 'start', my: 2 }} data-testid={`letter-${template.code}`}>
      <Typography variant="h6" component="h2">{s.title}</Typography>
      <Typography component="p" sx={{ mt: 1 }}>{fill(s.greeting, { name: facts.name })}</Typography>
      <Typography component="p">{s.intro}</Typography>
      <Box sx={{ my: 1 }}>
        {row(s.date, facts.date)}
        {row(s.time, facts.time)}
        {facts.place && row(s.place, facts.place)}
      </Box>
      {facts.placeKind === 'telefon' && <Typography component="p">{s.phone}</Typography>}
      {facts.placeKind === 'video' && <Typography component="p">{s.video}</Typography>}
      <Typography component="p">{s.documents}</Typography>
      {facts.interpreter && <Typography component="p">{s.interpreter}</Typography>}
      <Typography component="p">{s.contact}</Typography>
      {row(s.contactPerson, facts.contact)}
      {row(s.office, facts.office)}
    </Box>
  );
}

function factsOf(view: AppointmentView, start: { date: string; time: string }, endTime: string, office: string): LetterFacts {
  return {
    name: view.clients.map((c) => c.name).join(', '),
    date: formatDateDe(start.date),
    time: view.allDay ? '' : `${start.time} – ${endTime}`,
    place: [view.location, view.room].filter(Boolean).join(', '),
    contact: view.staff.map((s) => s.name).join(', '),
    office,
    interpreter: view.interpreterNeeded,
    placeKind: view.placeKind,
  };
}

/** Terminbestätigung for the client: German first, then the client's language (RTL where needed). */
export function AppointmentLetter({ id, language, occurrenceDate }: { id: string; language: string; occurrenceDate: string | null }) {
  const { t } = useTranslation('calendar');
  const officeName = useAppStatus().data?.officeName ?? '';
  const view = useCallQuery('appointments.get', { id });
  const day = occurrenceDate ?? '';
  const occurrence = useCallQuery('appointments.range', { from: day, to: day ? addDays(day, 1) : '' }, { enabled: occurrenceDate !== null });
  const german = letterTemplate('de');
  const other = letterTemplate(language);
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data || !german) return null;
  const occ = occurrence.data?.occurrences.find((o) => o.appointmentId === id && o.occurrenceDate === occurrenceDate);
  const start = occ ? berlinParts(occ.startUtc) : view.data.start;
  const end = occ ? berlinParts(occ.endUtc) : view.data.end;
  const facts = factsOf(view.data, start, end.time, officeName);
  return (
    <>
      <PageTitle>{t('letter.title')}</PageTitle>
      {!other && <Alert severity="warning">{t('letter.notFound')}</Alert>}
      <PrintSheet>
        <Typography component="p" sx={{ textAlign: 'end' }}>
          {officeName} · {formatDateDe(todayBerlin())}
        </Typography>
        <LetterBlock template={german} facts={facts} />
        {other && other.code !== 'de' && (
          <>
            <Divider sx={{ my: 2 }} />
            <LetterBlock template={other} facts={facts} />
          </>
        )}
      </PrintSheet>
    </>
  );
}
