CREATE CONNECTION aws TO AWS (ACCESS KEY ID = 'AKIAEXAMPLE', SECRET ACCESS KEY = SECRET aws_secret_key, REGION = 'us-east-1');

-- sqlconn-ignore SC2001: dropped by hand in production last year
DROP SECRET old_password;

-- sqlconn-ignore SC4003: cleaned up in 002
CREATE SECRET iceberg_password AS 'x';

CREATE CONNECTION kafka_prod TO KAFKA (BROKER 'kafka-prod.internal:9092', SASL MECHANISMS = 'PLAIN', SASL USERNAME = 'u', SASL PASSWORD = SECRET missing_password);
