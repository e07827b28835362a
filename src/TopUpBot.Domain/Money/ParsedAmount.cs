namespace TopUpBot.Domain.Finance;

/// <param name="Amount">At most two decimals.</param>
/// <param name="Currency">The currency the user named, or null if they typed only a number.</param>
public sealed record ParsedAmount(decimal Amount, Currency? Currency);
