import { describe, expect, it } from "vitest";
import { decodeOrKeep, isDecodablePath } from "./url-path";

describe("isDecodablePath", () => {
  it.each(["/", "/debates/abc", "/s/K7Q-2MX", "/debates/%E0%A4%A4", "/s/%25", "/join/a%20b"])("accepts %j", (p) => {
    expect(isDecodablePath(p)).toBe(true);
  });
  it.each(["/debates/%E0%A4%A", "/s/%", "/join/%", "/x/%zz", "/%C0%AF", "/%ED%A0%80"])("refuses %j", (p) => {
    expect(isDecodablePath(p)).toBe(false);
  });
});

describe("decodeOrKeep", () => {
  it("decodes what decodes and keeps what does not", () => {
    expect(decodeOrKeep("K7Q%2D2MX")).toBe("K7Q-2MX");
    expect(decodeOrKeep("%")).toBe("%");
    expect(decodeOrKeep("%E0%A4%A")).toBe("%E0%A4%A");
  });
});
