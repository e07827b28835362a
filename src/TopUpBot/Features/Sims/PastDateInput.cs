using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Bot;
using TopUpBot.Domain.Parsing;

namespace TopUpBot.Features.Sims;

/// <summary>A typed date of something that already happened: a paid call, the last activity, a top-up.</summary>
internal static class PastDateInput
{
    /// <summary>
    /// The date, or null after telling the user what is wrong with it, with <paramref name="example"/> (the date the
    /// question itself offered) and the step's <paramref name="keyboard"/>; the step stays where it is.
    /// </summary>
    public static async Task<DateOnly?> Read(BotContext context, string text, DateOnly example, InlineKeyboardMarkup keyboard)
    {
        var parsed = UserDateParser.Parse(text, context.Today);
        if (parsed.IsSuccess)
        {
            return parsed.Value;
        }

        await context.Send(context.T.Format($"Sims.Date.{parsed.Error}", example), keyboard);
        return null;
    }
}
