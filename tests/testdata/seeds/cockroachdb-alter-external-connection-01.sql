-- sqlconn: dialect=cockroachdb
-- seeds/cockroachdb-alter-external-connection.md, example 1 (line 29)
GRANT UPDATE ON EXTERNAL CONNECTION backup_bucket TO user;
