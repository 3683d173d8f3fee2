using SqlConn.Cli;

return SqlConnCommand.Run(args, Console.Out, Console.Error);
