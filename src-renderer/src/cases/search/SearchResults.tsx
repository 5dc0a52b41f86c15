import type { SearchHit } from '@contract/channels/search';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useTranslation } from 'react-i18next';

/** The result list of the search dialog (a listbox the search field controls). */
export function SearchResults({ id, hits, active, onPick }: { id: string; hits: SearchHit[]; active: number; onPick: (hit: SearchHit) => void }) {
  const { t } = useTranslation('cases');
  return (
    <List id={id} role="listbox" aria-label={t('search.results')} dense>
      {hits.map((h, i) => (
        <ListItemButton
          key={`${h.entity}:${h.entityId}`}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          selected={i === active}
          tabIndex={-1}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(h)}
        >
          <ListItemText
            primary={`${t(`search.entities.${h.entity}`, { defaultValue: h.entity })}: ${h.title}`}
            secondary={[h.caseNumber && h.entity !== 'case' ? t('search.inCase', { caseNumber: h.caseNumber }) : null, h.snippet, t(`search.matches.${h.match}`)].filter(Boolean).join(' · ')}
          />
        </ListItemButton>
      ))}
    </List>
  );
}
