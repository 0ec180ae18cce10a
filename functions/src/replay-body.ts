// Cloud Functions parses every body before our code runs (up to 1 GB, its own types); the app is handed a fresh
// request carrying the same bytes, so its own parsers apply its limits, types and Thai errors as on the self-hosted server.
import { IncomingMessage } from 'node:http';

/** The request as the framework gives it: already read, with the exact bytes kept in `rawBody`. */
export interface ParsedRequest extends IncomingMessage {
  rawBody?: unknown;
}

/** A request with the original method, URL and headers whose stream yields `rawBody` again (none: unchanged). */
export function replayBody(req: ParsedRequest): IncomingMessage {
  const raw = req.rawBody;
  if (!Buffer.isBuffer(raw)) return req;
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  // rawBody holds the decoded bytes: the length and encoding headers must describe those.
  const headers = { ...req.headers, 'content-length': String(raw.length) };
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  copy.headers = headers;
  copy.rawHeaders = Object.entries(headers).flatMap(([k, v]) => (Array.isArray(v) ? v.flatMap((x) => [k, x]) : [k, String(v)]));
  copy.push(raw);
  copy.push(null);
  copy.complete = true;
  return copy;
}
