using Microsoft.Extensions.Logging.Abstractions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TopUpBot.Bot;
using TopUpBot.ConsoleChat;
using TopUpBot.Routing;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Tests.Routing;

/// <summary>The router's fixed order: commands, callbacks by prefix, the step, the step's otherwise, the fallback.</summary>
public class RouterTests
{
    private readonly List<string> _ran = [];

    [Callback("pick", 1)]
    internal sealed record Pick(int Number) : ICallback;

    internal sealed record WaitingForName : ConversationStep;

    [Fact]
    public async Task A_command_wins_over_the_current_step()
    {
        await Route(Text("/go"), new WaitingForName());

        Assert.Equal(["command"], _ran);
    }

    [Fact]
    public async Task A_callback_goes_to_the_route_of_its_prefix_with_typed_fields()
    {
        await Route(Press(CallbackData.Pack(new Pick(7))), new WaitingForName());

        Assert.Equal(["pick 7"], _ran);
    }

    [Theory]
    [InlineData("pick.0:7")]
    [InlineData("pick.1:seven")]
    [InlineData("nope.1:7")]
    [InlineData("rubbish")]
    public async Task Old_versions_and_unparseable_callbacks_are_outdated(string data)
    {
        await Route(Press(data), step: null);

        Assert.Equal(["outdated"], _ran);
    }

    [Fact]
    public async Task Text_goes_to_the_current_step()
    {
        await Route(Text("Ann"), new WaitingForName());

        Assert.Equal(["step Ann"], _ran);
    }

    [Fact]
    public async Task A_sticker_during_a_step_gets_the_step_s_otherwise()
    {
        var sticker = new Update { Id = 1, Message = new Message { Id = 1, Chat = PrivateChat, From = Ann, Sticker = new Sticker { FileId = "s", FileUniqueId = "s" } } };

        await Route(sticker, new WaitingForName());

        Assert.Equal(["otherwise"], _ran);
    }

    [Fact]
    public async Task An_unknown_command_during_a_step_gets_the_step_s_otherwise()
    {
        await Route(Text("/unknown"), new WaitingForName());

        Assert.Equal(["otherwise"], _ran);
    }

    [Fact]
    public async Task Without_a_step_text_falls_back()
    {
        await Route(Text("hello"), step: null);

        Assert.Equal(["fallback"], _ran);
    }

    [Fact]
    public void Mapping_a_command_twice_is_an_error_at_start()
    {
        var routes = new RouteBuilder().Command("x", _ => Task.CompletedTask);

        Assert.Throws<InvalidOperationException>(() => routes.Command("X", _ => Task.CompletedTask));
    }

    private static readonly User Ann = new() { Id = 5, FirstName = "Ann", LanguageCode = "en" };
    private static readonly Chat PrivateChat = new() { Id = 5, Type = ChatType.Private };

    private static Update Text(string text) => new() { Id = 1, Message = new Message { Id = 1, Chat = PrivateChat, From = Ann, Text = text } };

    private static Update Press(string data) => new()
    {
        Id = 1,
        CallbackQuery = new CallbackQuery { Id = "q", From = Ann, ChatInstance = "c", Data = data, Message = new Message { Id = 9, Chat = PrivateChat } },
    };

    private async Task Route(Update update, ConversationStep? step)
    {
        var router = new Router([new TestFeature(_ran)]);
        var profile = new UserProfile { Id = Ann.Id };
        var context = new BotContext(update, profile, step, BotCommandText.TryParse(update.Message?.Text), new ConsoleBotClient(new StringWriter(), TimeProvider.System), TextCatalog.LoadEmbedded(), TimeProvider.System, NullLogger.Instance, CancellationToken.None);
        await router.Route(context);
    }

    private sealed class TestFeature(List<string> ran) : IFeature
    {
        public void Map(RouteBuilder routes) => routes
            .Command("go", _ => Record("command"))
            .Callback<Pick>((_, pick) => Record($"pick {pick.Number}"))
            .TextStep<WaitingForName>("test.name", (_, _, text) => Record($"step {text}"), (_, _) => Record("otherwise"))
            .Outdated(_ => Record("outdated"))
            .Fallback(_ => Record("fallback"));

        private Task Record(string what)
        {
            ran.Add(what);
            return Task.CompletedTask;
        }
    }
}
