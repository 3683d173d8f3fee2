-- sqlconn: dialect=cockroachdb
CREATE EXTERNAL CONNECTION backup_bucket AS 's3://bucket/path?AUTH=specified&AWS_ACCESS_KEY_ID=AKIA&AWS_SECRET_ACCESS_KEY=x';
CREATE EXTERNAL CONNECTION IF NOT EXISTS kms AS 'aws-kms:///arn?REGION=us-east-1&AUTH=implicit';
CREATE EXTERNAL CONNECTION sink AS 'kafka://broker:9092?topic_prefix=cdc_&tls_enabled=true';
CREATE EXTERNAL CONNECTION plain AS 'not a uri';
BACKUP DATABASE movr INTO 'external://backup_bucket' WITH OPTION 'x';
CREATE CHANGEFEED FOR TABLE orders INTO 'external://sink';
DROP EXTERNAL CONNECTION backup_bucket;
SHOW CREATE ALL EXTERNAL CONNECTIONS;
