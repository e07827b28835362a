using System.Globalization;

namespace TopUpBot.Domain.Finance;

public sealed record Money(decimal Amount, Currency Currency)
{
    public static Money Rub(decimal amount) => new(amount, Currency.Rub);

    /// <summary>Converts at <paramref name="rate"/>, rounded to kopecks, halves away from zero.</summary>
    /// <exception cref="ArgumentException">The rate is for another currency.</exception>
    public Money ToRub(ExchangeRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        if (rate.Currency != Currency)
        {
            throw new ArgumentException($"The rate is for {rate.Currency}, the money is in {Currency}.", nameof(rate));
        }

        return Rub(Math.Round(Amount * rate.RubPerUnit, 2, MidpointRounding.AwayFromZero));
    }

    public override string ToString() => $"{Amount.ToString(CultureInfo.InvariantCulture)} {Currency}";
}
