// What a phone downloads for the first load of a LIFF route, read from a Vite build (no manifest needed): the entry
// script and modulepreloads of index.html, the route's lazy chunk, and everything they import statically, each file
// gzipped (and brotli'd) as a host would send it; plus, from a build with source maps, which packages the bytes come from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface ChunkSize {
  file: string;
  bytes: number;
  /** gzip at zlib's default level 6 (what Vite's build report and most hosts use). */
  gzipBytes: number;
  gzip9Bytes: number;
  brotliBytes: number;
}

export interface FirstLoad {
  html: ChunkSize;
  entry: string;
  modulepreloads: string[];
  stylesheets: string[];
  routeChunk: string;
  /** JavaScript of the first load, in the order found. */
  js: ChunkSize[];
  css: ChunkSize[];
  totals: {
    jsBytes: number;
    jsGzipBytes: number;
    jsGzip9Bytes: number;
    jsBrotliBytes: number;
    cssGzipBytes: number;
    htmlGzipBytes: number;
  };
  /** Chunks the first-load JavaScript can import() later (other routes, the local-mode LIFF mock): not counted. */
  lazyNotCounted: ChunkSize[];
  /** Vite's own preload list for the route's import() (from __vite__mapDeps), when it has one. */
  vitePreloadList: string[] | null;
  /** Whether that list equals the route chunk's static closure (the check that this parser sees what Vite sees). */
  vitePreloadListMatches: boolean | null;
}

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'`]\.\/([^"'`]+?\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([^"'`]+?\.js)["'`]\s*\)/g;

export function sizeOf(dir: string, file: string): ChunkSize {
  const buf = readFileSync(join(dir, file));
  return {
    file,
    bytes: buf.length,
    gzipBytes: gzipSync(buf).length,
    gzip9Bytes: gzipSync(buf, { level: 9 }).length,
    brotliBytes: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[1]!);

/** Static and dynamic imports of each JS chunk in assets/. */
function importGraph(assets: string): Map<string, { statics: string[]; dynamics: string[]; text: string }> {
  const graph = new Map<string, { statics: string[]; dynamics: string[]; text: string }>();
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(assets, file), 'utf8');
    graph.set(file, { statics: [...new Set(matches(STATIC_IMPORT, text))], dynamics: [...new Set(matches(DYNAMIC_IMPORT, text))], text });
  }
  return graph;
}

function closure(graph: ReturnType<typeof importGraph>, roots: string[]): string[] {
  const seen: string[] = [];
  const visit = (file: string) => {
    if (seen.includes(file)) return;
    const node = graph.get(file);
    if (!node) throw new Error(`chunk ${file} is imported but not in assets/`);
    seen.push(file);
    for (const f of node.statics) visit(f);
  };
  roots.forEach(visit);
  return seen;
}

/** Vite's preload list for `import(./<chunk>)` in `text`: the __vite__mapDeps indices that follow it, resolved. */
function vitePreloadList(text: string, chunk: string): string[] | null {
  const table = /m\.f=\[([^\]]*)\]/.exec(text)?.[1];
  const call = new RegExp(
    `import\\(\\s*["'\`]\\./${chunk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["'\`]\\s*\\)\\s*,\\s*__vite__mapDeps\\(\\[([\\d,\\s]*)\\]\\)`,
  ).exec(text);
  if (!table || !call) return null;
  const files = [...table.matchAll(/"([^"]+)"/g)].map((m) => m[1]!.replace(/^assets\//, ''));
  return call[1]!
    .split(',')
    .filter(Boolean)
    .map((i) => files[Number(i)]!);
}

/** The route-preload table index.html carries (liff/build/route-preloads.ts): files, and per route their indices. */
function routePreloadTable(html: string): { files: string[]; app: number[]; routes: Array<[string, number[]]>; mock: number[] } {
  const json = /\}\)\((\{"base".*?\})\)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('index.html has no route-preload table (liff/build/route-preloads.ts)');
  return JSON.parse(json) as { files: string[]; app: number[]; routes: Array<[string, number[]]>; mock: number[] };
}

/**
 * The first load of `route` (as the router sees it, e.g. "/forms/rnd-1"): index.html's entry and modulepreloads, the
 * files its route-preload table starts for that route, and everything they import statically. `distDir` is Vite's
 * outDir with index.html and assets/.
 */
export function firstLoad(distDir: string, routePath: string): FirstLoad {
  const assets = join(distDir, 'assets');
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const assetOf = (url: string) => url.replace(/^(.*\/)?assets\//, '');
  const entry = assetOf(/<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ?? '');
  const modulepreloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => assetOf(m[1]!));
  const table = routePreloadTable(html);
  const matched = table.routes.find(([re]) => new RegExp(re).test(routePath));
  if (!matched) throw new Error(`no route of index.html's preload table matches ${routePath}`);
  const routeFiles = matched[1].map((i) => assetOf(table.files[i]!));
  const stylesheets = [
    ...[...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => assetOf(m[1]!)),
    ...[...table.app.map((i) => table.files[i]!), ...routeFiles].filter((f) => f.endsWith('.css')).map(assetOf),
  ];
  const graph = importGraph(assets);
  if (!graph.has(entry)) throw new Error(`entry ${entry} of index.html not found in ${assets}`);
  // The entry, its modulepreloads, and the app itself (React and the shared code, which the table starts on every route).
  const appFiles = table.app.map((i) => assetOf(table.files[i]!));
  const boot = closure(graph, [entry, ...modulepreloads, ...appFiles.filter((f) => f.endsWith('.js'))]);
  const routeChunk = routeFiles.find((f) => f.endsWith('.js') && !boot.includes(f)) ?? entry;
  if (!boot.some((f) => graph.get(f)!.dynamics.includes(routeChunk)) && routeChunk !== entry)
    throw new Error(`the route's chunk ${routeChunk} is not imported lazily by the app`);
  const route = closure(
    graph,
    routeFiles.filter((f) => f.endsWith('.js')),
  );
  const all = [...boot, ...route.filter((f) => !boot.includes(f))];
  const importer = boot.find((f) => graph.get(f)!.dynamics.includes(routeChunk));
  const preload = importer ? vitePreloadList(graph.get(importer)!.text, routeChunk) : null;
  const lazy = [...new Set(all.flatMap((f) => graph.get(f)!.dynamics))].filter((f) => !all.includes(f));
  const js = all.map((f) => sizeOf(assets, f));
  const css = stylesheets.map((f) => sizeOf(assets, f));
  const sum = (xs: ChunkSize[], k: keyof Omit<ChunkSize, 'file'>) => xs.reduce((s, x) => s + x[k], 0);
  const htmlSize = { ...sizeOf(distDir, 'index.html'), file: 'index.html' };
  return {
    html: htmlSize,
    entry,
    modulepreloads,
    stylesheets,
    routeChunk,
    js,
    css,
    totals: {
      jsBytes: sum(js, 'bytes'),
      jsGzipBytes: sum(js, 'gzipBytes'),
      jsGzip9Bytes: sum(js, 'gzip9Bytes'),
      jsBrotliBytes: sum(js, 'brotliBytes'),
      cssGzipBytes: sum(css, 'gzipBytes'),
      htmlGzipBytes: htmlSize.gzipBytes,
    },
    lazyNotCounted: lazy.map((f) => sizeOf(assets, f)),
    vitePreloadList: preload,
    // Vite leaves out the entry (which the route chunk imports back) and lists some chunks the entry already loaded:
    // compare what each adds to the entry's own first load.
    vitePreloadListMatches: preload
      ? preload
          .filter((f) => f.endsWith('.js') && !boot.includes(f))
          .sort()
          .join() ===
        route
          .filter((f) => !boot.includes(f))
          .sort()
          .join()
      : null,
  };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map "mappings" line into [generatedColumn, sourceIndex] pairs (the fields we need). */
function decodeLine(line: string, state: { source: number }): Array<[number, number | null]> {
  const out: Array<[number, number | null]> = [];
  let column = 0;
  for (const segment of line.split(',')) {
    if (!segment) continue;
    const values: number[] = [];
    let shift = 0;
    let value = 0;
    for (const ch of segment) {
      const digit = B64.indexOf(ch);
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    column += values[0]!;
    if (values.length >= 4) state.source += values[1]!;
    out.push([column, values.length >= 4 ? state.source : null]);
  }
  return out;
}

/** The package a source belongs to: `react-dom`, `@line/liff`…, or `app` / `shared` for the project's own code. */
export function packageOf(source: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nm) return /^@(line|liff)\//.test(nm[1]!) ? 'LIFF SDK (@line/liff, @liff/*)' : nm[1]!;
  if (source.includes('/shared/src/')) return '@nithet/shared (project)';
  if (source.includes('/liff/src/')) return 'liff app (project)';
  return 'other (runtime, helpers)';
}

/** Minified bytes of `file` per package, from its `.map` (each generated segment counted to its source). */
export function bytesByPackage(assetsDir: string, file: string): Map<string, number> {
  const out = new Map<string, number>();
  const code = readFileSync(join(assetsDir, file), 'utf8').split('\n');
  // A chunk of generated code only (the bundler's runtime) gets no map.
  if (!existsSync(join(assetsDir, `${file}.map`))) return out.set('other (runtime, helpers)', Buffer.byteLength(code.join('\n')));
  const map = JSON.parse(readFileSync(join(assetsDir, `${file}.map`), 'utf8')) as { sources: string[]; mappings: string };
  const state = { source: 0 };
  map.mappings.split(';').forEach((line, i) => {
    const segments = decodeLine(line, state);
    const text = code[i] ?? '';
    segments.forEach(([col, source], k) => {
      const end = segments[k + 1]?.[0] ?? text.length;
      const bytes = Buffer.byteLength(text.slice(col, end));
      const key = source === null ? 'other (runtime, helpers)' : packageOf(map.sources[source] ?? '');
      out.set(key, (out.get(key) ?? 0) + bytes);
    });
  });
  return out;
}

/** The chunk's name without its content hash (`index-D0IjjTWm.js` → `index`), to match chunks of two builds. */
export const chunkName = (file: string) => file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
