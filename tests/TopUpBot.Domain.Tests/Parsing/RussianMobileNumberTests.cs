using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Tests.Parsing;

public class RussianMobileNumberTests
{
    [Theory]
    [InlineData("89161234567")]
    [InlineData("+7 916 123-45-67")]
    [InlineData("9161234567")]
    [InlineData("8 (916) 123 45 67")]
    [InlineData("+79161234567")]
    [InlineData("79161234567")]
    [InlineData("  +7 (916) 123-45-67  ")]
    [InlineData("916-123-45-67")]
    [InlineData("+7.916.123.45.67")]
    [InlineData("007 916 123 45 67")]
    [InlineData("８９１６１２３４５６７")]
    [InlineData("+7\u00A0916\u00A0123\u00A045\u00A067")]
    public void Accepts_the_ways_people_write_a_Russian_mobile(string input)
    {
        var number = RussianMobileNumber.Parse(input).Value;

        Assert.Equal("+79161234567", number.E164);
        Assert.Equal("+7 916 123-45-67", number.Display);
        Assert.Equal("+7 916 ***-**-67", number.Masked);
    }

    [Theory]
    [InlineData("+7 999 000-00-01", "+79990000001")]
    [InlineData("8 958 765 43 21", "+79587654321")]
    [InlineData("8 904 111 22 33", "+79041112233")]
    public void Accepts_other_mobile_ranges(string input, string e164) =>
        Assert.Equal(e164, RussianMobileNumber.Parse(input).Value.E164);

    [Theory]
    [InlineData(null, PhoneNumberParseError.Empty)]
    [InlineData("", PhoneNumberParseError.Empty)]
    [InlineData("   ", PhoneNumberParseError.Empty)]
    [InlineData("8916ABC4567", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("мой номер 89161234567", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("+7 916 123-45-67 доб. 5", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("+7 916 123-45-67 ext 5", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("8916123456", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("891612345678", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("123", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("+", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("89161234567 89161234567", PhoneNumberParseError.NotAPhoneNumber)]
    [InlineData("+7 701 123 4567", PhoneNumberParseError.NotRussian)]
    [InlineData("87011234567", PhoneNumberParseError.NotRussian)]
    [InlineData("+86 138 0013 8000", PhoneNumberParseError.NotRussian)]
    [InlineData("0086 138 0013 8000", PhoneNumberParseError.NotRussian)]
    [InlineData("+7 495 123-45-67", PhoneNumberParseError.NotMobile)]
    [InlineData("8 (812) 123-45-67", PhoneNumberParseError.NotMobile)]
    [InlineData("8-800-555-35-35", PhoneNumberParseError.NotMobile)]
    public void Rejects_with_a_reason(string? input, PhoneNumberParseError expected) =>
        Assert.Equal(expected, RussianMobileNumber.Parse(input).Error);

    [Fact]
    public void Equal_numbers_typed_differently_are_equal() =>
        Assert.Equal(RussianMobileNumber.Parse("89161234567").Value, RussianMobileNumber.Parse("+7 916 123-45-67").Value);

    [Fact]
    public void ToString_masks_so_logs_do_not_leak_the_number() =>
        Assert.Equal("+7 916 ***-**-67", RussianMobileNumber.Parse("+79161234567").Value.ToString());
}
