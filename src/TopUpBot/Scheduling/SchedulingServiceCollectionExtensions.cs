using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TopUpBot.Features.Rates;
using TopUpBot.Features.Reminders;
using TopUpBot.Hosting;

namespace TopUpBot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddTopUpBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var backup = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
        var reminders = configuration.GetSection(RemindersOptions.Section).Get<RemindersOptions>() ?? new RemindersOptions();
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

            quartz.AddJob<ReminderScanJob>(job => job.WithIdentity(ReminderScanJob.Key));
            if (reminders.ScanInterval > TimeSpan.Zero)
            {
                // After a pause (a suspended machine, a test moving the clock) the scan runs at once, not an interval later.
                quartz.AddTrigger(trigger => trigger
                    .ForJob(ReminderScanJob.Key)
                    .WithIdentity("reminder-scan-every-interval")
                    .StartNow()
                    .WithSimpleSchedule(simple => simple.WithInterval(reminders.ScanInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)));
            }
        });
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        return services;
    }
}
