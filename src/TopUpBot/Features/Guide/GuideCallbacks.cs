using TopUpBot.Domain.Operators;
using TopUpBot.Routing;

namespace TopUpBot.Features.Guide;

/// <summary>The top-up guide: no operator lists operators, no channel lists the operator's channels.</summary>
[Callback("gd", 1)]
internal sealed record OpenGuide(string? OperatorId, TopUpChannelKind? Channel) : ICallback;
