using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>What the top-up and history tests do again and again, done as a user would.</summary>
internal static class TopUpTestSteps
{
    /// <summary>Adds a SIM with no plan fee through the wizard; the last paid activity is a date or "Today".</summary>
    public static async Task<Sim> AddSim(this BotHarness bot, FakeUser user, string operatorName, string number, string label, string balance = "100", string lastActivity = "Today")
    {
        await user.Sends("/add");
        await user.Taps(operatorName);
        await user.Sends(number);
        await user.Sends(label);
        await user.Sends(balance);
        await user.Taps("No fee");
        if (lastActivity == "Today")
        {
            await user.Taps("Today");
        }
        else
        {
            await user.Sends(lastActivity);
        }

        await user.Taps("✅ Save");
        return (await bot.Get<ISimStore>().ListOwnedBy(user.Id, CancellationToken.None)).Single(s => s.Label == label);
    }

    /// <summary>From the amount question to the summary: amount, channel, day, no note; a foreign amount then waits for what was credited.</summary>
    public static async Task EntersTopUp(this FakeUser user, string amount, string channel = "Bank app", string day = "Today")
    {
        await user.Sends(amount);
        await user.Taps(channel);
        await user.Taps(day);
        await user.Taps("Skip");
    }

    public static async Task<Sim> Sim(this BotHarness bot, FakeUser user, long simId) =>
        (await bot.Get<ISimStore>().FindOwned(user.Id, simId, CancellationToken.None))!;

    public static Task<IReadOnlyList<TopUp>> TopUps(this BotHarness bot, FakeUser user) =>
        bot.Get<IHistoryStore>().TopUps(user.Id, null, CancellationToken.None);
}
