namespace TopUpBot.Domain.Operators;

/// <summary>Something a foreign citizen needs to have a Russian SIM verified.</summary>
public enum ForeignerVerificationNeed
{
    /// <summary>A visit in person to an operator's store.</summary>
    InPerson,

    /// <summary>A SNILS (individual insurance account number).</summary>
    Snils,

    /// <summary>A confirmed Gosuslugi (ESIA) account.</summary>
    GosuslugiAccount,

    /// <summary>Biometrics registered in the Unified Biometric System.</summary>
    Biometrics,
}
