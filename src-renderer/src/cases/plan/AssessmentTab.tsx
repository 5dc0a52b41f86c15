import type { CaseView } from '@contract/channels/cases';
import type { AssessmentView } from '@contract/channels/plan';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import { Notice } from '../shared/Notice';
import { AssessmentDialog } from './AssessmentDialog';
import { personNameIn } from './person-name';

// An outlined warning chip falls below WCAG contrast on white; "Unterstützung" stays neutral.
const RATING_COLOR = { stabil: 'success', unterstuetzung: 'default', dringend: 'error' } as const;

/** Assessment: one row per assessed life domain (and person), with situation, resources and needs. */
export function AssessmentTab({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const plan = useCallQuery('plan.get', { caseId: kase.id });
  const [dialog, setDialog] = useState<{ assessment: AssessmentView | null } | null>(null);
  const [notice, setNotice] = useState('');
  const rows = plan.data?.assessments ?? [];
  return (
    <Section title={t('assessment.title')}>
      <Notice text={notice} />
      <ErrorAlert error={plan.error} />
      {plan.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {plan.data && rows.length === 0 && <Typography>{t('assessment.none')}</Typography>}
      {rows.length > 0 && (
        <Table size="small" aria-label={t('assessment.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('assessment.domain')}</TableCell>
              <TableCell>{t('assessment.person')}</TableCell>
              <TableCell>{t('assessment.rating')}</TableCell>
              <TableCell>{t('assessment.situation')}</TableCell>
              <TableCell>{t('assessment.resources')}</TableCell>
              <TableCell>{t('assessment.needs')}</TableCell>
              <TableCell>{t('assessment.assessedOn')}</TableCell>
              {kase.canEdit && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{t(`domains.${a.domain}`)}</TableCell>
                <TableCell>{personNameIn(kase, a.personId, t('assessment.wholeCase'))}</TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" color={RATING_COLOR[a.rating]} label={t(`ratings.${a.rating}`)} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.situation}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.resources}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.needs}</TableCell>
                <TableCell>{formatDay(a.assessedOn)}</TableCell>
                {kase.canEdit && (
                  <TableCell>
                    <IconButton aria-label={t('assessment.edit', { domain: t(`domains.${a.domain}`) })} onClick={() => setDialog({ assessment: a })}>
                      <EditIcon />
                    </IconButton>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {kase.canEdit && (
        <Button sx={{ mt: 2 }} variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ assessment: null })}>
          {t('assessment.add')}
        </Button>
      )}
      {dialog && (
        <AssessmentDialog
          kase={kase}
          assessment={dialog.assessment}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setNotice(t('assessment.saved'));
          }}
        />
      )}
    </Section>
  );
}
