import type { Role } from '@contract';
import { useAppStatus } from '../app/use-app-status';

/** The signed-in user's role, or null while unknown. */
export const useRole = (): Role | null => useAppStatus().data?.session?.role ?? null;

/** Partners and volunteers are office master data: case managers and the administration keep them. */
export const canEditMasterData = (role: Role | null): boolean => role === 'fallmanagement' || role === 'administration';
