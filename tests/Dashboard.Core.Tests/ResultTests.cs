using Dashboard.Core.Results;

namespace Dashboard.Core.Tests;

public sealed class ResultTests
{
    [Fact]
    public void Success_Value_IsReturned()
    {
        var result = Result<int>.Success(42);
        Assert.True(result.IsSuccess);
        Assert.Equal(42, result.Value);
        Assert.Null(result.Error);
    }

    [Fact]
    public void Failure_Value_ThrowsWithTheMessage()
    {
        var result = Result<int>.Failure("file missing");
        Assert.False(result.IsSuccess);
        var e = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("file missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_BlankMessage_Throws() =>
        Assert.Throws<ArgumentException>(() => Result<int>.Failure(" "));
}
