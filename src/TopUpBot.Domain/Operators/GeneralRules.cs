namespace TopUpBot.Domain.Operators;

/// <summary>Federal rules that affect every keep-number SIM, whatever its operator.</summary>
/// <param name="CashTopUpNeedsIdSince">Since this day a cash top-up needs a passport or a Gosuslugi identification.</param>
/// <param name="CoolingPeriod">Data and SMS block after roaming or idling.</param>
/// <param name="CoolingPeriodLiftedBy">What lifts the cooling-period block before it ends.</param>
/// <param name="ForeignersReverificationDeadline">Foreigners' SIMs issued before 2025 had to be re-verified by this day.</param>
/// <param name="ForeignersVerificationNeeds">What a foreign citizen needs to have a SIM (re-)verified.</param>
/// <param name="ForeignersIdleMonthsBeforeCut">An unverified foreigner's number idle longer than this is cut at once.</param>
/// <param name="MassSmsOptOutSince">Since this day a subscriber may refuse mass SMS, which in practice also stops bank codes.</param>
public sealed record GeneralRules(
    Fact<DateOnly?> CashTopUpNeedsIdSince,
    Fact<CoolingPeriod?> CoolingPeriod,
    Fact<DateOnly?> ForeignersReverificationDeadline,
    Fact<int?> ForeignersIdleMonthsBeforeCut,
    Fact<DateOnly?> MassSmsOptOutSince,
    Fact<IReadOnlyList<CoolingPeriodLift>?> CoolingPeriodLiftedBy,
    Fact<IReadOnlyList<ForeignerVerificationNeed>?> ForeignersVerificationNeeds);
