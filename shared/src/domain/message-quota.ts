// Whether a push fits this month's message quota: the office's own budget and LINE's plan limit, the lower wins.
export interface MonthlyQuotaCheck {
  /** The limit that applies (null = none known). */
  limit: number | null;
  /** Messages (recipients) LINE counted this month; null when LINE did not answer. */
  used: number | null;
  /** `used` plus this send's cost. */
  afterSending: number | null;
  exceeds: boolean;
  source: 'office' | 'line' | 'none' | 'unknown';
}

export function monthlyQuotaCheck(input: {
  officeLimit: number | null;
  line: { limit: number | null; used: number } | null;
  cost: number;
}): MonthlyQuotaCheck {
  const { officeLimit, line, cost } = input;
  const limits: Array<[number, 'office' | 'line']> = [];
  if (officeLimit !== null) limits.push([officeLimit, 'office']);
  if (line?.limit !== null && line?.limit !== undefined) limits.push([line.limit, 'line']);
  const lowest = limits.sort((a, b) => a[0] - b[0])[0];
  const used = line ? line.used : null;
  const afterSending = used === null ? null : used + cost;
  const source = lowest ? lowest[1] : line ? 'none' : 'unknown';
  // Without LINE's count the office budget still bounds a single send.
  const exceeds = lowest !== undefined && (afterSending ?? cost) > lowest[0];
  return { limit: lowest?.[0] ?? null, used, afterSending, exceeds, source };
}
