import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import type { NewCaseForm } from './new-case-form';

/** The check step: what will be saved, in plain words. */
export function NewCaseSummary({ values }: { values: NewCaseForm }) {
  const { t } = useTranslation('cases');
  const kommunen = useCallQuery('kommunen.list', {});
  const members = values.family ? values.members : values.members.slice(0, 1);
  const kommune = kommunen.data?.find((k) => k.id === values.kommuneId)?.name ?? '';
  return (
    <Section title={t('wizard.steps.check')}>
      <Typography component="h3" variant="subtitle1">
        {t('wizard.checkPersons')}
      </Typography>
      <List dense>
        {members.map((m, i) => (
          <ListItem key={i}>
            <ListItemText
              primary={`${m.person.givenNames} ${m.person.familyName}${values.family && (values.primaryIndex ?? 0) === i ? ` (${t('overview.primary')})` : ''}`}
              secondary={[m.relation ? t(`relations.${m.relation}`) : '', m.person.birthDate ? formatDay(m.person.birthDate) : m.person.birthYear].filter(Boolean).join(' · ')}
            />
          </ListItem>
        ))}
      </List>
      <Typography component="h3" variant="subtitle1">
        {t('wizard.checkIntake')}
      </Typography>
      <List dense>
        <ListItem>
          <ListItemText primary={t('wizard.kommune')} secondary={kommune} />
        </ListItem>
        <ListItem>
          <ListItemText primary={t('wizard.intakeReason')} secondary={values.intakeReason} />
        </ListItem>
        <ListItem>
          <ListItemText primary={t('wizard.firstContactOn')} secondary={values.firstContactOn ? formatDay(values.firstContactOn) : ''} />
        </ListItem>
        <ListItem>
          <ListItemText
            primary={t('overview.consent')}
            secondary={values.consentRecorded && values.consentRecordedOn ? t('overview.consentYes', { date: formatDay(values.consentRecordedOn) }) : t('overview.consentNo')}
          />
        </ListItem>
      </List>
    </Section>
  );
}
