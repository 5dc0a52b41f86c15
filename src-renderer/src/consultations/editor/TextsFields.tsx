import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ConsultationContent } from '@contract/channels/consultation-fields';
import { useTranslation } from 'react-i18next';
import type { EditorPartProps } from './editor-props';

type TextKey = 'summary' | 'internalNote' | 'summaryPlain' | 'agreementsPlain';

const LIMITS: Record<TextKey, number> = { summary: 20_000, internalNote: 20_000, summaryPlain: 20_000, agreementsPlain: 10_000 };

/** Long texts of the record; which ones is the caller's choice (summary, internal note, plain language). */
export function TextsFields({ content, change, keys, hints }: EditorPartProps & { keys: TextKey[]; hints?: Partial<Record<TextKey, string>> }) {
  const { t } = useTranslation('consultations');
  return (
    <Stack spacing={2}>
      {keys.map((key) => (
        <TextField
          key={key}
          label={t(`fields.${key}`)}
          helperText={hints?.[key]}
          value={content[key]}
          onChange={(e) => change({ [key]: e.target.value } as Partial<ConsultationContent>)}
          multiline
          minRows={key === 'summary' ? 6 : 3}
          slotProps={{ htmlInput: { maxLength: LIMITS[key] } }}
        />
      ))}
    </Stack>
  );
}
