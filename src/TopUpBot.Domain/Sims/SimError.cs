namespace TopUpBot.Domain.Sims;

/// <summary>Why a value does not fit <see cref="SimLimits"/>; <see cref="None"/> when it fits.</summary>
public enum SimError
{
    None,
    TooManySims,
    LabelBlank,
    LabelTooLong,
    NotesTooLong,
    BalanceOutOfRange,
    TooManyDecimals,
    BalanceWithoutDate,
    DateInFuture,
    DateTooEarly,
    PlanFeeOutOfRange,
    ChargeDayOutOfRange,
    InactivityDaysOutOfRange,
    InactivityFeeOutOfRange,
    DaysAtZeroOutOfRange,
}
