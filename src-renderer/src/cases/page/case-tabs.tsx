import type { CaseView } from '@contract/channels/cases';
import type { TFunction } from 'i18next';
import { CaseConsultations } from '../../consultations/CaseConsultations';
import { CaseNetworkTab, NETWORK_TABS, type NetworkTab } from '../../network/case/CaseNetworkSections';
import { CaseBarriersSection } from '../../reports/case/CaseBarriersSection';
import { AssessmentTab } from '../plan/AssessmentTab';
import { PlanTab } from '../plan/PlanTab';
import { FollowUpsTab } from '../work/FollowUpsTab';
import { NotesTab } from '../work/NotesTab';
import { TimelineTab } from '../work/TimelineTab';
import { OverviewTab } from './OverviewTab';

/** The tabs of the case page: the case file's own, then those other features contribute. */
const OWN_TABS = ['overview', 'assessment', 'plan', 'followups', 'notes', 'timeline', 'consultations'] as const;
export type CaseTab = (typeof OWN_TABS)[number] | NetworkTab | 'barriers';

export const CASE_TABS: readonly { id: CaseTab; label: (t: TFunction) => string }[] = [
  ...OWN_TABS.map((id) => ({ id, label: (t: TFunction) => t(`cases:page.tabs.${id}`) })),
  ...NETWORK_TABS.map((id) => ({ id, label: (t: TFunction) => t(`network:tabs.${id}`) })),
  { id: 'barriers', label: (t: TFunction) => t('cases:page.tabs.barriers') },
];

const isNetworkTab = (tab: CaseTab): tab is NetworkTab => (NETWORK_TABS as readonly string[]).includes(tab);

export function CaseTabContent({ tab, kase }: { tab: CaseTab; kase: CaseView }) {
  if (isNetworkTab(tab)) return <CaseNetworkTab tab={tab} kase={kase} />;
  switch (tab) {
    case 'overview':
      return <OverviewTab kase={kase} />;
    case 'assessment':
      return <AssessmentTab kase={kase} />;
    case 'plan':
      return <PlanTab kase={kase} />;
    case 'followups':
      return <FollowUpsTab kase={kase} />;
    case 'notes':
      return <NotesTab kase={kase} />;
    case 'timeline':
      return <TimelineTab caseId={kase.id} />;
    case 'consultations':
      return <CaseConsultations caseId={kase.id} />;
    case 'barriers':
      return <CaseBarriersSection caseId={kase.id} canEdit={kase.canEdit} />;
  }
}
