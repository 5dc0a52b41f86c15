import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/hash-route';
import { caseFilePrintPath, consultationPrintPath } from '../print/print-paths';

/** Links to the print previews; an open draft is saved first, so the print shows what is on screen. */
export function PrintLinks({ id, caseId, beforeLeave }: { id: string; caseId: string; beforeLeave?: () => Promise<unknown> }) {
  const { t } = useTranslation('consultations');
  const go = (path: string) => async () => {
    await beforeLeave?.();
    navigate(path);
  };
  return (
    <>
      <Button onClick={go(consultationPrintPath(id, 'client'))}>{t('actions.printClient')}</Button>
      <Button onClick={go(consultationPrintPath(id, 'client', 'einfach'))}>{t('actions.printPlain')}</Button>
      <Button onClick={go(consultationPrintPath(id, 'file'))}>{t('actions.printFile')}</Button>
      <Button onClick={go(caseFilePrintPath(caseId))}>{t('actions.printCaseFile')}</Button>
    </>
  );
}
