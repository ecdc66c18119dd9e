using Dashboard.Core.Security;

namespace Dashboard.Cli.Commands;

/// <summary><c>hash-password</c>: reads a password from standard input and prints the hash for an editor account.</summary>
internal sealed class HashPasswordCommand : ICommand
{
    public string Name => "hash-password";

    public string Summary => "hash-password < password.txt: the PasswordHash value for a shared-mode editor account";

    public async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var password = (await Console.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await stderr.WriteLineAsync("Give the password on standard input, e.g. `read -s p; echo \"$p\" | dashboard hash-password`.");
            return ExitCodes.Usage;
        }

        await stdout.WriteLineAsync(PasswordHash.Create(password));
        return ExitCodes.Ok;
    }
}
