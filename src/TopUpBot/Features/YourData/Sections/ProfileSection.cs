using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain;
using TopUpBot.Features.TopUps;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Features.YourData.Sections;

/// <summary>
/// "profile": the settings the user chose (language, time zone, home currency). Telegram's own facts about the user (id, name) are not the user's to import,
/// so they are neither exported nor read back; an import keeps them.
/// </summary>
internal sealed class ProfileSection(IUserStore users) : IUserDataSection
{
    private const int MaxTimeZoneLength = 64;

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
        }

        return json;
    }

    public void Erase(long userId) => users.Erase(userId);

    public ImportedSection Read(JsonElement? json, ImportReading import)
    {
        ArgumentNullException.ThrowIfNull(import);
        if (json is not { } element || JsonFields.Of(element, import.T["Data.Where.Profile"], import) is not { } f)
        {
            return new ImportedProfile(users, null, null, null, null);
        }

        var code = f.OneOf("language", [.. TextCatalog.Languages.Select(TextCatalog.Code)]);
        var chosen = f.Bool("languageChosen");
        var timeZone = f.String("timeZone");
        var homeCurrency = f.OneOf("homeCurrency", [.. HistoryViews.HomeCurrencies.Select(c => c.Code)]);
        f.RejectUnknown();
        if (timeZone is not null && (timeZone.Length > MaxTimeZoneLength || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _)))
        {
            import.Problem(import.T["Data.Where.Profile"], import.T.Format("Data.Profile.UnknownTimeZone", timeZone));
        }

        var language = code is null ? (Language?)null : TextCatalog.Languages.Single(l => TextCatalog.Code(l) == code);
        return new ImportedProfile(users, language, chosen, timeZone, homeCurrency);
    }

    /// <summary>Only what the file has changes; the rest of the stored profile stays.</summary>
    private sealed class ImportedProfile(IUserStore users, Language? language, bool? languageChosen, string? timeZone, string? homeCurrency) : ImportedSection
    {
        public override int Count => 1;

        public override void Write(long userId, SimIdMap sims) => users.Change(userId, profile =>
        {
            profile.Language = language ?? profile.Language;
            profile.LanguageChosen = languageChosen ?? profile.LanguageChosen;
            profile.TimeZone = timeZone ?? profile.TimeZone;
            profile.HomeCurrency = homeCurrency ?? profile.HomeCurrency;
        });
    }
}
