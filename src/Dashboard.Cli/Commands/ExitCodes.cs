namespace Dashboard.Cli.Commands;

/// <summary>Process exit codes (sysexits-style where one fits).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 64;
    public const int DataMissing = 66;
}
