import Box from '@mui/material/Box';
import { useCallQuery } from '../api/queries';
import { useAppStatus } from '../app/use-app-status';
import { useDocumentText } from './use-document-text';

// A default logo shipped in assets/ (letterhead-logo.svg/.png/.jpg), if the build has one; the
// administration's own logo (Einstellungen) replaces it.
const shipped = import.meta.glob<string>('../../../assets/letterhead-logo.{svg,png,jpg,jpeg}', { eager: true, query: '?url', import: 'default' });
const DEFAULT_LOGO: string | null = Object.values(shipped)[0] ?? null;

/** The office's letterhead: Kommune and Fachdienst, address and contact, the logo on the right. */
export function Letterhead() {
  const doc = useDocumentText();
  const view = useCallQuery('print.letterhead', {});
  const officeName = useAppStatus().data?.officeName ?? '';
  if (!view.data) return null;
  const l = view.data.letterhead;
  const logo = view.data.logoDataUrl ?? DEFAULT_LOGO;
  const cityLine = [l.postalCode, l.city].filter(Boolean).join(' ');
  const contact = [l.phone && `${doc('letterhead.phone')} ${l.phone}`, l.email && `${doc('letterhead.email')} ${l.email}`].filter(Boolean).join(' · ');
  return (
    <Box component="header" data-testid="letterhead" sx={{ display: 'flex', justifyContent: 'space-between', gap: '6mm', borderBottom: '0.4mm solid #000', pb: '3mm' }}>
      <Box>
        <div style={{ fontSize: '13pt', fontWeight: 'bold' }}>{l.kommune || officeName}</div>
        {l.fachdienst && <div style={{ fontSize: '11pt' }}>{l.fachdienst}</div>}
        <div style={{ fontSize: '9pt', marginTop: '1.5mm' }}>
          {[l.street, cityLine].filter(Boolean).join(', ')}
          {contact && <div>{contact}</div>}
        </div>
      </Box>
      {logo && <img src={logo} alt={doc('letterhead.logo')} style={{ maxHeight: '24mm', maxWidth: '60mm', objectFit: 'contain' }} />}
    </Box>
  );
}
