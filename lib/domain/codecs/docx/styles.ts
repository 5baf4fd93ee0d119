// Verbatim's styles, found by id, by name and by alias: ids differ across Verbatim versions and
// Word languages, names of built-in styles do not ("heading 4"), and Verbatim lists its own
// names (Pocket, Hat, Block, Tag, Cite, Underline) as aliases.
import { attr, child, children, onOff, type XmlDocument, type XmlElement } from "./xml";

/** "undertag": Verbatim 6's line under a tag, before the cite (a second, smaller line of the tag). */
export type ParagraphRole = "pocket" | "hat" | "block" | "tag" | "undertag";
export type CharRole = "cite" | "underline" | "emphasis";

/** Run formatting a style or a run sets; undefined means "not set here". `size` is in half-points (`w:sz`). */
export type RunProps = { bold?: boolean; underline?: boolean; highlight?: string | null; size?: number };

type StyleDef = {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  basedOn: string | null;
  /** the paragraph style a character style is linked to ("Heading 4 Char" → Heading4), or the reverse */
  link: string | null;
  outlineLevel: number | null;
  props: RunProps;
};

const PARAGRAPH_KEYS: [ParagraphRole, string[]][] = [
  ["pocket", ["heading 1", "heading1", "pocket"]],
  ["hat", ["heading 2", "heading2", "hat"]],
  ["block", ["heading 3", "heading3", "block"]],
  // Verbatim 6's Analytic is based on Heading 4; a file may define it on its own.
  ["tag", ["heading 4", "heading4", "tag", "analytic", "analytics"]],
  ["undertag", ["undertag"]],
];
const CHAR_KEYS: [CharRole, string[]][] = [
  // Older templates name the cite style by another size ("Style 12 pt Bold").
  [
    "cite",
    [
      "style 13 pt bold",
      "style13ptbold",
      "cite",
      "style 12 pt bold",
      "style12ptbold",
      "style 11 pt bold",
      "style11ptbold",
    ],
  ],
  ["underline", ["style underline", "styleunderline", "underline"]],
  ["emphasis", ["emphasis"]],
];

function roleFor<R>(keys: [R, string[]][], value: string): R | null {
  const v = value.trim().toLowerCase();
  for (const [role, names] of keys) if (names.includes(v)) return role;
  return null;
}

const UNDERLINE_NONE = new Set(["none", "0", "false", "off"]);
const HIGHLIGHT_NONE = new Set(["", "none", "auto"]);
const FILL_NONE = new Set(["", "auto", "ffffff"]);

/** Run properties set by an `rPr` element: bold, underline, and highlight (or a shading fill, which Word sometimes writes for highlight). */
export function runProps(rPr: XmlElement | null): RunProps {
  const props: RunProps = {};
  if (!rPr) return props;
  const b = onOff(child(rPr, "b"));
  if (b !== undefined) props.bold = b;
  const u = child(rPr, "u");
  // "none" turns an inherited underline off; some writers other than Word say "0" or "false".
  if (u) props.underline = !UNDERLINE_NONE.has((attr(u, "val") ?? "single").toLowerCase());
  const hl = child(rPr, "highlight");
  if (hl) {
    const v = (attr(hl, "val") ?? "").trim();
    props.highlight = HIGHLIGHT_NONE.has(v.toLowerCase()) ? null : v;
  }
  if (props.highlight === undefined) {
    const shd = child(rPr, "shd");
    if (shd) props.highlight = shading(shd);
  }
  const sz = Number(attr(child(rPr, "sz"), "val"));
  if (sz > 0) props.size = sz;
  return props;
}

/** The colour a shading shows: its fill, or with a solid pattern its pattern colour (which covers the fill). */
function shading(shd: XmlElement): string | null {
  const val = attr(shd, "val") ?? "clear";
  const colour = ((val === "solid" ? attr(shd, "color") : null) ?? attr(shd, "fill") ?? "").trim();
  return val === "nil" || FILL_NONE.has(colour.toLowerCase()) ? null : colour.toUpperCase();
}

function merge(base: RunProps, over: RunProps): RunProps {
  return {
    bold: over.bold ?? base.bold,
    underline: over.underline ?? base.underline,
    highlight: over.highlight !== undefined ? over.highlight : base.highlight,
    size: over.size ?? base.size,
  };
}

/**
 * The run formatting of a paragraph style and a character style together, the character style's
 * over the paragraph style's, but for bold: a toggle property (ECMA-376 17.7.3), which a style
 * setting it turns over rather than sets, so bold from both cancels (Word shows "Strong" in a
 * bold paragraph style plain) and a style's bold off leaves it as it was. Each style's value is
 * taken with what it is based on (Word toggles across style kinds, not along basedOn), and
 * direct formatting, merged after, sets bold outright.
 */
function stackStyles(paragraph: RunProps, character: RunProps): RunProps {
  const props = merge(paragraph, character);
  props.bold = character.bold === true ? paragraph.bold !== true : paragraph.bold;
  return props;
}

export class StyleSheet {
  private readonly byId = new Map<string, StyleDef>();
  private readonly paraRoles = new Map<string, ParagraphRole | null>();
  private readonly charRoles = new Map<string, CharRole | null>();
  private readonly propsCache = new Map<string, RunProps>();
  private defaultParagraph: string | null = null;

  constructor(doc: XmlDocument | null) {
    if (!doc?.documentElement) return;
    for (const s of children(doc.documentElement, "style")) {
      const id = attr(s, "styleId");
      if (!id) continue;
      const outline = attr(child(child(s, "pPr"), "outlineLvl"), "val");
      const def: StyleDef = {
        id,
        type: attr(s, "type") ?? "paragraph",
        name: attr(child(s, "name"), "val") ?? "",
        aliases: (attr(child(s, "aliases"), "val") ?? "")
          .split(",")
          .map((a) => a.trim())
          .filter(Boolean),
        basedOn: attr(child(s, "basedOn"), "val"),
        link: attr(child(s, "link"), "val"),
        outlineLevel: outline !== null && /^\d+$/.test(outline) ? Number(outline) : null,
        props: runProps(child(s, "rPr")),
      };
      this.byId.set(id, def);
      if (def.type === "paragraph" && (attr(s, "default") === "1" || attr(s, "default") === "true"))
        this.defaultParagraph = id;
    }
  }

  get defaultParagraphStyle(): string | null {
    return this.defaultParagraph;
  }

  /** Does any style of the sheet play this character role (a file made with Verbatim)? */
  hasCharRole(role: CharRole): boolean {
    for (const id of this.byId.keys()) if (this.charRole(id) === role) return true;
    return false;
  }

  /**
   * name first, then id, then aliases, then (for paragraphs) an outline level the style sets
   * itself, then the style it is based on (so a "Tag 2" based on Heading 4 is a tag, and Word's
   * "TOC Heading", based on Heading 1 but at outline level 9, is body text).
   */
  private resolve<R>(
    id: string,
    keys: [R, string[]][],
    cache: Map<string, R | null>,
    ownLevel?: (def: StyleDef) => R | null | undefined,
    depth = 0,
  ): R | null {
    if (cache.has(id)) return cache.get(id)!;
    const def = this.byId.get(id);
    let role: R | null;
    if (!def) role = roleFor(keys, id);
    else {
      role = roleFor(keys, def.name) ?? roleFor(keys, def.id);
      for (const a of def.aliases) role ??= roleFor(keys, a);
      const level = role === null && ownLevel ? ownLevel(def) : undefined;
      if (level !== undefined) role = level;
      else if (role === null && def.basedOn && depth < 10)
        role = this.resolve(def.basedOn, keys, cache, ownLevel, depth + 1);
    }
    cache.set(id, role);
    return role;
  }

  paragraphRole(id: string | null): ParagraphRole | null {
    if (!id) return null;
    // A heading style of another name still says its outline level (0–3); 9 and the rest are body text.
    return this.resolve(id, PARAGRAPH_KEYS, this.paraRoles, (def) =>
      def.outlineLevel === null ? undefined : ((["pocket", "hat", "block", "tag"] as const)[def.outlineLevel] ?? null),
    );
  }

  /**
   * The heading role behind a character style: Word gives each heading a linked character style
   * ("Heading 4 Char", Verbatim's alias "Tag Char") and applies it when a tag is pasted into an
   * ordinary paragraph, so text in it looks, and was meant as, a tag. Without a styles part, the
   * id says it ("Heading4Char").
   */
  linkedParagraphRole(id: string | null): ParagraphRole | null {
    if (!id) return null;
    const def = this.byId.get(id);
    if (def && def.type !== "character") return null;
    if (def?.link) return this.paragraphRole(def.link);
    const names = def ? [def.name, def.id, ...def.aliases] : [id];
    for (const name of names) {
      const base = /^(.+?)\s*char$/i.exec(name.trim())?.[1];
      const role = base ? roleFor(PARAGRAPH_KEYS, base) : null;
      if (role) return role;
    }
    return null;
  }

  charRole(id: string | null): CharRole | null {
    if (!id) return null;
    return this.resolve(id, CHAR_KEYS, this.charRoles);
  }

  /** The run formatting a style gives, with what it is based on underneath. */
  props(id: string | null, depth = 0): RunProps {
    if (!id) return {};
    const cached = this.propsCache.get(id);
    if (cached) return cached;
    const def = this.byId.get(id);
    if (!def) return {};
    const base = def.basedOn && depth < 10 ? this.props(def.basedOn, depth + 1) : {};
    const props = merge(base, def.props);
    this.propsCache.set(id, props);
    return props;
  }
}

export { merge as mergeRunProps, stackStyles };
