import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { useVolunteerMutations } from '../volunteers/use-volunteer-mutations';

/** Volunteers accompanying the case: assigned and released from here. */
export function CaseVolunteers({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation('network');
  const onCase = useCallQuery('volunteers.listForCase', { caseId });
  const all = useCallQuery('volunteers.list', {}, { enabled: canEdit });
  const { assign, unassign } = useVolunteerMutations();
  const [choice, setChoice] = useState('');
  const assigned = new Set((onCase.data ?? []).map((v) => v.id));
  const free = (all.data ?? []).filter((v) => !assigned.has(v.id));
  return (
    <Section title={t('volunteers.onCase')}>
      <ErrorAlert error={onCase.error ?? assign.error ?? unassign.error} />
      {onCase.data?.length === 0 && <Typography>{t('volunteers.noneOnCase')}</Typography>}
      <List dense>
        {onCase.data?.map((v) => (
          <ListItem
            key={v.id}
            secondaryAction={
              canEdit && (
                <Button size="small" onClick={() => unassign.mutate({ volunteerId: v.id, caseId })} aria-label={t('actionFor', { action: t('volunteers.unassign'), name: v.displayName })}>
                  {t('volunteers.unassign')}
                </Button>
              )
            }
          >
            <ListItemText primary={v.displayName} secondary={[v.helpsWith, v.contact].filter(Boolean).join(' · ')} />
          </ListItem>
        ))}
      </List>
      {canEdit && free.length > 0 && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <TextField select label={t('volunteers.assignLabel')} value={choice} onChange={(e) => setChoice(e.target.value)} sx={{ minWidth: 260 }} slotProps={{ select: { native: true } }}>
            <option value="" />
            {free.map((v) => (
              <option key={v.id} value={v.id}>
                {v.displayName}
              </option>
            ))}
          </TextField>
          <Button variant="outlined" disabled={!choice || assign.isPending} onClick={() => assign.mutate({ volunteerId: choice, caseId }, { onSuccess: () => setChoice('') })}>
            {t('volunteers.assign')}
          </Button>
        </Stack>
      )}
    </Section>
  );
}
