using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using TopUpBot.Bot;
using TopUpBot.ConsoleChat;
using TopUpBot.Domain.Operators;
using TopUpBot.Features;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Outbox;
using TopUpBot.Routing;
using TopUpBot.Scheduling;
using TopUpBot.Storage;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Hosting;

internal static class ServiceCollectionExtensions
{
    public const string TelegramHttpClient = "telegram";

    public static IServiceCollection AddTopUpBot(this IServiceCollection services, IConfiguration configuration, CommandLine commandLine) =>
        services
            .AddTopUpBotOptions(configuration, requireToken: !commandLine.Console)
            .AddTopUpBotStorage(commandLine.Console)
            .AddTopUpBotCore()
            .AddTopUpBotFeatures()
            .AddTopUpBotScheduling(configuration)
            .AddTopUpBotPush()
            .AddTopUpBotReceiver(commandLine);

    private static IServiceCollection AddTopUpBotOptions(this IServiceCollection services, IConfiguration configuration, bool requireToken)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section));
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section));
        services.AddOptions<BackupOptions>().Bind(configuration.GetSection(BackupOptions.Section));
        services.AddOptions<TelegramOptions>().Bind(configuration.GetSection(TelegramOptions.Section));
        services.AddOptions<RemindersOptions>().Bind(configuration.GetSection(RemindersOptions.Section));
        services.AddOptions<ExchangeRatesOptions>().Bind(configuration.GetSection(ExchangeRatesOptions.Section));
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton<IValidateOptions<ExchangeRatesOptions>, ExchangeRatesOptionsValidator>();
        if (requireToken)
        {
            services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        }

        return services;
    }

    private static IServiceCollection AddTopUpBotStorage(this IServiceCollection services, bool console)
    {
        services.AddSingleton(provider =>
        {
            var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new LiteDbContext(console ? storage.ConsoleDatabasePath : storage.DatabasePath);
        });
        services.AddSingleton<IUserStore, LiteUserStore>();
        services.AddSingleton<IConversationStore, LiteConversationStore>();
        services.AddSingleton<ISimStore, LiteSimStore>();
        services.AddSingleton<LiteReminderStore>().AddSingleton<IReminderStore>(provider => provider.GetRequiredService<LiteReminderStore>());
        return services;
    }

    private static IServiceCollection AddTopUpBotCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => TextCatalog.LoadEmbedded());
        services.AddSingleton(_ => OperatorCatalog.LoadEmbedded());
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<Router>();
        services.AddSingleton<UpdatePipeline>();
        services.AddSingleton<UpdateDispatcher>();
        return services;
    }

    private static IServiceCollection AddTopUpBotReceiver(this IServiceCollection services, CommandLine commandLine)
    {
        if (commandLine.Console)
        {
            services.AddSingleton(new ConsoleChatOptions(commandLine.ConsoleLanguage));
            services.AddSingleton<ConsoleBotClient>();
            services.AddSingleton<ITelegramBotClient>(provider => provider.GetRequiredService<ConsoleBotClient>());
            services.AddHostedService<ConsoleChatService>();
            return services;
        }

        services.AddKeyedSingleton(TelegramHttpClient, (provider, _) => new HttpClient(provider.WithTelegramRateGate(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })));
        services.AddSingleton<ITelegramBotClient>(provider =>
        {
            var telegram = provider.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var baseUrl = string.IsNullOrWhiteSpace(telegram.ApiBaseUrl) ? null : telegram.ApiBaseUrl;

            // No library retries: 429s are handled by our own senders, which pause every send, not just the one request.
            var options = new TelegramBotClientOptions(telegram.Token, baseUrl) { RetryCount = 0 };
            return new TelegramBotClient(options, provider.GetRequiredKeyedService<HttpClient>(TelegramHttpClient));
        });
        services.AddSingleton<BotCommandsPublisher>();
        services.AddHostedService<PollingService>();
        return services;
    }
}
