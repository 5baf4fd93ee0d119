import { describe, expect, it } from "vitest";
import { highlightSkips } from "./card-integrity";

const at = (quote: string, words: string) => {
  const start = quote.indexOf(words);
  if (start < 0) throw new Error(`"${words}" not in quote`);
  return { start, end: start + words.length };
};

describe("highlightSkips", () => {
  const quote = "Aid does not cause radicalisation. Training may help.";

  it("flags a negation skipped inside a highlighted sentence", () => {
    const w = highlightSkips(quote, [at(quote, "Aid does"), at(quote, "cause radicalisation")]);
    expect(w).toEqual([{ word: "not", start: 9, end: 12, message: "highlighting skips 'not'" }]);
  });

  it("flags a hedge skipped at the start of the read words", () => {
    const w = highlightSkips(quote, [at(quote, "help")]);
    expect(w.map((x) => x.message)).toEqual(["highlighting skips 'may'"]);
  });

  it("does not flag a read negation, a sentence with no highlight, or a word after the last read one", () => {
    expect(highlightSkips(quote, [at(quote, "Aid does not cause")])).toEqual([]);
    expect(highlightSkips(quote, [at(quote, "Training")])).toEqual([]);
    expect(highlightSkips(quote, [])).toEqual([]);
  });

  it("counts the second highlight colour as read", () => {
    expect(highlightSkips(quote, [at(quote, "Aid does")], [at(quote, "not cause")])).toEqual([]);
    expect(highlightSkips(quote, [], [at(quote, "Aid"), at(quote, "cause")])).toHaveLength(1);
  });

  it("keeps the word as written and reads contractions", () => {
    const q = "They Can't win; it is Unlikely to end.";
    const w = highlightSkips(q, [at(q, "They"), at(q, "win"), at(q, "it is"), at(q, "to end")]);
    expect(w.map((x) => x.word)).toEqual(["Can't", "Unlikely"]);
  });
});
