-- Full-text search (SQLite FTS5) over article titles and bodies, statement texts, people's names and
-- aliases, and organization and place names. Hand-written (drizzle-kit generate --custom): virtual
-- tables and triggers are outside what drizzle-kit models. Triggers keep every index in step with
-- every write; the last statements build them for the data already there.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE statements_fts USING fts5(text, content = 'statements', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE organizations_fts USING fts5(name, content = 'organizations', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE VIRTUAL TABLE places_fts USING fts5(name, content = 'places', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
-- A person's row holds the name and every alias, so it keeps its own copy of the text.
CREATE VIRTUAL TABLE people_fts USING fts5(names, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO articles_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
  INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
--> statement-breakpoint
CREATE TRIGGER statements_fts_update AFTER UPDATE OF text ON statements BEGIN
  INSERT INTO statements_fts (statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO statements_fts (rowid, text) VALUES (new.id, new.text);
END;
--> statement-breakpoint
CREATE TRIGGER organizations_fts_insert AFTER INSERT ON organizations BEGIN
  INSERT INTO organizations_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER organizations_fts_delete AFTER DELETE ON organizations BEGIN
  INSERT INTO organizations_fts (organizations_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
--> statement-breakpoint
CREATE TRIGGER organizations_fts_update AFTER UPDATE OF name ON organizations BEGIN
  INSERT INTO organizations_fts (organizations_fts, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO organizations_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER places_fts_insert AFTER INSERT ON places BEGIN
  INSERT INTO places_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER places_fts_delete AFTER DELETE ON places BEGIN
  INSERT INTO places_fts (places_fts, rowid, name) VALUES ('delete', old.id, old.name);
END;
--> statement-breakpoint
CREATE TRIGGER places_fts_update AFTER UPDATE OF name ON places BEGIN
  INSERT INTO places_fts (places_fts, rowid, name) VALUES ('delete', old.id, old.name);
  INSERT INTO places_fts (rowid, name) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
  DELETE FROM people_fts WHERE rowid = new.id;
  INSERT INTO people_fts (rowid, names) SELECT new.id, (SELECT p.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') FROM people p WHERE p.id = new.id) WHERE EXISTS (SELECT 1 FROM people WHERE id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER people_fts_update AFTER UPDATE OF name ON people BEGIN
  DELETE FROM people_fts WHERE rowid = new.id;
  INSERT INTO people_fts (rowid, names) SELECT new.id, (SELECT p.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') FROM people p WHERE p.id = new.id) WHERE EXISTS (SELECT 1 FROM people WHERE id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
  DELETE FROM people_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER person_aliases_fts_insert AFTER INSERT ON person_aliases BEGIN
  DELETE FROM people_fts WHERE rowid = new.person_id;
  INSERT INTO people_fts (rowid, names) SELECT new.person_id, (SELECT p.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') FROM people p WHERE p.id = new.person_id) WHERE EXISTS (SELECT 1 FROM people WHERE id = new.person_id);
END;
--> statement-breakpoint
CREATE TRIGGER person_aliases_fts_delete AFTER DELETE ON person_aliases BEGIN
  DELETE FROM people_fts WHERE rowid = old.person_id;
  INSERT INTO people_fts (rowid, names) SELECT old.person_id, (SELECT p.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = p.id), '') FROM people p WHERE p.id = old.person_id) WHERE EXISTS (SELECT 1 FROM people WHERE id = old.person_id);
END;
--> statement-breakpoint
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO organizations_fts (organizations_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO places_fts (places_fts) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO people_fts (rowid, names) SELECT p.id, (SELECT q.name || coalesce(' ' || (SELECT group_concat(alias, ' ') FROM person_aliases WHERE person_id = q.id), '') FROM people q WHERE q.id = p.id) FROM people p;
