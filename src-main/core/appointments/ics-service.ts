import { and, inArray } from 'drizzle-orm';
import type { IcsPreview } from '../../contract/channels/calendar';
import { appendAudit } from '../audit/audit-log';
import { BERLIN_TZ, utcToBerlin } from '../calendar/berlin-time';
import { type CalendarEntry, exportIcs } from '../calendar/ics-export';
import { type IcsImportEvent, parseIcs } from '../calendar/ics-import';
import type { Series } from '../calendar/recurrence';
import type { CaseCtx } from '../cases/service-context';
import { inTransaction, type OfficeDb } from '../db/open-encrypted';
import { appointments, cases, persons } from '../db/schema';
import { AppError } from '../errors';
import { visibleAppointmentCondition } from './appointment-access';
import { type AppointmentRow, chunks, insertAppointment, linksOf, seriesColumns, seriesOf } from './appointments-repo';
import { spanOf } from './draft-times';
import { rangeBounds, rowsOverlapping } from './range-service';

// iCalendar files in and out. Export leaves the protected database, so client names and details
// are left out unless asked for (the pure module decides what goes in). Import reads the whole
// file first and writes every importable event in one transaction: all or nothing.

export interface ExportRequest {
  ids?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  includeClientNames: boolean;
  includeClientDetails: boolean;
}

function rowsToExport(ctx: CaseCtx, r: ExportRequest): AppointmentRow[] {
  const visible = visibleAppointmentCondition(ctx.db, ctx.actor);
  if (r.ids) {
    const rows = chunks(r.ids).flatMap((part) =>
      ctx.db.orm.select().from(appointments).where(and(inArray(appointments.id, part), visible)).all(),
    );
    if (rows.length !== new Set(r.ids).size) throw new AppError('NOT_FOUND', 'Mindestens ein Termin existiert nicht oder ist nicht sichtbar.');
    return rows;
  }
  if (!r.from || !r.to) throw new AppError('VALIDATION', 'Bitte einen Termin oder einen Zeitraum wählen.', { field: 'from' });
  const { fromUtc, toUtc } = rangeBounds(r.from, r.to);
  return rowsOverlapping(ctx.db, fromUtc, toUtc, visible);
}

function clientNamesOf(db: OfficeDb, rows: AppointmentRow[]): Map<string, string[]> {
  const links = linksOf(db, rows.map((r) => r.id));
  const personIds = [...new Set([...links.persons.values()].flat())];
  const names = new Map<string, string>();
  for (const part of chunks(personIds)) {
    for (const p of db.orm.select({ id: persons.id, g: persons.givenNames, f: persons.familyName }).from(persons).where(inArray(persons.id, part)).all()) {
      names.set(p.id, `${p.g} ${p.f}`.trim());
    }
  }
  const caseNumbers = new Map<string, string>();
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  for (const part of chunks(caseIds)) {
    for (const c of db.orm.select({ id: cases.id, n: cases.caseNumber }).from(cases).where(inArray(cases.id, part)).all()) caseNumbers.set(c.id, c.n);
  }
  // A case appointment without listed persons is still a client appointment: its case number
  // stands in, so the privacy default ("Beratungstermin") applies to it as well.
  return new Map(
    rows.map((r) => {
      const listed = (links.persons.get(r.id) ?? []).map((id) => names.get(id) ?? '').filter(Boolean);
      const fallback = r.caseId ? [`Fall ${caseNumbers.get(r.caseId) ?? ''}`] : [];
      return [r.id, listed.length > 0 ? listed : fallback];
    }),
  );
}

const placeText = (r: AppointmentRow) => [r.location, r.room ? `Raum ${r.room}` : null].filter(Boolean).join(', ') || null;

function entryOf(r: AppointmentRow, clientNames: string[]): CalendarEntry {
  const s = seriesOf(r);
  return {
    uid: r.uid,
    title: r.title,
    type: r.type,
    status: r.status,
    clientNames,
    location: placeText(r),
    description: r.note,
    startUtc: r.startUtc,
    endUtc: r.endUtc,
    allDay: r.allDay,
    recurrence: s ? { rule: s.rule, exdates: s.exdates, overrides: s.overrides } : null,
  };
}

export function exportCalendar(ctx: CaseCtx, r: ExportRequest): { fileName: string; content: string } {
  const rows = rowsToExport(ctx, r);
  const names = clientNamesOf(ctx.db, rows);
  const content = exportIcs(
    rows.map((row) => entryOf(row, names.get(row.id) ?? [])),
    { includeClientNames: r.includeClientNames, includeClientDetails: r.includeClientDetails, now: ctx.at.toISOString() },
  );
  const day = utcToBerlin(ctx.at.toISOString()).date;
  return { fileName: r.ids?.length === 1 ? `termin-${day}.ics` : `termine-${day}.ics`, content };
}

/** UIDs already in the calendar (a file imported twice adds nothing the second time). */
function knownUids(db: OfficeDb, uids: string[]): Set<string> {
  const out = new Set<string>();
  for (const part of chunks([...new Set(uids)])) {
    for (const r of db.orm.select({ uid: appointments.uid }).from(appointments).where(inArray(appointments.uid, part)).all()) out.add(r.uid);
  }
  return out;
}

interface Classified {
  event: IcsImportEvent;
  duplicate: boolean;
}

function classify(db: OfficeDb, content: string): Classified[] {
  const { events } = parseIcs(content);
  const known = knownUids(db, events.flatMap((e) => (e.entry ? [e.entry.uid] : [])));
  const seen = new Set<string>();
  return events.map((event) => {
    const uid = event.entry?.uid;
    const duplicate = uid !== undefined && (known.has(uid) || seen.has(uid));
    if (uid !== undefined) seen.add(uid);
    return { event, duplicate };
  });
}

export function previewImport(ctx: CaseCtx, content: string): IcsPreview {
  const rows = classify(ctx.db, content).map(({ event, duplicate }) => ({
    line: event.line,
    uid: event.uid,
    title: event.entry?.title ?? '',
    startUtc: event.entry?.startUtc ?? null,
    endUtc: event.entry?.endUtc ?? null,
    allDay: event.entry?.allDay ?? false,
    isSeries: Boolean(event.entry?.recurrence),
    importable: event.entry !== null && !duplicate,
    duplicate,
    warnings: event.warnings,
  }));
  return { events: rows, importable: rows.filter((r) => r.importable).length };
}

const clip = (v: string | null | undefined, max: number) => (v ? v.trim().slice(0, max) || null : null);

function importColumns(e: CalendarEntry) {
  const series: Series | null = e.recurrence ? { startUtc: e.startUtc, endUtc: e.endUtc, allDay: e.allDay, ...e.recurrence } : null;
  const times = { startUtc: e.startUtc, endUtc: e.endUtc, allDay: e.allDay, series };
  const cancelled = e.status === 'abgesagt';
  return {
    title: clip(e.title, 200) ?? 'Termin (importiert)',
    type: e.type,
    status: e.status,
    cancelReason: cancelled ? 'Im importierten Kalender abgesagt' : null,
    startUtc: e.startUtc,
    endUtc: e.endUtc,
    allDay: e.allDay,
    timeZone: BERLIN_TZ,
    ...seriesColumns(series, series && !e.allDay ? utcToBerlin(e.startUtc).time : null),
    ...spanOf(times),
    seriesId: null,
    occurrenceDate: null,
    placeKind: e.location ? ('adresse' as const) : ('buero' as const),
    location: clip(e.location, 300),
    room: null,
    roomKey: null,
    caseId: null,
    interpreterNeeded: false,
    interpreterLanguage: null,
    note: clip(e.description, 4_000),
  };
}

/** Imports the file's new, importable events (minus `skipUids`) in one transaction. */
export function importCalendar(ctx: CaseCtx, content: string, skipUids: string[]): { imported: number } {
  const skip = new Set(skipUids);
  return inTransaction(ctx.db, () => {
    const entries = classify(ctx.db, content).flatMap(({ event, duplicate }) =>
      event.entry && !duplicate && !skip.has(event.entry.uid) ? [event.entry] : [],
    );
    for (const e of entries) {
      insertAppointment(ctx.db, importColumns(e), { staffIds: [ctx.actor.userId], personIds: [] }, { createdBy: ctx.actor.userId, at: ctx.at, uid: e.uid });
    }
    appendAudit(ctx.db, { userId: ctx.actor.userId, action: 'appointment.import', entity: 'appointment', entityId: null }, ctx.at);
    return { imported: entries.length };
  });
}
