using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Telegram.Bot;

namespace TopUpBot.Tests.FakeBotApi;

/// <summary>Writes answers in Telegram's shapes, with results serialized by Telegram.Bot's own JSON options.</summary>
internal static class BotApiResponse
{
    private static readonly byte[] BadGatewayPage = Encoding.ASCII.GetBytes(
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
        + "<hr><center>nginx/1.18.0</center>\r\n</body>\r\n</html>\r\n");

    public static Task WriteResult(HttpResponse response, object result, CancellationToken cancellationToken) =>
        Write(response, StatusCodes.Status200OK, new JsonObject
        {
            ["ok"] = true,
            ["result"] = JsonSerializer.SerializeToNode(result, result.GetType(), JsonBotAPI.Options),
        }, cancellationToken);

    public static Task WriteError(HttpResponse response, int errorCode, string description, int? retryAfter, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return Write(response, errorCode, body, cancellationToken);
    }

    public static async Task WriteBadGatewayPage(HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = StatusCodes.Status502BadGateway;
        response.ContentType = "text/html";
        await response.Body.WriteAsync(BadGatewayPage, cancellationToken);
    }

    private static async Task Write(HttpResponse response, int statusCode, JsonObject body, CancellationToken cancellationToken)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        await response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(body), cancellationToken);
    }
}
