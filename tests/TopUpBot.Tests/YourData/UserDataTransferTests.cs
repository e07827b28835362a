using System.Text.Json;
using System.Text.Json.Nodes;
using TopUpBot.Domain;
using TopUpBot.Domain.Operators;
using TopUpBot.Domain.Sims;
using TopUpBot.Features.YourData;
using TopUpBot.Features.YourData.Sections;
using TopUpBot.Storage;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Tests.YourData;

/// <summary>The all-or-nothing promise, on a real LiteDB file: a section that fails half-way leaves every section as it was.</summary>
public sealed class UserDataTransferTests : IDisposable
{
    private const long Ann = 1001;
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "topupbot-tests", Guid.NewGuid().ToString("N"));
    private readonly LiteDbContext _database;
    private readonly LiteReminderStore _reminders;
    private readonly LiteSimStore _sims;
    private readonly LiteUserStore _users;

    public UserDataTransferTests()
    {
        Directory.CreateDirectory(_folder);
        _database = new LiteDbContext(Path.Combine(_folder, "bot.db"));
        _reminders = new LiteReminderStore(_database);
        _sims = new LiteSimStore(_database, _reminders);
        _users = new LiteUserStore(_database);
    }

    public void Dispose()
    {
        _database.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_import_that_fails_while_writing_changes_nothing()
    {
        var before = await Seed();
        var transfer = Transfer(new FailingSection());
        var file = await transfer.Export(Ann, Now, CancellationToken.None);
        var edited = JsonNode.Parse(file)!;
        edited["sections"]!["profile"]!["timeZone"] = "Asia/Shanghai";
        edited["sections"]!["sims"]!.AsArray().RemoveAt(0);
        edited["sections"]!["reminderStates"] = new JsonArray();
        var reading = Reading();
        var plan = transfer.Read(JsonSerializer.SerializeToUtf8Bytes(edited), reading);
        Assert.Empty(reading.Problems);
        Assert.NotNull(plan);

        Assert.Throws<InvalidOperationException>(() => transfer.Apply(Ann, plan));

        Assert.Equal(before, await _sims.ListOwnedBy(Ann, CancellationToken.None));
        Assert.Equal("Europe/Moscow", (await _users.Find(Ann, CancellationToken.None))!.TimeZone);
        Assert.True((await _reminders.Find(before[0].Id, CancellationToken.None)).Muted);
    }

    [Fact]
    public async Task An_erasure_that_fails_half_way_erases_nothing()
    {
        var before = await Seed();

        Assert.Throws<InvalidOperationException>(() => Transfer(new FailingSection()).Erase(Ann));

        Assert.Equal(before, await _sims.ListOwnedBy(Ann, CancellationToken.None));
        Assert.NotNull(await _users.Find(Ann, CancellationToken.None));
    }

    [Fact]
    public void Sims_map_to_their_new_ids_and_a_deleted_sim_gets_one_negative_id()
    {
        var map = new SimIdMap();
        Assert.True(map.Declare(7));
        Assert.False(map.Declare(7));
        map.Assign(7, 42);

        Assert.Equal(42, map.NewIdOf(7));
        Assert.Equal(-1, map.NewIdOf(3));
        Assert.Equal(-2, map.NewIdOf(5));
        Assert.Equal(-1, map.NewIdOf(3));
        Assert.Throws<InvalidOperationException>(() => map.Assign(8, 43));
    }

    private UserDataTransfer Transfer(IUserDataSection extra)
    {
        var reminders = new ReminderStatesSection(_reminders, _sims);
        IUserDataSection[] sections = [new ProfileSection(_users), new SimsSection(_sims, OperatorCatalog.LoadEmbedded()), reminders, extra];
        return new UserDataTransfer(sections, sections, [reminders], _database);
    }

    private static ImportReading Reading() => new(TextCatalog.LoadEmbedded().For(Language.En), Ann, Now);

    private async Task<IReadOnlyList<Sim>> Seed()
    {
        await _users.Save(new UserProfile { Id = Ann, Language = Language.Ru, TimeZone = "Europe/Moscow", FirstSeen = Now }, CancellationToken.None);
        foreach (var number in new[] { "+79161234567", "+79031112233" })
        {
            await _sims.Add(
                new Sim { Id = 0, OwnerId = Ann, OperatorId = OperatorIds.Mts, Number = number, CreatedAt = Now, UpdatedAt = Now },
                CancellationToken.None);
        }

        var sims = await _sims.ListOwnedBy(Ann, CancellationToken.None);
        await _reminders.Change(sims[0].Id, Ann, state => state with { Muted = true }, CancellationToken.None);
        return sims;
    }

    /// <summary>A section written and erased after the SIMs, whose store breaks.</summary>
    private sealed class FailingSection : IUserDataSection
    {
        public string Name => "failing";

        public int Order => 99;

        public string? TitleKey => null;

        public Task<int> Count(long userId, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<JsonNode> Export(long userId, CancellationToken cancellationToken) => Task.FromResult<JsonNode>(new JsonArray());

        public ImportedSection Read(JsonElement? json, ImportReading import) => new Part();

        public void Erase(long userId) => throw new InvalidOperationException("The store broke.");

        private sealed class Part : ImportedSection
        {
            public override int Count => 0;

            public override void Write(long userId, SimIdMap sims) => throw new InvalidOperationException("The store broke.");
        }
    }
}
