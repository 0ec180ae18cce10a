// Time and identity are inputs to domain rules, never read from globals inside them.
export interface Clock {
  now(): Date;
}
export interface IdGenerator {
  /** A new unique, URL-safe id. */
  newId(): string;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests can move by hand. */
export class ManualClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
