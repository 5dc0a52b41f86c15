import Box from '@mui/material/Box';
import type { ConsultationView } from '@contract/channels/consultations';
import { ConsultationBody } from '../print/ConsultationBody';

// Tables of the record on screen look like on paper: plain, bordered, readable.
const recordStyles = {
  '& table': { borderCollapse: 'collapse', width: '100%', my: 1 },
  '& th, & td': { border: 1, borderColor: 'divider', p: 1, textAlign: 'start', verticalAlign: 'top' },
  '& .kim-facts th': { width: '30%' },
  '& h2': { typography: 'h6', mt: 3, mb: 1 },
  '& p': { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
} as const;

/** A record read-only on screen: the same body as the file copy (internal note and every addendum). */
export function RecordView({ view }: { view: ConsultationView }) {
  const { content, canEdit: _edit, canAddAddendum: _add, ...rest } = view;
  const { internalNote, ...printable } = content;
  return (
    <Box sx={recordStyles} lang="de">
      <ConsultationBody view={{ copy: 'file', variant: 'standard', consultation: { ...rest, content: printable }, internalNote, clientName: '', managerNames: [] }} />
    </Box>
  );
}
