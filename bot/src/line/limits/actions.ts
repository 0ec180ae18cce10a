// Limits of LINE action objects (postback, message, uri, datetimepicker, camera, …) wherever they appear.
import { type JsonObject, Problems } from './check';

export interface ActionContext {
  /** 20 in templates, quick replies and rich menus; 40 on Flex buttons; 12 in image carousels. */
  labelMax: number;
  /** Labels are required on template buttons and quick replies, optional on Flex parts and rich menus. */
  labelRequired: boolean;
}

const URI_SCHEMES = ['http:', 'https:', 'line:', 'tel:'];
const DATETIME_MODES = ['date', 'time', 'datetime'];

/** Checks a URI the way LINE does: at most 1000 characters, http/https/line/tel only. */
export function checkUri(p: Problems, obj: JsonObject, key: string, path: string, required: boolean): void {
  const uri = p.string(obj, key, path, { max: 1000, required });
  if (uri === undefined || uri === '') return;
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.exec(uri)?.[0].toLowerCase();
  if (!scheme || !URI_SCHEMES.includes(scheme)) p.add(`${path}.${key}`, 'invalid uri scheme');
}

export function validateAction(p: Problems, value: unknown, path: string, ctx: ActionContext): void {
  const action = p.object(value, path);
  if (!action) return;
  p.string(action, 'label', path, { max: ctx.labelMax, count: 'grapheme', required: ctx.labelRequired });
  switch (action.type) {
    case 'postback':
      p.string(action, 'data', path, { max: 300, required: true });
      p.string(action, 'displayText', path, { max: 300, count: 'grapheme' });
      p.string(action, 'fillInText', path, { max: 300, count: 'grapheme' });
      if (action.text !== undefined && action.displayText !== undefined) {
        p.add(`${path}.text`, 'text and displayText cannot both be specified');
      }
      return;
    case 'message':
      p.string(action, 'text', path, { max: 300, count: 'grapheme', required: true });
      return;
    case 'uri': {
      checkUri(p, action, 'uri', path, true);
      const altUri = action.altUri as JsonObject | undefined;
      if (altUri && typeof altUri === 'object') checkUri(p, altUri, 'desktop', `${path}.altUri`, false);
      return;
    }
    case 'datetimepicker':
      p.string(action, 'data', path, { max: 300, required: true });
      if (!DATETIME_MODES.includes(String(action.mode))) p.add(`${path}.mode`, 'must be one of date, time, datetime');
      return;
    case 'richmenuswitch':
      p.string(action, 'richMenuAliasId', path, { max: 32, required: true });
      p.string(action, 'data', path, { max: 300, required: true });
      return;
    case 'clipboard':
      p.string(action, 'clipboardText', path, { max: 1000, required: true });
      return;
    case 'camera':
    case 'cameraRoll':
    case 'location':
      return;
    default:
      p.add(`${path}.type`, 'invalid action type');
  }
}
