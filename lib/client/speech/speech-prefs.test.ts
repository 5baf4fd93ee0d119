import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultSpeechFor, getTargetSpeech } from "./speech-prefs";

describe("the speech Send to aims at", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is the side's first speech until the user picks one", () => {
    expect(defaultSpeechFor("aff")).toBe("1AC");
    expect(defaultSpeechFor("neg")).toBe("1NC");
    expect(defaultSpeechFor("neutral")).toBe("1AC");
    expect(defaultSpeechFor(undefined)).toBe("1AC");
    vi.stubGlobal("window", { localStorage: { getItem: () => null } });
    expect(getTargetSpeech("neg")).toBe("1NC");
  });

  it("is the user's pick, whatever the argument's side", () => {
    vi.stubGlobal("window", { localStorage: { getItem: () => "2NR" } });
    expect(getTargetSpeech("aff")).toBe("2NR");
    expect(getTargetSpeech("neg")).toBe("2NR");
  });
});
