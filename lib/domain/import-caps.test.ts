import { describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "./codecs/types";
import { capRefusal, IMPORT_CAPS, MAX_IMPORT_BYTES } from "./import-caps";

describe("import caps", () => {
  it("every format has a cap with its reason, none above the codecs' byte guard", () => {
    for (const [format, cap] of Object.entries(IMPORT_CAPS)) {
      expect(cap.bytes, format).toBeGreaterThan(0);
      expect(cap.bytes, format).toBeLessThanOrEqual(IMPORT_LIMITS.maxBytes);
      expect(cap.why, format).toMatch(/per MB/);
    }
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
  });

  it("Argdown, the slowest to read, has the lowest cap", () => {
    const lowest = Math.min(...Object.values(IMPORT_CAPS).map((c) => c.bytes));
    expect(IMPORT_CAPS.argdown.bytes).toBe(lowest);
    expect(IMPORT_CAPS.argdown.bytes).toBeLessThan(IMPORT_CAPS.aif.bytes);
  });

  it("a file at the cap passes; one byte more is refused with the size and the cap in the message", () => {
    const cap = IMPORT_CAPS.argdown.bytes;
    expect(capRefusal("argdown", cap, "Argdown")).toBeNull();
    expect(capRefusal("argdown", cap + 1, "Argdown")).toBe(
      "the file is 12.0 MB; Clash imports Argdown files of up to 12 MB. Split it into smaller files.",
    );
    expect(capRefusal("aif", cap + 1, "AIF JSON")).toBeNull();
  });

  it("holds the Argdown of a 20,000-argument debate (the bench's is 10.4 MB)", () => {
    expect(capRefusal("argdown", 10.4 * 1024 * 1024, "Argdown")).toBeNull();
  });
});
