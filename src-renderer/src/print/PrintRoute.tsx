import { NotFoundPage } from '../app/NotFoundPage';
import { CaseFilePrint } from './CaseFilePrint';
import { ConsentFormPrint } from './ConsentFormPrint';
import { ConsultationPrint } from './ConsultationPrint';

const ID = '([\\w-]+)';
const CONSULTATION = new RegExp(`^/beratung/${ID}/(klient|akte)(/einfach)?$`);
const CASE_FILE = new RegExp(`^/fallakte/${ID}$`);
const CONSENT = new RegExp(`^/einwilligung/${ID}(?:/([a-z]{2}))?$`);

/** /druck/beratung/<id>/klient[/einfach] | /akte, /druck/fallakte/<case id>, /druck/einwilligung/<id>[/<lang>]. */
export function PrintRoute({ rest }: { rest: string }) {
  const consultation = CONSULTATION.exec(rest);
  if (consultation) {
    const copy = consultation[2] === 'akte' ? 'file' : 'client';
    return <ConsultationPrint id={consultation[1] ?? ''} copy={copy} variant={copy === 'client' && consultation[3] ? 'einfach' : 'standard'} />;
  }
  const caseFile = CASE_FILE.exec(rest);
  if (caseFile) return <CaseFilePrint caseId={caseFile[1] ?? ''} />;
  const consent = CONSENT.exec(rest);
  if (consent) return <ConsentFormPrint consentId={consent[1] ?? ''} language={consent[2] ?? null} />;
  return <NotFoundPage />;
}
