// Random failures of a share of requests from a seeded sequence: answered 500/429, timed out, or handled with the answer lost.
import type { NextFunction, Request, Response } from 'express';
import { lineError, RATE_LIMIT_MESSAGE } from './http';
import type { InjectedFailure, RandomFailures } from './types';

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_FAILURE: InjectedFailure = { kind: 'status', status: 500 };

export class RandomFailurePicker {
  private config: RandomFailures | undefined;
  private random: () => number = Math.random;

  constructor(config: RandomFailures | undefined) {
    this.configure(config);
  }

  /** A new configuration restarts the sequence from its seed. */
  configure(config: RandomFailures | undefined): void {
    if (config && !(config.rate >= 0 && config.rate <= 1)) throw new RangeError('randomFailures.rate must be within 0..1');
    this.config = config;
    this.random = seededRandom(config?.seed ?? 1);
  }

  /** Draws for a request: the failure it gets, or undefined to handle it normally. */
  pick(method: string, path: string): InjectedFailure | undefined {
    const c = this.config;
    if (!c || method !== (c.method ?? 'POST').toUpperCase()) return undefined;
    const where = c.path ?? '/v2/bot/message/multicast';
    if (typeof where === 'string' ? where !== path : !where.test(path)) return undefined;
    if (this.random() >= c.rate) return undefined;
    const failures = c.failures?.length ? c.failures : [DEFAULT_FAILURE];
    return failures[Math.floor(this.random() * failures.length)] ?? DEFAULT_FAILURE;
  }
}

/** Cuts the connection after `delayMs` instead of answering; recorded at once, with why. */
function cut(req: Request, res: Response, how: 'timeout' | 'lost-answer', delayMs: number): void {
  res.locals.cut = how;
  (res.locals.record as (() => void) | undefined)?.();
  setTimeout(() => req.socket.destroy(), delayMs);
}

export function injectRandomFailures(picker: RandomFailurePicker) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const failure = picker.pick(req.method, req.path);
    if (!failure) return next();
    if (failure.kind === 'status') {
      return lineError(res, failure.status, failure.status === 429 ? RATE_LIMIT_MESSAGE : 'Internal server error');
    }
    if (failure.kind === 'timeout') return cut(req, res, 'timeout', failure.delayMs);
    // Handled normally; the answer is swallowed and the connection cut, as when a response is lost on the way back.
    res.end = ((..._args: unknown[]) => {
      cut(req, res, 'lost-answer', failure.delayMs ?? 0);
      return res;
    }) as Response['end'];
    next();
  };
}
