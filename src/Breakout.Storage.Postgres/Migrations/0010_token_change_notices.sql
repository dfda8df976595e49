-- Token caches of other nodes learn at once that a grant changed: a change of an API user's password, allow-list or
-- active flag, a deleted API user and deleted tokens notify the channel breakout_tokens when their transaction
-- commits; every node LISTENs on it and forgets the tokens it remembers. Failed logins and lockouts change none of
-- these columns, so a flood of them notifies nothing.
CREATE FUNCTION breakout_notify_token_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('breakout_tokens', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER api_users_token_change AFTER UPDATE OF password_hash, allowed_ips, active OR DELETE ON api_users
    FOR EACH STATEMENT EXECUTE FUNCTION breakout_notify_token_change();

CREATE TRIGGER login_tokens_token_change AFTER DELETE ON login_tokens
    FOR EACH STATEMENT EXECUTE FUNCTION breakout_notify_token_change();
