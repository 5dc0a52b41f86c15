// Hash routes of the case file.

export const CASES_ROUTE = '/faelle';
export const NEW_CASE_PATH = `${CASES_ROUTE}/neu`;

export const casePath = (caseId: string): string => `${CASES_ROUTE}/${caseId}`;
