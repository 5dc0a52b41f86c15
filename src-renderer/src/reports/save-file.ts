import type { ReportFile } from '@contract/channels/reports';

/**
 * Hands an export to the browser's (or Electron's) own save flow through an in-memory Blob URL:
 * the user decides where it goes, the app writes no copy of its own.
 */
export function saveReportFile(file: ReportFile): void {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
