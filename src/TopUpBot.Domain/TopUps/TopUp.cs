using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;

namespace TopUpBot.Domain.TopUps;

/// <summary>Money a user put on one of their SIMs, as recorded. Immutable.</summary>
public sealed record TopUp
{
    public required long Id { get; init; }

    /// <summary>Telegram user id of the owner.</summary>
    public required long OwnerId { get; init; }

    public required long SimId { get; init; }

    /// <summary>The day the money was paid, in the user's time zone.</summary>
    public required DateOnly On { get; init; }

    /// <summary>What the user paid, in the currency they paid in.</summary>
    public required Money Paid { get; init; }

    /// <summary>RUB that reached the balance: the paid amount at the user's rate when they gave one, else at the official one.</summary>
    public required decimal Rub { get; init; }

    public required TopUpChannelKind Channel { get; init; }

    public string? Note { get; init; }

    /// <summary>The Bank of Russia rate known when the top-up was recorded, with its own date; null for RUB or when none was known.</summary>
    public ExchangeRate? OfficialRate { get; init; }

    /// <summary>True when <see cref="OfficialRate"/> came from an older fetch because the latest one failed.</summary>
    public bool OfficialRateStale { get; init; }

    /// <summary>The rate the user got (typed, or worked out from the RUB credited); null when they did not say.</summary>
    public ExchangeRate? UserRate { get; init; }

    /// <summary>The SIM's recorded balance right after this top-up, when the top-up raised it; draws the chart's balance line.</summary>
    public decimal? BalanceAfter { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>What the user lost against the official rate; null unless both rates are known.</summary>
    public RateMarkup? Markup =>
        UserRate is { } paidRate && OfficialRate is { } official ? RateMarkup.For(Paid, paidRate, official) : null;
}
