// Hosts an installed functions artifact the way the cloud runs it: body parsing as Google's Functions Framework does it,
// Hosting's rewrites from firebase.json, Cloud Scheduler's HTTP call, and firebase-functions-test's wrap for scheduled runs.
// Usage: node artifact-host.cjs <installed app dir> <firebase.json>; prints "READY <port>" once listening.
'use strict';

const { readFileSync } = require('node:fs');
const http = require('node:http');
const express = require('express');
const bodyParser = require('body-parser');

const [appDir, firebaseJsonPath] = process.argv.slice(2);
if (!appDir || !firebaseJsonPath) throw new Error('usage: artifact-host.cjs <app dir> <firebase.json>');

// As on Cloud Functions: FIREBASE_CONFIG and GCLOUD_PROJECT are set before the code is loaded.
const projectId = process.env.GCLOUD_PROJECT;
const functionsTest = require('firebase-functions-test')({ projectId, storageBucket: `${projectId}.firebasestorage.app` });
const exported = require(appDir);

/** Google's Functions Framework (src/server.ts): these parsers, in this order, keep the bytes in req.rawBody. */
function frameworkApp(handler) {
  const app = express();
  const verify = (req, _res, buf) => {
    req.rawBody = buf;
  };
  const limit = '1024mb';
  app.use(bodyParser.json({ type: 'application/cloudevents+json', limit, verify }));
  app.use(bodyParser.json({ limit, verify }));
  app.use(bodyParser.text({ limit, verify }));
  app.use(bodyParser.urlencoded({ limit, verify, extended: true }));
  app.use(bodyParser.raw({ limit, verify, type: '*/*' }));
  app.enable('trust proxy');
  app.disable('x-powered-by');
  app.use((req, res) => {
    Promise.resolve()
      .then(() => handler(req, res))
      .catch((err) => {
        process.stderr.write(`function threw: ${err && err.stack ? err.stack : err}\n`);
        if (!res.headersSent) res.status(500).send('Internal Server Error');
      });
  });
  return app;
}

const functionApps = new Map(
  Object.entries(exported)
    .filter(([, fn]) => typeof fn === 'function' && fn.__endpoint)
    .map(([name, fn]) => [name, frameworkApp(fn)]),
);

/** Hosting's rewrites (firebase.json): `**` any path, `*` one segment; the function sees the original path. */
const rewrites = (JSON.parse(readFileSync(firebaseJsonPath, 'utf8')).hosting?.rewrites ?? [])
  .filter((r) => r.function)
  .map((r) => {
    const pattern = r.source
      .split(/(\*\*|\*)/)
      .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    return { re: new RegExp(`^${pattern}$`), name: typeof r.function === 'string' ? r.function : r.function.functionId };
  });

const host = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://host');
  const reply = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  // What firebase deploy reads from each export.
  if (url.pathname === '/__endpoints') {
    return reply(200, Object.fromEntries(Object.entries(exported).map(([name, fn]) => [name, (fn && fn.__endpoint) || null])));
  }
  // Cloud Scheduler: an authenticated POST to the function's own URL with its job headers.
  const scheduler = /^\/__scheduler\/([\w-]+)$/.exec(url.pathname);
  if (scheduler) {
    const app = functionApps.get(scheduler[1]);
    if (!app) return reply(404, { error: `no function ${scheduler[1]}` });
    req.url = '/';
    req.headers['x-cloudscheduler-jobname'] = `firebase-schedule-${scheduler[1]}-asia-southeast1`;
    req.headers['x-cloudscheduler-scheduletime'] = new Date().toISOString();
    return app(req, res);
  }
  // firebase-functions-test: the scheduled handler wrapped and called in-process.
  const wrapped = /^\/__wrapped\/([\w-]+)$/.exec(url.pathname);
  if (wrapped) {
    const fn = exported[wrapped[1]];
    if (!fn) return reply(404, { error: `no function ${wrapped[1]}` });
    return Promise.resolve()
      .then(() => functionsTest.wrap(fn)({}))
      .then(
        () => reply(200, { ok: true }),
        (err) => reply(500, { ok: false, error: String(err && err.message ? err.message : err) }),
      );
  }
  const rewrite = rewrites.find((r) => r.re.test(url.pathname));
  const app = rewrite && functionApps.get(rewrite.name);
  if (!app) return reply(404, { error: `Hosting has no rewrite for ${url.pathname}` });
  return app(req, res);
});

host.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${host.address().port}\n`));
const stop = () => host.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The test holds our stdin open: when it goes away (even killed), so do we.
process.stdin.on('close', () => process.exit(0));
process.stdin.resume();
