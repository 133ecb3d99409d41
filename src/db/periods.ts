/**
 * Calendar periods for dashboards, in UTC days (the store keeps days, not
 * instants): each period is named by its first day, weeks are ISO weeks
 * starting on Monday.
 */
export const periods = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type Period = (typeof periods)[number];

/** SQL for the first day of the period that contains the day `day` (an SQL expression, YYYY-MM-DD). */
export function periodStart(period: Period, day: string): string {
  switch (period) {
    case 'DAY':
      return day;
    // %w counts from Sunday (0); Monday-based weeks step back (w + 6) % 7 days.
    case 'WEEK':
      return `date(${day}, '-' || ((CAST(strftime('%w', ${day}) AS INTEGER) + 6) % 7) || ' days')`;
    case 'MONTH':
      return `strftime('%Y-%m-01', ${day})`;
    case 'YEAR':
      return `strftime('%Y-01-01', ${day})`;
  }
}

/** SQL for the first day of the period after the one starting on `start`. */
export function nextPeriod(period: Period, start: string): string {
  const step = { DAY: '+1 day', WEEK: '+7 days', MONTH: '+1 month', YEAR: '+1 year' }[period];
  return `date(${start}, '${step}')`;
}
