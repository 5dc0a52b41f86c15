import type { CaseView } from '@contract/channels/cases';
import type { GoalView, MeasureView } from '@contract/channels/plan';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import { Notice } from '../shared/Notice';
import { GoalDialog } from './GoalDialog';
import { MeasureDialog } from './MeasureDialog';
import { personNameIn } from './person-name';

type Dialog = { kind: 'goal'; goal: GoalView | null } | { kind: 'measure'; goal: GoalView; measure: MeasureView | null };

function GoalCard({ kase, goal, onEdit }: { kase: CaseView; goal: GoalView; onEdit: (d: Dialog) => void }) {
  const { t } = useTranslation('cases');
  const headingId = useId();
  const meta = [
    t(`domains.${goal.domain}`),
    personNameIn(kase, goal.personId, t('plan.wholeCase')),
    goal.dueOn ? formatDay(goal.dueOn) : t('plan.noDue'),
    goal.responsible,
    t(`goalStatuses.${goal.status}`),
    goal.attainment,
  ].filter(Boolean);
  return (
    <Paper component="article" variant="outlined" aria-labelledby={headingId} sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
        <div>
          <Typography id={headingId} component="h3" variant="subtitle1">
            {goal.description}
          </Typography>
          <Typography variant="body2">{meta.join(' · ')}</Typography>
        </div>
        {kase.canEdit && (
          <IconButton aria-label={t('plan.editGoal', { goal: goal.description })} onClick={() => onEdit({ kind: 'goal', goal })}>
            <EditIcon />
          </IconButton>
        )}
      </Stack>
      <Typography component="h4" variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
        {t('plan.measures')}
      </Typography>
      {goal.measures.length === 0 ? (
        <Typography variant="body2">{t('plan.noMeasures')}</Typography>
      ) : (
        <List dense>
          {goal.measures.map((m) => (
            <ListItem
              key={m.id}
              secondaryAction={
                kase.canEdit && (
                  <IconButton edge="end" aria-label={t('plan.editMeasure', { measure: m.description })} onClick={() => onEdit({ kind: 'measure', goal, measure: m })}>
                    <EditIcon />
                  </IconButton>
                )
              }
            >
              <ListItemText primary={m.description} secondary={[m.partnerName, m.dueOn ? formatDay(m.dueOn) : null, t(`measureStatuses.${m.status}`)].filter(Boolean).join(' · ')} />
            </ListItem>
          ))}
        </List>
      )}
      {kase.canEdit && (
        <Button size="small" startIcon={<AddIcon />} onClick={() => onEdit({ kind: 'measure', goal, measure: null })}>
          {t('plan.addMeasure', { goal: goal.description })}
        </Button>
      )}
    </Paper>
  );
}

/** Hilfeplan: goals per life domain and person, each with its measures. */
export function PlanTab({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const plan = useCallQuery('plan.get', { caseId: kase.id });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState('');
  const saved = (text: string) => () => {
    setDialog(null);
    setNotice(text);
  };
  return (
    <Section title={t('plan.title')}>
      <Notice text={notice} />
      <ErrorAlert error={plan.error} />
      {plan.isPending && <CircularProgress size={24} aria-label={t('common:loading')} />}
      {plan.data && plan.data.goals.length === 0 && <Typography>{t('plan.none')}</Typography>}
      {plan.data?.goals.map((g) => <GoalCard key={g.id} kase={kase} goal={g} onEdit={setDialog} />)}
      {kase.canEdit && (
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'goal', goal: null })}>
          {t('plan.addGoal')}
        </Button>
      )}
      {dialog?.kind === 'goal' && <GoalDialog kase={kase} goal={dialog.goal} onClose={() => setDialog(null)} onSaved={saved(t('plan.goalSaved'))} />}
      {dialog?.kind === 'measure' && <MeasureDialog goal={dialog.goal} measure={dialog.measure} onClose={() => setDialog(null)} onSaved={saved(t('plan.measureSaved'))} />}
    </Section>
  );
}
