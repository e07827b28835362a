namespace TopUpBot.Domain.Parsing;

public enum DateParseError
{
    Unrecognised,

    /// <summary>Day or month out of range, e.g. 31.02.</summary>
    NotARealDate,

    /// <summary>Before <see cref="UserDateParser.Earliest"/>.</summary>
    TooOld,

    /// <summary>After the "today" passed in.</summary>
    InFuture,
}
