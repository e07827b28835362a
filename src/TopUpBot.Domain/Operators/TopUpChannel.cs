namespace TopUpBot.Domain.Operators;

/// <summary>Ways to put money on a number.</summary>
public enum TopUpChannelKind
{
    /// <summary>Not set; only a broken catalog file has it, and the loader rejects it.</summary>
    Missing,
    OperatorStore,
    Terminal,
    OfficialWebsite,
    OperatorApp,

    /// <summary>A bank's app, including payment through SBP.</summary>
    BankApp,
    ThirdPartyPlatform,
    Other,
}

/// <summary>A top-up channel that a source says exists, with a URL only where one is confirmed.</summary>
public sealed record TopUpChannel(TopUpChannelKind Kind, Uri? Url);
