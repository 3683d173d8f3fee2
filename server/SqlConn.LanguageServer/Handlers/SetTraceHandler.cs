namespace SqlConn.LanguageServer.Handlers;

/// <summary><c>$/setTrace</c>: the level of <c>$/logTrace</c> notifications (off, messages, verbose).</summary>
internal sealed class SetTraceHandler(LanguageServerSession session)
{
    [JsonRpcMethod(Methods.SetTrace, UseSingleObjectParameterDeserialization = true)]
    public void SetTrace(SetTraceParams request) => session.Client.SetTrace(request.Value);
}
