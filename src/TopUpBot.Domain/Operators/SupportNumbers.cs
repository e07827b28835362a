namespace TopUpBot.Domain.Operators;

/// <param name="ShortNumber">Dialled from the operator's own SIM.</param>
/// <param name="FromAbroad">Full international number, for calls while roaming.</param>
public sealed record SupportNumbers(Fact<string?> ShortNumber, Fact<string?> FromAbroad);
