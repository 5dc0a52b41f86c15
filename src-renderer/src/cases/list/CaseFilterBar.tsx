import { CASE_PHASES, LIFE_DOMAINS } from '@contract/channels/casefile-fields';
import { CASE_SORTS } from '@contract/channels/cases';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import type { CaseListState } from './case-list-state';

function FilterSelect({ label, value, onChange, children }: { label: string; value: string; onChange: (v: string) => void; children: ReactNode }) {
  return (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} slotProps={{ select: { native: true }, inputLabel: { shrink: true } }} sx={{ minWidth: 170 }}>
      {children}
    </TextField>
  );
}

/** The case list's toolbar: text search and filters; every change starts again at the first page. */
export function CaseFilterBar({ state, onChange, query, onQuery }: { state: CaseListState; onChange: (patch: Partial<CaseListState>) => void; query: string; onQuery: (q: string) => void }) {
  const { t } = useTranslation('cases');
  const kommunen = useCallQuery('kommunen.list', { includeInactive: true });
  const managers = useCallQuery('cases.managerOptions', {});
  const set = (patch: Partial<CaseListState>) => onChange({ ...patch, offset: 0 });
  const all = <option value="">{t('list.all')}</option>;
  return (
    <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', mb: 2 }} role="search" aria-label={t('list.filters')}>
      <TextField type="search" size="small" label={t('list.query')} helperText={t('list.queryHint')} value={query} onChange={(e) => onQuery(e.target.value)} sx={{ minWidth: 260 }} />
      <FilterSelect label={t('list.phase')} value={state.phase ?? ''} onChange={(v) => set({ phase: (v || undefined) as CaseListState['phase'] })}>
        {all}
        {CASE_PHASES.map((p) => (
          <option key={p} value={p}>
            {t(`phases.${p}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('list.kommune')} value={state.kommuneId ?? ''} onChange={(v) => set({ kommuneId: v || undefined })}>
        {all}
        {(kommunen.data ?? []).map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('list.manager')} value={state.managerId ?? ''} onChange={(v) => set({ managerId: v || undefined })}>
        {all}
        {(managers.data ?? []).map((m) => (
          <option key={m.id} value={m.id}>
            {m.displayName}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('list.needDomain')} value={state.needDomain ?? ''} onChange={(v) => set({ needDomain: (v || undefined) as CaseListState['needDomain'] })}>
        {all}
        {LIFE_DOMAINS.map((d) => (
          <option key={d} value={d}>
            {t(`domains.${d}`)}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('list.followUps')} value={state.followUps ?? ''} onChange={(v) => set({ followUps: (v || undefined) as CaseListState['followUps'] })}>
        {all}
        <option value="open">{t('list.followUpsOpen')}</option>
        <option value="overdue">{t('list.followUpsOverdue')}</option>
      </FilterSelect>
      <FilterSelect label={t('list.sort')} value={`${state.sort}:${state.direction}`} onChange={(v) => {
        const [sort, direction] = v.split(':') as [CaseListState['sort'], CaseListState['direction']];
        set({ sort, direction });
      }}>
        {CASE_SORTS.flatMap((s) =>
          (['asc', 'desc'] as const).map((d) => (
            <option key={`${s}:${d}`} value={`${s}:${d}`}>
              {`${t(`list.sortBy.${s}`)} (${t(`list.direction.${d}`)})`}
            </option>
          )),
        )}
      </FilterSelect>
    </Stack>
  );
}
