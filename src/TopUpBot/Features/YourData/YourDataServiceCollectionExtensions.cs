using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Features.YourData.Sections;
using TopUpBot.Routing;

namespace TopUpBot.Features.YourData;

internal static class YourDataServiceCollectionExtensions
{
    /// <summary>/export, /import and /deleteme, with the sections of the data that exists today.</summary>
    public static IServiceCollection AddYourData(this IServiceCollection services)
    {
        services.AddSingleton<IFeature, YourDataFeature>();
        services.AddSingleton<UserDataTransfer>();
        services.AddUserDataSection<ProfileSection>();
        services.AddUserDataSection<SimsSection>();
        services.AddUserDataSection<TopUpsSection>();
        services.AddUserDataSection<ActivitiesSection>();
        services.AddUserDataSection<ReminderStatesSection>();
        services.AddUserDataEraser<ConversationEraser>();
        services.AddUserDataEraser<OutboxEraser>();
        return services;
    }

    /// <summary>Joins a store's data to /export, /import and /deleteme.</summary>
    public static IServiceCollection AddUserDataSection<TSection>(this IServiceCollection services)
        where TSection : class, IUserDataSection
    {
        services.AddSingleton<TSection>();
        services.AddSingleton<IUserDataSection>(provider => provider.GetRequiredService<TSection>());
        services.AddSingleton<IUserDataEraser>(provider => provider.GetRequiredService<TSection>());
        if (typeof(IUserDataLock).IsAssignableFrom(typeof(TSection)))
        {
            services.AddSingleton(provider => (IUserDataLock)provider.GetRequiredService<TSection>());
        }

        return services;
    }

    /// <summary>Data that /deleteme erases but that is not exported, such as a pending push message.</summary>
    public static IServiceCollection AddUserDataEraser<TEraser>(this IServiceCollection services)
        where TEraser : class, IUserDataEraser
    {
        services.AddSingleton<IUserDataEraser, TEraser>();
        return services;
    }
}
