import type { CaseBarrierLink } from '@contract/channels/barriers';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../../api/queries';
import { hrefOf } from '../../app/hash-route';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
import { formatDay } from '../../network/format';
import { BarrierStatusChip } from '../barriers/BarrierStatusChip';
import { useBarrierMutations } from '../barriers/use-barrier-mutations';
import { LinkBarrierDialog } from './LinkBarrierDialog';

/** The case's barriers with the "Hürde melden" action; the case page mounts this section. */
export function CaseBarriersSection({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const { t } = useTranslation(['reports', 'common']);
  const links = useCallQuery('barriers.linksForCase', { caseId });
  const { unlinkCase } = useBarrierMutations();
  const [linking, setLinking] = useState(false);
  const [unlinking, setUnlinking] = useState<CaseBarrierLink | null>(null);
  const [notice, setNotice] = useState('');
  return (
    <Section title={t('link.section')}>
      {canEdit && (
        <Button variant="outlined" startIcon={<ReportProblemIcon />} onClick={() => setLinking(true)} sx={{ mb: 2 }}>
          {t('link.action')}
        </Button>
      )}
      <div role="status">{notice && <Alert severity="success">{notice}</Alert>}</div>
      <ErrorAlert error={links.error ?? unlinkCase.error} />
      {links.data?.length === 0 && <Typography>{t('link.empty')}</Typography>}
      {links.data && links.data.length > 0 && (
        <List dense aria-label={t('link.caption')}>
          {links.data.map((l) => (
            <ListItem
              key={l.id}
              divider
              secondaryAction={
                canEdit && (
                  <Button size="small" onClick={() => setUnlinking(l)} aria-label={t('link.unlinkFor', { title: l.barrierTitle })}>
                    {t('link.unlink')}
                  </Button>
                )
              }
            >
              <ListItemText
                primary={<Link href={hrefOf(`/berichte/huerden/${l.barrierId}`)}>{l.barrierTitle}</Link>}
                secondary={[`${t('link.linkedOn')} ${formatDay(l.linkedOn)}`, l.goalDescription, l.note].filter(Boolean).join(' · ')}
              />
              <BarrierStatusChip status={l.status} />
            </ListItem>
          ))}
        </List>
      )}
      {linking && (
        <LinkBarrierDialog
          caseId={caseId}
          linkedBarrierIds={links.data?.map((l) => l.barrierId) ?? []}
          onClose={() => setLinking(false)}
          onLinked={(l) => {
            setLinking(false);
            setNotice(t('link.done', { title: l.barrierTitle }));
          }}
        />
      )}
      <ConfirmDialog
        open={unlinking !== null}
        title={t('link.unlinkTitle')}
        text={t('link.unlinkText', { title: unlinking?.barrierTitle ?? '' })}
        confirmLabel={t('link.unlink')}
        pending={unlinkCase.isPending}
        onClose={() => setUnlinking(null)}
        onConfirm={() => unlinking && unlinkCase.mutate({ linkId: unlinking.id }, { onSuccess: () => setUnlinking(null) })}
      />
    </Section>
  );
}
