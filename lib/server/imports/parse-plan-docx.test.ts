import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { handVerbatimDocx } from "@/lib/domain/codecs/docx/fixtures";
import { parseAndPlan } from "./parse-plan";

describe("parseAndPlan with a .docx", () => {
  it("detects a Word file by its zip bytes and plans groups, cards and sources", () => {
    const r = parseAndPlan({ text: handVerbatimDocx(), fileName: "upload.bin" });
    if (!r.ok) throw new Error(r.refusal.message);
    expect(r.value.format).toBe("docx");
    expect(r.value.head.title).toBe("upload.bin");
  });

  it("refuses a zip that is not a Word document with a 422", () => {
    const r = parseAndPlan({ text: zipSync({ "a.txt": new Uint8Array([65]) }), fileName: "x.docx" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe("validation_failed");
  });

  it("refuses a zip bomb with a 413", () => {
    const huge = new Uint8Array(300 * 1024 * 1024);
    const bomb = zipSync({ "word/document.xml": huge }, { level: 9 });
    const r = parseAndPlan({ text: bomb, format: "docx" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe("payload_too_large");
  });

  it("refuses bytes that are not a zip when docx is chosen", () => {
    const r = parseAndPlan({ text: new TextEncoder().encode("hello"), format: "docx" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.refusal.code).toBe("validation_failed");
  });
});
