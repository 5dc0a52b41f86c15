import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or no secure context): select the text so Ctrl+C works.
    field?.select();
    return false;
  }
}

/** Read-only technical details with a copy button, for passing on to IT. */
export function CopyableDetails({ label, text }: { label: string; text: string }) {
  const { t } = useTranslation('common');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [outcome, setOutcome] = useState<'copied' | 'copyFailed' | null>(null);
  return (
    <>
      <TextField
        label={label}
        value={text}
        multiline
        minRows={2}
        fullWidth
        inputRef={fieldRef}
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: 'Consolas, "Courier New", monospace' } } }}
      />
      <Button sx={{ mt: 1 }} startIcon={<ContentCopyIcon />} onClick={async () => setOutcome((await copyText(text, fieldRef.current)) ? 'copied' : 'copyFailed')}>
        {t('failure.copy')}
      </Button>
      <Typography role="status" variant="body2" sx={{ mt: 1 }}>
        {outcome ? t(`failure.${outcome}`) : ''}
      </Typography>
    </>
  );
}
