import type { HandoverCasePreview, HandoverPreview, PersonDecision } from '@contract/channels/handover';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCallQuery } from '../api/queries';
import { formatInstant } from '../network/format';
import type { DecisionDraft } from './person-decisions';
import { PersonDecisionField } from './PersonDecisionField';

interface HandoverPreviewViewProps {
  preview: HandoverPreview;
  decisions: DecisionDraft;
  onDecide: (ref: string, d: PersonDecision) => void;
  kommuneId: string;
  onKommune: (id: string) => void;
  showMissing: boolean;
}

/** The case's records per kind, as a compact wrapped list ("Ziele 2 · Notizen 5 …"). */
function CaseCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation('handover');
  const known = Object.entries(counts).filter(([k]) => k !== 'persons');
  return (
    <Box component="dl" sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, rowGap: 0.5, my: 1 }}>
      {known.map(([k, n]) => (
        <Box key={k} sx={{ display: 'flex', gap: 0.75 }}>
          <Box component="dt">{t(`preview.counts.${k}`, { defaultValue: k })}</Box>
          <Box component="dd" sx={{ m: 0, fontWeight: 'bold' }}>
            {n}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function KommuneChoice({ value, onChange, showMissing }: { value: string; onChange: (id: string) => void; showMissing: boolean }) {
  const { t } = useTranslation('handover');
  const kommunen = useCallQuery('kommunen.list', { includeInactive: false });
  const missing = showMissing && !value;
  return (
    <TextField
      select
      fullWidth
      margin="normal"
      required
      label={t('preview.kommuneSelect')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={missing}
      helperText={missing ? t('import.kommuneRequired') : undefined}
      slotProps={{ select: { native: true } }}
    >
      <option value="" />
      {(kommunen.data ?? []).map((k) => (
        <option key={k.id} value={k.id}>
          {k.name}
        </option>
      ))}
    </TextField>
  );
}

function CasePreview({ c, props }: { c: HandoverCasePreview; props: HandoverPreviewViewProps }) {
  const { t } = useTranslation(['handover', 'cases']);
  return (
    <Box component="section" aria-label={t('preview.case', { caseNumber: c.caseNumber, phase: t(`cases:phases.${c.phase}`) })} sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 'bold' }}>
        {t('preview.case', { caseNumber: c.caseNumber, phase: t(`cases:phases.${c.phase}`) })}
      </Typography>
      {c.kommuneName && <Typography>{t('preview.kommune', { name: c.kommuneName })}</Typography>}
      {c.kommuneId === null && <Typography color="error">{t('preview.kommuneMissing', { name: c.kommuneName ?? '' })}</Typography>}
      <Typography variant="subtitle2" component="h5" sx={{ mt: 1 }}>
        {t('preview.contents')}
      </Typography>
      <CaseCounts counts={c.counts} />
      <Typography variant="subtitle2" component="h5" sx={{ mt: 1 }}>
        {t('preview.persons')}
      </Typography>
      {c.persons.map((p) => (
        <PersonDecisionField key={p.ref} person={p} value={props.decisions[p.ref]} onChange={(d) => props.onDecide(p.ref, d)} showMissing={props.showMissing} />
      ))}
    </Box>
  );
}

/** What the file would bring in: origin, each case with its counts and persons, and the choices to make. */
export function HandoverPreviewView(props: HandoverPreviewViewProps) {
  const { t } = useTranslation('handover');
  const { preview } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // Keyboard and screen reader users land on the preview, not on a button that disappeared.
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <Typography ref={heading} tabIndex={-1} variant="h6" component="h3" sx={{ outline: 'none' }}>
        {t('preview.heading')}
      </Typography>
      <Typography>
        {t('preview.origin', { office: preview.fromOffice, recipient: preview.recipient.name, date: formatInstant(preview.createdAt) })}
      </Typography>
      {preview.cases.map((c) => (
        <CasePreview key={c.ref} c={c} props={props} />
      ))}
      {preview.cases.some((c) => c.kommuneId === null) && <KommuneChoice value={props.kommuneId} onChange={props.onKommune} showMissing={props.showMissing} />}
    </>
  );
}
