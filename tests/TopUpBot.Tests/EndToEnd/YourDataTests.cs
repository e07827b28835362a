using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain.Finance;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Reminders;
using TopUpBot.Domain.Sims;
using TopUpBot.Domain.TopUps;
using TopUpBot.Features.Reminders;
using TopUpBot.Features.Sims;
using TopUpBot.Features.TopUps;
using TopUpBot.Features.YourData;
using TopUpBot.Outbox;
using TopUpBot.Routing;
using TopUpBot.Tests.FakeBotApi;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Tests.EndToEnd;

/// <summary>/export, /import and /deleteme end to end; "today" is 1 Mar 2026 for these English (UTC) users.</summary>
public sealed class YourDataTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 8, 30, 0, TimeSpan.Zero);

    /// <summary>A SIM id no SIM has any more.</summary>
    private const long DeletedSimId = 999;

    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.Start();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Export_sends_a_json_file_with_every_sim_and_the_numbers_in_full_but_not_in_the_logs()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);

        await ann.Sends("/export");

        var sent = ann.LastMessage;
        Assert.True(sent.IsFromBot);
        Assert.Equal("topupbot-export-2026-03-01.json", sent.Attachment!.FileName);
        Assert.Contains("SIMs: 3", sent.Caption, StringComparison.Ordinal);
        using var file = JsonDocument.Parse(sent.Attachment.Content);
        var root = file.RootElement;
        Assert.Equal("topupbot-export", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(BotHarness.DefaultNow, root.GetProperty("exportedAt").GetDateTimeOffset());
        var sims = root.GetProperty("sections").GetProperty("sims").EnumerateArray().ToList();
        Assert.Equal(new[] { "+79161234567", "+79031112233", "+79991234567" }, sims.Select(s => s.GetProperty("number").GetString()));
        Assert.Equal("Alipay 和银行都绑定了这个号码", sims[0].GetProperty("notes").GetString());
        Assert.Equal("monthly", sims[0].GetProperty("plan").GetProperty("kind").GetString());
        Assert.Equal("en", root.GetProperty("sections").GetProperty("profile").GetProperty("language").GetString());
        var topUps = root.GetProperty("sections").GetProperty("topUps").EnumerateArray().ToList();
        Assert.Equal(3, topUps.Count);
        Assert.Equal("CNY", topUps[0].GetProperty("paid").GetProperty("currency").GetString());
        Assert.Equal("thirdPartyPlatform", topUps[0].GetProperty("channel").GetString());
        Assert.Equal(sims[0].GetProperty("id").GetInt64(), topUps[0].GetProperty("simId").GetInt64());
        Assert.Equal(2, root.GetProperty("sections").GetProperty("activities").GetArrayLength());
        Assert.Contains("Top-ups: 3", sent.Caption, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Logs.GetSnapshot(), r => r.Message.Contains("1234567", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_then_deleteme_then_import_of_that_file_brings_everything_back_under_new_ids()
    {
        var ann = _bot.User();
        await ann.Sends("/language");
        await ann.Taps("Русский");
        await ChangeProfile(ann, p =>
        {
            p.TimeZone = "Asia/Shanghai";
            p.HomeCurrency = "EUR";
            p.ReminderOffsets = [14, 1];
            p.ReminderHour = 8;
        });
        var before = await SeedSims(ann);
        var historyBefore = await HistoryOf(ann);
        var reminders = _bot.Get<IReminderStore>();
        var snoozed = new ReminderState(new DateOnly(2026, 3, 20), ReminderStage.DaysBefore(30), BotHarness.DefaultNow.AddDays(2), false);
        await reminders.Change(before[0].Id, ann.Id, _ => snoozed, CancellationToken.None);
        await reminders.Change(before[1].Id, ann.Id, state => state with { Muted = true }, CancellationToken.None);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!;

        await ann.Sends("/deleteme");
        await ann.Taps("🗑 Да, удалить всё");
        Assert.Empty(await SimsOf(ann));
        Assert.Equal((0, 0), ((await HistoryOf(ann)).TopUps.Count, (await HistoryOf(ann)).Activities.Count));

        await ann.Sends("/import");
        await ann.SendsDocument(exported.FileName, exported.Content);
        Assert.Contains("SIMs: 0 now → 3 from the file", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Top-ups: 0 now → 3 from the file", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✅ Replace my data");

        var after = await SimsOf(ann);
        Assert.Equal(before.Select(Comparable), after.Select(Comparable));
        Assert.Empty(after.Select(s => s.Id).Intersect(before.Select(s => s.Id)));
        Assert.All(after, s => Assert.Equal(1, s.Revision));

        // Top-ups and activities point at the SIMs' new ids; the deleted SIM's history keeps one id no SIM has.
        var newIds = before.Zip(after).ToDictionary(pair => pair.First.Id, pair => pair.Second.Id);
        newIds[DeletedSimId] = -1;
        var historyAfter = await HistoryOf(ann);
        Assert.Equal(historyBefore.TopUps.Select(t => t with { Id = 0, SimId = newIds[t.SimId] }), historyAfter.TopUps.Select(t => t with { Id = 0 }));
        Assert.Equal(historyBefore.Activities.Select(a => a with { Id = 0, SimId = newIds[a.SimId] }), historyAfter.Activities.Select(a => a with { Id = 0 }));
        var profile = await _bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None);
        Assert.Equal((Domain.Language.Ru, true, "Asia/Shanghai", "EUR"), (profile!.Language, profile.LanguageChosen, profile.TimeZone, profile.HomeCurrency));
        Assert.Equal([14, 1], profile.ReminderOffsets);
        Assert.Equal(8, profile.ReminderHour);

        // Every imported SIM has a reminder entry, so the scan looks at it; mute, snooze and the last stage sent came along.
        var states = await reminders.ListOwnedBy(ann.Id, CancellationToken.None);
        Assert.Equal(after.Select(s => s.Id).Order(), states.Keys.Order());
        Assert.Equal(snoozed, states[after[0].Id]);
        Assert.True(states[after[1].Id].Muted);
        Assert.Equal(ReminderState.Empty, states[after[2].Id]);
        Assert.Contains("Импорт выполнен", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("SIM-карты: 3", ann.LastMessage.Text, StringComparison.Ordinal);

        // The imported SIMs work like any others: their cards open from the list.
        await ann.Taps("📋");
        await ann.Taps("Bank SIM");
        Assert.Contains("+7 916 ***-**-67", ann.LastMessage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imported_sims_get_their_reminders_and_an_imported_mute_holds()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        var store = _bot.Get<ISimStore>();

        // 90 days without paid activity at MTS: the fee starts on 2 Mar, so 1 Mar (today) is the last day to act.
        var lastCall = new PaidActivity(new DateOnly(2025, 12, 2), ActivityKind.Call);
        await store.Add(NewSim(ann.Id, OperatorIds.Mts, "+79161234567", "Bank SIM") with { LastPaidActivity = lastCall }, CancellationToken.None);
        var quiet = await store.Add(NewSim(ann.Id, OperatorIds.Mts, "+79167654321", "Quiet SIM") with { LastPaidActivity = lastCall }, CancellationToken.None);
        await _bot.Get<IReminderStore>().Change(quiet.Id, ann.Id, state => state with { Muted = true }, CancellationToken.None);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!;
        await ann.Sends("/deleteme");
        await ann.Taps("🗑 Yes, erase everything");
        await ann.Sends("/import");
        await ann.SendsDocument(exported.FileName, exported.Content);
        await ann.Taps("✅ Replace my data");

        _bot.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        await _bot.Get<ReminderScan>().Run(CancellationToken.None);

        var imported = (await SimsOf(ann)).ToDictionary(s => s.Label!);
        var states = await _bot.Get<IReminderStore>().ListOwnedBy(ann.Id, CancellationToken.None);
        Assert.NotNull(states[imported["Bank SIM"].Id].LastStage);
        Assert.Equal((true, null), (states[imported["Quiet SIM"].Id].Muted, states[imported["Quiet SIM"].Id].LastStage));
        var reminder = await _bot.Api.WaitForRequest(r => r.Method == "sendMessage" && r.Get<string>("text")?.Contains("⏰ ", StringComparison.Ordinal) == true)
            .WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Contains("Bank SIM", reminder.Get<string>("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_one_bad_sim_applies_nothing_and_says_which_sim_and_what_is_wrong()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        await ann.Sends("/export");
        var file = JsonNode.Parse(ann.LastMessage.Attachment!.Content)!;
        var kept = await SimsOf(ann);
        await _bot.Get<ISimStore>().Delete(ann.Id, kept[2].Id, CancellationToken.None);
        kept = await SimsOf(ann);

        file["sections"]!["sims"]![1]!["balance"] = 5_000_000m;
        await ann.Sends("/import");
        await ann.SendsDocument("topupbot-export-2026-03-01.json", Bytes(file));

        var answer = ann.LastMessage.Text!;
        Assert.Contains("I can't import this file", answer, StringComparison.Ordinal);
        Assert.Contains("SIM 2 (Другой): the balance must be between -10,000 and 1,000,000 RUB", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("SIM 1", answer, StringComparison.Ordinal);
        Assert.Equal(kept, await SimsOf(ann));

        // The step stays: the corrected file is taken.
        file["sections"]!["sims"]![1]!["balance"] = 50m;
        await ann.SendsDocument("still-wrong.json", Bytes(file));
        Assert.Contains("SIM 2 (Другой): a balance needs “balanceKnownOn”", ann.LastMessage.Text, StringComparison.Ordinal);
        file["sections"]!["sims"]![1]!["balanceKnownOn"] = "2026-02-20";
        await ann.SendsDocument("fixed.json", Bytes(file));
        Assert.Contains("SIMs: 2 now → 3 from the file", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(kept, await SimsOf(ann));
    }

    [Fact]
    public async Task Each_kind_of_mistake_in_a_sim_is_explained_and_nothing_is_applied()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!.Content;
        var kept = await SimsOf(ann);
        await ann.Sends("/import");

        (Action<JsonArray> Break, string Expected)[] simCases =
        [
            (sims => sims[0]!["operator"] = "vodafone", "SIM 1 (Bank SIM): unknown operator “vodafone”; known ones: mts, beeline"),
            (sims => sims[0]!["number"] = "+7 495 123-45-67", "SIM 1 (Bank SIM): “+7 495 123-45-67” is a Russian landline"),
            (sims => sims[2]!["number"] = "12345", "SIM 3: “12345” is not a phone number"),
            (sims => sims[1]!["number"] = "89161234567", "SIM 2 (Другой): the same number as SIM 1"),
            (sims => sims[0]!["balance"] = 1.005m, "SIM 1 (Bank SIM): an amount has more than two decimals"),
            (sims => sims[0]!["label"] = new string('x', 40), "the name is longer than 32 characters"),
            (sims => sims[0]!["balanceKnownOn"] = "2026-03-05", "SIM 1 (Bank SIM): a date is in the future"),
            (sims => sims[0]!["balanceKnownOn"] = "01.03.2026", "SIM 1 (Bank SIM): “balanceKnownOn” should be a date like \"2026-03-01\""),
            (sims => sims[0]!["plan"]!["chargeDay"] = 32, "the plan's “chargeDay” must be from 1 to 31"),
            (sims => sims[0]!["plan"]!["kind"] = "weekly", "“plan.kind” should be one of: none, monthly, daily"),
            (sims => sims[1]!["customRules"]!["inactivityDays"] = 1000, "a number of days without paid activity must be from 1 to 730"),
            (sims => sims[0]!["lastPaidActivity"]!["kind"] = "fax", "“lastPaidActivity.kind” should be one of: call, sms, data, topUp, other"),
            (sims => sims[0]!["balanse"] = 5, "SIM 1 (Bank SIM): unknown field “balanse”"),
            (sims => sims[2]!.AsObject().Remove("number"), "SIM 3: “number” is missing"),
            (sims => sims[1]!["id"] = sims[0]!["id"]!.GetValue<long>(), "SIM 2 (Другой): id "),
            (sims => sims[0]!["balance"] = "lots", "“balance” should be a number"),
            (sims => sims.Add(new JsonArray()), "SIM 4: should be an object in curly braces"),
            (sims => { for (var i = 0; i < 18; i++) { var copy = sims[2]!.DeepClone(); copy["id"] = 1000 + i; copy["number"] = $"+7999000{i:D4}"; sims.Add(copy); } }, "The file has 21 SIMs; I keep at most 20 per person."),
        ];
        (Action<JsonArray> Break, string Expected)[] topUpCases =
        [
            (topUps => topUps[0]!["paid"]!["currency"] = "yuan", "Top-up 1: “yuan” is not a currency code like CNY"),
            (topUps => topUps[1]!["rub"] = 250_000m, "Top-up 2: the rubles credited (“rub”) must be from 0.01 to 100,000"),
            (topUps => topUps[1]!["channel"] = "missing", "Top-up 2: “channel” should be one of: operatorStore, terminal"),
            (topUps => topUps[2]!["on"] = "2026-04-01", "Top-up 3: a date is in the future"),
            (topUps => topUps[0]!["officialRate"]!["rubPerUnit"] = 0, "Top-up 1: an amount or exchange rate is 0 or below"),
            (topUps => topUps[0]!.AsObject().Remove("simId"), "Top-up 1: “simId” is missing"),
        ];
        (Action<JsonArray> Break, string Expected)[] reminderCases =
        [
            (states => states.Add(new JsonObject { ["simId"] = 12345, ["muted"] = true }), "Reminder state 1: “simId” 12345 is not a SIM of this file"),
            (states => states.Add(new JsonObject { ["simId"] = kept[0].Id, ["lastStage"] = 40 }), "Reminder state 1: “lastStage” must be from -30 to 8"),
        ];
        var cases = simCases.Select(c => ("sims", c.Break, c.Expected))
            .Concat(topUpCases.Select(c => ("topUps", c.Break, c.Expected)))
            .Concat(reminderCases.Select(c => ("reminderStates", c.Break, c.Expected)));
        foreach (var (section, breakIt, expected) in cases)
        {
            var file = JsonNode.Parse(exported)!;
            breakIt(file["sections"]![section]!.AsArray());

            await ann.SendsDocument("topupbot-export-2026-03-01.json", Bytes(file));

            Assert.Contains("I can't import this file", ann.LastMessage.Text, StringComparison.Ordinal);
            Assert.Contains(expected, ann.LastMessage.Text, StringComparison.Ordinal);
        }

        Assert.Equal(kept, await SimsOf(ann));
        Assert.Equal(3, (await HistoryOf(ann)).TopUps.Count);
        Assert.IsType<WaitingForImportFile>(await StepOf(ann));
    }

    [Fact]
    public async Task Files_that_are_not_exports_are_explained_and_the_step_waits_for_a_file()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!.Content;
        var kept = await SimsOf(ann);
        await ann.Sends("/import");

        await ann.Sends("here it is");
        Assert.Contains("send the export file as a document", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsSticker();
        Assert.Contains("send the export file as a document", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsPhoto();
        Assert.Contains("send the export file as a document", ann.LastMessage.Text, StringComparison.Ordinal);

        await ann.SendsDocument("notes.txt", "my SIMs: MTS, Beeline"u8.ToArray());
        Assert.Contains("it is not JSON text", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsDocument("photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        Assert.Contains("it is not JSON text", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.SendsDocument("other.json", """{"sims":[]}"""u8.ToArray());
        Assert.Contains("is not a TopUpBot export", ann.LastMessage.Text, StringComparison.Ordinal);

        var newer = JsonNode.Parse(exported)!;
        newer["version"] = 2;
        await ann.SendsDocument("newer.json", Bytes(newer));
        Assert.Contains("made by a newer version of the bot (export version 2); I read version 1", ann.LastMessage.Text, StringComparison.Ordinal);
        newer["version"] = "one";
        await ann.SendsDocument("odd.json", Bytes(newer));
        Assert.Contains("“version” is missing or not valid", ann.LastMessage.Text, StringComparison.Ordinal);

        var unknownPart = JsonNode.Parse(exported)!;
        unknownPart["sections"]!["wallet"] = new JsonArray();
        await ann.SendsDocument("wallet.json", Bytes(unknownPart));
        Assert.Contains("a part I don't know: “wallet”", ann.LastMessage.Text, StringComparison.Ordinal);

        var badZone = JsonNode.Parse(exported)!;
        badZone["sections"]!["profile"]!["timeZone"] = "Mars/Olympus";
        badZone["sections"]!["profile"]!["reminderOffsets"] = new JsonArray(7, 5);
        badZone["sections"]!["profile"]!["reminderHour"] = 24;
        await ann.SendsDocument("zone.json", Bytes(badZone));
        Assert.Contains("Settings: unknown time zone “Mars/Olympus”", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Settings: “reminderOffsets” may only hold 30, 14, 7, 3, 1, 0", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Contains("Settings: “reminderHour” must be from 0 to 23", ann.LastMessage.Text, StringComparison.Ordinal);

        var downloads = _bot.Api.RequestsOf("getFile").Count;
        var huge = new byte[UserDataTransfer.MaxFileBytes + 1];
        huge.AsSpan().Fill((byte)' ');
        await ann.SendsDocument("huge.json", huge);
        Assert.Contains("That file is larger than 1 MB", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(downloads, _bot.Api.RequestsOf("getFile").Count);

        Assert.Equal(kept, await SimsOf(ann));
        Assert.IsType<WaitingForImportFile>(await StepOf(ann));
        Assert.DoesNotContain(_bot.Logs.GetSnapshot(), r => r.Exception is not null);
    }

    [Fact]
    public async Task Another_users_data_is_untouched_by_an_import_and_by_deleteme()
    {
        var ann = _bot.User();
        var bob = _bot.User(1002, "Bob");
        await ann.Sends("/start");
        await bob.Sends("/start");
        await SeedSims(ann);
        var bobs = await _bot.Get<ISimStore>().Add(NewSim(bob.Id, OperatorIds.Beeline, "+79037654321", "Bob's"), CancellationToken.None);
        var bobsTopUp = _bot.Get<IHistoryStore>().AddTopUp(NewTopUp(bob.Id, bobs.Id, new DateOnly(2026, 2, 1), Money.Rub(500m), 500m, TopUpChannelKind.Terminal));
        await bob.Sends("/import");
        QueueReminder(bob);
        QueueReminder(ann);

        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!;
        await ann.Sends("/import");
        await ann.SendsDocument(exported.FileName, exported.Content);
        await ann.Taps("✅ Replace my data");
        Assert.Equal(0, _bot.Get<IOutboxQueue>().PendingFor(ann.Id));
        await ann.Sends("/deleteme");
        await ann.Taps("🗑 Yes, erase everything");

        Assert.Empty(await SimsOf(ann));
        Assert.Equal(1, _bot.Get<IOutboxQueue>().PendingFor(bob.Id));
        Assert.Equal(new[] { bobs }, await SimsOf(bob));
        Assert.Equal(new[] { bobsTopUp }, (await HistoryOf(bob)).TopUps);
        Assert.NotNull(await _bot.Get<IUserStore>().Find(bob.Id, CancellationToken.None));
        Assert.IsType<WaitingForImportFile>(await StepOf(bob));
    }

    [Fact]
    public async Task Deleteme_warns_first_cancel_keeps_everything_and_confirm_erases_it_for_good()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        QueueReminder(ann);

        await ann.Sends("/deleteme");
        var warning = ann.LastMessage.Text!;
        Assert.Contains("Erase all your data?", warning, StringComparison.Ordinal);
        Assert.Contains("SIMs: 3", warning, StringComparison.Ordinal);
        Assert.Contains("Top-ups: 3", warning, StringComparison.Ordinal);
        Assert.Contains("Recorded paid calls, SMS and data: 2", warning, StringComparison.Ordinal);
        Assert.Contains("cannot be undone", warning, StringComparison.Ordinal);
        Assert.Contains("/export first", warning, StringComparison.Ordinal);
        await ann.Sends("what?");
        Assert.Contains("Please tap 🗑 Yes, erase everything or ✖️ Cancel", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✖️ Cancel");
        Assert.Contains("Nothing was erased.", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(3, (await SimsOf(ann)).Count);
        Assert.Equal(1, _bot.Get<IOutboxQueue>().PendingFor(ann.Id));

        // /export, as the warning suggests, leaves the question open.
        await ann.Sends("/deleteme");
        var question = ann.LastMessage;
        await ann.Sends("/export");
        await ann.Taps("🗑 Yes, erase everything", question);

        Assert.Contains("Goodbye", question.Text, StringComparison.Ordinal);
        Assert.Empty(question.Buttons);
        Assert.Empty(await SimsOf(ann));
        Assert.Empty((await HistoryOf(ann)).TopUps);
        Assert.Empty((await HistoryOf(ann)).Activities);
        Assert.Equal(0, _bot.Get<IOutboxQueue>().PendingFor(ann.Id));
        Assert.Empty(await _bot.Get<IReminderStore>().ListOwnedBy(ann.Id, CancellationToken.None));
        Assert.Null(await _bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None));
        Assert.Null(await _bot.Get<IConversationStore>().Load(ann.Id, CancellationToken.None));

        _bot.Clock.Advance(TimeSpan.FromHours(2));
        await ann.Sends("/start");
        Assert.Contains("Hello, Ann!", ann.LastMessage.Text, StringComparison.Ordinal);
        var fresh = await _bot.Get<IUserStore>().Find(ann.Id, CancellationToken.None);
        Assert.Equal(BotHarness.DefaultNow.AddHours(2), fresh!.FirstSeen);
    }

    [Fact]
    public async Task Old_confirm_buttons_pressed_again_are_harmless()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!;
        await ann.Sends("/import");
        await ann.SendsDocument(exported.FileName, exported.Content);
        var confirmImport = ann.LastMessage;
        var replace = confirmImport.Buttons.Single(b => b.Text == "✅ Replace my data").CallbackData!;
        await ann.Taps("✅ Replace my data");
        var imported = await SimsOf(ann);

        await ann.TapsData(replace, confirmImport);
        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
        Assert.Equal(imported, await SimsOf(ann));

        await ann.Sends("/deleteme");
        var confirmErase = ann.LastMessage;
        var erase = confirmErase.Buttons.Single(b => b.Text == "🗑 Yes, erase everything").CallbackData!;
        await ann.Taps("🗑 Yes, erase everything");
        var added = await _bot.Get<ISimStore>().Add(NewSim(ann.Id, OperatorIds.Mts, "+79161234567", "New start"), CancellationToken.None);

        await ann.TapsData(erase, confirmErase);
        Assert.Equal("This menu is outdated. Here is a fresh one.", ann.LastCallbackAnswer.Text);
        Assert.Equal(new[] { added }, await SimsOf(ann));
    }

    [Fact]
    public async Task A_restart_while_the_bot_waits_for_the_file_keeps_the_step()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!;
        await ann.Sends("/import");

        await _bot.Restart();
        await ann.SendsDocument(exported.FileName, exported.Content);
        Assert.Contains("SIMs: 3 now → 3 from the file", ann.LastMessage.Text, StringComparison.Ordinal);

        await _bot.Restart();
        await ann.Taps("✅ Replace my data");
        Assert.Contains("Imported.", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(3, (await SimsOf(ann)).Count);
    }

    [Fact]
    public async Task Cancelling_an_import_changes_nothing_and_every_counted_section_has_a_title_in_each_language()
    {
        var ann = _bot.User();
        await ann.Sends("/start");
        await SeedSims(ann);
        await ann.Sends("/export");
        var exported = ann.LastMessage.Attachment!;
        var kept = await SimsOf(ann);
        var empty = JsonNode.Parse(exported.Content)!;
        empty["sections"]!["sims"] = new JsonArray();

        await ann.Sends("/import");
        await ann.SendsDocument("empty.json", Bytes(empty));
        Assert.Contains("SIMs: 3 now → 0 from the file", ann.LastMessage.Text, StringComparison.Ordinal);
        await ann.Taps("✖️ Cancel");

        Assert.Contains("Import cancelled. Nothing was changed.", ann.LastMessage.Text, StringComparison.Ordinal);
        Assert.Equal(kept, await SimsOf(ann));
        var catalog = _bot.Get<TextCatalog>();
        foreach (var section in _bot.Get<UserDataTransfer>().Sections.Where(s => s.TitleKey is not null))
        {
            Assert.All(TextCatalog.Languages, language => Assert.NotEmpty(catalog.For(language)[section.TitleKey!]));
        }
    }

    /// <summary>Three SIMs using every field: a monthly plan, another operator's own rules, one with nothing but a number.</summary>
    private async Task<IReadOnlyList<Sim>> SeedSims(FakeUser user)
    {
        var store = _bot.Get<ISimStore>();
        await store.Add(
            NewSim(user.Id, OperatorIds.Mts, "+79161234567", "Bank SIM") with
            {
                Balance = 250.50m,
                BalanceKnownOn = new DateOnly(2026, 2, 28),
                Plan = new MonthlyPlan(300m, 15),
                LastPaidActivity = new PaidActivity(new DateOnly(2026, 2, 27), ActivityKind.Call),
                InactivityDaysOverride = 60,
                Notes = "Alipay 和银行都绑定了这个号码",
            },
            CancellationToken.None);
        await store.Add(
            NewSim(user.Id, OperatorIds.Other, "+79031112233", "Другой") with
            {
                Plan = new DailyPlan(5.5m),
                LastPaidActivity = new PaidActivity(new DateOnly(2026, 1, 10), ActivityKind.Sms),
                CustomRules = new OperatorRules(120, 3.30m, 60, TopUpCounts.No),
            },
            CancellationToken.None);
        await store.Add(NewSim(user.Id, OperatorIds.Yota, "+79991234567", null), CancellationToken.None);
        var sims = await SimsOf(user);

        // History outlives its SIM: one top-up and one activity belong to a SIM deleted before the export.
        var history = _bot.Get<IHistoryStore>();
        history.AddTopUp(
            NewTopUp(user.Id, sims[0].Id, new DateOnly(2026, 2, 26), new Money(100m, Currency.Cny), 1250m, TopUpChannelKind.ThirdPartyPlatform) with
            {
                Note = "支付宝代充",
                OfficialRate = new ExchangeRate(Currency.Cny, 12.0123m, new DateOnly(2026, 2, 25), RateSource.Official),
                UserRate = new ExchangeRate(Currency.Cny, 12.5m, new DateOnly(2026, 2, 26), RateSource.UserTyped),
                BalanceAfter = 1500.50m,
            });
        history.AddTopUp(NewTopUp(user.Id, sims[1].Id, new DateOnly(2026, 1, 10), Money.Rub(300m), 300m, TopUpChannelKind.BankApp));
        history.AddTopUp(NewTopUp(user.Id, DeletedSimId, new DateOnly(2025, 12, 1), Money.Rub(200m), 200m, TopUpChannelKind.OperatorStore));
        history.AddActivity(new RecordedActivity(0, user.Id, sims[0].Id, new DateOnly(2026, 2, 27), ActivityKind.Call, Created));
        history.AddActivity(new RecordedActivity(0, user.Id, DeletedSimId, new DateOnly(2025, 12, 2), ActivityKind.Data, Created));
        return sims;
    }

    private static TopUp NewTopUp(long ownerId, long simId, DateOnly on, Money paid, decimal rub, TopUpChannelKind channel) => new()
    {
        Id = 0,
        OwnerId = ownerId,
        SimId = simId,
        On = on,
        Paid = paid,
        Rub = rub,
        Channel = channel,
        CreatedAt = on.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc),
    };

    private async Task<(IReadOnlyList<TopUp> TopUps, IReadOnlyList<RecordedActivity> Activities)> HistoryOf(FakeUser user)
    {
        var history = _bot.Get<IHistoryStore>();
        return (await history.TopUps(user.Id, null, CancellationToken.None), await history.Activities(user.Id, null, CancellationToken.None));
    }

    /// <summary>A reminder due tomorrow, so it is still waiting when the test looks.</summary>
    private void QueueReminder(FakeUser user) =>
        Assert.True(_bot.Get<IOutbox>().TryAdd(new OutboxMessage($"test:{user.Id}", user.Id, user.Id, "Top up Bank SIM", null, _bot.Clock.GetUtcNow().AddDays(1))));

    private static Sim NewSim(long ownerId, string operatorId, string number, string? label) => new()
    {
        Id = 0,
        OwnerId = ownerId,
        OperatorId = operatorId,
        Number = number,
        Label = label,
        CreatedAt = Created,
        UpdatedAt = Created.AddDays(3),
    };

    /// <summary>A SIM as the user sees it: everything but the storage's id and revision.</summary>
    private static Sim Comparable(Sim sim) => sim with { Id = 0, Revision = 0 };

    private async Task<IReadOnlyList<Sim>> SimsOf(FakeUser user) =>
        [.. (await _bot.Get<ISimStore>().ListOwnedBy(user.Id, CancellationToken.None)).OrderBy(s => s.Id)];

    private async Task<ConversationStep?> StepOf(FakeUser user) =>
        await _bot.Get<IConversationStore>().Load(user.Id, CancellationToken.None) is { } stored ? _bot.Get<Router>().Steps.Deserialize(stored.StepJson) : null;

    private async Task ChangeProfile(FakeUser user, Action<UserProfile> change)
    {
        var users = _bot.Get<IUserStore>();
        var profile = (await users.Find(user.Id, CancellationToken.None))!;
        change(profile);
        await users.Save(profile, CancellationToken.None);
    }

    private static byte[] Bytes(JsonNode file) => Encoding.UTF8.GetBytes(file.ToJsonString());
}
