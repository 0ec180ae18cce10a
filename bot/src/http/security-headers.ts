// Security headers (helmet) on every response: a strict default CSP, and the LIFF page's own CSP that allows its
// inline scripts by their hashes and the LINE domains the LIFF SDK talks to.
import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * JSON, images, files and the server-made public pages: nothing runs, only inline style and own images load, and no
 * one frames them. PDFs get none: a browser's built-in PDF viewer may not render under it.
 */
export const DEFAULT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * What LIFF needs from LINE: api.line.me and access.line.me (init, login, ID token), liff.line.me (QR reader and
 * other LINE pages), liff-subwindow.line.me (the sub-window frame), static.line-scdn.net (LINE's alert script that
 * liff.init may load) and profile pictures on *.line-scdn.net.
 */
const LINE_SOURCES = {
  script: ['https://static.line-scdn.net'],
  connect: ['https://*.line.me', 'https://*.line-scdn.net'],
  img: ['https://*.line-scdn.net', 'https://*.line.me'],
  frame: ['https://*.line.me'],
};

export function securityHeaders(): RequestHandler {
  const base = helmet({
    contentSecurityPolicy: false, // set per response below, so pages that bring their own policy keep it
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  return (req, res, next) => {
    beforeHeaders(res, () => {
      const type = String(res.getHeader('content-type') ?? '');
      if (!res.hasHeader('content-security-policy') && !/^application\/pdf/i.test(type))
        res.setHeader('content-security-policy', DEFAULT_CSP);
      // Images are for LINE chats and the local simulator, which show them from another origin.
      if (/^image\//i.test(type)) res.setHeader('cross-origin-resource-policy', 'cross-origin');
    });
    base(req, res, next);
  };
}

/** The sha256 CSP sources of a page's inline scripts, as the browser hashes them (line breaks normalised). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc\s*=/i.test(m[1] ?? '')) continue;
    const text = (m[2] ?? '').replace(/\r\n?/g, '\n');
    hashes.push(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export interface LiffPageOptions {
  /** Origins allowed to frame the app besides its own (the local simulator shows LIFF pages in a frame). */
  framedBy?: string[];
  /** Behind HTTPS: ask the browser to upgrade any http:// sub-resource. */
  https?: boolean;
}

/** The LIFF page's CSP: scripts from our origin and by hash only, LINE's domains for the SDK, no plugins, no <base>. */
export function liffPageCsp(html: string, options: LiffPageOptions = {}): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...inlineScriptHashes(html), ...LINE_SOURCES.script]],
    // React sets styles through the DOM (allowed anyway); LINE's alert script and the mock inject small <style>s.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...LINE_SOURCES.img]],
    ['connect-src', ["'self'", ...LINE_SOURCES.connect]],
    ['frame-src', LINE_SOURCES.frame],
    ['font-src', ["'self'", 'data:']],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'self'", ...(options.framedBy ?? [])]],
  ];
  const policy = directives.map(([name, values]) => `${name} ${values.join(' ')}`);
  if (options.https) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/** Sets the LIFF page's headers on a response whose body is `html`. */
export function setLiffPageHeaders(res: ServerResponse, html: string, options: LiffPageOptions = {}): void {
  res.setHeader('content-security-policy', liffPageCsp(html, options));
  // frame-ancestors decides; X-Frame-Options cannot name another origin, so it goes when one may frame the page.
  if (options.framedBy?.length) res.removeHeader('x-frame-options');
}

/** The local simulator page (development only): its own scripts, any image a Flex message names, any link in its frame. */
export function simulatorHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'http:', 'https:'],
        frameSrc: ['http:', 'https:'], // LIFF pages as the chosen person, and any other link a message carries
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: false, // loopback over plain HTTP
  });
}

/** Runs `fn` just before the status line and headers go out, when the content type is known. */
function beforeHeaders(res: ServerResponse, fn: () => void): void {
  const writeHead = res.writeHead as (...args: unknown[]) => ServerResponse;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    fn();
    return writeHead.apply(this, args);
  } as typeof res.writeHead;
}
