-- seeds/materialize-alter-secret.md, example 3 (line 80)
ALTER SECRET kafka_ca_cert AS decode('c2VjcmV0Cg==', 'base64');
