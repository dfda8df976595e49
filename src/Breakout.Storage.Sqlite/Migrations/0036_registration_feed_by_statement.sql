-- Issue #20 (performance): registration_history_feed ran a trigger program per registration_history row (its call's
-- account, the account's highest position, the feed row), on SQLite's one writer, for every item of every
-- SessionRegAction. The store now writes those feed rows itself, in the same transaction as the history rows and with
-- the same positions (the account's highest plus one, in history order): with one statement for all the rows of a
-- set-based call (SqliteStore.InsertCallsWithHistory), and with one statement after each row written item by item
-- (SqlStore.RecordAsync). Nothing a reader sees changes. The other ledgers keep their triggers.
DROP TRIGGER registration_history_feed;
