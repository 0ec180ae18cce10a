// Load generator: signed one-event LINE webhooks over keep-alive HTTP, closed- and open-loop, bounded in count and time.
import { Agent, request } from 'node:http';
import { createHash, createHmac, randomBytes } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const b32 = (n, width) => {
  let s = '';
  for (let i = 0; i < width; i++, n = Math.floor(n / 32)) s = CROCKFORD[n % 32] + s;
  return s;
};
// A per-run prefix keeps ids unique across runs too, like a ULID's random part.
const RUN = randomBytes(4).readUInt32BE();
const RUN_HEX = RUN.toString(16).padStart(8, '0');
let seq = 0;

/** `count` distinct valid LINE user ids (U + 32 hex), stable for a given label. */
export const userIds = (label, count) =>
  Array.from({ length: count }, (_, i) => 'U' + createHash('md5').update(`${label}-${i}`).digest('hex'));

/** One signed webhook body with a single text message event, as LINE sends it. */
export function signedEvent(secret, userId, text = 'สวัสดีครับ') {
  const n = ++seq;
  const body = Buffer.from(
    JSON.stringify({
      destination: 'U0123456789abcdef0123456789abcdef',
      events: [
        {
          type: 'message',
          mode: 'active',
          timestamp: Date.now(),
          webhookEventId: b32(Date.now(), 10) + b32(RUN, 6) + b32(n, 10),
          deliveryContext: { isRedelivery: false },
          replyToken: RUN_HEX + n.toString(16).padStart(24, '0'),
          source: { type: 'user', userId },
          message: { type: 'text', id: String(500_000_000_000 + n), quoteToken: `q${RUN_HEX}${n}`, text },
        },
      ],
    }),
  );
  return { body, signature: createHmac('sha256', secret).update(body).digest('base64') };
}

/** A keep-alive pool of exactly `sockets` connections; requests beyond it wait in the agent's queue. */
export const keepAliveAgent = (sockets) => new Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });

/** POSTs one event; resolves to the HTTP status, or 0 on a network error or timeout. Never rejects. */
export function postEvent({ port, agent, secret, userId, timeoutMs = 10_000 }) {
  const { body, signature } = signedEvent(secret, userId);
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/webhook',
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-line-signature': signature },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

export const rateOf = (raw) => Math.round(((raw.count - raw.errors) / (raw.elapsedMs / 1000)) * 10) / 10;

export function summarize(latencies, { count, errors, elapsedMs, extra = {} }) {
  const sorted = Float64Array.from(latencies).sort();
  const pct = (p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
  const r = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    requests: count,
    ok: count - errors,
    errors,
    elapsedS: r(elapsedMs / 1000),
    eventsPerS: r((count - errors) / (elapsedMs / 1000)),
    latencyMs: { p50: r(pct(50)), p95: r(pct(95)), p99: r(pct(99)), max: r(sorted.at(-1) ?? null) },
    ...extra,
  };
}

/** Closed loop: `concurrency` workers each send, await, send again, until the time or count bound. Raw: summarize() it. */
export async function closedLoop({ port, agent, secret, users, concurrency, durationMs, maxRequests }) {
  const latencies = [];
  let count = 0;
  let errors = 0;
  const start = performance.now();
  const deadline = start + durationMs;
  const worker = async () => {
    while (performance.now() < deadline && count < maxRequests) {
      const userId = users[count++ % users.length];
      const t0 = performance.now();
      const status = await postEvent({ port, agent, secret, userId });
      if (status === 200) latencies.push(performance.now() - t0);
      else errors++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, count, errors, elapsedMs: performance.now() - start };
}

/**
 * Open loop at a fixed rate: request i is due at start + i/rate whether or not earlier ones returned,
 * and its latency counts from that due time (no coordinated omission). Over `maxInFlight` outstanding
 * requests, a due request is dropped and counted as an error instead of growing the queue without end.
 */
export async function openLoop({ port, agent, secret, users, rate, durationMs, maxInFlight, drainMs = 15_000 }) {
  const total = Math.max(1, Math.round((rate * durationMs) / 1000));
  const latencies = [];
  let sent = 0;
  let dropped = 0;
  let errors = 0;
  let inFlight = 0;
  let maxSeenInFlight = 0;
  const start = performance.now();
  await new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / rate <= now) {
        const due = start + (sent * 1000) / rate;
        const userId = users[sent++ % users.length];
        if (inFlight >= maxInFlight) {
          dropped++;
          continue;
        }
        inFlight++;
        maxSeenInFlight = Math.max(maxSeenInFlight, inFlight);
        void postEvent({ port, agent, secret, userId }).then((status) => {
          inFlight--;
          if (status === 200) latencies.push(performance.now() - due);
          else errors++;
        });
      }
      // Bounded by count (total) and by time (the schedule plus a drain allowance).
      if (sent >= total || now > start + durationMs + drainMs) resolve();
      else setTimeout(tick, 1);
    };
    tick();
  });
  const scheduleEnd = performance.now();
  const drainDeadline = scheduleEnd + drainMs;
  while (inFlight > 0 && performance.now() < drainDeadline) await new Promise((r) => setTimeout(r, 5));
  const unfinished = inFlight;
  return summarize(latencies, {
    count: sent,
    errors: errors + dropped + unfinished,
    elapsedMs: performance.now() - start,
    extra: { offeredPerS: Math.round(rate), dropped, unfinished, maxInFlight: maxSeenInFlight },
  });
}
