// What nearly every file of the server uses: the JSON-RPC library, the LSP types and the server's state.
global using SqlConn.LanguageServer.Protocol;
global using SqlConn.LanguageServer.Server;
global using StreamJsonRpc;
