// The home page's debate list: finding a debate by its words, ordering the list, and the
// "updated …" date each card shows. Pure, so the server page, the client list and the tests agree.

/** Text folded for matching: lower case, accents and other marks dropped ("Élan" → "elan"). */
export function foldText(s: string): string {
  return s.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "");
}

/** The words of a query, folded; an empty or blank query has none. */
export function queryWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

/** What a debate is found by: its title and its resolution, folded once. */
export function debateSearchKey(d: { title: string; resolution: string }): string {
  return foldText(`${d.title}\n${d.resolution}`);
}

/** Every word of the query occurs somewhere in the key (a part of a word is enough); no words match all. */
export function matchesWords(key: string, words: readonly string[]): boolean {
  return words.every((w) => key.includes(w));
}

/** Whether a debate's title or resolution holds every word of `query`, ignoring case and accents. */
export function debateMatches(d: { title: string; resolution: string }, query: string): boolean {
  return matchesWords(debateSearchKey(d), queryWords(query));
}

export const DEBATE_SORTS = [
  { value: "updated", label: "Recently updated" },
  { value: "title", label: "Title A–Z" },
] as const;
export type DebateSort = (typeof DEBATE_SORTS)[number]["value"];

let collator: Intl.Collator | undefined;
/** Titles in dictionary order: case and accents aside, numbers by value ("Round 2" before "Round 10"). */
export function compareTitles(a: string, b: string): number {
  collator ??= new Intl.Collator("en", { sensitivity: "base", numeric: true });
  return collator.compare(a.trim(), b.trim());
}

/**
 * The debates in the chosen order, as a new array. "updated" puts the latest change first;
 * "title" is A–Z, and debates of the same title keep their order (latest first).
 */
export function sortDebates<T extends { title: string; updatedAt: string }>(list: readonly T[], sort: DebateSort): T[] {
  const byUpdated = [...list].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  return sort === "title" ? byUpdated.sort((a, b) => compareTitles(a.title, b.title)) : byUpdated;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A calendar date and wall-clock time, in whichever time zone it was read. */
export type DateTimeParts = { year: number; month: number; day: number; hour: number; minute: number };

/** The parts of an instant in UTC: what the server renders, the same on every machine. */
export function utcParts(d: Date): DateTimeParts {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
  };
}

/** The parts of an instant in the reader's own time zone (the browser's). */
export function localParts(d: Date): DateTimeParts {
  return {
    year: d.getFullYear(),
    month: d.getMonth() + 1,
    day: d.getDate(),
    hour: d.getHours(),
    minute: d.getMinutes(),
  };
}

/** "6 Dec 2026" (no locale data: the first Intl call of a page is a long task of its own). */
export function formatDay(p: DateTimeParts): string {
  return `${p.day} ${MONTHS[p.month - 1]} ${p.year}`;
}

/** "6 Dec 2026, 17:45": the day and a 24-hour time. */
export function formatDayTime(p: DateTimeParts): string {
  return `${formatDay(p)}, ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

/**
 * How the caller reaches a debate, for its card: "you are owner/editor/commenter", and
 * "shared with you · viewer" for a viewer member. A public debate gives every reader the viewer
 * role without sharing it with anyone, so a viewer without a membership gets no note.
 */
export function roleNote(d: { role: string | null; shared?: boolean }): string | null {
  if (!d.role) return null;
  if (d.role !== "viewer") return `you are ${d.role}`;
  return d.shared ? "shared with you · viewer" : null;
}
