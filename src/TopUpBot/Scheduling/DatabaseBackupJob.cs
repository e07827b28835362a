using Quartz;

namespace TopUpBot.Scheduling;

[DisallowConcurrentExecution]
internal sealed class DatabaseBackupJob(DatabaseBackup backup) : IJob
{
    public static readonly JobKey Key = new("database-backup");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        backup.Run();
        return ValueTask.CompletedTask;
    }
}
