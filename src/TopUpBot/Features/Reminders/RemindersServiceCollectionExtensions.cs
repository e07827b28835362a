using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Routing;

namespace TopUpBot.Features.Reminders;

internal static class RemindersServiceCollectionExtensions
{
    /// <summary>The reminder settings and buttons, the views and the scan (its Quartz trigger is in Scheduling).</summary>
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddSingleton<ReminderViews>();
        services.AddSingleton<ReminderScan>();
        services.AddSingleton<IFeature, RemindersFeature>();
        return services;
    }
}
