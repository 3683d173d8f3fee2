-- Uses the baseline's bastion and password, and 001's registry password.
CREATE CONNECTION kafka TO KAFKA (
    BROKER 'kafka.internal:9092',
    SASL MECHANISMS = 'SCRAM-SHA-256',
    SASL USERNAME = 'materialize',
    SASL PASSWORD = SECRET kafka_password,
    SSH TUNNEL bastion
);

-- sqlconn-ignore SC4005: the test cluster's broker only listens inside the VPC
CREATE CONNECTION kafka_test TO KAFKA (BROKER 'kafka-test.internal:9092', SECURITY PROTOCOL = 'PLAINTEXT');

-- sqlconn-ignore SC4005
CREATE CONNECTION kafka_dev TO KAFKA (BROKER 'kafka-dev.internal:9092', SECURITY PROTOCOL = 'PLAINTEXT');

CREATE CONNECTION registry TO CONFLUENT SCHEMA REGISTRY (
    URL 'https://registry.internal',
    USERNAME = 'materialize',
    PASSWORD = SECRET registry_password
);
