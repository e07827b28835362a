namespace TopUpBot.Domain.Operators;

/// <summary>Whether a top-up alone resets the operator's inactivity clock.</summary>
public enum TopUpCounts
{
    Unknown,
    Yes,
    No,
}
