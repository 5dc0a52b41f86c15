import type { SearchHit } from '@contract/channels/search';
import SearchIcon from '@mui/icons-material/Search';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { navigate } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { casePath } from '../case-paths';
import { SearchResults } from './SearchResults';
import { useSearchShortcut } from './use-search-shortcut';

/** Where a hit leads: its case, or for office-wide records (partners) the settings page. */
const targetOf = (hit: SearchHit): string => (hit.caseId ? casePath(hit.caseId) : '/einstellungen');

function SearchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('cases');
  const titleId = useId();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDeferredValue(text.trim());
  const enabled = query.length >= 2;
  const search = useQuery({
    queryKey: keyOf('search.global', { query }),
    queryFn: () => call('search.global', { query, limit: 20 }),
    enabled,
    placeholderData: keepPreviousData,
  });
  const hits = enabled ? (search.data ?? []) : [];
  const pick = (hit: SearchHit) => {
    onClose();
    navigate(targetOf(hit));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length > 0) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) pick(hit);
    }
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>{t('search.title')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          margin="dense"
          label={t('search.label')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          helperText={t('search.hint')}
          slotProps={{
            htmlInput: {
              role: 'combobox',
              'aria-expanded': hits.length > 0,
              'aria-controls': listId,
              'aria-autocomplete': 'list',
              'aria-activedescendant': hits.length > 0 ? `${listId}-${active}` : undefined,
              'aria-describedby': hintId,
              autoComplete: 'off',
            },
            formHelperText: { id: hintId },
          }}
        />
        <ErrorAlert error={search.error} />
        <Typography role="status" variant="body2" sx={{ mt: 1 }}>
          {enabled && search.data ? (hits.length === 0 ? t('search.none') : t('search.count', { count: hits.length })) : ''}
        </Typography>
        <SearchResults id={listId} hits={hits} active={active} onPick={pick} />
      </DialogContent>
    </Dialog>
  );
}

/** The header's search button and Ctrl+K: a dialog that finds persons, cases and notes as you type. */
export function GlobalSearch() {
  const { t } = useTranslation('cases');
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useSearchShortcut(show);
  return (
    <>
      <Button startIcon={<SearchIcon />} onClick={show} aria-keyshortcuts="Control+K">
        {t('search.open')}
      </Button>
      {open && <SearchDialog onClose={() => setOpen(false)} />}
    </>
  );
}
