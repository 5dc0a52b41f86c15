import type { Prng } from './prng';

// Synthetic attachments of realistic size: a PDF whose page says it is synthetic and whose bulk
// is an image stream of pseudo-random bytes (like a scan), or a JPEG-framed block of the same.
// They pass the app's content check (magic bytes) and compress as badly as real scans do.

function pdf(rng: Prng, size: number, title: string): Buffer {
  const text = `BT /F1 14 Tf 72 760 Td (Synthetisches Testdokument - ${title.replace(/[()\\]/g, '')}) Tj ET`;
  const filler = rng.fill(Buffer.alloc(Math.max(0, size - 900)));
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: Buffer | string) => {
    const buf = typeof b === 'string' ? Buffer.from(b, 'latin1') : b;
    parts.push(buf);
    length += buf.length;
  };
  const obj = (n: number, body: string | Buffer[]) => {
    offsets[n] = length;
    if (typeof body === 'string') push(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${n} 0 obj\n`);
      body.forEach(push);
      push('\nendobj\n');
    }
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> >>');
  obj(4, `<< /Length ${text.length} >>\nstream\n${text}\nendstream`);
  obj(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  obj(6, [Buffer.from(`<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${filler.length} >>\nstream\n`, 'latin1'), filler, Buffer.from('\nendstream', 'latin1')]);
  const xref = length;
  push(`xref\n0 7\n0000000000 65535 f \n${offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

function jpeg(rng: Prng, size: number): Buffer {
  const header = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]);
  // Entropy-coded data never contains a bare 0xFF; the filler keeps it that way.
  const body = rng.fill(Buffer.alloc(Math.max(0, size - header.length - 2)));
  for (let i = 0; i < body.length; i++) if (body[i] === 0xff) body[i] = 0xfe;
  return Buffer.concat([header, body, Buffer.from([0xff, 0xd9])]);
}

export function syntheticDocument(rng: Prng, kind: 'pdf' | 'jpeg', size: number, title: string): Buffer {
  return kind === 'pdf' ? pdf(rng, size, title) : jpeg(rng, size);
}
