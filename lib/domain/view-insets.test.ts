import { describe, expect, it } from "vitest";
import { controlInsets, INSET_GAP, MIN_INSET } from "./view-insets";

const view = { width: 1100, height: 800 };
// React Flow's defaults: a 200×150 minimap 15 px from the bottom-right corner, the zoom buttons
// bottom-left, the "See whole map" button bottom-centre.
const minimap = { x: 1100 - 215, y: 800 - 165, width: 200, height: 150 };
const controls = { x: 15, y: 800 - 15 - 82, width: 26, height: 82 };
const wholeMap = { x: 490, y: 800 - 12 - 32, width: 120, height: 32 };

describe("controlInsets", () => {
  it("pads the cheaper side of a corner control: a minimap in a wide canvas takes the right", () => {
    const p = controlInsets(view, [minimap]);
    expect(p.right).toBe(215 + INSET_GAP);
    expect(p.bottom).toBe(MIN_INSET);
    expect(p.top).toBe(MIN_INSET);
  });

  it("in a narrow, tall canvas the same minimap takes the bottom", () => {
    const tall = { width: 500, height: 1200 };
    const p = controlInsets(tall, [{ x: 500 - 215, y: 1200 - 165, width: 200, height: 150 }]);
    expect(p.bottom).toBe(165 + INSET_GAP);
    expect(p.right).toBe(MIN_INSET);
  });

  it("clears every docked control at once; a floating one is ignored", () => {
    const p = controlInsets(view, [minimap, controls, wholeMap, { x: 500, y: 400, width: 50, height: 50 }]);
    expect(p.right).toBe(215 + INSET_GAP);
    expect(p.left).toBe(15 + 26 + INSET_GAP);
    expect(p.bottom).toBe(12 + 32 + INSET_GAP);
    expect(p.top).toBe(MIN_INSET);
  });

  it("whatever it pads, a framed area outside the insets never meets a docked control", () => {
    for (const [w, h] of [
      [1440, 900],
      [800, 600],
      [460, 700],
      [1100, 400],
    ] as const) {
      const m = { x: w - 215, y: h - 165, width: 200, height: 150 };
      const c = { x: 15, y: h - 97, width: 26, height: 82 };
      const p = controlInsets({ width: w, height: h }, [m, c]);
      const inner = { x0: p.left, y0: p.top, x1: w - p.right, y1: h - p.bottom };
      for (const r of [m, c]) {
        const apart = r.x >= inner.x1 || r.x + r.width <= inner.x0 || r.y >= inner.y1 || r.y + r.height <= inner.y0;
        // A tiny canvas halves the padding instead, so only assert where the padding fits.
        if (p.top + p.bottom < h / 2 && p.left + p.right < w / 2) expect(apart).toBe(true);
      }
    }
  });

  it("never pads away more than half the view", () => {
    const p = controlInsets({ width: 300, height: 200 }, [{ x: 85, y: 35, width: 200, height: 150 }]);
    expect(p.top + p.bottom).toBeLessThanOrEqual(100);
    expect(p.left + p.right).toBeLessThanOrEqual(150);
  });
});
