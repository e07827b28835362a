using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>The parameters and file parts of one call.</summary>
internal sealed record ReadRequest(Dictionary<string, JsonElement> Parameters, List<UploadedFile> Uploads);

/// <summary>
/// Reads a call's parameters the ways Telegram accepts them: query string, JSON body, urlencoded or multipart form.
/// Form and query values are text, so they are converted to the JSON type the spec gives the field: Telegram.Bot sends
/// booleans in a multipart form as "True", and objects such as reply_markup as JSON text.
/// </summary>
internal static class RequestReader
{
    public static async Task<ReadRequest> Read(HttpRequest request, MethodSpec? method, CancellationToken cancellationToken)
    {
        var read = new ReadRequest(new Dictionary<string, JsonElement>(StringComparer.Ordinal), []);
        foreach (var (name, values) in request.Query)
        {
            read.Parameters[name] = FromText(values, FieldOf(method, name));
        }

        if (request.HasJsonContentType())
        {
            await ReadJson(request, read, cancellationToken);
        }
        else if (request.HasFormContentType)
        {
            await ReadForm(request, method, read, cancellationToken);
        }

        return read;
    }

    private static async Task ReadJson(HttpRequest request, ReadRequest read, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        if (body.Length == 0)
        {
            return;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray());
        }
        catch (JsonException)
        {
            throw BotApiError.BadRequest("can't parse JSON object");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw BotApiError.BadRequest("can't parse JSON object");
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                read.Parameters[property.Name] = property.Value.Clone();
            }
        }
    }

    private static async Task ReadForm(HttpRequest request, MethodSpec? method, ReadRequest read, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        foreach (var (name, values) in form)
        {
            read.Parameters[name] = FromText(values, FieldOf(method, name));
        }

        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content, cancellationToken);
            read.Uploads.Add(new UploadedFile(file.Name, file.FileName, content.ToArray()));

            // Telegram also takes a file part named after the field itself instead of "attach://<part>".
            if (FieldOf(method, file.Name) is { IsFile: true } && !read.Parameters.ContainsKey(file.Name))
            {
                read.Parameters[file.Name] = JsonSerializer.SerializeToElement("attach://" + file.Name);
            }
        }
    }

    private static FieldSpec? FieldOf(MethodSpec? method, string name) =>
        method?.Fields.FirstOrDefault(field => field.Name == name);

    private static JsonElement FromText(StringValues values, FieldSpec? field)
    {
        var text = values.ToString();
        var types = field?.Types ?? [];
        if (types.Contains("Boolean") && bool.TryParse(text, out var flag))
        {
            return JsonSerializer.SerializeToElement(flag);
        }

        if (types.Contains("Integer") && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonSerializer.SerializeToElement(integer);
        }

        if (types.Contains("Float") && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonSerializer.SerializeToElement(number);
        }

        if (types.Any(IsStructured) && text.TrimStart() is ['{' or '[', ..])
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                throw BotApiError.BadRequest($"can't parse {field!.Name} JSON object");
            }
        }

        return JsonSerializer.SerializeToElement(text);
    }

    private static bool IsStructured(string type) =>
        type.StartsWith("Array of ", StringComparison.Ordinal)
        || type is not ("String" or "Integer" or "Float" or "Boolean" or "InputFile");
}
