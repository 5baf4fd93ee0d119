-- PostgreSQL-only change (stored search vectors), and SQLite's FTS5 tables already serve search.
SELECT 1;
