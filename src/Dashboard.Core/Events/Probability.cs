namespace Dashboard.Core.Events;

/// <summary>The one check for a probability (a confidence, a threshold): a number from 0 to 1, or none.</summary>
public static class Probability
{
    /// <summary>The value itself when it is null or between 0 and 1; otherwise throws, naming the parameter.</summary>
    public static double? Checked(double? value, string parameter) => value is null or (>= 0 and <= 1)
        ? value
        : throw new ArgumentOutOfRangeException(parameter, value, "A probability lies between 0 and 1.");
}
