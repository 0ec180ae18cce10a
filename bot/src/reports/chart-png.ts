// A report's bar chart as a PNG (for the DOCX): horizontal bars, Thai labels in Sarabun wrapped between words, the
// value printed at each bar's end. Loaded on first use: only report generation brings in the canvas.
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { wrapThai } from '../certificates/pdf-thai-wrap';
import type { BarChartBlock } from './report-document';

const FONT = 'Nithet Report Sarabun';
const INK = '#1F2937';
const MUTED = '#4B5563';
const BAR = '#1F3A68';
const GRID = '#D0D5DD';
/** Pixels per point: the image is drawn at 3× its size on the page, so it stays sharp when printed. */
export const CHART_SCALE = 3;

let fontsLoaded = false;
function loadFonts(): void {
  if (fontsLoaded) return;
  for (const weight of ['400Regular', '700Bold']) {
    const file = require.resolve(`@expo-google-fonts/sarabun/${weight}/Sarabun_${weight}.ttf`);
    if (!GlobalFonts.registerFromPath(file, FONT)) throw new Error(`Could not load the Sarabun font from ${file}`);
  }
  fontsLoaded = true;
}

export interface ChartImage {
  png: Buffer;
  /** Size on the page in points. */
  width: number;
  height: number;
}

const font = (c: SKRSContext2D, pt: number, bold = false) => {
  c.font = `${bold ? 700 : 400} ${pt * CHART_SCALE}px "${FONT}"`;
};

/** Draws the chart `widthPt` points wide; the height follows the number of bars and lines of labels. */
export function renderBarChartPng(chart: BarChartBlock, widthPt: number): ChartImage {
  loadFonts();
  const s = CHART_SCALE;
  const labelPt = 11;
  const lineH = labelPt * 1.35;
  const labelW = widthPt * 0.36;
  const valueW = 48;
  const barMaxW = widthPt - labelW - valueW - 16;
  const measureCanvas = createCanvas(10, 10).getContext('2d');
  font(measureCanvas, labelPt);
  const labels = chart.bars.map((b) => wrapThai(b.label, labelW * s - 8 * s, (t) => measureCanvas.measureText(t).width).slice(0, 3));
  const rowH = (lines: number) => Math.max(22, lines * lineH + 8);
  const top = 8;
  const bottom = 28;
  const height = top + labels.reduce((sum, l) => sum + rowH(l.length), 0) + bottom;
  const canvas = createCanvas(Math.round(widthPt * s), Math.round(height * s));
  const c = canvas.getContext('2d');
  c.fillStyle = '#FFFFFF';
  c.fillRect(0, 0, canvas.width, canvas.height);
  const max = chart.max ?? Math.max(1, ...chart.bars.map((b) => b.value));
  const x0 = labelW + 8;
  // Vertical grid lines at quarters of the axis.
  c.strokeStyle = GRID;
  c.lineWidth = s * 0.6;
  for (let q = 0; q <= 4; q++) {
    const x = (x0 + (barMaxW * q) / 4) * s;
    c.beginPath();
    c.moveTo(x, top * s);
    c.lineTo(x, (height - bottom + 4) * s);
    c.stroke();
  }
  let y = top;
  chart.bars.forEach((bar, i) => {
    const lines = labels[i]!;
    const h = rowH(lines.length);
    c.fillStyle = INK;
    font(c, labelPt);
    c.textAlign = 'right';
    c.textBaseline = 'middle';
    const firstLine = y + h / 2 - ((lines.length - 1) * lineH) / 2;
    lines.forEach((line, j) => c.fillText(line, labelW * s, (firstLine + j * lineH) * s));
    const w = max > 0 ? (barMaxW * Math.max(0, bar.value)) / max : 0;
    c.fillStyle = BAR;
    c.fillRect(x0 * s, (y + h / 2 - 7) * s, Math.max(w, 0.5) * s, 14 * s);
    c.fillStyle = INK;
    font(c, labelPt, true);
    c.textAlign = 'left';
    c.fillText(bar.display, (x0 + w + 4) * s, (y + h / 2) * s);
    y += h;
  });
  c.fillStyle = MUTED;
  font(c, 10);
  c.textAlign = 'center';
  c.textBaseline = 'alphabetic';
  c.fillText(chart.unit, (x0 + barMaxW / 2) * s, (height - 8) * s);
  return { png: canvas.toBuffer('image/png'), width: widthPt, height };
}
