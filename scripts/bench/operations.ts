import type { CaseListInput } from '../../src-main/contract/channels/cases';
import { CASE_PHASES, LIFE_DOMAINS } from '../../src-main/contract/channels/casefile-fields';
import type { Registry } from '../../src-main/core/ipc/registry';
import { call } from './bench-office';
import type { BenchInputs } from './bench-inputs';

// The operations measured against the seeded office, each exactly as the UI calls it: through
// the registry, as a logged-in team lead or case manager. `read` operations run against the
// encrypted and the plain database for the ratio; writes only against the encrypted one.

export const LEAD = 'bench-lead';
export const MANAGER = 'bench-manager';

export interface Target {
  /** The target for p95 (or the median where `median` is set), in ms. */
  ms: number;
  on: 'p95' | 'median';
}

export interface Operation {
  key: string;
  label: string;
  kind: 'read' | 'write';
  target?: Target;
  run: (r: Registry, x: BenchInputs, i: number) => Promise<unknown>;
}

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

function caseListFilter(x: BenchInputs, i: number): CaseListInput {
  switch (i % 5) {
    case 0:
      return { phase: at(CASE_PHASES, i) };
    case 1:
      return { kommuneId: at(x.kommuneIds, i), sort: 'name', direction: 'asc' };
    case 2:
      return { followUps: 'open' };
    case 3:
      return { needDomain: at(LIFE_DOMAINS, i) };
    default:
      return { phase: 'umsetzung', kommuneId: at(x.kommuneIds, i), sort: 'caseNumber' };
  }
}

/** Everything the case page and its tabs load when a case is opened. */
async function openCaseWithTabs(r: Registry, caseId: string): Promise<void> {
  const view = await call(r, MANAGER, 'cases.get', { id: caseId });
  await Promise.all([
    call(r, MANAGER, 'plan.get', { caseId }),
    call(r, MANAGER, 'notes.list', { caseId }),
    call(r, MANAGER, 'followups.list', { caseId, includeDone: true }),
    call(r, MANAGER, 'timeline.get', { caseId }),
    call(r, MANAGER, 'consultations.listForCase', { caseId }),
    call(r, MANAGER, 'documents.list', { caseId }),
    call(r, MANAGER, 'referrals.listForCase', { caseId }),
    call(r, MANAGER, 'barriers.linksForCase', { caseId }),
    call(r, MANAGER, 'volunteers.listForCase', { caseId }),
    call(r, MANAGER, 'consents.listForPerson', { personId: view.primaryPerson.id }),
  ]);
}

/** A consultation record from start to finalised, on one of the manager's open cases. */
async function writeConsultation(r: Registry, x: BenchInputs, i: number): Promise<void> {
  const caseId = at(x.managerOpenCaseIds, i);
  const { consultation } = await call(r, MANAGER, 'consultations.create', { caseId, template: 'folgeberatung' });
  const saved = await call(r, MANAGER, 'consultations.saveDraft', {
    id: consultation.id,
    version: consultation.version,
    content: {
      ...consultation.content,
      date: x.today,
      startTime: '10:00',
      durationMinutes: 60,
      form: 'im_buero',
      summary: 'Messlauf: Stand der Vereinbarungen besprochen, Unterlagen gesichtet.',
      agreements: [{ what: 'Unterlagen nachreichen', who: 'Klient:in', dueOn: x.month.to }],
    },
  });
  await call(r, MANAGER, 'consultations.finalise', { id: saved.id, version: saved.version });
}

export const OPERATIONS: readonly Operation[] = [
  { key: 'caselist-lead', label: 'Fallliste, 1. Seite mit Filtern (Teamleitung, alle Fälle)', kind: 'read', run: (r, x, i) => call(r, LEAD, 'cases.list', caseListFilter(x, i)) },
  { key: 'caselist-manager', label: 'Fallliste, 1. Seite mit Filtern (eigene Fälle)', kind: 'read', run: (r, x, i) => call(r, MANAGER, 'cases.list', caseListFilter(x, i)) },
  { key: 'case-get', label: 'Fall öffnen: Fallkopf (cases.get)', kind: 'read', target: { ms: 20, on: 'p95' }, run: (r, x, i) => call(r, MANAGER, 'cases.get', { id: at(x.managerCaseIds, i) }) },
  { key: 'case-tabs', label: 'Fall öffnen mit allen Reitern (11 Abfragen)', kind: 'read', target: { ms: 20, on: 'p95' }, run: (r, x, i) => openCaseWithTabs(r, at(x.managerCaseIds, i)) },
  { key: 'search-text', label: 'Globale Suche (Volltext)', kind: 'read', target: { ms: 30, on: 'p95' }, run: (r, x, i) => call(r, LEAD, 'search.global', { query: at(x.textQueries, i) }) },
  { key: 'search-names', label: 'Namenssuche mit Schreibvarianten', kind: 'read', target: { ms: 30, on: 'p95' }, run: (r, x, i) => call(r, LEAD, 'search.global', { query: at(x.nameQueries, i) }) },
  { key: 'month-team', label: 'Kalender: Monatsansicht des Teams', kind: 'read', target: { ms: 30, on: 'p95' }, run: (r, x) => call(r, LEAD, 'appointments.range', { ...x.month, scope: 'team' }) },
  { key: 'month-mine', label: 'Kalender: eigener Monat', kind: 'read', run: (r, x) => call(r, MANAGER, 'appointments.range', { ...x.month, scope: 'mine' }) },
  { key: 'today', label: 'Heute-Seite (Fallmanagement)', kind: 'read', target: { ms: 30, on: 'p95' }, run: (r) => call(r, MANAGER, 'today.overview', {}) },
  { key: 'today-lead', label: 'Heute-Seite (Teamleitung)', kind: 'read', target: { ms: 30, on: 'p95' }, run: (r) => call(r, LEAD, 'today.overview', {}) },
  { key: 'report-stats', label: 'Bericht: Statistik der letzten 12 Monate', kind: 'read', run: (r, x) => call(r, LEAD, 'reports.statistics', x.reportPeriod) },
  { key: 'report-lg', label: 'Bericht: Lenkungsgruppe (12 Monate)', kind: 'read', run: (r, x) => call(r, LEAD, 'reports.lenkungsgruppe', x.reportPeriod) },
  { key: 'consultation-write', label: 'Beratungsdokumentation anlegen, speichern, abschließen', kind: 'write', run: writeConsultation },
];
