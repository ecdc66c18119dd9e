namespace Dashboard.Core.Geography;

/// <summary>An ISO 3166-1 alpha-2 country code, always upper case.</summary>
public readonly record struct CountryCode
{
    public CountryCode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length != 2 || !char.IsAsciiLetter(value[0]) || !char.IsAsciiLetter(value[1]))
        {
            throw new ArgumentException($"'{value}' is not an ISO 3166-1 alpha-2 code.", nameof(value));
        }

        Value = value.ToUpperInvariant();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
