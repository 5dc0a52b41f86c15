import Typography from '@mui/material/Typography';
import { useDocumentTitle } from './use-document-title';

/** The one h1 of a page; also names the window/tab after it. */
export function PageTitle({ children }: { children: string }) {
  useDocumentTitle(children);
  return (
    <Typography variant="h4" component="h1" gutterBottom>
      {children}
    </Typography>
  );
}
