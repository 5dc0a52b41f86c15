import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import type { ConsentFormPrintView } from '@contract/channels/print';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useCallQuery } from '../api/queries';
import { hrefOf, navigate } from '../app/hash-route';
import { useAppStatus } from '../app/use-app-status';
import { formatDateDe } from '../calendar/berlin';
import { fill } from '../calendar/print/letter-templates';
import { ErrorAlert } from '../components/ErrorAlert';
import { consentTemplate, CONSENT_LANGUAGES, type ConsentTemplate } from './consent-templates';
import { Letterhead } from './Letterhead';
import { consentFormPrintPath } from './print-paths';
import { PrintDocument } from './PrintDocument';
import { SignatureLines } from './SignatureLines';
import { useDocumentText } from './use-document-text';

/** The form in one language: its own direction (RTL for Arabic and Persian) and language tag. */
function FormBlock({ template, view, office, main }: { template: ConsentTemplate; view: ConsentFormPrintView; office: string; main: boolean }) {
  const Heading = main ? 'h1' : 'h2';
  const s = template.sentences;
  const c = view.consent;
  const r = view.recipient;
  return (
    <section lang={template.code} dir={template.dir} data-testid={`consent-${template.code}`} style={{ textAlign: 'start' }}>
      <Heading>{s.title}</Heading>
      {s.translationNote && <p style={{ fontStyle: 'italic' }}>{s.translationNote}</p>}
      <p>{fill(s.intro, { name: view.person.name, office })}</p>
      <table className="kim-facts">
        <tbody>
          <tr>
            <th scope="row">{s.recipient}</th>
            <td>
              <bdi>{[r.name, r.street, [r.postalCode, r.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</bdi>
            </td>
          </tr>
          <tr>
            <th scope="row">{s.purpose}</th>
            <td>
              <bdi>{c.purpose}</bdi>
            </td>
          </tr>
          <tr>
            <th scope="row">{s.categories}</th>
            <td>{c.dataCategories.map((k) => template.categories[k]).join(', ')}</td>
          </tr>
        </tbody>
      </table>
      {c.bidirectional && <p>{s.bidirectional}</p>}
      <p>{c.validUntil ? fill(s.validUntil, { date: formatDateDe(c.validUntil) }) : s.validOpen}</p>
      <p>{s.release}</p>
      <p>{s.voluntary}</p>
      <p>{fill(s.withdraw, { office })}</p>
      <p>{s.rights}</p>
    </section>
  );
}

/** Einwilligung / Schweigepflichtentbindung for a named recipient: German, then the client's language. */
export function ConsentFormPrint({ consentId, language }: { consentId: string; language: string | null }) {
  const { t } = useTranslation('print');
  const doc = useDocumentText();
  const officeName = useAppStatus().data?.officeName ?? '';
  const view = useCallQuery('print.consentForm', { consentId });
  const letterhead = useCallQuery('print.letterhead', {});
  const printed = useMutation({ mutationFn: (output: 'drucker' | 'pdf') => call('print.recorded', { document: 'einwilligung', id: consentId, output }) });
  const german = consentTemplate('de');
  const other = language ? consentTemplate(language) : undefined;
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data || !german) return null;
  const l = letterhead.data?.letterhead;
  const office = [l?.fachdienst, l?.kommune].filter(Boolean).join(', ') || officeName;
  const signatures = (tpl: ConsentTemplate) => [tpl.sentences.placeDate, `${tpl.sentences.signature}: ${view.data.person.name}`];
  return (
    <PrintDocument
      title={t('consent.title')}
      runningTitle={doc('consent.running', { caseNumber: view.data.caseNumber ?? '' })}
      fileName={`Einwilligung_${view.data.caseNumber ?? 'Fall'}_${language ?? 'de'}.pdf`}
      backHref={hrefOf('/faelle')}
      onPrinted={(output) => printed.mutate(output)}
      toolbar={
        <TextField select size="small" label={t('consent.language')} value={language ?? ''} sx={{ minWidth: 200 }}
          onChange={(e) => navigate(consentFormPrintPath(consentId, e.target.value || undefined))}>
          <MenuItem value="">{t('consent.germanOnly')}</MenuItem>
          {CONSENT_LANGUAGES.map((tpl) => (
            <MenuItem key={tpl.code} value={tpl.code} lang={tpl.code}>
              {tpl.name}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      <Letterhead />
      <p style={{ marginTop: '4mm' }}>
        {doc('consent.person', { name: view.data.person.name })}
        {view.data.person.birthDate ? `, ${doc('consent.born', { date: formatDateDe(view.data.person.birthDate) })}` : ''}
        {view.data.caseNumber ? ` · ${doc('consultation.caseNumber')} ${view.data.caseNumber}` : ''}
      </p>
      <FormBlock template={german} view={view.data} office={office} main />
      <SignatureLines labels={signatures(german)} />
      {other && (
        <div className="kim-page-break">
          <FormBlock template={other} view={view.data} office={office} main={false} />
          <SignatureLines labels={signatures(other)} />
        </div>
      )}
    </PrintDocument>
  );
}
