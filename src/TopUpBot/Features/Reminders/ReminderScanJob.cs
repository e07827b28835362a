using Quartz;

namespace TopUpBot.Features.Reminders;

/// <summary>Runs <see cref="ReminderScan"/> every Reminders:ScanInterval; never two at once.</summary>
[DisallowConcurrentExecution]
internal sealed class ReminderScanJob(ReminderScan scan) : IJob
{
    public static readonly JobKey Key = new("reminder-scan");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await scan.Run(cancellationToken);
    }
}
