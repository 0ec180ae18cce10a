// The monthly message quota: push and multicast count each recipient reached, replies are free, over the limit nothing is sent.
import type { Router } from 'express';
import type { PlatformContext } from './context';
import type { MessageQuota } from './types';

/** LINE counts the month in Japan time (UTC+9). */
const monthOf = (now: Date) => new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 7);

export class QuotaLedger {
  private usage = 0;
  private month: string;
  private current: MessageQuota = { type: 'none' };

  constructor(
    quota: MessageQuota,
    private readonly now: () => Date,
  ) {
    this.quota = quota;
    this.month = monthOf(now());
  }

  get quota(): MessageQuota {
    return this.current;
  }

  set quota(q: MessageQuota) {
    if (q.type === 'limited' && !(Number.isInteger(q.value) && q.value >= 0))
      throw new RangeError('quota.value must be a whole number ≥ 0');
    this.current = q.type === 'none' ? { type: 'none' } : { type: 'limited', value: q.value };
  }

  /** Messages (recipients) sent this month; a new month starts from 0. */
  totalUsage(): number {
    const month = monthOf(this.now());
    if (month !== this.month) {
      this.month = month;
      this.usage = 0;
    }
    return this.usage;
  }

  setUsage(totalUsage: number): void {
    this.totalUsage();
    this.usage = totalUsage;
  }

  /** False when sending to `recipients` more would go over the limit. */
  allows(recipients: number): boolean {
    const q = this.current;
    return q.type === 'none' || this.totalUsage() + recipients <= q.value;
  }

  consume(recipients: number): void {
    this.usage = this.totalUsage() + recipients;
  }
}

export function quotaRoutes(router: Router, ctx: PlatformContext): void {
  router.get('/v2/bot/message/quota', (_req, res) => {
    const q = ctx.quota.quota;
    res.json(q.type === 'none' ? { type: 'none' } : { type: 'limited', value: q.value });
  });
  router.get('/v2/bot/message/quota/consumption', (_req, res) => {
    res.json({ totalUsage: ctx.quota.totalUsage() });
  });
}
