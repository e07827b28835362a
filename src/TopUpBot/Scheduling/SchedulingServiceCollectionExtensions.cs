using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TopUpBot.Features.Rates;
using TopUpBot.Hosting;

namespace TopUpBot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddTopUpBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var backup = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        var rates = configuration.GetSection(ExchangeRatesOptions.Section).Get<ExchangeRatesOptions>() ?? new ExchangeRatesOptions();
        services.AddSingleton<DatabaseBackup>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<DatabaseBackupJob>(job => job.WithIdentity(DatabaseBackupJob.Key));
            if (CronExpression.TryParse(backup.Cron, out _))
            {
                // An invalid expression is reported by the options check at start, in one line.
                quartz.AddTrigger<DatabaseBackupJob>(trigger => trigger
                    .ForJob(DatabaseBackupJob.Key)
                    .WithIdentity("database-backup-nightly")
                    .WithCronSchedule(backup.Cron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            }

            quartz.AddJob<RatesRefreshJob>(job => job.WithIdentity(RatesRefreshJob.Key));
            if (CronExpression.TryParse(rates.RefreshCron, out _))
            {
                quartz.AddTrigger(trigger => trigger
                    .ForJob(RatesRefreshJob.Key)
                    .WithIdentity("exchange-rates-refresh-cron")
                    .WithCronSchedule(rates.RefreshCron, cron => cron.InTimeZone(TimeZoneInfo.Utc)));
            }
        });
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        return services;
    }
}
