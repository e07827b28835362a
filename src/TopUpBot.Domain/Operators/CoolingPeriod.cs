namespace TopUpBot.Domain.Operators;

/// <summary>
/// The federal "cooling period": mobile data and SMS are blocked for a while after the SIM returns
/// from international roaming or after it has been idle; voice calls keep working.
/// </summary>
/// <param name="Since">First day the rule applied.</param>
/// <param name="BlockHours">How long data and SMS stay blocked.</param>
/// <param name="IdleHoursBeforeBlock">How long a SIM may be idle inside Russia before the same block starts.</param>
public sealed record CoolingPeriod(DateOnly Since, int BlockHours, int IdleHoursBeforeBlock);
