namespace TopUpBot.Domain.Finance;

/// <summary>How many rubles one unit of <see cref="Currency"/> is worth on <see cref="Date"/>.</summary>
public sealed record ExchangeRate
{
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rubPerUnit"/> is zero or negative.</exception>
    public ExchangeRate(Currency currency, decimal rubPerUnit, DateOnly date, RateSource source)
    {
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rubPerUnit);
        Currency = currency;
        RubPerUnit = rubPerUnit;
        Date = date;
        Source = source;
    }

    public Currency Currency { get; }

    public decimal RubPerUnit { get; }

    public DateOnly Date { get; }

    public RateSource Source { get; }

    /// <summary>
    /// The rate a user actually got: rubles credited per unit paid, e.g. 100 CNY paid and
    /// 1 250 RUB credited give 12.5 RUB per CNY. Not rounded, so conversions stay exact.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="credited"/> is not rubles, or an amount is not positive.</exception>
    public static ExchangeRate FromPayment(Money paid, Money credited, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(credited);
        if (credited.Currency != Currency.Rub)
        {
            throw new ArgumentException($"The credited amount must be in RUB, not {credited.Currency}.", nameof(credited));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(paid.Amount, nameof(paid));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(credited.Amount, nameof(credited));
        return new ExchangeRate(paid.Currency, credited.Amount / paid.Amount, date, RateSource.UserTyped);
    }
}
