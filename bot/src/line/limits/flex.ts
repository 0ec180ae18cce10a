// Limits of LINE Flex messages: bubble and carousel sizes, component shape, Flex button labels.
import { type JsonObject, Problems, checkImageUrl } from './check';
import { validateAction } from './actions';

// LINE states the limits in KB; we count 1 KB as 1000 bytes so we never accept what LINE refuses.
export const FLEX_BUBBLE_MAX_BYTES = 30_000;
export const FLEX_CAROUSEL_MAX_BYTES = 50_000;
const FLEX_ACTION = { labelMax: 40, labelRequired: false };
const LAYOUTS = ['horizontal', 'vertical', 'baseline'];

function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value), 'utf8');
}

function validateComponent(p: Problems, value: unknown, path: string): void {
  const c = p.object(value, path);
  if (!c) return;
  if (c.action !== undefined && c.type !== 'button') validateAction(p, c.action, `${path}.action`, FLEX_ACTION);
  switch (c.type) {
    case 'box':
      if (!LAYOUTS.includes(String(c.layout))) p.add(`${path}.layout`, 'must be one of horizontal, vertical, baseline');
      p.array(c, 'contents', path, 0, Number.MAX_SAFE_INTEGER).forEach((child, i) => validateComponent(p, child, `${path}.contents[${i}]`));
      return;
    case 'button':
      validateAction(p, c.action, `${path}.action`, { labelMax: 40, labelRequired: true });
      return;
    case 'text':
      // A text may carry its words in spans instead of `text`.
      p.string(c, 'text', path, { max: Number.MAX_SAFE_INTEGER, required: c.contents === undefined, allowEmpty: true });
      return;
    case 'span':
      p.string(c, 'text', path, { max: Number.MAX_SAFE_INTEGER, required: true, allowEmpty: true });
      return;
    case 'image':
    case 'icon':
      checkImageUrl(p, c, 'url', path, true);
      return;
    case 'video':
      checkImageUrl(p, c, 'url', path, true);
      checkImageUrl(p, c, 'previewUrl', path, true);
      return;
    case 'separator':
    case 'filler':
    case 'spacer':
      return;
    default:
      p.add(`${path}.type`, 'invalid component type');
  }
}

function validateBubble(p: Problems, value: unknown, path: string, checkSize: boolean): void {
  const bubble = p.object(value, path);
  if (!bubble) return;
  if (bubble.type !== 'bubble') p.add(`${path}.type`, 'must be bubble');
  for (const block of ['header', 'hero', 'body', 'footer']) {
    if (bubble[block] !== undefined) validateComponent(p, bubble[block], `${path}.${block}`);
  }
  if (bubble.action !== undefined) validateAction(p, bubble.action, `${path}.action`, FLEX_ACTION);
  if (checkSize && jsonBytes(bubble) > FLEX_BUBBLE_MAX_BYTES) {
    p.add(path, `Flex bubble JSON must be at most ${FLEX_BUBBLE_MAX_BYTES} bytes`);
  }
}

/** Checks a Flex message at `path` (e.g. `messages[0]`). */
export function validateFlex(p: Problems, message: JsonObject, path: string): void {
  p.string(message, 'altText', path, { max: 1500, required: true });
  const cPath = `${path}.contents`;
  const contents = p.object(message.contents, cPath);
  if (!contents) return;
  if (contents.type === 'carousel') {
    const bubbles = p.array(contents, 'contents', cPath, 1, 12);
    bubbles.forEach((b, i) => validateBubble(p, b, `${cPath}.contents[${i}]`, true));
    if (jsonBytes(contents) > FLEX_CAROUSEL_MAX_BYTES) {
      p.add(cPath, `Flex carousel JSON must be at most ${FLEX_CAROUSEL_MAX_BYTES} bytes`);
    }
    return;
  }
  validateBubble(p, contents, cPath, true);
}
