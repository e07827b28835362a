namespace TopUpBot.Domain.Operators;

/// <param name="Balance">Shows the balance.</param>
/// <param name="PromisedPayment">Takes a short credit ("обещанный платёж") when the balance is low.</param>
/// <param name="PromisedPaymentCheck">Shows whether, or how much, promised payment is available.</param>
public sealed record UssdCodes(Fact<string?> Balance, Fact<string?> PromisedPayment, Fact<string?> PromisedPaymentCheck);
