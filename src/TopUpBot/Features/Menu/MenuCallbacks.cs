using TopUpBot.Domain;
using TopUpBot.Routing;

namespace TopUpBot.Features.Menu;

internal enum MenuPage
{
    Main = 1,
    Help = 2,
    Language = 3,
}

[Callback("m", 1)]
internal sealed record OpenMenuPage(MenuPage Page) : ICallback;

[Callback("lang", 1)]
internal sealed record ChooseLanguage(Language Language) : ICallback;
