import type { ConsultationPrintView } from '@contract/channels/consultations';
import { formatDateDe, formatInstantDe } from '../calendar/berlin';
import { useDocumentText } from './use-document-text';

const names = (refs: { name: string }[]) => refs.map((r) => r.name).join(', ');

function Fact({ label, children }: { label: string; children: string }) {
  if (!children) return null;
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/** One record as printed: facts, summary, agreements, next steps and appointment, internal note (file copy), addenda. */
export function ConsultationBody({ view }: { view: ConsultationPrintView }) {
  const doc = useDocumentText();
  const c = view.consultation;
  const x = c.content;
  const plain = view.variant === 'einfach';
  const summary = plain && x.summaryPlain.trim() ? x.summaryPlain : x.summary;
  const when = [x.date && formatDateDe(x.date), x.startTime && doc('time', { time: x.startTime })].filter(Boolean).join(', ');
  const duration = x.durationMinutes ? doc('minutes', { count: x.durationMinutes }) : '';
  const topics = [...x.lifeDomains.map((d) => doc(`consultations:domains.${d}`)), ...x.topics].join(', ');
  const next = x.nextAppointment;
  return (
    <>
      <table className="kim-facts">
        <tbody>
          <Fact label={doc('consultation.client')}>{view.clientName}</Fact>
          <Fact label={doc('consultation.caseNumber')}>{c.caseNumber}</Fact>
          <Fact label={doc('consultation.when')}>{[when, duration && `(${duration})`].filter(Boolean).join(' ')}</Fact>
          <Fact label={doc('consultation.form')}>{x.form ? doc(`consultations:forms.${x.form}`) : ''}</Fact>
          <Fact label={doc('consultation.place')}>{x.place}</Fact>
          <Fact label={doc('consultation.persons')}>{names(c.participants.persons)}</Fact>
          <Fact label={doc('consultation.interpreter')}>
            {x.interpreter ? [x.interpreter.name, x.interpreter.language && doc('consultation.language', { language: x.interpreter.language })].filter(Boolean).join(', ') : ''}
          </Fact>
          <Fact label={doc('consultation.staff')}>{names(c.participants.staff)}</Fact>
          <Fact label={doc('consultation.partners')}>{names(c.participants.partners)}</Fact>
          <Fact label={doc('consultation.topics')}>{topics}</Fact>
        </tbody>
      </table>

      <h2>{doc(plain ? 'consultation.summaryPlain' : 'consultation.summary')}</h2>
      <p>{summary || doc('none')}</p>

      <h2>{doc(plain ? 'consultation.agreementsPlain' : 'consultation.agreements')}</h2>
      {plain && x.agreementsPlain.trim() ? (
        <p>{x.agreementsPlain}</p>
      ) : x.agreements.length === 0 ? (
        <p>{doc('none')}</p>
      ) : (
        <table data-testid="agreements">
          <thead>
            <tr>
              <th scope="col">{doc('consultation.what')}</th>
              <th scope="col">{doc('consultation.who')}</th>
              <th scope="col">{doc('consultation.dueOn')}</th>
            </tr>
          </thead>
          <tbody>
            {x.agreements.map((a, i) => (
              <tr key={i}>
                <td>{a.what}</td>
                <td>{a.who}</td>
                <td>{a.dueOn ? formatDateDe(a.dueOn) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {x.nextSteps.trim() && (
        <>
          <h2>{doc('consultation.nextSteps')}</h2>
          <p>{x.nextSteps}</p>
        </>
      )}

      {next && next.date && (
        <>
          <h2>{doc('consultation.nextAppointment')}</h2>
          <p>
            {[
              formatDateDe(next.date),
              next.time && doc('time', { time: next.time }),
              doc('minutes', { count: next.durationMinutes }),
              doc(`consultations:forms.${next.form}`),
              next.place,
            ]
              .filter(Boolean)
              .join(', ')}
          </p>
        </>
      )}

      {view.internalNote !== null && (
        <section data-testid="internal-note">
          <h2>{doc('consultation.internalNote')}</h2>
          <p>{view.internalNote || doc('none')}</p>
        </section>
      )}

      {c.addenda.length > 0 && (
        <>
          <h2>{doc('consultation.addenda')}</h2>
          {c.addenda.map((a) => (
            <div key={a.id} className="kim-keep" style={{ borderInlineStart: '0.8mm solid #555', paddingInlineStart: '3mm', marginBottom: '3mm' }}>
              <strong>{doc('consultation.addendumBy', { at: formatInstantDe(a.createdAt), name: a.authorName ?? '' })}</strong>
              <p>{doc('consultation.addendumReason', { reason: a.reason })}</p>
              <p>{a.text}</p>
            </div>
          ))}
        </>
      )}

      {view.copy === 'file' && (
        <p style={{ fontSize: '9pt', marginTop: '4mm' }}>
          {c.finalisedAt
            ? doc('consultation.finalisedBy', { at: formatInstantDe(c.finalisedAt), name: c.finalisedByName ?? '' })
            : doc('consultation.draftNote')}
        </p>
      )}
    </>
  );
}
