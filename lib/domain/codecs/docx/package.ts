// Finding a .docx's parts the way Word does: the main document through the package's
// relationships (_rels/.rels), the styles through the document's, rather than by fixed names.
// Word writes word/document.xml and word/styles.xml, but other writers name them otherwise
// (word/document2.xml, an absolute "/word/document.xml"), Strict OOXML has relationship types of
// its own, and a zip that is an .odt, a workbook or a slide deck deserves to be named as such.
import { ImportError } from "../types";
import { attr, children, parseXml, type XmlDocument } from "./xml";
import type { ZipPackage } from "./zip";

const DOCUMENT = "word/document.xml";
const STYLES = "word/styles.xml";

type Relationship = { type: string; target: string };

/** The part a relationship points to, from the folder of the part it belongs to ("" for the package). */
export function resolveTarget(fromFolder: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target);
  } catch {
    // a stray "%" is a literal character of the name
  }
  const parts = path.startsWith("/") ? [] : fromFolder.split("/").filter(Boolean);
  for (const seg of path.split(/[\\/]/)) {
    if (seg === "..") parts.pop();
    else if (seg !== "" && seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/**
 * A part's relationships (for "word/document.xml", "word/_rels/document.xml.rels"), the external
 * ones left out. A missing or unreadable relationships part is no relationships: the fixed names
 * are tried next, and a file that has neither says so.
 */
function relationships(zip: ZipPackage, part: string | null): Relationship[] {
  const slash = part ? part.lastIndexOf("/") : -1;
  const folder = part ? part.slice(0, slash + 1) : "";
  const relsPart = part ? `${folder}_rels/${part.slice(slash + 1)}.rels` : "_rels/.rels";
  const bytes = zip.read(relsPart);
  if (!bytes) return [];
  let xml: XmlDocument;
  try {
    xml = parseXml(bytes, relsPart);
  } catch {
    return [];
  }
  return children(xml.documentElement, "Relationship")
    .filter((r) => attr(r, "TargetMode") !== "External" && attr(r, "Target"))
    .map((r) => ({ type: attr(r, "Type") ?? "", target: resolveTarget(folder, attr(r, "Target")!) }));
}

/** Relationship types end the same in transitional and Strict OOXML (…/relationships/officeDocument). */
const ofType = (rels: Relationship[], type: string) => rels.find((r) => r.type.endsWith(`/${type}`))?.target;

const OTHER_MAIN_PARTS: Record<string, string> = {
  workbook: "an Excel workbook",
  presentation: "a PowerPoint presentation",
};

function refuseOpenDocument(zip: ZipPackage): void {
  const mimetype = zip.read("mimetype");
  const type = mimetype ? new TextDecoder().decode(mimetype.subarray(0, 100)) : "";
  if (type.startsWith("application/vnd.oasis.opendocument"))
    throw new ImportError(
      "unsupported",
      "the file is an OpenDocument file (.odt), not a .docx: save it in Word format (.docx) and import that",
    );
}

/** The main document part: its name and its XML. Refuses a zip that holds none, or holds another kind of document. */
export function mainDocument(zip: ZipPackage): { name: string; xml: XmlDocument } {
  const named = ofType(relationships(zip, null), "officeDocument");
  const name = named && zip.has(named) ? named : zip.has(DOCUMENT) ? DOCUMENT : null;
  if (!name) {
    refuseOpenDocument(zip);
    throw new ImportError("malformed", `the file is a zip but not a Word document (it has no ${named ?? DOCUMENT})`);
  }
  const xml = parseXml(zip.read(name)!, name.slice(name.lastIndexOf("/") + 1));
  const root = xml.documentElement?.localName ?? "";
  if (root !== "document") {
    const what = OTHER_MAIN_PARTS[root];
    throw new ImportError(
      what ? "unsupported" : "malformed",
      `the file is not a Word document (${what ? `it is ${what}` : `its main part is a <${root}>`})`,
    );
  }
  return { name, xml };
}

/** The styles part of the document: through its relationships, or Word's fixed name. */
export function stylesPart(zip: ZipPackage, documentName: string): string {
  const named = ofType(relationships(zip, documentName), "styles");
  return named && zip.has(named) ? named : STYLES;
}

/** The core properties part (title, subject, comments): through the package's relationships, or the fixed name. */
export function corePropertiesPart(zip: ZipPackage): string {
  const named = ofType(relationships(zip, null), "core-properties");
  return named && zip.has(named) ? named : "docProps/core.xml";
}
