import type { LifeDomain } from './casefile-fields';
import type { ConsultationForm, ConsultationTemplateId } from './consultation-fields';

/** Defaults a template puts into a new record; everything stays editable. */
export interface ConsultationTemplate {
  id: ConsultationTemplateId;
  form: ConsultationForm;
  durationMinutes: number;
  lifeDomains: readonly LifeDomain[];
  topics: readonly string[];
  nextSteps: string;
}

// Shipped with the app (the service applies them on creation, the editor shows their names).
// Texts are German because they become part of the record.
export const CONSULTATION_TEMPLATES: Readonly<Record<ConsultationTemplateId, ConsultationTemplate>> = {
  erstgespraech: {
    id: 'erstgespraech',
    form: 'im_buero',
    durationMinutes: 90,
    lifeDomains: ['aufenthalt', 'wohnen', 'sprache', 'arbeit', 'gesundheit', 'familie'],
    topics: ['Kennenlernen und Auftragsklärung', 'Aktuelle Lebenssituation', 'Einwilligung und Datenschutz', 'Vorhandene Unterlagen'],
    nextSteps: 'Fehlende Unterlagen zusammenstellen, Einwilligungen klären, Termin für die Bedarfsklärung vereinbaren.',
  },
  folgeberatung: {
    id: 'folgeberatung',
    form: 'im_buero',
    durationMinutes: 60,
    lifeDomains: [],
    topics: ['Stand der Vereinbarungen', 'Neue Anliegen'],
    nextSteps: 'Vereinbarungen bis zum nächsten Termin umsetzen; offene Fragen beim nächsten Termin klären.',
  },
  hausbesuch: {
    id: 'hausbesuch',
    form: 'hausbesuch',
    durationMinutes: 90,
    lifeDomains: ['wohnen', 'familie', 'gesundheit'],
    topics: ['Wohnsituation', 'Familiäre Situation', 'Versorgung der Kinder'],
    nextSteps: 'Beobachtungen mit der Familie besprechen; notwendige Schritte zur Wohnsituation einleiten.',
  },
};
