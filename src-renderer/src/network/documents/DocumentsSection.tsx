import type { DocumentView } from '@contract/channels/documents';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import type { PersonOption } from '../person-option';
import { DocumentsTable } from './DocumentsTable';
import { checkFile, readAsBase64 } from './file-check';
import { UploadDropzone } from './UploadDropzone';
import { useDocumentMutations } from './use-document-mutations';

/** Dokumente: PDFs and images kept encrypted in the case file; upload, download, remove. */
export function DocumentsSection({ caseId, persons, canEdit }: { caseId: string; persons: PersonOption[]; canEdit: boolean }) {
  const { t } = useTranslation(['network', 'common']);
  const documents = useCallQuery('documents.list', { caseId });
  const { upload, remove, download } = useDocumentMutations();
  const [description, setDescription] = useState('');
  const [personId, setPersonId] = useState('');
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<DocumentView | null>(null);

  const send = async (file: File) => {
    setNotice('');
    setProblem('');
    upload.reset();
    const issue = await checkFile(file);
    if (issue) return setProblem(t(`documents.${issue}`, { name: file.name }));
    let contentBase64: string;
    try {
      contentBase64 = await readAsBase64(file);
    } catch {
      return setProblem(t('documents.readFailed', { name: file.name }));
    }
    upload.mutate(
      { caseId, fileName: file.name, contentBase64, description: description || undefined, personId: personId || undefined },
      {
        onSuccess: (d) => {
          setDescription('');
          setNotice(t('documents.uploaded', { name: d.fileName }));
        },
      },
    );
  };

  return (
    <Section title={t('documents.title')}>
      {canEdit && (
        <>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField label={t('documents.description')} value={description} onChange={(e) => setDescription(e.target.value)} fullWidth margin="normal" slotProps={{ htmlInput: { maxLength: 500 } }} />
            {persons.length > 1 && (
              <TextField select label={t('documents.person')} value={personId} onChange={(e) => setPersonId(e.target.value)} margin="normal" sx={{ minWidth: 220 }} slotProps={{ select: { native: true } }}>
                <option value="">{t('documents.wholeCase')}</option>
                {persons.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </TextField>
            )}
          </Stack>
          <UploadDropzone disabled={upload.isPending} onFile={(f) => void send(f)} />
        </>
      )}
      <div role="status">
        {upload.isPending && <Alert severity="info">{t('documents.uploading')}</Alert>}
        {notice && <Alert severity="success">{notice}</Alert>}
      </div>
      {problem && (
        <Alert severity="error" sx={{ my: 2 }}>
          {problem}
        </Alert>
      )}
      <ErrorAlert error={upload.error ?? remove.error ?? download.error ?? documents.error} />
      {documents.data?.length === 0 && <Typography>{t('documents.none')}</Typography>}
      {documents.data && documents.data.length > 0 && (
        <DocumentsTable caseId={caseId} documents={documents.data} canEdit={canEdit} busy={download.isPending || remove.isPending} onDownload={(d) => download.mutate(d.id)} onRemove={setRemoving} />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('documents.removeTitle')}
        text={removing ? t('documents.removeText', { name: removing.fileName }) : ''}
        confirmLabel={t('documents.remove')}
        pending={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (!removing) return;
          remove.mutate({ id: removing.id }, { onSuccess: () => setNotice(t('documents.removed')), onSettled: () => setRemoving(null) });
        }}
      />
    </Section>
  );
}
