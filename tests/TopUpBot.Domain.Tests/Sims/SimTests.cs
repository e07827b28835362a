using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using static TopUpBot.Domain.Tests.Sims.TestSims;

namespace TopUpBot.Domain.Tests.Sims;

public class SimTests
{
    private static readonly OperatorCatalog Catalog = OperatorCatalog.LoadEmbedded();

    [Fact]
    public void Bumped_raises_the_revision_and_the_update_time_only()
    {
        var sim = Sim(label: "Work") with { Revision = 4 };
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

        var changed = (sim with { Label = "Home" }).Bumped(now);

        Assert.Equal(sim with { Label = "Home", Revision = 5, UpdatedAt = now }, changed);
    }

    [Fact]
    public void Rules_come_from_the_catalog_for_a_known_operator()
    {
        var sim = Sim() with { OperatorId = OperatorIds.MegaFon };

        Assert.Equal(Catalog.Get(OperatorIds.MegaFon).Rules, sim.RulesFrom(Catalog));
    }

    [Fact]
    public void Custom_rules_replace_the_catalog_rules()
    {
        var custom = new OperatorRules(30, 1m, 10, TopUpCounts.Yes);
        var sim = Sim() with { OperatorId = OperatorIds.Mts, CustomRules = custom };

        Assert.Equal(custom, sim.RulesFrom(Catalog));
    }

    [Fact]
    public void An_operator_missing_from_the_catalog_has_unknown_rules()
    {
        var sim = Sim() with { OperatorId = "tele2" };

        Assert.Equal(OperatorRules.Unknown, sim.RulesFrom(Catalog));
    }

    [Fact]
    public void A_new_sim_has_no_plan()
    {
        Assert.IsType<NoPlan>(Sim().Plan);
    }
}
