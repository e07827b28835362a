using TopUpBot.Domain.Sims;
using TopUpBot.Routing;

namespace TopUpBot.Features.Sims;

internal enum WizardAction
{
    Back = 1,
    Cancel = 2,
    SkipLabel = 3,
    UnknownBalance = 4,
    Plan = 5,
    DaysAgo = 6,
    Save = 7,
    ChooseField = 8,
    EditField = 9,
    InactivityDays = 10,
    DontKnow = 11,
    TopUpCounts = 12,
    ChargeDay = 13,
    OperatorWindow = 14,
    ClearNotes = 15,
    Summary = 16,
}

internal enum SimField
{
    Operator = 1,
    Number = 2,
    Label = 3,
    Balance = 4,
    Plan = 5,
    LastActivity = 6,
    Rules = 7,
    InactivityOverride = 8,
    Notes = 9,
}

[Callback("sl", 1)]
internal sealed record ListSims : ICallback;

[Callback("sa", 1)]
internal sealed record StartAddSim : ICallback;

/// <summary>An operator button of the wizard; the id comes from the operator catalog.</summary>
[Callback("sop", 1)]
internal sealed record PickOperator(string OperatorId) : ICallback;

/// <summary>A wizard button; <see cref="Value"/> carries the preset (plan fee, days ago, field, days, charge day, top-up rule).</summary>
[Callback("sw", 1)]
internal sealed record WizardButton(WizardAction Action, int Value) : ICallback;

[Callback("so", 1)]
internal sealed record OpenSim(long SimId) : ICallback;

/// <summary>Record a paid call/SMS/data use: first the kind, then the day (-1 asks for a typed date).</summary>
[Callback("spa", 1)]
internal sealed record RecordActivity(long SimId, int Revision, ActivityKind? Kind, int? DaysAgo) : ICallback;

[Callback("sbu", 1)]
internal sealed record UpdateBalance(long SimId) : ICallback;

[Callback("sba", 1)]
internal sealed record ApplyBalance(long SimId, int Revision, decimal Amount) : ICallback;

/// <summary>Opens the field choice for an existing SIM. Version 2 dropped the unused field parameter.</summary>
[Callback("sed", 2)]
internal sealed record EditSim(long SimId, int Revision) : ICallback;

[Callback("sdl", 1)]
internal sealed record DeleteSim(long SimId, int Revision, bool Confirmed) : ICallback;
