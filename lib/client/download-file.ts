"use client";
import { readApiError } from "@/lib/domain/api-error";
import { saveBlob } from "./save-blob";

export type NotExported = { what: string; count: number; why: string };

/**
 * Download an export through fetch rather than a plain link, so a refusal shows as the server's
 * message (not a saved error file) and what the format could not hold (X-Clash-Not-Exported)
 * can be told to the user instead of staying in a header no one reads.
 */
export async function downloadFile(url: string): Promise<{ notExported: NotExported[] }> {
  let res: Response;
  try {
    res = await fetch(url, { credentials: "same-origin" });
  } catch {
    throw new Error("cannot reach the server; check your connection");
  }
  if (!res.ok) {
    const e = readApiError(await res.json().catch(() => null));
    throw new Error(e?.message ?? `the export failed (${res.status})`);
  }
  const blob = await res.blob();
  saveBlob(blob, fileNameOf(res.headers.get("Content-Disposition")) ?? "debate");
  return { notExported: parseNotExported(res.headers.get("X-Clash-Not-Exported")) };
}

function fileNameOf(disposition: string | null): string | null {
  return disposition?.match(/filename="([^"]+)"/)?.[1] ?? null;
}

/** The header's JSON list, tolerating a missing or malformed header (then nothing is shown). */
export function parseNotExported(header: string | null): NotExported[] {
  if (!header) return [];
  try {
    const v: unknown = JSON.parse(header);
    if (!Array.isArray(v)) return [];
    return v.filter(
      (n): n is NotExported =>
        typeof n === "object" &&
        n !== null &&
        typeof (n as NotExported).what === "string" &&
        typeof (n as NotExported).count === "number" &&
        typeof (n as NotExported).why === "string",
    );
  } catch {
    return [];
  }
}
