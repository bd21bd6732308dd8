// The plan's review reminder: a plan not reviewed for twelve months is due for review.

export const REVIEW_INTERVAL_MONTHS = 12;

export interface ReviewStatus {
  reviewed_at: string;
  months_since: number;
  due: boolean;
}

export function reviewStatus(reviewedAt: string, now: Date): ReviewStatus {
  const [y, m, d] = reviewedAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months -= 1;
  months = Math.max(0, months);
  return {
    reviewed_at: reviewedAt.slice(0, 10),
    months_since: months,
    due: months >= REVIEW_INTERVAL_MONTHS,
  };
}
