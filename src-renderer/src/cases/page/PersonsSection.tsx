import type { CaseView } from '@contract/channels/cases';
import type { PersonView } from '@contract/channels/persons';
import EditIcon from '@mui/icons-material/Edit';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import { Notice } from '../shared/Notice';
import { PersonDialog } from './PersonDialog';

function birthText(t: (k: string, o?: Record<string, unknown>) => string, p: PersonView): string {
  if (p.birthDate && !p.birthDateApproximate) return t('overview.born', { date: formatDay(p.birthDate) });
  const year = p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : null);
  if (year === null) return '';
  return p.birthDateApproximate ? t('overview.bornApprox', { year }) : t('overview.bornYear', { year });
}

/** The persons of the case (primary first), their household relation, birth and residence expiry. */
export function PersonsSection({ kase }: { kase: CaseView }) {
  const { t } = useTranslation('cases');
  const [dialog, setDialog] = useState<{ person: PersonView | null } | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <Section title={t('overview.persons')}>
      {kase.household && <Typography>{t('overview.household', { label: kase.household.label })}</Typography>}
      <Notice text={notice} />
      <List dense>
        {kase.persons.map((p) => {
          const name = `${p.givenNames} ${p.familyName}`;
          const details = [
            p.id === kase.primaryPerson.id ? t('overview.primary') : null,
            p.householdRelation ? t(`relations.${p.householdRelation}`) : null,
            birthText(t, p),
            p.originalScriptName,
            p.residenceExpiresOn ? t('overview.residenceUntil', { date: formatDay(p.residenceExpiresOn) }) : null,
          ].filter(Boolean);
          return (
            <ListItem
              key={p.id}
              secondaryAction={
                kase.canEdit && (
                  <IconButton edge="end" aria-label={t('overview.editPerson', { name })} onClick={() => setDialog({ person: p })}>
                    <EditIcon />
                  </IconButton>
                )
              }
            >
              <ListItemText primary={name} secondary={details.join(' · ')} />
            </ListItem>
          );
        })}
      </List>
      {kase.canEdit && (
        <Button startIcon={<PersonAddIcon />} onClick={() => setDialog({ person: null })}>
          {t('overview.addPerson')}
        </Button>
      )}
      {dialog && (
        <PersonDialog
          caseId={kase.id}
          person={dialog.person}
          onClose={() => setDialog(null)}
          onSaved={(p) => {
            setNotice(t(dialog.person ? 'person.saved' : 'person.added', { name: `${p.givenNames} ${p.familyName}` }));
            setDialog(null);
          }}
        />
      )}
    </Section>
  );
}
