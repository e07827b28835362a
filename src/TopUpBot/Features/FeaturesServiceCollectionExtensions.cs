using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Features.Guide;
using TopUpBot.Features.Menu;
using TopUpBot.Features.Presence;
using TopUpBot.Features.Rates;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using TopUpBot.Features.YourData;
using TopUpBot.Routing;

namespace TopUpBot.Features;

internal static class FeaturesServiceCollectionExtensions
{
    public static IServiceCollection AddTopUpBotFeatures(this IServiceCollection services)
    {
        services.AddSingleton<IFeature, MenuFeature>();
        services.AddSingleton<SimViews>();
        services.AddSingleton<SimsFeature>();
        services.AddSingleton<IFeature>(provider => provider.GetRequiredService<SimsFeature>());
        services.AddSingleton<IFeature, AddSimWizard>();
        services.AddGuide();
        services.AddReminders();
        services.AddRates();
        services.AddTopUps();
        services.AddPresence();
        services.AddYourData();
        return services;
    }
}
