// Limits of a LINE rich menu object (size, areas, chat bar text, name).
import { Problems, type LimitProblem } from './check';
import { validateAction } from './actions';

function validateArea(p: Problems, value: unknown, path: string, width: number, height: number): void {
  const area = p.object(value, path);
  if (!area) return;
  const b = p.object(area.bounds, `${path}.bounds`);
  if (b) {
    const [x, y, w, h] = [b.x, b.y, b.width, b.height].map(Number) as [number, number, number, number];
    if (![x, y, w, h].every(Number.isInteger) || x < 0 || y < 0 || w <= 0 || h <= 0) {
      p.add(`${path}.bounds`, 'must have non-negative integer x, y and positive width, height');
    } else if (x + w > width || y + h > height) {
      p.add(`${path}.bounds`, 'must lie inside the rich menu size');
    }
  }
  validateAction(p, area.action, `${path}.action`, { labelMax: 20, labelRequired: false });
}

/** Checks a rich menu object as sent to `POST /v2/bot/richmenu`; empty when LINE would accept it. */
export function validateRichMenu(value: unknown): LimitProblem[] {
  const p = new Problems();
  const menu = p.object(value, 'richMenu');
  if (!menu) return p.list;
  const size = p.object(menu.size, 'size');
  const width = Number(size?.width);
  const height = Number(size?.height);
  if (size) {
    if (!Number.isInteger(width) || width < 800 || width > 2500) p.add('size.width', 'must be between 800 and 2500');
    if (!Number.isInteger(height) || height < 250) p.add('size.height', 'must be at least 250');
    else if (width / height < 1.45) p.add('size', 'width / height must be at least 1.45');
  }
  if (typeof menu.selected !== 'boolean') p.add('selected', 'must be specified');
  p.string(menu, 'name', '', { max: 300, count: 'grapheme', required: true });
  p.string(menu, 'chatBarText', '', { max: 14, count: 'grapheme', required: true });
  p.array(menu, 'areas', '', 0, 20).forEach((a, i) => validateArea(p, a, `areas[${i}]`, width, height));
  // Problems.string prefixes with `${path}.`; a top-level object has no path.
  return p.list.map((x) => ({ ...x, property: x.property.replace(/^\./, '') }));
}
