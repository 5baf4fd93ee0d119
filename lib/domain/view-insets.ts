// How much of the canvas its floating controls (minimap, zoom buttons, "See whole map") take, so
// that framing the map leaves them room and no argument ends up under one. Pure: the caller
// measures the rectangles (relative to the canvas) and gets per-side padding in screen pixels.

export type Rect = { x: number; y: number; width: number; height: number };
export type Insets = { top: number; right: number; bottom: number; left: number };

/** Space kept between a control and the nearest argument, in screen pixels. */
export const INSET_GAP = 12;
/** A control this close to an edge of the canvas is docked to it. */
export const DOCKED_PX = 48;
/** The least padding on every side, so a framed map never touches the canvas edge. */
export const MIN_INSET = 24;

/**
 * The padding that keeps every control clear. A control docked to a corner or an edge is cleared
 * by padding one side: the one that costs the least room (a bottom-right minimap in a tall canvas
 * takes its height off the bottom rather than its width off the right). A control that touches no
 * edge of the canvas is ignored: it floats over the middle and no padding can clear it.
 */
export function controlInsets(view: { width: number; height: number }, controls: readonly Rect[]): Insets {
  const out: Insets = { top: MIN_INSET, right: MIN_INSET, bottom: MIN_INSET, left: MIN_INSET };
  for (const c of controls) {
    if (c.width <= 0 || c.height <= 0) continue;
    const options: [keyof Insets, number, number][] = [];
    // [side, padding needed, room lost as a share of the view]
    const near = (d: number) => d <= DOCKED_PX;
    if (near(c.y)) options.push(["top", c.y + c.height + INSET_GAP, (c.y + c.height) / view.height]);
    if (near(view.height - (c.y + c.height)))
      options.push(["bottom", view.height - c.y + INSET_GAP, (view.height - c.y) / view.height]);
    if (near(c.x)) options.push(["left", c.x + c.width + INSET_GAP, (c.x + c.width) / view.width]);
    if (near(view.width - (c.x + c.width)))
      options.push(["right", view.width - c.x + INSET_GAP, (view.width - c.x) / view.width]);
    if (!options.length) continue;
    options.sort((a, b) => a[2] - b[2]);
    const [side, pad] = options[0]!;
    out[side] = Math.max(out[side], Math.ceil(pad));
  }
  // Never pad away more than half the view on an axis: a tiny canvas still shows the map.
  const clamp = (a: keyof Insets, b: keyof Insets, size: number) => {
    const total = out[a] + out[b];
    if (total > size / 2) {
      const k = size / 2 / total;
      out[a] = Math.floor(out[a] * k);
      out[b] = Math.floor(out[b] * k);
    }
  };
  clamp("top", "bottom", view.height);
  clamp("left", "right", view.width);
  return out;
}
