using Quartz;

namespace TopUpBot.Features.Rates;

[DisallowConcurrentExecution]
internal sealed class RatesRefreshJob(CbrExchangeRates rates) : IJob
{
    public static readonly JobKey Key = new("exchange-rates-refresh");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await rates.Refresh(cancellationToken);
}
