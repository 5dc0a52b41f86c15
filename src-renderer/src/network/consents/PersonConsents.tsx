import type { ConsentView } from '@contract/channels/consents';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { ErrorAlert } from '../../components/ErrorAlert';
import { consentFormPrintPath } from '../../print/print-paths';
import { DisputeMarker } from '../disputes/DisputeMarker';
import { formatDay } from '../format';
import type { PersonOption } from '../person-option';
import { CategoryChips } from './CategoryChips';
import { ConsentStatusChip } from './ConsentStatusChip';
import { TransfersList } from './TransfersList';

interface Props {
  caseId: string;
  person: PersonOption;
  canEdit: boolean;
  onWithdraw: (c: ConsentView) => void;
}

/** One person's consent register and the log of what went to whom. */
export function PersonConsents({ caseId, person, canEdit, onWithdraw }: Props) {
  const { t } = useTranslation('network');
  const { t: print } = useTranslation('print');
  const consents = useCallQuery('consents.listForPerson', { personId: person.id });
  return (
    <Box component="section" aria-label={t('consents.caption', { name: person.name })} sx={{ mb: 3 }}>
      <Typography variant="subtitle1" component="h3" sx={{ display: 'flex', alignItems: 'center' }}>
        {person.name}
        <DisputeMarker caseId={caseId} entity="person" entityId={person.id} label={person.name} canEdit={canEdit} />
      </Typography>
      <ErrorAlert error={consents.error} />
      {consents.data?.length === 0 && <Typography variant="body2">{t('consents.none')}</Typography>}
      {consents.data && consents.data.length > 0 && (
        <TableContainer>
          <Table size="small" aria-label={t('consents.caption', { name: person.name })}>
            <TableHead>
              <TableRow>
                <TableCell>{t('consents.partner')}</TableCell>
                <TableCell>{t('consents.purpose')}</TableCell>
                <TableCell>{t('consents.categories')}</TableCell>
                <TableCell>{t('consents.givenOn')}</TableCell>
                <TableCell>{t('consents.validUntil')}</TableCell>
                <TableCell>{t('consents.status')}</TableCell>
                <TableCell>{t('partners.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {consents.data.map((c) => (
                <TableRow key={c.id}>
                  <TableCell>{c.partnerName}</TableCell>
                  <TableCell>{c.purpose}</TableCell>
                  <TableCell>
                    <CategoryChips categories={c.dataCategories} />
                  </TableCell>
                  <TableCell>{formatDay(c.givenOn)}</TableCell>
                  <TableCell>{c.validUntil ? formatDay(c.validUntil) : t('consents.unlimited')}</TableCell>
                  <TableCell>
                    <ConsentStatusChip status={c.status} />
                    {c.withdrawnOn && <Typography variant="caption" component="div">{`${t('consents.withdrawnOn')} ${formatDay(c.withdrawnOn)}`}</Typography>}
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <Button size="small" href={hrefOf(consentFormPrintPath(c.id))} aria-label={print('consent.printFormFor', { name: c.partnerName })}>
                        {print('consent.printForm')}
                      </Button>
                      {canEdit && c.withdrawnOn === null && (
                        <Button size="small" color="error" onClick={() => onWithdraw(c)} aria-label={t('actionFor', { action: t('consents.withdraw'), name: c.partnerName })}>
                          {t('consents.withdraw')}
                        </Button>
                      )}
                    </Stack>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <TransfersList personId={person.id} />
    </Box>
  );
}
