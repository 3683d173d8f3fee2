using SqlConn.Cli;

BatchCollection.Configure(args);
return SqlConnCommand.Run(args, Console.Out, Console.Error);
