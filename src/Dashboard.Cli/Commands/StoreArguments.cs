namespace Dashboard.Cli.Commands;

/// <summary>Reads <c>[--data DIR] FILE</c>.</summary>
internal static class StoreArguments
{
    public static (string? Data, string? File) Read(string[] args)
    {
        string? data = null;
        string? file = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--data" && i + 1 < args.Length)
            {
                data = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                file ??= args[i];
            }
        }

        return (data, file);
    }
}
