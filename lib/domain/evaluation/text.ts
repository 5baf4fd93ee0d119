/** How many arguments a why names before it says "and N more". */
const MAX_NAMED = 3;

/** A title in quotes, whitespace collapsed. */
export function quoted(title: string): string {
  const t = title.replace(/\s+/g, " ").trim();
  return `'${t === "" ? "(untitled)" : t}'`;
}

/** "a", "a and b", "a, b and c", "a, b, c and 2 more" */
export function listOf(items: readonly string[], sep = ", ", last = " and "): string {
  const shown = items.slice(0, MAX_NAMED);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(sep)}${last}${rest} more`;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(sep)}${last}${shown[shown.length - 1]}`;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
