namespace TopUpBot.Domain.Finance;

/// <summary>
/// What a user lost by turning foreign money into rubles at the rate they got instead of the
/// official one. Negative when they got a better rate.
/// </summary>
/// <param name="Rub">Rubles the payment was worth at the official rate minus the rubles it brought.</param>
/// <param name="Percent">
/// How much more the user paid than at the official rate, in percent with two decimals:
/// official / paid − 1. Paying 100 CNY for 1 250 RUB when the official rate is 13.48 gives
/// 98.00 RUB and 7.84%.
/// </param>
public sealed record RateMarkup(decimal Rub, decimal Percent)
{
    /// <param name="paid">The foreign money the user paid.</param>
    /// <param name="paidRate">Rubles the user got per unit, e.g. from <see cref="ExchangeRate.FromPayment"/>.</param>
    /// <param name="officialRate">The Bank of Russia rate for the payment date.</param>
    /// <exception cref="ArgumentException">The rates are not both for the currency paid.</exception>
    public static RateMarkup For(Money paid, ExchangeRate paidRate, ExchangeRate officialRate)
    {
        ArgumentNullException.ThrowIfNull(paid);
        ArgumentNullException.ThrowIfNull(paidRate);
        ArgumentNullException.ThrowIfNull(officialRate);

        var rub = paid.ToRub(officialRate).Amount - paid.ToRub(paidRate).Amount;
        var percent = Math.Round(
            ((officialRate.RubPerUnit / paidRate.RubPerUnit) - 1) * 100, 2, MidpointRounding.AwayFromZero);
        return new RateMarkup(rub, percent);
    }
}
