-- Tarjuman workspace schema, version 2: an index on the TM's normalised source key alone.
--
-- Adding TM units checks, a few hundred units at a time, which of their keys the TM already holds
-- (WHERE source_key IN (...)). The V1 index on (source_lang, target_lang, source_key) cannot
-- serve an IN list on its third column, so without this index each check reads every unit of the
-- pair and a large import grows quadratically. Portable to H2 and PostgreSQL (see V1 for the
-- B-tree limit on very long keys on PostgreSQL).

CREATE INDEX ix_tm_units_key ON tm_units (source_key);
