using System.Globalization;
using System.Text;

namespace TopUpBot.Tests.FakeCbr;

/// <summary>What <see cref="FakeCbrServer"/> answers to the next requests.</summary>
public abstract record CbrAnswer
{
    private static readonly Encoding Windows1251 = CodePagesEncodingProvider.Instance.GetEncoding(1251)!;

    /// <summary>The answer recorded on 4 Oct 2024: 42 currencies, CNY 13,4808 and USD 95,0262 per unit.</summary>
    public static CbrAnswer Recorded { get; } = Sample("XML_daily_2024-10-04.xml");

    /// <summary>The older layout with CNY quoted per 10 (93,1351 per 10 on 3 Aug 2019) and USD 64,6423.</summary>
    public static CbrAnswer CnyPerTen { get; } = Sample("XML_daily_cny_per_10.xml");

    /// <summary>A document cut off in the middle, as a dropped connection leaves it.</summary>
    public static CbrAnswer Malformed { get; } = Sample("XML_daily_truncated.xml");

    /// <summary>200 OK with no body.</summary>
    public static CbrAnswer Empty { get; } = new Document([]);

    /// <summary>Never answers; the request is held until the client gives up.</summary>
    public static CbrAnswer Hang { get; } = new Hanging();

    public static CbrAnswer Status(int statusCode) => new Failure(statusCode);

    /// <summary>A windows-1251 document for <paramref name="date"/> with the given CharCode, Nominal and Value (comma decimals).</summary>
    public static CbrAnswer Rates(DateOnly date, params (string Code, int Nominal, decimal Value)[] valutes)
    {
        ArgumentNullException.ThrowIfNull(valutes);
        var body = string.Concat(valutes.Select(v =>
            $"<Valute ID=\"R0\"><NumCode>0</NumCode><CharCode>{v.Code}</CharCode><Nominal>{v.Nominal}</Nominal><Name>Валюта</Name>" +
            $"<Value>{v.Value.ToString(CultureInfo.GetCultureInfo("ru-RU"))}</Value></Valute>"));
        var xml = $"""<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="{date:dd.MM.yyyy}" name="Foreign Currency Market">{body}</ValCurs>""";
        return new Document(Windows1251.GetBytes(xml));
    }

    /// <summary>A file from the domain tests' Money/Samples, copied next to the tests as FakeCbr/Samples.</summary>
    public static CbrAnswer Sample(string fileName) =>
        new Document(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "FakeCbr", "Samples", fileName)));

    internal sealed record Document(byte[] Body) : CbrAnswer;

    internal sealed record Failure(int StatusCode) : CbrAnswer;

    internal sealed record Hanging : CbrAnswer;
}
