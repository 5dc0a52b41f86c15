-- Global search (Ctrl+K): one FTS5 index over people, cases, notes and partners, diacritics folded.
-- Maintained by the services on every write (src-main/core/search), inside the same transaction.
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`entity` UNINDEXED,
	`entity_id` UNINDEXED,
	`case_id` UNINDEXED,
	`title`,
	`body`,
	tokenize = 'unicode61 remove_diacritics 2'
);
