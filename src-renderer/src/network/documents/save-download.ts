import type { DocumentContent } from '@contract/channels/documents';

/**
 * Hands the bytes to the browser's (or Electron's) own save flow through an in-memory Blob URL:
 * the user picks where the file goes, and the app itself writes no copy anywhere.
 */
export function saveDownload(doc: DocumentContent): void {
  const binary = atob(doc.contentBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: doc.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = doc.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
