using System.Globalization;
using TopUpBot.Domain;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Users;

namespace TopUpBot.Bench;

/// <summary>
/// Users and SIMs as the bot's users would have them, always the same for the same sizes (a fixed random seed).
/// Users: 70% Chinese, 20% Russian, 10% English; 90% keep their language's time zone; 80% the default hour 10;
/// 85% the default days (7, 3, 1, 0); 2% paused; 3% blocked the bot. SIMs: every user has one, the rest go more to
/// some users (at most 20 each); operators MTS 30%, Beeline 22%, MegaFon 22%, T2 15%, Yota 8%, other 3% (with own rules);
/// the last paid call, SMS or data use is spread over the operator's inactivity window (these numbers are kept alive),
/// 1.5% have none recorded; 40% have a monthly and 15% a daily plan; 75% a known balance, worth a few months of the plan.
/// </summary>
internal sealed class SeedGenerator(int userCount, int simCount, DateTimeOffset now)
{
    /// <summary>Telegram user ids of seeded users are this plus 1, 2, 3, ...</summary>
    public const long FirstUserId = 700_000_000;

    private static readonly string[] OtherZones =
        ["Asia/Hong_Kong", "Asia/Taipei", "Asia/Singapore", "Asia/Tokyo", "Asia/Almaty", "Asia/Bangkok", "Asia/Dubai", "Europe/Berlin", "Europe/Istanbul", "America/New_York"];

    private static readonly string[] Labels = ["工作", "备用号", "妈妈的", "银行用", "Основной", "Для банка", "Мамин", "Work", "Bank", "Госуслуги"];

    private static readonly decimal[] MonthlyFees = [100m, 150m, 200m, 300m, 450m, 600m];

    private static readonly (string Id, int Percent, int WindowDays)[] Operators =
    [
        (OperatorIds.Mts, 30, 90), (OperatorIds.Beeline, 22, 90), (OperatorIds.MegaFon, 22, 45),
        (OperatorIds.T2, 15, 120), (OperatorIds.Yota, 8, 90), (OperatorIds.Other, 3, 120),
    ];

    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);

    public IEnumerable<UserProfile> Users()
    {
        var random = new Random(1);
        for (var i = 1; i <= userCount; i++)
        {
            var language = Pick(random, (Language.Zh, 70), (Language.Ru, 20), (Language.En, 10));
            var firstSeen = now.AddDays(-random.Next(0, 365)).AddMinutes(-random.Next(0, 1440));
            yield return new UserProfile
            {
                Id = FirstUserId + i,
                FirstName = language switch { Language.Zh => "用户" + i, Language.Ru => "Пользователь " + i, _ => "User " + i },
                Language = language,
                LanguageChosen = random.Next(100) < 10,
                TimeZone = random.Next(100) < 90 ? UserProfile.DefaultTimeZone(language) : OtherZones[random.Next(OtherZones.Length)],
                FirstSeen = firstSeen,
                LastSeen = firstSeen + (now - firstSeen) * random.NextDouble(),
                Active = random.Next(100) >= 3,
                ReminderOffsets = random.Next(100) < 85
                    ? [.. ReminderSettings.DefaultOffsets]
                    : [.. ReminderSettings.AllowedOffsets.Where(_ => random.Next(2) == 0)],
                ReminderHour = random.Next(100) < 80 ? ReminderSettings.DefaultHour : random.Next(7, 23),
                RemindersPaused = random.Next(100) < 2,
            };
        }
    }

    public IEnumerable<Sim> Sims()
    {
        var random = new Random(2);
        var owners = Owners(random);
        for (var i = 0; i < simCount; i++)
        {
            var (operatorId, _, window) = Pick(random, Operators.Select(o => (o, o.Percent)).ToArray());
            var created = now.AddDays(-random.Next(0, 365));
            SimPlan plan = random.Next(100) switch
            {
                < 40 => new MonthlyPlan(MonthlyFees[random.Next(MonthlyFees.Length)], random.Next(1, 29)),
                < 55 => new DailyPlan(random.Next(250, 1500) / 100m),
                _ => SimPlan.None,
            };

            // People who keep a number alive keep some money on it: a few months of the plan.
            var balanceKnown = random.Next(100) < 75;
            var balance = plan switch
            {
                MonthlyPlan monthly => Math.Round(monthly.Fee * random.Next(50, 600) / 100m, 2),
                DailyPlan daily => Math.Round(daily.FeePerDay * random.Next(20, 200), 2),
                _ => random.Next(0, 80_000) / 100m,
            };
            yield return new Sim
            {
                Id = 0,
                OwnerId = owners[i],
                OperatorId = operatorId,
                Number = "+7" + (9_000_000_000L + (i * 104_729L % 1_000_000_000L)).ToString(CultureInfo.InvariantCulture),
                Label = random.Next(100) < 50 ? null : Labels[random.Next(Labels.Length)],
                Balance = balanceKnown ? balance : null,
                BalanceKnownOn = balanceKnown ? _today.AddDays(-random.Next(0, 30)) : null,
                Plan = plan,
                LastPaidActivity = random.Next(1000) < 985
                    ? new PaidActivity(_today.AddDays(-random.Next(0, window)), Pick(random, (ActivityKind.Call, 55), (ActivityKind.Sms, 35), (ActivityKind.Data, 10)))
                    : null,
                InactivityDaysOverride = random.Next(100) < 2 ? random.Next(60, 181) : null,
                CustomRules = operatorId == OperatorIds.Other
                    ? new OperatorRules(random.Next(60, 181), random.Next(0, 11), 90, Pick(random, (TopUpCounts.Yes, 40), (TopUpCounts.No, 40), (TopUpCounts.Unknown, 20)))
                    : null,
                Notes = random.Next(100) < 5 ? "PIN in the red wallet; registered to passport 45 ** ******" : null,
                CreatedAt = created,
                UpdatedAt = created + (now - created) * random.NextDouble(),
            };
        }
    }

    /// <summary>Each user's first SIM in user order, then the rest to users drawn more often from the front, at most 20 each.</summary>
    private long[] Owners(Random random)
    {
        var owners = new long[simCount];
        var counts = new int[userCount];
        for (var i = 0; i < simCount; i++)
        {
            var user = i < userCount ? i : (int)(userCount * Math.Pow(random.NextDouble(), 2));
            while (counts[user] >= SimLimits.MaxSimsPerUser)
            {
                user = random.Next(userCount);
            }

            counts[user]++;
            owners[i] = FirstUserId + user + 1;
        }

        return owners;
    }

    private static T Pick<T>(Random random, params (T Value, int Percent)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Percent));
        foreach (var (value, percent) in choices)
        {
            if (roll < percent)
            {
                return value;
            }

            roll -= percent;
        }

        throw new InvalidOperationException("unreachable: the roll is below the sum of the percentages");
    }
}
