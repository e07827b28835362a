namespace TopUpBot.Domain.Operators;

/// <summary>How far a source can be trusted (grades from the operator research notes).</summary>
public enum SourceGrade
{
    /// <summary>Not set; only a broken catalog file has it, and the loader rejects it.</summary>
    Missing,

    /// <summary>An official operator or government page.</summary>
    A,

    /// <summary>A national or regional news outlet, or a named and dated third party.</summary>
    B,

    /// <summary>A blog, Q&amp;A, forum or aggregator: a pointer only.</summary>
    C,
}
