using TopUpBot.Routing;

namespace TopUpBot.Features.Reminders;

/// <summary>Waiting for a typed IANA time zone name such as Asia/Shanghai.</summary>
internal sealed record EnteringTimeZone : ConversationStep;
