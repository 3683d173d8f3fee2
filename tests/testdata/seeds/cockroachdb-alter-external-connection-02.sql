-- sqlconn: dialect=cockroachdb
-- seeds/cockroachdb-alter-external-connection.md, example 2 (line 75)
ALTER EXTERNAL CONNECTION backup_bucket AS 's3://bucket name?AWS_ACCESS_KEY_ID={new access key}&AWS_SECRET_ACCESS_KEY={new secret access key}';
