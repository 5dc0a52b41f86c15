import { asc, eq } from 'drizzle-orm';
import type { BarrierImpact, ImpactCount } from '../../contract/channels/barriers';
import type { OfficeDb } from '../db/open-encrypted';
import { barrierImpacts, kommunen } from '../db/schema';
import { quarterOf } from '../reports/period';

/** How many cases and people a barrier affects, by Kommune and by quarter of the link: counts, never who. */
export function impactOf(db: OfficeDb, barrierId: string): BarrierImpact {
  const rows = db.orm
    .select({ kommuneId: barrierImpacts.kommuneId, kommuneName: kommunen.name, linkedOn: barrierImpacts.linkedOn, persons: barrierImpacts.persons })
    .from(barrierImpacts)
    .innerJoin(kommunen, eq(kommunen.id, barrierImpacts.kommuneId))
    .where(eq(barrierImpacts.barrierId, barrierId))
    .orderBy(asc(barrierImpacts.linkedOn))
    .all();
  const total: ImpactCount = { cases: 0, persons: 0 };
  const byKommune = new Map<string, { kommuneId: string; kommuneName: string } & ImpactCount>();
  const byQuarter = new Map<string, { quarter: string } & ImpactCount>();
  for (const r of rows) {
    const k = byKommune.get(r.kommuneId) ?? { kommuneId: r.kommuneId, kommuneName: r.kommuneName, cases: 0, persons: 0 };
    const q = byQuarter.get(quarterOf(r.linkedOn)) ?? { quarter: quarterOf(r.linkedOn), cases: 0, persons: 0 };
    for (const count of [total, k, q]) {
      count.cases += 1;
      count.persons += r.persons;
    }
    byKommune.set(r.kommuneId, k);
    byQuarter.set(q.quarter, q);
  }
  return {
    total,
    byKommune: [...byKommune.values()].sort((a, b) => a.kommuneName.localeCompare(b.kommuneName, 'de')),
    byQuarter: [...byQuarter.values()],
  };
}
