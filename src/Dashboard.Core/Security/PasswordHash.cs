using System.Globalization;
using System.Security.Cryptography;

namespace Dashboard.Core.Security;

/// <summary>
/// Salted PBKDF2-SHA256 password hashes for configured editor accounts, written as
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in base64). Verification is constant-time; a malformed
/// hash never matches.
/// </summary>
public static class PasswordHash
{
    private const string Scheme = "pbkdf2-sha256";
    private const int DefaultIterations = 210_000;

    public static string Create(string password, int iterations = DefaultIterations)
    {
        ArgumentException.ThrowIfNullOrEmpty(password);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 10_000);
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        return string.Create(CultureInfo.InvariantCulture, $"{Scheme}${iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    public static bool Verify(string? password, string? encoded)
    {
        if (string.IsNullOrEmpty(password) || string.IsNullOrEmpty(encoded))
        {
            return false;
        }

        var parts = encoded.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations is < 10_000 or > 10_000_000)
        {
            return false;
        }

        byte[] salt;
        byte[] expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        if (salt.Length < 8 || expected.Length < 16)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Whether a configured value has the shape of a hash this class writes.</summary>
    public static bool IsWellFormed(string? encoded) =>
        encoded?.Split('$') is [Scheme, var iterations, _, _] && int.TryParse(iterations, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
