-- Argument nodes (Argdown arguments, AIF inferences) carry their inference rule or scheme name,
-- premise edges their number in the premise-conclusion structure.
ALTER TABLE "ArgNode" ADD COLUMN "scheme" TEXT;
ALTER TABLE "Edge" ADD COLUMN "position" INTEGER;
