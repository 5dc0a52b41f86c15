import type { ExportFormat, ReportPeriodInput } from '@contract/channels/reports';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { hrefOf } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { periodPath } from '../report-query';
import { saveBase64File } from '../../components/save-file';

/** CSV and XLSX downloads of the tables, and the print view (PDF) for the Lenkungsgruppe. */
export function ExportButtons({ period }: { period: ReportPeriodInput }) {
  const { t } = useTranslation('reports');
  const [notice, setNotice] = useState('');
  const exportFile = useMutation({
    mutationFn: (format: ExportFormat) => call('reports.export', { ...period, format }),
    onSuccess: (file) => {
      saveBase64File(file.fileName, file.base64, file.mimeType);
      setNotice(t('stats.exported', { file: file.fileName }));
    },
  });
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2, flexWrap: 'wrap' }} useFlexGap role="group" aria-label={t('stats.exports')}>
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={exportFile.isPending} onClick={() => exportFile.mutate('csv')}>
          {t('stats.exportCsv')}
        </Button>
        <Button variant="outlined" startIcon={<DownloadIcon />} disabled={exportFile.isPending} onClick={() => exportFile.mutate('xlsx')}>
          {t('stats.exportXlsx')}
        </Button>
        <Button variant="outlined" startIcon={<PrintIcon />} href={hrefOf(periodPath('/berichte/druck', period))}>
          {t('stats.print')}
        </Button>
      </Stack>
      <ErrorAlert error={exportFile.error} />
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
    </>
  );
}
