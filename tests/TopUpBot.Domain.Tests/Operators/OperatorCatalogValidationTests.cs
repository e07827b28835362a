using System.Text.Json.Nodes;

namespace TopUpBot.Domain.Tests.Operators;

/// <summary>A broken catalog file must fail with one line that says exactly what is wrong.</summary>
public class OperatorCatalogValidationTests
{
    // operators[0] is mts, [1] beeline, [4] yota in the embedded file.
    public static TheoryData<string, Action<JsonNode>, string> Breakages => new()
    {
        {
            "missing zh name",
            root => root["operators"]![0]!["names"]!.AsObject().Remove("zh"),
            "operators.json: operator 'mts' has no name in zh"
        },
        {
            "blank ru name",
            root => root["operators"]![1]!["names"]!["ru"] = " ",
            "operators.json: operator 'beeline' has no name in ru"
        },
        {
            "missing source",
            root => root["operators"]![1]!["inactivityDays"]!.AsObject().Remove("source"),
            "operators.json: operator 'beeline' fact 'inactivityDays' has no source"
        },
        {
            "missing grade",
            root => root["operators"]![0]!["ussd"]!["balance"]!.AsObject().Remove("grade"),
            "operators.json: operator 'mts' fact 'ussd.balance' has no grade (A, B or C)"
        },
        {
            "missing checked date",
            root => root["general"]!["coolingPeriod"]!.AsObject().Remove("checkedOn"),
            "operators.json: general fact 'coolingPeriod' has no checked date"
        },
        {
            "source newer than the check",
            root => root["operators"]![0]!["inactivityFeePerDay"]!["sourceDate"] = "2026-12-01",
            "operators.json: operator 'mts' fact 'inactivityFeePerDay' has a source date after the date it was checked"
        },
        {
            "unknown value without a note",
            root => root["operators"]![0]!["daysAtZeroBeforeTermination"]!["note"] = null,
            "operators.json: operator 'mts' fact 'daysAtZeroBeforeTermination' is unknown but has no note saying why"
        },
        {
            "missing fact",
            root => root["operators"]![4]!.AsObject().Remove("inactivityFeePerDay"),
            "operators.json: operator 'yota' fact 'inactivityFeePerDay' is missing"
        },
        {
            "zero inactivity window",
            root => root["operators"]![0]!["inactivityDays"]!["value"] = 0,
            "operators.json: operator 'mts' fact 'inactivityDays' is 0, outside 1..730"
        },
        {
            "negative fee",
            root => root["operators"]![1]!["inactivityFeePerDay"]!["value"] = -5,
            "operators.json: operator 'beeline' fact 'inactivityFeePerDay' is -5, outside 0..1000"
        },
        {
            "termination window too long",
            root => root["operators"]![1]!["daysAtZeroBeforeTermination"]!["value"] = 731,
            "operators.json: operator 'beeline' fact 'daysAtZeroBeforeTermination' is 731, outside 0..730"
        },
        {
            "explicit unknown instead of null",
            root => root["operators"]![1]!["topUpCountsAsActivity"]!["value"] = "unknown",
            "operators.json: operator 'beeline' fact 'topUpCountsAsActivity' says \"unknown\"; write null and a note instead"
        },
        {
            "malformed USSD code",
            root => root["operators"]![0]!["ussd"]!["balance"]!["value"] = "100",
            "operators.json: operator 'mts' fact 'ussd.balance' is '100', not a USSD code"
        },
        {
            "malformed number from abroad",
            root => root["operators"]![0]!["support"]!["fromAbroad"]!["value"] = "8 495 766-01-66",
            "operators.json: operator 'mts' fact 'support.fromAbroad' is '8 495 766-01-66', not a number like +74951234567"
        },
        {
            "plain http website",
            root => root["operators"]![0]!["selfServiceWebsite"]!["value"] = "http://lk.mts.ru",
            "operators.json: operator 'mts' fact 'selfServiceWebsite' has the URL 'http://lk.mts.ru/', which is not an absolute https URL"
        },
        {
            "channel kind twice",
            root => root["operators"]![0]!["topUpChannels"]![1]!["value"]!["kind"] = "officialWebsite",
            "operators.json: operator 'mts' fact 'topUpChannels[1]' repeats the kind 'OfficialWebsite'"
        },
        {
            "channel without kind",
            root => root["operators"]![0]!["topUpChannels"]![0]!["value"]!.AsObject().Remove("kind"),
            "operators.json: operator 'mts' fact 'topUpChannels[0]' has no kind"
        },
        {
            "promised payment of zero days",
            root => root["operators"]![0]!["promisedPaymentDays"]!["value"] = 0,
            "operators.json: operator 'mts' fact 'promisedPaymentDays' is 0, outside 1..60"
        },
        {
            "missing foreign-card fact",
            root => root["operators"]![1]!.AsObject().Remove("foreignCardsAccepted"),
            "operators.json: operator 'beeline' fact 'foreignCardsAccepted' is missing"
        },
        {
            "empty list of ways to lift the cooling block",
            root => root["general"]!["coolingPeriodLiftedBy"]!["value"] = new JsonArray(),
            "operators.json: general fact 'coolingPeriodLiftedBy' is an empty list; use null and a note for an unknown value"
        },
        {
            "verification need named twice",
            root => root["general"]!["foreignersVerificationNeeds"]!["value"]!.AsArray().Add("snils"),
            "operators.json: general fact 'foreignersVerificationNeeds' names an item twice"
        },
        {
            "verification needs without a source",
            root => root["general"]!["foreignersVerificationNeeds"]!.AsObject().Remove("source"),
            "operators.json: general fact 'foreignersVerificationNeeds' has no source"
        },
        {
            "duplicate id",
            root => root["operators"]![1]!["id"] = "mts",
            "operators.json: operator id 'mts' appears more than once"
        },
        {
            "id in capitals",
            root => root["operators"]![1]!["id"] = "Beeline",
            "operators.json: operator id 'Beeline' must be lowercase latin letters and digits"
        },
        {
            "missing operator",
            root => root["operators"]!.AsArray().RemoveAt(4),
            "operators.json: operator 'yota' is missing"
        },
        {
            "missing general section",
            root => root.AsObject().Remove("general"),
            "operators.json: the 'general' section is missing"
        },
        {
            "missing operators list",
            root => root.AsObject().Remove("operators"),
            "operators.json: the 'operators' list is missing"
        },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_breakage_gives_one_clear_line(string what, Action<JsonNode> breakIt, string message)
    {
        var actual = CatalogFiles.LoadError(CatalogFiles.Edit(breakIt));

        Assert.True(actual == message, $"{what}: expected \"{message}\" but got \"{actual}\"");
    }

    [Fact]
    public void Broken_json_names_the_place()
    {
        // The first 200 characters end inside the first fact, on line 8 of the file.
        var truncated = CatalogFiles.Original[..200];

        var message = CatalogFiles.LoadError(truncated);

        Assert.StartsWith("operators.json: invalid JSON at $.general.cashTopUpNeedsIdSince (line 8): ", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_misspelt_key_is_rejected_instead_of_ignored()
    {
        var json = CatalogFiles.Edit(root =>
        {
            var fact = root["operators"]![0]!["inactivityDays"]!.AsObject();
            fact["sorce"] = fact["source"]!.GetValue<string>();
            fact.Remove("source");
        });

        var message = CatalogFiles.LoadError(json);

        Assert.StartsWith("operators.json: invalid JSON at $.operators[0].inactivityDays.sorce", message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_rejected()
    {
        var message = CatalogFiles.LoadError(CatalogFiles.Edit(root => root["operators"]![0]!["inactivityDays"]!["value"] = "ninety"));

        Assert.StartsWith("operators.json: invalid JSON at $.operators[0].inactivityDays.value", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_list_item_is_rejected()
    {
        var message = CatalogFiles.LoadError(CatalogFiles.Edit(root => root["general"]!["coolingPeriodLiftedBy"]!["value"]!.AsArray().Add("emailLink")));

        Assert.StartsWith("operators.json: invalid JSON at $.general.coolingPeriodLiftedBy.value", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public void An_empty_file_is_rejected(string json)
    {
        Assert.StartsWith("operators.json: ", CatalogFiles.LoadError(json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_unedited_file_round_trips_through_the_editor()
    {
        // Guards the tests above: their edits, not the re-serialisation, must be what breaks the file.
        Assert.Equal(6, CatalogFiles.Load(CatalogFiles.Edit(_ => { })).All.Count);
    }
}
