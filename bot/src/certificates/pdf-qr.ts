// A QR code drawn into a PDF as vector squares (sharp at any zoom or print size, a few hundred bytes).
import QRCode from 'qrcode';

/** The modules of a QR code: `dark(x, y)` for 0 ≤ x, y < size; no quiet zone included. */
export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

/** Error correction M: readable with 15% damaged, from a printed sheet or a phone screen. */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/** Horizontal runs of dark modules, row by row: [x, y, length] in modules. */
export function darkRuns(m: QrMatrix): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (!m.dark(x, y)) continue;
      const start = x;
      while (x + 1 < m.size && m.dark(x + 1, y)) x++;
      runs.push([start, y, x - start + 1]);
    }
  }
  return runs;
}

/** What drawing the code needs of a pdfkit document. */
interface RectCanvas {
  rect(x: number, y: number, w: number, h: number): unknown;
  fill(color?: string): unknown;
}

/**
 * Draws the code of `text` as a `side`-point square whose top-left corner is (x, y). The caller keeps
 * four modules of white around it (the quiet zone scanners need).
 */
export function drawQrCode(doc: RectCanvas, text: string, x: number, y: number, side: number, color = '#000000'): QrMatrix {
  const m = qrMatrix(text);
  const unit = side / m.size;
  // A hair of overlap between rows avoids hairline gaps some viewers show between abutting rectangles.
  const bleed = unit * 0.02;
  for (const [mx, my, len] of darkRuns(m)) doc.rect(x + mx * unit, y + my * unit, len * unit, unit + bleed);
  doc.fill(color);
  return m;
}
