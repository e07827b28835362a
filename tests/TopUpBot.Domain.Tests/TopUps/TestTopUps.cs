using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.TopUps;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.TopUps;

internal static class TestTopUps
{
    private static long _nextId;

    /// <summary>A top-up of <paramref name="paid"/> ("100 CNY") worth <paramref name="rub"/> on <paramref name="on"/>.</summary>
    public static TopUp TopUp(string on, string paid, decimal rub, long simId = 1, decimal? balanceAfter = null)
    {
        var parts = paid.Split(' ');
        return new TopUp
        {
            Id = Interlocked.Increment(ref _nextId),
            OwnerId = 42,
            SimId = simId,
            On = D(on),
            Paid = new Money(decimal.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), Currency.FromCode(parts[1])),
            Rub = rub,
            Channel = TopUpChannelKind.ThirdPartyPlatform,
            BalanceAfter = balanceAfter,
            CreatedAt = new DateTimeOffset(D(on).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        };
    }
}
