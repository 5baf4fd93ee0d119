-- A card's markup layers beyond the main highlight (underline, emphasis, a second highlight colour,
-- bracketed insertions) and the parts of its cite. The existing "highlights" column stays the main
-- highlight layer, so no row changes. Both are JSON text, NULL for claims and for cards without them.
ALTER TABLE "ArgNode" ADD COLUMN "markup" TEXT;
ALTER TABLE "ArgNode" ADD COLUMN "citeFields" TEXT;
