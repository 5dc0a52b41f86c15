// Roles of the office; permissions are enforced in the main-process handler registry.
export const ROLES = ['fallmanagement', 'teamleitung', 'administration'] as const;
export type Role = (typeof ROLES)[number];
