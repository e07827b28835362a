using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain;
using TopUpBot.Domain.Reminders;
using TopUpBot.Features.TopUps;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>
/// "profile": the settings the user chose (language, time zone, home currency, reminders). Telegram's own facts about the user (id, name) are not the user's to import,
/// so they are neither exported nor read back; an import keeps them.
/// </summary>
internal sealed class ProfileSection(IUserStore users) : IUserDataSection
{
    public string Name => "profile";

    public int Order => 0;

    public string? TitleKey => null;

    public async Task<int> Count(long userId, CancellationToken cancellationToken) =>
        await users.Find(userId, cancellationToken) is null ? 0 : 1;

    public async Task<JsonNode> Export(long userId, CancellationToken cancellationToken)
    {
        var json = new JsonObject();
        if (await users.Find(userId, cancellationToken) is { } profile)
        {
            json["language"] = TextCatalog.Code(profile.Language);
            json["languageChosen"] = profile.LanguageChosen;
            json["timeZone"] = profile.TimeZone;
            if (profile.HomeCurrency is { } home)
            {
                json["homeCurrency"] = home;
            }

            json["reminderOffsets"] = new JsonArray([.. profile.ReminderOffsets.Select(o => (JsonNode)o)]);
            json["reminderHour"] = profile.ReminderHour;
            json["remindersPaused"] = profile.RemindersPaused;
        }

        return json;
    }

    public void Erase(long userId) => users.Erase(userId);

    public ImportedSection Read(JsonElement? json, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (json is not { } element || JsonFields.Of(element, import.T["Data.Where.Profile"], import) is not { } f)
        {
            return new ImportedProfile(users, null);
        }

        var code = f.OneOf("language", [.. TextCatalog.Languages.Select(TextCatalog.Code)]);
        var chosen = f.Bool("languageChosen");
        var timeZone = f.String("timeZone");
        var homeCurrency = f.OneOf("homeCurrency", [.. HistoryViews.HomeCurrencies.Select(c => c.Code)]);
        var offsets = f.IntList("reminderOffsets");
        var hour = f.Int("reminderHour");
        var paused = f.Bool("remindersPaused");
        f.RejectUnknown();
        var where = import.T["Data.Where.Profile"];
        var zone = TimeZoneInfo.Utc;
        if (timeZone is not null && !ReminderTimeZones.TryFind(timeZone, out zone))
        {
            import.Problem(where, import.T.Format("Data.Profile.UnknownTimeZone", timeZone));
        }

        if (offsets?.Except(ReminderSettings.AllowedOffsets).Any() == true)
        {
            import.Problem(where, import.T.Format("Data.Profile.BadOffsets", string.Join(", ", ReminderSettings.AllowedOffsets)));
        }

        if (hour is < 0 or > 23)
        {
            import.Problem(where, import.T["Data.Profile.BadHour"]);
        }

        var settings = new ImportedSettings(
            code is null ? null : TextCatalog.Languages.Single(l => TextCatalog.Code(l) == code),
            chosen,
            timeZone is null ? null : zone.Id,
            homeCurrency,
            offsets is null ? null : [.. ReminderSettings.AllowedOffsets.Where(offsets.Contains)],
            hour,
            paused);
        return new ImportedProfile(users, settings);
    }

    /// <summary>What the file sets; null leaves the stored value.</summary>
    private sealed record ImportedSettings(
        Language? Language,
        bool? LanguageChosen,
        string? TimeZone,
        string? HomeCurrency,
        int[]? ReminderOffsets,
        int? ReminderHour,
        bool? RemindersPaused);

    /// <summary>Only what the file has changes; the rest of the stored profile stays.</summary>
    private sealed class ImportedProfile(IUserStore users, ImportedSettings? settings) : ImportedSection
    {
        public override int Count => 1;

        public override void Write(long userId, SimIdMap sims)
        {
            if (settings is null)
            {
                return;
            }

            users.Change(userId, profile =>
            {
                profile.Language = settings.Language ?? profile.Language;
                profile.LanguageChosen = settings.LanguageChosen ?? profile.LanguageChosen;
                profile.TimeZone = settings.TimeZone ?? profile.TimeZone;
                profile.HomeCurrency = settings.HomeCurrency ?? profile.HomeCurrency;
                profile.ReminderOffsets = settings.ReminderOffsets ?? profile.ReminderOffsets;
                profile.ReminderHour = settings.ReminderHour ?? profile.ReminderHour;
                profile.RemindersPaused = settings.RemindersPaused ?? profile.RemindersPaused;
            });
        }
    }
}
