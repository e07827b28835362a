using Microsoft.Extensions.DependencyInjection;
using TopUpBot.Routing;
using TopUpBot.Storage;

namespace TopUpBot.Features.Rates;

internal static class RatesServiceCollectionExtensions
{
    public static IServiceCollection AddRates(this IServiceCollection services)
    {
        services.AddHttpClient(CbrExchangeRates.HttpClientName, client =>
        {
            // CbrExchangeRates enforces ExchangeRates:Timeout on the injected clock; the daily document is about 8 KB.
            client.Timeout = Timeout.InfiniteTimeSpan;
            client.MaxResponseContentBufferSize = 1024 * 1024;
        });
        services.AddSingleton<IRatesCache, LiteRatesCache>();
        services.AddSingleton<CbrExchangeRates>();
        services.AddSingleton<IExchangeRates>(provider => provider.GetRequiredService<CbrExchangeRates>());
        services.AddHostedService<RatesStartupRefresh>();
        services.AddSingleton<IFeature, RatesFeature>();
        return services;
    }
}
