-- One row that start-up seeding locks (SELECT ... FOR UPDATE), so that several nodes
-- starting at once seed groups, users, authorizations and filters one after another.
CREATE TABLE platform_seed_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO platform_seed_lock (id) VALUES (1);
