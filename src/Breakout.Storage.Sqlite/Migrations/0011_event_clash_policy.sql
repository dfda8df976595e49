-- Breakout's time-clash policy per event (0 Allow, as Cvent; 1 Refuse; 2 RefuseIncludingWaitlist). The check reads
-- the registrant's other sessions by registrant, and their times through the sessions' primary key.
ALTER TABLE events ADD COLUMN clash_policy INTEGER NOT NULL DEFAULT 0;
