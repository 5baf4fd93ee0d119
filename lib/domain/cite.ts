import type { SourceSummaryDto } from "@/lib/domain/schemas";

type CiteFields = Pick<SourceSummaryDto, "title" | "author" | "qualifications" | "publication" | "date" | "url">;

const SUFFIXES = /^(jr|sr|ii|iii|iv|phd|md|esq)\.?$/i;

/** "Edward Lemon" → "Lemon"; "Lemon, Edward" → "Lemon"; "Martin Luther King Jr." → "King". */
export function lastName(name: string): string {
  const n = name.trim();
  if (!n) return "";
  if (/^[^,]+,\s*[^,]+$/.test(n) && !SUFFIXES.test(n.split(",")[1]!.trim())) return n.split(",")[0]!.trim();
  const words = n
    .replace(/,/g, " ")
    .split(/\s+/)
    .filter((w) => !SUFFIXES.test(w));
  return words.at(-1) ?? n;
}

/** The short name a cite opens with: last names of the authors, else the publication, else the title's first words. */
export function citeName(f: Pick<CiteFields, "author" | "publication" | "title">): string {
  const authors = f.author
    .split(/\s+(?:and|&)\s+|;/)
    .map((a) => a.trim())
    .filter(Boolean);
  if (authors.length === 1) return lastName(authors[0]!);
  if (authors.length === 2) return `${lastName(authors[0]!)} & ${lastName(authors[1]!)}`;
  if (authors.length > 2) return `${lastName(authors[0]!)} et al.`;
  if (f.publication.trim()) return f.publication.trim();
  return f.title.trim().split(/\s+/).slice(0, 3).join(" ");
}

/** The two-digit year of a free-form date ("21 June 2015" → "15"); "" when it names no year. */
export function shortYear(date: string): string {
  const m = date.match(/\b(1[6-9]|20)(\d{2})\b/);
  return m ? m[2]! : "";
}

/**
 * A debate-style cite for a card cut from a source:
 * `Lemon 15 — researcher, University of Exeter; "Title," VICE News, 2015, https://…`.
 */
export function buildCite(f: CiteFields): string {
  const head = [citeName(f), shortYear(f.date)].filter(Boolean).join(" ");
  const title = f.title.trim() ? `"${f.title.trim()},"` : "";
  const tail = [f.publication, f.date, f.url]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(", ");
  const where = [title, tail].filter(Boolean).join(" ").replace(/,"$/, '"');
  const body = [f.qualifications.trim(), where].filter(Boolean).join("; ");
  return [head, body].filter(Boolean).join(" — ");
}
