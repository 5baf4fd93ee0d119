/**
 * Which rows of a long list to put in the DOM: the rows under the viewport plus a margin, and the
 * space the others would take, from one estimated row height (rows vary a little; an average keeps
 * the scroll bar honest without measuring rows that were never rendered).
 */
export type RowWindow = { first: number; last: number; padTop: number; padBottom: number };

export type RowWindowInput = {
  count: number;
  scrollTop: number;
  viewport: number;
  rowHeight: number;
  /** rows kept above and below the viewport */
  overscan: number;
};

export function rowWindow({ count, scrollTop, viewport, rowHeight, overscan }: RowWindowInput): RowWindow {
  if (count <= 0) return { first: 0, last: -1, padTop: 0, padBottom: 0 };
  const h = Math.max(1, rowHeight);
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.min(count - 1, Math.floor(top / h) - overscan));
  const last = Math.max(first, Math.min(count - 1, Math.ceil((top + Math.max(0, viewport)) / h) + overscan));
  return { first, last, padTop: first * h, padBottom: (count - 1 - last) * h };
}

/** The scroll offset that shows row `index` a third of the way down the viewport. */
export function scrollTopForRow(index: number, rowHeight: number, viewport: number): number {
  return Math.max(0, index * Math.max(1, rowHeight) - Math.floor(viewport / 3));
}

/**
 * A new average row height from a measured window, or the old one when the change is small: the
 * estimate moves the spacers, so it changes only when it is clearly wrong.
 */
export function nextRowHeight(current: number, measuredHeight: number, rows: number): number {
  if (rows <= 0 || measuredHeight <= 0) return current;
  const measured = measuredHeight / rows;
  return Math.abs(measured - current) / current > 0.1 ? measured : current;
}
