import { describe, expect, it } from "vitest";
import {
  buildCite,
  citeFieldsFromSource,
  citeAfterShort,
  citeName,
  deriveShortCite,
  fullCite,
  lastName,
  monthDay,
  shortCiteOf,
  shortYear,
} from "./cite";

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

  it("reads an organisation as author whole: the publication itself, or a body's name", () => {
    expect(citeName({ ...base, author: "Defense One", publication: "Defense One" })).toBe("Defense One");
    expect(citeName({ ...base, author: "Human Rights Watch" })).toBe("Human Rights Watch");
    expect(citeName({ ...base, author: "Counter Extremism Project" })).toBe("Counter Extremism Project");
    expect(citeName({ ...base, author: "RAND Corporation and Anna Lee" })).toBe("RAND Corporation & Lee");
    // a person who writes for a publication keeps their last name
    expect(citeName({ ...base, author: "Steve Swerdlow", publication: "Human Rights Watch" })).toBe("Swerdlow");
    expect(
      deriveShortCite(
        { authors: "Defense One", publication: "Defense One", date: "20 July 2015" },
        new Date("2026-12-06"),
      ),
    ).toBe("Defense One 15");
  });

  it("shows a cite's rest after its short cite, without repeating it", () => {
    expect(citeAfterShort("Lemon 15 — researcher, Exeter", "Lemon 15")).toBe("researcher, Exeter");
    expect(citeAfterShort("A Misplaced Focus 15 — blog post", "A Misplaced Focus 15")).toBe("blog post");
    expect(citeAfterShort("Lemon 15, VICE News", "lemon 15")).toBe("VICE News");
    expect(citeAfterShort("Edward Lemon, 2015", "Lemon 15")).toBe("Edward Lemon, 2015");
    expect(citeAfterShort("Leeds 14 — x", "Lee")).toBe("Leeds 14 — x");
    expect(citeAfterShort("Lemon 15 [Edward Lemon, 2015]", "Lemon 15")).toBe("[Edward Lemon, 2015]");
    expect(citeAfterShort("Lemon 15", "Lemon 15")).toBe("");
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

describe("card cite fields", () => {
  const now = new Date("2026-12-03T00:00:00Z");

  it("derives the short cite from author and year, with month/day for current-year cards", () => {
    expect(deriveShortCite({ authors: "Steve Swerdlow", date: "2015" }, now)).toBe("Swerdlow 15");
    expect(deriveShortCite({ authors: "Steve Swerdlow", date: "3 December 2026" }, now)).toBe("Swerdlow 12/3");
    expect(deriveShortCite({ authors: "Steve Swerdlow", date: "2026-11-28" }, now)).toBe("Swerdlow 11/28");
    expect(deriveShortCite({ authors: "Steve Swerdlow", date: "2026" }, now)).toBe("Swerdlow 26");
    expect(deriveShortCite({ publication: "Defense One", date: "Jan 5, 2019" }, now)).toBe("Defense One 19");
    expect(deriveShortCite({}, now)).toBe("");
  });

  it("reads month and day from common date forms", () => {
    expect(monthDay("Dec 3, 2026")).toEqual({ month: 11, day: 3 });
    expect(monthDay("21 June 2015")).toEqual({ month: 5, day: 21 });
    expect(monthDay("2015")).toBeNull();
  });

  it("prefers the written short cite, then the derived one, then the cite's head", () => {
    expect(shortCiteOf({ cite: "X 10 — y", citeFields: { shortCite: "Swerdlow '15", authors: "A B" } }, now)).toBe(
      "Swerdlow '15",
    );
    expect(shortCiteOf({ cite: "X 10 — y", citeFields: { authors: "Anna Lee", date: "2014" } }, now)).toBe("Lee 14");
    expect(shortCiteOf({ cite: "Lemon 15 — researcher" }, now)).toBe("Lemon 15");
    // cut from a source with no author: the fields hold its title; the cite's own head wins
    expect(shortCiteOf({ cite: "Lemon 20 — researcher, Exeter", citeFields: { title: "Climate report" } }, now)).toBe(
      "Lemon 20",
    );
    expect(shortCiteOf({ cite: "researcher, Exeter", citeFields: { title: "Climate report on it" } }, now)).toBe(
      "Climate report on",
    );
  });

  it("builds the full cite in Verbatim's form", () => {
    expect(
      fullCite(
        {
          authors: "Steve Swerdlow",
          qualifications: "Central Asia director, Human Rights Watch",
          date: "2015",
          title: "Tajikistan's Crackdown",
          publication: "HRW",
          url: "https://hrw.org/x",
          accessed: "12-3-2026",
          pages: "4",
          initials: "AB",
        },
        now,
      ),
    ).toBe(
      'Swerdlow 15 [Steve Swerdlow, Central Asia director, Human Rights Watch, 2015, "Tajikistan\'s Crackdown", HRW, https://hrw.org/x, accessed 12-3-2026, p. 4] //AB',
    );
    expect(fullCite({ shortCite: "Lee 14" }, now)).toBe("Lee 14");
  });

  it("takes a cut card's fields from its source", () => {
    expect(
      citeFieldsFromSource({
        author: " Edward Lemon ",
        qualifications: "",
        date: "2015",
        title: "T",
        publication: "",
        url: "",
      }),
    ).toEqual({ authors: "Edward Lemon", date: "2015", title: "T" });
  });
});
