// A speech document's neutral list (lib/domain/speech-doc.ts) as the Verbatim writer's items.
import type { VerbatimItem as SpeechItem } from "../../speech-doc";
import type { HeadingLevel, VerbatimItem } from "./types";

const LEVEL: Record<1 | 2 | 3, HeadingLevel> = { 1: "pocket", 2: "hat", 3: "block" };

/**
 * The writer's items for a speech document: headings by level, analytics as Tags, cards with
 * their three layers (main highlight yellow, the second colour cyan). A reading mark becomes a
 * bracketed insertion where reading stopped ("[marked at …]"), so it stays apart from the
 * card's own words in Word and reads back as an insertion, never as card text.
 */
export function speechItemsToVerbatim(items: readonly SpeechItem[]): VerbatimItem[] {
  return items.map((item): VerbatimItem => {
    switch (item.kind) {
      case "heading":
        return { type: LEVEL[item.level], text: item.text, paragraph: 0 };
      case "analytic":
        return { type: "analytic", text: item.tag, paragraph: 0 };
      case "card": {
        const insertions = [...item.insertions];
        if (item.mark) insertions.push({ at: Math.min(item.mark.at, item.quote.length), text: item.mark.label });
        return {
          type: "card",
          tag: item.tag,
          cite: item.cite,
          shortCite: item.shortCite,
          body: item.quote,
          underline: item.underline.map(({ start, end }) => ({ start, end })),
          emphasis: item.emphasis.map(({ start, end }) => ({ start, end })),
          highlights: [
            ...item.highlights.map(({ start, end }) => ({ start, end, color: "yellow" })),
            ...item.highlights2.map(({ start, end }) => ({ start, end, color: "cyan" })),
          ].sort((a, b) => a.start - b.start),
          insertions: insertions.sort((a, b) => a.at - b.at),
          paragraph: 0,
        };
      }
    }
  });
}
