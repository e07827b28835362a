using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

public class SimLimitsTests
{
    [Theory]
    [InlineData(0, SimError.None)]
    [InlineData(19, SimError.None)]
    [InlineData(20, SimError.TooManySims)]
    public void At_most_twenty_sims(int existing, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckCanAdd(existing));
    }

    [Theory]
    [InlineData(null, SimError.None)]
    [InlineData("", SimError.LabelBlank)]
    [InlineData("   ", SimError.LabelBlank)]
    [InlineData("Mum's MTS", SimError.None)]
    [InlineData("12345678901234567890123456789012", SimError.None)]
    [InlineData("123456789012345678901234567890123", SimError.LabelTooLong)]
    [InlineData("妈妈的俄罗斯电话卡妈妈的俄罗斯电话卡妈妈的俄罗斯电话卡妈妈的俄罗", SimError.None)] // 32 characters
    public void Label_is_optional_and_short(string? label, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckLabel(label));
    }

    [Fact]
    public void Label_length_counts_an_emoji_as_one_character()
    {
        var family = "👨‍👩‍👧"; // one visible character, eight UTF-16 units

        Assert.Equal(SimError.None, SimLimits.CheckLabel(string.Concat(Enumerable.Repeat(family, 32))));
        Assert.Equal(SimError.LabelTooLong, SimLimits.CheckLabel(string.Concat(Enumerable.Repeat(family, 33))));
    }

    [Theory]
    [InlineData("0", SimError.None)]
    [InlineData("12.30", SimError.None)]
    [InlineData("-10000", SimError.None)]
    [InlineData("-10000.01", SimError.BalanceOutOfRange)]
    [InlineData("1000000", SimError.None)]
    [InlineData("1000000.01", SimError.BalanceOutOfRange)]
    [InlineData("12.345", SimError.TooManyDecimals)]
    [InlineData("12.300", SimError.None)]
    public void Balance_range_and_kopecks(string balance, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckBalance(decimal.Parse(balance, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-11-25", SimError.None)]
    [InlineData("2026-11-26", SimError.DateInFuture)]
    [InlineData("2000-01-01", SimError.None)]
    [InlineData("1999-12-31", SimError.DateTooEarly)]
    public void Dates_are_not_in_the_future_nor_before_2000(string date, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckDate(D(date), D("2026-11-25")));
    }

    public static TheoryData<SimPlan, SimError> Plans => new()
    {
        { SimPlan.None, SimError.None },
        { new MonthlyPlan(300m, 31), SimError.None },
        { new MonthlyPlan(300m, 0), SimError.ChargeDayOutOfRange },
        { new MonthlyPlan(300m, 32), SimError.ChargeDayOutOfRange },
        { new MonthlyPlan(0m, 1), SimError.PlanFeeOutOfRange },
        { new MonthlyPlan(100_000.01m, 1), SimError.PlanFeeOutOfRange },
        { new MonthlyPlan(9.999m, 1), SimError.TooManyDecimals },
        { new DailyPlan(3.33m), SimError.None },
        { new DailyPlan(0m), SimError.PlanFeeOutOfRange },
        { new DailyPlan(10_000.01m), SimError.PlanFeeOutOfRange },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Plan_fees_and_charge_day(SimPlan plan, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckPlan(plan));
    }

    [Theory]
    [InlineData(0, SimError.InactivityDaysOutOfRange)]
    [InlineData(1, SimError.None)]
    [InlineData(730, SimError.None)]
    [InlineData(731, SimError.InactivityDaysOutOfRange)]
    public void Inactivity_override_range(int days, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckInactivityDays(days));
    }

    [Theory]
    [InlineData("0", SimError.None)]
    [InlineData("0.5", SimError.None)]
    [InlineData("1000", SimError.None)]
    [InlineData("1000.01", SimError.InactivityFeeOutOfRange)]
    [InlineData("-1", SimError.InactivityFeeOutOfRange)]
    [InlineData("3.333", SimError.TooManyDecimals)]
    public void Inactivity_fee_range_and_kopecks(string fee, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckInactivityFee(decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData(-1, SimError.DaysAtZeroOutOfRange)]
    [InlineData(0, SimError.None)]
    [InlineData(730, SimError.None)]
    [InlineData(731, SimError.DaysAtZeroOutOfRange)]
    public void Days_at_zero_range(int days, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckDaysAtZero(days));
    }

    [Theory]
    [InlineData(0, SimError.ChargeDayOutOfRange)]
    [InlineData(1, SimError.None)]
    [InlineData(31, SimError.None)]
    [InlineData(32, SimError.ChargeDayOutOfRange)]
    public void Charge_day_is_a_day_of_the_month(int day, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckChargeDay(day));
    }

    [Theory]
    [InlineData(0, SimError.None)]
    [InlineData(500, SimError.None)]
    [InlineData(501, SimError.NotesTooLong)]
    public void Notes_are_at_most_500_characters(int length, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckNotes(new string('я', length)));
    }

    [Fact]
    public void Notes_length_counts_what_the_user_sees()
    {
        Assert.Equal(SimError.None, SimLimits.CheckNotes(string.Concat(Enumerable.Repeat("👨‍👩‍👧", SimLimits.MaxNotesLength))));
        Assert.Equal(SimError.None, SimLimits.CheckNotes(null));
    }

    public static TheoryData<OperatorRules, SimError> Rules => new()
    {
        { OperatorRules.Unknown, SimError.None },
        { new OperatorRules(90, 5m, 180, TopUpCounts.No), SimError.None },
        { new OperatorRules(1, 0m, 0, TopUpCounts.Yes), SimError.None },
        { new OperatorRules(0, null, null, TopUpCounts.No), SimError.InactivityDaysOutOfRange },
        { new OperatorRules(731, null, null, TopUpCounts.No), SimError.InactivityDaysOutOfRange },
        { new OperatorRules(null, 1000.01m, null, TopUpCounts.No), SimError.InactivityFeeOutOfRange },
        { new OperatorRules(null, -0.01m, null, TopUpCounts.No), SimError.InactivityFeeOutOfRange },
        { new OperatorRules(null, null, -1, TopUpCounts.No), SimError.DaysAtZeroOutOfRange },
        { new OperatorRules(null, null, 731, TopUpCounts.No), SimError.DaysAtZeroOutOfRange },
        { new OperatorRules(null, 3.333m, null, TopUpCounts.No), SimError.TooManyDecimals },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void Custom_rules_ranges(OperatorRules rules, SimError expected)
    {
        Assert.Equal(expected, SimLimits.CheckRules(rules));
    }

    public static TheoryData<string, Sim, SimError> WholeSims => new()
    {
        { "valid", Sim(new MonthlyPlan(300m, 15), 120.5m, "2026-11-20", "2026-11-01", label: "Mum"), SimError.None },
        { "balance without date", Sim(balance: 100m), SimError.BalanceWithoutDate },
        { "balance out of range", Sim(balance: 2_000_000m, knownOn: "2026-11-20"), SimError.BalanceOutOfRange },
        { "balance date in the future", Sim(balance: 100m, knownOn: "2026-11-26"), SimError.DateInFuture },
        { "activity in the future", Sim(activityOn: "2026-12-01"), SimError.DateInFuture },
        { "activity before 2000", Sim(activityOn: "1999-05-01"), SimError.DateTooEarly },
        { "bad plan", Sim(new DailyPlan(-1m)), SimError.PlanFeeOutOfRange },
        { "bad override", Sim(overrideDays: 0), SimError.InactivityDaysOutOfRange },
        { "bad custom rules", Sim() with { CustomRules = new OperatorRules(1000, null, null, TopUpCounts.Yes) }, SimError.InactivityDaysOutOfRange },
        { "long notes", Sim() with { Notes = new string('x', SimLimits.MaxNotesLength + 1) }, SimError.NotesTooLong },
        { "long label", Sim(label: new string('x', 40)), SimError.LabelTooLong },
    };

    [Theory]
    [MemberData(nameof(WholeSims))]
    public void Whole_sim_reports_its_first_problem(string what, Sim sim, SimError expected)
    {
        var actual = SimLimits.Check(sim, D("2026-11-25"));

        Assert.True(expected == actual, $"{what}: expected {expected}, got {actual}");
    }
}
