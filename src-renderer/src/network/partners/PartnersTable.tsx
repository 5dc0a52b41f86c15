import type { PartnerView } from '@contract/channels/partners';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

const reachOf = (p: PartnerView) => [p.phone, p.email, ...p.contacts.map((c) => [c.name, c.role].filter(Boolean).join(', '))].filter(Boolean);

export function PartnersTable({ partners, onEdit }: { partners: PartnerView[]; onEdit: ((p: PartnerView) => void) | null }) {
  const { t } = useTranslation('network');
  if (partners.length === 0) return <Typography>{t('partners.empty')}</Typography>;
  return (
    <TableContainer>
      <Table size="small" aria-label={t('partners.caption')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('partners.name')}</TableCell>
            <TableCell>{t('partners.kind')}</TableCell>
            <TableCell>{t('partners.services')}</TableCell>
            <TableCell>{t('partners.place')}</TableCell>
            <TableCell>{t('partners.reach')}</TableCell>
            <TableCell>{t('partners.status')}</TableCell>
            {onEdit && <TableCell>{t('partners.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {partners.map((p) => (
            <TableRow key={p.id}>
              <TableCell>{p.name}</TableCell>
              <TableCell>{t(`kinds.${p.kind}`)}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line', maxWidth: 320 }}>{p.services}</TableCell>
              <TableCell>{[p.postalCode, p.city].filter(Boolean).join(' ')}</TableCell>
              <TableCell sx={{ whiteSpace: 'pre-line' }}>{reachOf(p).join('\n')}</TableCell>
              <TableCell>{p.active ? t('active') : t('inactive')}</TableCell>
              {onEdit && (
                <TableCell>
                  <Button size="small" onClick={() => onEdit(p)} aria-label={t('actionFor', { action: t('edit'), name: p.name })}>
                    {t('edit')}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
