import type { AppointmentType } from '@contract/channels/calendar-fields';

// One colour per appointment type, each with white text at AA contrast (≥ 4.5:1).
export const TYPE_COLORS: Record<AppointmentType, string> = {
  Beratung: '#0b4f8a',
  Hausbesuch: '#1b5e20',
  Begleitung: '#6a1b9a',
  Sprechstunde: '#8a4500',
  Gruppenangebot: '#00695c',
  Intern: '#455a64',
};

/** Cancelled appointments stay visible: pale background, dark struck-through text. */
export const CANCELLED = { background: '#eceff1', text: '#263238' };

/** Office days shade the time grid in a light green. */
export const OFFICE_DAY_COLOR = '#c8e6c9';
