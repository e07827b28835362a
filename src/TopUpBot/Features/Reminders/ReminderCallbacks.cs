using TopUpBot.Routing;

namespace TopUpBot.Features.Reminders;

[Callback("rs", 1)]
internal sealed record OpenReminderSettings : ICallback;
