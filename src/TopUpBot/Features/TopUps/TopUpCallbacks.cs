using TopUpBot.Routing;

namespace TopUpBot.Features.TopUps;

/// <summary>Starts recording a top-up; without a SIM the user picks one first.</summary>
[Callback("tu", 1)]
internal sealed record StartTopUp(long? SimId) : ICallback;
