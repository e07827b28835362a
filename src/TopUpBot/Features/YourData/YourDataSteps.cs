using TopUpBot.Routing;

namespace TopUpBot.Features.YourData;

/// <summary>/import: waiting for the export file as a document.</summary>
internal sealed record WaitingForImportFile : ConversationStep;

/// <summary>
/// /import: the file passed every check and the user is asked to confirm. The file's text is kept here, so a restart
/// loses nothing; it is checked again before it is applied.
/// </summary>
internal sealed record ConfirmingImport(string FileText) : ConversationStep;

/// <summary>/deleteme: asked to confirm. Only this step lets the confirm button erase, so an old button cannot.</summary>
internal sealed record ConfirmingErase : ConversationStep;
