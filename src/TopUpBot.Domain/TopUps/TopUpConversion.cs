using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.TopUps;

/// <summary>What a payment is worth in RUB, and at which rate.</summary>
/// <param name="Rub">RUB that reached the balance.</param>
/// <param name="UserRate">The user's own rate when they gave one (typed, or from the RUB credited).</param>
/// <param name="Markup">The user's loss against the official rate, when both rates are known.</param>
public sealed record TopUpConversion(decimal Rub, ExchangeRate? UserRate, RateMarkup? Markup)
{
    /// <summary>
    /// Converts <paramref name="paid"/> to RUB. A rate the user gave always wins; otherwise the official one is used.
    /// RUB payments need no rate. Never throws for user figures: bad ones come back as errors.
    /// </summary>
    /// <param name="paid">A positive amount.</param>
    /// <param name="official">The Bank of Russia rate for the currency paid, if known.</param>
    /// <param name="actual">What the user says they got, if they said.</param>
    /// <param name="on">The payment day, the date of the user's rate.</param>
    public static ParseResult<TopUpConversion, ConversionError> Of(Money paid, ExchangeRate? official, ActualPayment? actual, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(paid);
        if (official is not null && official.Currency != paid.Currency)
        {
            throw new ArgumentException($"The official rate is for {official.Currency}, the payment is in {paid.Currency}.", nameof(official));
        }

        if (paid.Currency == Currency.Rub)
        {
            return Checked(new TopUpConversion(paid.Amount, null, null));
        }

        var userRate = UserRateOf(paid, actual, on);
        if (userRate is not null)
        {
            var rub = actual!.Kind == ActualPaymentKind.CreditedRub ? actual.Value : paid.ToRub(userRate).Amount;
            var markup = official is null ? null : RateMarkup.For(paid, userRate, official);
            return Checked(new TopUpConversion(rub, userRate, markup));
        }

        return official is null ? ConversionError.NoRate : Checked(new TopUpConversion(paid.ToRub(official).Amount, null, null));
    }

    private static ExchangeRate? UserRateOf(Money paid, ActualPayment? actual, DateOnly on) => actual switch
    {
        null => null,
        { Value: <= 0m } => null,
        { Kind: ActualPaymentKind.CreditedRub } when paid.Amount > 0m => ExchangeRate.FromPayment(paid, Money.Rub(actual.Value), on),
        { Kind: ActualPaymentKind.RubPerUnit } => new ExchangeRate(paid.Currency, actual.Value, on, RateSource.UserTyped),
        _ => null,
    };

    private static ParseResult<TopUpConversion, ConversionError> Checked(TopUpConversion conversion) => conversion.Rub switch
    {
        > TopUpLimits.MaxRub => ConversionError.TooLarge,
        < 0.01m => ConversionError.TooSmall,
        _ => conversion,
    };
}
