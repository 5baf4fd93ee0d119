import type { CiteFields as CardCiteFieldsSchema, SourceSummaryDto } from "@/lib/domain/schemas";
import { describeSpan } from "./anchoring";

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

// Not words that are also common surnames (Post, Press, Bank, Service).
const BODY_WORDS =
  /\b(institute|institution|corporation|center|centre|council|foundation|department|ministry|organi[sz]ation|committee|commission|office|agency|project|association|society|network|forum|program(me)?|news|journal|magazine|watch|university|college|group|international|nations)\b/i;

/**
 * An author that is an organisation, read whole ("Defense One 15", "Human Rights Watch 16"): the
 * publication itself, or a name with an organisation's word in it. A person's last name otherwise.
 */
function isBody(author: string, publication: string): boolean {
  return author.toLowerCase() === publication.trim().toLowerCase() || BODY_WORDS.test(author);
}

/** The short name a cite opens with: last names of the authors, else the publication, else the title's first words. */
export function citeName(f: Pick<CiteFields, "author" | "publication" | "title">): string {
  const authors = f.author
    .split(/\s+(?:and|&)\s+|;/)
    .map((a) => a.trim())
    .filter(Boolean);
  const name = (a: string) => (isBody(a, f.publication) ? a : lastName(a));
  if (authors.length === 1) return name(authors[0]!);
  if (authors.length === 2) return `${name(authors[0]!)} & ${name(authors[1]!)}`;
  if (authors.length > 2) return `${name(authors[0]!)} et al.`;
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

// ---------- cite fields (Verbatim's card cite) ----------

export type CardCiteFields = CardCiteFieldsSchema;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_RE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i;

/** Month (0–11) and day of a free-form date, when it names them: "2026-12-03", "3 December 2026", "Dec 3, 2026". */
export function monthDay(date: string): { month: number; day: number } | null {
  const iso = date.match(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/);
  if (iso) {
    const month = Number(iso[2]) - 1;
    const day = Number(iso[3]);
    return month >= 0 && month < 12 && day >= 1 && day <= 31 ? { month, day } : null;
  }
  const m = date.match(MONTH_RE);
  if (!m) return null;
  const month = MONTHS.findIndex((x) => x.toLowerCase() === m[1]!.toLowerCase());
  const rest = date.replace(m[0], " ");
  const d = rest.match(/\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/);
  const day = d ? Number(d[1]) : NaN;
  return day >= 1 && day <= 31 ? { month, day } : null;
}

/**
 * The short cite read aloud: "Swerdlow 15"; for a card from the current year, the month and day
 * too ("Swerdlow 12/3"), as debaters cite recent evidence. Empty when there is neither name nor date.
 */
export function deriveShortCite(
  f: Pick<CardCiteFields, "authors" | "publication" | "title" | "date">,
  now: Date = new Date(),
): string {
  const name = citeName({ author: f.authors ?? "", publication: f.publication ?? "", title: f.title ?? "" });
  const date = f.date ?? "";
  const yy = shortYear(date);
  let when = yy;
  if (yy && yy === String(now.getUTCFullYear()).slice(-2)) {
    const md = monthDay(date);
    if (md) when = `${md.month + 1}/${md.day}`;
  }
  return [name, when].filter(Boolean).join(" ");
}

/**
 * The short cite a card shows: the one the debater wrote; else one derived from its authors; else
 * the one its one-line cite opens with ("Lemon 20 — …": a card cut from a source with no author,
 * whose fields hold only the source's title); else one derived from its publication or title; else
 * the cite's first words.
 */
export function shortCiteOf(
  e: { cite: string; citeFields?: Partial<CardCiteFields> | null },
  now: Date = new Date(),
): string {
  const f = e.citeFields;
  const written = f?.shortCite?.trim();
  if (written) return written;
  if (f?.authors?.trim()) return deriveShortCite(f, now);
  const head = citeHead(e.cite);
  if (head.dated) return head.text;
  return (f ? deriveShortCite(f, now) : "") || head.text;
}

/**
 * The rest of a one-line cite shown after its short cite in bold: without the short cite again
 * when the cite opens with it ("Lemon 15 — researcher…" after "Lemon 15" reads "researcher…").
 */
export function citeAfterShort(cite: string, short: string): string {
  const c = cite.trim();
  const s = short.trim();
  if (!s || c.slice(0, s.length).toLowerCase() !== s.toLowerCase()) return c;
  const rest = c.slice(s.length);
  // a prefix of a longer word ("Lee" of "Leeds 14") is not the short cite
  if (rest && !/^[\s—–\-,;:.[(]/.test(rest)) return c;
  return rest.replace(/^[\s—–\-,;:.]+/, "");
}

/** A one-line cite opens with its short cite by convention ("Lemon 15 — …", "Swerdlow 2015, …"). */
function citeHead(cite: string): { text: string; dated: boolean } {
  const head = cite.split(/\s+[—–-]\s+|[;,(]/)[0]?.trim() ?? "";
  const m = head.match(/^(.*?\b(?:\d{2}|\d{4}))\b/);
  if (m) return { text: m[1]!.replace(/\b(1[6-9]|20)(\d{2})$/, "$2").trim(), dated: true };
  return { text: head.split(/\s+/).slice(0, 3).join(" ") || cite.trim(), dated: false };
}

/**
 * The full one-line cite in Verbatim's form: the short cite (set in the Cite style by the .docx
 * export), then the rest plain in brackets — authors, qualifications, date, "title", publication,
 * URL, date accessed, pages, and the cutter's initials:
 * `Swerdlow 15 [Steve Swerdlow, director, 2015, "Title," Publication, https://…, accessed 12-3-2026, p. 4] //AB`.
 */
export function fullCite(f: CardCiteFields, now: Date = new Date()): string {
  const head = f.shortCite?.trim() || deriveShortCite(f, now);
  const t = (s?: string) => s?.trim() ?? "";
  const parts = [
    t(f.authors),
    t(f.qualifications),
    t(f.date),
    t(f.title) ? `"${t(f.title)}"` : "",
    t(f.publication),
    t(f.url),
    t(f.accessed) ? `accessed ${t(f.accessed)}` : "",
    t(f.pages) ? (/^p/i.test(t(f.pages)) ? t(f.pages) : `p. ${t(f.pages)}`) : "",
  ].filter(Boolean);
  const body = parts.length ? `[${parts.join(", ")}]` : "";
  const initials = t(f.initials) ? `//${t(f.initials)}` : "";
  return [head, body, initials].filter(Boolean).join(" ");
}

/** The cite fields of a card cut from a source: its metadata, with the short cite derived (not stored). */
export function citeFieldsFromSource(
  s: Pick<SourceSummaryDto, "author" | "qualifications" | "date" | "title" | "publication" | "url">,
  accessed?: string,
): CardCiteFields {
  const out: CardCiteFields = {};
  const put = (k: keyof CardCiteFields, v: string | undefined) => {
    if (v && v.trim()) out[k] = v.trim();
  };
  put("authors", s.author);
  put("qualifications", s.qualifications);
  put("date", s.date);
  put("title", s.title);
  put("publication", s.publication);
  put("url", s.url);
  put("accessed", accessed);
  return out;
}

/**
 * A card freshly cut from `source` at `start`–`end`: its anchor, its one-line cite and the cite's
 * parts from the source's metadata (the short cite derived until edited). The server's cut and the
 * client's fill of a quote-less card build the same fields.
 */
export function newCardFields(
  source: Parameters<typeof citeFieldsFromSource>[0] & { id: string; text: string },
  span: { start: number; end: number },
  cite: string,
) {
  return {
    sourceId: source.id,
    ...describeSpan(source.text, span.start, span.end),
    cite,
    highlights: [],
    citeFields: citeFieldsFromSource(source, new Date().toISOString().slice(0, 10)),
    status: "exact" as const,
  };
}
