import type { CaseListInput } from '@contract/channels/cases';

/** The list's filter, sort and page, kept in the URL-independent component state. */
export type CaseListState = Required<Pick<CaseListInput, 'sort' | 'direction' | 'offset' | 'limit'>> &
  Pick<CaseListInput, 'phase' | 'kommuneId' | 'managerId' | 'needDomain' | 'followUps' | 'query'>;

export const INITIAL_LIST_STATE: CaseListState = { sort: 'updated', direction: 'desc', offset: 0, limit: 50 };

/** The call's input: empty filters left out. */
export function toListInput(s: CaseListState): CaseListInput {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined && v !== '')) as CaseListInput;
}
