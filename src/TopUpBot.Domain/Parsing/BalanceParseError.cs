namespace TopUpBot.Domain.Parsing;

public enum BalanceParseError
{
    /// <summary>No ruble amount in the text.</summary>
    NoAmountFound,

    /// <summary>Several different ruble amounts and none is marked as the balance.</summary>
    Ambiguous,
}
