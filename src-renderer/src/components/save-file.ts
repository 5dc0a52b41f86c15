/**
 * Hands bytes to the browser's (or Electron's) own save flow through an in-memory Blob URL:
 * the user picks where the file goes, and the app itself writes no copy anywhere.
 */
export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** A file that crossed the transport as base64 (documents, report exports, case handovers). */
export function saveBase64File(fileName: string, base64: string, mimeType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(fileName, new Blob([bytes], { type: mimeType }));
}

/** Text content such as an .ics export. */
export function saveTextFile(fileName: string, content: string, mimeType: string): void {
  saveBlob(fileName, new Blob([content], { type: `${mimeType};charset=utf-8` }));
}
