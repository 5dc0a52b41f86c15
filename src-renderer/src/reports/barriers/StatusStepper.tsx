import type { BarrierStatus } from '@contract/channels/barriers';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useTranslation } from 'react-i18next';

const PATH: readonly BarrierStatus[] = ['erkannt', 'benannt', 'an_arbeitskreis', 'lenkungsgruppe', 'in_bearbeitung'];
const ENDS: readonly BarrierStatus[] = ['abgebaut', 'nicht_loesbar'];

/** Where the barrier stands on its path; the last step is whichever end it reached (or both, open). */
export function StatusStepper({ status }: { status: BarrierStatus }) {
  const { t } = useTranslation('reports');
  const ended = ENDS.includes(status);
  const active = ended ? PATH.length : PATH.indexOf(status);
  const endLabel = ended ? t(`dim.huerdenstatus.${status}`) : t('barrier.endStates');
  return (
    <Stepper activeStep={active} alternativeLabel aria-label={t('barrier.progress')} sx={{ my: 2 }}>
      {[...PATH.map((s) => t(`dim.huerdenstatus.${s}`)), endLabel].map((label, i) => (
        <Step key={label} completed={i < active || (ended && i === active)}>
          <StepLabel aria-current={i === active ? 'step' : undefined}>{label}</StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}
