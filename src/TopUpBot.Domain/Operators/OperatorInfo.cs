namespace TopUpBot.Domain.Operators;

/// <summary>Everything the catalog knows about one operator, each value with its source.</summary>
/// <param name="Id">One of <see cref="OperatorIds"/>.</param>
/// <param name="Names">Display names.</param>
/// <param name="InactivityDays">Days without paid activity before the daily fee for keeping the number starts.</param>
/// <param name="InactivityFeePerDay">That fee, in RUB per day.</param>
/// <param name="DaysAtZeroBeforeTermination">Days at a zero or negative balance after which the contract ends.</param>
/// <param name="TopUpCountsAsActivity">Whether a top-up alone counts as paid activity; null value = unknown.</param>
/// <param name="Ussd">USSD codes.</param>
/// <param name="Support">Support phone numbers.</param>
/// <param name="SelfServiceWebsite">The customer cabinet.</param>
/// <param name="App">Name of the operator's app.</param>
/// <param name="TopUpChannels">Top-up channels that sources confirm exist; empty when none are confirmed.</param>
/// <param name="PromisedPaymentDays">Days the promised payment (short credit) lasts before it is taken back.</param>
/// <param name="ForeignCardsAccepted">Whether bank cards issued abroad are accepted for a top-up; null value = unknown.</param>
public sealed record OperatorInfo(
    string Id,
    OperatorNames Names,
    Fact<int?> InactivityDays,
    Fact<decimal?> InactivityFeePerDay,
    Fact<int?> DaysAtZeroBeforeTermination,
    Fact<TopUpCounts?> TopUpCountsAsActivity,
    UssdCodes Ussd,
    SupportNumbers Support,
    Fact<Uri?> SelfServiceWebsite,
    Fact<string?> App,
    IReadOnlyList<Fact<TopUpChannel>> TopUpChannels,
    Fact<int?> PromisedPaymentDays,
    Fact<bool?> ForeignCardsAccepted)
{
    public OperatorRules Rules => new(
        InactivityDays.Value,
        InactivityFeePerDay.Value,
        DaysAtZeroBeforeTermination.Value,
        TopUpCountsAsActivity.Value ?? TopUpCounts.Unknown);

    public string Name(Language language) => Names.Get(language);
}
