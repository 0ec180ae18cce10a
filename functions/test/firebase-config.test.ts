// firebase.json against the code: every public path the app serves reaches the api function through Hosting, and the
// functions upload keeps what the runtime needs.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../bot/src/app';
import type { BotDeps } from '../../bot/src/deps';

const ROOT = resolve(__dirname, '../..');
const firebase = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as {
  functions: Array<{ source: string; runtime: string; ignore: string[] }>;
  hosting: {
    public: string;
    rewrites: Array<{ source: string; function?: { functionId: string; region: string }; destination?: string }>;
    headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }>;
  };
  firestore: { rules: string; indexes: string };
};

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
  /** True when mounted at the root. */
  slash?: boolean;
  matchers?: Array<(path: string) => unknown>;
}

/** The app's route table (method and full path), read from express's router; mounts are only /api or the root. */
function routeTable(app: Express): string[] {
  const out: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) for (const m of Object.keys(layer.route.methods)) out.push(`${m.toUpperCase()} ${prefix}${layer.route.path}`);
      else if (layer.handle?.stack) {
        const atRoot = Boolean(layer.slash);
        const underApi = !atRoot && Boolean(layer.matchers?.[0]?.('/api')) && !layer.matchers?.[0]?.('/not-api');
        if (!atRoot && !underApi) throw new Error('A router is mounted under a path other than /api: teach routeTable() about it');
        walk(layer.handle.stack, prefix + (underApi ? '/api' : ''));
      }
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return out;
}

/** Routers only capture their dependencies when built: a stand-in is enough to read the route table. */
const standInDeps = new Proxy({} as BotDeps, {
  get: (_t, key) =>
    key === 'config'
      ? { LINE_CHANNEL_SECRET: 'stand-in-secret-0000', AREA_ID: 'esa' }
      : new Proxy(() => undefined, { get: () => () => undefined }),
});

const hostingReaches = (path: string): string | undefined => {
  const rule = firebase.hosting.rewrites.find((r) => {
    const re = new RegExp(
      `^${r.source
        .split('**')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*'))
        .join('.*')}$`,
    );
    return re.test(path);
  });
  return rule?.function?.functionId ?? rule?.destination;
};

describe('firebase.json', () => {
  it('When the app serves a path, then Hosting rewrites it to the function that runs the app (not to the LIFF page)', () => {
    const routes = routeTable(createApp(standInDeps));
    expect(routes).toEqual(expect.arrayContaining(['POST /webhook', 'GET /api/liff-config']));
    const unreachable = routes
      .map((r) => r.split(' ')[1]!.replace(/:[^/]+/g, 'x'))
      .filter((path) => path !== '/healthz') // the function's own health check, not a public page
      .filter((path) => hostingReaches(path) !== (path === '/webhook' ? 'webhook' : 'api'));
    expect(unreachable).toEqual([]);
  });

  it('When functions deploy, then they run on nodejs24 and the upload keeps package.json and dist', () => {
    const [fn] = firebase.functions;
    expect(fn!.runtime).toBe('nodejs24');
    expect(fn!.ignore).not.toEqual(expect.arrayContaining(['dist', 'package.json']));
    expect(firebase.hosting.public).toBe('dist-hosting');
    expect(firebase.firestore).toEqual({ rules: 'firestore.rules', indexes: 'firestore.indexes.json' });
  });

  it('When a new LIFF build is deployed, then phones revalidate its page at once and keep only the hashed assets for a year', () => {
    const cacheOf = (source: string) =>
      firebase.hosting.headers.findIndex((h) => h.source === source && h.headers.some((x) => x.key === 'Cache-Control'));
    const page = cacheOf('/liff/**');
    const assets = cacheOf('/liff/assets/**');
    expect(firebase.hosting.headers[page]!.headers).toEqual([{ key: 'Cache-Control', value: 'no-cache' }]);
    expect(firebase.hosting.headers[assets]!.headers[0]!.value).toContain('immutable');
    // The specific rule after the general one, the usual Hosting order (not checked against the live CDN here).
    expect(assets).toBeGreaterThan(page);
  });
});
