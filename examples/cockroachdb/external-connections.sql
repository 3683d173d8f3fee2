-- sqlconn: dialect=cockroachdb
-- CockroachDB external connections: one name for a storage URI and its credentials, usable as
-- external://name by BACKUP, RESTORE, IMPORT, EXPORT and changefeeds.

CREATE USER IF NOT EXISTS backup_operator;
GRANT SYSTEM EXTERNALCONNECTION TO backup_operator;

CREATE EXTERNAL CONNECTION IF NOT EXISTS backup_bucket
    AS 's3://acme-backups?AUTH=implicit';

GRANT USAGE, UPDATE ON EXTERNAL CONNECTION backup_bucket TO backup_operator;
SHOW GRANTS ON EXTERNAL CONNECTION backup_bucket FOR backup_operator;

-- Check that every node can reach the bucket.
CHECK EXTERNAL CONNECTION 'external://backup_bucket' WITH TRANSFER = '1MiB', TIME = '10s', CONCURRENTLY = 2;

BACKUP DATABASE movr INTO 'external://backup_bucket' AS OF SYSTEM TIME '-10s';

-- Rotate the credentials without touching the jobs that use the connection.
ALTER EXTERNAL CONNECTION IF EXISTS backup_bucket
    AS 's3://acme-backups?AUTH=specified&AWS_ACCESS_KEY_ID=AKIAEXAMPLE&AWS_SECRET_ACCESS_KEY=change-me';

SHOW EXTERNAL CONNECTIONS;
SHOW CREATE EXTERNAL CONNECTION backup_bucket;
