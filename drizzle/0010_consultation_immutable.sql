-- A finalised Beratungsdokumentation is read-only: the database refuses any change to its row,
-- whichever code path tries. Later changes are addenda, which are append-only themselves.
CREATE TRIGGER `consultations_finalised_no_update` BEFORE UPDATE ON `consultations`
WHEN OLD.`finalised_at` IS NOT NULL
BEGIN
	SELECT RAISE(ABORT, 'consultation is finalised and read-only');
END;
--> statement-breakpoint
-- Deleting a finalised record is refused too, unless its whole case is being erased (the cascade
-- from `cases` runs after the case row is gone: end of the retention period).
CREATE TRIGGER `consultations_finalised_no_delete` BEFORE DELETE ON `consultations`
WHEN OLD.`finalised_at` IS NOT NULL AND EXISTS (SELECT 1 FROM `cases` WHERE `id` = OLD.`case_id`)
BEGIN
	SELECT RAISE(ABORT, 'consultation is finalised and read-only');
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_addenda_only_finalised` BEFORE INSERT ON `consultation_addenda`
WHEN NOT EXISTS (SELECT 1 FROM `consultations` WHERE `id` = NEW.`consultation_id` AND `finalised_at` IS NOT NULL)
BEGIN
	SELECT RAISE(ABORT, 'addenda belong to finalised consultations');
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_addenda_no_update` BEFORE UPDATE ON `consultation_addenda`
BEGIN
	SELECT RAISE(ABORT, 'consultation_addenda is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `consultation_addenda_no_delete` BEFORE DELETE ON `consultation_addenda`
WHEN EXISTS (SELECT 1 FROM `consultations` WHERE `id` = OLD.`consultation_id`)
BEGIN
	SELECT RAISE(ABORT, 'consultation_addenda is append-only');
END;
