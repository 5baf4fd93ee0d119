"use client";
import { Fragment, memo, useId, useState } from "react";
import { formatReadTime, MAX_WPM, MIN_WPM, readSeconds, readTotals, type ReadableCard } from "@/lib/domain/read-mode";
import { setWpm, useWpm } from "@/lib/client/speech/speech-prefs";
import "./speech-docs.css";

/** "123 words · 0:30 at 250 wpm": what a card, block or speech takes to read. */
export function ReadTime({ words, wpm, label }: { words: number; wpm: number; label?: string }) {
  return (
    <span className="read-time" data-testid="read-time">
      {label && <span className="visually-hidden">{label}: </span>}
      {words} words · {formatReadTime(readSeconds(words, wpm))}
    </span>
  );
}

/** The reading rate, remembered for the user in this browser; applied on Enter or on leaving the field. */
export function WpmInput() {
  const wpm = useWpm();
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const apply = () => {
    if (draft !== null) setWpm(Number(draft));
    setDraft(null);
  };
  return (
    <span className="wpm-input">
      <label htmlFor={id}>Words per minute</label>
      <input
        id={id}
        type="number"
        min={MIN_WPM}
        max={MAX_WPM}
        step={10}
        value={draft ?? String(wpm)}
        data-testid="wpm"
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            apply();
          }
        }}
      />
    </span>
  );
}

/** One card (or analytic) in read mode: tag, short cite, the highlighted words, its read time. */
function ReadModeCardImpl({ card, wpm }: { card: ReadableCard; wpm: number }) {
  return (
    <article className={`read-card${card.isAnalytic ? " analytic" : ""}`} data-testid="read-card">
      <h4 className="read-tag">{card.tag || "Untitled"}</h4>
      {card.shortCite && <p className="read-cite">{card.shortCite}</p>}
      {card.groups.length > 0 && (
        <p className="read-body">
          {card.groups.map((g, i) => (
            <Fragment key={i}>
              {i > 0 && <span className="read-gap"> … </span>}
              {g.map((s, j) =>
                s.layer === "insertion" ? (
                  <span key={j} className="read-insertion">
                    {s.text}
                  </span>
                ) : (
                  <mark key={j} className={s.layer === 2 ? "hl2" : undefined}>
                    {s.text}
                  </mark>
                ),
              )}
            </Fragment>
          ))}
        </p>
      )}
      {card.unhighlighted && <p className="muted small">Nothing is highlighted: the whole card is read.</p>}
      {card.mark && (
        <p className="read-mark" data-testid="read-mark">
          {card.mark}
        </p>
      )}
      <ReadTime words={card.words} wpm={wpm} label="Read time" />
    </article>
  );
}
export const ReadModeCard = memo(ReadModeCardImpl);

/** A block or a whole speech in read mode, with its total read time at the user's rate. */
export function ReadModeList({ title, cards }: { title: string; cards: readonly ReadableCard[] }) {
  const wpm = useWpm();
  const total = readTotals(cards, wpm);
  return (
    <section className="read-mode" aria-label={`${title} in read mode`}>
      <header className="read-mode-head">
        <h3>{title}</h3>
        <span className="read-total" data-testid="read-total">
          {total.words} words · {total.time} at {wpm} wpm
        </span>
        <span className="no-print">
          <WpmInput />
        </span>
      </header>
      {cards.map((c, i) => (
        <ReadModeCard key={`${c.id}-${i}`} card={c} wpm={wpm} />
      ))}
    </section>
  );
}
