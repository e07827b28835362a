using TopUpBot.Domain.Finance;

namespace TopUpBot.Domain.TopUps;

/// <summary>The currency a user thinks in, for totals; they can choose another.</summary>
public static class HomeCurrency
{
    /// <summary>Chinese speakers mostly live in China, Russian speakers count in rubles; anyone else gets dollars.</summary>
    public static Currency DefaultFor(Language language) => language switch
    {
        Language.Zh => Currency.Cny,
        Language.Ru => Currency.Rub,
        _ => Currency.Usd,
    };
}
