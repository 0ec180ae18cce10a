// Pure check of LINE message objects against LINE's published limits: [] means LINE would accept them.
import { type JsonObject, type LimitProblem, Problems, asObject, checkImageUrl } from './limits/check';
import { validateAction } from './limits/actions';
import { validateTemplate } from './limits/templates';
import { validateFlex } from './limits/flex';

export { type LimitProblem, utf16Length, graphemeLength } from './limits/check';
export { validateRichMenu } from './limits/rich-menu';
export { FLEX_BUBBLE_MAX_BYTES, FLEX_CAROUSEL_MAX_BYTES } from './limits/flex';

export const MAX_MESSAGES_PER_REQUEST = 5;
export const MAX_MULTICAST_RECIPIENTS = 500;
export const USER_ID_PATTERN = /^U[0-9a-f]{32}$/;

function validateQuickReply(p: Problems, message: JsonObject, path: string): void {
  const qPath = `${path}.quickReply`;
  const quickReply = p.object(message.quickReply, qPath);
  if (!quickReply) return;
  p.array(quickReply, 'items', qPath, 1, 13).forEach((value, i) => {
    const itemPath = `${qPath}.items[${i}]`;
    const item = p.object(value, itemPath);
    if (!item) return;
    if (item.type !== 'action') p.add(`${itemPath}.type`, 'must be action');
    checkImageUrl(p, item, 'imageUrl', itemPath, false);
    // Camera, camera roll and location buttons get a default label from LINE.
    const action = asObject(item.action);
    const labelRequired = !['camera', 'cameraRoll', 'location'].includes(String(action?.type));
    validateAction(p, item.action, `${itemPath}.action`, { labelMax: 20, labelRequired });
  });
}

function validateBody(p: Problems, m: JsonObject, path: string): void {
  switch (m.type) {
    case 'text':
      p.string(m, 'text', path, { max: 5000, required: true });
      return;
    case 'sticker':
      p.string(m, 'packageId', path, { max: 100, required: true });
      p.string(m, 'stickerId', path, { max: 100, required: true });
      return;
    case 'image':
      checkImageUrl(p, m, 'originalContentUrl', path, true);
      checkImageUrl(p, m, 'previewImageUrl', path, true);
      return;
    case 'video':
      checkImageUrl(p, m, 'originalContentUrl', path, true);
      checkImageUrl(p, m, 'previewImageUrl', path, true);
      return;
    case 'audio':
      checkImageUrl(p, m, 'originalContentUrl', path, true);
      if (typeof m.duration !== 'number') p.add(`${path}.duration`, 'must be specified');
      return;
    case 'location':
      p.string(m, 'title', path, { max: 100, required: true });
      p.string(m, 'address', path, { max: 100, required: true });
      if (typeof m.latitude !== 'number') p.add(`${path}.latitude`, 'must be specified');
      if (typeof m.longitude !== 'number') p.add(`${path}.longitude`, 'must be specified');
      return;
    case 'imagemap':
      checkImageUrl(p, m, 'baseUrl', path, true);
      p.string(m, 'altText', path, { max: 1500, required: true });
      return;
    case 'template':
      return validateTemplate(p, m, path);
    case 'flex':
      return validateFlex(p, m, path);
    default:
      p.add(`${path}.type`, 'invalid message type');
  }
}

/** Checks one message object found at `path` (e.g. `messages[2]`). */
export function validateMessage(message: unknown, path = 'messages[0]'): LimitProblem[] {
  const p = new Problems();
  const m = p.object(message, path);
  if (!m) return p.list;
  validateBody(p, m, path);
  if (m.quickReply !== undefined) validateQuickReply(p, m, path);
  return p.list;
}

/** Checks the `messages` array of a reply, push or multicast request: 1 to 5 valid messages. */
export function validateMessages(messages: unknown, property = 'messages'): LimitProblem[] {
  if (!Array.isArray(messages)) return [{ property, message: 'must be specified' }];
  const problems: LimitProblem[] = [];
  if (messages.length < 1 || messages.length > MAX_MESSAGES_PER_REQUEST) {
    problems.push({ property, message: `Size must be between 1 and ${MAX_MESSAGES_PER_REQUEST}` });
  }
  messages.forEach((m, i) => problems.push(...validateMessage(m, `${property}[${i}]`)));
  return problems;
}

/** Checks the `to` of a multicast request: 1 to 500 user ids. */
export function validateMulticastTo(to: unknown, property = 'to'): LimitProblem[] {
  if (!Array.isArray(to)) return [{ property, message: 'must be specified' }];
  const problems: LimitProblem[] = [];
  if (to.length < 1 || to.length > MAX_MULTICAST_RECIPIENTS) {
    problems.push({ property, message: `Size must be between 1 and ${MAX_MULTICAST_RECIPIENTS}` });
  }
  to.forEach((id, i) => {
    if (typeof id !== 'string' || !USER_ID_PATTERN.test(id)) problems.push({ property: `${property}[${i}]`, message: 'invalid user id' });
  });
  return problems;
}
