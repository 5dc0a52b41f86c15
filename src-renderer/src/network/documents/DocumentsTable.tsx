import type { DocumentView } from '@contract/channels/documents';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { DisputeMarker } from '../disputes/DisputeMarker';
import { formatBytes, formatInstant } from '../format';

const TYPE_LABELS: Record<DocumentView['mimeType'], string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

interface Props {
  caseId: string;
  documents: DocumentView[];
  canEdit: boolean;
  busy: boolean;
  onDownload: (d: DocumentView) => void;
  onRemove: (d: DocumentView) => void;
}

export function DocumentsTable({ caseId, documents, canEdit, busy, onDownload, onRemove }: Props) {
  const { t } = useTranslation('network');
  return (
    <TableContainer>
      <Table size="small" aria-label={t('documents.caption')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('documents.fileName')}</TableCell>
            <TableCell>{t('documents.type')}</TableCell>
            <TableCell>{t('documents.size')}</TableCell>
            <TableCell>{t('documents.uploadedAt')}</TableCell>
            <TableCell>{t('documents.actions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {documents.map((d) => (
            <TableRow key={d.id}>
              <TableCell>
                {d.fileName}
                <DisputeMarker caseId={caseId} entity="document" entityId={d.id} label={d.fileName} canEdit={canEdit} />
                {d.description && <div>{d.description}</div>}
              </TableCell>
              <TableCell>{TYPE_LABELS[d.mimeType]}</TableCell>
              <TableCell>{formatBytes(d.sizeBytes)}</TableCell>
              <TableCell>{[formatInstant(d.uploadedAt), d.uploadedByName].filter(Boolean).join(', ')}</TableCell>
              <TableCell>
                <Stack direction="row" spacing={1}>
                  <Button size="small" disabled={busy} onClick={() => onDownload(d)} aria-label={t('actionFor', { action: t('documents.download'), name: d.fileName })}>
                    {t('documents.download')}
                  </Button>
                  {canEdit && (
                    <Button size="small" color="error" disabled={busy} onClick={() => onRemove(d)} aria-label={t('actionFor', { action: t('documents.remove'), name: d.fileName })}>
                      {t('documents.remove')}
                    </Button>
                  )}
                </Stack>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
