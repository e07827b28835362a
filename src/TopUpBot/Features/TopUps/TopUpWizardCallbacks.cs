using TopUpBot.Routing;

namespace TopUpBot.Features.TopUps;

internal enum TopUpAction
{
    Back = 1,
    Cancel = 2,

    /// <summary>Value: index into <see cref="TopUpKeyboards.PresetCurrencies"/>.</summary>
    Currency = 3,

    /// <summary>Value: a <see cref="Domain.Operators.TopUpChannelKind"/>.</summary>
    Channel = 4,

    /// <summary>Value: days before today, 0 to 7.</summary>
    DaysAgo = 5,
    SkipNote = 6,

    /// <summary>Value: the <see cref="Domain.TopUps.ActualPaymentKind"/> the user wants to type.</summary>
    ActualMode = 7,
    SkipActual = 8,
    Save = 9,
    ChooseField = 10,

    /// <summary>Value: a <see cref="TopUpField"/>.</summary>
    EditField = 11,
}

internal enum TopUpField
{
    Amount = 1,
    Channel = 2,
    Date = 3,
    Note = 4,
    Actual = 5,
}

/// <summary>A button of the top-up wizard; what it means depends on the step it was pressed in.</summary>
[Callback("tub", 1)]
internal sealed record TopUpButton(TopUpAction Action, int Value) : ICallback;
