import { CaseListPage } from './list/CaseListPage';
import { NewCasePage } from './new/NewCasePage';
import { CasePage } from './page/CasePage';

/** /faelle → list, /faelle/neu → new case, /faelle/<id> → the case page. */
export function CasesRoute({ rest }: { rest: string }) {
  const id = rest.replace(/^\//, '');
  if (id === '') return <CaseListPage />;
  if (id === 'neu') return <NewCasePage />;
  return <CasePage caseId={decodeURIComponent(id)} />;
}
