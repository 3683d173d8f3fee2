-- seeds/materialize-create-connection.md, example 4 (line 210)
CREATE CONNECTION kafka_connection TO KAFKA (
    BROKERS ('broker1:9092', 'broker2:9092')
);
