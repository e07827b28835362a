using TopUpBot.Domain.Finance;

namespace TopUpBot.Domain.Tests.Finance;

// Parsers face whatever users type and whatever the network delivers; they must answer with
// an error, never an exception.
public class NeverThrowsTests
{
    [Fact]
    public void Amounts() =>
        Assert.All(Parsing.NeverThrowsTests.RandomInputs(), input =>
        {
            AmountParser.Parse(input);
            AmountParser.Parse(input, AmountOptions.AllowZeroOrNegative);
        });

    [Fact]
    public void Damaged_rate_documents()
    {
        var sample = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Money", "Samples", "XML_daily_cny_per_10.xml"));
        var random = new Random(20241004);
        for (var i = 0; i < 500; i++)
        {
            var damaged = sample[..random.Next(sample.Length)];
            if (damaged.Length > 0)
            {
                damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            }

            CbrDailyRatesParser.Parse(damaged);
        }
    }
}
