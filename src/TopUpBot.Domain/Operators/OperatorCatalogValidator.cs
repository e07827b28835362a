using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace TopUpBot.Domain.Operators;

/// <summary>
/// Checks a freshly read catalog. The JSON reader leaves missing parts null or default, so every part
/// is checked here before the catalog escapes; the first problem becomes a one-line exception.
/// </summary>
internal sealed partial class OperatorCatalogValidator
{
    private static readonly DateOnly EarliestDate = new(2000, 1, 1);

    /// <summary>Longest sane promised payment; the sources give 3 to 7 days.</summary>
    private const int MaxPromisedPaymentDays = 60;

    private DateOnly oldestCheck = DateOnly.MaxValue;

    private OperatorCatalogValidator()
    {
    }

    /// <summary>Throws <see cref="OperatorCatalogException"/> on the first problem; returns the oldest checked date.</summary>
    public static DateOnly Validate([NotNull] CatalogFile? file)
    {
        if (file is null)
        {
            Fail("the file holds no catalog");
        }

        var validator = new OperatorCatalogValidator();
        validator.CheckGeneral(file.General);
        validator.CheckOperators(file.Operators);
        return validator.oldestCheck;
    }

    private void CheckGeneral(GeneralRules? general)
    {
        if (general is null)
        {
            Fail("the 'general' section is missing");
        }

        const string Where = "general fact";
        CheckDate(general.CashTopUpNeedsIdSince, $"{Where} 'cashTopUpNeedsIdSince'");
        CheckFact(general.CoolingPeriod, $"{Where} 'coolingPeriod'");
        if (general.CoolingPeriod.Value is { } cooling)
        {
            CheckRange(cooling.BlockHours, 1, 24 * 30, $"{Where} 'coolingPeriod.blockHours'");
            CheckRange(cooling.IdleHoursBeforeBlock, 1, 24 * 30, $"{Where} 'coolingPeriod.idleHoursBeforeBlock'");
            if (cooling.Since < EarliestDate)
            {
                Fail($"{Where} 'coolingPeriod.since' is missing or before {EarliestDate:yyyy-MM-dd}");
            }
        }

        CheckList(general.CoolingPeriodLiftedBy, $"{Where} 'coolingPeriodLiftedBy'");
        CheckDate(general.ForeignersReverificationDeadline, $"{Where} 'foreignersReverificationDeadline'");
        CheckList(general.ForeignersVerificationNeeds, $"{Where} 'foreignersVerificationNeeds'");
        CheckFact(general.ForeignersIdleMonthsBeforeCut, $"{Where} 'foreignersIdleMonthsBeforeCut'");
        CheckRange(general.ForeignersIdleMonthsBeforeCut.Value, 1, 120, $"{Where} 'foreignersIdleMonthsBeforeCut'");
        CheckDate(general.MassSmsOptOutSince, $"{Where} 'massSmsOptOutSince'");
    }

    private void CheckOperators(IReadOnlyList<OperatorInfo>? operators)
    {
        if (operators is null)
        {
            Fail("the 'operators' list is missing");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < operators.Count; i++)
        {
            var op = operators[i] ?? Fail<OperatorInfo>($"operators[{i}] is null");
            if (string.IsNullOrWhiteSpace(op.Id))
            {
                Fail($"operators[{i}] has no id");
            }

            if (!IdPattern().IsMatch(op.Id))
            {
                Fail($"operator id '{op.Id}' must be lowercase latin letters and digits");
            }

            if (!seen.Add(op.Id))
            {
                Fail($"operator id '{op.Id}' appears more than once");
            }

            CheckOperator(op);
        }

        foreach (var id in OperatorIds.Required.Where(id => !seen.Contains(id)))
        {
            Fail($"operator '{id}' is missing");
        }
    }

    private void CheckOperator(OperatorInfo op)
    {
        var where = $"operator '{op.Id}'";
        if (op.Names is null)
        {
            Fail($"{where} has no names");
        }

        foreach (var language in Enum.GetValues<Language>())
        {
            if (string.IsNullOrWhiteSpace(op.Names.Get(language)))
            {
                Fail($"{where} has no name in {language.ToString().ToLowerInvariant()}");
            }
        }

        where += " fact";
        CheckFact(op.InactivityDays, $"{where} 'inactivityDays'");
        CheckRange(op.InactivityDays.Value, 1, OperatorRules.MaxDays, $"{where} 'inactivityDays'");
        CheckFact(op.InactivityFeePerDay, $"{where} 'inactivityFeePerDay'");
        CheckRange(op.InactivityFeePerDay.Value, 0m, OperatorRules.MaxFeePerDay, $"{where} 'inactivityFeePerDay'");
        CheckFact(op.DaysAtZeroBeforeTermination, $"{where} 'daysAtZeroBeforeTermination'");
        CheckRange(op.DaysAtZeroBeforeTermination.Value, 0, OperatorRules.MaxDays, $"{where} 'daysAtZeroBeforeTermination'");
        CheckFact(op.TopUpCountsAsActivity, $"{where} 'topUpCountsAsActivity'");
        if (op.TopUpCountsAsActivity.Value == TopUpCounts.Unknown)
        {
            Fail($"{where} 'topUpCountsAsActivity' says \"unknown\"; write null and a note instead");
        }

        CheckUssd(op.Ussd, where);
        CheckSupport(op.Support, where);
        CheckFact(op.SelfServiceWebsite, $"{where} 'selfServiceWebsite'");
        CheckUrl(op.SelfServiceWebsite.Value, $"{where} 'selfServiceWebsite'");
        CheckFact(op.App, $"{where} 'app'");
        CheckText(op.App.Value, $"{where} 'app'");
        CheckChannels(op.TopUpChannels, where);
        CheckFact(op.PromisedPaymentDays, $"{where} 'promisedPaymentDays'");
        CheckRange(op.PromisedPaymentDays.Value, 1, MaxPromisedPaymentDays, $"{where} 'promisedPaymentDays'");
        CheckFact(op.ForeignCardsAccepted, $"{where} 'foreignCardsAccepted'");
    }

    private void CheckUssd(UssdCodes? ussd, string where)
    {
        if (ussd is null)
        {
            Fail($"{where} 'ussd' is missing");
        }

        CheckPattern(ussd.Balance, UssdPattern(), "a USSD code", $"{where} 'ussd.balance'");
        CheckPattern(ussd.PromisedPayment, UssdPattern(), "a USSD code", $"{where} 'ussd.promisedPayment'");
        CheckPattern(ussd.PromisedPaymentCheck, UssdPattern(), "a USSD code", $"{where} 'ussd.promisedPaymentCheck'");
    }

    private void CheckSupport(SupportNumbers? support, string where)
    {
        if (support is null)
        {
            Fail($"{where} 'support' is missing");
        }

        CheckPattern(support.ShortNumber, ShortNumberPattern(), "a short number of 3 to 6 digits", $"{where} 'support.shortNumber'");
        CheckPattern(support.FromAbroad, InternationalNumberPattern(), "a number like +74951234567", $"{where} 'support.fromAbroad'");
    }

    private void CheckChannels(IReadOnlyList<Fact<TopUpChannel>>? channels, string where)
    {
        if (channels is null)
        {
            Fail($"{where} 'topUpChannels' is missing");
        }

        var kinds = new HashSet<TopUpChannelKind>();
        for (var i = 0; i < channels.Count; i++)
        {
            var at = $"{where} 'topUpChannels[{i}]'";
            CheckFact(channels[i], at);
            var channel = channels[i].Value ?? Fail<TopUpChannel>($"{at} has no value");
            if (channel.Kind == TopUpChannelKind.Missing || !Enum.IsDefined(channel.Kind))
            {
                Fail($"{at} has no kind");
            }

            if (!kinds.Add(channel.Kind))
            {
                Fail($"{at} repeats the kind '{channel.Kind}'");
            }

            CheckUrl(channel.Url, at);
        }
    }

    /// <summary>A list value is unknown (null) or names each item once; an empty list would say nothing.</summary>
    private void CheckList<T>(Fact<IReadOnlyList<T>?>? fact, string where)
        where T : struct, Enum
    {
        CheckFact(fact, where);
        if (fact.Value is not { } items)
        {
            return;
        }

        if (items.Count == 0)
        {
            Fail($"{where} is an empty list; use null and a note for an unknown value");
        }

        if (items.Distinct().Count() != items.Count)
        {
            Fail($"{where} names an item twice");
        }
    }

    private void CheckDate(Fact<DateOnly?>? fact, string where)
    {
        CheckFact(fact, where);
        if (fact.Value < EarliestDate)
        {
            Fail($"{where} is before {EarliestDate:yyyy-MM-dd}");
        }
    }

    private void CheckPattern(Fact<string?>? fact, Regex pattern, string expected, string where)
    {
        CheckFact(fact, where);
        if (fact.Value is { } value && !pattern.IsMatch(value))
        {
            Fail($"{where} is '{value}', not {expected}");
        }
    }

    private void CheckFact<T>([NotNull] Fact<T>? fact, string where)
    {
        if (fact is null)
        {
            Fail($"{where} is missing");
        }

        if (string.IsNullOrWhiteSpace(fact.Source))
        {
            Fail($"{where} has no source");
        }

        if (fact.Grade is not (SourceGrade.A or SourceGrade.B or SourceGrade.C))
        {
            Fail($"{where} has no grade (A, B or C)");
        }

        if (fact.CheckedOn < EarliestDate)
        {
            Fail($"{where} has no checked date");
        }

        if (fact.SourceDate > fact.CheckedOn)
        {
            Fail($"{where} has a source date after the date it was checked");
        }

        if (fact.Value is null && string.IsNullOrWhiteSpace(fact.Note))
        {
            Fail($"{where} is unknown but has no note saying why");
        }

        if (fact.CheckedOn < oldestCheck)
        {
            oldestCheck = fact.CheckedOn;
        }
    }

    private static void CheckRange<T>(T? value, T min, T max, string where)
        where T : struct, IComparable<T>
    {
        if (value is { } v && (v.CompareTo(min) < 0 || v.CompareTo(max) > 0))
        {
            Fail($"{where} is {v}, outside {min}..{max}");
        }
    }

    private static void CheckUrl(Uri? url, string where)
    {
        if (url is not null && !(url.IsAbsoluteUri && url.Scheme == Uri.UriSchemeHttps))
        {
            Fail($"{where} has the URL '{url}', which is not an absolute https URL");
        }
    }

    private static void CheckText(string? text, string where)
    {
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Fail($"{where} is blank; use null and a note for an unknown value");
        }
    }

    [DoesNotReturn]
    private static void Fail(string problem) => throw new OperatorCatalogException($"{OperatorCatalog.FileName}: {problem}");

    [DoesNotReturn]
    private static T Fail<T>(string problem) => throw new OperatorCatalogException($"{OperatorCatalog.FileName}: {problem}");

    [GeneratedRegex("^[a-z0-9]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^[*#][0-9*#]*#$")]
    private static partial Regex UssdPattern();

    [GeneratedRegex(@"^[0-9]{3,6}$")]
    private static partial Regex ShortNumberPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{9,14}$")]
    private static partial Regex InternationalNumberPattern();
}
