using Dashboard.Core.Security;

namespace Dashboard.Core.Tests.Security;

public sealed class PasswordHashTests
{
    private static readonly string Hash = PasswordHash.Create("correct horse", iterations: 10_000);

    [Fact]
    public void Verify_RightPassword_True() => Assert.True(PasswordHash.Verify("correct horse", Hash));

    [Theory]
    [InlineData("Correct horse")]
    [InlineData("")]
    [InlineData(null)]
    public void Verify_WrongPassword_False(string? password) => Assert.False(PasswordHash.Verify(password, Hash));

    [Theory]
    [InlineData("")]
    [InlineData("5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8")]
    [InlineData("pbkdf2-sha256$abc$AAAA$AAAA")]
    [InlineData("pbkdf2-sha256$10000$not base64!$AAAA")]
    public void Verify_MalformedHash_FalseNotThrown(string encoded)
    {
        Assert.False(PasswordHash.Verify("correct horse", encoded));
        Assert.Equal(encoded.StartsWith("pbkdf2-sha256$10000", StringComparison.Ordinal), PasswordHash.IsWellFormed(encoded));
    }

    [Fact]
    public void Create_SamePasswordTwice_DifferentSalts() =>
        Assert.NotEqual(PasswordHash.Create("x", 10_000), PasswordHash.Create("x", 10_000));
}
