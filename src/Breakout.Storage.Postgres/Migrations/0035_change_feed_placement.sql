-- The change feed's placement (migration 0023) without the scans that made a 200-row batch cost 5-25 ms at commit,
-- growing with the table (docs/benchmarks.md): its first firing counted and numbered every row of the partial index
-- change_feed_unplaced, and the index keeps an entry for every row placed since the last vacuum (the placing UPDATE
-- leaves the old version's entry behind, and the bitmap scans used never mark it dead); and each of the other 199
-- firings looked its row up again.
--
-- The same rule, bounded to the range of primary keys the transaction inserted:
-- - Deferred row triggers fire in the order the rows were inserted, and identity values rise within a session, so
--   the first firing's row has the transaction's smallest pk and the sequence's currval is its largest: its own
--   unplaced rows are those between the two (rows of other transactions in that range are either committed, and so
--   placed, or invisible). The scans walk that range of the primary key. The position test is written so that no
--   index on position can serve it: the function's plans are generic (its values are parameters), and a generic plan
--   would otherwise count on "position IS NULL" matching no row and walk every unplaced entry of an index, dead ones
--   included. The partial index change_feed_unplaced, read by nothing any more, is dropped.
-- - The firing remembers, in a transaction-local setting, the largest pk it placed; the other firings of the commit
--   compare their pk with it and return without reading the table. A row inserted after an early firing (SET
--   CONSTRAINTS ... IMMEDIATE) has a larger pk, so it is placed by its own firing as before.
CREATE OR REPLACE FUNCTION breakout_change_feed_place() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    account bigint;
    added bigint;
    base bigint;
    first_pk bigint := NEW.pk;
    last_pk bigint;
BEGIN
    IF NEW.pk <= NULLIF(current_setting('breakout.change_feed_placed', true), '')::bigint THEN
        RETURN NULL;
    END IF;
    last_pk := currval(pg_get_serial_sequence('change_feed', 'pk'));
    FOR account, added IN
        SELECT f.account_pk, count(*) FROM change_feed f
        WHERE f.pk BETWEEN first_pk AND last_pk AND coalesce(f.position, 0) = 0
        GROUP BY f.account_pk ORDER BY f.account_pk
    LOOP
        INSERT INTO change_feed_counters AS c (account_pk, last_position) VALUES (account, added)
            ON CONFLICT (account_pk) DO UPDATE SET last_position = c.last_position + EXCLUDED.last_position
            RETURNING c.last_position - added INTO base;
        UPDATE change_feed f SET position = base + m.n
        FROM (SELECT u.pk, row_number() OVER (ORDER BY u.pk) AS n FROM change_feed u
              WHERE u.pk BETWEEN first_pk AND last_pk AND u.account_pk = account AND coalesce(u.position, 0) = 0) m
        WHERE f.pk = m.pk;
    END LOOP;
    PERFORM set_config('breakout.change_feed_placed', last_pk::text, true);
    RETURN NULL;
END
$$;

DROP INDEX change_feed_unplaced;
