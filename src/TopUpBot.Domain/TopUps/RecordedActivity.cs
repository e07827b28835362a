using TopUpBot.Domain.Sims;

namespace TopUpBot.Domain.TopUps;

/// <summary>A paid call, SMS, data use or other paid action the user recorded, kept for the history.</summary>
public sealed record RecordedActivity(long Id, long OwnerId, long SimId, DateOnly On, ActivityKind Kind, DateTimeOffset CreatedAt);
