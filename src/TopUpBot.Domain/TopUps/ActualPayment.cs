namespace TopUpBot.Domain.TopUps;

public enum ActualPaymentKind
{
    /// <summary><see cref="ActualPayment.Value"/> is the RUB that reached the balance.</summary>
    CreditedRub = 1,

    /// <summary><see cref="ActualPayment.Value"/> is the RUB the user got per unit paid.</summary>
    RubPerUnit = 2,
}

/// <summary>What the user says they actually got for a foreign-currency payment; it wins over the official rate.</summary>
public sealed record ActualPayment(ActualPaymentKind Kind, decimal Value);
