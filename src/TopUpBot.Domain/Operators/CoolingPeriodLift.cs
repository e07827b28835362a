namespace TopUpBot.Domain.Operators;

/// <summary>A way to lift the cooling-period block on data and SMS before it ends.</summary>
public enum CoolingPeriodLift
{
    /// <summary>Open the link in the operator's SMS and pass the check there.</summary>
    SmsLink,

    /// <summary>Call the operator's support.</summary>
    CallToOperator,
}
