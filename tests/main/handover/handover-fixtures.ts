import { DATA_CATEGORIES } from '../../../src-main/contract/channels/consents';
import type { PartnerView } from '../../../src-main/contract/channels/partners';
import { officeWithStaff, type Staff } from '../helpers/case-fixtures';
import type { TempOffice } from '../helpers/temp-office';

// Two synthetic offices for the handover tests: A builds a family case through the app's own
// channels, B receives it. Marker strings let the tests look for plaintext in files.

export const MARKER = {
  intake: 'UEBERGABEMARKER-Anlass-7Q2',
  note: 'UEBERGABEMARKER-Notiz-K4Z',
  goal: 'UEBERGABEMARKER-Ziel-P9W',
  document: 'UEBERGABEMARKER-Dokument-R3X',
  family: 'Haddadmarkerx',
};
export const PASSPHRASE = 'Uebergabe-Passwort-2026';
export const KOMMUNE = 'Musterstadt (synthetisch)';
const TODAY = '2026-03-10';
export const CLOCK = () => Date.parse(`${TODAY}T09:00:00Z`);

export type StaffOffice = TempOffice & { staff: Staff };

export async function officeWithKommune(): Promise<StaffOffice & { kommuneId: string }> {
  const office = await officeWithStaff(CLOCK);
  const { id } = await office.must<{ id: string }>('kommunen.save', { name: KOMMUNE }, 'test-client');
  return Object.assign(office, { kommuneId: id });
}

export interface BuiltCase {
  caseId: string;
  caseNumber: string;
  personIds: string[];
  recipient: PartnerView;
  documentBytes: Buffer;
}

/** A minimal PDF whose text carries the document marker. */
export const pdfBytes = (): Buffer =>
  Buffer.from(`%PDF-1.4\n1 0 obj <<>> endobj\n% ${MARKER.document}\ntrailer <<>>\n%%EOF\n`, 'latin1');

/** A family case in office A with plan, notes, a follow-up, a document, an appointment and (optionally) the consent. */
export async function buildCase(a: StaffOffice & { kommuneId: string }, opts: { consent: boolean }): Promise<BuiltCase> {
  const view = await a.must<{ id: string; caseNumber: string; persons: { id: string }[] }>(
    'cases.create',
    {
      kommuneId: a.kommuneId,
      intakeReason: MARKER.intake,
      firstContactOn: TODAY,
      members: [
        { person: { familyName: `${MARKER.family}`, givenNames: 'Mohammed', birthYear: 1985 }, relation: 'elternteil' },
        { person: { familyName: `${MARKER.family}`, givenNames: 'Lina', birthYear: 2015 }, relation: 'kind' },
      ],
    },
    'fm',
  );
  const caseId = view.id;
  const personIds = view.persons.map((p) => p.id);
  await a.must('assessments.save', { caseId, personId: personIds[0], domain: 'sprache', rating: 'unterstuetzung', situation: 'A2', assessedOn: TODAY }, 'fm');
  const goal = await a.must<{ id: string }>('goals.save', { caseId, personId: personIds[0], domain: 'sprache', description: MARKER.goal }, 'fm');
  await a.must('measures.save', { goalId: goal.id, description: 'Sprachkurs anmelden' }, 'fm');
  await a.must('followups.create', { caseId, dueOn: '2026-04-01', note: 'Nachfragen' }, 'fm');
  const note = await a.must<{ id: string; version: number }>('notes.create', { caseId, text: 'Erste Fassung' }, 'fm');
  await a.must('notes.update', { id: note.id, version: note.version, text: MARKER.note }, 'fm');
  const documentBytes = pdfBytes();
  await a.must('documents.upload', { caseId, fileName: 'bescheid.pdf', contentBase64: documentBytes.toString('base64') }, 'fm');
  await a.must(
    'appointments.save',
    {
      confirmConflicts: true,
      confirmOutsideAvailability: true,
      appointment: { title: 'Fallberatung', type: 'Beratung', start: { date: '2026-03-12', time: '10:00' }, end: { date: '2026-03-12', time: '11:00' }, staffIds: [a.staff.userIds.fm], caseId, personIds },
    },
    'fm',
  );
  const recipient = await a.must<PartnerView>('partners.create', { name: 'Fachdienst Integration Nachbarstadt', kind: 'sonstige', services: 'KIM' }, 'fm');
  if (opts.consent) {
    await a.must('consents.create', { personId: personIds[0], partnerId: recipient.id, purpose: 'Fallübergabe nach Umzug', dataCategories: [...DATA_CATEGORIES], givenOn: TODAY, validUntil: null }, 'fm');
  }
  return { caseId, caseNumber: view.caseNumber, personIds, recipient, documentBytes };
}

/** Row counts of the tables an import writes to, to prove a refused import changed nothing. */
const TABLES = ['cases', 'persons', 'households', 'notes', 'note_revisions', 'goals', 'measures', 'assessments', 'follow_ups', 'documents', 'appointments', 'person_name_keys', 'search_documents', 'case_managers'] as const;

export function rowCounts(o: TempOffice): Record<(typeof TABLES)[number], number> {
  const raw = o.core.office.database().raw;
  const tables = TABLES;
  return Object.fromEntries(tables.map((t) => [t, (raw.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n])) as Record<(typeof TABLES)[number], number>;
}
