import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { CalendarScope } from '@contract/channels/calendar-fields';
import { useTranslation } from 'react-i18next';
import { useStaffOptions } from './calendar-api';
import type { ViewKey } from './CalendarView';

interface Props {
  view: ViewKey;
  onView: (view: ViewKey) => void;
  title: string;
  week: number | null;
  onPrev: () => void;
  onNext: () => void;
  onToday: () => void;
  jumpDate: string;
  onJump: (date: string) => void;
  isTeamLead: boolean;
  scope: CalendarScope;
  onScope: (scope: CalendarScope) => void;
  staffId: string;
  onStaff: (staffId: string) => void;
}

// MUI's unselected toggle text is too light on the page background for AA contrast.
const toggleText = { '& .MuiToggleButton-root': { color: 'rgba(0, 0, 0, 0.8)' }, bgcolor: 'background.paper' } as const;

/** Navigation (today, back, forward, jump to a date), the views, and the team lead's team view. */
export function CalendarToolbar(p: Props) {
  const { t } = useTranslation('calendar');
  const staff = useStaffOptions();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <Button variant="outlined" onClick={p.onToday}>{t('today')}</Button>
      <IconButton aria-label={t('previous')} onClick={p.onPrev}><ChevronLeftIcon /></IconButton>
      <IconButton aria-label={t('next')} onClick={p.onNext}><ChevronRightIcon /></IconButton>
      <Typography variant="h6" component="h2" sx={{ mx: 1 }} data-testid="calendar-title">
        {p.title}
        {p.week !== null && ` · ${t('week', { week: p.week })}`}
      </Typography>
      <TextField type="date" size="small" label={t('jumpTo')} value={p.jumpDate} slotProps={{ inputLabel: { shrink: true } }}
        onChange={(e) => e.target.value && p.onJump(e.target.value)} />
      <ToggleButtonGroup exclusive size="small" sx={toggleText} value={p.view} aria-label={t('views.label')} onChange={(_e, v: ViewKey | null) => v && p.onView(v)}>
        {(['day', 'workWeek', 'week', 'month', 'agenda'] as const).map((v) => (
          <ToggleButton key={v} value={v}>{t(`views.${v}`)}</ToggleButton>
        ))}
      </ToggleButtonGroup>
      {p.isTeamLead && (
        <>
          <ToggleButtonGroup exclusive size="small" sx={toggleText} value={p.scope} aria-label={t('scope.label')} onChange={(_e, v: CalendarScope | null) => v && p.onScope(v)}>
            <ToggleButton value="mine">{t('scope.mine')}</ToggleButton>
            <ToggleButton value="team">{t('scope.team')}</ToggleButton>
          </ToggleButtonGroup>
          {p.scope === 'team' && (
            <TextField select size="small" label={t('staffFilter')} value={p.staffId} sx={{ minWidth: 180 }} onChange={(e) => p.onStaff(e.target.value)}>
              <MenuItem value="">{t('allStaff')}</MenuItem>
              {(staff.data ?? []).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
            </TextField>
          )}
        </>
      )}
    </Stack>
  );
}
