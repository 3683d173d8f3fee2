namespace SqlConn.Engine.Cockroach.Uris;

/// <summary>The outcome of <see cref="ExternalConnectionUriValidator.Validate"/>: a <see cref="ValidUri"/> or an <see cref="InvalidUri"/>.</summary>
public abstract record UriValidationResult;

public sealed record ValidUri(ExternalConnectionUri Connection) : UriValidationResult;

public sealed record InvalidUri(UriValidationFailure Failure) : UriValidationResult;
