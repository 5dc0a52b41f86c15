-- The anonymous report snapshot of a closed case now keeps its finalised consultations (date, form,
-- interpreter yes/no; core/reports/consultation-facts.ts). Snapshots written before get them from
-- the case's records while the case exists; a snapshot whose case is already deleted gets an empty
-- list (those records are gone). Only adds a key to the JSON: nothing is removed or changed.
UPDATE `case_stat_snapshots`
SET `facts` = json_set(`facts`, '$.consultations', json((
	SELECT json_group_array(json_object(
		'on', c.`held_on`,
		'form', c.`form`,
		'interpreter', json(CASE WHEN c.`interpreter` IS NULL THEN 'false' ELSE 'true' END)
	))
	FROM `consultations` c
	WHERE c.`case_id` = `case_stat_snapshots`.`case_id` AND c.`finalised_at` IS NOT NULL AND c.`held_on` IS NOT NULL
)))
WHERE json_type(`facts`, '$.consultations') IS NULL;
