namespace SqlConn.Engine.Cockroach.Uris.Validators;

/// <summary>
/// Checks a parsed URI the way its CockroachDB provider does, in the provider's order, and returns the
/// first failure (its cause without the scheme's <see cref="UriScheme.ErrorContext"/>), or null.
/// </summary>
internal interface ISchemeValidator
{
    UriValidationFailure? Validate(SchemeUri uri);
}
