// Build step: a small script in index.html that, before the app's code arrives, starts fetching the chunk of the
// route being opened (and its imports and CSS), and in local mode the LIFF mock — in parallel with the app's own
// bundle instead of one slow-line round trip after it. Works the same from the bot's server and from static hosting.
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { PAGE_ROUTES } from '../src/app/route-table';

/** "/forms/:roundId" → a regexp source matching the route as lib/navigation's routeOf gives it. */
export function routeRegExp(path: string): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const body =
    path === '/'
      ? ''
      : path
          .split('/')
          .map((s) => (s.startsWith(':') ? '[^/]+' : escape(s)))
          .join('/');
  return `^${body}/?$`;
}

export function routePreloads(basePath: string): Plugin {
  return {
    name: 'nithet-route-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
        // The chunk holding a module (code-splitting groups put several pages in one chunk, without a facade).
        const holding = (suffix: string) => chunks.find((c) => c.moduleIds.some((id) => id.replaceAll('\\', '/').endsWith(suffix)));
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) throw new Error('route-preloads: no entry chunk');
        const loadedWithEntry = closure(bundle, entry);
        // Start-up must run before React, zod and the app's code arrive: a static import of theirs from main.tsx,
        // boot.ts or what they import would make it wait for all of it again. Fail the build instead.
        const heavy = chunks.filter((c) => loadedWithEntry.has(c.fileName) && /^(vendor|common|teacher|staff)$/.test(c.name));
        if (heavy.length > 0)
          throw new Error(`route-preloads: start-up imports ${heavy.map((c) => c.fileName).join(', ')} statically (see app/main.tsx)`);
        const files: string[] = [];
        const fileIndex = (f: string) => {
          const at = files.indexOf(f);
          if (at >= 0) return at;
          files.push(f);
          return files.length - 1;
        };
        const routes = PAGE_ROUTES.map((r) => {
          const chunk = holding(`/src/features/${r.module}.tsx`);
          if (!chunk) throw new Error(`route-preloads: no chunk for ${r.module} (route ${r.path})`);
          const needed = [...closure(bundle, chunk)].filter((f) => !loadedWithEntry.has(f));
          return [routeRegExp(r.path), needed.map(fileIndex)] as const;
        });
        // React and the app (main.tsx imports mount.tsx lazily, so start-up runs first): wanted on every route.
        const mount = holding('/src/app/mount.tsx');
        if (!mount) throw new Error('route-preloads: no chunk for src/app/mount.tsx');
        const app = [...closure(bundle, mount)].filter((f) => !loadedWithEntry.has(f)).map(fileIndex);
        const mock = chunks.find((c) => c.moduleIds.some((id) => id.includes('/@line/liff-mock/')));
        const mockFiles = mock ? [...closure(bundle, mock)].filter((f) => !loadedWithEntry.has(f)).map(fileIndex) : [];
        const data = JSON.stringify({ base: basePath, files, app, routes, mock: mockFiles });
        // First in <head>: a classic script after the stylesheet link would wait for the CSS before running.
        return html.replace('<head>', `<head>\n    <script>${script(data)}</script>`);
      },
    },
  };
}

/** A chunk's file, its static imports' files (transitively) and the CSS they bring. */
function closure(bundle: OutputBundle, start: OutputChunk): Set<string> {
  const out = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (out.has(chunk.fileName)) return;
    out.add(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) out.add(css);
    for (const imported of chunk.imports) {
      const next = bundle[imported];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(start);
  return out;
}

/** The inline script: kept tiny and ES5-plain, it runs before anything else on the page. */
function script(data: string): string {
  return `(function(d){try{var q=new URLSearchParams(location.search).get('liff.state');var p=location.pathname;
if(p.indexOf(d.base)===0)p=p.slice(d.base.length);if(q)p=q.split('?')[0].split('#')[0];if(p.charAt(0)!=='/')p='/'+p;
function pre(i){var f=d.files[i],l=document.createElement('link');if(/\\.css$/.test(f)){l.rel='preload';l.as='style'}else{l.rel='modulepreload'}
l.href=d.base+'/'+f;document.head.appendChild(l)}
d.app.forEach(pre);
for(var i=0;i<d.routes.length;i++){if(new RegExp(d.routes[i][0]).test(p)){d.routes[i][1].forEach(pre);break}}
var c=window.__NITHET_CONFIG__;if(c&&c.mock)d.mock.forEach(pre)}catch(e){}})(${data.replace(/</g, '\\u003c')})`;
}
