using Microsoft.AspNetCore.StaticFiles;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>A file the fake holds: uploaded by the bot or sent by a user. getFile and the file download serve it.</summary>
public sealed record FakeFile(string FileId, string FileUniqueId, string FilePath, string FileName, string MimeType, byte[] Content);

/// <summary>The files the fake knows, by file_id and by download path.</summary>
internal sealed class FileStore
{
    private static readonly FileExtensionContentTypeProvider MimeTypes = new();

    private readonly Lock _gate = new();
    private readonly Dictionary<string, FakeFile> _byId = new(StringComparer.Ordinal);

    /// <summary>Stores a file under Telegram's folder for its kind ("documents", "photos", "stickers").</summary>
    public FakeFile Add(string folder, string fileName, byte[] content)
    {
        var mimeType = MimeTypes.TryGetContentType(fileName, out var known) ? known : "application/octet-stream";
        lock (_gate)
        {
            var number = _byId.Count + 1;
            var file = new FakeFile(
                $"fake-file-{number}",
                $"fake-unique-{number}",
                $"{folder}/file_{number}{Path.GetExtension(fileName)}",
                fileName,
                mimeType,
                content);
            _byId[file.FileId] = file;
            return file;
        }
    }

    public FakeFile? Find(string fileId)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(fileId);
        }
    }

    public FakeFile? FindByPath(string filePath)
    {
        lock (_gate)
        {
            return _byId.Values.FirstOrDefault(file => file.FilePath == filePath);
        }
    }
}
