import { describe, expect, it } from "vitest";
import { buildCite, citeName, lastName, shortYear } from "./cite";

const base = { title: "", author: "", qualifications: "", publication: "", date: "", url: "" };

describe("cite", () => {
  it("takes the last name, ignoring suffixes and 'Last, First' order", () => {
    expect(lastName("Edward Lemon")).toBe("Lemon");
    expect(lastName("Lemon, Edward")).toBe("Lemon");
    expect(lastName("Martin Luther King Jr.")).toBe("King");
    expect(citeName({ ...base, author: "Anna Matveeva and Edward Lemon" })).toBe("Matveeva & Lemon");
    expect(citeName({ ...base, author: "A One; B Two; C Three" })).toBe("One et al.");
    expect(citeName({ ...base, publication: "Defense One" })).toBe("Defense One");
  });

  it("finds the year in a free-form date", () => {
    expect(shortYear("21 June 2015")).toBe("15");
    expect(shortYear("2020-03-01")).toBe("20");
    expect(shortYear("n.d.")).toBe("");
  });

  it("builds a debate-style cite from the source's fields", () => {
    expect(
      buildCite({
        author: "Edward Lemon",
        qualifications: "researcher, University of Exeter",
        title: "How the US May be Egging On the Growth of the Islamic State in Central Asia",
        publication: "VICE News",
        date: "2015",
        url: "https://news.vice.com/article/x",
      }),
    ).toBe(
      'Lemon 15 — researcher, University of Exeter; "How the US May be Egging On the Growth of the Islamic State in Central Asia," VICE News, 2015, https://news.vice.com/article/x',
    );
    expect(buildCite({ ...base, title: "A Misplaced Focus", date: "2015" })).toBe(
      'A Misplaced Focus 15 — "A Misplaced Focus," 2015',
    );
    expect(buildCite({ ...base, title: "Notes" })).toBe('Notes — "Notes"');
  });
});
