namespace TopUpBot.Domain.Finance;

[Flags]
public enum AmountOptions
{
    None = 0,

    /// <summary>For a balance, which can be zero or below zero; a payment cannot.</summary>
    AllowZeroOrNegative = 1,
}
