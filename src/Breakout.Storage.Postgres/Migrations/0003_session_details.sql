-- CreateSession/UpdateSession details.
ALTER TABLE sessions ADD COLUMN description text NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN location_name text NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN location_code text NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN capacity_set_at bigint NOT NULL DEFAULT 0;
