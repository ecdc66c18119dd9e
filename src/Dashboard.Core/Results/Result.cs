namespace Dashboard.Core.Results;

/// <summary>
/// The outcome of an operation that can fail for expected reasons (bad input, missing file):
/// either a value or a message meant for the user. Unexpected failures still throw.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Result<T>.Success/Failure read better at call sites than a separate factory class.")]
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, string? error)
    {
        _value = value;
        Error = error;
    }

    public bool IsSuccess => Error is null;

    /// <summary>The user-facing message when the operation failed; null on success.</summary>
    public string? Error { get; }

    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"No value: the operation failed with '{Error}'.");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new Result<T>(default, error);
    }
}
