const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date: how long ago `iso` was. */
export function relativeTime(iso: string, now: number = Date.now()): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return "";
  const ago = now - t;
  if (ago < 45_000) return "just now";
  if (ago < HOUR) return `${Math.max(1, Math.round(ago / MIN))} min ago`;
  if (ago < DAY) return `${Math.round(ago / HOUR)} h ago`;
  if (ago < 2 * DAY) return "yesterday";
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} days ago`;
  return new Date(t).toLocaleDateString("en", {
    day: "numeric",
    month: "short",
    year: new Date(t).getFullYear() === new Date(now).getFullYear() ? undefined : "numeric",
  });
}

/** When something stops working, in words: "in 6 days", "in 5 h", "never". */
export function timeUntil(iso: string | null, now: number = Date.now()): string {
  if (!iso) return "never";
  const left = Date.parse(iso) - now;
  if (left <= 0) return "expired";
  if (left < HOUR) return `in ${Math.max(1, Math.round(left / MIN))} min`;
  if (left < 2 * DAY) return `in ${Math.round(left / HOUR)} h`;
  return `in ${Math.round(left / DAY)} days`;
}
