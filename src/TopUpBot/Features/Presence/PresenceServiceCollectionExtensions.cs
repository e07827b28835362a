using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Routing;

namespace TopUpBot.Features.Presence;

internal static class PresenceServiceCollectionExtensions
{
    public static IServiceCollection AddPresence(this IServiceCollection services) =>
        services.AddSingleton<IFeature, PresenceFeature>();
}
