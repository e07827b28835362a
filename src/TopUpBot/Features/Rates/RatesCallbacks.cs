using TopUpBot.Routing;

namespace TopUpBot.Features.Rates;

[Callback("rt", 1)]
internal sealed record ShowRates : ICallback;
