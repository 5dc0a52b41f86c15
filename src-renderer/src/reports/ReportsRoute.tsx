import { todayIso } from '../network/format';
import { BarrierDetail } from './barriers/BarrierDetail';
import { ReportPrint } from './print/ReportPrint';
import { parsePeriod } from './report-query';
import { ReportsPage } from './ReportsPage';

const BARRIER = /^\/huerden\/([\w-]+)$/;

/** /berichte[/huerden], /berichte/huerden/<id>, /berichte/statistik?…, /berichte/druck?… (print view). */
export function ReportsRoute({ rest }: { rest: string }) {
  const [path = '', search = ''] = rest.split('?');
  if (path === '/druck') return <ReportPrint period={parsePeriod(search, todayIso())} />;
  const barrier = BARRIER.exec(path);
  if (barrier) return <BarrierDetail id={barrier[1] ?? ''} />;
  if (path === '/statistik') return <ReportsPage tab="statistik" period={parsePeriod(search, todayIso())} />;
  return <ReportsPage tab="huerden" period={null} />;
}
