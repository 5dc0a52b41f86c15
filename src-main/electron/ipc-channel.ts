/** The single Electron IPC channel: every registry call travels over it as (channel, payload). */
export const INVOKE_CHANNEL = 'kim:invoke';
