using System.Globalization;

namespace TopUpBot.Domain.TopUps;

public static class TopUpLimits
{
    /// <summary>No one tops up a keep-number SIM with more; a larger figure is a typo (an extra zero, a card number).</summary>
    public const decimal MaxRub = 100_000m;

    public const int MaxNoteLength = 200;

    /// <summary>A typed rate outside this range is a typo: the Bank of Russia's rates lie well inside it.</summary>
    public const decimal MinRubPerUnit = 0.0001m;

    public const decimal MaxRubPerUnit = 10_000m;

    /// <summary>Length counts what the user sees, so an emoji is one character.</summary>
    public static bool NoteFits(string note) => new StringInfo(note).LengthInTextElements <= MaxNoteLength;
}
