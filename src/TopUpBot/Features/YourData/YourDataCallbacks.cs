using TopUpBot.Routing;

namespace TopUpBot.Features.YourData;

/// <summary>Replace my data with the file's, or cancel the import.</summary>
[Callback("dimp", 1)]
internal sealed record ImportChoice(bool Replace) : ICallback;

/// <summary>Erase everything, or keep it.</summary>
[Callback("dera", 1)]
internal sealed record EraseChoice(bool Erase) : ICallback;
