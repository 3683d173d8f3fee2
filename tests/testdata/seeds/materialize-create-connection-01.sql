-- seeds/materialize-create-connection.md, example 1 (line 100)
SELECT id, external_id, example_trust_policy FROM mz_internal.mz_aws_connections;
