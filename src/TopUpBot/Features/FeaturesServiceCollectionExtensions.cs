using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Features.Menu;
using TopUpBot.Routing;

namespace TopUpBot.Features;

internal static class FeaturesServiceCollectionExtensions
{
    public static IServiceCollection AddTopUpBotFeatures(this IServiceCollection services)
    {
        services.AddSingleton<IFeature, MenuFeature>();
        return services;
    }
}
