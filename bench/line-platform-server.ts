// The local LINE platform in its own process for benches (LINE is remote: its work must not share the bot's event loop).
// LINE's rate limits by default; BENCH_USERS people who follow the account; a control port reports what was delivered.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startLocalLinePlatform, type RandomFailures } from '../bot/src/local/line-platform';
import { BENCH_TOKEN, benchLineUserId } from './lib/bench-people';

const users = Number(process.env.BENCH_USERS ?? 0);

async function body(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) raw += String(chunk);
  return raw ? JSON.parse(raw) : undefined;
}

/** How many multicast messages each person got: how many got none, one, more than one. */
function deliveries(platform: Awaited<ReturnType<typeof startLocalLinePlatform>>) {
  const counts = { users, none: 0, once: 0, moreThanOnce: 0, most: 0 };
  for (let i = 0; i < users; i += 1) {
    const n = platform.messagesTo(benchLineUserId(i)).length;
    if (n === 0) counts.none += 1;
    else if (n === 1) counts.once += 1;
    else counts.moreThanOnce += 1;
    counts.most = Math.max(counts.most, n);
  }
  return counts;
}

function requestStats(platform: Awaited<ReturnType<typeof startLocalLinePlatform>>) {
  const multicast = platform.requests().filter((r) => r.path === '/v2/bot/message/multicast');
  const byStatus: Record<string, number> = {};
  for (const r of multicast) {
    const key = r.cut ? `${r.status} (${r.cut})` : String(r.status);
    byStatus[key] = (byStatus[key] ?? 0) + 1;
  }
  const times = multicast.map((r) => r.time.getTime());
  const first = times.length ? Math.min(...times) : 0;
  // Each retried request: when its attempts came (ms after the first request) and what they got.
  const byKey = new Map<string, string[]>();
  for (const r of multicast) {
    const key = r.headers['x-line-retry-key'] ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), `${r.time.getTime() - first}:${r.cut ?? r.status}`]);
  }
  const retried = [...byKey.values()].filter((attempts) => attempts.length > 1);
  return { multicastRequests: multicast.length, byStatus, firstToLastMs: times.length ? Math.max(...times) - first : 0, retried };
}

async function main(): Promise<void> {
  const platform = await startLocalLinePlatform({
    channelSecret: 'bench-channel-secret',
    channelAccessToken: BENCH_TOKEN,
    loginChannelId: '1650000000',
    users: Array.from({ length: users }, (_, i) => ({ userId: benchLineUserId(i), displayName: `ครู ${i}` })),
  });
  const control = createServer((req, res) => {
    const answer = (v: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(v ?? {}));
    void (async () => {
      if (req.url === '/stats') return answer({ ...requestStats(platform), deliveries: deliveries(platform), quota: platform.quota() });
      if (req.url === '/reset' && req.method === 'POST') return answer(platform.reset());
      if (req.url === '/random-failures' && req.method === 'POST') {
        return answer(platform.setRandomFailures((await body(req)) as RandomFailures | undefined));
      }
      res.writeHead(404).end();
    })().catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  control.listen(0, '127.0.0.1', () => process.stdout.write(`READY ${(control.address() as AddressInfo).port} ${platform.url}\n`));
  // Dies with the bench: the bench holds stdin open.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
