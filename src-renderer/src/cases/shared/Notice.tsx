import Alert from '@mui/material/Alert';

/** A polite live region announcing the last success ("… wurde gespeichert."). */
export function Notice({ text }: { text: string }) {
  return <div role="status">{text && <Alert severity="success" sx={{ mb: 2 }}>{text}</Alert>}</div>;
}
