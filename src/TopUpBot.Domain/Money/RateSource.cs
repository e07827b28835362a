namespace TopUpBot.Domain.Finance;

public enum RateSource
{
    /// <summary>Published by the Bank of Russia.</summary>
    Official,

    /// <summary>What a user says they got, typed or worked out from a payment.</summary>
    UserTyped,
}
