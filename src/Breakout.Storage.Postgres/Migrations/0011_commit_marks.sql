-- What decides whether a transaction whose COMMIT answer was lost took effect. Each writer connection's
-- transaction sets its row's mark to a new value right before COMMIT; a writer that lost the answer asks, on
-- a new connection, for the row with ON CONFLICT DO UPDATE, which waits for the lost transaction to end and
-- then sees the latest committed mark: its own mark means committed. (pg_xact_status of a transaction ID is not
-- enough: after a crash, the ID of a transaction whose records never reached disk is handed out again, and
-- another transaction's commit would be taken for it.) One row per writer connection; rows untouched for a
-- day are deleted when a store starts.
CREATE TABLE commit_marks (
    writer uuid PRIMARY KEY,
    mark uuid,
    at bigint NOT NULL
);
