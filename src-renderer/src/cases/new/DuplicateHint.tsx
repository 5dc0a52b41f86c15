import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Link from '@mui/material/Link';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { keyOf } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { casePath } from '../case-paths';

interface NameInput {
  familyName: string;
  givenNames: string;
  birthDate: string;
  birthYear: string;
  excludePersonId?: string;
}

/** Warns while a name is typed when a person with the same name keys and birth year is already on file. */
export function DuplicateHint({ familyName, givenNames, birthDate, birthYear, excludePersonId }: NameInput) {
  const { t } = useTranslation('cases');
  const year = birthDate ? Number(birthDate.slice(0, 4)) : /^\d{4}$/.test(birthYear) ? Number(birthYear) : null;
  const input = useDeferredValue({ familyName: familyName.trim(), givenNames: givenNames.trim(), birthYear: year, ...(excludePersonId ? { excludePersonId } : {}) });
  const check = useQuery({
    queryKey: keyOf('persons.findDuplicates', input),
    queryFn: () => call('persons.findDuplicates', input),
    enabled: input.familyName.length >= 2,
    staleTime: 10_000,
  });
  const result = input.familyName.length >= 2 ? check.data : undefined;
  const found = result && (result.candidates.length > 0 || result.hiddenMatches > 0);
  return (
    <div role="status">
      {found && (
        <Alert severity="warning" sx={{ my: 1 }}>
          <AlertTitle>{t('duplicates.title')}</AlertTitle>
          {result.candidates.length > 0 && t('duplicates.intro')}
          <ul style={{ margin: 0 }}>
            {result.candidates.map((c) => (
              <li key={c.personId}>
                {t('duplicates.candidate', {
                  name: `${c.givenNames} ${c.familyName}`,
                  year: c.birthYear ?? t('duplicates.yearUnknown'),
                  cases: '',
                })}
                {c.cases.map((k, i) => (
                  <span key={k.caseId}>
                    {i > 0 && ', '}
                    <Link href={hrefOf(casePath(k.caseId))} target="_blank" rel="noopener">
                      {k.caseNumber}
                    </Link>
                  </span>
                ))}
              </li>
            ))}
          </ul>
          {result.hiddenMatches > 0 && t('duplicates.hidden', { count: result.hiddenMatches })}
        </Alert>
      )}
    </div>
  );
}
