import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { OccurrenceView } from '@contract/channels/calendar';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { addDays, berlinParts, formatDateDe, isoWeekOf, mondayOf } from '../berlin';
import { PrintSheet } from './PrintSheet';

const cell = { py: 0.5, px: 1, fontSize: '10pt', color: '#000', verticalAlign: 'top' } as const;

function DayTable({ date, rows }: { date: string; rows: OccurrenceView[] }) {
  const { t } = useTranslation('calendar');
  const days = t('weekdays', { returnObjects: true }) as string[];
  const weekday = days[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7] ?? '';
  return (
    <>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2, fontWeight: 'bold' }}>
        {weekday}, {formatDateDe(date)}
      </Typography>
      {rows.length === 0 ? (
        <Typography>{t('print.none')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              {(['time', 'what', 'where', 'who'] as const).map((k) => <TableCell key={k} sx={cell}>{t(`print.${k}`)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((o) => (
              <TableRow key={o.key} sx={o.status === 'abgesagt' ? { textDecoration: 'line-through' } : undefined}>
                <TableCell sx={cell}>{o.allDay ? t('print.allDay') : `${berlinParts(o.startUtc).time}–${berlinParts(o.endUtc).time}`}</TableCell>
                <TableCell sx={cell}>
                  {o.status === 'abgesagt' ? t('cancelledPrefix') : ''}
                  {o.title} ({t(`types.${o.type}`)}){o.caseNumber ? `, ${o.caseNumber}` : ''}
                </TableCell>
                <TableCell sx={cell}>{[t(`places.${o.placeKind}`), o.location, o.room].filter(Boolean).join(', ')}</TableCell>
                <TableCell sx={cell}>{[...o.clients, ...o.staff].map((p) => p.name).join(', ')}{o.interpreterNeeded ? ` (${o.interpreterLanguage ?? ''})` : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/** Tages- oder Wochenplan on A4: the caller's appointments, grouped by day. */
export function SchedulePrint({ kind, date }: { kind: 'tag' | 'woche'; date: string }) {
  const { t } = useTranslation('calendar');
  const from = kind === 'tag' ? date : mondayOf(date);
  const days = kind === 'tag' ? 1 : 7;
  const to = addDays(from, days);
  const range = useCallQuery('appointments.range', { from, to });
  const title =
    kind === 'tag'
      ? t('print.dayTitle', { date: formatDateDe(from) })
      : t('print.weekTitle', { kw: t('week', { week: isoWeekOf(from) }), from: formatDateDe(from), to: formatDateDe(addDays(from, 6)) });
  const all = range.data?.occurrences ?? [];
  const byDay = (d: string) => all.filter((o) => berlinParts(o.startUtc).date === d);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <ErrorAlert error={range.error} />
      <PrintSheet>
        <Typography variant="h5" component="p">{title}</Typography>
        {Array.from({ length: days }, (_, i) => addDays(from, i)).map((d) => <DayTable key={d} date={d} rows={byDay(d)} />)}
      </PrintSheet>
    </>
  );
}
