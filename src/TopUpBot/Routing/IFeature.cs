namespace TopUpBot.Routing;

/// <summary>A feature folder's entry point: it declares its commands, callbacks and conversation steps.</summary>
internal interface IFeature
{
    void Map(RouteBuilder routes);
}
