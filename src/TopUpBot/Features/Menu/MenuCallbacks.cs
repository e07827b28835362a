using TopUpBot.Domain;
using TopUpBot.Routing;

namespace TopUpBot.Features.Menu;

internal enum MenuPage
{
    Main = 1,
    Help = 2,
    Language = 3,
}

/// <summary>Menu entries whose feature is not built yet.</summary>
internal enum UpcomingFeature
{
    Reminders = 5,
}

[Callback("m", 1)]
internal sealed record OpenMenuPage(MenuPage Page) : ICallback;

[Callback("soon", 1)]
internal sealed record OpenUpcoming(UpcomingFeature Feature) : ICallback;

[Callback("lang", 1)]
internal sealed record ChooseLanguage(Language Language) : ICallback;
