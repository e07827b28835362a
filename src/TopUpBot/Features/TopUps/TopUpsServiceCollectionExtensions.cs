using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Routing;
using TopUpBot.Storage;

namespace TopUpBot.Features.TopUps;

internal static class TopUpsServiceCollectionExtensions
{
    /// <summary>Recording top-ups, the history with its totals and chart, and the history's LiteDB store.</summary>
    public static IServiceCollection AddTopUps(this IServiceCollection services)
    {
        services.AddSingleton<IHistoryStore, LiteHistoryStore>();
        services.AddSingleton<RateLookup>();
        services.AddSingleton<TopUpViews>();
        services.AddSingleton<HistoryViews>();
        services.AddSingleton<IFeature, TopUpWizard>();
        services.AddSingleton<IFeature, HistoryFeature>();
        return services;
    }
}
