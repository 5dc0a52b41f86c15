import type { HandoverPreview, PersonDecision } from '@contract/channels/handover';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { navigate } from '../app/hash-route';
import { casePath } from '../cases/case-paths';
import { useReloadCase } from '../cases/shared/use-case-mutation';
import { SubmitButton } from '../components/SubmitButton';
import { readHandoverFile, type ChosenFile } from './handover-file';
import { HandoverFileStep } from './HandoverFileStep';
import { HandoverPreviewView } from './HandoverPreviewView';
import { completeDecisions, initialDecisions, needsKommune, type DecisionDraft } from './person-decisions';
import { useHandoverErrorText } from './use-handover-error-text';

/**
 * Fallübergabe einlesen: file and password, then the preview with a decision per likely existing
 * person, then the takeover in one go; afterwards the (first) imported case opens. Every refusal
 * (wrong password, a backup, a foreign or damaged file) is shown here and changes nothing.
 */
export function ImportHandoverDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['handover', 'common']);
  const titleId = useId();
  const errorText = useHandoverErrorText();
  const reloadCases = useReloadCase();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState('');
  const [preview, setPreview] = useState<HandoverPreview | null>(null);
  const [decisions, setDecisions] = useState<DecisionDraft>({});
  const [kommuneId, setKommuneId] = useState('');
  const [showMissing, setShowMissing] = useState(false);

  const check = useMutation({
    mutationFn: (f: ChosenFile) => call('handover.preview', { contentBase64: f.contentBase64, passphrase }),
    onSuccess: (p) => {
      setDecisions(initialDecisions(p));
      setShowMissing(false);
      setPreview(p);
    },
  });
  const takeOver = useMutation({
    mutationFn: (input: { f: ChosenFile; decisions: Record<string, PersonDecision> }) =>
      call('handover.import', { contentBase64: input.f.contentBase64, passphrase, decisions: input.decisions, ...(kommuneId ? { kommuneId } : {}) }),
    onSuccess: async (result) => {
      await Promise.all([reloadCases(), queryClient.invalidateQueries({ queryKey: ['persons.findDuplicates'] })]);
      onClose();
      const first = result.cases[0];
      if (first) navigate(casePath(first.caseId));
    },
  });

  const choose = async (chosen: File) => {
    setFile(null);
    check.reset();
    const read = await readHandoverFile(chosen);
    if (read.ok) {
      setProblem('');
      setFile(read.file);
    } else {
      setProblem(t(`file.${read.key}`, read.values));
    }
  };

  const submitFile = () => {
    if (!file) return setProblem(t('file.missing'));
    if (!passphrase) return setProblem(t('file.passphraseMissing'));
    setProblem('');
    check.mutate(file);
  };

  const submitImport = (p: HandoverPreview) => {
    const complete = completeDecisions(decisions);
    if (!complete || (needsKommune(p) && !kommuneId) || !file) return setShowMissing(true);
    takeOver.mutate({ f: file, decisions: complete });
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (preview) submitImport(preview);
    else submitFile();
  };

  const back = () => {
    setPreview(null);
    takeOver.reset();
  };

  const failure = preview ? takeOver.error : check.error;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{t('import.title')}</DialogTitle>
        <DialogContent>
          {preview ? (
            <HandoverPreviewView
              preview={preview}
              decisions={decisions}
              onDecide={(ref, d) => setDecisions((all) => ({ ...all, [ref]: d }))}
              kommuneId={kommuneId}
              onKommune={setKommuneId}
              showMissing={showMissing}
            />
          ) : (
            <HandoverFileStep file={file} onFile={(f) => void choose(f)} passphrase={passphrase} onPassphrase={setPassphrase} problem={problem} />
          )}
          {preview && showMissing && !completeDecisions(decisions) && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {t('import.decideAll')}
            </Alert>
          )}
          {failure && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {errorText(failure)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common:cancel')}</Button>
          {preview && <Button onClick={back}>{t('import.back')}</Button>}
          {preview ? (
            <SubmitButton pending={takeOver.isPending} label={t('import.submit')} pendingLabel={t('import.importing')} />
          ) : (
            <SubmitButton pending={check.isPending} label={t('import.showPreview')} pendingLabel={t('import.checking')} />
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
}
