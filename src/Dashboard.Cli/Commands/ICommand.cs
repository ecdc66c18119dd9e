namespace Dashboard.Cli.Commands;

/// <summary>One sub-command of the command line.</summary>
internal interface ICommand
{
    string Name { get; }

    string Summary { get; }

    Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr);
}
