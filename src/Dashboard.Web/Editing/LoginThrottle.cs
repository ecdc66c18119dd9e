using System.Threading.RateLimiting;

namespace Dashboard.Web.Editing;

/// <summary>
/// Limits sign-in attempts per user name (5 in 5 minutes), on top of the per-address limit: behind a proxy, or from
/// many addresses, guessing one editor's password stays slow.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions { PermitLimit = 5, Window = TimeSpan.FromMinutes(5) }));

    /// <summary>Whether another attempt for this user name may be made now.</summary>
    public bool TryAttempt(string? user)
    {
        using var lease = _limiter.AttemptAcquire((user ?? string.Empty).Trim().ToLowerInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
