import type { CaseView } from '@contract/channels/cases';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import { Notice } from '../shared/Notice';
import { IntakeDialog } from './IntakeDialog';
import { PersonsSection } from './PersonsSection';
import { PhaseSection } from './PhaseSection';

function IntakeSection({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const rows: [string, string][] = [
    [t('overview.kommune'), kase.kommuneName],
    [t('overview.managers'), kase.managers.map((m) => m.displayName).join(', ')],
    [t('overview.openedOn'), formatDay(kase.openedOn)],
    [t('overview.firstContactOn'), kase.firstContactOn ? formatDay(kase.firstContactOn) : ''],
    [t('overview.intakeReason'), kase.intakeReason ?? ''],
    [t('overview.consent'), kase.consentRecorded && kase.consentRecordedOn ? t('overview.consentYes', { date: formatDay(kase.consentRecordedOn) }) : t('overview.consentNo')],
  ];
  if (kase.closedOn) {
    rows.push([t('overview.closedOn'), formatDay(kase.closedOn)]);
    rows.push([t('overview.closure'), [kase.closureReason && t(`closureReasons.${kase.closureReason}`), kase.goalAttainment && t(`attainments.${kase.goalAttainment}`)].filter(Boolean).join(' · ')]);
  }
  return (
    <Section title={t('overview.intake')}>
      <Notice text={notice} />
      <Table size="small">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ width: 240 }}>
                {label}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {kase.canEdit && (
        <Button sx={{ mt: 2 }} onClick={() => setEditing(true)}>
          {t('overview.editIntake')}
        </Button>
      )}
      {editing && (
        <IntakeDialog
          kase={kase}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setNotice(t('overview.intakeSaved'));
          }}
        />
      )}
    </Section>
  );
}

/** Überblick: phase and transitions, intake, persons and household. */
export function OverviewTab({ kase }: { kase: CaseView }) {
  return (
    <>
      <PhaseSection kase={kase} />
      <IntakeSection kase={kase} />
      <PersonsSection kase={kase} />
    </>
  );
}
