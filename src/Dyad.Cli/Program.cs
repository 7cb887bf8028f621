using Dyad.Cli;

return DyadApp.Run(args);
