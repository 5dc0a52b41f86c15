import { CASE_PHASES } from '@contract/channels/casefile-fields';
import type { CaseView, TransitionOption } from '@contract/channels/cases';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { formatInstant } from '../../network/format';
import { Notice } from '../shared/Notice';
import { TransitionDialog } from './TransitionDialog';

function TransitionButton({ option, onClick }: { option: TransitionOption; onClick: () => void }) {
  const { t } = useTranslation('cases');
  const blockersId = useId();
  const label =
    option.kind === 'close' ? t('phase.close') : t(`phase.${option.kind}`, { phase: t(`phases.${option.to}`) });
  const blocked = option.blockers.length > 0;
  return (
    <div>
      <Button variant={option.kind === 'forward' ? 'contained' : 'outlined'} color={option.kind === 'close' ? 'secondary' : 'primary'} disabled={blocked} onClick={onClick} aria-describedby={blocked ? blockersId : undefined}>
        {label}
      </Button>
      {blocked && (
        <Typography id={blockersId} variant="body2" color="text.secondary">
          {option.blockers.map((b) => t(`phase.blockers.${b}`)).join(' ')}
        </Typography>
      )}
    </div>
  );
}

/** The phase stepper, the possible transitions (with what still blocks them) and the dated history. */
export function PhaseSection({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const [option, setOption] = useState<TransitionOption | null>(null);
  const [notice, setNotice] = useState('');
  const current = CASE_PHASES.indexOf(kase.phase);
  return (
    <Section title={t('phase.title')}>
      <Stepper activeStep={current} alternativeLabel aria-label={t('phase.stepper')} sx={{ mb: 2 }}>
        {CASE_PHASES.map((p, i) => (
          <Step key={p} completed={i < current || kase.phase === 'abschluss'}>
            <StepLabel>{t(`phases.${p}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <Typography sx={{ mb: 2 }}>{t('phase.current', { phase: t(`phases.${kase.phase}`) })}</Typography>
      <Notice text={notice} />
      {kase.canEdit && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          {kase.transitions.map((o) => (
            <TransitionButton key={`${o.kind}-${o.to}`} option={o} onClick={() => setOption(o)} />
          ))}
        </Stack>
      )}
      <Typography component="h3" variant="subtitle1">
        {t('phase.history')}
      </Typography>
      <List dense>
        {[...kase.phaseEvents].reverse().map((e) => (
          <ListItem key={e.id}>
            <ListItemText
              primary={
                e.fromPhase
                  ? t('phase.eventLine', { date: formatInstant(e.at), from: t(`phases.${e.fromPhase}`), to: t(`phases.${e.toPhase}`) })
                  : t('phase.opened', { date: formatInstant(e.at), to: t(`phases.${e.toPhase}`) })
              }
              secondary={[
                e.toPhase === 'abschluss' && e.reason ? t(`closureReasons.${e.reason}`, { defaultValue: e.reason }) : e.reason,
                e.goalAttainment ? t(`attainments.${e.goalAttainment}`) : null,
                e.explanation,
                e.userName,
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </ListItem>
        ))}
      </List>
      {option && (
        <TransitionDialog
          kase={kase}
          option={option}
          onClose={() => setOption(null)}
          onDone={(c) => {
            setOption(null);
            setNotice(t('phase.done', { phase: t(`phases.${c.phase}`) }));
          }}
        />
      )}
    </Section>
  );
}
