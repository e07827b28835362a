using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Routing;

namespace TopUpBot.Features.Guide;

internal static class GuideServiceCollectionExtensions
{
    public static IServiceCollection AddGuide(this IServiceCollection services)
    {
        services.AddSingleton<GuideViews>();
        services.AddSingleton<IFeature, GuideFeature>();
        return services;
    }
}
