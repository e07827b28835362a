namespace TopUpBot.Bot;

/// <summary>Who the bot is, learned from getMe at start; commands addressed to another bot are ignored.</summary>
internal sealed class BotIdentity
{
    public string Username { get; set; } = "TopUpBot";
}
