import type { ApiError } from '@contract';
import { useEffect, useRef, useState } from 'react';
import { invoke } from '../api/client';
import { useLatest } from '../components/use-latest';

export type PrintOutput = 'drucker' | 'pdf';

export type PrintOutcome = { kind: 'saved'; path: string } | { kind: 'browser' } | { kind: 'error'; error: ApiError } | null;

/**
 * Printing the page the user looks at. The desktop shell prints through the system dialog or saves
 * a PDF (`print.dialog`, `print.toPdf`); browser mode answers NOT_AVAILABLE and the browser's own
 * print dialog opens instead (where "Als PDF speichern" is one of the printers). Every print is
 * reported through `onPrinted` for the audit trail, also one started with Ctrl+P.
 */
export function usePrintActions(fileName: string, onPrinted: (output: PrintOutput) => void) {
  const [outcome, setOutcome] = useState<PrintOutcome>(null);
  const [pending, setPending] = useState(false);
  const report = useLatest(onPrinted);
  const ownPrint = useRef(false);

  useEffect(() => {
    const before = () => {
      if (!ownPrint.current) report.current('drucker');
    };
    window.addEventListener('beforeprint', before);
    return () => window.removeEventListener('beforeprint', before);
  }, [report]);

  const run = async (output: PrintOutput) => {
    ownPrint.current = true;
    setPending(true);
    setOutcome(null);
    try {
      const result = output === 'pdf' ? await invoke('print.toPdf', { fileName }) : await invoke('print.dialog', {});
      if (!result.ok && result.error.code === 'NOT_AVAILABLE') {
        window.print();
        report.current(output);
        setOutcome({ kind: 'browser' });
      } else if (!result.ok) {
        setOutcome({ kind: 'error', error: result.error });
      } else if ('path' in result.value) {
        if (result.value.path) {
          report.current('pdf');
          setOutcome({ kind: 'saved', path: result.value.path });
        }
      } else if (result.value.printed) {
        report.current('drucker');
      }
    } finally {
      ownPrint.current = false;
      setPending(false);
    }
  };

  return { outcome, pending, print: () => void run('drucker'), savePdf: () => void run('pdf') };
}
