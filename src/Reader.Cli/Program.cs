using Reader.Cli;

return await ReaderCli.Create().Parse(args).InvokeAsync();
