namespace TopUpBot.Domain.Operators;

/// <summary>The operator ids the catalog must contain; <see cref="Sims.Sim.OperatorId"/> holds one of them.</summary>
public static class OperatorIds
{
    public const string Mts = "mts";
    public const string Beeline = "beeline";
    public const string MegaFon = "megafon";
    public const string T2 = "t2";
    public const string Yota = "yota";

    /// <summary>Any other operator; its rules are entered by the user for each SIM.</summary>
    public const string Other = "other";

    public static IReadOnlyList<string> Required { get; } = [Mts, Beeline, MegaFon, T2, Yota, Other];
}
