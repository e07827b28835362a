namespace TopUpBot.Domain.Operators;

/// <summary>
/// One researched value and where it comes from. <see cref="Value"/> is null when the value is unknown;
/// <see cref="Note"/> then says why, so nobody mistakes a gap for a rule.
/// </summary>
/// <param name="Value">The value, or null when unknown.</param>
/// <param name="Source">URL or description of the source the value is taken from.</param>
/// <param name="SourceDate">The date the source gives, or null when it shows none.</param>
/// <param name="Grade">Reliability of <paramref name="Source"/>.</param>
/// <param name="CheckedOn">When we last looked at the source.</param>
/// <param name="Note">Conflicts between sources, caveats, or why the value is unknown.</param>
public sealed record Fact<T>(
    T Value,
    string Source,
    DateOnly? SourceDate,
    SourceGrade Grade,
    DateOnly CheckedOn,
    string? Note)
{
    /// <summary>True when the value is known.</summary>
    public bool IsKnown => Value is not null;

    /// <summary>A value resting only on a C-grade source must be shown as unverified.</summary>
    public bool Unverified => Grade == SourceGrade.C;
}
