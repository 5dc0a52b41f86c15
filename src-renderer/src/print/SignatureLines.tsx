import Box from '@mui/material/Box';

/** Lines to sign on, each with its label underneath; kept together on one page. */
export function SignatureLines({ labels }: { labels: string[] }) {
  return (
    <Box className="kim-keep" sx={{ display: 'flex', gap: '12mm', mt: '14mm' }}>
      {labels.map((label) => (
        <Box key={label} sx={{ flex: 1 }}>
          <Box sx={{ borderTop: '0.3mm solid #000', pt: '1mm', fontSize: '9pt' }}>{label}</Box>
        </Box>
      ))}
    </Box>
  );
}
