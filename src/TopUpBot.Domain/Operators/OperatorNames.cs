namespace TopUpBot.Domain.Operators;

/// <summary>An operator's display name in every language the bot speaks.</summary>
public sealed record OperatorNames(string Zh, string Ru, string En)
{
    public string Get(Language language) => language switch
    {
        Language.Zh => Zh,
        Language.Ru => Ru,
        Language.En => En,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };
}
