using TopUpBot.Routing;

namespace TopUpBot.Features.TopUps;

/// <summary>The history of one SIM, or of all the user's SIMs when <see cref="SimId"/> is null; pages count from 0.</summary>
[Callback("hi", 1)]
internal sealed record OpenHistory(long? SimId, int Page) : ICallback;

/// <summary>The chart of the same history, sent as a photo.</summary>
[Callback("hch", 1)]
internal sealed record SendHistoryChart(long? SimId) : ICallback;

/// <summary>An empty <see cref="Code"/> lists the currencies to choose from; a code sets it and shows the history again.</summary>
[Callback("hcy", 1)]
internal sealed record ChooseHomeCurrency(string Code, long? SimId) : ICallback;
