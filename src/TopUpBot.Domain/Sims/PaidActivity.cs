namespace TopUpBot.Domain.Sims;

public enum ActivityKind
{
    Call,
    Sms,
    Data,
    TopUp,
    Other,
}

/// <summary>A paid action on the number, which operators count as activity (a top-up only at some).</summary>
public sealed record PaidActivity(DateOnly On, ActivityKind Kind);
