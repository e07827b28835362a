using System.Globalization;
using TopUpBot.Bot;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Parsing;
using TopUpBot.Domain.Sims;

namespace TopUpBot.Features.Sims;

/// <summary>
/// The wizard's optional details: another operator's rules (four questions in a row), the charge day of a monthly fee,
/// the per-SIM inactivity window and the notes.
/// </summary>
internal sealed partial class AddSimWizard
{
    private async Task ReadInactivityDays(BotContext context, EnteringInactivityDays step, string text)
    {
        if (await ReadDays(context, step, text, SimLimits.CheckInactivityDays, 1, example: 90) is { } days)
        {
            await SetInactivityDays(context, step.Draft, days);
        }
    }

    private Task SetInactivityDays(BotContext context, SimDraft draft, int? days)
    {
        var next = draft with { CustomRules = RulesOf(draft) with { InactivityDays = days } };
        return Enter(context, new EnteringInactivityFee(next));
    }

    private async Task ReadInactivityFee(BotContext context, EnteringInactivityFee step, string text)
    {
        var daily = DailyFee().Match(text.Trim());
        var parsed = AmountParser.Parse(daily.Success ? daily.Groups["amount"].Value : text, AmountOptions.AllowZeroOrNegative);
        if (parsed is { IsSuccess: false, Error: not AmountParseError.TooManyDecimals } || parsed is { IsSuccess: true, Value.Currency: not (null or { Code: "RUB" }) })
        {
            await context.Send(context.T["Sims.Rules.FeeUnreadable"], Keyboard(context, step));
            return;
        }

        if (!parsed.IsSuccess || SimLimits.CheckInactivityFee(parsed.Value.Amount) != SimError.None)
        {
            await context.Send(context.T.Format("Sims.Rules.FeeOutOfRange", new Texts.Html(context.T.Rubles(OperatorRules.MaxFeePerDay))), Keyboard(context, step));
            return;
        }

        await SetInactivityFee(context, step.Draft, parsed.Value.Amount);
    }

    private Task SetInactivityFee(BotContext context, SimDraft draft, decimal? feePerDay)
    {
        var next = draft with { CustomRules = RulesOf(draft) with { InactivityFeePerDay = feePerDay } };
        return Enter(context, new EnteringDaysAtZero(next));
    }

    private async Task ReadDaysAtZero(BotContext context, EnteringDaysAtZero step, string text)
    {
        if (await ReadDays(context, step, text, SimLimits.CheckDaysAtZero, 0, example: 60) is { } days)
        {
            await SetDaysAtZero(context, step.Draft, days);
        }
    }

    private Task SetDaysAtZero(BotContext context, SimDraft draft, int? days)
    {
        var next = draft with { CustomRules = RulesOf(draft) with { DaysAtZeroBeforeTermination = days } };
        return Enter(context, new ChoosingTopUpCounts(next));
    }

    private Task SetTopUpCounts(BotContext context, SimDraft draft, TopUpCounts counts)
    {
        var next = draft with { CustomRules = RulesOf(draft) with { TopUpCountsAsActivity = counts } };
        return Enter(context, Next(next, new EnteringNumber(next)));
    }

    private static OperatorRules RulesOf(SimDraft draft) => draft.CustomRules ?? OperatorRules.Unknown;

    private async Task ReadChargeDay(BotContext context, EnteringChargeDay step, string text)
    {
        if (DayNumberParser.DayOfMonth(text) is not { } day)
        {
            await context.Send(context.T["Sims.ChargeDay.Unreadable"], Keyboard(context, step));
            return;
        }

        if (SimLimits.CheckChargeDay(day) != SimError.None)
        {
            await context.Send(context.T.Format("Sims.ChargeDay.OutOfRange", day), Keyboard(context, step));
            return;
        }

        await SetPlan(context, step.Draft, new MonthlyPlan(step.Fee, day));
    }

    private async Task ReadInactivityOverride(BotContext context, EnteringInactivityOverride step, string text)
    {
        if (await ReadDays(context, step, text, SimLimits.CheckInactivityDays, 1, example: 60) is { } days)
        {
            await Enter(context, new ConfirmingSim(step.Draft with { InactivityDaysOverride = days }));
        }
    }

    private async Task ReadNotes(BotContext context, EnteringNotes step, string text)
    {
        var notes = text.Trim();
        if (SimLimits.CheckNotes(notes) != SimError.None)
        {
            var length = new StringInfo(notes).LengthInTextElements;
            await context.Send(context.T.Format("Sims.Notes.TooLong", length, SimLimits.MaxNotesLength), Keyboard(context, step));
            return;
        }

        await Enter(context, new ConfirmingSim(step.Draft with { Notes = notes }));
    }

    /// <summary>A typed number of days that passes <paramref name="check"/>, or null after telling the user what is wrong.</summary>
    private static async Task<int?> ReadDays(BotContext context, Routing.ConversationStep step, string text, Func<int, SimError> check, int min, int example)
    {
        if (DayNumberParser.DayCount(text) is not { } days)
        {
            await context.Send(context.T.Format("Sims.Days.Unreadable", example), Keyboard(context, step));
            return null;
        }

        if (check(days) != SimError.None)
        {
            await context.Send(context.T.Format("Sims.Days.OutOfRange", days, min, OperatorRules.MaxDays, example), Keyboard(context, step));
            return null;
        }

        return days;
    }
}
