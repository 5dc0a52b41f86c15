import type { ReportCell } from '@contract/channels/reports';
import { useTranslation } from 'react-i18next';

/** Free-text dimensions: their keys are what people typed (countries, languages), shown as they are. */
const FREE_TEXT = new Set(['land', 'sprache']);

/** Labels of the report's codes in the interface language (same keys as the main process's German labels). */
export function useReportLabels() {
  const { t, i18n } = useTranslation('reports');
  const label = (dimension: string, key: string): string => {
    if (dimension === 'monat') return `${key.slice(5, 7)}/${key.slice(0, 4)}`;
    if (FREE_TEXT.has(dimension) && key !== 'unbekannt') return key;
    return t(`dim.${dimension}.${key}`, { defaultValue: key });
  };
  const cell = (c: ReportCell): string => (typeof c === 'number' ? c.toLocaleString(i18n.language) : t(`cell.${c}`));
  const title = (tableId: string): string => t(`table.${tableId}`, { defaultValue: tableId });
  const section = (sectionId: string): string => t(`section.${sectionId}`, { defaultValue: sectionId });
  const dimensionName = (dimension: string): string => t(`dimName.${dimension}`, { defaultValue: dimension });
  return { t, label, cell, title, section, dimensionName };
}
