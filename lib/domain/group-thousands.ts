/**
 * A count with thousands separators (12,345), without Intl: the first `toLocaleString` of a page
 * loads the browser's locale data, a long task of its own (0.1–0.2 s on a busy 2-core machine)
 * in the middle of a map's hydration (bench/open-trace.md).
 */
export function groupThousands(n: number): string {
  const whole = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n <= -1 ? `-${whole}` : whole;
}

/** A count and its noun, singular for one: "1 argument", "12,345 arguments". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${groupThousands(n)} ${n === 1 ? one : many}`;
}
