namespace TopUpBot.Domain.TopUps;

public enum ConversionError
{
    /// <summary>A foreign currency with neither an official rate nor the user's own figure.</summary>
    NoRate,

    /// <summary>More than <see cref="TopUpLimits.MaxRub"/> RUB.</summary>
    TooLarge,

    /// <summary>Less than one kopeck once converted.</summary>
    TooSmall,
}
