using System.Text;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;
using TopUpBot.Tests.FakeBotApi;

namespace TopUpBot.Tests.FakeBotApiTests;

public sealed class FileTests : IAsyncLifetime
{
    private FakeBotApiServer _server = null!;
    private TelegramBotClient _bot = null!;
    private FakeUser _ann = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        _bot = TestClients.For(_server);
        _ann = _server.CreateUser(1001, "Ann");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SendDocument_uploads_multipart_and_is_recorded_with_its_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("phone,amount\n+79001234567,100\n");
        using var stream = new MemoryStream(bytes);
        var keyboard = new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData("Again", "again")]]);

        var sent = await _bot.SendDocument(_ann.Id, InputFile.FromStream(stream, "账单.csv"), caption: "Your invoice", replyMarkup: keyboard, disableNotification: true);

        Assert.Equal(("账单.csv", "text/csv"), (sent.Document!.FileName, sent.Document.MimeType));
        Assert.Equal("Your invoice", sent.Caption);
        var request = Assert.Single(_server.RequestsOf("sendDocument"));
        var upload = Assert.Single(request.Uploads);
        Assert.Equal("账单.csv", upload.FileName);
        Assert.Equal(bytes, upload.Content);
        Assert.True(request.Get<bool>("disable_notification"));
        var message = _ann.LastMessage;
        Assert.Equal(bytes, message.Attachment!.Content);
        Assert.Equal("Your invoice", message.Caption);
        Assert.Equal("again", message.Buttons[0].CallbackData);
    }

    [Fact]
    public async Task SendPhoto_keeps_the_photo_and_can_resend_it_by_file_id()
    {
        using var stream = new MemoryStream([1, 2, 3]);

        var first = await _bot.SendPhoto(_ann.Id, InputFile.FromStream(stream, "chart.png"), caption: "Usage");
        var second = await _bot.SendPhoto(_ann.Id, InputFile.FromFileId(first.Photo![0].FileId));
        var unknown = await Assert.ThrowsAsync<Telegram.Bot.Exceptions.ApiRequestException>(() => _bot.SendPhoto(_ann.Id, InputFile.FromFileId("nope")));

        Assert.Equal(first.Photo[0].FileId, second.Photo![0].FileId);
        Assert.Equal(new byte[] { 1, 2, 3 }, _ann.LastMessage.Attachment!.Content);
        Assert.Equal("Bad Request: wrong file identifier/HTTP URL specified", unknown.Message);
    }

    [Fact]
    public async Task A_users_document_can_be_fetched_with_getFile_and_downloaded()
    {
        var bytes = Encoding.UTF8.GetBytes("+79001234567\n+79007654321\n");

        var sending = _ann.SendsDocument("numbers.txt", bytes);
        var update = Assert.Single(await _bot.GetUpdates());
        var file = await _bot.GetFile(update.Message!.Document!.FileId);
        using var downloaded = new MemoryStream();
        await _bot.DownloadFile(file, downloaded);
        await _bot.GetUpdates(offset: update.Id + 1);
        var sent = await sending.WaitAsync(TestClients.Safety);

        Assert.Equal(bytes, downloaded.ToArray());
        Assert.Equal(bytes.Length, file.FileSize);
        Assert.StartsWith("documents/", file.FilePath, StringComparison.Ordinal);
        Assert.Equal("numbers.txt", sent.Attachment!.FileName);
        Assert.False(sent.IsFromBot);
    }
}
