import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { CONSULTATION_TEMPLATE_IDS, type ConsultationTemplateId } from '@contract/channels/consultation-fields';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useCallQuery } from '../api/queries';
import { hrefOf, navigate } from '../app/hash-route';
import { formatDateDe } from '../calendar/berlin';
import { ErrorAlert } from '../components/ErrorAlert';
import { useRole } from '../network/use-role';
import { caseFilePrintPath } from '../print/print-paths';
import { consultationPath } from './consultation-paths';

/**
 * The records of one case with "new record" (optionally from a template) and the case-file print.
 * Made to sit in a tab of the case page; until that exists it has its own route (/beratung/fall/<id>).
 */
export function CaseConsultations({ caseId }: { caseId: string }) {
  const { t } = useTranslation('consultations');
  const role = useRole();
  const list = useCallQuery('consultations.listForCase', { caseId });
  const [template, setTemplate] = useState<ConsultationTemplateId | ''>('');
  const start = useMutation({
    mutationFn: () => call('consultations.create', { caseId, ...(template ? { template } : {}) }),
    onSuccess: (r) => navigate(consultationPath(r.consultation.id)),
  });
  const mayStart = role === 'fallmanagement' || role === 'administration';
  return (
    <>
      {mayStart && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
          <TextField select size="small" label={t('template')} value={template} onChange={(e) => setTemplate(e.target.value as ConsultationTemplateId | '')} sx={{ minWidth: 220 }}>
            <MenuItem value="">{t('noTemplate')}</MenuItem>
            {CONSULTATION_TEMPLATE_IDS.map((id) => (
              <MenuItem key={id} value={id}>
                {t(`templates.${id}`)}
              </MenuItem>
            ))}
          </TextField>
          <Button variant="contained" onClick={() => start.mutate()} disabled={start.isPending}>
            {t('new')}
          </Button>
          <Button href={hrefOf(caseFilePrintPath(caseId))}>{t('actions.printCaseFile')}</Button>
        </Stack>
      )}
      <ErrorAlert error={start.error ?? list.error} />
      {list.data?.length === 0 && <Typography>{t('none')}</Typography>}
      {list.data && list.data.length > 0 && (
        <Table size="small" aria-label={t('listTitle')}>
          <TableHead>
            <TableRow>
              {(['date', 'form', 'topics', 'status', 'author', 'actions'] as const).map((k) => (
                <TableCell key={k}>{t(`columns.${k}`)}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {list.data.map((c) => {
              const date = c.date ? formatDateDe(c.date) : t('undated');
              return (
                <TableRow key={c.id}>
                  <TableCell>{[date, c.startTime].filter(Boolean).join(', ')}</TableCell>
                  <TableCell>{c.form ? t(`forms.${c.form}`) : ''}</TableCell>
                  <TableCell>{c.topics.join(', ')}</TableCell>
                  <TableCell>
                    <Chip size="small" label={t(`status.${c.status}`)} color={c.status === 'abgeschlossen' ? 'success' : 'default'} variant="outlined" />
                  </TableCell>
                  <TableCell>{c.authorName ?? ''}</TableCell>
                  <TableCell>
                    <Button size="small" href={hrefOf(consultationPath(c.id))} aria-label={t('openFor', { date })}>
                      {t('open')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </>
  );
}
