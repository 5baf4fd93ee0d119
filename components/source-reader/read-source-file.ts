import { htmlTitle } from "@/lib/domain/html-to-text";
import { withScheme } from "@/lib/domain/schemas";

/** Files larger than this are refused in the browser, before anything is sent. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_TEXT_CHARS = 2_000_000;
export const ACCEPT = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export type SourceFormat = "text" | "markdown" | "html";
export type ReadFile = { text: string; format: SourceFormat; title: string; name: string };

const megabytes = (n: number) => (n / 1024 / 1024).toFixed(1);

/** The format a file name or type says, or null when Clash cannot read it. */
export function formatOf(file: Pick<File, "name" | "type">): SourceFormat | null {
  const ext = file.name.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  if (ext === "html" || ext === "htm" || file.type === "text/html") return "html";
  if (ext === "md" || ext === "markdown" || file.type === "text/markdown") return "markdown";
  if (ext === "txt" || file.type === "text/plain") return "text";
  return null;
}

/** "the-misplaced_focus.txt" → "the misplaced focus". */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]+$/, "")
    .replace(/[-_]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Why a file cannot be used, in words a user can act on; null when it is fine. */
export function fileProblem(file: Pick<File, "name" | "type" | "size">): string | null {
  if (!formatOf(file))
    return `Clash reads .txt, .md and .html files; “${file.name}” is not one of them. Copy its text and paste it instead.`;
  if (file.size > MAX_FILE_BYTES)
    return `“${file.name}” is ${megabytes(file.size)} MB; the limit is 2 MB. Split the document, or paste only the part you need.`;
  if (file.size === 0) return `“${file.name}” is empty.`;
  return null;
}

/** Read a dropped or chosen file in the browser (nothing is sent); throws an Error with a clear message. */
export async function readSourceFile(file: File): Promise<ReadFile> {
  const problem = fileProblem(file);
  if (problem) throw new Error(problem);
  const format = formatOf(file)!;
  const text = (await file.text()).replace(/^\uFEFF/, "");
  if (!text.trim()) throw new Error(`“${file.name}” has no text.`);
  const title = (format === "html" ? htmlTitle(text) : null) || titleFromFileName(file.name);
  return { text, format, title, name: file.name };
}

/** The URL rule of the server, said in advance: empty, or an http(s) address. */
export function urlProblem(url: string): string | null {
  const v = withScheme(url.trim());
  if (!v) return null;
  if (!/^https?:\/\//i.test(v)) return "Use a web address that starts with http:// or https://.";
  if (!URL.canParse(v)) return "That web address is not valid.";
  return null;
}
