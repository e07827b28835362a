using TopUpBot.Domain.Operators;

namespace TopUpBot.Domain.Tests.Operators;

public class OperatorCatalogTests
{
    private static readonly OperatorCatalog Catalog = OperatorCatalog.LoadEmbedded();

    [Fact]
    public void Embedded_file_holds_every_required_operator_once()
    {
        Assert.Equal(["mts", "beeline", "megafon", "t2", "yota", "other"], Catalog.All.Select(o => o.Id));
    }

    // Values as recorded in operators.json from the research notes; where sources conflict the file keeps
    // the shortest window and the highest fee (e.g. MegaFon 45 days / 15 RUB from 2015, not 90 days / 5 RUB).
    public static TheoryData<string, OperatorRules> RulesById => new()
    {
        { "mts", new OperatorRules(90, 3.3m, null, TopUpCounts.Unknown) },
        { "beeline", new OperatorRules(90, 5m, 180, TopUpCounts.No) },
        { "megafon", new OperatorRules(45, 15m, 90, TopUpCounts.No) },
        { "t2", new OperatorRules(120, 3m, 180, TopUpCounts.Yes) },
        { "yota", new OperatorRules(90, 150m, 0, TopUpCounts.Unknown) },
        { "other", OperatorRules.Unknown },
    };

    [Theory]
    [MemberData(nameof(RulesById))]
    public void Rules_are_flattened_from_the_facts(string id, OperatorRules expected)
    {
        Assert.Equal(expected, Catalog.Get(id).Rules);
    }

    [Theory]
    [InlineData("mts", Language.Zh, "MTS（俄罗斯移动通信系统）")]
    [InlineData("mts", Language.Ru, "МТС")]
    [InlineData("mts", Language.En, "MTS")]
    [InlineData("beeline", Language.Ru, "Билайн")]
    [InlineData("megafon", Language.Ru, "МегаФон")]
    [InlineData("t2", Language.En, "T2 (formerly Tele2)")]
    [InlineData("other", Language.Zh, "其他运营商")]
    public void Names_come_in_each_language(string id, Language language, string name)
    {
        Assert.Equal(name, Catalog.Get(id).Name(language));
    }

    [Fact]
    public void A_value_resting_on_a_C_grade_source_is_unverified()
    {
        var mts = Catalog.Get("mts");

        Assert.True(mts.InactivityDays.Unverified);       // graph.org, grade C
        Assert.False(mts.InactivityFeePerDay.Unverified); // gazeta.ru, grade B
        Assert.False(Catalog.Get("beeline").InactivityDays.Unverified); // beeline.ru, grade A
    }

    [Fact]
    public void Unknown_values_stay_null_with_a_note()
    {
        var abroad = Catalog.Get("beeline").Support.FromAbroad;

        Assert.False(abroad.IsKnown);
        Assert.False(string.IsNullOrWhiteSpace(abroad.Note));
    }

    [Fact]
    public void Facts_keep_their_source_and_dates()
    {
        var fee = Catalog.Get("mts").InactivityFeePerDay;

        Assert.Equal("http://gazeta.ru/tech/news/2015/12/16/n_8016743.shtml", fee.Source);
        Assert.Equal(new DateOnly(2015, 12, 16), fee.SourceDate);
        Assert.Equal(SourceGrade.B, fee.Grade);
        Assert.Equal(new DateOnly(2026, 11, 25), fee.CheckedOn);
    }

    [Fact]
    public void Contacts_and_channels_are_read()
    {
        var t2 = Catalog.Get("t2");

        Assert.Equal("*105#", t2.Ussd.Balance.Value);
        Assert.Equal("*122*1#", t2.Ussd.PromisedPayment.Value);
        Assert.Equal("+79515200611", t2.Support.FromAbroad.Value);
        Assert.Equal(new Uri("https://t2.ru/lk"), t2.SelfServiceWebsite.Value);
        Assert.Equal("Мой t2", t2.App.Value);
        Assert.Equal(
            [new TopUpChannel(TopUpChannelKind.OperatorApp, null), new TopUpChannel(TopUpChannelKind.OfficialWebsite, new Uri("https://t2.ru/lk")), new TopUpChannel(TopUpChannelKind.BankApp, null)],
            t2.TopUpChannels.Select(c => c.Value));
    }

    [Fact]
    public void General_rules_are_structured_values()
    {
        var general = Catalog.General;

        Assert.Equal(new DateOnly(2025, 1, 1), general.CashTopUpNeedsIdSince.Value);
        Assert.Equal(new CoolingPeriod(new DateOnly(2025, 11, 10), 24, 72), general.CoolingPeriod.Value);
        Assert.Equal(new DateOnly(2025, 7, 1), general.ForeignersReverificationDeadline.Value);
        Assert.Equal(3, general.ForeignersIdleMonthsBeforeCut.Value);
        Assert.Equal(new DateOnly(2025, 8, 1), general.MassSmsOptOutSince.Value);
        Assert.Equal([CoolingPeriodLift.SmsLink, CoolingPeriodLift.CallToOperator], general.CoolingPeriodLiftedBy.Value);
        Assert.Equal(
            [ForeignerVerificationNeed.InPerson, ForeignerVerificationNeed.Snils, ForeignerVerificationNeed.GosuslugiAccount, ForeignerVerificationNeed.Biometrics],
            general.ForeignersVerificationNeeds.Value);
    }

    [Fact]
    public void Guide_facts_keep_their_sources()
    {
        var lift = Catalog.General.CoolingPeriodLiftedBy;
        Assert.Equal(("https://www.rbc.ru/rbcfreenews/6912138d9a7947156843409f", new DateOnly(2025, 11, 10), SourceGrade.B), (lift.Source, lift.SourceDate, lift.Grade));
        var needs = Catalog.General.ForeignersVerificationNeeds;
        Assert.Equal(SourceGrade.A, needs.Grade);
        Assert.Equal(new DateOnly(2025, 12, 6), needs.SourceDate);
        Assert.StartsWith("https://mfc-cherkessk.ru/", needs.Source, StringComparison.Ordinal);
    }

    // Promised-payment terms: official MTS (2016) and Beeline pages, a weak page for MegaFon; T2's term depends on the
    // amount and Yota's is not found, so both stay unknown.
    [Theory]
    [InlineData("mts", 3, SourceGrade.A)]
    [InlineData("beeline", 3, SourceGrade.A)]
    [InlineData("megafon", 3, SourceGrade.C)]
    [InlineData("t2", null, SourceGrade.C)]
    [InlineData("yota", null, SourceGrade.C)]
    [InlineData("other", null, SourceGrade.C)]
    public void Promised_payment_terms_are_read(string id, int? days, SourceGrade grade)
    {
        var fact = Catalog.Get(id).PromisedPaymentDays;

        Assert.Equal((days, grade), (fact.Value, fact.Grade));
        Assert.False(string.IsNullOrWhiteSpace(fact.Note));
    }

    [Fact]
    public void No_source_says_whether_foreign_cards_work()
    {
        Assert.All(Catalog.All, op =>
        {
            Assert.False(op.ForeignCardsAccepted.IsKnown);
            Assert.True(op.ForeignCardsAccepted.Unverified);
        });
    }

    [Fact]
    public void Catalog_is_checked_on_the_research_date()
    {
        Assert.Equal(new DateOnly(2026, 11, 25), Catalog.CheckedOn);
    }

    [Fact]
    public void CheckedOn_is_the_oldest_check_of_any_fact()
    {
        var catalog = CatalogFiles.Load(CatalogFiles.Edit(root => root["operators"]![2]!["app"]!["checkedOn"] = "2026-03-02"));

        Assert.Equal(new DateOnly(2026, 3, 2), catalog.CheckedOn);
    }

    [Fact]
    public void Find_returns_null_for_an_unknown_id_and_Get_throws()
    {
        Assert.Null(Catalog.Find("tele2"));
        Assert.Same(Catalog.Get("yota"), Catalog.Find("yota"));
        var error = Assert.Throws<KeyNotFoundException>(() => Catalog.Get("tele2"));
        Assert.Contains("'tele2'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadEmbedded_parses_once()
    {
        Assert.Same(Catalog, OperatorCatalog.LoadEmbedded());
    }
}
