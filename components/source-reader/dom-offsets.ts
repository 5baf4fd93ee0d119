/**
 * Map between DOM selections and text offsets. The text is rendered as segment elements carrying
 * `data-start` / `data-end`, each holding exactly the slice [start, end) as one text node, so an
 * offset inside a segment's text node is an offset into the text.
 */

const SEGMENT = "[data-start]";

function segments(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(SEGMENT));
}

const startOf = (el: HTMLElement) => Number(el.dataset.start);
const endOf = (el: HTMLElement) => Number(el.dataset.end);

/**
 * The text offsets a DOM range covers inside `root`, or null when it covers none of it. Works for
 * any boundary (a text node, an element, a triple-click paragraph): the first and last segments
 * the range intersects give the ends; where a boundary sits inside a segment's text node its
 * offset is added to the segment's start.
 */
export function rangeToOffsets(root: HTMLElement, range: Range): { start: number; end: number } | null {
  if (range.collapsed || !range.intersectsNode(root)) return null;
  // Fast path: both ends inside segment text (a mouse or keyboard selection, nearly always).
  const a = textSegment(root, range.startContainer);
  const b = textSegment(root, range.endContainer);
  let start = a ? startOf(a) + range.startOffset : -1;
  let end = b ? startOf(b) + range.endOffset : -1;
  if (start < 0 || end < 0) {
    let first: HTMLElement | null = null;
    let last: HTMLElement | null = null;
    for (const el of segments(root)) {
      if (!range.intersectsNode(el)) {
        if (first) break; // segments are in document order: past the range
        continue;
      }
      first ??= el;
      last = el;
    }
    if (!first || !last) return null;
    if (start < 0) start = startOf(first);
    if (end < 0) end = endOf(last);
  }
  return end > start ? { start, end } : null;
}

/** The segment whose text node `node` is, when it lies inside `root`. */
function textSegment(root: HTMLElement, node: Node): HTMLElement | null {
  if (node.nodeType !== Node.TEXT_NODE) return null;
  const el = node.parentElement?.closest<HTMLElement>(SEGMENT);
  return el && root.contains(el) ? el : null;
}

/** The segment element holding `offset` (binary search over the document-ordered segments). */
export function segmentAt(root: HTMLElement, offset: number): HTMLElement | null {
  const all = segments(root);
  let lo = 0;
  let hi = all.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const el = all[mid]!;
    if (offset < startOf(el)) hi = mid - 1;
    else if (offset >= endOf(el)) lo = mid + 1;
    else return el;
  }
  return all[lo] ?? null; // in a gap (a line break): the next segment
}

/** A DOM range over the text offsets [start, end), or null when they are not rendered. */
export function offsetsToRange(root: HTMLElement, start: number, end: number): Range | null {
  const a = segmentAt(root, start);
  const b = segmentAt(root, Math.max(start, end - 1));
  const at = (el: HTMLElement, offset: number) => {
    const text = el.firstChild;
    const o = Math.min(Math.max(offset - startOf(el), 0), text?.textContent?.length ?? 0);
    return text ? ([text, o] as const) : ([el, 0] as const);
  };
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(...at(a, start));
  range.setEnd(...at(b, end));
  return range;
}
