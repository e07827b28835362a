using System.Diagnostics.CodeAnalysis;

// The namespace is not "Money" like the folder: a namespace TopUpBot.Domain.Money would hide
// the Money type from code in any other TopUpBot.Domain.* namespace (CS0118).
namespace TopUpBot.Domain.Finance;

/// <summary>An ISO 4217 currency code: RUB, CNY, USD or any other three Latin letters.</summary>
public sealed record Currency
{
    private Currency(string code) => Code = code;

    public static Currency Rub { get; } = new("RUB");

    public static Currency Cny { get; } = new("CNY");

    public static Currency Usd { get; } = new("USD");

    /// <summary>Three upper-case Latin letters.</summary>
    public string Code { get; }

    /// <summary>Accepts three Latin letters in any case; anything else is not a code.</summary>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is { Length: 3 } && code.All(char.IsAsciiLetter))
        {
            currency = new Currency(code.ToUpperInvariant());
            return true;
        }

        currency = null;
        return false;
    }

    /// <summary>For codes from trusted places (storage, configuration).</summary>
    /// <exception cref="ArgumentException">Not three Latin letters.</exception>
    public static Currency FromCode(string code) =>
        TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException($"'{code}' is not a three-letter currency code.", nameof(code));

    public override string ToString() => Code;
}
