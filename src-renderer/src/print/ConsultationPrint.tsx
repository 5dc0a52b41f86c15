import Button from '@mui/material/Button';
import type { PrintCopy, PrintVariant } from '@contract/channels/consultation-fields';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useCallQuery } from '../api/queries';
import { hrefOf } from '../app/hash-route';
import { useReadyMark } from '../app/ready-mark';
import { ErrorAlert } from '../components/ErrorAlert';
import { consultationPath } from '../consultations/consultation-paths';
import { consultationPrintPath } from './print-paths';
import { ConsultationBody } from './ConsultationBody';
import { Letterhead } from './Letterhead';
import { PrintDocument } from './PrintDocument';
import { SignatureLines } from './SignatureLines';
import { useDocumentText } from './use-document-text';

const COPIES: { copy: PrintCopy; variant: PrintVariant; key: string }[] = [
  { copy: 'client', variant: 'standard', key: 'client' },
  { copy: 'client', variant: 'einfach', key: 'clientPlain' },
  { copy: 'file', variant: 'standard', key: 'file' },
];

/** Beratungsdokumentation on paper: client copy (optionally in plain language) or the complete file copy. */
export function ConsultationPrint({ id, copy, variant }: { id: string; copy: PrintCopy; variant: PrintVariant }) {
  const { t } = useTranslation('print');
  const doc = useDocumentText();
  const view = useCallQuery('consultations.printView', { id, copy, variant });
  useReadyMark('print', view.data);
  const printed = useMutation({ mutationFn: (output: 'drucker' | 'pdf') => call('consultations.printed', { id, copy, variant, output }) });
  if (view.error) return <ErrorAlert error={view.error} />;
  if (!view.data) return null;
  const c = view.data.consultation;
  const copyKey = view.data.copy === 'file' ? 'file' : view.data.variant === 'einfach' ? 'clientPlain' : 'client';
  const manager = c.participants.staff[0]?.name ?? view.data.managerNames[0] ?? '';
  const fileName = `Beratung_${c.caseNumber}_${c.content.date || 'Entwurf'}_${view.data.copy === 'file' ? 'Akte' : 'Klient'}.pdf`;
  return (
    <PrintDocument
      title={`${doc('consultation.title')} – ${t(`copies.${copyKey}`)}`}
      runningTitle={doc('consultation.running', { caseNumber: c.caseNumber })}
      fileName={fileName}
      backHref={hrefOf(consultationPath(id))}
      onPrinted={(output) => printed.mutate(output)}
      toolbar={COPIES.map((o) => (
        <Button key={o.key} href={hrefOf(consultationPrintPath(id, o.copy, o.variant))} aria-current={o.key === copyKey ? 'page' : undefined} variant={o.key === copyKey ? 'outlined' : 'text'}>
          {t(`copies.${o.key}`)}
        </Button>
      ))}
    >
      <Letterhead />
      <h1>{doc('consultation.title')}</h1>
      <p>
        <strong>{doc(`copy.${copyKey}`)}</strong>
      </p>
      {c.status === 'entwurf' && <p style={{ fontWeight: 'bold', border: '0.4mm solid #000', padding: '1.5mm' }}>{doc('consultation.draftBanner')}</p>}
      <ConsultationBody view={view.data} />
      <SignatureLines labels={[doc('signature.placeDate'), doc('signature.client'), doc('signature.manager', { name: manager })]} />
    </PrintDocument>
  );
}
