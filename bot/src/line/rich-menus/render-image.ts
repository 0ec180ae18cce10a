// Draws a role menu's image (Sarabun, icon disc + Thai title + caption per tile) as a PNG within LINE's limits.
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { GRID, MENU_SIZE, tileBounds, type MenuSpec, type Tile } from './definitions';
import { drawIcon } from './icons';

export const MAX_IMAGE_BYTES = 1024 * 1024;
const FONT = 'Nithet Sarabun';
const INK = '#111827';
const MUTED = '#4B5563';
const PAGE = '#E8ECF1';
const CARD = '#FFFFFF';

export interface MenuImage {
  contentType: 'image/png' | 'image/jpeg';
  bytes: Buffer;
}

let fontsLoaded = false;
function loadFonts(): void {
  if (fontsLoaded) return;
  for (const weight of ['700Bold', '500Medium']) {
    const file = require.resolve(`@expo-google-fonts/sarabun/${weight}/Sarabun_${weight}.ttf`);
    if (!GlobalFonts.registerFromPath(file, FONT)) throw new Error(`Could not load the Sarabun font from ${file}`);
  }
  fontsLoaded = true;
}

/** Sets the largest font ≤ `px` at which `text` fits in `maxWidth`. */
function fitFont(c: SKRSContext2D, text: string, weight: number, px: number, maxWidth: number): void {
  let size = px;
  do {
    c.font = `${weight} ${size}px "${FONT}"`;
    size -= 2;
  } while (c.measureText(text).width > maxWidth && size > 24);
}

function drawTile(c: SKRSContext2D, tile: Tile, i: number, accent: string): void {
  const b = tileBounds(i);
  const inset = 14;
  const [x, y, w, h] = [b.x + inset, b.y + inset, b.width - 2 * inset, b.height - 2 * inset];
  c.fillStyle = CARD;
  c.beginPath();
  c.roundRect(x, y, w, h, 44);
  c.fill();
  const cx = x + w / 2;
  const discY = y + h * 0.37;
  c.fillStyle = accent;
  c.beginPath();
  c.arc(cx, discY, 158, 0, Math.PI * 2);
  c.fill();
  drawIcon(c, tile.icon, cx, discY, 240, '#FFFFFF', accent);
  c.textAlign = 'center';
  c.textBaseline = 'alphabetic';
  c.fillStyle = INK;
  fitFont(c, tile.title, 700, 84, w - 70);
  c.fillText(tile.title, cx, y + h * 0.75);
  c.fillStyle = MUTED;
  fitFont(c, tile.caption, 500, 50, w - 70);
  c.fillText(tile.caption, cx, y + h * 0.86);
}

/** Renders the menu's image at MENU_SIZE; PNG, or JPEG should the PNG ever exceed LINE's 1 MB. */
export function renderMenuImage(spec: MenuSpec): MenuImage {
  if (spec.tiles.length !== GRID.columns * GRID.rows) throw new Error(`${spec.role}: a menu has ${GRID.columns * GRID.rows} tiles`);
  loadFonts();
  const canvas = createCanvas(MENU_SIZE.width, MENU_SIZE.height);
  const c = canvas.getContext('2d');
  c.fillStyle = PAGE;
  c.fillRect(0, 0, MENU_SIZE.width, MENU_SIZE.height);
  spec.tiles.forEach((tile, i) => drawTile(c, tile, i, spec.theme.accent));
  const png = canvas.toBuffer('image/png');
  if (png.length <= MAX_IMAGE_BYTES) return { contentType: 'image/png', bytes: png };
  return { contentType: 'image/jpeg', bytes: canvas.toBuffer('image/jpeg', 90) };
}
