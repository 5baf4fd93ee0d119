-- AlterTable
ALTER TABLE "ArgNode" ADD COLUMN "anchorStatus" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "attribution" TEXT NOT NULL DEFAULT '';

-- Full-text search (SQLite FTS5), kept in step with the tables by triggers. Each index row's
-- rowid is the indexed row's own rowid, so updates and deletes touch one index row.
CREATE VIRTUAL TABLE "ArgNodeSearch" USING fts5(title, body, tokenize = 'porter unicode61');
CREATE VIRTUAL TABLE "SourceSearch" USING fts5(title, text, tokenize = 'porter unicode61');

INSERT INTO "ArgNodeSearch"(rowid, title, body)
  SELECT rowid, "title", "body" || ' ' || coalesce("quote", '') || ' ' || coalesce("cite", '') FROM "ArgNode";
INSERT INTO "SourceSearch"(rowid, title, text)
  SELECT rowid, "title" || ' ' || "author" || ' ' || "publication", "text" FROM "Source";

CREATE TRIGGER "ArgNode_search_ai" AFTER INSERT ON "ArgNode" BEGIN
  INSERT INTO "ArgNodeSearch"(rowid, title, body) VALUES (new.rowid, new."title", new."body" || ' ' || coalesce(new."quote", '') || ' ' || coalesce(new."cite", ''));
END;
CREATE TRIGGER "ArgNode_search_ad" AFTER DELETE ON "ArgNode" BEGIN
  DELETE FROM "ArgNodeSearch" WHERE rowid = old.rowid;
END;
CREATE TRIGGER "ArgNode_search_au" AFTER UPDATE OF "title", "body", "quote", "cite" ON "ArgNode" BEGIN
  DELETE FROM "ArgNodeSearch" WHERE rowid = old.rowid;
  INSERT INTO "ArgNodeSearch"(rowid, title, body) VALUES (new.rowid, new."title", new."body" || ' ' || coalesce(new."quote", '') || ' ' || coalesce(new."cite", ''));
END;
CREATE TRIGGER "Source_search_ai" AFTER INSERT ON "Source" BEGIN
  INSERT INTO "SourceSearch"(rowid, title, text) VALUES (new.rowid, new."title" || ' ' || new."author" || ' ' || new."publication", new."text");
END;
CREATE TRIGGER "Source_search_ad" AFTER DELETE ON "Source" BEGIN
  DELETE FROM "SourceSearch" WHERE rowid = old.rowid;
END;
CREATE TRIGGER "Source_search_au" AFTER UPDATE OF "title", "author", "publication", "text" ON "Source" BEGIN
  DELETE FROM "SourceSearch" WHERE rowid = old.rowid;
  INSERT INTO "SourceSearch"(rowid, title, text) VALUES (new.rowid, new."title" || ' ' || new."author" || ' ' || new."publication", new."text");
END;
