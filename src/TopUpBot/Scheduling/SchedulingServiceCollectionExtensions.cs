using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using TopUpBot.Hosting;

namespace TopUpBot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddTopUpBotScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        var backup = configuration.GetSection(BackupOptions.Section).Get<BackupOptions>() ?? new BackupOptions();
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
        });
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        return services;
    }
}
