// The largest file Clash imports in each format, from measurements (bench/imports-latency.md,
// `npm run bench:imports`). Parsing runs in a worker with a time budget, so a cap no longer
// protects the server's event loop; it keeps a file at the cap well inside that budget (60 s by
// default) on a small two-core server, so an honest file is never cut off half-way.
import type { ImportFormat } from "./codecs/types";

const MB = 1024 * 1024;

/**
 * Bytes per format, and why. Argdown reads slowest per MB (0.53 s/MB for the whole import of a
 * 10,000-argument file on a quiet two-core machine, against 0.15–0.36 s/MB for AIF and Clash JSON;
 * 0.3–1.4 s/MB, and no worse than linear, for deeply nested, flat and premise-conclusion files),
 * so its cap is the one set lowest: 12 MB (the codec applies it too, as ARGDOWN_MAX_BYTES) holds
 * a 20,000-argument debate (10.4 MB); parse and model alone take about 0.16 s per MB
 * (codecs/argdown-lexer.ts). The JSON formats and Kialo hit the 50,000-argument limit before their
 * byte cap matters.
 */
export const IMPORT_CAPS: Record<ImportFormat, { bytes: number; why: string }> = {
  json: { bytes: 20 * MB, why: "about 1 s per MB to read; 20 MB holds the 50,000-argument limit" },
  aif: { bytes: 20 * MB, why: "about 1.2 s per MB to read; 20 MB holds the 50,000-argument limit" },
  kialo: { bytes: 20 * MB, why: "about 1.2 s per MB to read; 20 MB is far past the 50,000-argument limit" },
  // The compressed upload; the codec also caps what it inflates (a zip bomb is refused early).
  docx: {
    bytes: 20 * MB,
    why: "about 1–1.6 s per MB of run-dense Verbatim to read; a season's file is a few MB, and the codec also caps what it inflates (100 MB of XML, a 9 MB file, reads in 15 s)",
  },
  argdown: {
    bytes: 12 * MB,
    why: "about 0.5 s per MB to read (1.4 s at worst), so 12 MB stays well inside the time budget",
  },
};

/** The most any import reads (the upload is refused past it before the format is known). */
export const MAX_IMPORT_BYTES = Math.max(...Object.values(IMPORT_CAPS).map((c) => c.bytes));

const inMb = (bytes: number) => `${Math.round(bytes / MB)} MB`;

/** Null when `bytes` is within the format's cap, else the refusal's words (413). */
export function capRefusal(format: ImportFormat, bytes: number, name: string): string | null {
  const cap = IMPORT_CAPS[format].bytes;
  if (bytes <= cap) return null;
  return `the file is ${(bytes / MB).toFixed(1)} MB; Clash imports ${name} files of up to ${inMb(cap)}. Split it into smaller files.`;
}
