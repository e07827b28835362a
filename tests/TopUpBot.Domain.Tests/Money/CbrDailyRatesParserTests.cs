using System.Globalization;
using System.Text;
using System.Xml.Linq;
using TopUpBot.Domain.Finance;

namespace TopUpBot.Domain.Tests.Finance;

public class CbrDailyRatesParserTests
{
    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    private static byte[] Sample(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Money", "Samples", name));

    private static byte[] Cp1251(string xml) => Windows1251.GetBytes(xml);

    private static string Document(string valutes, string date = "04.10.2024") =>
        $"""<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="{date}" name="Foreign Currency Market">{valutes}</ValCurs>""";

    private static string Valute(string code, string nominal, string value) =>
        $"<Valute ID=\"R0\"><NumCode>0</NumCode><CharCode>{code}</CharCode><Nominal>{nominal}</Nominal><Name>Юань</Name><Value>{value}</Value></Valute>";

    [Fact]
    public void The_samples_are_windows_1251_as_the_bank_sends_them()
    {
        var bytes = Sample("XML_daily_2024-10-04.xml");

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.Contains("<Name>Китайский юань</Name>", Windows1251.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_recorded_day()
    {
        var rates = CbrDailyRatesParser.Parse(Sample("XML_daily_2024-10-04.xml")).Value;

        Assert.Equal(new DateOnly(2024, 10, 4), rates.Date);
        Assert.Equal(42, rates.Rates.Count);
        Assert.Equal(new ExchangeRate(Currency.Cny, 13.4808m, rates.Date, RateSource.Official), rates.RateFor(Currency.Cny));
        Assert.Equal(95.0262m, rates.RateFor(Currency.Usd)!.RubPerUnit);
        Assert.All(rates.Rates.Values, r => Assert.Equal((rates.Date, RateSource.Official), (r.Date, r.Source)));
    }

    [Theory]
    [InlineData("JPY", "0.646349")] // 64,6349 per 100
    [InlineData("VND", "0.00394054")] // 39,4054 per 10 000
    [InlineData("KGS", "1.1251")] // 11,2510 per 10
    [InlineData("HKD", "12.2567")]
    public void Divides_by_the_nominal(string code, string rubPerUnit) =>
        Assert.Equal(
            decimal.Parse(rubPerUnit, CultureInfo.InvariantCulture),
            CbrDailyRatesParser.Parse(Sample("XML_daily_2024-10-04.xml")).Value.Rates[code].RubPerUnit);

    [Fact]
    public void Every_rate_matches_the_banks_own_per_unit_rate()
    {
        var bytes = Sample("XML_daily_2024-10-04.xml");
        var vunitRates = XDocument.Parse(Windows1251.GetString(bytes)).Root!.Elements("Valute").ToDictionary(
            v => (string)v.Element("CharCode")!,
            v => decimal.Parse(((string)v.Element("VunitRate")!).Replace(',', '.'), CultureInfo.InvariantCulture));

        var rates = CbrDailyRatesParser.Parse(bytes).Value.Rates;

        Assert.Equal(vunitRates.OrderBy(p => p.Key), rates.ToDictionary(p => p.Key, p => p.Value.RubPerUnit).OrderBy(p => p.Key));
    }

    [Fact]
    public void Reads_the_older_layout_with_yuan_quoted_per_ten()
    {
        var rates = CbrDailyRatesParser.Parse(Sample("XML_daily_cny_per_10.xml")).Value;

        Assert.Equal(new DateOnly(2019, 8, 3), rates.Date);
        Assert.Equal(9.31351m, rates.RateFor(Currency.Cny)!.RubPerUnit);
        Assert.Equal(0.608921m, rates.Rates["JPY"].RubPerUnit);
        Assert.Equal(64.6423m, rates.Rates["USD"].RubPerUnit);
    }

    [Fact]
    public void Reads_from_a_stream()
    {
        using var stream = new MemoryStream(Sample("XML_daily_cny_per_10.xml"));

        Assert.Equal(5, CbrDailyRatesParser.Parse(stream).Value.Rates.Count);
    }

    [Fact]
    public void Looks_codes_up_ignoring_case() =>
        Assert.True(CbrDailyRatesParser.Parse(Sample("XML_daily_cny_per_10.xml")).Value.Rates.ContainsKey("cny"));

    [Fact]
    public void A_currency_the_bank_does_not_quote_has_no_rate() =>
        Assert.Null(CbrDailyRatesParser.Parse(Sample("XML_daily_cny_per_10.xml")).Value.RateFor(Currency.FromCode("XYZ")));

    [Fact]
    public void Reads_a_utf8_document_too() =>
        Assert.Equal(
            13.4808m,
            CbrDailyRatesParser.Parse(Encoding.UTF8.GetBytes(Document(Valute("CNY", "1", "13,4808")).Replace("windows-1251", "utf-8", StringComparison.Ordinal)))
                .Value.Rates["CNY"].RubPerUnit);

    [Theory]
    [InlineData("XML_daily_empty.xml", CbrRatesParseError.Empty)]
    [InlineData("XML_daily_truncated.xml", CbrRatesParseError.Malformed)]
    public void Refuses_bad_samples(string sample, CbrRatesParseError expected) =>
        Assert.Equal(expected, CbrDailyRatesParser.Parse(Sample(sample)).Error);

    public static TheoryData<string, CbrRatesParseError> BadDocuments => new()
    {
        { " \r\n", CbrRatesParseError.Empty },
        { Document(""), CbrRatesParseError.Empty },
        { "<html><body>Service unavailable</body></html>", CbrRatesParseError.Malformed },
        { "Service unavailable", CbrRatesParseError.Malformed },
        { "<Error>Error in parameters</Error>", CbrRatesParseError.Malformed },
        { """<?xml version="1.0" encoding="no-such-encoding"?><ValCurs Date="04.10.2024"/>""", CbrRatesParseError.Malformed },
        { """<!DOCTYPE ValCurs [<!ENTITY x "y">]><ValCurs Date="04.10.2024">&x;</ValCurs>""", CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "0", "13,4808")), CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "ten", "13,4808")), CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "1", "")), CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "1", "13,48,08")), CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "1", "-13,4808")), CbrRatesParseError.Malformed },
        { Document(Valute("Юань", "1", "13,4808")), CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "1", "13,4808") + Valute("CNY", "10", "134,808")), CbrRatesParseError.Malformed },
        { Document(Valute("CNY", "1", "13,4808"), date: ""), CbrRatesParseError.NoDate },
        { Document(Valute("CNY", "1", "13,4808"), date: "2024-10-04"), CbrRatesParseError.NoDate },
        { Document(Valute("CNY", "1", "13,4808"), date: "31.02.2024"), CbrRatesParseError.NoDate },
        { """<ValCurs name="Foreign Currency Market"><Valute/></ValCurs>""", CbrRatesParseError.NoDate },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Refuses_bad_documents(string xml, CbrRatesParseError expected) =>
        Assert.Equal(expected, CbrDailyRatesParser.Parse(Cp1251(xml)).Error);
}
