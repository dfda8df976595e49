-- Issue #17: details the WSDL declares that Breakout now keeps. A transaction's DistributionDetail (the part of its
-- amount applied to one product: written by CreateTransaction and the import; AmountApplied in ten-thousandths, as every
-- amount); a planner user's CustomFieldDetail (values of the account's user custom fields) and VisibilityDefaults (the
-- user groups that see what the user creates, per kind). Rows are answered in the order they were first written (pk).
CREATE TABLE transaction_distributions (
    pk INTEGER PRIMARY KEY,
    transaction_pk INTEGER NOT NULL REFERENCES transactions (pk),
    product_id TEXT NULL,
    product_name TEXT NULL,
    product_code TEXT NULL,
    product_type TEXT NULL,
    order_price REAL NULL,
    amount_applied INTEGER NULL,
    gl_code TEXT NULL,
    gl_description TEXT NULL,
    order_number TEXT NULL,
    UNIQUE (transaction_pk, product_id)
);

CREATE TABLE planner_user_field_values (
    pk INTEGER PRIMARY KEY,
    user_pk INTEGER NOT NULL REFERENCES planner_users (pk),
    field_pk INTEGER NOT NULL REFERENCES entity_custom_fields (pk),
    field_value TEXT NULL,
    UNIQUE (user_pk, field_pk)
);

CREATE TABLE planner_user_visibility (
    pk INTEGER PRIMARY KEY,
    user_pk INTEGER NOT NULL REFERENCES planner_users (pk),
    user_group_pk INTEGER NOT NULL REFERENCES user_groups (pk),
    visibility_type TEXT NOT NULL,
    UNIQUE (user_pk, user_group_pk, visibility_type)
);
