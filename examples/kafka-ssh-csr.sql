-- Kafka and a Confluent Schema Registry that are only reachable through an SSH bastion.

CREATE ROLE data_engineer;

-- 1. The tunnel. Materialize generates two Ed25519 key pairs for it.
CREATE CONNECTION ssh_bastion TO SSH TUNNEL (
    HOST 'bastion.internal.example.com',
    PORT 22,
    USER 'materialize'
);

-- 2. Add both public keys to ~materialize/.ssh/authorized_keys on the bastion.
SELECT mz_connections.name, mz_ssh_tunnel_connections.*
FROM mz_connections
JOIN mz_ssh_tunnel_connections USING (id)
WHERE mz_connections.name = 'ssh_bastion';

-- 3. Once the keys are installed:
VALIDATE CONNECTION ssh_bastion;

-- 4. Credentials live in secrets, never in the connection itself.
CREATE SECRET kafka_sasl_password AS 'change-me';
CREATE SECRET csr_password AS 'change-me-too';

CREATE CONNECTION kafka_prod TO KAFKA (
    BROKERS (
        'b-1.kafka.internal.example.com:9092' USING SSH TUNNEL ssh_bastion,
        'b-2.kafka.internal.example.com:9092' USING SSH TUNNEL ssh_bastion
    ),
    -- Brokers the cluster advertises but that are not listed above go through the tunnel too.
    SSH TUNNEL ssh_bastion,
    SECURITY PROTOCOL = 'SASL_PLAINTEXT',
    SASL MECHANISMS = 'SCRAM-SHA-256',
    SASL USERNAME = 'materialize',
    SASL PASSWORD = SECRET kafka_sasl_password
) WITH (VALIDATE = false);

CREATE CONNECTION csr_prod TO CONFLUENT SCHEMA REGISTRY (
    URL 'http://schema-registry.internal.example.com:8081',
    USERNAME = 'materialize',
    PASSWORD = SECRET csr_password,
    SSH TUNNEL ssh_bastion
) WITH (VALIDATE = false);

COMMENT ON CONNECTION kafka_prod IS 'Production Kafka, through the bastion';

-- 5. A source that uses both.
CREATE CLUSTER ingest (SIZE = '100cc');

CREATE SOURCE orders
IN CLUSTER ingest
FROM KAFKA CONNECTION kafka_prod (TOPIC 'orders')
FORMAT AVRO USING CONFLUENT SCHEMA REGISTRY CONNECTION csr_prod
ENVELOPE NONE;

GRANT USAGE ON CONNECTION kafka_prod, csr_prod TO data_engineer;
SHOW CONNECTIONS LIKE '%_prod';
