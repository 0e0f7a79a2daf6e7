-- Tarjuman workspace schema, version 80: the translator's note of a text unit.
--
-- Software string formats carry notes for the translator (PO translator and extracted comments,
-- msgctxt and source references, comments before a property, XLIFF notes, ITS localisation
-- notes). They are kept per unit and written into XLIFF exports. Null when the unit has none.
-- Portable: H2 2.x and PostgreSQL.

ALTER TABLE text_units ADD COLUMN note VARCHAR;
