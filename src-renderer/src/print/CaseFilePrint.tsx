import type { CaseFilePrintView } from '@contract/channels/print';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useCallQuery } from '../api/queries';
import { hrefOf } from '../app/hash-route';
import { formatDateDe, formatInstantDe } from '../calendar/berlin';
import { ErrorAlert } from '../components/ErrorAlert';
import { caseConsultationsPath } from '../consultations/consultation-paths';
import { ConsultationBody } from './ConsultationBody';
import { Letterhead } from './Letterhead';
import { PrintDocument } from './PrintDocument';
import { useDocumentText } from './use-document-text';

/** A date or date-time as stored (YYYY-MM-DD or an ISO instant), in German. */
const when = (at: string | null): string => (!at ? '' : at.length === 10 ? formatDateDe(at) : formatInstantDe(at));

function CaseFacts({ view }: { view: CaseFilePrintView }) {
  const doc = useDocumentText();
  const c = view.case;
  const rows: [string, string][] = [
    [doc('consultation.caseNumber'), c.caseNumber],
    [doc('casefile.phase'), doc(`casefile.phases.${c.phase}`)],
    [doc('casefile.kommune'), c.kommuneName],
    [doc('casefile.managers'), c.managers.map((m) => m.displayName).join(', ')],
    [doc('casefile.openedOn'), when(c.openedOn)],
    [doc('casefile.firstContact'), when(c.firstContactOn)],
    [doc('casefile.intakeReason'), c.intakeReason ?? ''],
    [doc('casefile.consent'), c.consentRecorded ? when(c.consentRecordedOn) || doc('casefile.yes') : doc('casefile.no')],
    [doc('casefile.closedOn'), when(c.closedOn)],
  ];
  return (
    <table className="kim-facts">
      <tbody>
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

function Persons({ view }: { view: CaseFilePrintView }) {
  const doc = useDocumentText();
  return (
    <table>
      <thead>
        <tr>
          {(['name', 'born', 'nationality', 'languages', 'residence', 'contact'] as const).map((k) => (
            <th key={k} scope="col">{doc(`casefile.person.${k}`)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {view.case.persons.map((p) => (
          <tr key={p.id}>
            <td>{`${p.givenNames} ${p.familyName}`}{p.originalScriptName ? ` (${p.originalScriptName})` : ''}</td>
            <td>{p.birthDate ? formatDateDe(p.birthDate) : (p.birthYear ?? '')}</td>
            <td>{p.nationality ?? ''}</td>
            <td>{[p.germanLevel && `Deutsch ${p.germanLevel}`, ...p.languages.map((l) => l.language), p.interpreterNeeded && doc('casefile.person.interpreter', { language: p.interpreterLanguage ?? '' })].filter(Boolean).join(', ')}</td>
            <td>{[p.residenceStatus, p.residenceExpiresOn && doc('casefile.person.until', { date: formatDateDe(p.residenceExpiresOn) })].filter(Boolean).join(', ')}</td>
            <td>{[p.street, [p.postalCode, p.city].filter(Boolean).join(' '), p.phone, p.email].filter(Boolean).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Plan({ view }: { view: CaseFilePrintView }) {
  const doc = useDocumentText();
  const { assessments, goals } = view.plan;
  return (
    <>
      <h3>{doc('casefile.assessments')}</h3>
      {assessments.length === 0 ? <p>{doc('none')}</p> : (
        <table>
          <thead>
            <tr>{(['domain', 'rating', 'situation', 'needs', 'date'] as const).map((k) => <th key={k} scope="col">{doc(`casefile.assessment.${k}`)}</th>)}</tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <td>{doc(`consultations:domains.${a.domain}`)}</td>
                <td>{doc(`casefile.ratings.${a.rating}`)}</td>
                <td>{a.situation}</td>
                <td>{a.needs}</td>
                <td>{formatDateDe(a.assessedOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{doc('casefile.goals')}</h3>
      {goals.length === 0 ? <p>{doc('none')}</p> : goals.map((g) => (
        <div key={g.id} className="kim-keep">
          <p>
            <strong>{g.description}</strong> ({doc(`consultations:domains.${g.domain}`)}; {doc(`casefile.goalStatuses.${g.status}`)}
            {g.dueOn ? `; ${doc('casefile.due', { date: formatDateDe(g.dueOn) })}` : ''})
          </p>
          {g.measures.length > 0 && (
            <ul>
              {g.measures.map((m) => (
                <li key={m.id}>{[m.description, m.partnerName, doc(`casefile.measureStatuses.${m.status}`), m.dueOn && formatDateDe(m.dueOn)].filter(Boolean).join(' – ')}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </>
  );
}

function Timeline({ view }: { view: CaseFilePrintView }) {
  const doc = useDocumentText();
  return (
    <table>
      <thead>
        <tr>{(['date', 'kind', 'text', 'by'] as const).map((k) => <th key={k} scope="col">{doc(`casefile.timeline.${k}`)}</th>)}</tr>
      </thead>
      <tbody>
        {view.timeline.map((e) => (
          <tr key={e.key}>
            <td>{when(e.at)}</td>
            <td>{doc(`casefile.kinds.${e.kind}`, { defaultValue: e.kind })}{` (${doc(`casefile.events.${e.event}`, { defaultValue: e.event })})`}</td>
            <td>{e.summary ?? ''}</td>
            <td>{e.userName ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The whole case file as one document (Art. 15 DSGVO access request or handover). */
export function CaseFilePrint({ caseId }: { caseId: string }) {
  const { t } = useTranslation('print');
  const doc = useDocumentText();
  const view = useCallQuery('print.caseFile', { caseId });
  const printed = useMutation({ mutationFn: (output: 'drucker' | 'pdf') => call('print.recorded', { document: 'fallakte', id: caseId, output }) });
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data) return null;
  const v = view.data;
  return (
    <PrintDocument
      title={t('casefile.title')}
      runningTitle={doc('casefile.running', { caseNumber: v.case.caseNumber })}
      fileName={`Fallakte_${v.case.caseNumber}.pdf`}
      backHref={hrefOf(caseConsultationsPath(caseId))}
      onPrinted={(output) => printed.mutate(output)}
    >
      <Letterhead />
      <h1>{doc('casefile.title')}</h1>
      <p>{doc('casefile.purpose')}</p>
      <h2>{doc('casefile.case')}</h2>
      <CaseFacts view={v} />
      <h2>{doc('casefile.persons')}</h2>
      <Persons view={v} />
      <h2>{doc('casefile.plan')}</h2>
      <Plan view={v} />
      <h2>{doc('casefile.followUps')}</h2>
      {v.followUps.length === 0 ? <p>{doc('none')}</p> : (
        <table>
          <thead>
            <tr>{(['dueOn', 'note', 'owner', 'done'] as const).map((k) => <th key={k} scope="col">{doc(`casefile.followUp.${k}`)}</th>)}</tr>
          </thead>
          <tbody>
            {v.followUps.map((f) => (
              <tr key={f.id}>
                <td>{formatDateDe(f.dueOn)}</td>
                <td>{f.note}</td>
                <td>{f.ownerName ?? ''}</td>
                <td>{f.doneOn ? formatDateDe(f.doneOn) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2 className="kim-page-break">{doc('casefile.consultations')}</h2>
      {v.consultations.length === 0 && <p>{doc('none')}</p>}
      {v.consultations.map((c, i) => (
        <section key={c.consultation.id} className={i > 0 ? 'kim-page-break' : undefined}>
          <h3>{doc('casefile.consultationOf', { date: c.consultation.content.date ? formatDateDe(c.consultation.content.date) : doc('casefile.undated') })}</h3>
          <ConsultationBody view={c} />
        </section>
      ))}
      <h2 className="kim-page-break">{doc('casefile.timelineTitle')}</h2>
      <Timeline view={v} />
    </PrintDocument>
  );
}
