// The paper frame of every printed document, as one CSS text: A4, margins, and the page margin
// boxes with the confidentiality note, the print date and "Seite x von y".
//
// Why margin boxes: Chromium (since 131; Electron ≥ 33) renders @page margin boxes with
// counter(page) and counter(pages) in every print path: window.print(), Electron's print dialog,
// webContents.printToPDF (preferCSSPageSize) and Playwright's page.pdf. One rule, the same
// numbering everywhere, no header/footer templates to keep in step (docs/printing.md).

export const SHEET_CLASS = 'kim-print-sheet';
export const NO_PRINT_CLASS = 'kim-no-print';

/** Page margins in millimetres (top, right, bottom, left); the screen preview pads the sheet the same. */
export const PAGE_MARGIN_MM = [20, 18, 22, 22] as const;

const FONT = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";

/** A CSS string literal for `content:`: backslashes and quotes escaped, line breaks flattened. */
export const cssString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n\f]+/g, ' ')}"`;

export interface PageFrame {
  /** Top right from the second page on: document and case number. */
  runningTitle: string;
  /** Bottom left, e.g. "Vertraulich – Sozialdaten". */
  confidential: string;
  /** Bottom centre, e.g. "Gedruckt am 25.11.2026, 14:03 Uhr". */
  printedAt: string;
  /** "Seite" and "von" around the page counters. */
  page: string;
  of: string;
}

export function pageCss(f: PageFrame): string {
  const [top, right, bottom, left] = PAGE_MARGIN_MM.map((mm) => `${mm}mm`);
  const box = `font-family: ${FONT}; font-size: 8pt; color: #333;`;
  return `
@page {
  size: A4;
  margin: ${top} ${right} ${bottom} ${left};
  @top-right { content: ${cssString(f.runningTitle)}; ${box} }
  @bottom-left { content: ${cssString(f.confidential)}; ${box} font-weight: bold; }
  @bottom-center { content: ${cssString(f.printedAt)}; ${box} }
  @bottom-right { content: ${cssString(`${f.page} `)} counter(page) ${cssString(` ${f.of} `)} counter(pages); ${box} }
}
@page :first {
  @top-right { content: none; }
}
.${SHEET_CLASS} { font-family: ${FONT}; font-size: 10.5pt; line-height: 1.4; color: #000; background: #fff; }
.${SHEET_CLASS} h1 { font-size: 16pt; margin: 6mm 0 2mm; }
.${SHEET_CLASS} h2 { font-size: 12pt; margin: 5mm 0 1.5mm; break-after: avoid; }
.${SHEET_CLASS} h3 { font-size: 11pt; margin: 4mm 0 1mm; break-after: avoid; }
.${SHEET_CLASS} p { margin: 0 0 2mm; white-space: pre-wrap; overflow-wrap: anywhere; }
.${SHEET_CLASS} table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
.${SHEET_CLASS} th, .${SHEET_CLASS} td { border: 0.3mm solid #555; padding: 1mm 1.5mm; text-align: start; vertical-align: top; overflow-wrap: break-word; }
.${SHEET_CLASS} th { background: #eee; }
.${SHEET_CLASS} thead { display: table-header-group; }
.${SHEET_CLASS} tr, .kim-keep { break-inside: avoid; }
.${SHEET_CLASS} .kim-facts th { width: 32%; background: none; font-weight: bold; }
.${SHEET_CLASS} .kim-page-break { break-before: page; }
@media screen {
  .${SHEET_CLASS} { width: 210mm; min-height: 297mm; box-sizing: border-box; padding: ${top} ${right} ${bottom} ${left}; margin: 0 auto 24px; box-shadow: 0 1px 6px rgba(0,0,0,.35); }
}
@media print {
  html, body { background: #fff !important; }
  .${NO_PRINT_CLASS} { display: none !important; }
}
`;
}
