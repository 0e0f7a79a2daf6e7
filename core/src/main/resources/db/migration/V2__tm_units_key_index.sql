-- Tarjuman workspace schema, version 2: TM units found by their normalised source key alone.
--
-- Storing a batch of translations looks up the TM units of hundreds of source keys in one query,
-- source_key IN (...). H2 uses an IN list with an index only when the IN column is the index's
-- first column, so ix_tm_units_pair_key (source_lang, target_lang, source_key) cannot serve it and
-- H2 would read every unit of the language pair for each batch. The language pair is checked on
-- the rows found. The PostgreSQL note of V1 on long keys applies to this index too.

CREATE INDEX ix_tm_units_key ON tm_units (source_key);
