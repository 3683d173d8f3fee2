-- Materialize: secrets, connections of several types, key rotation
/* a block comment /* nested */ still a comment */
CREATE SECRET IF NOT EXISTS kafka_password AS 'p@ss''word';
CREATE SECRET "Quoted ""Secret""" AS E'line\nbreak\'s';
CREATE SECRET pem AS $$-----BEGIN CERTIFICATE-----
MIIB...
-----END CERTIFICATE-----$$;
CREATE SECRET tagged AS $pem$ a $$ inside $pem$;

CREATE CONNECTION ssh_bastion TO SSH TUNNEL (HOST 'bastion.example.com', PORT 22, USER 'ubuntu');

CREATE CONNECTION kafka_conn TO KAFKA (
    BROKER 'broker:9092' USING SSH TUNNEL ssh_bastion,
    SECURITY PROTOCOL = 'SASL_SSL',
    SASL MECHANISMS = 'SCRAM-SHA-256',
    SASL USERNAME = 'user',
    SASL PASSWORD = SECRET kafka_password,
    SSL CERTIFICATE AUTHORITY = SECRET materialize.public.pem
) WITH (VALIDATE = false);

CREATE CONNECTION csr TO CONFLUENT SCHEMA REGISTRY (URL 'https://csr.example.com', PASSWORD SECRET csr_password);
CREATE CONNECTION aws TO AWS (ACCESS KEY ID = 'AKIA', SECRET ACCESS KEY = SECRET aws_secret, REGION 'us-east-1');
CREATE CONNECTION pl TO AWS PRIVATELINK (SERVICE NAME 'com.amazonaws.vpce', AVAILABILITY ZONES ('use1-az1'));
ALTER CONNECTION ssh_bastion ROTATE KEYS;
ALTER CONNECTION kafka_conn SET (BROKER = 'other:9092'), DROP (SSL CERTIFICATE AUTHORITY);
SELECT public_key_1, public_key_2 FROM mz_ssh_tunnel_connections WHERE id = 'u1' AND NOT false;
CREATE DATABASE analytics;
GRANT USAGE ON SECRET kafka_password TO analyst;
SELECT $1::text, 3.14, .5e-3, 42 <> 7;
