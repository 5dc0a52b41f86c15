import type { ReportCell, ReportTable, StatisticsReport } from '../../../src-main/contract/channels/reports';
import { addCase, addKommune, addUser, closeCase, FIXTURE_INTERPRETER, type FixturePerson } from '../helpers/report-fixtures';
import { openTempOffice, setupAndLogin, type TempOffice } from '../helpers/temp-office';

// The hand-built data set of the report tests. Period of interest: Q3 2026 (01.07.–30.09.2026).
//
// Kommune A, manager cm1:
//   S1–S6  single adults born 05/1990 (3 w, 3 m), Syrien, Arabisch, Aufenthaltserlaubnis,
//          opened July 2026, open; need wohnen (unterstützung) + sprache (dringend);
//          goals wohnen erreicht, sprache offen.
//          Consultations: each one im Büro without interpreter in July; S1–S5 also a Hausbesuch
//          with interpreter in August.
//   F      family of four (Ukraine, § 24): father 01/1985, mother 03/1987, girl 02/2022, boy
//          06/2012; opened 10.05.2026, closed 15.08.2026 (snapshot). First assessment bildung
//          unterstützung + wohnen dringend, later bildung stabil + wohnen dringend.
//          Goals bildung erreicht, wohnen teilweise. Referrals: Kita 20.07.2026, Jobcenter 01.06.2026.
//          Consultations: Hausbesuch with interpreter 10.07. and 01.08.2026, Begleitung with
//          interpreter 15.06.2026, and a draft (im Büro, 20.07.2026) that does not count.
//   OLD    closed 31.03.2026 (not active in Q3);  LATE  opened 05.10.2026 (not active in Q3).
// Kommune B, manager cm2:
//   P      single mother 11/1995 with son 01/2020, Afghanistan, Dari, Gestattung, opened
//          10.01.2026, open; referral Sprachkursträger 05.07.2026. Consultations: telefonisch
//          without interpreter 08.07.2026; no form given, with interpreter 02.09.2026.
// Kommune A, manager cm2:
//   Y      young man 04/2005, Eritrea, Tigrinya, no residence status, opened 01.09.2026, open.
//          Consultations: Video with interpreter 10.09.2026; im Büro 02.10.2026 (after Q3).

export const Q3 = { from: '2026-07-01', to: '2026-09-30' };

export interface Dataset {
  office: TempOffice;
  kommuneA: string;
  kommuneB: string;
  cm1: { id: string; clientId: string };
  cm2: { id: string; clientId: string };
  lead: { id: string; clientId: string };
  familyCaseId: string;
  /** S1–S6 (Kommune A, cm1, open). */
  singleCaseIds: string[];
  /** Y (Kommune A, cm2, open). */
  youngCaseId: string;
  /** Every family and given name in the data set (and the interpreter's), to prove no export carries one. */
  names: string[];
}

const single = (n: number, gender: 'weiblich' | 'maennlich'): FixturePerson => ({
  familyName: `Einzeln${n}`,
  givenNames: `Vorname${n}`,
  gender,
  birthDate: '1990-05-12',
  country: 'Syrien',
  languages: ['Arabisch'],
  residenceStatus: 'Aufenthaltserlaubnis § 25 AufenthG',
});

/** `now` fixes the app's clock (link dates, "today"); real time when not given. */
export async function buildDataset(now?: () => number): Promise<Dataset> {
  const office = await setupAndLogin(openTempOffice(undefined, now));
  const db = office.core.office.database();
  const kommuneA = addKommune(db, 'Musterstadt');
  const kommuneB = addKommune(db, 'Beispielheim');
  const cm1 = await addUser(office, 'fall.eins', 'fallmanagement');
  const cm2 = await addUser(office, 'fall.zwei', 'fallmanagement');
  const lead = await addUser(office, 'team.leitung', 'teamleitung');
  const persons: FixturePerson[] = [];
  const add = (c: Parameters<typeof addCase>[1]) => {
    persons.push(...c.persons);
    return addCase(db, c);
  };

  const singleCaseIds: string[] = [];
  for (let n = 1; n <= 6; n++) {
    const id = add({
      kommuneId: kommuneA,
      managerIds: [cm1.id],
      openedOn: `2026-07-0${n}`,
      persons: [single(n, n <= 3 ? 'weiblich' : 'maennlich')],
      assessments: [
        { domain: 'wohnen', rating: 'unterstuetzung', assessedOn: '2026-07-15' },
        { domain: 'sprache', rating: 'dringend', assessedOn: '2026-07-15' },
      ],
      goals: [
        { domain: 'wohnen', status: 'erreicht' },
        { domain: 'sprache', status: 'offen' },
      ],
      consultations: [
        { on: `2026-07-1${n}`, form: 'im_buero', interpreter: false },
        ...(n <= 5 ? [{ on: `2026-08-0${n}`, form: 'hausbesuch' as const, interpreter: true }] : []),
      ],
    });
    singleCaseIds.push(id);
  }
  const ukraine = { country: 'Ukraine', residenceStatus: '§ 24 AufenthG' };
  const familyCaseId = add({
    kommuneId: kommuneA,
    managerIds: [cm1.id],
    openedOn: '2026-05-10',
    persons: [
      { familyName: 'Familienvater', gender: 'maennlich', birthDate: '1985-01-20', relation: 'elternteil', languages: ['Ukrainisch', 'Russisch'], ...ukraine },
      { familyName: 'Familienmutter', gender: 'weiblich', birthDate: '1987-03-02', relation: 'elternteil', languages: ['Ukrainisch', 'Russisch'], ...ukraine },
      { familyName: 'Familientochter', gender: 'weiblich', birthDate: '2022-02-14', relation: 'kind', languages: ['Ukrainisch'], ...ukraine },
      { familyName: 'Familiensohn', gender: 'maennlich', birthDate: '2012-06-30', relation: 'kind', languages: ['Ukrainisch'], ...ukraine },
    ],
    assessments: [
      { domain: 'bildung', rating: 'unterstuetzung', assessedOn: '2026-05-20' },
      { domain: 'wohnen', rating: 'dringend', assessedOn: '2026-05-20' },
      { domain: 'bildung', rating: 'stabil', assessedOn: '2026-08-10' },
      { domain: 'wohnen', rating: 'dringend', assessedOn: '2026-08-10' },
    ],
    goals: [
      { domain: 'bildung', status: 'erreicht' },
      { domain: 'wohnen', status: 'teilweise' },
    ],
    referrals: [
      { kind: 'kita', on: '2026-07-20' },
      { kind: 'jobcenter', on: '2026-06-01' },
    ],
    consultations: [
      { on: '2026-07-10', form: 'hausbesuch', interpreter: true },
      { on: '2026-08-01', form: 'hausbesuch', interpreter: true },
      { on: '2026-06-15', form: 'begleitung', interpreter: true },
      { on: '2026-07-20', form: 'im_buero', interpreter: false, draft: true },
    ],
  });
  closeCase(db, familyCaseId, '2026-08-15');

  const old = add({ kommuneId: kommuneA, managerIds: [cm1.id], openedOn: '2026-01-01', persons: [{ familyName: 'Altfall', gender: 'weiblich', birthYear: 1970 }] });
  closeCase(db, old, '2026-03-31');
  add({ kommuneId: kommuneA, managerIds: [cm1.id], openedOn: '2026-10-05', persons: [{ familyName: 'Spaetfall', gender: 'maennlich', birthYear: 1980 }] });

  add({
    kommuneId: kommuneB,
    managerIds: [cm2.id],
    openedOn: '2026-01-10',
    persons: [
      { familyName: 'Alleinmutter', gender: 'weiblich', birthDate: '1995-11-03', relation: 'elternteil', country: 'Afghanistan', languages: ['Dari'], residenceStatus: 'Aufenthaltsgestattung' },
      { familyName: 'Alleinsohn', gender: 'maennlich', birthDate: '2020-01-09', relation: 'kind', country: 'Afghanistan', languages: ['Dari'], residenceStatus: 'Aufenthaltsgestattung' },
    ],
    referrals: [{ kind: 'sprachkurstraeger', on: '2026-07-05' }],
    consultations: [
      { on: '2026-07-08', form: 'telefonisch', interpreter: false },
      { on: '2026-09-02', form: null, interpreter: true },
    ],
  });
  const youngCaseId = add({
    kommuneId: kommuneA,
    managerIds: [cm2.id],
    openedOn: '2026-09-01',
    persons: [{ familyName: 'Jungmann', gender: 'maennlich', birthDate: '2005-04-18', country: 'Eritrea', languages: ['Tigrinya'] }],
    consultations: [
      { on: '2026-09-10', form: 'video', interpreter: true },
      { on: '2026-10-02', form: 'im_buero', interpreter: false },
    ],
  });

  const names = [...persons.flatMap((p) => [p.familyName, ...(p.givenNames && p.givenNames !== 'Test' ? [p.givenNames] : [])]), FIXTURE_INTERPRETER.name];
  return { office, kommuneA, kommuneB, cm1, cm2, lead, familyCaseId, singleCaseIds, youngCaseId, names };
}

export function tableOf(report: Pick<StatisticsReport, 'sections'>, id: string): ReportTable {
  const t = report.sections.flatMap((s) => s.tables).find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
}

/** Row key → its cells (one-column tables: the single cell). */
export function rowsOf(t: ReportTable): Record<string, ReportCell | ReportCell[]> {
  return Object.fromEntries(t.rows.map((r, i) => [r, t.columns.length === 1 ? t.cells[i]![0]! : t.cells[i]!]));
}
