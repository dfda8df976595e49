-- CreateSession/UpdateSession details.
ALTER TABLE sessions ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN location_name TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN location_code TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN capacity_set_at INTEGER NOT NULL DEFAULT 0;
