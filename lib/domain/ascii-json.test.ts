import { describe, expect, it } from "vitest";
import { asciiJson } from "./ascii-json";

describe("asciiJson", () => {
  const value = {
    title: "Tajikistan’s Security Chief — “defected” to ISIS",
    quote: 'Emomali Rahmon (Эмомали Раҳмон), 🇹🇯 and 😀, a tab\tand a quote " and \\ backslash',
    n: [1, 2.5, null, true],
    control: "\u007f\u0080\u00ff\u2028\u2029",
  };

  it("writes only ASCII", () => {
    expect(/^[\x20-\x7e]*$/.test(asciiJson(value))).toBe(true);
  });

  it("parses back to the same value as JSON.stringify's output", () => {
    expect(JSON.parse(asciiJson(value))).toEqual(value);
    expect(JSON.parse(asciiJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it("leaves ASCII-only JSON exactly as JSON.stringify writes it", () => {
    const plain = { a: "plain text", b: [1, "two"] };
    expect(asciiJson(plain)).toBe(JSON.stringify(plain));
  });
});
