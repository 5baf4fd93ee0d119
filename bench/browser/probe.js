// Injected into every benchmarked page (Clash and the bare React Flow page alike) before the page's
// own scripts run. Plain JS on purpose: Playwright ships it as text, and the bench's TypeScript
// (run through tsx) would carry helpers the page does not have. Everything it measures is read
// back through window.__bench, in page time (performance.now(), 0 = navigation start).
(() => {
  const s = {
    count: -1,
    visible: false,
    flag: null,
    lastChange: 0,
    lastLong: 0,
    transform: "",
    lastMove: 0,
    frames: [],
    recording: false,
    watch: null,
    firstCell: null,
    wholeSheet: null,
    wholeMap: null,
    longs: [],
  };

  // A long task after the last DOM change still delays input: "interactive" waits for both.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        s.lastLong = Math.max(s.lastLong, e.startTime + e.duration);
        s.longs.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // No long-task observer in this browser: the figure stays 0.
  }

  // Once per frame, before paint: how many nodes are in the DOM and whether React Flow has measured
  // them all (it keeps a node `visibility: hidden` until it knows its size). A map zoomed out to a
  // level-of-detail <canvas> inside React Flow has no node elements: the canvas counts as drawn.
  // An app may also mark its map ready itself with `data-map-ready="true"`; then that flag counts.
  const tick = (now) => {
    const els = document.querySelectorAll(".react-flow__node");
    let visible = els.length > 0 || document.querySelector(".react-flow canvas") !== null;
    for (const el of els)
      if (el.style.visibility === "hidden") {
        visible = false;
        break;
      }
    const flagEl = document.querySelector("[data-map-ready]");
    const flag = flagEl ? flagEl.getAttribute("data-map-ready") : null;
    if (els.length !== s.count || visible !== s.visible || flag !== s.flag) {
      Object.assign(s, { count: els.length, visible, flag, lastChange: performance.now() });
    }
    // The view's last move (a fit's animation), for settled(): a fit can end with as many nodes as
    // it started with, which the count alone would not see.
    const vp = document.querySelector(".react-flow__viewport");
    const transform = vp ? vp.style.transform : "";
    if (transform !== s.transform) Object.assign(s, { transform, lastMove: performance.now() });
    if (s.recording) s.frames.push(now);
    // The flow view's first painted cell (the flow has no React Flow nodes).
    if (s.firstCell === null && document.querySelector('[data-testid="flow-cell"]')) s.firstCell = now;
    // A big debate's flow shows its first threads first ("loading the rest"): the whole sheet is there once that note is gone.
    if (s.firstCell !== null && s.wholeSheet === null && !document.querySelector('[data-testid="flow-rest"]'))
      s.wholeSheet = now;
    // A small map opens with the cards near its first view and grows whole once left alone (data-whole).
    if (s.wholeMap === null && document.querySelector('[data-whole="true"]')) s.wholeMap = now;
    const w = s.watch;
    if (w && w.end === null && w.start !== null && w.seen === null) {
      const el = document.querySelector(w.selector);
      const text = el ? (el.value ?? el.textContent ?? "") : "";
      const changed = w.attr ? (el ? el.getAttribute(w.attr) : null) !== w.initial : text.includes(w.text);
      // The change is in the DOM at this frame; the frame is painted once this task yields.
      if (changed) {
        w.seen = now;
        setTimeout(() => {
          w.end = performance.now();
        }, 0);
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  window.__bench = {
    /** When the map stopped changing (and no long task ran) for `quietMs`, that moment; else null. */
    ready(quietMs) {
      const settled = Math.max(s.lastChange, s.lastLong);
      const ok = s.flag !== null ? s.flag === "true" : s.visible;
      return ok && performance.now() - settled >= quietMs
        ? { t: settled, nodes: s.count, zoom: this.viewport()?.zoom ?? null }
        : null;
    },
    /** As ready(), counting the view's moves too: when a fit or zoom has come to rest. */
    settled(quietMs) {
      const r = this.ready(quietMs);
      const moved = Math.max(s.lastChange, s.lastLong, s.lastMove);
      return r && performance.now() - moved >= quietMs ? { ...r, t: moved } : null;
    },
    /** When a small map held every card (page time); -1 on a page that does not grow (no data-whole). */
    wholeMap() {
      return document.querySelector("[data-whole]") ? s.wholeMap : -1;
    },
    /** When a big debate's whole flow sheet took over from its first threads (page time), or null. */
    wholeSheet() {
      return s.wholeSheet;
    },
    /** When the flow view painted its first cell (page time), or null. */
    firstCell() {
      return s.firstCell;
    },
    startFrames() {
      s.frames = [];
      s.recording = true;
    },
    stopFrames() {
      s.recording = false;
      return s.frames;
    },
    /** Watch for `text` in `selector`, timed from the next `eventType` event (its own timestamp) to the paint showing it. */
    watch(eventType, selector, text, attr) {
      const el = attr ? document.querySelector(selector) : null;
      const initial = el ? el.getAttribute(attr) : null;
      const w = { selector, text, attr, initial, start: null, seen: null, end: null };
      s.watch = w;
      window.addEventListener(
        eventType,
        (e) => {
          w.start = e.timeStamp;
        },
        { capture: true, once: true },
      );
    },
    watched() {
      const w = s.watch;
      return w && w.end !== null ? w.end - w.start : null;
    },
    /** The longest task (over 50 ms: the long-task API sees no shorter) from the watched event for `ms`; 0 if none. */
    longestAfterWatched(ms) {
      const w = s.watch;
      if (!w || w.start === null) return null;
      let longest = 0;
      for (const t of s.longs)
        if (t.start + t.duration > w.start && t.start < w.start + ms) longest = Math.max(longest, t.duration);
      return longest;
    },
    /** An empty spot of the pane (to drag the view by) with room to move `room` px left, or null. */
    emptyPanePoint(room) {
      const flow = document.querySelector(".react-flow");
      if (!flow) return null;
      const r = flow.getBoundingClientRect();
      // Bare pane first; on a map so dense that none shows, a spot on an edge (dragging there
      // pans too), never on a node, a handle or a control.
      const spot = (ok) => {
        for (let y = r.top + r.height * 0.3; y < r.bottom - 60; y += 23)
          for (let x = r.right - 80; x > r.left + room; x -= 37) {
            const el = document.elementFromPoint(x, y);
            if (el && ok(el)) return { x, y };
          }
        return null;
      };
      return (
        spot((el) => el.classList.contains("react-flow__pane")) ??
        spot(
          (el) =>
            el.closest(".react-flow") !== null &&
            !el.closest(
              ".react-flow__node, .react-flow__handle, .react-flow__panel, .react-flow__controls, .react-flow__minimap",
            ),
        )
      );
    },
    /** The visible node nearest the middle of the map whose whole box is on screen: id and centre. */
    centralNode() {
      const flow = document.querySelector(".react-flow").getBoundingClientRect();
      const cx = flow.left + flow.width / 2,
        cy = flow.top + flow.height / 2;
      // A whole node nearest the middle; failing that (small nodes at a view cut by the pane's
      // edges, as the bare page's at 20,000), the nearest with a grabbable part on screen, taken
      // by the middle of that part.
      let best = null;
      let part = null;
      for (const el of document.querySelectorAll(".react-flow__node")) {
        const b = el.getBoundingClientRect();
        const whole = !(b.left < flow.left || b.right > flow.right || b.top < flow.top || b.bottom > flow.bottom);
        const l = Math.max(b.left, flow.left),
          r = Math.min(b.right, flow.right),
          t = Math.max(b.top, flow.top),
          btm = Math.min(b.bottom, flow.bottom);
        if (!whole && (r - l < 40 || btm - t < 20)) continue;
        const d = Math.hypot((l + r) / 2 - cx, (t + btm) / 2 - cy);
        const spot = { d, id: el.getAttribute("data-id"), x: (l + r) / 2, y: t + Math.min(24, (btm - t) / 2) };
        if (whole && (!best || d < best.d)) best = spot;
        if (!whole && (!part || d < part.d)) part = spot;
      }
      return best ?? part;
    },
    /** The map's transform and the size of its box, for the baseline page to show the same region. */
    viewport() {
      const m = /translate\(([-\d.e]+)px, ?([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(
        document.querySelector(".react-flow__viewport")?.style.transform ?? "",
      );
      const box = document.querySelector(".react-flow")?.getBoundingClientRect();
      return m && box
        ? { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]), w: Math.round(box.width), h: Math.round(box.height) }
        : null;
    },
  };
})();
