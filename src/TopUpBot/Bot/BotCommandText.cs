namespace TopUpBot.Bot;

/// <summary>A command at the start of a message: <c>/name@bot payload</c>.</summary>
internal sealed record BotCommandText(string Name, string? Mention, string Payload)
{
    public static BotCommandText? TryParse(string? text)
    {
        if (string.IsNullOrEmpty(text) || text[0] != '/' || text.Length < 2 || char.IsWhiteSpace(text[1]))
        {
            return null;
        }

        var end = text.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? text[1..] : text[1..end];
        var payload = end < 0 ? string.Empty : text[(end + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        return at < 0
            ? new BotCommandText(head.ToLowerInvariant(), null, payload)
            : new BotCommandText(head[..at].ToLowerInvariant(), head[(at + 1)..], payload);
    }

    public bool IsFor(string botUsername) =>
        Mention is null || string.Equals(Mention, botUsername, StringComparison.OrdinalIgnoreCase);
}
