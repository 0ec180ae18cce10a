// Limits of LINE template messages: buttons, confirm, carousel and image carousel.
import { type JsonObject, Problems, checkImageUrl } from './check';
import { validateAction } from './actions';

const TEMPLATE_ACTION = { labelMax: 20, labelRequired: true };

function validateButtons(p: Problems, t: JsonObject, path: string): void {
  checkImageUrl(p, t, 'thumbnailImageUrl', path, false);
  const title = p.string(t, 'title', path, { max: 40, count: 'grapheme' });
  // LINE shortens the text budget when a title or image takes part of the bubble.
  const short = (title !== undefined && title !== '') || t.thumbnailImageUrl !== undefined;
  p.string(t, 'text', path, { max: short ? 60 : 160, count: 'grapheme', required: true });
  if (t.defaultAction !== undefined) validateAction(p, t.defaultAction, `${path}.defaultAction`, { labelMax: 20, labelRequired: false });
  p.array(t, 'actions', path, 1, 4).forEach((a, i) => validateAction(p, a, `${path}.actions[${i}]`, TEMPLATE_ACTION));
}

function validateConfirm(p: Problems, t: JsonObject, path: string): void {
  p.string(t, 'text', path, { max: 240, count: 'grapheme', required: true });
  p.array(t, 'actions', path, 2, 2).forEach((a, i) => validateAction(p, a, `${path}.actions[${i}]`, TEMPLATE_ACTION));
}

function validateCarousel(p: Problems, t: JsonObject, path: string): void {
  const columns = p.array(t, 'columns', path, 1, 10);
  let actionCount: number | undefined;
  columns.forEach((value, i) => {
    const colPath = `${path}.columns[${i}]`;
    const col = p.object(value, colPath);
    if (!col) return;
    checkImageUrl(p, col, 'thumbnailImageUrl', colPath, false);
    const title = p.string(col, 'title', colPath, { max: 40, count: 'grapheme' });
    const short = (title !== undefined && title !== '') || col.thumbnailImageUrl !== undefined;
    p.string(col, 'text', colPath, { max: short ? 60 : 120, count: 'grapheme', required: true });
    if (col.defaultAction !== undefined) {
      validateAction(p, col.defaultAction, `${colPath}.defaultAction`, { labelMax: 20, labelRequired: false });
    }
    const actions = p.array(col, 'actions', colPath, 1, 3);
    actions.forEach((a, j) => validateAction(p, a, `${colPath}.actions[${j}]`, TEMPLATE_ACTION));
    // LINE rejects carousels whose columns carry different numbers of actions.
    if (actionCount !== undefined && actions.length !== actionCount) {
      p.add(`${colPath}.actions`, 'all columns must have the same number of actions');
    }
    actionCount ??= actions.length;
  });
}

function validateImageCarousel(p: Problems, t: JsonObject, path: string): void {
  p.array(t, 'columns', path, 1, 10).forEach((value, i) => {
    const colPath = `${path}.columns[${i}]`;
    const col = p.object(value, colPath);
    if (!col) return;
    checkImageUrl(p, col, 'imageUrl', colPath, true);
    validateAction(p, col.action, `${colPath}.action`, { labelMax: 12, labelRequired: false });
  });
}

/** Checks `message.template` of a template message at `path` (e.g. `messages[0]`). */
export function validateTemplate(p: Problems, message: JsonObject, path: string): void {
  // Template alt text is limited to 400 characters (Flex allows 1500).
  p.string(message, 'altText', path, { max: 400, required: true });
  const tPath = `${path}.template`;
  const t = p.object(message.template, tPath);
  if (!t) return;
  switch (t.type) {
    case 'buttons':
      return validateButtons(p, t, tPath);
    case 'confirm':
      return validateConfirm(p, t, tPath);
    case 'carousel':
      return validateCarousel(p, t, tPath);
    case 'image_carousel':
      return validateImageCarousel(p, t, tPath);
    default:
      p.add(`${tPath}.type`, 'invalid template type');
  }
}
