namespace TopUpBot.Domain.Parsing;

internal static class FullWidthDigits
{
    /// <summary>Chinese input methods may type full-width digits (２０２６年, １００元); regexes expect 0-9.</summary>
    public static string ToAscii(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c;
            }
        });
}
