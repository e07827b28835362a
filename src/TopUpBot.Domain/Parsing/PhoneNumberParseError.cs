namespace TopUpBot.Domain.Parsing;

public enum PhoneNumberParseError
{
    Empty,
    NotAPhoneNumber,
    NotRussian,
    NotMobile,
}
