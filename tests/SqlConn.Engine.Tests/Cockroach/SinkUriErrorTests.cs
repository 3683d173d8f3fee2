using SqlConn.Engine.Cockroach.Uris;

namespace SqlConn.Engine.Tests.Cockroach;

/// <summary>Changefeed sink schemes: the exact cause after "failed to construct External Connection details: ".</summary>
public class SinkUriErrorTests
{
    private const string Prefix = "invalid changefeed sink URI: ";

    [Theory]
    [InlineData("kafka://broker.address.com:9092?INVALIDPARAM=baz", "INVALIDPARAM", "unknown kafka sink query parameters: INVALIDPARAM")]
    [InlineData("kafka://nope/?kafka_topic_prefix=foo&COCKROACH_LOCALITY=default&b=1", "b", "unknown kafka sink query parameters: b, kafka_topic_prefix")]
    [InlineData("kafka://broker.address.com?topic_prefix=bar_&tls_enabled=true&ca_cert=Zm9vCg=11", "ca_cert",
        "param ca_cert must be base 64 encoded: illegal base64 data at input byte 6")]
    [InlineData("kafka://nope/?ca_cert=!", "ca_cert", "param ca_cert must be base 64 encoded: illegal base64 data at input byte 0")]
    [InlineData("kafka://nope/?client_key=Zm9", "client_key", "param client_key must be base 64 encoded: illegal base64 data at input byte 0")]
    [InlineData("kafka://nope/?schema_topic=foo", "schema_topic", "schema_topic is not yet supported")]
    [InlineData("kafka://nope/?tls_enabled=foo", "tls_enabled", "param tls_enabled must be a bool: strconv.ParseBool: parsing \"foo\": invalid syntax")]
    [InlineData("kafka://nope/?tls_enabled=true&insecure_tls_skip_verify=yes", "insecure_tls_skip_verify",
        "param insecure_tls_skip_verify must be a bool: strconv.ParseBool: parsing \"yes\": invalid syntax")]
    [InlineData("kafka://nope/?&ca_cert=Zm9v", "ca_cert", "ca_cert requires tls_enabled=true")]
    [InlineData("kafka://nope/?client_cert=Zm9v", "client_cert", "client_cert requires tls_enabled=true")]
    [InlineData("kafka://nope/?tls_enabled=true&client_cert=Zm9v", "client_cert", "client_cert requires client_key to be set")]
    [InlineData("kafka://nope/?tls_enabled=true&client_key=Zm9v", "client_key", "client_key requires client_cert to be set")]
    [InlineData("kafka://nope/?tls_enabled=true&client_cert=Zm9v&client_key=Zm9v", "client_cert",
        "invalid client certificate data provided: tls: failed to find any PEM data in certificate input")]
    [InlineData("kafka://nope/?tls_enabled=1&client_cert=LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t&client_key=Zm9v", "client_key",
        "invalid client certificate data provided: tls: failed to find any PEM data in key input")]
    [InlineData("kafka://nope/?sasl_enabled=maybe", "sasl_enabled", "param sasl_enabled must be a bool: strconv.ParseBool: parsing \"maybe\": invalid syntax")]
    [InlineData("kafka://nope/?sasl_handshake=false", "sasl_handshake", "sasl_enabled must be enabled to configure SASL handshake behavior")]
    [InlineData("kafka://nope/?sasl_mechanism=SCRAM-SHA-256", "sasl_mechanism", "sasl_enabled must be enabled to configure SASL mechanism")]
    [InlineData("kafka://nope/?sasl_enabled=false&sasl_user=a", "sasl_user", "sasl_enabled must be enabled if sasl_user is provided")]
    [InlineData("kafka://nope/?sasl_aws_region=us-east-1", "sasl_aws_region", "sasl_enabled must be enabled if sasl_aws_region is provided")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_mechanism=unsupported", "sasl_mechanism",
        "param sasl_mechanism must be one of AWS_MSK_IAM, OAUTHBEARER, PLAIN, SCRAM-SHA-256, or SCRAM-SHA-512")]
    [InlineData("kafka://nope/?sasl_enabled=true", "sasl_user",
        "sasl_user must be provided when SASL is enabled using mechanism PLAIN\nsasl_password must be provided when SASL is enabled using mechanism PLAIN")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_mechanism=SCRAM-SHA-512&sasl_user=a", "sasl_password",
        "sasl_password must be provided when SASL is enabled using mechanism SCRAM-SHA-512")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_user=a&sasl_password=b&sasl_client_id=c", "sasl_client_id",
        "sasl_client_id is only a valid parameter for sasl_mechanism=OAUTHBEARER")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_mechanism=OAUTHBEARER&sasl_client_id=c&sasl_token_url=https://idp", "sasl_client_secret",
        "sasl_client_secret must be provided when SASL is enabled using mechanism OAUTHBEARER")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_mechanism=OAUTHBEARER&sasl_client_id=c&sasl_client_secret=!&sasl_token_url=u", "sasl_client_secret",
        "decoding client secret: param sasl_client_secret must be base 64 encoded: illegal base64 data at input byte 0")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_mechanism=AWS_MSK_IAM&sasl_aws_region=us-east-1", "sasl_aws_iam_role_arn",
        "sasl_aws_iam_role_arn must be provided when SASL is enabled using mechanism AWS_MSK_IAM\nsasl_aws_iam_session_name must be provided when SASL is enabled using mechanism AWS_MSK_IAM")]
    [InlineData("kafka://nope/?sasl_enabled=true&sasl_user=a&sasl_password=b&sasl_handshake=maybe", "sasl_handshake",
        "param sasl_handshake must be a bool: strconv.ParseBool: parsing \"maybe\": invalid syntax")]
    [InlineData("confluent-cloud://pkc.example.confluent.cloud:9092", "api_key", "scheme confluent-cloud requires parameter api_key")]
    [InlineData("confluent-cloud://pkc.example.confluent.cloud:9092?api_key=k", "api_secret", "scheme confluent-cloud requires parameter api_secret")]
    [InlineData("confluent-cloud://pkc:9092?api_key=k&api_secret=s&sasl_mechanism=SCRAM-SHA-256", "sasl_mechanism",
        "unsupported value SCRAM-SHA-256 for parameter sasl_mechanism, please use PLAIN instead")]
    [InlineData("confluent-cloud://pkc:9092?api_key=k&api_secret=s&tls_enabled=0", "tls_enabled",
        "unsupported value false for parameter tls_enabled, please use true instead")]
    [InlineData("confluent-cloud://pkc:9092?api_key=k&api_secret=s&sasl_handshake=no", "sasl_handshake",
        "param sasl_handshake must be a bool: strconv.ParseBool: parsing \"no\": invalid syntax")]
    [InlineData("confluent-cloud://pkc:9092?api_key=k&api_secret=s&sasl_client_id=c", "sasl_client_id",
        "sasl_client_id is only a valid parameter for sasl_mechanism=OAUTHBEARER")]
    [InlineData("confluent-cloud://pkc:9092?api_key=k&api_secret=s&ca_cert=Zm9v&bogus=1", "bogus",
        "invalid query parameters [bogus ca_cert] for scheme confluent-cloud")]
    [InlineData("azure-event-hub://ns.servicebus.windows.net:9093?shared_access_key=k", "shared_access_key_name",
        "scheme azure-event-hub requires parameter shared_access_key_name")]
    [InlineData("azure-event-hub://ns.servicebus.windows.net:9093?shared_access_key_name=p&shared_access_key=k&insecure_tls_skip_verify=true",
        "insecure_tls_skip_verify", "invalid query parameters [insecure_tls_skip_verify] for scheme azure-event-hub")]
    [InlineData("webhook-https://hooks.example.com/feed?ca_cert=!", "ca_cert", "param ca_cert must be base 64 encoded: illegal base64 data at input byte 0")]
    [InlineData("webhook-https://hooks.example.com/feed?insecure_tls_skip_verify=sure", "insecure_tls_skip_verify",
        "param insecure_tls_skip_verify must be a bool: strconv.ParseBool: parsing \"sure\": invalid syntax")]
    [InlineData("gcpubsub://project", "region", "region query parameter not found")]
    [InlineData("gcpubsub://project?region=us-east1", "CREDENTIALS", "missing credentials parameter")]
    [InlineData("gcpubsub://project?region=us-east1&AUTH=specified&CREDENTIALS=123", "CREDENTIALS",
        "decoding credentials json: param CREDENTIALS must be base 64 encoded: illegal base64 data at input byte 0")]
    public void Sink_parameter_errors(string uri, string parameter, string cause)
    {
        var failure = UriValidation.Rejects(uri);

        Assert.Equal(Prefix + cause, failure.Cause);
        Assert.Equal(UriFailureKind.InvalidParameter, failure.Kind);
        Assert.Equal(parameter, failure.Parameter);
    }
}
