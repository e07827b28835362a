using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using TopUpBot.Bot;
using TopUpBot.Features.Menu;
using TopUpBot.Routing;
using TopUpBot.Texts;
using TopUpBot.Users;

namespace TopUpBot.Features.YourData;

/// <summary>"Your data": /export sends it as a file, /import takes such a file back, /deleteme erases it.</summary>
internal sealed partial class YourDataFeature(UserDataTransfer data, IUserStore users, ILogger<YourDataFeature> logger) : IFeature
{
    /// <summary>More problems than this are summed up as "and N more", so the answer stays one readable message.</summary>
    private const int ProblemsShown = 10;

    public void Map(RouteBuilder routes) => routes
        .Command("export", Export, "Commands.Export")
        .Command("import", AskForFile, "Commands.Import")
        .Command("deleteme", AskToErase, "Commands.DeleteMe")
        .Callback<ImportChoice>(ChooseImport)
        .Callback<EraseChoice>(ChooseErase)
        .Step<WaitingForImportFile>("data.import-file", (context, _) => ReadFile(context), (context, _) => context.Send(context.T["Data.Import.SendFile"], YourDataKeyboards.CancelImport(context.T)))
        .Step<ConfirmingImport>("data.import-confirm", (context, _) => ReadFile(context), (context, _) => context.Send(context.T["Data.Import.UseButtons"], YourDataKeyboards.ConfirmImport(context.T)))
        .Step<ConfirmingErase>("data.erase-confirm", (_, _) => Task.FromResult(false), (context, _) => context.Send(context.T["Data.Erase.UseButtons"], YourDataKeyboards.ConfirmErase(context.T)));

    /// <summary>Leaves any dialog as it is: /deleteme suggests exporting first, and its button must still work after.</summary>
    private async Task Export(BotContext context)
    {
        var content = await data.Export(context.UserId, context.Now, context.Cancellation);
        var counts = await CountLines(context);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"topupbot-export-{context.Today:yyyy-MM-dd}.json");
        await context.SendDocument(fileName, content, context.T.Format("Data.Export.Caption", context.Today, new Html(counts)));
        LogExported(logger, context.UserId, content.Length);
    }

    private async Task AskForFile(BotContext context)
    {
        context.Go(new WaitingForImportFile());
        await context.Send(context.T.Format("Data.Import.Ask", UserDataTransfer.MaxFileBytes / 1024 / 1024), YourDataKeyboards.CancelImport(context.T));
    }

    /// <summary>A document while an import waits for one; anything else gets the step's hint.</summary>
    private async Task<bool> ReadFile(BotContext context)
    {
        if (context.Message?.Document is not { } document)
        {
            return false;
        }

        if (document.FileSize > UserDataTransfer.MaxFileBytes)
        {
            await TooBig(context);
            return true;
        }

        byte[]? content;
        try
        {
            content = await context.DownloadFile(document.FileId, UserDataTransfer.MaxFileBytes);
        }
        catch (RequestException exception)
        {
            LogDownloadFailed(logger, context.UserId, exception);
            await context.Send(context.T["Data.Import.DownloadFailed"], YourDataKeyboards.CancelImport(context.T));
            return true;
        }

        if (content is null)
        {
            await TooBig(context);
            return true;
        }

        var import = new ImportReading(context.T, context.UserId, context.Now);
        if (data.Read(content, import) is not { } plan)
        {
            await Rejected(context, import);
            return true;
        }

        var lines = new List<string>();
        foreach (var (section, part) in plan.Parts.Where(p => p.Section.TitleKey is not null))
        {
            var current = await section.Count(context.UserId, context.Cancellation);
            lines.Add(context.T.Format("Data.Import.ReplaceLine", context.T[section.TitleKey!], current, part.Count));
        }

        context.Go(new ConfirmingImport(Encoding.UTF8.GetString(content)));
        var exportedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(plan.ExportedAt, context.TimeZone).DateTime);
        await context.Send(context.T.Format("Data.Import.Confirm", exportedOn, new Html(string.Join("\n", lines))), YourDataKeyboards.ConfirmImport(context.T));
        return true;
    }

    private async Task ChooseImport(BotContext context, ImportChoice choice)
    {
        var step = context.Step;
        if (step is not (WaitingForImportFile or ConfirmingImport) || (choice.Replace && step is not ConfirmingImport))
        {
            await Outdated(context);
            return;
        }

        context.EndConversation();
        if (step is not ConfirmingImport pending || !choice.Replace)
        {
            await context.Show(context.T["Data.Import.Cancelled"], MenuKeyboards.MainMenu(context.T));
            return;
        }

        // Only the file's text waits in the step (a restart keeps it), so it is read and checked again before it is applied.
        var import = new ImportReading(context.T, context.UserId, context.Now);
        if (data.Read(Encoding.UTF8.GetBytes(pending.FileText), import) is not { } plan)
        {
            await Rejected(context, import);
            return;
        }

        data.Apply(context.UserId, plan);
        if (await users.Find(context.UserId, context.Cancellation) is { } stored)
        {
            context.ReplaceProfile(stored);
        }

        var counts = string.Join(", ", plan.Parts.Select(p => $"{p.Section.Name}={p.Part.Count}"));
        LogImported(logger, context.UserId, counts);

        var lines = plan.Parts
            .Where(p => p.Section.TitleKey is not null)
            .Select(p => context.T.Format("Data.CountLine", context.T[p.Section.TitleKey!], p.Part.Count));
        await context.Answer(context.T["Data.Import.DoneToast"]);
        await context.Show(context.T.Format("Data.Import.Done", new Html(string.Join("\n", lines))), YourDataKeyboards.AfterImport(context.T));
    }

    private async Task AskToErase(BotContext context)
    {
        context.Go(new ConfirmingErase());
        await context.Send(context.T.Format("Data.Erase.Confirm", new Html(await CountLines(context))), YourDataKeyboards.ConfirmErase(context.T));
    }

    private async Task ChooseErase(BotContext context, EraseChoice choice)
    {
        if (context.Step is not ConfirmingErase)
        {
            await Outdated(context);
            return;
        }

        if (!choice.Erase)
        {
            context.EndConversation();
            await context.Show(context.T["Data.Erase.Cancelled"], MenuKeyboards.MainMenu(context.T));
            return;
        }

        data.Erase(context.UserId);
        context.ForgetUser();
        LogErased(logger, context.UserId);
        await context.Answer();
        await context.Show(context.T["Data.Erase.Done"]);
    }

    private async Task Rejected(BotContext context, ImportReading import)
    {
        LogRejected(logger, context.UserId, import.Problems.Count);
        context.Go(new WaitingForImportFile());
        var problems = string.Join("\n", import.Problems.Take(ProblemsShown));
        if (import.Problems.Count > ProblemsShown)
        {
            problems += "\n" + context.T.Format("Data.Import.MoreProblems", import.Problems.Count - ProblemsShown);
        }

        await context.Send(context.T.Format("Data.Import.Rejected", new Html(problems)), YourDataKeyboards.CancelImport(context.T));
    }

    private static async Task TooBig(BotContext context) =>
        await context.Send(context.T.Format("Data.Import.TooBig", UserDataTransfer.MaxFileBytes / 1024 / 1024), YourDataKeyboards.CancelImport(context.T));

    private static async Task Outdated(BotContext context)
    {
        await context.Answer(context.T["Common.Outdated"]);
        await MenuFeature.ShowMainMenu(context);
    }

    /// <summary>"• SIMs: 3", one line for each counted section.</summary>
    private async Task<string> CountLines(BotContext context)
    {
        var lines = new List<string>();
        foreach (var section in data.Sections.Where(s => s.TitleKey is not null))
        {
            lines.Add(context.T.Format("Data.CountLine", context.T[section.TitleKey!], await section.Count(context.UserId, context.Cancellation)));
        }

        return string.Join("\n", lines);
    }

    [LoggerMessage(EventId = 900, Level = LogLevel.Information, Message = "User {UserId} exported their data ({Bytes} bytes)")]
    private static partial void LogExported(ILogger logger, long userId, int bytes);

    [LoggerMessage(EventId = 901, Level = LogLevel.Information, Message = "User {UserId} imported their data: {Counts}")]
    private static partial void LogImported(ILogger logger, long userId, string counts);

    [LoggerMessage(EventId = 902, Level = LogLevel.Information, Message = "An import file of user {UserId} was refused: {Problems} problems")]
    private static partial void LogRejected(ILogger logger, long userId, int problems);

    [LoggerMessage(EventId = 903, Level = LogLevel.Warning, Message = "Could not download the import file of user {UserId}")]
    private static partial void LogDownloadFailed(ILogger logger, long userId, Exception exception);

    [LoggerMessage(EventId = 904, Level = LogLevel.Information, Message = "User {UserId} erased all their data")]
    private static partial void LogErased(ILogger logger, long userId);
}
