import type { CaseView } from '@contract/channels/cases';
import { ConsentsSection } from '../consents/ConsentsSection';
import { DocumentsSection } from '../documents/DocumentsSection';
import { personOptions } from '../person-option';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { CaseBlockSection } from './CaseBlockSection';
import { CaseVolunteers } from './CaseVolunteers';

/** The case page's network parts, as tab contents the case page mounts. */
export type NetworkTab = 'einwilligungen' | 'vermittlungen' | 'dokumente' | 'sperrung';

export const NETWORK_TABS: readonly NetworkTab[] = ['einwilligungen', 'vermittlungen', 'dokumente', 'sperrung'];

/** Renders one network tab of a case. */
export function CaseNetworkTab({ tab, kase }: { tab: NetworkTab; kase: CaseView }) {
  const persons = personOptions(kase.persons);
  switch (tab) {
    case 'einwilligungen':
      return <ConsentsSection caseId={kase.id} persons={persons} canEdit={kase.canEdit} />;
    case 'vermittlungen':
      return (
        <>
          <ReferralsSection caseId={kase.id} persons={persons} canEdit={kase.canEdit} />
          <CaseVolunteers caseId={kase.id} canEdit={kase.canEdit} />
        </>
      );
    case 'dokumente':
      return <DocumentsSection caseId={kase.id} persons={persons} canEdit={kase.canEdit} />;
    case 'sperrung':
      return <CaseBlockSection kase={kase} />;
  }
}
