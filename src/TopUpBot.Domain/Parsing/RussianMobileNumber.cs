using PhoneNumbers;

namespace TopUpBot.Domain.Parsing;

/// <summary>A Russian mobile number (+7 9xx), stored in E.164 form.</summary>
public sealed record RussianMobileNumber
{
    private const string Region = "RU";
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private RussianMobileNumber(PhoneNumber number)
    {
        E164 = Util.Format(number, PhoneNumberFormat.E164);
        Display = Util.Format(number, PhoneNumberFormat.INTERNATIONAL);
        var national = Util.GetNationalSignificantNumber(number);
        Masked = $"+7 {national[..3]} ***-**-{national[^2..]}";
    }

    /// <summary>E.164, e.g. <c>+79161234567</c>; the form to store and compare.</summary>
    public string E164 { get; }

    /// <summary>International format, e.g. <c>+7 916 123-45-67</c>.</summary>
    public string Display { get; }

    /// <summary>For logs and group chats, e.g. <c>+7 916 ***-**-67</c>.</summary>
    public string Masked { get; }

    /// <summary>
    /// Parses what a user typed: <c>89161234567</c>, <c>+7 916 123-45-67</c>, <c>9161234567</c>,
    /// <c>8 (916) 123 45 67</c>, also a stored E.164 value.
    /// </summary>
    public static ParseResult<RussianMobileNumber, PhoneNumberParseError> Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return PhoneNumberParseError.Empty;
        }

        // libphonenumber maps letters to keypad digits and reads "ext."/"доб." suffixes;
        // a user who typed letters made a mistake, so only digits and punctuation pass.
        if (!input.All(c => char.IsDigit(c) || char.IsWhiteSpace(c) || "+-().".Contains(c)))
        {
            return PhoneNumberParseError.NotAPhoneNumber;
        }

        // Users in China dial abroad with 00 (007 916 ...); libphonenumber expects
        // the Russian 810 prefix for region RU, so treat a leading 00 as "+".
        var text = input.Trim();
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }

        PhoneNumber number;
        try
        {
            number = Util.Parse(text, Region);
        }
        catch (NumberParseException)
        {
            return PhoneNumberParseError.NotAPhoneNumber;
        }

        if (!Util.IsValidNumber(number))
        {
            return PhoneNumberParseError.NotAPhoneNumber;
        }

        // Kazakhstan shares country code 7, so the region, not the code, decides.
        if (Util.GetRegionCodeForNumber(number) != Region)
        {
            return PhoneNumberParseError.NotRussian;
        }

        return Util.GetNumberType(number) == PhoneNumberType.MOBILE
            ? new RussianMobileNumber(number)
            : PhoneNumberParseError.NotMobile;
    }

    /// <summary>Masked, so that a number dropped into a log line or message does not leak.</summary>
    public override string ToString() => Masked;
}
