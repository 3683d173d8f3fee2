-- An AWS connection that assumes a role in your account (the recommended way), used for
-- IAM authentication with Amazon MSK.

CREATE CONNECTION aws_msk_role TO AWS (
    ASSUME ROLE ARN = 'arn:aws:iam::400121260767:role/MaterializeMSK',
    ASSUME ROLE SESSION NAME = 'materialize-msk',
    REGION = 'us-east-1'
);

-- The role's trust policy must pin the external id Materialize generated for this connection:
SELECT id, external_id, example_trust_policy FROM mz_internal.mz_aws_connections;

-- After updating the trust policy:
VALIDATE CONNECTION aws_msk_role;

CREATE CONNECTION kafka_msk TO KAFKA (
    BROKER 'b-1.orders.abc123.c2.kafka.us-east-1.amazonaws.com:9098',
    SECURITY PROTOCOL = 'SASL_SSL',
    AWS CONNECTION = aws_msk_role
);
