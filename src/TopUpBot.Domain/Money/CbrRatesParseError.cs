namespace TopUpBot.Domain.Finance;

public enum CbrRatesParseError
{
    /// <summary>No bytes, or a document without a single rate.</summary>
    Empty,

    /// <summary>Not XML, not a ValCurs document, or a rate with a bad code, nominal or value.</summary>
    Malformed,

    /// <summary>ValCurs/@Date is missing or not dd.MM.yyyy.</summary>
    NoDate,
}
