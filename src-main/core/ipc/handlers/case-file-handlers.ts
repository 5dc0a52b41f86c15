import { caseHandlers } from './case-handlers';
import { caseworkHandlers } from './casework-handlers';

/** Handlers of the case-file channels (issue "Fallakten", part A). */
export const caseFileHandlers = { ...caseHandlers, ...caseworkHandlers };
