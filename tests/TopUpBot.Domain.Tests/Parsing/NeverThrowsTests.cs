using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Tests.Parsing;

// Parsers face whatever users type; they must answer with an error, never an exception.
public class NeverThrowsTests
{
    private const string Alphabet = "0123456789０９ .,-−–+()/:;\u00A0\n рубкопБалансминусbalanceRrM₽¥$元年月日号г";

    public static IEnumerable<string> RandomInputs()
    {
        var random = new Random(20260301);
        for (var i = 0; i < 3000; i++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            yield return new string(chars);
        }
    }

    [Fact]
    public void Phone_numbers() =>
        Assert.All(RandomInputs(), input => RussianMobileNumber.Parse(input));

    [Fact]
    public void Balances() =>
        Assert.All(RandomInputs(), input => BalanceTextParser.Parse(input));

    [Fact]
    public void Day_numbers() =>
        Assert.All(RandomInputs(), input =>
        {
            DayNumberParser.DayCount(input);
            DayNumberParser.DayOfMonth(input);
        });

    [Fact]
    public void Dates() =>
        Assert.All(RandomInputs(), input => UserDateParser.Parse(input, new DateOnly(2026, 3, 10)));

    // Telegram messages hold up to 4096 characters; these once overflowed decimal or
    // made the regex backtrack for most of a second.
    [Theory]
    [InlineData("1", 4096)]
    [InlineData("123 ", 1024)]
    [InlineData("Баланс на счете ", 256)]
    public void Balance_text_at_the_telegram_message_limit(string piece, int times) =>
        Assert.Equal(
            BalanceParseError.NoAmountFound,
            BalanceTextParser.Parse(string.Concat(Enumerable.Repeat(piece, times))).Error);
}
