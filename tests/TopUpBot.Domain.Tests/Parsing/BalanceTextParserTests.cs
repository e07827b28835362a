using TopUpBot.Domain.Parsing;

namespace TopUpBot.Domain.Tests.Parsing;

// The texts are modelled on operators' balance answers as users paste or forward them;
// they are written for these tests, not recorded from a network.
public class BalanceTextParserTests
{
    public static TheoryData<string, decimal> Mts => new()
    {
        { "Баланс: 123,45 р.", 123.45m },
        { "Баланс:123,45р;Лимит:300,00р", 123.45m },
        { "Ваш баланс: 56,20 руб. Подключите «Безлимит» за 9 руб./день *111*2#", 56.20m },
        { "Balans:123.45r", 123.45m },
        { "Balans: -12,50r Limit: 0r", -12.50m },
        { "Баланс: -12,50 руб.", -12.50m },
        { "Минус 12,5 руб", -12.5m },
        { "Osnovnoy balans: 250,00 rub.", 250m },
    };

    public static TheoryData<string, decimal> Beeline => new()
    {
        { "Ваш баланс 56.20 руб.", 56.20m },
        { "Ваш баланс 99,99 р. Пакеты: 1000 мин, 10 ГБ", 99.99m },
        { "Баланс 1 234,50 р.", 1234.50m },
        { "Основной баланс: 150,50 р., бонусный баланс: 30 р.", 150.50m },
        { "Balance 123.45 rub", 123.45m },
        { "Ваш баланс минус 35,10 р. Пополните счет", -35.10m },
        { "Vash balans 7,05 r. Ostatok paketa: 250 min", 7.05m },
    };

    public static TheoryData<string, decimal> MegaFon => new()
    {
        { "Баланс 45.67р", 45.67m },
        { "Баланс: 45,67 р. Доступно по «Обещанному платежу» 300 р.", 45.67m },
        { "Ваш баланс 1 050,00 руб. Бонус 10,00 руб.", 1050.00m },
        { "Баланс составляет 12 руб. 50 коп.", 12.50m },
        { "Minus 12.5 rub", -12.5m },
        { "Баланс\n-3,30₽\nСохранение номера 3,30 ₽ в сутки", -3.30m },
    };

    public static TheoryData<string, decimal> T2 => new()
    {
        { "Ваш баланс 150.00 р.", 150.00m },
        { "Vash balans 150.00 r.", 150.00m },
        { "На счете 300 руб", 300m },
        { "Остаток на счете: 0,50 р.", 0.50m },
        { "Баланс: -0,87 р. Для пополнения наберите *122#", -0.87m },
    };

    public static TheoryData<string, decimal> Yota => new()
    {
        { "Баланс: 0 ₽", 0m },
        { "Баланс: 550 ₽. Следующее списание 550 ₽ 12.03", 550m },
        { "На счёте 1 200 ₽", 1200m },
        { "Your balance is 75.30 RUB", 75.30m },
        { "Баланс: 150", 150m },
    };

    // Texts that are not operator answers but that a user could still paste.
    public static TheoryData<string, decimal> Other => new()
    {
        { "Баланс на 01.03.2026: 100 р.", 100m },
        { "Баланс - 100 р", 100m },
        { "Баланс 100 р. Баланс 100 р.", 100m },
        { "Подключите за 9 р./день. Баланс 20 р.", 20m },
        { "12 р. 5 коп.", 12.05m },
        { "баланс 1\u00A0500,00\u00A0₽", 1500.00m },
    };

    [Theory]
    [MemberData(nameof(Mts))]
    [MemberData(nameof(Beeline))]
    [MemberData(nameof(MegaFon))]
    [MemberData(nameof(T2))]
    [MemberData(nameof(Yota))]
    [MemberData(nameof(Other))]
    public void Reads_the_balance(string text, decimal expected)
    {
        var result = BalanceTextParser.Parse(text);

        Assert.True(result.IsSuccess, $"{text} -> {result}");
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData(null, BalanceParseError.NoAmountFound)]
    [InlineData("", BalanceParseError.NoAmountFound)]
    [InlineData("   ", BalanceParseError.NoAmountFound)]
    [InlineData("Пакеты: 1000 мин, 10 ГБ, 500 SMS", BalanceParseError.NoAmountFound)]
    [InlineData("Остаток: 500 мин, 3 ГБ", BalanceParseError.NoAmountFound)]
    [InlineData("Баланс бонусов: 50", BalanceParseError.NoAmountFound)]
    [InlineData("Бонусный баланс: 50 р.", BalanceParseError.NoAmountFound)]
    [InlineData("Подключите «Безлимит» за 9 р./день", BalanceParseError.NoAmountFound)]
    [InlineData("Баланс: 123,456 р.", BalanceParseError.NoAmountFound)]
    [InlineData("Баланс: 1234567890 р.", BalanceParseError.NoAmountFound)]
    [InlineData("Баланс: 99999999999999999999999999999999 р.", BalanceParseError.NoAmountFound)]
    [InlineData("Позвоните +7 916 123-45-67", BalanceParseError.NoAmountFound)]
    [InlineData("Пополнение 500 р. Списано 200 р.", BalanceParseError.Ambiguous)]
    [InlineData("Баланс 100 р. Баланс 150 р.", BalanceParseError.Ambiguous)]
    public void Reports_why_no_balance_was_read(string? text, BalanceParseError expected)
    {
        var result = BalanceTextParser.Parse(text);

        Assert.False(result.IsSuccess, $"{text} -> {result}");
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Finds_the_balance_at_the_end_of_a_long_message()
    {
        var text = string.Concat(Enumerable.Repeat("Пакеты: 1000 мин, 10 ГБ.  --  ", 500)) + "Баланс: 42,00 р.";

        Assert.Equal(42.00m, BalanceTextParser.Parse(text).Value);
    }
}
