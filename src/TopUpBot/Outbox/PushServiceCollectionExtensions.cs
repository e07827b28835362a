using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TopUpBot.Outbox;

internal static class PushServiceCollectionExtensions
{
    /// <summary>The outbox in LiteDB, its sender, and the flood-control pause shared with <see cref="TelegramRateGate"/>.</summary>
    public static IServiceCollection AddTopUpBotPush(this IServiceCollection services)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<LiteOutbox>();
        services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<LiteOutbox>());
        services.AddSingleton<IOutboxQueue>(provider => provider.GetRequiredService<LiteOutbox>());
        services.AddSingleton<TelegramPause>();
        services.AddHostedService<OutboxSender>();
        return services;
    }

    /// <summary>Puts the gate in front of <paramref name="inner"/>: the handler chain of the real Telegram HTTP client.</summary>
    public static HttpMessageHandler WithTelegramRateGate(this IServiceProvider provider, HttpMessageHandler inner) =>
        new TelegramRateGate(provider.GetRequiredService<TelegramPause>(), provider.GetRequiredService<ILogger<TelegramRateGate>>()) { InnerHandler = inner };
}
