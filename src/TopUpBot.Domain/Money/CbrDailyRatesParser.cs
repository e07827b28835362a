using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Finance;

/// <summary>
/// Parses the Bank of Russia daily rates document (https://www.cbr.ru/scripts/XML_daily.asp):
/// windows-1251, comma decimals, and a Nominal per currency (100 JPY, once 10 CNY), so every
/// rate is Value / Nominal.
/// </summary>
public static class CbrDailyRatesParser
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    // The XML declaration names windows-1251, which .NET only knows once code pages are registered.
    static CbrDailyRatesParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ParseResult<CbrRates, CbrRatesParseError> Parse(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var buffer = new MemoryStream();
        xml.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    public static ParseResult<CbrRates, CbrRatesParseError> Parse(byte[] xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return CbrRatesParseError.Empty;
        }

        XElement root;
        try
        {
            using var stream = new MemoryStream(xml, writable: false);
            using var reader = XmlReader.Create(stream, ReaderSettings);
            root = XDocument.Load(reader).Root!;
        }
        catch (XmlException)
        {
            return CbrRatesParseError.Malformed;
        }

        if (root.Name != "ValCurs")
        {
            return CbrRatesParseError.Malformed;
        }

        if (!DateOnly.TryParseExact((string?)root.Attribute("Date"), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return CbrRatesParseError.NoDate;
        }

        var rates = new Dictionary<string, ExchangeRate>(StringComparer.OrdinalIgnoreCase);
        foreach (var valute in root.Elements("Valute"))
        {
            if (ToRate(valute, date) is not { } rate || !rates.TryAdd(rate.Currency.Code, rate))
            {
                return CbrRatesParseError.Malformed;
            }
        }

        return rates.Count == 0
            ? CbrRatesParseError.Empty
            : new CbrRates(date, rates.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static ExchangeRate? ToRate(XElement valute, DateOnly date)
    {
        if (!Currency.TryFromCode((string?)valute.Element("CharCode"), out var currency)
            || !int.TryParse((string?)valute.Element("Nominal"), NumberStyles.None, CultureInfo.InvariantCulture, out var nominal)
            || nominal <= 0
            || !decimal.TryParse(((string?)valute.Element("Value"))?.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || value <= 0)
        {
            return null;
        }

        return new ExchangeRate(currency, value / nominal, date, RateSource.Official);
    }
}
